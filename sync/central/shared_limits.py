"""Load limits that hold across every server process on one PostgreSQL database.

Several ``ido-central serve`` instances behind a proxy must limit a device as one server does,
so on PostgreSQL the limits of :mod:`sync.central.throttle` live in the database:

* :class:`SharedTokenBucket`: each request takes its token with ONE atomic statement on
  ``throttle_bucket`` (an UNLOGGED table, migration 0013): an upsert that refills the bucket
  by the time passed on the database's clock (so the instances' clocks do not matter), takes
  a token if there is one, and returns what is left. The row lock makes two instances'
  requests for one key take their turns. Keys are kept hashed (a client address or a name
  typed at sign-in is not stored).
* :class:`SharedConcurrencyGate`: the batches in progress hold places ``0 .. limit-1``, each
  a session-level advisory lock (``pg_try_advisory_lock(CLASS, place)``) on one connection
  per process kept for the purpose, outside the pool. A place held by a process that dies
  frees itself: PostgreSQL ends the session when its connection closes, and its advisory
  locks with it. The connection is the gate's alone (a pooled connection would carry its
  locks to whoever borrows it next); behind a connection pooler it needs session pooling.

SQLite (one process per database) keeps the in-process ones; :func:`rate_limiter` and
:func:`batch_gate` choose by the database.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import random
import threading
from typing import Any, Final

import sqlalchemy as sa

from sync.central.db import Database
from sync.central.throttle import BatchGate, ConcurrencyGate, RateLimiter, TokenBucket

log = logging.getLogger(__name__)

#: The first key of the gate's advisory locks (the second is the place); the two-key form
#: never meets the one-key locks of migrations and batch ids.
GATE_CLASS: Final = 7412302
#: Every so many requests a process deletes the buckets of its limiter that are full again.
SWEEP_EVERY: Final = 1000

_NOW = "extract(epoch FROM clock_timestamp())"
_FILLED = "least(:burst, b.tokens + greatest(0, excluded.updated - b.updated) * :rate)"
_TAKE = sa.text(
    f"""
    INSERT INTO throttle_bucket AS b (limiter, key, tokens, updated, granted)
    VALUES (:limiter, :key, greatest(:burst - 1, 0), {_NOW}, :burst >= 1)
    ON CONFLICT (limiter, key) DO UPDATE SET
        tokens = CASE WHEN {_FILLED} >= 1 THEN {_FILLED} - 1 ELSE {_FILLED} END,
        granted = {_FILLED} >= 1,
        updated = greatest(b.updated, excluded.updated)
    RETURNING tokens, granted
    """
).bindparams(
    sa.bindparam("rate", type_=sa.Double()),
    sa.bindparam("burst", type_=sa.Double()),
)
_SWEEP = sa.text(
    f"DELETE FROM throttle_bucket WHERE limiter = :limiter AND updated < {_NOW} - :full_after"
).bindparams(sa.bindparam("full_after", type_=sa.Double()))
_TRY = sa.text("SELECT pg_try_advisory_lock(:cls, :place)")
_UNLOCK = sa.text("SELECT pg_advisory_unlock(:cls, :place)")


def rate_limiter(db: Database, limiter: str, rate: float, burst: int) -> RateLimiter:
    """Return the token buckets named *limiter*: shared on PostgreSQL, in-process on SQLite."""
    if db.is_postgres:
        return SharedTokenBucket(db, limiter, rate, burst)
    return TokenBucket(rate, burst)


def batch_gate(db: Database, limit: int, retry_after: tuple[int, int]) -> BatchGate:
    """Return the batch gate: shared on PostgreSQL, in-process on SQLite."""
    if db.is_postgres:
        return SharedConcurrencyGate(db, limit, retry_after)
    return ConcurrencyGate(limit, retry_after)


class SharedTokenBucket(RateLimiter):
    """Token buckets in ``throttle_bucket``, one row per key of this limiter."""

    def __init__(self, db: Database, limiter: str, rate: float, burst: int) -> None:
        """Keep the buckets of *limiter* (a short name) in *db*'s table."""
        self.rate = rate
        self.burst = burst
        self.limiter = limiter
        # One statement, its own transaction: autocommit spares a BEGIN and a COMMIT.
        self._engine = db.engine.execution_options(isolation_level="AUTOCOMMIT")
        self._taken = 0
        self._lock = threading.Lock()

    def take(self, key: str) -> float | None:
        """Take one token for *key* in the database; None if allowed, else seconds to wait."""
        params = {
            "limiter": self.limiter,
            "key": bucket_key(key),
            "rate": self.rate,
            "burst": self.burst,
        }
        with self._engine.connect() as conn:
            row = conn.execute(_TAKE, params).one()
            if self._count():
                self._sweep(conn)
        if row.granted:
            return None
        return (1 - float(row.tokens)) / self.rate if self.rate > 0 else 3600.0

    def _count(self) -> bool:
        with self._lock:
            self._taken += 1
            return self._taken % SWEEP_EVERY == 0

    def _sweep(self, conn: sa.Connection) -> None:
        # A bucket full again is the same as none: drop those to bound the table.
        if self.rate > 0:
            full_after = self.burst / self.rate
            conn.execute(_SWEEP, {"limiter": self.limiter, "full_after": full_after})


def bucket_key(key: str) -> str:
    """The key as the table keeps it: a hash, so no address or typed name is stored."""
    return hashlib.blake2b(key.encode("utf-8"), digest_size=16).hexdigest()


class SharedConcurrencyGate(BatchGate):
    """The gate's places as advisory locks on this process's own connection."""

    blocking = True

    def __init__(self, db: Database, limit: int, retry_after: tuple[int, int]) -> None:
        """Share *limit* places with every process on *db*."""
        super().__init__(limit, retry_after)
        self._engine = sa.create_engine(
            db.engine.url,
            poolclass=sa.NullPool,
            isolation_level="AUTOCOMMIT",
            connect_args={"application_name": "ido-central gate"},
        )
        self._conn: sa.Connection | None = None
        self._generation = 0  # a new connection is a new generation: the old places are gone
        self._held: set[int] = set()
        self._lock = threading.Lock()

    def acquire(self) -> object:
        """Lock a free place (tried from a random one on); raise 503 when all are taken."""
        with self._lock:
            try:
                place = self._try_places(self._connection())
            except sa.exc.DBAPIError:
                # The connection broke (a database restart, a dropped idle connection): its
                # places are gone with it. Try once more on a new one.
                log.warning("The batch gate's connection broke; connecting again")
                self._drop()
                place = self._try_places(self._connection())
            if place is None:
                raise self.overloaded()
            self._held.add(place)
            return (self._generation, place)

    def release(self, place: object) -> None:
        """Unlock the place (unless its connection has gone since: then it is free already)."""
        generation, number = _place(place)
        with self._lock:
            if generation != self._generation or self._conn is None:
                return
            self._held.discard(number)
            try:
                self._conn.execute(_UNLOCK, {"cls": GATE_CLASS, "place": number})
            except sa.exc.DBAPIError:
                log.warning("The batch gate's connection broke while giving back a place")
                self._drop()

    def close(self) -> None:
        """Close the connection (every place it holds is free)."""
        with self._lock:
            self._drop()
        self._engine.dispose()

    def held_here(self) -> int:
        """The places this process holds now."""
        with self._lock:
            return len(self._held)

    def _try_places(self, conn: sa.Connection) -> int | None:
        # A session takes an advisory lock it holds again (they stack), so only the places
        # this process does not hold are tried; each try is one round trip.
        start = random.randrange(self.limit) if self.limit > 0 else 0
        for step in range(self.limit):
            place = (start + step) % self.limit
            if place in self._held:
                continue
            if conn.execute(_TRY, {"cls": GATE_CLASS, "place": place}).scalar_one():
                return place
        return None

    def _connection(self) -> sa.Connection:
        if self._conn is None:
            self._conn = self._engine.connect()
            self._generation += 1
            self._held.clear()
        return self._conn

    def _drop(self) -> None:
        if self._conn is not None:
            with contextlib.suppress(sa.exc.DBAPIError):
                self._conn.close()
            self._conn = None
        self._held.clear()


def _place(place: Any) -> tuple[int, int]:
    generation, number = place
    return int(generation), int(number)
