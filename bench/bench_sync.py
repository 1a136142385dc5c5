"""List sync benchmark: 10,000 issues from the emulator with 50 ms latency per request.

Compares, in one run and against one emulator, a plain sequential pager (limit=100,
offset += 100 until a short page) with the client's strategy (``iter_listed_pages`` with
prefetch: ``iter_issue_pages``' paging with the pages the sync engine reads, lean issues each
with its JSON text). Both go through the same ``AllegroClient`` (same headers, budget and
connection pool) and read pages the same way (``list_issue_page``), so only the paging strategy
differs. Reports wall time (median of ``--repeat`` runs),
requests seen by the emulator, the speed-up, and the most requests that started in any 60 s
window (timestamps taken client-side when each request is sent) against the budget.

The emulator runs in a child process: in-process it would share the GIL with the client, and
its ~9 ms of CPU per 100-issue page would serialize with the client's parsing, measuring the
GIL instead of the network waits that prefetch overlaps (as it does against the real Allegro).
The child answers commands over a pipe (latency, clear ``emu.requests``, count them).

Run: ``.venv/bin/python bench/bench_sync.py`` (about a minute). Results: bench/README.md,
section "List sync".
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import os
import platform
import statistics
import sys
import time
from collections.abc import Awaitable, Callable, Iterator
from contextlib import aclosing, contextmanager
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any

import httpx
from readme_section import write_section  # bench/ is the script's path

from allegro_issues_desktop.allegro import AllegroClient, StaticTokenProvider
from allegro_issues_desktop.demo.server import Emulator

TARGET_SPEEDUP = 4.0


def serve(conn: Connection, issues: int, seed: int) -> None:
    """Child process: an emulator driven by commands from the pipe."""
    with Emulator(issues=issues, seed=seed, token="bench-token") as emu:
        conn.send((emu.base_url, emu.token))
        while True:
            command, arg = conn.recv()
            if command == "latency":
                emu.faults.latency = arg
                conn.send(None)
            elif command == "clear":
                emu.requests.clear()
                conn.send(None)
            elif command == "count":
                conn.send(sum(1 for r in list(emu.requests) if r.path == arg))
            else:
                conn.send(None)
                return


class RemoteEmulator:
    def __init__(self, conn: Connection, base_url: str, token: str) -> None:
        self._conn = conn
        self.base_url = base_url
        self.token = token

    def call(self, command: str, arg: Any = None) -> Any:
        self._conn.send((command, arg))
        return self._conn.recv()


@contextmanager
def emulator_process(issues: int, seed: int) -> Iterator[RemoteEmulator]:
    parent, child = multiprocessing.Pipe()
    process = multiprocessing.get_context("spawn").Process(
        target=serve, args=(child, issues, seed), daemon=True
    )
    process.start()
    base_url, token = parent.recv()
    try:
        yield RemoteEmulator(parent, base_url, token)
    finally:
        parent.send(("stop", None))
        process.join(timeout=10)


@dataclass
class Run:
    seconds: float
    requests: int
    issues: int
    max_in_window: int


def max_in_window(starts: list[float], window: float = 60.0) -> int:
    starts = sorted(starts)
    best, j = 0, 0
    for i, start in enumerate(starts):
        while start - starts[j] >= window:
            j += 1
        best = max(best, i - j + 1)
    return best


async def sequential(client: AllegroClient) -> int:
    count, offset = 0, 0
    while True:
        page = await client.list_issue_page(limit=100, offset=offset)
        count += len(page)
        if len(page) < 100:
            return count
        offset += 100


def prefetching(prefetch: int) -> Callable[[AllegroClient], Awaitable[int]]:
    async def sync(client: AllegroClient) -> int:
        async with aclosing(client.iter_listed_pages(prefetch=prefetch)) as pages:
            return sum([len(page) async for page in pages])

    return sync


async def measure(
    emu: RemoteEmulator,
    strategy: Callable[[AllegroClient], Awaitable[int]],
    *,
    max_concurrency: int,
    budget: int,
) -> Run:
    starts: list[float] = []

    async def on_request(request: httpx.Request) -> None:
        starts.append(time.monotonic())

    http = httpx.AsyncClient(
        timeout=30.0,
        limits=httpx.Limits(max_connections=max_concurrency),
        event_hooks={"request": [on_request]},
    )
    client = AllegroClient(
        emu.base_url,
        StaticTokenProvider(emu.token),
        http=http,
        max_concurrency=max_concurrency,
        requests_per_minute=budget,
    )
    emu.call("clear")
    began = time.perf_counter()
    issues = await strategy(client)
    seconds = time.perf_counter() - began
    await http.aclose()
    await asyncio.sleep(0.2)  # let the server log requests cancelled at the end
    requests = emu.call("count", "/sale/issues")
    return Run(seconds, requests, issues, max_in_window(starts))


def median_run(runs: list[Run]) -> Run:
    ordered = sorted(runs, key=lambda r: r.seconds)
    pick = ordered[len(ordered) // 2]
    return Run(
        statistics.median(r.seconds for r in runs),
        pick.requests,
        pick.issues,
        max(r.max_in_window for r in runs),
    )


async def main_async(args: argparse.Namespace) -> int:
    configs = [(4, 6), (6, 6), (8, 8)]
    labels = ["sequential (limit=100, offset += 100)"] + [
        f"iter_listed_pages prefetch={p}, max_concurrency={c}" for p, c in configs
    ]
    load_before = os.getloadavg()[0]
    rounds: list[list[Run]] = []
    with emulator_process(args.issues, seed=5) as emu:
        emu.call("latency", args.latency)
        # Interleaved: each round runs the baseline and every strategy back to back, so the
        # machine's load (shared, noisy) weighs on all of them alike; ratios are per round.
        for _ in range(args.repeat):
            row = [await measure(emu, sequential, max_concurrency=6, budget=args.budget)]
            for prefetch, concurrency in configs:
                row.append(
                    await measure(
                        emu, prefetching(prefetch), max_concurrency=concurrency, budget=args.budget
                    )
                )
            rounds.append(row)
    load_after = os.getloadavg()[0]

    def spread(values: list[float], fmt: str) -> str:
        return (
            f"{format(statistics.median(values), fmt)}"
            f" ({format(min(values), fmt)}–{format(max(values), fmt)})"
        )

    lines = [
        f"{args.issues:,} issues, {args.latency * 1000:.0f} ms latency per request, budget"
        f" {args.budget}/min; medians (range) of {args.repeat} interleaved rounds; 1-minute"
        f" load average {load_before:.1f} before, {load_after:.1f} after"
        f" ({platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}).",
        "",
        "| strategy | wall time | speed-up vs sequential | requests | issues |"
        " max requests in 60 s |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    ok = True
    best = 0.0
    for n, label in enumerate(labels):
        runs = [r[n] for r in rounds]
        ratios = [r[0].seconds / r[n].seconds for r in rounds]
        if n:
            best = max(best, statistics.median(ratios))
        pick = median_run(runs)
        lines.append(
            f"| {label} | {spread([r.seconds for r in runs], '.2f')} s |"
            f" {spread(ratios, '.1f')}× | {pick.requests} | {pick.issues} |"
            f" {pick.max_in_window} (≤ {args.budget}) |"
        )
        ok = ok and all(r.issues == args.issues and r.max_in_window <= args.budget for r in runs)
    lines.append("")
    lines.append(f"Best median speed-up {best:.1f}× (target ≥ {TARGET_SPEEDUP:.0f}×).")
    section = "\n".join(lines)
    print(section)
    if not args.no_write:
        write_section("bench_sync", section)
    return 0 if ok and best >= TARGET_SPEEDUP else 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--issues", type=int, default=10_000)
    parser.add_argument("--latency", type=float, default=0.05)
    parser.add_argument("--budget", type=int, default=9000, help="requests per minute")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--no-write", action="store_true", help="do not update bench/README.md")
    return asyncio.run(main_async(parser.parse_args()))


if __name__ == "__main__":
    sys.exit(main())
