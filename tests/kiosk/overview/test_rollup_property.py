"""Property: however saves, corrections, voids and catch-ups interleave, the rollup kept up
step by step equals one rebuilt from scratch, and both equal the count by hand."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from overview_oracle import QUESTIONS, Ledger, rollup_rows

from kiosk.app import Kiosk
from kiosk.locations import demo_location
from kiosk.overview import rollup
from kiosk.overview.periods import custom, period
from kiosk.paths import app_paths
from tests.conftest import FakeClock

AMS = ZoneInfo("Europe/Amsterdam")
START = date(2026, 10, 10)  # the October change (25 October) lies inside the 40 days


@dataclass(frozen=True)
class Record:
    day: int  # after START
    minute: int  # local minute of the day
    picked: list[int]  # questions, by index
    count: int  # above 1: a tally
    late: int  # days after the visit it is entered (backdated)


@dataclass(frozen=True)
class Correct:
    target: int  # which counted visit (modulo their number)
    move: bool  # also move it to an hour before now
    question: int


@dataclass(frozen=True)
class Void:
    target: int


@dataclass(frozen=True)
class Ask:
    """Figures asked: the rollup catches up."""


Op = Record | Correct | Void | Ask
records = st.builds(
    Record,
    st.integers(0, 40),
    st.integers(0, 24 * 60 - 1),
    st.lists(st.sampled_from(range(len(QUESTIONS))), min_size=1, max_size=3, unique=True),
    st.integers(1, 3),
    st.integers(0, 2),
)
changes = st.one_of(
    st.builds(Correct, st.integers(0, 99), st.booleans(), st.integers(0, len(QUESTIONS) - 1)),
    st.builds(Void, st.integers(0, 99)),
    st.just(Ask()),
)
operations = st.lists(st.one_of(records, records, changes), max_size=18)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, str]]:
    """A migrated database with a desk, copied for every example."""
    home = tmp_path_factory.mktemp("overview-template")
    app = Kiosk.open(app_paths(home), now=FakeClock().now)
    desk = app.locations.create(demo_location())
    app.close()
    yield app_paths(home).database, desk.desk_id


def moment(day: int, minute: int) -> datetime:
    local = datetime.combine(START + timedelta(days=day), datetime.min.time())
    return (local + timedelta(minutes=minute)).replace(tzinfo=AMS)


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(operations)
def test_incremental_equals_rebuilt_equals_by_hand(
    template: tuple[Path, str], ops: list[Op]
) -> None:
    source, desk_id = template
    home = Path(tempfile.mkdtemp(prefix="overview-prop-"))
    try:
        paths = app_paths(home)
        paths.ensure()
        shutil.copyfile(source, paths.database)
        clock = FakeClock(moment(0, 0))
        app = Kiosk.open(paths, now=clock.now)
        try:
            run(app, Ledger(app, clock, desk_id), ops)
        finally:
            app.close()
    finally:
        shutil.rmtree(home, ignore_errors=True)


def run(app: Kiosk, ledger: Ledger, ops: list[Op]) -> None:
    now = moment(0, 0)
    for op in ops:
        if isinstance(op, Record):
            occurred = moment(op.day, op.minute)
            now = max(now, occurred) + timedelta(days=op.late, minutes=1)
            questions = tuple(QUESTIONS[i] for i in op.picked)
            ledger.record(occurred, questions, count=op.count, recorded=now)
            continue
        heads = sorted(head.id for _, head in ledger.counted())
        if isinstance(op, Ask) or not heads:
            app.overview.catch_up()
            continue
        target = heads[op.target % len(heads)]
        now += timedelta(minutes=5)
        if isinstance(op, Void):
            ledger.void(target, recorded=now)
        else:
            moved = now - timedelta(hours=1) if op.move else None
            ledger.correct(target, (QUESTIONS[op.question],), recorded=now, occurred=moved)
    for chosen in (
        period("month", date(2026, 10, 1)),
        period("month", date(2026, 11, 1)),
        period("week", date(2026, 10, 25)),
        custom(date(2026, 10, 1), date(2026, 12, 31)),
    ):
        assert app.overview.figures(chosen) == ledger.expected(chosen)
    kept = rollup_rows(app)
    with app.db.write() as session:
        rollup.rebuild(session.connection())
    assert rollup_rows(app) == kept
