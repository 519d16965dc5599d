"""Applying server changes (§5): the server's data and version win, except for a row whose
own operations still wait in the outbox."""

from __future__ import annotations

from datetime import date

import pytest
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
                "created_at": booking.created_at,
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
            "data": {
                "slot_id": slot.id,
                "name": "Lokaal",
                "status": "booked",
                "sync": "confirmed",
                "created_at": booking.created_at,
            },
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


# -- records the desk cannot apply ---------------------------------------------------------------

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from kiosk import set_aside  # noqa: E402
from kiosk.planning import pull as planning_pull  # noqa: E402

TYPES = ("season", "partner", "helper", "template", "closure", "waiting", "slot", "booking")
GOOD_TEMPLATE = {
    "season_id": "s1",
    "helper_id": "h1",
    "weekday": 2,
    "starts": "10:00",
    "ends": "12:00",
    "slot_minutes": 30,
    "capacity": 1,
}


def notes(app: Kiosk) -> list[set_aside.SetAside]:
    with app.db.read() as session:
        return set_aside.listed(session)


def test_a_malformed_record_is_set_aside_until_a_good_version_arrives(kiosk_app: Kiosk) -> None:
    bad = {"type": "template", "id": "t1", "version": 1, "data": {"name": "x"}}
    assert not apply(kiosk_app, bad)
    assert query(kiosk_app, "SELECT count(*) AS n FROM plan_template")[0]["n"] == 0
    [note] = notes(kiosk_app)
    assert (note.type, note.entity_id, note.version, note.code) == (
        "template",
        "t1",
        1,
        "invalid_record",
    )
    assert ("data.weekday", "Field required") in note.problems
    assert ("data.name", "Extra inputs are not permitted") not in note.problems  # unknown: left out
    assert apply(kiosk_app, {"type": "template", "id": "t1", "version": 2, "data": GOOD_TEMPLATE})
    assert notes(kiosk_app) == []


def test_a_record_the_tables_refuse_is_set_aside_and_nothing_else_is_undone(
    kiosk_app: Kiosk, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(planning_pull, "check_feed_record", lambda kind, change: [])
    with kiosk_app.db.write() as session:
        assert apply_change(
            session, {"type": "partner", "id": "p1", "version": 1, "data": {"name": "HUBA"}}
        )
        refused = {
            "type": "template",
            "id": "t1",
            "version": 1,
            "data": {**GOOD_TEMPLATE, "weekday": 9},
        }
        assert not apply_change(session, refused)
    assert [r["name"] for r in query(kiosk_app, "SELECT name FROM plan_partner")] == ["HUBA"]
    [note] = notes(kiosk_app)
    assert note.code == "cannot_apply" and note.problems == (("", "IntegrityError"),)


_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=12),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=8,
)
_value = st.one_of(
    _json,
    st.sampled_from(["2027-03-02", "2027-02-30", "10:00", "1٠:00", "", "a\x00b", "aangifte", "s1"]),
    st.integers(min_value=-(2**70), max_value=2**70),
)
_field = st.sampled_from(
    sorted(
        {name for model in (GOOD_TEMPLATE,) for name in model}
        | {
            "name",
            "starts_on",
            "ends_on",
            "day",
            "reason",
            "topics",
            "purpose",
            "status",
            "slot_id",
            "created_at",
            "position",
            "done",
            "closed",
            "sync",
            "deleted",
        }
    )
)
_change = st.fixed_dictionaries(
    {
        "type": st.sampled_from(TYPES) | _json,
        "id": st.sampled_from(["s1", "h1", "x"]) | _json,
        "version": st.integers(min_value=-2, max_value=2**64) | _json,
        "data": st.dictionaries(_field, _value, max_size=12) | _json,
    }
)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(changes=st.lists(_change, min_size=1, max_size=6))
def test_any_record_from_the_feed_leaves_a_desk_that_works(
    planning: PlanningService, world: World, kiosk_app: Kiosk, changes: list[dict]
) -> None:
    with kiosk_app.db.write() as session:
        for change in changes:
            apply_change(session, change)  # never raises
    # Every screen's read still works on what was applied.
    for season in planning.seasons():
        planning.grid(season.id)
        planning.templates(season.id)
        planning.closures(season.id)
        planning.waiting(season.id)
    planning.helpers(include_inactive=True)
    planning.partners()
    planning.attention()


def test_a_purged_booking_stays_purged_whatever_the_server_sends(
    planning: PlanningService, world: World, kiosk_app: Kiosk
) -> None:
    planning.generate(world.season.id)
    slot = next(iter(planning.grid(world.season.id).cells.values()))
    booking = planning.book(slot.id, person(name="Lokaal"))
    with kiosk_app.db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE outbox SET state = 'acked'")
        conn.exec_driver_sql(
            "UPDATE plan_booking SET name = NULL, phone = NULL, purged_at = '2027-05-01T00:00:00Z'"
        )
    change = {
        "type": "booking",
        "id": booking.id,
        "version": 4,
        "data": {
            "slot_id": slot.id,
            "name": "Nog Bekend",
            "phone": "0612345678",
            "status": "attended",
            "created_at": booking.created_at,
            "purged_at": None,
        },
    }
    assert apply(kiosk_app, change)
    [row] = query(kiosk_app, "SELECT name, phone, status, purged_at FROM plan_booking")
    assert (row["name"], row["phone"], row["status"]) == (None, None, "attended")
    assert row["purged_at"] == "2027-05-01T00:00:00Z"
