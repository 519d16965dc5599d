"""The Overzicht's desk figures against a count made by hand from what was entered.

The visits are entered through the real registration service in Amsterdam time: around both
daylight-saving changes of 2026 (29 March and 25 October), at 23:30 and 00:30, across a year
boundary (ISO week 1 of 2026 starts on Monday 29 December 2025) and a month boundary; with
tallies, a backdated entry, corrections (a chain of two, one moving the time, one of a tally),
voids (of a visit and of a correction) and a second desk.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from overview_oracle import QUESTIONS, Ledger, rollup_rows

from kiosk.app import Kiosk
from kiosk.locations import DeskInfo, demo_location
from kiosk.overview import rollup
from kiosk.overview.figures import HourCell, Tally
from kiosk.overview.periods import custom, period
from kiosk.overview.service import split
from tests.conftest import FakeClock

AMS = ZoneInfo("Europe/Amsterdam")
Q_RENT, Q_DIGID, Q_LIBRARY, Q_TAX, Q_OTHER = QUESTIONS


def at(year: int, month: int, day: int, hour: int, minute: int = 0, fold: int = 0) -> datetime:
    """An Amsterdam wall-clock moment (fold 1: the second 02:xx of the October change)."""
    return datetime(year, month, day, hour, minute, tzinfo=AMS, fold=fold)


@pytest.fixture
def ledger(kiosk_app: Kiosk, desk: DeskInfo, clock: FakeClock) -> Ledger:
    return Ledger(kiosk_app, clock, desk.desk_id)


@pytest.fixture
def scenario(ledger: Ledger, kiosk_app: Kiosk) -> Ledger:
    """Every case of the module docstring, entered in the order a desk would."""
    lg = ledger
    # A year boundary: Sunday 28 Dec 2025 is ISO week 52; Monday 29 Dec starts week 1 of 2026.
    lg.record(at(2025, 12, 28, 11), (Q_LIBRARY,))
    lg.record(at(2025, 12, 29, 10), (Q_RENT, Q_TAX))
    lg.record(at(2026, 1, 1, 14), (Q_DIGID,), channel="phone")
    # Around the March change: 23:30 and 00:30 local (22:30 and 23:30 UTC the day before).
    lg.record(at(2026, 3, 28, 23, 30), (Q_OTHER,))
    lg.record(at(2026, 3, 29, 0, 30), (Q_RENT,))
    lg.record(at(2026, 3, 29, 1, 30), (Q_RENT,))  # +01:00, just before the change
    lg.record(at(2026, 3, 29, 3, 30), (Q_TAX,))  # +02:00, just after
    # The October change: 02:30 twice, at +02:00 and then at +01:00.
    lg.record(at(2026, 10, 25, 2, 30), (Q_LIBRARY,))
    lg.record(at(2026, 10, 25, 2, 30, fold=1), (Q_LIBRARY, Q_OTHER))
    # November: a tally, a backdated entry, corrections and voids.
    lg.record(at(2026, 11, 2, 9, 15), (Q_RENT,), count=3, duration="lt5")
    lg.record(at(2026, 11, 20, 10), (Q_DIGID,), recorded=at(2026, 11, 22, 9))
    chain = lg.record(at(2026, 11, 23, 10), (Q_RENT,))[0]
    fixed = lg.correct(chain, (Q_TAX,), recorded=at(2026, 11, 24, 9), channel="phone")
    lg.correct(fixed, (Q_TAX, Q_DIGID), recorded=at(2026, 11, 25, 9), occurred=at(2026, 11, 24, 15))
    tally = lg.record(at(2026, 11, 24, 11), (Q_LIBRARY,), count=2)[0]
    lg.correct(tally, (Q_OTHER,), recorded=at(2026, 11, 24, 12))
    void = lg.record(at(2026, 11, 25, 10), (Q_DIGID,))[0]
    lg.void(void, recorded=at(2026, 11, 25, 11))
    undone = lg.record(at(2026, 11, 26, 10), (Q_RENT,))[0]
    again = lg.correct(undone, (Q_LIBRARY,), recorded=at(2026, 11, 26, 11))
    lg.void(again, recorded=at(2026, 11, 26, 12))
    # A month boundary: 23:30 on 30 November, 00:15 on 1 December (23:15 UTC, 30 November).
    lg.record(at(2026, 11, 30, 23, 30), (Q_OTHER,), channel="online")
    lg.record(at(2026, 12, 1, 0, 15), (Q_RENT,))
    # A second desk of the same database.
    other = kiosk_app.locations.create(demo_location())
    lg.record(at(2026, 11, 27, 16), (Q_TAX,), desk_id=other.desk_id)
    return lg


PERIODS = [
    period("today", date(2026, 11, 24)),
    period("week", date(2026, 11, 24)),
    period("week", date(2026, 11, 24), previous=True),
    period("week", date(2026, 1, 1)),  # ISO week 1 of 2026
    period("week", date(2025, 12, 28)),  # ISO week 52 of 2025
    period("month", date(2026, 11, 24)),
    period("month", date(2026, 12, 1)),
    period("month", date(2026, 3, 1)),
    period("quarter", date(2026, 11, 24)),
    period("quarter", date(2026, 1, 5), previous=True),
    period("year", date(2026, 6, 1)),
    period("year", date(2026, 6, 1), previous=True),
    custom(date(2026, 3, 28), date(2026, 3, 29)),
    custom(date(2026, 10, 25), date(2026, 10, 25)),
    custom(date(2025, 12, 1), date(2026, 12, 31)),
]


def test_every_figure_equals_the_count_by_hand(scenario: Ledger, kiosk_app: Kiosk) -> None:
    desk = scenario.desk_id
    for chosen in PERIODS:
        assert kiosk_app.overview.figures(chosen, desk) == scenario.expected(chosen, desk), chosen
        assert kiosk_app.overview.figures(chosen) == scenario.expected(chosen), chosen


def test_the_cases_count_as_the_rules_say(scenario: Ledger, kiosk_app: Kiosk) -> None:
    """A few figures spelled out, so the count by hand is itself checked."""
    figures = kiosk_app.overview.figures
    desk = scenario.desk_id
    march = figures(custom(date(2026, 3, 28), date(2026, 3, 29)), desk)
    assert [(b.first, b.visits) for b in march.buckets] == [
        (date(2026, 3, 28), 1),
        (date(2026, 3, 29), 3),
    ]
    assert march.hours == (
        HourCell(6, 23, 1),
        HourCell(7, 0, 1),
        HourCell(7, 1, 1),
        HourCell(7, 3, 1),
    )
    october = figures(custom(date(2026, 10, 25), date(2026, 10, 25)), desk)
    assert october.hours == (HourCell(7, 2, 2),)
    assert october.questions == 3
    week_one = figures(period("week", date(2026, 1, 1)), desk)
    assert (week_one.period.first, week_one.visits, week_one.questions) == (
        date(2025, 12, 29),
        2,
        3,
    )
    year = figures(period("year", date(2026, 1, 1)), desk)
    assert year.buckets[0].visits == 1  # 1 January only; 29 December belongs to 2025
    november = figures(period("month", date(2026, 11, 1)), desk)
    # 3 tallies, backdated, the chain (once), the corrected tally + its twin, 30 Nov 23:30.
    assert november.visits == 3 + 1 + 1 + 2 + 1
    assert set(november.entry) == {Tally("tally", 5), Tally("backdated", 1), Tally("live", 2)}
    on_23 = next(b for b in november.buckets if b.first == date(2026, 11, 23))
    assert (on_23.visits, on_23.questions) == (1, 2)  # the chain's last correction, on day one
    assert Tally("phone", 1) not in november.channel  # the middle correction said phone
    assert figures(period("today", date(2026, 11, 24)), desk).visits == 2  # tally pair
    assert figures(period("today", date(2026, 11, 26)), desk).visits == 0
    december = figures(period("month", date(2026, 12, 1)), desk)
    assert december.visits == 1
    assert figures(period("month", date(2026, 11, 1))).visits == november.visits + 1


def test_an_empty_period_has_every_bucket_at_zero(kiosk_app: Kiosk, desk: DeskInfo) -> None:
    quarter = kiosk_app.overview.figures(period("quarter", date(2026, 11, 24)), desk.desk_id)
    assert quarter.visits == quarter.questions == 0
    assert len(quarter.buckets) == 14 and all(b.visits == 0 for b in quarter.buckets)
    assert quarter.topics == quarter.entry == ()
    assert quarter.hours == ()
    assert (quarter.scope, quarter.up_to) == ("desk", None)


def test_the_rollup_kept_up_step_by_step_equals_one_built_at_the_end(
    ledger: Ledger, kiosk_app: Kiosk
) -> None:
    """Figures asked between saves, corrections and voids; then a rebuild changes nothing."""
    overview = kiosk_app.overview
    november = period("month", date(2026, 11, 1))
    ids = ledger.record(at(2026, 11, 3, 10), (Q_RENT,))
    assert overview.figures(november) == ledger.expected(november)
    ids += ledger.record(at(2026, 11, 4, 0, 30), (Q_TAX, Q_OTHER), count=2)
    ledger.record(at(2026, 11, 5, 12), (Q_DIGID,), recorded=at(2026, 11, 9, 8))
    assert overview.figures(november) == ledger.expected(november)
    fixed = ledger.correct(ids[0], (Q_LIBRARY,), recorded=at(2026, 11, 10, 9))
    assert overview.figures(november) == ledger.expected(november)
    # A correction moved to another day still counts on the original's day.
    later = ledger.correct(
        fixed, (Q_OTHER,), recorded=at(2026, 11, 12, 9), occurred=at(2026, 11, 11, 9)
    )
    ledger.void(ids[1], recorded=at(2026, 11, 12, 10))
    assert overview.figures(november) == ledger.expected(november)
    ledger.void(later, recorded=at(2026, 11, 13, 10))
    ledger.record(at(2026, 11, 30, 23, 45), (Q_RENT,), recorded=at(2026, 12, 1, 0, 5))
    assert overview.figures(november) == ledger.expected(november)
    assert overview.catch_up() == 0  # nothing new since
    kept = rollup_rows(kiosk_app)
    with kiosk_app.db.write() as session:
        rollup.rebuild(session.connection())
    assert rollup_rows(kiosk_app) == kept
    assert kept, "the rollup holds the counted days"


def test_a_deleted_visit_makes_the_rollup_start_again(
    ledger: Ledger, kiosk_app: Kiosk, desk: DeskInfo
) -> None:
    """The demo wipe deletes visits: a trigger asks for a rebuild, which leaves them out."""
    week = period("week", date(2026, 11, 24))
    ledger.record(at(2026, 11, 23, 10), (Q_RENT,))
    gone = ledger.record(at(2026, 11, 24, 10), (Q_TAX,))[0]
    assert kiosk_app.overview.figures(week).visits == 2
    with kiosk_app.db.write() as session:
        session.connection().exec_driver_sql("DELETE FROM question WHERE visit_id = ?", (gone,))
        session.connection().exec_driver_sql("DELETE FROM visit WHERE id = ?", (gone,))
    del ledger.visits[gone]
    assert kiosk_app.overview.catch_up() == -1
    assert kiosk_app.overview.figures(week) == ledger.expected(week)


def test_runs_of_touched_days() -> None:
    days = [date(2026, 1, 3), date(2026, 1, 1), date(2026, 1, 2), date(2026, 1, 9)]
    assert list(rollup.runs(days)) == [
        (date(2026, 1, 1), date(2026, 1, 3)),
        (date(2026, 1, 9), date(2026, 1, 9)),
    ]
    assert list(rollup.runs([])) == []


def test_only_the_days_touched_are_counted_again(ledger: Ledger, kiosk_app: Kiosk) -> None:
    ids = ledger.record(at(2026, 11, 3, 10), (Q_RENT,))
    ledger.record(at(2026, 11, 20, 10), (Q_RENT,))
    assert kiosk_app.overview.catch_up() == -1  # the first time: everything
    ledger.record(at(2026, 11, 21, 10), (Q_RENT,), recorded=at(2026, 11, 22, 10))
    ledger.correct(ids[0], (Q_TAX,), recorded=at(2026, 11, 22, 11))
    assert kiosk_app.overview.catch_up() == 2  # 21 November and 3 November (the original's)
    assert kiosk_app.overview.catch_up() == 0


@pytest.mark.parametrize(
    ("first", "last", "months", "days"),
    [
        (date(2026, 1, 1), date(2026, 12, 31), (date(2026, 1, 1), date(2026, 12, 31)), []),
        (
            date(2026, 1, 15),
            date(2026, 4, 10),
            (date(2026, 2, 1), date(2026, 3, 31)),
            [(date(2026, 1, 15), date(2026, 1, 31)), (date(2026, 4, 1), date(2026, 4, 10))],
        ),
        (date(2026, 1, 15), date(2026, 2, 10), None, [(date(2026, 1, 15), date(2026, 2, 10))]),
        (date(2026, 2, 1), date(2026, 2, 27), None, [(date(2026, 2, 1), date(2026, 2, 27))]),
        (date(2026, 2, 1), date(2026, 2, 28), (date(2026, 2, 1), date(2026, 2, 28)), []),
        (
            date(2025, 12, 2),
            date(2026, 1, 31),
            (date(2026, 1, 1), date(2026, 1, 31)),
            [(date(2025, 12, 2), date(2025, 12, 31))],
        ),
    ],
)
def test_a_period_reads_whole_months_and_the_days_around_them(
    first: date, last: date, months: tuple[date, date] | None, days: list[tuple[date, date]]
) -> None:
    assert split(custom(first, last)) == (months, days)


def test_marks_above_the_rows_make_the_rollup_start_again(ledger: Ledger, kiosk_app: Kiosk) -> None:
    """Rows renumbered (a VACUUM): the marks no longer say which rows are new."""
    ledger.record(at(2026, 11, 3, 10), (Q_RENT,))
    assert kiosk_app.overview.catch_up() == -1
    with kiosk_app.db.write() as session:
        session.connection().exec_driver_sql(
            "UPDATE overview_state SET visit_mark = visit_mark + 5"
        )
    assert kiosk_app.overview.catch_up() == -1
    assert kiosk_app.overview.catch_up() == 0


def test_a_rebuild_is_counted_in_a_read_while_saving_goes_on(
    ledger: Ledger, kiosk_app: Kiosk
) -> None:
    """Prepared in a read snapshot; a save in between is caught up after it is put in place."""
    november = period("month", date(2026, 11, 1))
    ledger.record(at(2026, 11, 3, 10), (Q_RENT,))
    with kiosk_app.db.query() as conn:
        prepared = rollup.prepare(conn)
        ledger.record(at(2026, 11, 4, 10), (Q_TAX, Q_OTHER))  # saved while it is counted
    assert [r[4] for r in prepared.rows if r[2] == "visits"] == [1]
    with kiosk_app.db.write() as session:
        assert rollup.install(session.connection(), prepared)
    assert kiosk_app.overview.catch_up() == 1  # 4 November, saved after the snapshot
    assert kiosk_app.overview.figures(november) == ledger.expected(november)


def test_a_prepared_rebuild_is_dropped_when_a_change_asks_for_another(
    ledger: Ledger, kiosk_app: Kiosk
) -> None:
    november = period("month", date(2026, 11, 1))
    ledger.record(at(2026, 11, 3, 10), (Q_RENT,))
    gone = ledger.record(at(2026, 11, 4, 10), (Q_TAX,))[0]
    with kiosk_app.db.query() as conn:
        prepared = rollup.prepare(conn)
    with kiosk_app.db.write() as session:  # as the demo wipe does
        session.connection().exec_driver_sql("DELETE FROM question WHERE visit_id = ?", (gone,))
        session.connection().exec_driver_sql("DELETE FROM visit WHERE id = ?", (gone,))
    del ledger.visits[gone]
    with kiosk_app.db.write() as session:
        assert not rollup.install(session.connection(), prepared)
    assert rollup_rows(kiosk_app) == []  # nothing put in place
    assert kiosk_app.overview.catch_up() == -1
    assert kiosk_app.overview.figures(november) == ledger.expected(november)
