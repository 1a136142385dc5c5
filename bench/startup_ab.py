"""A/B of the ``--demo`` start between two versions of the app, in one interleaved run.

    .venv/bin/python bench/startup_ab.py 855b136 HEAD [--rounds 15]

Each argument is a git revision (checked out into a temporary worktree) or a directory holding
a checkout. Every round starts, in alternating order, one ``--demo`` child per version
(``startup_children.py demo_at``: spawn → the first paint of the list with rows, fresh
``ALLEGRO_ISSUES_HOME``) and one bare ``QMainWindow`` child as the baseline. Prints the medians
(range) in ms, each version's ratio to the bare window and its change against the first
version, and the 1-minute load average. The machine's speed drifts within minutes; only the
versions measured side by side like this compare (see bench/README.md, sixth pass).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHILDREN = ROOT / "bench" / "startup_children.py"
TIMEOUT_S = 120


@contextmanager
def checkouts(specs: list[str]) -> Iterator[list[Path]]:
    """A directory per spec: itself if it is one, else a temporary worktree of the revision."""
    made: list[Path] = []
    roots: list[Path] = []
    try:
        for spec in specs:
            if Path(spec).is_dir():
                roots.append(Path(spec).resolve())
                continue
            target = Path(tempfile.mkdtemp(prefix="startup-ab-")) / "checkout"
            subprocess.run(
                ["git", "-C", str(ROOT), "worktree", "add", "-q", "--detach", str(target), spec],
                check=True,
            )
            made.append(target)
            roots.append(target)
        yield roots
    finally:
        for target in made:
            subprocess.run(
                ["git", "-C", str(ROOT), "worktree", "remove", "--force", str(target)],
                check=False,
            )


def child(kind: str, *args: str) -> float:
    """One child; ms from its spawn to the first painted rows (or the bare window's paint)."""
    with tempfile.TemporaryDirectory(prefix="startup-ab-") as home:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ALLEGRO_ISSUES_HOME=home)
        env.pop("PYTHONDONTWRITEBYTECODE", None)  # a real start reads .pyc files
        spawned = time.monotonic()
        done = subprocess.run(
            [sys.executable, str(CHILDREN), kind, *args],
            cwd=home,
            env=env,
            capture_output=True,
            text=True,
            timeout=TIMEOUT_S,
            check=False,
        )
    lines = [line for line in done.stdout.splitlines() if line.startswith("RESULT ")]
    if not lines:
        raise RuntimeError(f"{kind} child printed no result: {done.stderr[-2000:]}")
    result = json.loads(lines[0].removeprefix("RESULT "))
    if "error" in result:
        raise RuntimeError(result["error"])
    return (float(result["rows"]) - spawned) * 1000


def spread(values: list[float]) -> str:
    return f"{statistics.median(values):.1f} ({min(values):.0f}–{max(values):.0f})"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("versions", nargs="+", help="git revisions or checkout directories")
    parser.add_argument("--rounds", type=int, default=15)
    args = parser.parse_args(argv)
    with checkouts(args.versions) as roots:
        runs = [("demo_at", str(r)) for r in roots] + [("bare_paint", "")]
        for kind, root in runs:  # warm-ups: .pyc files, the OS file cache, fontconfig's cache
            child(kind, *filter(None, [root]))
        samples: dict[tuple[str, str], list[float]] = {run: [] for run in runs}
        for n in range(args.rounds):
            for kind, root in runs if n % 2 == 0 else runs[::-1]:
                samples[(kind, root)].append(child(kind, *filter(None, [root])))
    bare = statistics.median(samples[("bare_paint", "")])
    first = statistics.median(samples[runs[0]])
    print("| version | spawn → first rows, ms | ratio to bare | change |")
    print("|---|---|---:|---:|")
    for spec, run in zip(args.versions, runs, strict=False):
        ms = statistics.median(samples[run])
        print(f"| {spec} | {spread(samples[run])} | {ms / bare:.2f}× | {ms / first - 1:+.1%} |")
    print(f"| bare `QMainWindow` | {spread(samples[('bare_paint', '')])} | 1.00× | |")
    print(f"\n{args.rounds} rounds, interleaved; 1-minute load average {os.getloadavg()[0]:.1f}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
