"""The local day and hour of a stored moment, worked out from its text, equal datetime's."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from kiosk.clock import to_utc_text
from kiosk.overview.counted import (
    day_sql,
    entry,
    entry_sql,
    hour_sql,
    local_day_hour,
    local_moment,
)


@given(
    st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2090, 12, 31)),
    st.integers(-18 * 60, 18 * 60),
)
def test_local_day_and_hour_equal_datetime_arithmetic(moment: datetime, offset: int) -> None:
    stored = to_utc_text(moment.replace(tzinfo=UTC))
    local = moment.replace(microsecond=moment.microsecond // 1000 * 1000) + timedelta(
        minutes=offset
    )
    assert local_day_hour(stored, offset) == (local.date().isoformat(), local.hour)
    assert local_moment(stored, offset) == local


def test_entry() -> None:
    # 23:30 local on 28 March (+01:00), entered at 00:10 local the next day (+02:00 by then).
    assert entry("2026-03-28", "live", "2026-03-28T22:10:00.000Z", 120) == "backdated"
    assert entry("2026-03-28", "live", "2026-03-28T22:50:00.000Z", 60) == "live"
    assert entry("2026-03-28", "tally", "2026-04-02T10:00:00.000Z", 120) == "tally"


@given(
    st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2090, 12, 31)),
    st.integers(-18 * 60, 18 * 60),
    st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2090, 12, 31)),
    st.integers(-18 * 60, 18 * 60),
    st.sampled_from(["live", "tally"]),
)
def test_the_sql_works_out_the_same_day_hour_and_entry(
    occurred: datetime, offset: int, recorded: datetime, recorded_offset: int, source: str
) -> None:
    at = to_utc_text(occurred.replace(tzinfo=UTC))
    rec = to_utc_text(recorded.replace(tzinfo=UTC))
    sql = (
        f"SELECT {day_sql('occurred_at', 'occurred_offset')}, "
        f"{hour_sql('occurred_at', 'occurred_offset')}, {entry_sql('')} FROM (SELECT "
        ":at AS occurred_at, :off AS occurred_offset, :rec AS recorded_at, "
        ":rec_off AS recorded_offset, :source AS root_source)"
    )
    with sqlite3.connect(":memory:") as conn:
        found = conn.execute(
            sql, {"at": at, "off": offset, "rec": rec, "rec_off": recorded_offset, "source": source}
        ).fetchone()
    day, hour = local_day_hour(at, offset)
    assert found == (day, f"{hour:02d}", entry(day, source, rec, recorded_offset))
