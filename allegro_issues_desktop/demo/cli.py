"""`allegro-issues-emulator`: run the local Allegro emulator until Ctrl+C."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from collections.abc import Sequence
from types import FrameType

from allegro_issues_desktop.demo.server import Emulator


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="allegro-issues-emulator",
        description="A local Allegro /sale/issues emulator with seeded demo data.",
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8765, help="port (0: any free port)")
    parser.add_argument("--issues", type=int, default=300, help="number of generated issues")
    parser.add_argument("--seed", type=int, default=7, help="seed of the generated data")
    parser.add_argument(
        "--shops",
        type=_positive,
        default=1,
        help="number of sellers, each with its own issues (default 1; shop n > 0 has half of"
        " --issues; a token opens its seller's shop only)",
    )
    parser.add_argument("--token", help="a fixed bearer token to accept (default: a new one)")
    parser.add_argument(
        "--live", action="store_true", help="buyers reply and new issues open over time"
    )
    parser.add_argument(
        "--live-interval", type=float, default=20.0, help="seconds between live events"
    )
    parser.add_argument("--client-id", default="demo-client", help="OAuth client id")
    parser.add_argument("--client-secret", default="demo-secret", help="OAuth client secret")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    emulator = Emulator(
        issues=args.issues,
        seed=args.seed,
        token=args.token,
        host=args.host,
        port=args.port,
        live=args.live,
        live_interval=args.live_interval,
        shops=args.shops,
        client_id=args.client_id,
        client_secret=args.client_secret,
    )
    try:
        emulator.start()
    except OSError as error:
        print(
            f"allegro-issues-emulator: cannot listen on {args.host}:{args.port}: {error}",
            file=sys.stderr,
        )
        return 2
    stopped = threading.Event()

    def _on_signal(signum: int, frame: FrameType | None) -> None:
        stopped.set()

    # Ctrl+C stops it, whoever started it: a child of a shell's background job (or of a
    # program that ignores SIGINT) inherits SIGINT ignored, and Python leaves it so.
    signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        signal.signal(signal.SIGTERM, _on_signal)
        print(f"Allegro emulator: {emulator.base_url}", flush=True)
        print(f"Bearer token:     {emulator.token}", flush=True)
        print(
            f"Issues:           {args.issues} (seed {args.seed}){' live' if args.live else ''}"
            + (f", {args.shops} shops" if args.shops > 1 else ""),
            flush=True,
        )
        print("Press Ctrl+C to stop.", flush=True)
        while not stopped.wait(0.5):  # wake up regularly so Ctrl+C is seen on Windows too
            pass
    except KeyboardInterrupt:
        pass
    finally:
        emulator.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
