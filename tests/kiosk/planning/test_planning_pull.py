"""Applying server changes (§5): the server's data and version win, except for a row whose
own operations still wait in the outbox."""

from __future__ import annotations

from datetime import date

from planning_helpers import World, person, query

from kiosk.app import Kiosk
from kiosk.planning.pull import apply_change
from kiosk.planning.service import PlanningService


def apply(app: Kiosk, change: dict) -> bool:
    with app.db.write() as session:
        return apply_change(session, change)


def test_new_reference_rows_and_slots_arrive(planning: PlanningService, kiosk_app: Kiosk) -> None:
    assert apply(
        kiosk_app,
        {
            "type": "season",
            "id": "s1",
            "version": 1,
            "data": {"name": "Centraal 2027", "starts_on": "2027-03-01", "ends_on": "2027-05-01"},
        },
    )
    apply(kiosk_app, {"type": "partner", "id": "p1", "version": 1, "data": {"name": "HUBA"}})
    apply(
        kiosk_app,
        {
            "type": "helper",
            "id": "h1",
            "version": 4,
            "data": {"name": "Els", "partner_id": "p1", "topics": ["aangifte"], "active": True},
        },
    )
    apply(
        kiosk_app,
        {
            "type": "slot",
            "id": "slot-1",
            "version": 2,
            "data": {
                "season_id": "s1",
                "helper_id": "h1",
                "day": "2027-03-02",
                "starts": "10:00",
                "ends": "10:30",
                "capacity": 1,
                "closed": False,
                "template_id": None,
                "sync": "confirmed",
            },
        },
    )

    [season] = planning.seasons()
    assert season.name == "Centraal 2027" and season.starts_on == date(2027, 3, 1)
    [helper] = planning.helpers()
    assert helper.partner_name == "HUBA" and helper.topics == ("aangifte",)
    grid = planning.grid("s1")
    [slot] = grid.cells.values()
    assert slot.sync == "confirmed" and slot.id == "slot-1"
    assert query(kiosk_app, "SELECT version FROM plan_helper")[0]["version"] == 4


def test_a_confirmed_booking_takes_the_servers_data(
    planning: PlanningService, world: World, kiosk_app: Kiosk
) -> None:
    planning.generate(world.season.id)
    slot = next(iter(planning.grid(world.season.id).cells.values()))
    booking = planning.book(slot.id, person())
    with kiosk_app.db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE outbox SET state = 'acked'")

    written = apply(
        kiosk_app,
        {
            "type": "booking",
            "id": booking.id,
            "version": 3,
            "data": {
                "slot_id": slot.id,
                "name": "Jan Jansen",
                "phone": "06 12345678",
                "purpose": ["aangifte"],
                "checklist": ["id_bewijs"],
                "status": "booked",
                "sync": "conflict",
                "conflict_code": "slot_full",
                "created_at": booking.created_at,
            },
        },
    )

    assert written
    [listed] = planning.attention()
    assert listed.id == booking.id and listed.conflict_code == "slot_full"
    assert listed.checklist == ("id_bewijs",)
    # An older change than the row's version is ignored.
    assert not apply(
        kiosk_app,
        {"type": "booking", "id": booking.id, "version": 2, "data": {"name": "Oud"}},
    )
    assert planning.slot(slot.id).bookings[0].name == "Jan Jansen"


def test_a_row_with_pending_ops_keeps_its_local_data(
    planning: PlanningService, world: World, kiosk_app: Kiosk
) -> None:
    planning.generate(world.season.id)
    slot = next(iter(planning.grid(world.season.id).cells.values()))
    booking = planning.book(slot.id, person(name="Lokaal"))

    written = apply(
        kiosk_app,
        {
            "type": "booking",
            "id": booking.id,
            "version": 5,
            "data": {
                "slot_id": slot.id,
                "name": "Server",
                "status": "cancelled",
                "sync": "confirmed",
            },
        },
    )

    assert not written
    [kept] = planning.slot(slot.id).bookings
    assert kept.name == "Lokaal" and kept.status == "booked" and kept.sync == "provisional"
    # Once the op is acked the next change applies.
    with kiosk_app.db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE outbox SET state = 'acked'")
    assert apply(
        kiosk_app,
        {
            "type": "booking",
            "id": booking.id,
            "version": 6,
            "data": {"slot_id": slot.id, "name": "Lokaal", "status": "booked", "sync": "confirmed"},
        },
    )
    assert planning.slot(slot.id).bookings[0].sync == "confirmed"


def test_deleted_reference_rows_and_unknown_types(
    planning: PlanningService, world: World, kiosk_app: Kiosk
) -> None:
    with kiosk_app.db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE outbox SET state = 'acked'")
    apply(
        kiosk_app,
        {
            "type": "partner",
            "id": world.humanitas.id,
            "version": 2,
            "deleted": True,
            "data": {"name": "Humanitas"},
        },
    )
    assert [p.name for p in planning.partners()] == ["FNV Belastingservice"]
    assert not apply(kiosk_app, {"type": "report", "id": "x", "version": 1, "data": {}})
