"""Load protection: token buckets (429), a batch concurrency gate (503), batches in progress (409).

Two interfaces, :class:`RateLimiter` and :class:`BatchGate`, each with two implementations
chosen by the database (:func:`sync.central.shared_limits.make_limits`): the ones here live in
the server process (SQLite: one process per database); on PostgreSQL every
``ido-central serve`` instance of the database shares the ones in
:mod:`sync.central.shared_limits` (a table of buckets, advisory locks as gate places). Batches
in progress are kept here in both cases: a second copy of a batch in the same process is
refused before it parses, and PostgreSQL's advisory lock on the batch id
(:mod:`sync.central.ingest`) refuses one that another process is storing.
"""

from __future__ import annotations

import math
import random
import threading
import time
from abc import ABC, abstractmethod
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass

import anyio

from sync.central.problems import ProblemError

Clock = Callable[[], float]
_MAX_KEYS = 50_000


@dataclass
class _Bucket:
    tokens: float
    updated: float


class RateLimiter(ABC):
    """Token buckets per key: *burst* requests at once, then *rate* per second."""

    rate: float
    burst: int

    @abstractmethod
    def take(self, key: str) -> float | None:
        """Take one token for *key*; return None if allowed, else the seconds to wait."""

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


class TokenBucket(RateLimiter):
    """Token buckets in this process's memory."""

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

    def _forget_full(self, now: float) -> None:
        # A refilled bucket is the same as no bucket: drop those to bound the memory.
        for key, bucket in list(self._buckets.items()):
            if bucket.tokens + (now - bucket.updated) * self.rate >= self.burst:
                del self._buckets[key]


class BatchGate(ABC):
    """At most *limit* batches in progress; the next one gets 503 ``overloaded``."""

    #: Whether taking or giving back a place waits for the database (then the batch route
    #: does it in a worker thread, off the event loop).
    blocking = False

    def __init__(self, limit: int, retry_after: tuple[int, int]) -> None:
        """Admit *limit* at once; tell the others to come back after a random delay."""
        self.limit = limit
        self.retry_after = retry_after

    @abstractmethod
    def acquire(self) -> object:
        """Take a place and return what :meth:`release` needs, or raise 503."""

    @abstractmethod
    def release(self, place: object) -> None:
        """Give back a place :meth:`acquire` returned."""

    def close(self) -> None:  # noqa: B027 (a gate in memory has nothing to close)
        """Let go of what the gate holds outside this process (the server is stopping)."""

    def overloaded(self) -> ProblemError:
        """The 503 with a jittered ``Retry-After``."""
        low, high = self.retry_after
        # Jitter: desks coming back after an outage must not return in lockstep.
        seconds = random.randint(low, max(low, high))
        return ProblemError(
            503,
            "overloaded",
            "The server is busy; retry later.",
            headers={"Retry-After": str(seconds)},
        )

    @contextmanager
    def admit(self) -> Iterator[None]:
        """Hold one place for the block, or raise 503 with a jittered ``Retry-After``."""
        place = self.acquire()
        try:
            yield
        finally:
            self.release(place)

    @asynccontextmanager
    async def admit_async(self) -> AsyncIterator[None]:
        """:meth:`admit` for a coroutine: a blocking gate waits in a worker thread."""
        if not self.blocking:
            with self.admit():
                yield
            return
        place = await anyio.to_thread.run_sync(self.acquire)
        try:
            yield
        finally:
            with anyio.CancelScope(shield=True):  # a cancelled request still gives it back
                await anyio.to_thread.run_sync(self.release, place)


class ConcurrencyGate(BatchGate):
    """The places counted in this process's memory."""

    def __init__(self, limit: int, retry_after: tuple[int, int]) -> None:
        """Admit *limit* at once; tell the others to come back after a random delay."""
        super().__init__(limit, retry_after)
        self.active = 0
        self._lock = threading.Lock()

    def acquire(self) -> object:
        """Count one more batch in progress, or raise 503."""
        with self._lock:
            if self.active >= self.limit:
                raise self.overloaded()
            self.active += 1
        return None

    def release(self, place: object) -> None:
        """Count one batch fewer."""
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
