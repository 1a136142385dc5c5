"""Start-up benchmark: process start to the first painted main window, app vs bare PySide6.

    .venv/bin/python bench/bench_startup.py [--rounds 7] [--no-write]

Each sample is a fresh process (``QT_QPA_PLATFORM=offscreen``, its own ``ALLEGRO_ISSUES_HOME``
in a temporary directory, so no real config or log is touched):

* **bare**: ``import PySide6.QtWidgets``, ``QApplication``, an empty ``QMainWindow`` of the app
  window's default size (1280×800), ``show()``, event loop until the first paint;
* **app**: the real entry point, ``python -m allegro_issues_desktop --startup-probe``: exactly
  what a seller's start does (arguments, QApplication, translators, the main window's frame,
  first paint; then logging, qasync, building the list and the detail, their first paint),
  except that it prints its timestamps and exits instead of opening a session.

"First painted" = the window's first ``QEvent.Paint`` has been handled (an event filter plus a
zero-timer), measured the same way in both. "Ready" (app only) = the window with its list and
detail built has painted. Timestamps are ``time.monotonic()`` (CLOCK_MONOTONIC, system-wide on
Linux, so comparable with the parent's); wall time runs from just before the parent spawns
the child. Samples are interleaved after one untimed warm-up of each (``.pyc`` files and the
OS file cache warm, as on any start after the first); results are medians. Target: first paint
of the app ≤ 1.3× bare. Results go to the "Start-up" section of bench/README.md.
"""

from __future__ import annotations

import argparse
import json
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
TARGET_RATIO = 1.3


COMMANDS = {
    # The same bare child as bench_scale.py's (a light script: nothing but Qt before it paints).
    "bare": [
        sys.executable,
        str(Path(__file__).resolve().parent / "startup_children.py"),
        "bare_paint",
    ],
    "app": [sys.executable, "-m", "allegro_issues_desktop", "--startup-probe"],
}


def sample(kind: str) -> dict[str, float]:
    """One fresh process; milliseconds from spawn to the first paint and to "ready"."""
    with tempfile.TemporaryDirectory(prefix="bench-startup-") as home:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ALLEGRO_ISSUES_HOME=home)
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        spawned = time.monotonic()
        proc = subprocess.run(
            COMMANDS[kind],
            cwd=home,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
    lines = [
        line.removeprefix("RESULT ")
        for line in proc.stdout.splitlines()
        if line.startswith(("{", "RESULT {"))
    ]
    if proc.returncode != 0 or not lines:
        raise RuntimeError(f"{kind} child failed ({proc.returncode}):\n{proc.stderr[-2000:]}")
    stamps = json.loads(lines[-1])
    return {key: (stamps[key] - spawned) * 1000 for key in ("paint", "ready")}


def run(rounds: int) -> dict[str, Any]:
    sample("bare")  # warm-up: .pyc files, the OS file cache, fontconfig's cache
    sample("app")
    samples: dict[str, list[dict[str, float]]] = {"bare": [], "app": []}
    for n in range(rounds):
        for kind in ("bare", "app") if n % 2 == 0 else ("app", "bare"):
            samples[kind].append(sample(kind))
    medians = {
        kind: {key: statistics.median(s[key] for s in runs) for key in ("paint", "ready")}
        for kind, runs in samples.items()
    }
    return {
        "rounds": rounds,
        "medians": medians,
        "spread": {
            kind: (min(s["paint"] for s in runs), max(s["paint"] for s in runs))
            for kind, runs in samples.items()
        },
        "load": os.getloadavg()[0],
    }


def machine() -> str:
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import qVersion

    return (
        f"{platform.machine()}, {os.cpu_count()} CPUs, {platform.system()} {platform.release()}, "
        f"Python {platform.python_version()}, PySide6 {pyside_version} / Qt {qVersion()}"
    )


def report(r: dict[str, Any]) -> str:
    bare, app = r["medians"]["bare"], r["medians"]["app"]
    ratio = app["paint"] / bare["paint"]
    ready_ratio = app["ready"] / bare["paint"]
    ok = ratio <= TARGET_RATIO
    (bare_lo, bare_hi), (app_lo, app_hi) = r["spread"]["bare"], r["spread"]["app"]
    lines = [
        "## Start-up",
        "",
        "`bench/bench_startup.py`: wall time from spawning a fresh process to the first painted",
        "main window (`QT_QPA_PLATFORM=offscreen`): the real entry point",
        "(`python -m allegro_issues_desktop --startup-probe`) against a bare PySide6",
        "`QMainWindow` of the same size, both measured in the same run. The app paints its",
        "window frame (title, menus, toolbar, status bar) from light imports first, then loads",
        "asyncio/qasync, logging and the list and detail widgets (`MainWindow.build_content`);",
        '"ready" is when that full window has painted. First paint = the window\'s first',
        "`QEvent.Paint` handled (event filter + zero-timer) in both.",
        f"{r['rounds']} interleaved rounds after one warm-up of each; medians.",
        f"Machine: {machine()}; 1-min load average {float(r['load']):.1f} at the end.",
        "",
        "| | bare PySide6 | app | ratio |",
        "|---|---:|---:|---:|",
        f"| **first painted window** | {bare['paint']:.0f} ms | {app['paint']:.0f} ms "
        f"| **{ratio:.2f}×** |",
        f"| list and detail built and painted | — | {app['ready']:.0f} ms | {ready_ratio:.2f}× |",
        "",
        f"Spread of first paint: bare {bare_lo:.0f}–{bare_hi:.0f} ms, app {app_lo:.0f}–"
        f"{app_hi:.0f} ms.",
        f"Target first paint ≤ {TARGET_RATIO}× bare: {'met' if ok else 'NOT met'} ({ratio:.2f}×).",
        "",
        "What the app adds before its first paint: the `Qt` namespace's enums (~12 ms: a",
        "bare window touches none), `settings`/platformdirs, translators, the menu and",
        "toolbar actions. What it defers: asyncio + qasync (~30 ms), the domain model, the",
        "list and detail modules (PySide6 builds a Python enum class per Qt enum they touch:",
        "`ui.detail` alone costs 30–50 ms), httpx (loaded on first use by `allegro/__init__`).",
    ]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--no-write", action="store_true", help="print only")
    args = parser.parse_args()
    results = run(args.rounds)
    section = report(results)
    print(section)
    if not args.no_write:
        write_section("bench_startup", section)
    medians = results["medians"]
    return 0 if medians["app"]["paint"] / medians["bare"]["paint"] <= TARGET_RATIO else 1


if __name__ == "__main__":
    sys.exit(main())
