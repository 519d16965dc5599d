"""The retention term as one branch setting (§3, §5, §6): a desk's change travels as a
``plan.upsert`` of record ``setting``; the server's value arrives as a ``setting`` change and
is what the desk purges with, unless a local change of it still waits in the outbox."""

from __future__ import annotations

from datetime import timedelta

import pytest
from planning_helpers import World, last_seq, ops_since, person, query

from kiosk.app import Kiosk
from kiosk.errors import InputError
from kiosk.planning.pull import apply_change
from kiosk.planning.service import PlanningService
from ui import words


def setting(days: object, version: int, name: str = "retention_days") -> dict:
    return {"type": "setting", "id": name, "version": version, "data": {name: days}}


def apply(app: Kiosk, change: dict) -> bool:
    with app.db.write() as session:
        return apply_change(session, change)


def test_setting_the_term_appends_a_setting_upsert(
    planning: PlanningService, kiosk_app: Kiosk
) -> None:
    seq = last_seq(kiosk_app)
    planning.set_retention_days(14)
    [op] = ops_since(kiosk_app, seq)
    assert op["kind"] == "plan.upsert" and op["entity_id"] == "retention_days"
    assert op["payload"] == {
        "record": "setting",
        "id": "retention_days",
        "data": {"retention_days": 14},
        "deleted": False,
    }
    assert op["base_version"] == 0 and op["state"] == "pending"
    assert planning.retention_days() == 14
    planning.set_retention_days(14)  # unchanged: no op
    assert len(ops_since(kiosk_app, seq)) == 1


@pytest.mark.parametrize("days", [0, -3, 366, 1000])
def test_the_term_is_1_to_365_days(planning: PlanningService, kiosk_app: Kiosk, days: int) -> None:
    seq = last_seq(kiosk_app)
    with pytest.raises(InputError) as caught:
        planning.set_retention_days(days)
    [problem] = caught.value.problems
    assert problem.field == "retention_days"
    assert problem.code == "planning.retention.range"
    assert "1 tot 365 dagen" in words.problem_text(problem)
    assert planning.retention_days() == 28 and ops_since(kiosk_app, seq) == []
    planning.set_retention_days(1)
    planning.set_retention_days(365)
    assert planning.retention_days() == 365


def test_a_desk_gets_the_branch_term(planning: PlanningService, kiosk_app: Kiosk) -> None:
    assert apply(kiosk_app, setting(14, 40))
    assert planning.retention_days() == 14
    assert not apply(kiosk_app, setting(21, 12))  # older than the one applied
    assert planning.retention_days() == 14
    assert apply(kiosk_app, setting(21, 57))
    assert planning.retention_days() == 21
    # Unknown settings and values out of range are skipped.
    assert not apply(kiosk_app, setting(3, 60, name="colour"))
    assert not apply(kiosk_app, setting(0, 61))
    assert not apply(kiosk_app, setting("7", 62))
    assert planning.retention_days() == 21


def test_a_waiting_local_change_is_kept(planning: PlanningService, kiosk_app: Kiosk) -> None:
    planning.set_retention_days(10)
    assert not apply(kiosk_app, setting(28, 5))  # the server's value before ours arrived
    assert planning.retention_days() == 10
    with kiosk_app.db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE outbox SET state = 'acked' WHERE entity_id = 'retention_days'")
    assert apply(kiosk_app, setting(10, 9))  # ours, as the server published it
    assert apply(kiosk_app, setting(30, 11))  # then an admin's change
    assert planning.retention_days() == 30
    [row] = query(
        kiosk_app, "SELECT value FROM app_setting WHERE key = ?", "planning.retention_days"
    )
    assert row["value"] == "30"


def test_the_purge_uses_the_synced_term(
    planning: PlanningService, world: World, kiosk_app: Kiosk
) -> None:
    planning.generate(world.season.id)
    slot = min(planning.grid(world.season.id).cells.values(), key=lambda s: (s.day, s.starts))
    planning.book(slot.id, person())
    assert planning.purge(slot.day + timedelta(days=10)) == 0  # default: 28 days
    assert apply(kiosk_app, setting(7, 3))
    assert planning.purge(slot.day + timedelta(days=7)) == 0
    assert planning.purge(slot.day + timedelta(days=8)) == 1
    [booking] = planning.slot(slot.id).bookings
    assert booking.purged and booking.name is None
