"""Sign-in throttling: token buckets per username and per client address.

Every attempt takes a token from its address's bucket, then from its username's (a busy
address is refused before it costs anyone's bucket). The username bucket stops guessing at
one account from many addresses; the address bucket stops one address trying many accounts.
Both are checked before the password is hashed, so a flood of attempts costs no argon2
work. The buckets are the device rate limits' kind (:mod:`sync.central.throttle`): the server
makes them with :func:`sync.central.shared_limits.rate_limiter`, so on PostgreSQL every
instance on the database counts the same attempts.

A refused attempt is logged, but a flood must not become a flood of audit rows: for each
address and username, one refusal per :data:`REPORT_EVERY` seconds is reported.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from sync.central.throttle import Clock, RateLimiter, TokenBucket

#: Makes the buckets of a limiter: (its name, rate per second, burst) -> buckets.
BucketMaker = Callable[[str, float, int], RateLimiter]

REPORT_EVERY = 60.0
_MAX_REPORTED = 10_000


@dataclass(frozen=True)
class Refusal:
    """A throttled attempt: how long to wait, and whether to write it to the audit log."""

    seconds: int
    report: bool


class LoginThrottle:
    """Decides whether a sign-in attempt may go ahead."""

    def __init__(
        self,
        *,
        per_username: tuple[float, int],
        per_address: tuple[float, int],
        clock: Clock = time.monotonic,
        buckets: BucketMaker | None = None,
    ) -> None:
        """Buckets of (rate per second, burst) for usernames and for client addresses.

        *buckets* makes them (default: in this process, on *clock*).
        """
        self.clock = clock

        def in_process(_name: str, rate: float, burst: int) -> RateLimiter:
            return TokenBucket(rate, burst, clock=clock)

        make = buckets or in_process
        self.usernames = make("login_username", *per_username)
        self.addresses = make("login_address", *per_address)
        self._reported: dict[tuple[str, str], float] = {}
        self._lock = threading.Lock()

    def check(self, username: str, address: str) -> Refusal | None:
        """Take a token for this attempt; None to go ahead, else the refusal."""
        for bucket, key in ((self.addresses, address), (self.usernames, username)):
            seconds = bucket.take(key)
            if seconds is not None:
                return Refusal(
                    max(1, math.ceil(seconds)), self._first_in_a_while(username, address)
                )
        return None

    def _first_in_a_while(self, username: str, address: str) -> bool:
        now = self.clock()
        with self._lock:
            if len(self._reported) >= _MAX_REPORTED:
                self._reported = {k: t for k, t in self._reported.items() if now - t < REPORT_EVERY}
            last = self._reported.get((username, address))
            if last is not None and now - last < REPORT_EVERY:
                return False
            self._reported[(username, address)] = now
            return True
