"""Load protection: token buckets (429), a batch concurrency gate (503), batches in progress (409).

All three live in the server process. That is enough for one server process per database,
which is how ``ido-central serve`` runs; with several processes each enforces its own share,
and PostgreSQL's advisory lock on the batch id (see :mod:`sync.central.ingest`) still keeps two
copies of one batch from running at once.
"""

from __future__ import annotations

import math
import random
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sync.central.problems import ProblemError

Clock = Callable[[], float]
_MAX_KEYS = 50_000


@dataclass
class _Bucket:
    tokens: float
    updated: float


class TokenBucket:
    """A token bucket per key: *burst* requests at once, then *rate* per second."""

    def __init__(self, rate: float, burst: int, clock: Clock = time.monotonic) -> None:
        """Allow *burst* requests at once, refilled at *rate* tokens per second."""
        self.rate = rate
        self.burst = burst
        self.clock = clock
        self._buckets: dict[str, _Bucket] = {}
        self._lock = threading.Lock()

    def take(self, key: str) -> float | None:
        """Take one token for *key*; return None if allowed, else the seconds to wait."""
        with self._lock:
            now = self.clock()
            bucket = self._buckets.get(key)
            if bucket is None:
                if len(self._buckets) >= _MAX_KEYS:
                    self._forget_full(now)
                bucket = self._buckets[key] = _Bucket(float(self.burst), now)
            bucket.tokens = min(self.burst, bucket.tokens + (now - bucket.updated) * self.rate)
            bucket.updated = now
            if bucket.tokens >= 1:
                bucket.tokens -= 1
                return None
            return (1 - bucket.tokens) / self.rate if self.rate > 0 else 3600.0

    def check(self, key: str) -> None:
        """Take a token for *key* or raise 429 ``rate_limited`` with ``Retry-After``."""
        wait = self.take(key)
        if wait is not None:
            seconds = max(1, math.ceil(wait))
            raise ProblemError(
                429,
                "rate_limited",
                f"Too many requests; retry after {seconds} s.",
                headers={"Retry-After": str(seconds)},
            )

    def _forget_full(self, now: float) -> None:
        # A refilled bucket is the same as no bucket: drop those to bound the memory.
        for key, bucket in list(self._buckets.items()):
            if bucket.tokens + (now - bucket.updated) * self.rate >= self.burst:
                del self._buckets[key]


class ConcurrencyGate:
    """At most *limit* batches in progress; the next one gets 503 ``overloaded``."""

    def __init__(self, limit: int, retry_after: tuple[int, int]) -> None:
        """Admit *limit* at once; tell the others to come back after a random delay."""
        self.limit = limit
        self.retry_after = retry_after
        self.active = 0
        self._lock = threading.Lock()

    @contextmanager
    def admit(self) -> Iterator[None]:
        """Hold one place for the block, or raise 503 with a jittered ``Retry-After``."""
        with self._lock:
            if self.active >= self.limit:
                low, high = self.retry_after
                # Jitter: desks coming back after an outage must not return in lockstep.
                seconds = random.randint(low, max(low, high))
                raise ProblemError(
                    503,
                    "overloaded",
                    "The server is busy; retry later.",
                    headers={"Retry-After": str(seconds)},
                )
            self.active += 1
        try:
            yield
        finally:
            with self._lock:
                self.active -= 1


class InFlightBatches:
    """The batch ids being processed right now, with their body hashes."""

    def __init__(self) -> None:
        """Start empty."""
        self._running: dict[str, str] = {}
        self._lock = threading.Lock()

    @contextmanager
    def claim(self, batch_id: str, body_sha256: str) -> Iterator[None]:
        """Mark *batch_id* in progress for the block; a second copy gets 409 (or 422)."""
        with self._lock:
            running = self._running.get(batch_id)
            if running is not None:
                raise batch_in_progress() if running == body_sha256 else key_reused()
            self._running[batch_id] = body_sha256
        try:
            yield
        finally:
            with self._lock:
                del self._running[batch_id]


def batch_in_progress() -> ProblemError:
    """The 409 for a batch id that is being processed now."""
    return ProblemError(
        409,
        "batch_in_progress",
        "This batch is being processed; retry shortly.",
        headers={"Retry-After": "2"},
    )


def key_reused() -> ProblemError:
    """The 422 for a batch id that came before with another body."""
    return ProblemError(
        422,
        "idempotency_key_reused",
        "This batch_id was used before with another body; send new compositions with a new "
        "batch_id.",
    )
