"""Fault injection for the emulator: slow, throttled, failing and garbled responses.

`Faults` is a plain mutable object: tests and the bench flip its fields at runtime while the
server runs. Every draw goes through one seeded RNG under a lock, so a given seed and request
sequence always fails the same way (deterministic tests, reproducible benchmarks).
"""

from __future__ import annotations

import random
import threading
from dataclasses import dataclass, field
from enum import Enum


class Fault(Enum):
    NONE = "none"
    RATE_LIMITED = "429"
    SERVER_ERROR = "500"
    UNAVAILABLE = "503"
    MALFORMED = "malformed"


@dataclass
class Faults:
    """What goes wrong, and how often. Rates are probabilities in 0..1 per API request.

    Only /sale/issues requests are affected; OAuth keeps working so that a test can break the
    API without also breaking sign-in.
    """

    latency: float = 0.0  # seconds added to every API request
    rate_429: float = 0.0
    rate_500: float = 0.0
    rate_503: float = 0.0
    malformed_rate: float = 0.0  # a 2xx JSON body cut in half (after the change took effect)
    retry_after: float | None = None  # seconds in a Retry-After header on 429s; None: no header
    ignore_chat_offset: bool = False  # Allegro bug #13678: limit=100 ignores offset
    # Reported (#12650, #13045): chat order differs by issue type. True: claims oldest first,
    # disputes newest first (the documented order). False: everything newest first.
    mixed_chat_order: bool = True
    seed: int = 7
    _rng: random.Random = field(default_factory=random.Random, repr=False, compare=False)
    _rng_seed: int | None = field(default=None, repr=False, compare=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    def reset(self) -> None:
        """Back to a well-behaved server (keeps the seed, restarts its sequence)."""
        with self._lock:
            self.latency = 0.0
            self.rate_429 = self.rate_500 = self.rate_503 = self.malformed_rate = 0.0
            self.retry_after = None
            self.ignore_chat_offset = False
            self._rng_seed = None

    def draw(self) -> Fault:
        """Which fault (if any) hits the next request. Malformed is decided here too."""
        with self._lock:
            if self._rng_seed != self.seed:  # a new seed restarts the sequence
                self._rng.seed(self.seed)
                self._rng_seed = self.seed
            roll = self._rng.random()
            for fault, rate in (
                (Fault.RATE_LIMITED, self.rate_429),
                (Fault.SERVER_ERROR, self.rate_500),
                (Fault.UNAVAILABLE, self.rate_503),
                (Fault.MALFORMED, self.malformed_rate),
            ):
                if roll < rate:
                    return fault
                roll -= rate
            return Fault.NONE
