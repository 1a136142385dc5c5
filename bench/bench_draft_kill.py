"""Draft kill -9 benchmark: how much steady typing is lost when the app is killed mid-sentence.

    .venv/bin/python bench/bench_draft_kill.py [--kills 100] [--parallel 3] [--compare]

Each run starts a child process that "types" one character every ``--interval`` seconds into
the real draft machinery, the way the chat panel does: every keystroke is noted in the real
save policy (:class:`~allegro_issues_desktop.store.save_policy.MaxWaitDebouncer`, idle 0.5 s,
max wait 1 s) and, when the policy says a save is due, the whole text goes to a real
:class:`~allegro_issues_desktop.store.drafts.DraftKeeper` (worker thread, temp file, fsync,
``os.replace``). The parent SIGKILLs the child at a random moment, then reads the draft back
with a fresh ``DraftStore``.

The child reports every keystroke (its number and ``time.monotonic()``) on an unbuffered pipe
*before* the keystroke reaches the editor state, so the parent knows the last keystroke typed.
Typed-but-lost seconds = time of the last typed keystroke - time of the last keystroke that
is in the draft on disk (0 when all of it is). A restart (a new ``DraftKeeper``) must also
remove every ``.draft-*.tmp`` a kill left behind; the run counts them.

``--compare`` also runs the old policy (a plain 500 ms debounce restarted by every
keystroke: ``max_wait`` = infinity) with the same kill moments. Target: max lost <= 1 s
(+ one keystroke and the write's latency). POSIX only (SIGKILL).

``tests/unit/test_draft_kill.py`` runs a bounded version (20 kills) in CI via :func:`run_kills`.
"""

from __future__ import annotations

import argparse
import math
import os
import random
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from allegro_issues_desktop.store.drafts import Draft, DraftKeeper, DraftStore  # noqa: E402
from allegro_issues_desktop.store.save_policy import (  # noqa: E402
    DEFAULT_IDLE,
    DEFAULT_MAX_WAIT,
    MaxWaitDebouncer,
)

ISSUE_ID = "kill-test-issue"
ALPHABET = "abcdefghijklmnopqrstuvwxyz "


def typed_text(count: int) -> str:
    """The editor's text after ``count`` keystrokes (its length is the keystroke count)."""
    return "".join(ALPHABET[i % len(ALPHABET)] for i in range(count))


# -- the child: types until killed ------------------------------------------------------------


def child(directory: Path, interval: float, idle: float, max_wait: float) -> None:
    keeper = DraftKeeper(DraftStore(directory))
    policy = MaxWaitDebouncer(idle=idle, max_wait=max_wait)
    count = 0
    start = time.monotonic()
    os.write(1, f"ready {start!r}\n".encode())
    next_key = start + interval
    while True:
        now = time.monotonic()
        if policy.is_due(now):
            keeper.save(ISSUE_ID, Draft(text=typed_text(count)))
            policy.mark_saved()
        if now >= next_key:
            count += 1
            os.write(1, f"{count} {now!r}\n".encode())  # reported before it can be saved
            policy.note_change(now)
            next_key += interval
        due = policy.due_at()
        wake = next_key if due is None else min(next_key, due)
        delay = wake - time.monotonic()
        if delay > 0:
            time.sleep(delay)


# -- the parent: kill and measure ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class KillResult:
    typed: int  # keystrokes typed before the kill
    saved: int  # keystrokes in the draft on disk after it
    lost_seconds: float
    temp_files_left: int  # .draft-*.tmp files the kill left behind
    temp_files_after_restart: int  # ... and after a new DraftKeeper started


def kill_once(
    directory: Path,
    kill_after: float,
    *,
    interval: float,
    idle: float = DEFAULT_IDLE,
    max_wait: float = DEFAULT_MAX_WAIT,
    timeout: float = 30.0,
) -> KillResult:
    """One child, killed ``kill_after`` seconds after it is ready to type."""
    command = [
        sys.executable,
        str(Path(__file__).resolve()),
        "--child",
        str(directory),
        "--interval",
        repr(interval),
        "--idle",
        repr(idle),
        "--max-wait",
        repr(max_wait),
    ]
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, bufsize=0)
    assert proc.stdout is not None
    try:
        first = proc.stdout.readline().split()
        if first[:1] != [b"ready"]:
            raise RuntimeError(f"child did not start: {first!r}")
        ready_at = float(first[1])
        time.sleep(kill_after)
        proc.send_signal(signal.SIGKILL)
        rest = proc.stdout.read()
        proc.wait(timeout)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    times = [ready_at]
    for line in rest.splitlines():
        number, at = line.split()
        if int(number) != len(times):
            raise RuntimeError(f"keystroke {number.decode()} out of order")
        times.append(float(at))
    typed = len(times) - 1
    store = DraftStore(directory)
    draft = store.load(ISSUE_ID)
    saved = len(draft.text) if draft is not None else 0
    if saved > typed or (draft is not None and draft.text != typed_text(saved)):
        raise RuntimeError(f"draft holds text that was never typed ({saved} > {typed})")
    if store.take_quarantined():
        raise RuntimeError("a kill left a damaged draft")
    temp_left = _temp_files(directory)
    keeper = DraftKeeper(store)  # a restart cleans what the kill left
    keeper.flush()
    keeper.close()
    return KillResult(
        typed=typed,
        saved=saved,
        lost_seconds=times[typed] - times[saved],
        temp_files_left=temp_left,
        temp_files_after_restart=_temp_files(directory),
    )


def _temp_files(directory: Path) -> int:
    return len(list(directory.glob(".draft-*.tmp"))) if directory.exists() else 0


def run_kills(
    kills: int,
    *,
    kill_after: tuple[float, float] = (0.2, 3.0),
    interval: float = 0.1,
    idle: float = DEFAULT_IDLE,
    max_wait: float = DEFAULT_MAX_WAIT,
    parallel: int = 3,
    seed: int | None = None,
    workdir: Path | None = None,
) -> list[KillResult]:
    """``kills`` independent kill runs (``parallel`` at a time), each in its own directory."""
    rng = random.Random(seed)
    moments = [rng.uniform(*kill_after) for _ in range(kills)]
    with tempfile.TemporaryDirectory(dir=workdir) as tmp:

        def one(n: int) -> KillResult:
            return kill_once(
                Path(tmp) / f"run-{n:03d}",
                moments[n],
                interval=interval,
                idle=idle,
                max_wait=max_wait,
            )

        with ThreadPoolExecutor(max_workers=max(parallel, 1)) as pool:
            return list(pool.map(one, range(kills)))


def summary(results: list[KillResult]) -> str:
    lost = [r.lost_seconds for r in results]
    nothing_saved = sum(1 for r in results if r.saved == 0 and r.typed > 0)
    return (
        f"{len(results)} kills: lost median {statistics.median(lost):.2f} s, "
        f"p90 {_quantile(lost, 0.9):.2f} s, max {max(lost):.2f} s; "
        f"no draft on disk yet in {nothing_saved}; "
        f"temp files left by kills {sum(r.temp_files_left for r in results)}, "
        f"after restart {sum(r.temp_files_after_restart for r in results)}"
    )


def _quantile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, math.ceil(q * len(ordered)) - 1)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--interval", type=float, default=0.1, help="seconds per keystroke")
    parser.add_argument("--idle", type=float, default=DEFAULT_IDLE)
    parser.add_argument("--max-wait", type=float, default=DEFAULT_MAX_WAIT)
    parser.add_argument("--kills", type=int, default=100)
    parser.add_argument("--min-after", type=float, default=0.2, help="earliest kill (s)")
    parser.add_argument("--max-after", type=float, default=3.0, help="latest kill (s)")
    parser.add_argument("--parallel", type=int, default=3)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--compare", action="store_true", help="also run the plain debounce")
    args = parser.parse_args(argv)
    if args.child is not None:
        child(args.child, args.interval, args.idle, args.max_wait)
        return 0
    policies = [("max wait", args.max_wait)]
    if args.compare:
        policies.append(("plain debounce (old)", math.inf))
    ok = True
    for name, max_wait in policies:
        started = time.monotonic()
        results = run_kills(
            args.kills,
            kill_after=(args.min_after, args.max_after),
            interval=args.interval,
            idle=args.idle,
            max_wait=max_wait,
            parallel=args.parallel,
            seed=args.seed,
        )
        took = time.monotonic() - started
        print(
            f"{name} (idle {args.idle} s, max wait {max_wait} s, keystroke every "
            f"{args.interval} s): {summary(results)} [{took:.0f} s]"
        )
        if max_wait != math.inf:
            bound = max_wait + args.interval + 0.25
            ok = ok and max(r.lost_seconds for r in results) <= bound
            ok = ok and not any(r.temp_files_after_restart for r in results)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
