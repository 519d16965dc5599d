"""``run_demo``: every table the dashboard's views read is filled, the figures match the rows.

A small demo (8 branches, five years, about 2,000 questions) on SQLite and PostgreSQL: every
figures table and its area twin has rows, every view's query answers something, the figures
equal counts made in Python from the stored visits, each case the demo promises is there
(Weesp, voids, corrections, the question at 23:30, the desk whose clock ran ahead, the silent
device, the IDO set up this month, dead letters, every booking status, no real person), and a
second run is refused unless forced, when it replaces its own rows and nothing else.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
import sqlalchemy as sa

from sync.central import branches, organisations
from sync.central.db import Database
from sync.central.demo import PREFIX, DemoRefusedError, DemoSummary, places, run_demo
from sync.central.demo.visits import AMSTERDAM, MERGED, MERGED_INTO
from sync.central.figures import health, planning, queries, refresh
from sync.central.figures.local import month_of
from sync.central.tables import (
    branch,
    device,
    fig_dirty,
    fig_state,
    fig_visits,
    ido_setup,
    library_organisation,
    metadata,
    plan_booking,
    plan_record,
    plan_slot,
    question,
    rejection,
    visit,
)

NOW = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)
SIZE: dict[str, Any] = {"branches": 8, "years": 5, "seed": 3, "questions": 2000}


@pytest.fixture
def demo(database_url: str) -> Iterator[tuple[Database, DemoSummary]]:
    db = Database(database_url)
    summary = run_demo(db, now=NOW, **SIZE)
    yield db, summary
    db.close()


def count(conn: sa.Connection, table: sa.Table, *where: Any) -> int:
    query = sa.select(sa.func.count()).select_from(table).where(*where)
    return int(conn.execute(query).scalar_one())


def test_every_table_the_views_read_is_filled(demo: tuple[Database, DemoSummary]) -> None:
    db, summary = demo
    figures = [t for name, t in metadata.tables.items() if name.startswith("fig_")]
    with db.read() as conn:
        for table in (library_organisation, branch, device, ido_setup, rejection):
            assert count(conn, table), table.name
        for table in (visit, question, plan_slot, plan_booking):
            assert count(conn, table), table.name
        for record in ("season", "partner", "helper", "waiting"):
            assert count(conn, plan_record, plan_record.c.record == record), record
        for table in figures:
            if table is fig_dirty:
                assert count(conn, table) == 0  # everything rebuilt
            else:
                assert count(conn, table), table.name
        assert conn.execute(sa.select(fig_state.c.through)).scalar() is not None
        f = queries.Filter()
        page = queries.page(conn, f)
        assert all(page.values()), [k for k, v in page.items() if not v]
        assert planning.appointments(conn, f, by=("month", "partner"))
        assert planning.waiting_list(conn, f)
        assert health.silent_devices(conn, NOW) and health.silent_branches(conn, NOW)
        assert health.clock_warnings(conn) and health.dead_letters(conn)
        assert health.without_registrations(conn, health.this_month(NOW))
    assert summary.branches == 8 and summary.visits > 0 and summary.bookings > 0
    assert summary.first_day.isoformat() == "2022-01-01"
    assert summary.lines()[0].startswith("Demo data from 2022-01-01")


def test_the_figures_count_the_stored_visits(demo: tuple[Database, DemoSummary]) -> None:
    db, summary = demo
    with db.read() as conn:
        rows = conn.execute(
            sa.select(
                visit.c.branch_id,
                visit.c.occurred_at_corrected,
                visit.c.occurred_offset,
                visit.c.voided_at,
                visit.c.superseded_by,
            )
        ).all()
        asked = Counter(conn.execute(sa.select(question.c.visit_id)).scalars())
        stored = conn.execute(
            sa.select(
                fig_visits.c.branch_id,
                fig_visits.c.month,
                sa.func.sum(fig_visits.c.visits),
                sa.func.sum(fig_visits.c.questions),
            ).group_by(fig_visits.c.branch_id, fig_visits.c.month)
        ).all()
        ids = conn.execute(
            sa.select(visit.c.visit_id, visit.c.voided_at, visit.c.superseded_by)
        ).all()
    want: Counter[tuple[str, int]] = Counter()
    for r in rows:
        if r.voided_at is None and r.superseded_by is None:
            want[r.branch_id, month_of(r.occurred_at_corrected, r.occurred_offset)] += 1
    assert {(b, m): int(v) for b, m, v, _ in stored} == dict(want)
    counting = [r.visit_id for r in ids if r.voided_at is None and r.superseded_by is None]
    assert sum(int(q) for *_, q in stored) == sum(asked[v] for v in counting)
    assert summary.visits == len(rows) and summary.questions == sum(asked.values())


def test_the_cases_the_demo_promises(demo: tuple[Database, DemoSummary]) -> None:
    db, _ = demo
    with db.read() as conn:
        rows = {r.id: r for r in conn.execute(sa.select(branch))}
        visits = conn.execute(sa.select(visit)).all()
        devices = {r.id: r for r in conn.execute(sa.select(device))}
        setups = conn.execute(sa.select(ido_setup)).all()
        bookings = conn.execute(sa.select(plan_booking)).all()
        codes = set(conn.execute(sa.select(rejection.c.code)).scalars())
    roles = places.Roles.of([{"id": b} for b in sorted(rows)])
    # Weesp, registered before the merger, in Amsterdam's organisation; it rolls into GM0363.
    weesp = [r for r in rows.values() if r.municipality_code == MERGED]
    amsterdam = [r for r in rows.values() if r.municipality_code == MERGED_INTO]
    assert len(weesp) == 1 and amsterdam
    assert weesp[0].organisation_code == amsterdam[0].organisation_code
    assert MERGED in branches.codes_rolling_into(MERGED_INTO, NOW.date())
    assert all(
        r.id.startswith(PREFIX) and r.organisation_code.startswith(PREFIX) for r in rows.values()
    )
    # Visits: voids, corrections, tallies, backdated, none after now or from the quiet ones.
    assert {v.source for v in visits} == {"live", "tally", "correction"}
    assert any(v.voided_at for v in visits) and any(v.superseded_by for v in visits)
    assert any(v.recorded_at - v.occurred_at >= timedelta(hours=1) for v in visits)
    assert max(v.occurred_at_corrected for v in visits) <= NOW
    assert not [v for v in visits if v.branch_id == roles.new]
    quiet = NOW - places.SILENT_FOR
    assert not [v for v in visits if v.branch_id == roles.silent and v.occurred_at > quiet]
    late = [
        v
        for v in visits
        if (v.occurred_at_corrected + timedelta(minutes=v.occurred_offset)).strftime("%d %H:%M")
        == "31 23:30"
    ]
    assert late and late[0].occurred_at_corrected.astimezone(AMSTERDAM).month == 10
    ahead = [v for v in visits if v.occurred_at != v.occurred_at_corrected]
    assert ahead and {v.branch_id for v in ahead} == {roles.skewed}
    assert {v.occurred_at - v.occurred_at_corrected for v in ahead} == {
        timedelta(seconds=places.CLOCK_SKEW_SECONDS)
    }
    # Devices and set-ups.
    assert devices[f"d-{roles.skewed}"].clock_flag == "device_clock_skew"
    assert devices[f"d-{roles.silent}"].last_batch_at == NOW - places.SILENT_FOR
    assert {s.branch_id for s in setups if s.version == 2}
    assert {s.ido_form for s in setups} >= {"basis"} and {s.inside_library for s in setups} == {
        True,
        False,
    }
    assert codes >= {"validation_failed"} or codes >= {"branch_forbidden"}
    # Belastinghulp: every status, walk-ins, and no real person.
    assert {b.status for b in bookings} == {"booked", "attended", "no_show", "cancelled"}
    assert any(b.walk_in for b in bookings)
    assert all(b.phone is None and b.email is None for b in bookings)
    assert all(b.name is None or b.name.endswith("(demo)") for b in bookings)


def test_a_second_run_is_refused_unless_forced(demo: tuple[Database, DemoSummary]) -> None:
    db, first = demo
    with db.read() as conn:
        before = {t.name: count(conn, t) for t in (branch, visit, plan_booking)}
    with pytest.raises(DemoRefusedError, match="--force"):
        run_demo(db, now=NOW, **SIZE)
    with db.write() as conn:
        organisations.add_organisation(conn, "bibliotheek-echt", "Bibliotheek Echt", NOW)
        values = {"id": "echt-1", "name": "Echt", "organisation": "bibliotheek-echt"}
        branches.add_branch(conn, {**values, "municipality": "GM0363"}, NOW)
    second = run_demo(db, now=NOW, force=True, **SIZE)
    assert second.removed_branches == first.branches
    with db.read() as conn:
        after = {t.name: count(conn, t) for t in (branch, visit, plan_booking)}
        kept = conn.execute(sa.select(branch.c.id).where(branch.c.id == "echt-1")).scalar()
        dirty = count(conn, fig_dirty)
        total = conn.execute(sa.select(sa.func.sum(fig_visits.c.visits))).scalar()
        counting = count(conn, visit, visit.c.voided_at.is_(None), visit.c.superseded_by.is_(None))
    assert after == {**before, "branch": before["branch"] + 1}
    assert kept == "echt-1" and dirty == 0 and total == counting
    assert second.visits == first.visits  # the same seed, the same data


def test_too_small_a_demo_is_refused(database_url: str) -> None:
    db = Database(database_url)
    try:
        with pytest.raises(ValueError, match="at least 4 branches"):
            run_demo(db, now=NOW, branches=3)
        with db.read() as conn:
            assert count(conn, branch) == 0
    finally:
        db.close()
    assert refresh.FIGURES  # the figures the demo builds
