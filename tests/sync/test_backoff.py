"""Backoff: full jitter between 0 and a doubling ceiling, Retry-After as a floor, no give-up."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import pytest

from sync.backoff import (
    CAP_SECONDS,
    RETRY_AFTER_CAP_SECONDS,
    Backoff,
    deferred_delay,
    parse_retry_after,
)

NOW = datetime(2026, 11, 28, 13, 0, tzinfo=UTC)


def fixed(value: float) -> Backoff:
    return Backoff(rand=lambda: value)


@pytest.mark.parametrize(
    ("attempt", "ceiling"), [(0, 2.0), (1, 4.0), (2, 8.0), (5, 64.0), (8, 512.0), (9, 900.0)]
)
def test_ceiling_doubles_from_two_seconds_up_to_fifteen_minutes(
    attempt: int, ceiling: float
) -> None:
    assert Backoff().ceiling(attempt) == ceiling


def test_full_jitter_spans_zero_to_the_ceiling() -> None:
    assert fixed(0.0).delay(3) == 0.0
    assert fixed(0.5).delay(3) == 8.0
    assert fixed(0.999999).delay(3) == pytest.approx(16.0, rel=1e-5)


def test_real_jitter_stays_in_range_and_varies() -> None:
    backoff = Backoff()
    draws = [backoff.delay(4) for _ in range(500)]
    assert all(0.0 <= d < 32.0 for d in draws)
    assert len({round(d, 3) for d in draws}) > 400  # spread out, not one value


def test_never_gives_up_and_never_exceeds_the_cap() -> None:
    for attempt in (20, 1_000, 10**9):
        assert fixed(0.999999).delay(attempt) <= CAP_SECONDS
        assert fixed(0.999999).delay(attempt) > CAP_SECONDS * 0.99


def test_retry_after_is_a_floor_not_a_ceiling() -> None:
    assert fixed(0.0).delay(0, retry_after=120) == 120
    assert fixed(0.5).delay(12, retry_after=5) == CAP_SECONDS / 2  # backoff already longer


def test_retry_after_is_capped_at_one_hour() -> None:
    assert fixed(0.0).delay(0, retry_after=10 * 24 * 3600) == RETRY_AFTER_CAP_SECONDS


def test_retry_after_in_seconds() -> None:
    assert parse_retry_after("120", NOW) == 120.0
    assert parse_retry_after(" 0 ", NOW) == 0.0


def test_retry_after_as_http_date() -> None:
    later = format_datetime(NOW + timedelta(seconds=90), usegmt=True)
    assert parse_retry_after(later, NOW) == 90.0
    earlier = format_datetime(NOW - timedelta(hours=1), usegmt=True)
    assert parse_retry_after(earlier, NOW) == 0.0


@pytest.mark.parametrize("value", [None, "", "soon", "-5", "1.5", "Mon, 99 Foo 2026"])
def test_unreadable_retry_after_is_ignored(value: str | None) -> None:
    assert parse_retry_after(value, NOW) is None


def test_deferred_ops_wait_a_minute_doubling_to_an_hour() -> None:
    assert [deferred_delay(n) for n in (1, 2, 3, 7, 8, 500)] == [
        60,
        120,
        240,
        3600,
        3600,
        3600,
    ]
