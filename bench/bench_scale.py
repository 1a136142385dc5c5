"""Scale benchmarks (issue #10): the real window with 10,000-100,000 issues, each row against a
baseline measured in the same run.

    .venv/bin/python bench/bench_scale.py [--rounds 5] [--no-write] ROW

ROW is one of (``all`` runs every row and writes the whole README section; a single row
replaces only its own ``###`` part of it):

* ``stall``: the longest GUI-thread stall during a full sync of 10,000 and 100,000 issues.
  A 5 ms ``QTimer`` (precise) runs on the GUI thread of the real ``MainWindow`` (offscreen,
  1280x800, attached to the emulator like ``bench_engine.bench_select``: ``attach_client``,
  ``refresh_action.trigger()``, done at ``issues_loaded``); lateness of a tick = the time since
  the previous tick - 5 ms. Reported: the longest, how many ticks were > 50 ms late, and the
  sync's wall time. Baselines: the same probe in the same process with the window idle (all
  rows loaded) for as long as the sync took, and in a bare ``QMainWindow`` child for as long.
* ``sync``: full sync of 100,000 issues with no added latency: ``refresh_action.trigger()`` →
  ``issues_loaded`` with every row in the model, and the garbage collector's time during it
  (``gc.callbacks``: every collection timed, summed by generation). Baseline: the same
  ``AllegroClient`` paging through the same emulator (``iter_issue_pages`` with the engine's
  prefetch) in a child without Qt, parsing included: the part of the time that is fetching.
* ``rss``: VmHWM (peak) and VmRSS (now) of the window child after the 100,000-issue sync, vs a
  child showing a bare ``QMainWindow``.
* ``sort``: the same full sync of 20,000 issues through the window's normal path with the list
  sorted by deadline vs by opening date (``SortKey``, chosen in the filter bar's sort box
  before the sync), interleaved.
* ``demo``: ``python -m allegro_issues_desktop --demo`` from process spawn to the first paint
  of the issue list with rows in it (fresh ``ALLEGRO_ISSUES_HOME``: the embedded emulator,
  the demo sign-in and the first page), vs a bare ``QMainWindow`` child's first paint. The app
  has no probe for that moment, so the child (``bench/startup_children.py``, which imports
  nothing else before the app) runs ``allegro_issues_desktop.app.main`` as the entry point
  does (PySide6 loads where the app loads it, after the emulator's process has started) and,
  once the window has built its content, watches the list's viewport (``QListView``
  ``issueList``) for a ``Paint`` event while its model has rows.
* ``profile`` (not a table row): one 100,000-issue sync with the probe and every asyncio
  callback timed (the ones > 50 ms listed; ``--cprofile``: each also profiled with cProfile,
  which slows the GUI thread), and ``py-spy record`` on the child if it is installed
  (``.venv/bin/pip install py-spy``): where the GUI thread and the worker threads spend their
  time. Raw data in ``--profile-dir``. Stalls outside asyncio callbacks (Qt timers such as the
  queue recount, painting, GC, waiting for the GIL) show in py-spy, not in the callback list.

Every Qt measurement is its own child process (``QT_QPA_PLATFORM=offscreen``, its own
temporary ``ALLEGRO_ISSUES_HOME``); the emulator is a further child
(``python -m allegro_issues_desktop.demo.cli``), so it never shares the window's GIL; one
emulator serves all rounds of a size (it does not change without ``--live``; every window
child starts from an empty store, so each sync is a first full sync). Medians (range) over
``--rounds`` samples (``--rounds 1``: a quick look); the 1-minute load average is printed with
each row. Results go to bench/README.md between ``bench_scale`` markers unless ``--no-write``.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(BENCH))

TICK_MS = 5.0
STALL_MS = 50.0
TOKEN = "bench-scale-token"
SEED = 7
CHILD_TIMEOUT_S = 900

# -- helpers shared by parent and children ------------------------------------------------------


def proc_status_mb(field: str) -> float:
    """VmHWM / VmRSS of this process in MB (VmHWM starts afresh at exec)."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    return 0.0


def lateness_summary(stamps: list[float]) -> dict[str, Any]:
    """Tick timestamps (s) → lateness of each tick (ms) summarised."""
    late = [(b - a) * 1000 - TICK_MS for a, b in itertools.pairwise(stamps)]
    late.sort()
    return {
        "ticks": len(late),
        "max_ms": late[-1] if late else 0.0,
        "over_50": sum(1 for x in late if x > STALL_MS),
        "p99_ms": late[int(len(late) * 0.99)] if late else 0.0,
        "top": late[-10:][::-1],
        "seconds": stamps[-1] - stamps[0] if stamps else 0.0,
    }


class GcTimer:
    """Times every collection through ``gc.callbacks``; totals by generation."""

    def __init__(self) -> None:
        self.ms = [0.0, 0.0, 0.0]
        self.count = [0, 0, 0]
        self.longest = 0.0
        self._started = 0.0
        self.active = False

    def __call__(self, phase: str, info: dict[str, int]) -> None:
        if not self.active:
            return
        if phase == "start":
            self._started = time.perf_counter()
        else:
            took = (time.perf_counter() - self._started) * 1000
            generation = info["generation"]
            self.ms[generation] += took
            self.count[generation] += 1
            self.longest = max(self.longest, took)

    def result(self) -> dict[str, Any]:
        return {"ms": self.ms, "count": self.count, "longest_ms": self.longest}


# -- child processes ----------------------------------------------------------------------------


def _out(result: dict[str, Any]) -> None:
    print("RESULT " + json.dumps(result), flush=True)
    os._exit(0)  # a measurement child: no orderly shutdown needed


class _Probe:
    """A 5 ms precise QTimer on the GUI thread; every tick's time is kept."""

    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(int(TICK_MS))
        self.timer.timeout.connect(self._tick)
        self.stamps: list[float] = []

    def _tick(self) -> None:
        self.stamps.append(time.perf_counter())

    def start(self) -> None:
        self.stamps = [time.perf_counter()]
        self.timer.start()

    def stop(self) -> dict[str, Any]:
        self.timer.stop()
        self.stamps.append(time.perf_counter())  # a stall at the very end counts too
        return lateness_summary(self.stamps)


class _CallbackTimer:
    """Times every asyncio callback (``Handle._run``) on the loop; profiles the long ones."""

    def __init__(self, profile: bool) -> None:
        self.profile = profile
        self.long: list[dict[str, Any]] = []
        self.total_ms = 0.0
        self.active = False

    def install(self) -> None:
        import asyncio.events
        import cProfile
        import io
        import pstats

        original = asyncio.events.Handle._run
        timer = self

        def timed_run(handle: Any) -> None:
            if not timer.active:
                original(handle)
                return
            profiler = cProfile.Profile() if timer.profile else None
            started = time.perf_counter()
            if profiler is not None:
                profiler.enable()
            try:
                original(handle)
            finally:
                if profiler is not None:
                    profiler.disable()
                took = (time.perf_counter() - started) * 1000
                timer.total_ms += took
                if took > STALL_MS:
                    entry: dict[str, Any] = {"ms": took, "at": started, "what": repr(handle)[:160]}
                    if profiler is not None:
                        text = io.StringIO()
                        stats = pstats.Stats(profiler, stream=text)
                        stats.sort_stats("tottime").print_stats(12)
                        entry["profile"] = text.getvalue()
                    timer.long.append(entry)

        asyncio.events.Handle._run = timed_run  # type: ignore[method-assign,assignment]


def child_window(opts: dict[str, Any]) -> None:
    """The real MainWindow, attached to the emulator at ``opts['url']``; one full sync."""
    import asyncio
    import gc
    import logging

    from PySide6.QtWidgets import QApplication

    app = QApplication([sys.argv[0]])
    from allegro_issues_desktop.allegro.client import AllegroClient
    from allegro_issues_desktop.allegro.tokens import StaticTokenProvider
    from allegro_issues_desktop.settings import app_paths
    from allegro_issues_desktop.ui.issue_list import SortKey
    from allegro_issues_desktop.ui.main_window import MainWindow

    gc_timer = GcTimer()
    gc.callbacks.append(gc_timer)
    callbacks = _CallbackTimer(profile=bool(opts.get("profile")))
    if opts.get("callbacks"):
        callbacks.install()

    async def main() -> None:
        from allegro_issues_desktop.allegro import tls
        from allegro_issues_desktop.services.heap import settle_heap

        window = MainWindow(app_paths().ensure())
        window.resize(1280, 800)
        window.show()
        # What the app does at start before any sync (app.main, app_session.run): the TLS
        # context and HTTP stack loaded on a worker thread, the start-up heap frozen.
        await asyncio.to_thread(tls.warm)
        settle_heap()
        if opts.get("sort"):
            combo = window.filter_bar.sort_combo
            combo.setCurrentIndex(combo.findData(SortKey(opts["sort"])))
            assert window.list_panel.model.sort_key() is SortKey(opts["sort"])
        client = AllegroClient(opts["url"], StaticTokenProvider(TOKEN))
        window.attach_client(client, poll_ms=3_600_000, account="bench:scale")
        loop = asyncio.get_running_loop()
        done: asyncio.Future[int] = loop.create_future()
        first: list[float] = []

        def on_loaded(n: int) -> None:
            if not done.done():
                done.set_result(n)

        def on_failed(text: str) -> None:
            if not done.done():
                done.set_exception(RuntimeError(text))

        window.issues_loaded.connect(on_loaded)
        window.load_failed.connect(on_failed)

        class FailOnError(logging.Handler):  # a load that dies of a bug logs it, never emits
            def emit(self, record: logging.LogRecord) -> None:
                if record.levelno >= logging.ERROR:
                    on_failed(f"{record.getMessage()}\n{self.format(record)}")

        logging.getLogger().addHandler(FailOnError())

        def on_first_page(_rows: int) -> None:
            if not first:
                first.append(time.perf_counter())

        window.first_page_loaded.connect(on_first_page)
        await asyncio.sleep(0.5)  # the window has painted and settled
        if opts.get("wait_go"):  # the parent attaches py-spy first
            print("READY", flush=True)
            await loop.run_in_executor(None, sys.stdin.readline)
        probe = _Probe() if opts.get("probe") else None
        gc.collect()
        if probe is not None:
            probe.start()
        gc_timer.active = callbacks.active = True
        cpu = time.process_time()
        started = time.perf_counter()
        window.refresh_action.trigger()
        total = await asyncio.wait_for(done, CHILD_TIMEOUT_S - 300)
        wall = time.perf_counter() - started
        cpu = time.process_time() - cpu
        gc_timer.active = callbacks.active = False
        stall = probe.stop() if probe is not None else None
        rows = window.list_panel.model.rowCount()
        result: dict[str, Any] = {
            "issues": total,
            "rows": rows,
            "wall_s": wall,
            "cpu_s": cpu,
            "first_page_s": first[0] - started if first else None,
            "gc": gc_timer.result(),
            "hwm_mb": proc_status_mb("VmHWM"),
            "rss_mb": proc_status_mb("VmRSS"),
            "stall": stall,
        }
        if opts.get("callbacks"):
            result["callbacks"] = {
                "total_ms": callbacks.total_ms,
                "long": sorted(callbacks.long, key=lambda e: -e["ms"])[:8],
                "long_count": len(callbacks.long),
                "long_ms": sum(e["ms"] for e in callbacks.long),
            }
        if probe is not None and opts.get("idle"):
            idle = _Probe()  # baseline: the same window, idle with every row, as long
            idle.start()
            await asyncio.sleep(min(wall, opts.get("idle_cap") or wall))
            result["idle"] = idle.stop()
        _out(result)

    from allegro_issues_desktop.event_loop import DeskEventLoop

    loop = DeskEventLoop(app)  # the app's loop
    asyncio.set_event_loop(loop)
    loop.run_until_complete(main())


def child_bare(opts: dict[str, Any]) -> None:
    """A bare QMainWindow (1280x800): its RSS, or the probe for ``opts['probe_s']``."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication([sys.argv[0]])
    window = QMainWindow()
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    probe_s = float(opts.get("probe_s") or 0)
    if not probe_s:
        app.processEvents()
        _out({"hwm_mb": proc_status_mb("VmHWM"), "rss_mb": proc_status_mb("VmRSS")})
    probe = _Probe()

    def finish() -> None:
        _out({"stall": probe.stop()})

    QTimer.singleShot(300, probe.start)  # after the first paint, like the window's probe
    QTimer.singleShot(300 + int(probe_s * 1000), finish)
    app.exec()


def child_fetch(opts: dict[str, Any]) -> None:
    """No Qt: the same client pages through the emulator as the engine does (parsed pages: the
    engine's ``iter_listed_pages``, lean issues each with its JSON)."""
    import asyncio
    from contextlib import aclosing

    from allegro_issues_desktop.allegro.client import AllegroClient
    from allegro_issues_desktop.allegro.tokens import StaticTokenProvider

    try:
        from allegro_issues_desktop.services.sync import FULL_SYNC_PREFETCH as prefetch
    except ImportError:
        prefetch = 8

    async def main() -> dict[str, Any]:
        async with AllegroClient(opts["url"], StaticTokenProvider(TOKEN)) as client:
            count = 0
            cpu = time.process_time()
            started = time.perf_counter()
            pages_of = getattr(client, "iter_listed_pages", client.iter_issue_pages)
            async with aclosing(pages_of(prefetch=prefetch)) as pages:
                async for page in pages:
                    count += len(page)
            wall = time.perf_counter() - started
            return {"issues": count, "wall_s": wall, "cpu_s": time.process_time() - cpu}

    _out(asyncio.run(main()))


CHILDREN = {
    "window": child_window,
    "bare": child_bare,
    "fetch": child_fetch,
}


# -- parent -------------------------------------------------------------------------------------


def child_env(home: str) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ALLEGRO_ISSUES_HOME=home)
    # An installed app has its .pyc files; with this set (as on the shared machines) every
    # child compiled ~80 modules again (~165 ms of a demo start), warm-up or not.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    return env


#: Start-up children: a light script of their own (see startup_children.py).
STARTUP_CHILDREN = ("demo", "bare_paint")


def child_command(kind: str, opts: dict[str, Any]) -> list[str]:
    if kind in STARTUP_CHILDREN:
        script = BENCH / "startup_children.py"
        return [sys.executable, str(script), kind, *opts.get("args", [])]
    return [sys.executable, str(Path(__file__).resolve()), "_child", kind, json.dumps(opts)]


def parse_result(stdout: str, stderr: str, kind: str) -> dict[str, Any]:
    lines = [line for line in stdout.splitlines() if line.startswith("RESULT ")]
    if not lines:
        raise RuntimeError(f"{kind} child gave no result:\n{stderr[-3000:]}")
    result: dict[str, Any] = json.loads(lines[-1][len("RESULT ") :])
    if "error" in result:
        raise RuntimeError(f"{kind} child: {result['error']}\n{stderr[-3000:]}")
    return result


def child(kind: str, **opts: Any) -> dict[str, Any]:
    """One child run; a failed one is run again (twice at most: others edit the app meanwhile)."""
    for attempt in range(3):
        try:
            return child_once(kind, **opts)
        except (RuntimeError, subprocess.TimeoutExpired) as exc:
            if attempt == 2:
                raise
            print(f"[{kind} child failed, running it again] {str(exc)[-1500:]}", flush=True)
            time.sleep(5)
    raise AssertionError("unreachable")


def child_once(kind: str, **opts: Any) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="bench-scale-") as home:
        spawned = time.monotonic()
        proc = subprocess.run(
            child_command(kind, opts),
            cwd=home,
            env=child_env(home),
            capture_output=True,
            text=True,
            timeout=CHILD_TIMEOUT_S,
            check=False,
        )
    result = parse_result(proc.stdout, proc.stderr, kind)
    result["spawned"] = spawned
    return result


#: The emulator process serving a base URL (its CPU time: :func:`emulator_cpu_s`).
EMULATOR_PIDS: dict[str, int] = {}


def emulator_cpu_s(url: str) -> float:
    """CPU time (user + system) the emulator at ``url`` has used so far."""
    fields = Path(f"/proc/{EMULATOR_PIDS[url]}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


@contextmanager
def emulator(issues: int) -> Iterator[str]:
    """The emulator CLI in a child process; yields its base URL."""
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "allegro_issues_desktop.demo.cli",
            "--port",
            "0",
            "--issues",
            str(issues),
            "--seed",
            str(SEED),
            "--token",
            TOKEN,
        ],
        cwd=ROOT,
        env=child_env(tempfile.gettempdir()),
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert proc.stdout is not None
        url = None
        for line in proc.stdout:
            found = re.match(r"Allegro emulator:\s+(\S+)", line)
            if found:
                url = found.group(1)
                break
        if url is None:
            raise RuntimeError("the emulator did not start")
        EMULATOR_PIDS[url] = proc.pid
        # One unmeasured pass over every page: the emulator encodes each issue once and then
        # serves its cached bytes (Allegro's own cost is not ours to measure); without it the
        # first measured round paid ~3 ms of emulator CPU per page, the others ~0.5 ms.
        warm = child("fetch", url=url)
        assert warm["issues"] == issues, warm
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def load() -> float:
    return os.getloadavg()[0]


def spread(values: list[float], fmt: str = ".1f") -> str:
    if len(values) == 1:
        return format(values[0], fmt)
    lo, mid, hi = min(values), statistics.median(values), max(values)
    return f"{mid:{fmt}} ({lo:{fmt}}–{hi:{fmt}})"


def med(values: list[float]) -> float:
    return statistics.median(values)


# -- rows ---------------------------------------------------------------------------------------


def row_stall(
    sizes: list[int], rounds: int, cap_s: float | None, keep: dict[int, list[dict[str, Any]]]
) -> list[str]:
    lines = [
        "| issues | measure | full sync (probe on) | same window idle, as long"
        " | bare window, as long |",
        "|---:|---|---|---|---|",
    ]
    for size in sizes:
        with emulator(size) as url:
            runs, bares = [], []
            for _ in range(rounds):
                run = child("window", url=url, probe=True, idle=True, idle_cap=cap_s)
                assert run["rows"] == size, run
                runs.append(run)
                as_long = min(run["wall_s"], cap_s or run["wall_s"])
                bares.append(child("bare", probe_s=as_long)["stall"])
                print(
                    f"[stall {size:,}] round {len(runs)}: sync {run['wall_s']:.2f} s, longest"
                    f" stall {run['stall']['max_ms']:.0f} ms; idle {run['idle']['max_ms']:.1f} ms,"
                    f" bare {bares[-1]['max_ms']:.1f} ms",
                    flush=True,
                )
            keep[size] = runs
        syncs = [r["stall"] for r in runs]
        idles = [r["idle"] for r in runs]
        walls = [r["wall_s"] for r in runs]

        def col(items: list[dict[str, Any]], key: str, fmt: str = ".1f") -> str:
            return spread([float(i[key]) for i in items], fmt)

        lines += [
            f"| {size:,} | **longest stall** (ms) | **{col(syncs, 'max_ms')}** |"
            f" {col(idles, 'max_ms')} | {col(bares, 'max_ms')} |",
            f"| | ticks > 50 ms late | {col(syncs, 'over_50', '.0f')} |"
            f" {col(idles, 'over_50', '.0f')} | {col(bares, 'over_50', '.0f')} |",
            f"| | p99 lateness (ms) | {col(syncs, 'p99_ms')} | {col(idles, 'p99_ms')} |"
            f" {col(bares, 'p99_ms')} |",
            f"| | sync wall time (s) | {spread(walls, '.2f')} | | |",
        ]
        worst = max(runs, key=lambda r: r["stall"]["max_ms"])["stall"]["top"]
        print(
            f"[stall {size:,}] worst run's 10 longest stalls (ms): "
            + ", ".join(f"{x:.0f}" for x in worst),
            flush=True,
        )
        print("\n".join(lines[-4:]), flush=True)
    cap = f", at most {cap_s:.0f} s" if cap_s else ""
    lines.append(
        f"\nBaselines probed as long as that round's sync{cap}. 1-minute load average"
        f" {load():.1f} at the end of this row."
    )
    return lines


def row_sync(size: int, rounds: int, runs: list[dict[str, Any]] | None = None) -> list[str]:
    fetches = []
    with emulator(size) as url:
        own = runs is None
        runs = [] if runs is None else runs
        for n in range(rounds):
            if own:
                emu_cpu = emulator_cpu_s(url)
                run = child("window", url=url)
                assert run["rows"] == size, run
                run["emulator_ms_per_page"] = (emulator_cpu_s(url) - emu_cpu) / (size / 100) * 1e3
                runs.append(run)
            emu_cpu = emulator_cpu_s(url)
            fetch = child("fetch", url=url)
            assert fetch["issues"] == size, fetch
            fetch["emulator_ms_per_page"] = (emulator_cpu_s(url) - emu_cpu) / (size / 100) * 1e3
            fetches.append(fetch)
            if own:
                print(
                    f"[sync {size:,}] round {n + 1}: window {runs[-1]['wall_s']:.2f} s"
                    f" (CPU {runs[-1]['cpu_s']:.2f} s, peak {runs[-1]['hwm_mb']:.0f} MB,"
                    f" emulator {runs[-1]['emulator_ms_per_page']:.2f} ms/page), client alone"
                    f" {fetch['wall_s']:.2f} s (CPU {fetch['cpu_s']:.2f} s, emulator"
                    f" {fetch['emulator_ms_per_page']:.2f} ms/page)",
                    flush=True,
                )
    gc_total = [sum(r["gc"]["ms"]) / 1000 for r in runs]
    by_gen = [[r["gc"]["ms"][g] / 1000 for r in runs] for g in range(3)]
    counts = [[float(r["gc"]["count"][g]) for r in runs] for g in range(3)]
    share = [sum(r["gc"]["ms"]) / 1000 / r["wall_s"] * 100 for r in runs]
    lines = [
        "| measure | result | baseline |",
        "|---|---|---|",
        f"| **full sync {size:,}, trigger → all rows in the list** (s) |"
        f" **{spread([r['wall_s'] for r in runs], '.2f')}** |"
        f" client alone (fetch + parse, no Qt): {spread([f['wall_s'] for f in fetches], '.2f')} |",
        f"| CPU time of the window process during it (s) |"
        f" {spread([r['cpu_s'] for r in runs], '.2f')} |"
        f" client alone: {spread([f['cpu_s'] for f in fetches], '.2f')} |",
        "| emulator CPU per 100-issue page (ms) |"
        + (
            f" {spread([r['emulator_ms_per_page'] for r in runs], '.2f')} |"
            if all("emulator_ms_per_page" in r for r in runs)
            else " – (not measured in the stall row's runs) |"
        )
        + f" client alone: {spread([f['emulator_ms_per_page'] for f in fetches], '.2f')} |",
        f"| first page in the list (s) |"
        f" {spread([r['first_page_s'] or 0.0 for r in runs], '.2f')} | |",
        f"| GC time during it (s) | {spread(gc_total, '.2f')} ({spread(share, '.0f')} % of wall) |"
        " |",
        f"| GC by generation 0 / 1 / 2 (s) | {spread(by_gen[0], '.2f')} /"
        f" {spread(by_gen[1], '.2f')} / {spread(by_gen[2], '.2f')} | |",
        f"| collections 0 / 1 / 2 | {spread(counts[0], '.0f')} / {spread(counts[1], '.0f')} /"
        f" {spread(counts[2], '.0f')} | |",
        f"| longest single collection (ms) | {spread([r['gc']['longest_ms'] for r in runs])} | |",
        "",
        ("The window runs are the stall row's (5 ms probe on). " if not own else "")
        + "Sort: the default (triage); filters: the default queue."
        f" 1-minute load average {load():.1f} at the end of this row.",
    ]
    print("\n".join(lines), flush=True)
    return lines


def row_rss(size: int, rounds: int, runs: list[dict[str, Any]] | None = None) -> list[str]:
    bares = []
    if runs is None:
        runs = []
        with emulator(size) as url:
            for _ in range(rounds):
                run = child("window", url=url)
                assert run["rows"] == size, run
                runs.append(run)
                bares.append(child("bare"))
    else:
        bares = [child("bare") for _ in range(rounds)]
    ratio = med([r["hwm_mb"] for r in runs]) / med([b["hwm_mb"] for b in bares])
    lines = [
        "| measure | window after the full sync | bare `QMainWindow` | ratio |",
        "|---|---|---|---:|",
        f"| **VmHWM (peak RSS), {size:,} issues** (MB) |"
        f" **{spread([r['hwm_mb'] for r in runs])}** |"
        f" {spread([b['hwm_mb'] for b in bares])} | {ratio:.1f}× |",
        f"| VmRSS at `issues_loaded` (MB) | {spread([r['rss_mb'] for r in runs])} |"
        f" {spread([b['rss_mb'] for b in bares])} | |",
        "",
        f"1-minute load average {load():.1f} at the end of this row.",
    ]
    print("\n".join(lines), flush=True)
    return lines


def row_sort(size: int, rounds: int) -> list[str]:
    keys = {"deadline": [], "opened": []}  # type: dict[str, list[dict[str, Any]]]
    with emulator(size) as url:
        for n in range(rounds):
            order = ("deadline", "opened") if n % 2 == 0 else ("opened", "deadline")
            for key in order:
                run = child("window", url=url, sort=key)
                assert run["rows"] == size, run
                keys[key].append(run)
            print(
                f"[sort {size:,}] round {n + 1}: deadline {keys['deadline'][-1]['wall_s']:.2f} s,"
                f" opened {keys['opened'][-1]['wall_s']:.2f} s",
                flush=True,
            )
    dl, op = keys["deadline"], keys["opened"]
    ratio = med([r["wall_s"] for r in dl]) / med([r["wall_s"] for r in op])
    lines = [
        "| sorted by | full sync → all rows (s) | CPU (s) | first page in the list (s) |",
        "|---|---|---|---|",
        f"| **deadline** | **{spread([r['wall_s'] for r in dl], '.2f')}** |"
        f" {spread([r['cpu_s'] for r in dl], '.2f')} |"
        f" {spread([r['first_page_s'] or 0.0 for r in dl], '.2f')} |",
        f"| opening date (baseline) | {spread([r['wall_s'] for r in op], '.2f')} |"
        f" {spread([r['cpu_s'] for r in op], '.2f')} |"
        f" {spread([r['first_page_s'] or 0.0 for r in op], '.2f')} |",
        "",
        f"Deadline / opening date: {ratio:.2f}×. {size:,} issues, interleaved;"
        f" 1-minute load average {load():.1f} at the end of this row.",
    ]
    print("\n".join(lines), flush=True)
    return lines


def row_demo(rounds: int) -> list[str]:
    child("bare_paint")  # warm-ups: .pyc files, the OS file cache, fontconfig's cache
    child("demo")
    samples: dict[str, list[float]] = {"bare_paint": [], "demo": []}
    built: list[float] = []
    for n in range(rounds):
        for kind in ("bare_paint", "demo") if n % 2 == 0 else ("demo", "bare_paint"):
            result = child(kind)
            samples[kind].append((result["rows"] - result["spawned"]) * 1000)
            if kind == "demo":
                built.append((result["list_built"] - result["spawned"]) * 1000)
    ratio = med(samples["demo"]) / med(samples["bare_paint"])
    lines = [
        "| | spawn → | ms | ratio to bare |",
        "|---|---|---|---:|",
        f"| bare `QMainWindow` | first paint | {spread(samples['bare_paint'], '.0f')} | 1.00× |",
        f"| `--demo` | window content built (the list exists, empty) | {spread(built, '.0f')} |"
        f" {med(built) / med(samples['bare_paint']):.2f}× |",
        f"| **`--demo`** | **first paint of the list with rows** |"
        f" **{spread(samples['demo'], '.0f')}** | **{ratio:.2f}×** |",
        "",
        f"Interleaved after one warm-up of each; 1-minute load average {load():.1f} at the end"
        " of this row.",
    ]
    print("\n".join(lines), flush=True)
    return lines


def profile(size: int, out_dir: Path, cprofile: bool) -> None:
    """One sync with the probe and the callback timer (cProfile of the long ones) + py-spy."""
    out_dir.mkdir(parents=True, exist_ok=True)
    py_spy = shutil.which("py-spy") or str(Path(sys.executable).with_name("py-spy"))
    have_spy = Path(py_spy).exists()
    with emulator(size) as url, tempfile.TemporaryDirectory(prefix="bench-scale-") as home:
        opts = {"url": url, "probe": True, "callbacks": True, "profile": cprofile, "wait_go": True}
        proc = subprocess.Popen(
            child_command("window", opts),
            cwd=home,
            env=child_env(home),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert proc.stdin is not None and proc.stdout is not None
        for line in proc.stdout:
            if line.startswith("READY"):
                break
        spy = None
        if have_spy:
            raw = out_dir / "py-spy.txt"
            spy = subprocess.Popen(
                [
                    *(py_spy, "record", "--pid", str(proc.pid), "--rate", "200", "--threads"),
                    *("--format", "raw", "--output", str(raw), "--nonblocking"),
                ],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            time.sleep(1.5)
        proc.stdin.write("go\n")
        proc.stdin.flush()
        stdout, stderr = proc.communicate(timeout=CHILD_TIMEOUT_S)
        if spy is not None:
            spy.wait(timeout=60)
    result = parse_result(stdout, stderr, "window")
    (out_dir / "profile.json").write_text(json.dumps(result, indent=1), encoding="utf-8")
    stall = result["stall"]
    cb = result["callbacks"]
    how = "probe + callback timer" + (" + cProfile of every callback" if cprofile else "")
    print(
        f"{size:,} issues: sync {result['wall_s']:.2f} s ({how}); CPU {result['cpu_s']:.1f} s;"
        f" longest stall {stall['max_ms']:.0f} ms,"
        f" {stall['over_50']} ticks > 50 ms late; GC {sum(result['gc']['ms']):.0f} ms"
        f" (gen 0/1/2: {', '.join(f'{x:.0f}' for x in result['gc']['ms'])} ms)"
    )
    print(
        f"asyncio callbacks: {cb['total_ms']:.0f} ms in all; {cb['long_count']} longer than"
        f" 50 ms, {cb['long_ms']:.0f} ms together"
    )
    for entry in cb["long"][:5]:
        print(f"\n--- callback {entry['ms']:.0f} ms: {entry['what']}")
        print(entry.get("profile", ""))
    if have_spy:
        summarise_spy(out_dir / "py-spy.txt")
    print(f"\nraw data: {out_dir}")


def summarise_spy(raw: Path) -> None:
    """py-spy's collapsed stacks: the GUI (main) thread's samples by leaf and by our frames."""
    if not raw.exists():
        print("py-spy wrote nothing (ptrace not permitted?)")
        return
    leaf: dict[str, int] = {}
    ours: dict[str, int] = {}
    total = 0
    for line in raw.read_text(encoding="utf-8").splitlines():
        stack, _, count_text = line.rpartition(" ")
        frames = stack.split(";")
        if not frames or "MainThread" not in frames[0]:
            continue
        count = int(count_text)
        total += count
        leaf[frames[-1]] = leaf.get(frames[-1], 0) + count
        seen: set[str] = set()
        for frame in frames:
            name = re.sub(r":\d+\)$", ")", frame)
            if "allegro_issues_desktop" in frame and name not in seen:
                seen.add(name)
                ours[name] = ours.get(name, 0) + count
    print(f"\npy-spy, GUI thread: {total} samples at 200 Hz (active only)")
    print("self time (leaf frames):")
    for name, count in sorted(leaf.items(), key=lambda kv: -kv[1])[:20]:
        print(f"  {count / max(total, 1) * 100:5.1f} %  {name}")
    print("inclusive, our frames:")
    for name, count in sorted(ours.items(), key=lambda kv: -kv[1])[:25]:
        print(f"  {count / max(total, 1) * 100:5.1f} %  {name}")


def machine() -> str:
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import qVersion

    return (
        f"{platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()},"
        f" PySide6 {pyside_version} / Qt {qVersion()}"
    )


def main() -> int:
    if len(sys.argv) >= 4 and sys.argv[1] == "_child":
        CHILDREN[sys.argv[2]](json.loads(sys.argv[3]))
        return 0
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("row", choices=("stall", "sync", "rss", "sort", "demo", "all", "profile"))
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--small", type=int, default=10_000, help="issues, stall row")
    parser.add_argument("--big", type=int, default=100_000, help="issues, stall/sync/rss")
    parser.add_argument("--sort-issues", type=int, default=20_000)
    parser.add_argument("--profile-dir", type=Path, default=Path("/tmp/bench-scale-profile"))
    parser.add_argument(
        "--baseline-cap",
        type=float,
        help="stall row: probe the idle/bare baselines at most this long (s; default: as long"
        " as the sync)",
    )
    parser.add_argument(
        "--cprofile",
        action="store_true",
        help="profile: cProfile every asyncio callback > 50 ms too (slows the GUI thread ~2x,"
        " which py-spy then sees)",
    )
    parser.add_argument("--no-write", action="store_true", help="print only")
    args = parser.parse_args()
    rounds = max(1, args.rounds)
    load_before = load()
    started = time.monotonic()
    if args.row == "profile":
        profile(args.big, args.profile_dir, args.cprofile)
        return 0
    parts: list[tuple[str, list[str]]] = []
    command = ".venv/bin/python bench/bench_scale.py"
    kept: dict[int, list[dict[str, Any]]] = {}
    if args.row in ("stall", "all"):
        sizes = sorted({args.small, args.big})
        parts.append(
            (
                f"GUI-thread stalls during a full sync (`{command} stall`)",
                row_stall(sizes, rounds, args.baseline_cap, kept),
            )
        )
    # all: the stall row's big syncs (probe on: 200 tiny callbacks/s) serve the sync and rss rows
    shared = kept.get(args.big)
    if args.row in ("sync", "all"):
        parts.append(
            (f"Full sync, no added latency (`{command} sync`)", row_sync(args.big, rounds, shared))
        )
    if args.row in ("rss", "all"):
        parts.append(
            (f"Memory after a full sync (`{command} rss`)", row_rss(args.big, rounds, shared))
        )
    if args.row in ("sort", "all"):
        parts.append(
            (f"Full sync while sorted (`{command} sort`)", row_sort(args.sort_issues, rounds))
        )
    if args.row in ("demo", "all"):
        parts.append(
            (f"`--demo`: launch → first rows painted (`{command} demo`)", row_demo(rounds))
        )
    minutes = (time.monotonic() - started) / 60
    lines = [
        "## Scale",
        "",
        "`bench/bench_scale.py` (issue #10; the method is in its docstring). Machine: "
        f"{machine()}; 1-minute load average {load_before:.1f} at the start, {load():.1f} at"
        f" the end ({minutes:.0f} min). Medians (range) of {rounds} samples, each a child"
        " process; the emulator is a separate process.",
    ]
    for title, body in parts:
        lines += ["", f"### {title}", "", *body]
    section = "\n".join(lines)
    print("\n" + section)
    if not args.no_write:
        write_readme(lines[0:3], parts, whole=args.row == "all")
    return 0


def write_readme(head: list[str], parts: list[tuple[str, list[str]]], whole: bool) -> None:
    """The ``bench_scale`` section of bench/README.md: all of it, or only these rows' parts."""
    from readme_section import README, write_section

    text = README.read_text(encoding="utf-8") if README.exists() else ""
    start, end = "<!-- bench_scale:start -->", "<!-- bench_scale:end -->"
    old = text.split(start, 1)[1].split(end, 1)[0].strip("\n") if start in text else ""
    blocks = {}  # title → block, in the order they appear
    if old and not whole:
        head = old.split("\n### ", 1)[0].rstrip("\n").split("\n")
        for block in old.split("\n### ")[1:]:
            blocks[block.split("\n", 1)[0]] = "### " + block.rstrip("\n")
    for title, body in parts:
        blocks[title] = "\n".join([f"### {title}", "", *body])
    write_section("bench_scale", "\n\n".join(["\n".join(head), *blocks.values()]))


if __name__ == "__main__":
    sys.exit(main())
