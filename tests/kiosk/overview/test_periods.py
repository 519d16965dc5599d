"""The Overzicht's periods: calendar kinds, the previous one, custom ranges and buckets."""

from __future__ import annotations

import itertools
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.errors import InputError
from kiosk.overview.periods import Period, bucket_start, custom, period

SATURDAY = date(2026, 11, 28)


@pytest.mark.parametrize(
    ("kind", "previous", "first", "last"),
    [
        ("today", False, date(2026, 11, 28), date(2026, 11, 28)),
        ("today", True, date(2026, 11, 27), date(2026, 11, 27)),
        ("week", False, date(2026, 11, 23), date(2026, 11, 29)),
        ("week", True, date(2026, 11, 16), date(2026, 11, 22)),
        ("month", False, date(2026, 11, 1), date(2026, 11, 30)),
        ("month", True, date(2026, 10, 1), date(2026, 10, 31)),
        ("quarter", False, date(2026, 10, 1), date(2026, 12, 31)),
        ("quarter", True, date(2026, 7, 1), date(2026, 9, 30)),
        ("year", False, date(2026, 1, 1), date(2026, 12, 31)),
        ("year", True, date(2025, 1, 1), date(2025, 12, 31)),
    ],
)
def test_calendar_periods(kind: str, previous: bool, first: date, last: date) -> None:
    found = period(kind, SATURDAY, previous=previous)
    assert found == Period(kind, first, last, previous)


def test_previous_across_the_year() -> None:
    jan = date(2027, 1, 2)
    assert period("month", jan, previous=True) == Period(
        "month", date(2026, 12, 1), date(2026, 12, 31), True
    )
    assert period("quarter", jan, previous=True).first == date(2026, 10, 1)
    # 2 January 2027 is in ISO week 53 of 2026 (Monday 28 December).
    assert period("week", jan).first == date(2026, 12, 28)
    assert period("month", date(2024, 3, 10), previous=True).last == date(2024, 2, 29)


def test_unknown_kind_is_a_bug() -> None:
    with pytest.raises(ValueError, match="unknown period kind"):
        period("fortnight", SATURDAY)


def test_buckets_by_length() -> None:
    assert period("today", SATURDAY).bucket == "day"
    assert period("week", SATURDAY).bucket == "day"
    assert period("month", SATURDAY).bucket == "day"
    assert period("quarter", SATURDAY).bucket == "week"
    assert period("year", SATURDAY).bucket == "month"
    assert custom(date(2026, 1, 1), date(2026, 1, 31)).bucket == "day"
    assert custom(date(2026, 1, 1), date(2026, 2, 1)).bucket == "week"
    assert custom(date(2026, 1, 1), date(2026, 1, 1) + timedelta(days=181)).bucket == "week"
    assert custom(date(2026, 1, 1), date(2026, 1, 1) + timedelta(days=182)).bucket == "month"


def test_bucket_starts_cover_the_period() -> None:
    quarter = period("quarter", SATURDAY)  # 1 Oct (Thursday) .. 31 Dec (Thursday)
    starts = quarter.bucket_starts()
    assert starts[0] == date(2026, 9, 28)
    assert starts[-1] == date(2026, 12, 28)
    assert len(starts) == 14
    assert period("year", SATURDAY).bucket_starts() == tuple(date(2026, m, 1) for m in range(1, 13))
    assert period("today", SATURDAY).bucket_starts() == (SATURDAY,)


def test_custom_range_checks() -> None:
    with pytest.raises(InputError) as reversed_:
        custom(date(2026, 5, 2), date(2026, 5, 1))
    assert reversed_.value.problems[0].code == "overview.range_reversed"
    assert custom(date(2021, 1, 1), date(2025, 12, 31)).days == 1826
    with pytest.raises(InputError) as too_long:
        custom(date(2021, 1, 1), date(2026, 1, 1))
    assert too_long.value.problems[0].code == "overview.range_too_long"
    assert too_long.value.problems[0].params == {"years": 5}
    # 29 February: five years on is 28 February.
    assert custom(date(2024, 2, 29), date(2029, 2, 27)).kind == "custom"
    with pytest.raises(InputError):
        custom(date(2024, 2, 29), date(2029, 2, 28))


def test_bucket_start_rejects_unknown() -> None:
    with pytest.raises(ValueError, match="unknown bucket"):
        bucket_start("decade", SATURDAY)


@given(
    st.dates(min_value=date(2000, 1, 1), max_value=date(2090, 12, 31)),
    st.sampled_from(["today", "week", "month", "quarter", "year"]),
)
def test_every_day_lies_in_its_period_and_the_previous_one_adjoins(day: date, kind: str) -> None:
    current = period(kind, day)
    before = period(kind, day, previous=True)
    assert current.contains(day)
    assert before.last + timedelta(days=1) == current.first
    assert before.kind == kind and before.previous
    starts = current.bucket_starts()
    assert starts[0] <= current.first
    assert all(a < b for a, b in itertools.pairwise(starts))
    assert bucket_start(current.bucket, current.last) == starts[-1]
    if kind == "week":
        assert current.first.isoweekday() == 1 and current.days == 7
