"""When to try again: exponential backoff with full jitter, and the server's ``Retry-After``.

Offline-first means the loop never gives up on data: the *interval* is capped (15 minutes), the
number of attempts is not (``design/sync-protocol.md`` §1.9, §3.4). Full jitter spreads 700
branches that come back after an outage over the whole window instead of letting them all
retry in the same second. A ``Retry-After`` from the server is a floor, capped at one hour so a
wrong header cannot park a desk for days.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

BASE_SECONDS = 2.0
CAP_SECONDS = 15 * 60.0
RETRY_AFTER_CAP_SECONDS = 60 * 60.0
DEFERRED_FIRST_SECONDS = 60.0
DEFERRED_CAP_SECONDS = 60 * 60.0


@dataclass(frozen=True)
class Backoff:
    """The retry policy; ``rand`` returns a float in [0, 1) and is injectable for tests."""

    base: float = BASE_SECONDS
    cap: float = CAP_SECONDS
    retry_after_cap: float = RETRY_AFTER_CAP_SECONDS
    rand: Callable[[], float] = field(default=random.random, compare=False)

    def ceiling(self, attempt: int) -> float:
        """Return the upper bound of the delay after *attempt* earlier failures (0-based)."""
        # 2**attempt overflows a float after ~1000 failures: stop doubling once past the cap.
        exponent = min(max(attempt, 0), 64)
        return min(self.cap, self.base * (2.0**exponent))

    def delay(self, attempt: int, retry_after: float | None = None) -> float:
        """Return seconds to wait after *attempt* earlier failures, honouring *retry_after*.

        Full jitter: a uniform draw from [0, ceiling). ``Retry-After`` raises the result to at
        least its value (itself capped at one hour); it never lowers it.
        """
        delay = self.rand() * self.ceiling(attempt)
        if retry_after is not None:
            delay = max(delay, min(max(retry_after, 0.0), self.retry_after_cap))
        return delay


def deferred_delay(attempts: int) -> float:
    """Return seconds before a ``deferred`` op is offered again (1 min, doubling, at most 1 h).

    An op is deferred for conditions that last (a server not yet upgraded for a new op kind),
    so it waits longer than a transport retry and does not hold up the ops behind it.
    """
    exponent = min(max(attempts - 1, 0), 16)
    return min(DEFERRED_CAP_SECONDS, DEFERRED_FIRST_SECONDS * (2.0**exponent))


def parse_retry_after(value: str | None, now: datetime) -> float | None:
    """Return the seconds a ``Retry-After`` header asks for, or None if absent or unreadable.

    RFC 9110 allows delay-seconds (``120``) or an HTTP-date (``Wed, 21 Oct 2026 07:28:00
    GMT``); a date in the past means "now" (0 seconds).
    """
    if value is None:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if moment.tzinfo is None:  # "-0000" dates parse as naive; HTTP-dates are always GMT
        moment = moment.replace(tzinfo=UTC)
    return max(0.0, (moment - now).total_seconds())
