"""Sync-engine benchmarks: requests per no-change poll, select → chat painted (cached and
uncached), the cached list at start, and memory with 10,000 and 100,000 saved issues.

    .venv/bin/python bench/bench_engine.py [--rounds 5] [--no-write]

* **Requests per no-change poll**: the engine, after a full sync of a 10,000-issue emulator,
  polls once more with nothing changed; counted from the emulator's request log. Target:
  ≤ ceil(open / 100) + 1 list requests and no chat or detail request.
* **Select → chat painted**: the real ``MainWindow`` (offscreen) against the emulator with
  50 ms of latency per request; time from ``select_issue`` to the saved chat painted
  (``cached_chat_shown``, target ≤ 50 ms) and, for an issue never opened, to the fresh chat
  (``chat_shown``, target ≤ 1 RTT + 30 ms = 80 ms). Baseline in the same process: one bare
  ``GET`` of the chat with the same client (the RTT).
* **Cached start and memory**: a child process per sample with N issues already in the store
  (copies of the demo's issues with new ids) and Allegro unreachable: time from the window's
  construction until the cached list is in the model, and the process's peak RSS; baseline:
  a child that shows a bare ``QMainWindow`` (RSS), measured in the same run. Targets: RSS with
  10,000 issues ≤ 250 MB.

Medians and ranges over ``--rounds`` samples; the 1-minute load average is printed with the
results (this machine is shared and noisy). Results go to bench/README.md ("Sync engine").
"""

from __future__ import annotations

import argparse
import asyncio
import json
import math
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from readme_section import write_section  # bench/ is the script's path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Peak resident memory of this process: VmHWM, which (unlike getrusage's ru_maxrss) starts
# afresh at exec instead of inheriting the parent's peak.
PEAK = r"""
def peak_mb():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0
"""

CACHED_CHILD = (
    PEAK
    + r"""
import asyncio, json, os, sys, time
start = time.monotonic()
from pathlib import Path
from PySide6.QtWidgets import QApplication
import qasync
app = QApplication([])
from allegro_issues_desktop.settings import app_paths
from allegro_issues_desktop.allegro.client import AllegroClient
from allegro_issues_desktop.allegro.tokens import StaticTokenProvider
from allegro_issues_desktop.ui.main_window import MainWindow

async def main():
    window = MainWindow(app_paths().ensure())
    window.show()
    done = asyncio.get_running_loop().create_future()
    window.cached_loaded.connect(lambda n: done.done() or done.set_result(n))
    first = []
    model = window.list_panel.model
    model.modelReset.connect(lambda: first or first.append(time.monotonic()))
    client = AllegroClient("http://127.0.0.1:9", StaticTokenProvider("t"))
    window.attach_client(client, poll_ms=3_600_000, account="bench:cached")
    window.refresh_action.trigger()
    rows = await asyncio.wait_for(done, 120)
    visible = time.monotonic()
    await asyncio.sleep(0.2)  # the list paints
    out = {"rows": rows, "visible_s": visible - start, "first_s": first[0] - start}
    print(json.dumps(out | {"rss_mb": peak_mb()}), flush=True)
    os._exit(0)  # a measurement child: no orderly shutdown needed

loop = qasync.QEventLoop(app)
asyncio.set_event_loop(loop)
loop.run_until_complete(main())
"""
)

BARE_CHILD = (
    PEAK
    + r"""
import json
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow(); w.resize(1280, 800); w.show(); app.processEvents()
print(json.dumps({"rss_mb": peak_mb()}))
"""
)


def load_average() -> float:
    return os.getloadavg()[0]


def spread(values: list[float]) -> str:
    return f"{statistics.median(values):.1f} ({min(values):.1f}–{max(values):.1f})"


# -- requests per poll ------------------------------------------------------------------------


def bench_poll(issues: int) -> dict[str, Any]:
    from allegro_issues_desktop.allegro.client import AllegroClient
    from allegro_issues_desktop.allegro.tokens import StaticTokenProvider
    from allegro_issues_desktop.demo.server import Emulator
    from allegro_issues_desktop.domain import is_open
    from allegro_issues_desktop.services.desk import Desk

    with Emulator(issues=issues, seed=7, token="t") as emu, tempfile.TemporaryDirectory() as d:

        async def run() -> dict[str, Any]:
            desk = Desk(Path(d))
            async with AllegroClient(emu.base_url, StaticTokenProvider("t")) as client:
                engine = desk.engine("bench:poll")
                engine.attach(client)
                await engine.full_sync()
                open_count = sum(1 for i in engine.issues.values() if is_open(i))
                emu.requests.clear()
                await engine.poll()
                log = list(emu.requests)
            await desk.aclose()
            lists = sum(1 for r in log if r.path == "/sale/issues")
            return {
                "issues": issues,
                "open": open_count,
                "list_requests": lists,
                "other_requests": len(log) - lists,
                "bound": math.ceil(open_count / 100) + 1,
            }

        return asyncio.run(run())


# -- select -> chat ---------------------------------------------------------------------------


def bench_select(rounds: int) -> dict[str, list[float]]:
    import qasync
    from PySide6.QtWidgets import QApplication

    from allegro_issues_desktop.allegro.client import AllegroClient
    from allegro_issues_desktop.allegro.tokens import StaticTokenProvider
    from allegro_issues_desktop.demo.server import Emulator
    from allegro_issues_desktop.ui.issue_list import StatusFilter
    from allegro_issues_desktop.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    results: dict[str, list[float]] = {"rtt": [], "uncached": [], "cached": []}
    with tempfile.TemporaryDirectory() as home, Emulator(issues=300, seed=7, token="t") as emu:
        os.environ["ALLEGRO_ISSUES_HOME"] = home

        async def wait(signal: Any, issue_id: str) -> float:
            started = time.perf_counter()
            done = asyncio.get_running_loop().create_future()

            def slot(shown: str) -> None:
                if shown == issue_id and not done.done():
                    done.set_result(time.perf_counter() - started)

            signal.connect(slot)
            try:
                return await asyncio.wait_for(done, 30)
            finally:
                signal.disconnect(slot)

        async def run() -> None:
            from allegro_issues_desktop.settings import app_paths

            window = MainWindow(app_paths().ensure())
            window.resize(1280, 800)
            window.show()
            client = AllegroClient(emu.base_url, StaticTokenProvider("t"))
            window.attach_client(client, poll_ms=3_600_000, account="bench:select")
            combo = window.filter_bar.status_combo
            combo.setCurrentIndex(combo.findData(StatusFilter.ALL))
            loaded = asyncio.get_running_loop().create_future()

            def on_loaded(n: int) -> None:
                if not loaded.done():
                    loaded.set_result(n)

            window.issues_loaded.connect(on_loaded)
            window.refresh_action.trigger()
            await loaded
            emu.faults.latency = 0.05
            ids = window.visible_issue_ids()
            for n in range(rounds):
                issue_id = ids[2 * n + 1]
                started = time.perf_counter()
                await client.get_chat(issue_id)
                results["rtt"].append((time.perf_counter() - started) * 1000)
                uncached = asyncio.ensure_future(wait(window.chat_shown, issue_id))
                await asyncio.sleep(0)
                window.list_panel.select_issue(issue_id)
                results["uncached"].append(await uncached * 1000)
                other = ids[2 * n + 2]
                fresh = asyncio.ensure_future(wait(window.chat_shown, other))
                await asyncio.sleep(0)
                window.list_panel.select_issue(other)
                await fresh
                cached = asyncio.ensure_future(wait(window.cached_chat_shown, issue_id))
                await asyncio.sleep(0)
                window.list_panel.select_issue(issue_id)  # its chat is saved now
                results["cached"].append(await cached * 1000)
                await asyncio.sleep(0.2)  # let the background refresh of it finish
            await window.shutdown()
            await client.aclose()
            window.close()

        loop = qasync.QEventLoop(app)
        asyncio.set_event_loop(loop)
        loop.run_until_complete(run())
        loop.close()  # stops qasync's executor thread before the app goes
        asyncio.set_event_loop(None)
    return results


# -- cached start and memory ------------------------------------------------------------------


def seed_store(home: Path, count: int) -> None:
    """``count`` saved issues: the demo's issues with fresh ids (the JSON Allegro sends)."""
    from allegro_issues_desktop.demo.server import Emulator
    from allegro_issues_desktop.store.sqlite_store import SqliteStore

    with Emulator(issues=300, seed=7, token="t") as emu:
        templates = [emu.issue_json(i) for i in emu.issue_ids()]
    store = SqliteStore.open(home / "data" / "issues.sqlite3")
    batch: list[dict[str, Any]] = []
    for n in range(count):
        raw = json.loads(json.dumps(templates[n % len(templates)]))
        raw["id"] = f"{n:08d}-{raw['id'][9:]}"
        batch.append(raw)
        if len(batch) == 1000:
            store.put_issues("bench:cached", batch)
            batch = []
    if batch:
        store.put_issues("bench:cached", batch)
    store.close()


def child(code: str, home: Path) -> dict[str, Any]:
    env = dict(os.environ, ALLEGRO_ISSUES_HOME=str(home), QT_QPA_PLATFORM="offscreen")
    out = subprocess.run(
        [sys.executable, "-c", code],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        timeout=600,
    )
    line = [x for x in out.stdout.splitlines() if x.startswith("{")][-1]
    result: dict[str, Any] = json.loads(line)
    return result


def bench_cached(count: int, rounds: int) -> dict[str, list[float]]:
    results: dict[str, list[float]] = {
        "visible_s": [],
        "first_s": [],
        "rss_mb": [],
        "bare_rss_mb": [],
    }
    with tempfile.TemporaryDirectory() as d:
        home = Path(d)
        seed_store(home, count)
        for _ in range(rounds):
            app = child(CACHED_CHILD, home)
            assert app["rows"] > 0
            results["visible_s"].append(app["visible_s"])
            results["first_s"].append(app["first_s"])
            results["rss_mb"].append(app["rss_mb"])
            results["bare_rss_mb"].append(child(BARE_CHILD, home)["rss_mb"])
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--issues", type=int, default=10_000)
    parser.add_argument("--big", type=int, default=100_000)
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()

    load_before = load_average()
    poll = bench_poll(args.issues)
    select = bench_select(args.rounds)
    small = bench_cached(5_000, args.rounds)
    cached = bench_cached(args.issues, args.rounds)
    big = bench_cached(args.big, max(1, min(args.rounds, 3)))
    load_after = load_average()

    rtt = statistics.median(select["rtt"])
    rss_ratio = statistics.median(cached["rss_mb"]) / statistics.median(cached["bare_rss_mb"])
    lines = [
        "## Sync engine",
        "",
        "`bench/bench_engine.py` (see its docstring for the method). Machine: "
        f"{platform.machine()}, Python {platform.python_version()}; 1-minute load average "
        f"{load_before:.1f} before, {load_after:.1f} after. Medians (range) of "
        f"{args.rounds} samples.",
        "",
        "| measure | result | baseline / target |",
        "|---|---|---|",
        f"| list requests of a no-change poll ({poll['issues']:,} issues, {poll['open']:,} open)"
        f" | {poll['list_requests']} (+{poll['other_requests']} other) |"
        f" ≤ ceil(open/100)+1 = {poll['bound']}, no other |",
        f"| select → saved chat painted | {spread(select['cached'])} ms | ≤ 50 ms |",
        f"| select → fresh chat painted, 50 ms latency | {spread(select['uncached'])} ms |"
        f" ≤ 1 RTT + 30 ms = {rtt + 30:.0f} ms (RTT {spread(select['rtt'])} ms) |",
        "| start → first saved rows painted / whole saved list, 5,000 issues |"
        f" {spread([v * 1000 for v in small['first_s']])} /"
        f" {spread([v * 1000 for v in small['visible_s']])} ms |"
        " from process start: interpreter, imports and window included |",
        f"| the same, {args.issues:,} issues |"
        f" {spread([v * 1000 for v in cached['first_s']])} /"
        f" {spread([v * 1000 for v in cached['visible_s']])} ms | |",
        f"| peak RSS, {args.issues:,} saved issues | {spread(cached['rss_mb'])} MB |"
        f" ≤ 250 MB; bare window {spread(cached['bare_rss_mb'])} MB"
        f" ({rss_ratio:.1f}×) |",
        f"| the same, {args.big:,} issues |"
        f" {spread([v * 1000 for v in big['first_s']])} /"
        f" {spread([v * 1000 for v in big['visible_s']])} ms | |",
        f"| peak RSS, {args.big:,} saved issues | {spread(big['rss_mb'])} MB |"
        f" bare window {spread(big['bare_rss_mb'])} MB |",
    ]
    section = "\n".join(lines)
    print(section)
    if not args.no_write:
        write_section("bench_engine", section)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
