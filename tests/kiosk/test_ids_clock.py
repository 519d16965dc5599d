"""Record ids (UUIDv7) and how moments are stored: UTC text plus the local offset."""

from __future__ import annotations

import os
import time
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta, timezone
from itertools import pairwise
from types import SimpleNamespace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk import ids
from kiosk.clock import Stamp, from_utc_text, local_day_bounds, local_from, to_utc_text

# -- ids ------------------------------------------------------------------------------------


def test_uuid7_is_strictly_increasing_in_a_tight_loop() -> None:
    made = [ids.uuid7() for _ in range(10_000)]
    assert all(a < b for a, b in pairwise(made))
    texts = [str(u) for u in made]
    assert texts == sorted(texts)  # the stored text sorts the same way
    assert len(set(texts)) == len(texts)


def test_uuid7_has_version_and_variant_bits() -> None:
    for _ in range(100):
        value = ids.uuid7()
        assert value.version == 7
        assert value.variant == uuid.RFC_4122
        assert (value.int >> 76) & 0xF == 7
        assert (value.int >> 62) & 0b11 == 0b10


def test_uuid7_carries_the_creation_time() -> None:
    before = time.time_ns() // 1_000_000
    stamp_ms = ids.uuid7().int >> 80
    # Unix milliseconds; they may run ahead of the clock to stay increasing, never behind.
    assert before <= stamp_ms < before + 86_400_000


def test_uuid7_stays_increasing_when_the_clock_steps_back(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    first = ids.uuid7()
    past = (first.int >> 80) * 1_000_000 - 60_000_000_000  # one minute earlier
    monkeypatch.setattr(ids, "time", SimpleNamespace(time_ns=lambda: past))
    later = [ids.uuid7() for _ in range(5000)]  # more than one millisecond's counter
    assert all(a < b for a, b in pairwise([first, *later]))


def test_new_id_is_the_canonical_lower_case_text() -> None:
    text = ids.new_id()
    assert text == str(uuid.UUID(text))
    assert uuid.UUID(text).version == 7


# -- stamps and UTC text --------------------------------------------------------------------


def test_stamp_refuses_a_naive_datetime() -> None:
    with pytest.raises(ValueError, match="naive"):
        Stamp.of(datetime(2026, 11, 28, 14, 0))


def test_stamp_keeps_the_instant_and_the_local_offset() -> None:
    moment = datetime(2026, 7, 1, 9, 30, 15, 123456, tzinfo=timezone(timedelta(hours=2)))
    stamp = Stamp.of(moment)
    assert stamp == Stamp(utc="2026-07-01T07:30:15.123Z", offset_minutes=120)
    local = stamp.local()
    assert local.utcoffset() == timedelta(hours=2)
    assert local.replace(tzinfo=None) == datetime(2026, 7, 1, 9, 30, 15, 123000)


def test_stamp_handles_offsets_west_of_utc() -> None:
    moment = datetime(2026, 1, 1, 8, 0, tzinfo=timezone(-timedelta(hours=3, minutes=30)))
    assert Stamp.of(moment).offset_minutes == -210
    assert Stamp.of(moment).local() == moment


aware_ms = st.datetimes(
    min_value=datetime(2000, 1, 1),
    max_value=datetime(2200, 12, 31),
    timezones=st.integers(-14 * 60, 14 * 60).map(lambda m: timezone(timedelta(minutes=m))),
).map(lambda d: d.replace(microsecond=d.microsecond // 1000 * 1000))


@settings(max_examples=300, derandomize=True, database=None)
@given(moment=aware_ms)
def test_utc_text_round_trips(moment: datetime) -> None:
    text = to_utc_text(moment)
    assert len(text) == len("2026-11-28T17:10:30.123Z")
    assert text.endswith("Z")
    back = from_utc_text(text)
    assert back == moment
    assert back.utcoffset() == timedelta(0)
    assert local_from(text, Stamp.of(moment).offset_minutes) == moment


@settings(max_examples=300, derandomize=True, database=None)
@given(first=aware_ms, second=aware_ms)
def test_utc_text_sorts_like_the_instants(first: datetime, second: datetime) -> None:
    # Queries compare the stored text: its order must be the order in time.
    assert (to_utc_text(first) < to_utc_text(second)) == (first < second)


def test_utc_text_truncates_to_milliseconds() -> None:
    moment = datetime(2026, 11, 28, 17, 10, 30, 123999, tzinfo=UTC)
    assert to_utc_text(moment) == "2026-11-28T17:10:30.123Z"


# -- local days across daylight-saving time -------------------------------------------------


@pytest.fixture
def amsterdam() -> Iterator[None]:
    """Run the test with the process's local time zone set to Europe/Amsterdam."""
    if not hasattr(time, "tzset"):
        pytest.skip("time.tzset is not available on this platform")
    saved = os.environ.get("TZ")
    os.environ["TZ"] = "Europe/Amsterdam"
    time.tzset()
    try:
        if time.tzname[0] not in ("CET", "MET"):
            pytest.skip("the Europe/Amsterdam zone data is not installed")
        yield
    finally:
        if saved is None:
            del os.environ["TZ"]
        else:
            os.environ["TZ"] = saved
        time.tzset()


def hours(bounds: tuple[str, str]) -> float:
    start, end = (from_utc_text(b) for b in bounds)
    return (end - start) / timedelta(hours=1)


@pytest.mark.usefixtures("amsterdam")
def test_local_day_bounds_of_an_ordinary_winter_day() -> None:
    bounds = local_day_bounds(date(2026, 11, 28))
    assert bounds == ("2026-11-27T23:00:00.000Z", "2026-11-28T23:00:00.000Z")
    assert hours(bounds) == 24


@pytest.mark.usefixtures("amsterdam")
def test_local_day_bounds_of_the_spring_change_span_23_hours() -> None:
    bounds = local_day_bounds(date(2026, 3, 29))
    assert bounds == ("2026-03-28T23:00:00.000Z", "2026-03-29T22:00:00.000Z")
    assert hours(bounds) == 23


@pytest.mark.usefixtures("amsterdam")
def test_local_day_bounds_of_the_autumn_change_span_25_hours() -> None:
    bounds = local_day_bounds(date(2026, 10, 25))
    assert bounds == ("2026-10-24T22:00:00.000Z", "2026-10-25T23:00:00.000Z")
    assert hours(bounds) == 25


@pytest.mark.usefixtures("amsterdam")
def test_stamps_on_either_side_of_the_change_keep_their_own_offset() -> None:
    before = Stamp.of(datetime(2026, 10, 25, 0, 30, tzinfo=UTC).astimezone())
    after = Stamp.of(datetime(2026, 10, 25, 1, 30, tzinfo=UTC).astimezone())
    assert (before.offset_minutes, after.offset_minutes) == (120, 60)
    # The same local wall time (02:30) occurs twice; the stamps keep the two instants apart.
    assert before.local().strftime("%H:%M") == after.local().strftime("%H:%M") == "02:30"
    assert before.utc < after.utc
