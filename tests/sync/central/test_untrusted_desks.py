"""Real desks and a real server (issue "Trust no device"), on SQLite and PostgreSQL.

The three outages end to end: a record in the feed that a desk cannot apply (one stored by an
older server, before every plan.upsert was checked) no longer stops the other desk's pull; a
NUL character pasted into a name no longer holds back the visits in its batch; a desk clock
after 2094 syncs like any other skewed clock.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import sqlalchemy as sa

from kiosk import set_aside
from sync.central.planning.feed import Feed
from sync.central.tables import plan_record
from tests.conftest import make_visit_input
from tests.sync.central.test_central_planning_desks import DeskApp, two_desks

__all__ = ["two_desks"]  # the fixture, shared


def _record_visits(desk: DeskApp, count: int) -> None:
    current = desk.app.locations.current()
    assert current is not None
    for _ in range(count):
        desk.app.registration.record(current.desk_id, make_visit_input())


def test_a_record_no_desk_can_apply_never_stops_another_desks_pull(central, two_desks) -> None:
    a, b = two_desks
    a.planning.save_season("Belastinghulp 2027", date(2027, 3, 1), date(2027, 5, 1))
    a.sync()
    b.sync()
    # What an older server stored and passes on: a template with nothing but a name.
    with central.db.write() as conn:
        now = central.clock.now()
        conn.execute(
            sa.insert(plan_record).values(
                id="t-bad",
                branch_id="b1",
                record="template",
                version=1,
                data={"name": "x"},
                deleted=False,
                updated_at=now,
                op_id="0190a000-0000-7000-8000-0000000000aa",
            )
        )
        feed = Feed("b1", now)
        feed.add("template", {"id": "t-bad", "version": 1}, {"name": "x", "id": "t-bad"})
        feed.write(conn)
    b.sync()  # asserts the run is ok
    with b.app.db.read() as session:
        [note] = set_aside.listed(session)
    assert (note.type, note.entity_id, note.code) == ("template", "t-bad", "invalid_record")
    # Later changes still arrive.
    a.planning.save_partner("Humanitas")
    a.sync()
    b.sync()
    assert [p.name for p in b.planning.partners()] == ["Humanitas"]
    assert b.client.status().received_set_aside_count == 1


def test_a_nul_in_a_name_never_holds_back_the_visits_of_its_batch(central, two_desks) -> None:
    a, b = two_desks
    _record_visits(a, 15)
    a.planning.save_partner("FNV\x00 Belastingservice")
    a.planning.save_season("Seizoen\x00 2027", date(2027, 3, 1), date(2027, 5, 1))
    _record_visits(a, 16)
    a.sync()
    assert central.branch_stats()["visits"] == 31
    b.sync()
    assert [p.name for p in b.planning.partners()] == ["FNV Belastingservice"]
    assert a.client.status().needs_attention == 0


def test_a_desk_clock_after_2094_syncs_like_any_skewed_clock(central, two_desks) -> None:
    a, _b = two_desks
    clock = a.app.now.__self__  # the desks' FakeClock
    clock.set(datetime(2101, 3, 2, 10, 0, tzinfo=UTC))
    _record_visits(a, 3)
    a.sync()
    assert central.branch_stats()["visits"] == 3
    status = a.client.status()
    assert status.clock_flag == "device_clock_skew" and status.waiting == 0
