"""Bookings (docs/belastinghulp.md §3, §4, §7): validation and privacy, local capacity,
cancel/move/status, conflicts, and exactly the documented op for every change."""

from __future__ import annotations

from datetime import date

import pytest
from planning_helpers import World, last_seq, ops_since, person, query

from kiosk.app import Kiosk
from kiosk.errors import InputError
from kiosk.planning.bookings import SlotUnavailableError
from kiosk.planning.records import Slot
from kiosk.planning.service import PlanningService
from kiosk.planning.validation import contains_code, is_dutch_phone
from ui import words

TABLES = ("plan_booking", "outbox")


def counts(app: Kiosk) -> dict[str, int]:
    return {t: query(app, f"SELECT count(*) AS n FROM {t}")[0]["n"] for t in TABLES}


@pytest.fixture
def slots(planning: PlanningService, world: World) -> list[Slot]:
    """The generated slots of Tuesday 2 March 2027 (Anja, one place each)."""
    planning.generate(world.season.id)
    grid = planning.grid(world.season.id)
    return sorted(
        (s for s in grid.cells.values() if s.day == date(2027, 3, 2)), key=lambda s: s.starts
    )


@pytest.fixture
def kees_slot(planning: PlanningService, world: World, slots: list[Slot]) -> Slot:
    """Kees's Thursday 4 March 13:00 slot (two places)."""
    grid = planning.grid(world.season.id)
    return next(s for s in grid.cells.values() if s.day == date(2027, 3, 4) and s.starts.hour == 13)


# -- validation and privacy -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "ok"),
    [
        ("06 12345678", True),
        ("0612345678", True),
        ("020-1234567", True),
        ("+31 6 12345678", True),
        ("+31 (0)6 12345678", True),
        ("0031612345678", True),
        ("612345678", False),
        ("06 1234567", False),
        ("+32 470 12 34 56", False),
        ("bel maar", False),
    ],
)
def test_dutch_phone_shape(value: str, ok: bool) -> None:
    assert is_dutch_phone(value) is ok


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"name": "  "}, "name"),
        ({"phone": ""}, "phone"),
        ({"phone": "12345"}, "phone"),
        ({"email": "jan@"}, "email"),
        ({"purpose": ("belasting",)}, "purpose"),
        ({"checklist": ("paspoort",)}, "checklist"),
        ({"remark": "BSN 123456782"}, "remark"),
        ({"remark": "rekening NL91ABNA0417164300"}, "remark"),
        ({"remark": "machtigingscode: AB12CD34"}, "remark"),
        ({"remark": "code A1B2-C3D4-E5F6"}, "remark"),
    ],
)
def test_bad_input_is_refused_and_nothing_is_stored(
    planning: PlanningService, kiosk_app: Kiosk, slots: list[Slot], changes: dict, field: str
) -> None:
    before = counts(kiosk_app)
    with pytest.raises(InputError) as refused:
        planning.book(slots[0].id, person(**changes))
    assert field in {p.field for p in refused.value.problems}
    assert counts(kiosk_app) == before


def test_a_bsn_in_the_remark_is_named_in_dutch(
    planning: PlanningService, kiosk_app: Kiosk, slots: list[Slot]
) -> None:
    with pytest.raises(InputError) as refused:
        planning.book(slots[0].id, person(remark="Heeft BSN 111222333 bij zich"))
    assert "BSN" in words.error_text(refused.value)
    assert query(kiosk_app, "SELECT count(*) AS n FROM plan_booking")[0]["n"] == 0
    assert "111222333" not in str(query(kiosk_app, "SELECT payload FROM outbox"))


def test_machtigingscode_guard_allows_saying_what_to_bring() -> None:
    assert not contains_code("Machtigingscode-brief meenemen")
    assert not contains_code("Aangifte 2026, 2 kinderen, afspraak om 10:30")
    assert contains_code("Machtigingscode is 1234 5678")


def test_a_walk_in_needs_only_a_name(planning: PlanningService, slots: list[Slot]) -> None:
    booking = planning.book(slots[0].id, person(phone="", walk_in=True, purpose=()))
    assert booking.walk_in and booking.phone is None and booking.name == "Jan Jansen"


# -- book -----------------------------------------------------------------------------------


def test_book_stores_the_booking_and_its_create_op(
    planning: PlanningService, kiosk_app: Kiosk, slots: list[Slot]
) -> None:
    seq = last_seq(kiosk_app)
    booking = planning.book(
        slots[0].id,
        person(
            email=" jan@example.nl ",
            checklist=("digid_zelf", "jaaropgaven", "digid_zelf"),
            remark="Komt met dochter",
        ),
    )

    assert booking.status == "booked" and booking.sync == "provisional"
    assert booking.checklist == ("digid_zelf", "jaaropgaven")
    assert booking.email == "jan@example.nl"
    assert planning.slot(slots[0].id).held == 1
    [op] = ops_since(kiosk_app, seq)
    assert op["kind"] == "booking.create"
    assert op["entity_id"] == booking.id and op["base_version"] == 0
    assert op["payload"] == {
        "booking_id": booking.id,
        "slot_id": slots[0].id,
        "name": "Jan Jansen",
        "phone": "06 12345678",
        "email": "jan@example.nl",
        "purpose": ["aangifte"],
        "checklist": ["digid_zelf", "jaaropgaven"],
        "remark": "Komt met dochter",
        "walk_in": False,
        "overbook_reason": None,
    }


def test_a_full_slot_is_refused_unless_overbooked_with_a_reason(
    planning: PlanningService, kiosk_app: Kiosk, slots: list[Slot]
) -> None:
    planning.book(slots[0].id, person())
    before = counts(kiosk_app)

    with pytest.raises(SlotUnavailableError) as refused:
        planning.book(slots[0].id, person(name="Piet"))
    assert refused.value.code == "slot_full"
    assert refused.value.problems[0].field == "slot"
    assert refused.value.problems[0].code == "planning.slot.full"
    assert "Dit tijdvak is vol" in words.error_text(refused.value)
    assert counts(kiosk_app) == before
    with pytest.raises(InputError):
        planning.book(slots[0].id, person(name="Piet", overbook_reason="  "))

    extra = planning.book(slots[0].id, person(name="Piet", overbook_reason="Spoed"))

    assert extra.overbook_reason == "Spoed"
    assert planning.slot(slots[0].id).free == -1


def test_a_closed_slot_is_refused(
    planning: PlanningService, kiosk_app: Kiosk, slots: list[Slot]
) -> None:
    seq = last_seq(kiosk_app)
    closed = planning.update_slot(slots[1].id, closed=True)
    assert closed.closed and closed.free == 0
    [op] = ops_since(kiosk_app, seq)
    assert op["kind"] == "slot.update"
    assert op["payload"] == {"slot_id": slots[1].id, "closed": True}

    with pytest.raises(SlotUnavailableError) as refused:
        planning.book(slots[1].id, person())
    assert refused.value.code == "slot_closed"


def test_capacity_can_not_drop_below_the_places_held(
    planning: PlanningService, kees_slot: Slot, kiosk_app: Kiosk
) -> None:
    planning.book(kees_slot.id, person())
    planning.book(kees_slot.id, person(name="Piet"))
    with pytest.raises(InputError):
        planning.update_slot(kees_slot.id, capacity=1)
    seq = last_seq(kiosk_app)
    assert planning.update_slot(kees_slot.id, capacity=3).free == 1
    assert [o["payload"] for o in ops_since(kiosk_app, seq)] == [
        {"slot_id": kees_slot.id, "capacity": 3}
    ]


def test_an_unknown_slot_is_refused(planning: PlanningService, slots: list[Slot]) -> None:
    with pytest.raises(InputError):
        planning.book("no-such-slot", person())
    with pytest.raises(InputError):
        planning.slot("no-such-slot")


# -- update, status, cancel, move -------------------------------------------------------------


def test_update_sends_only_the_changed_fields(
    planning: PlanningService, kiosk_app: Kiosk, slots: list[Slot]
) -> None:
    booking = planning.book(slots[0].id, person())
    seq = last_seq(kiosk_app)

    changed = planning.update_booking(
        booking.id, phone="06 12345678", email="jan@example.nl", checklist=["id_bewijs"]
    )
    same = planning.update_booking(booking.id, name="Jan Jansen")

    assert changed.email == "jan@example.nl" and changed.checklist == ("id_bewijs",)
    assert same == changed
    [op] = ops_since(kiosk_app, seq)
    assert op["kind"] == "booking.update" and op["base_version"] == 0
    assert op["payload"] == {
        "booking_id": booking.id,
        "fields": {"email": "jan@example.nl", "checklist": ["id_bewijs"]},
    }
    with pytest.raises(InputError):
        planning.update_booking(booking.id, remark="BSN 123456782")
    with pytest.raises(InputError):
        planning.update_booking(booking.id, slot_id=slots[1].id)


def test_set_status_writes_a_status_update(
    planning: PlanningService, kiosk_app: Kiosk, slots: list[Slot]
) -> None:
    booking = planning.book(slots[0].id, person())
    seq = last_seq(kiosk_app)

    attended = planning.set_status(booking.id, "attended")
    planning.set_status(booking.id, "no_show")

    assert attended.status == "attended" and attended.holds_place
    assert [o["payload"] for o in ops_since(kiosk_app, seq)] == [
        {"booking_id": booking.id, "fields": {"status": "attended"}},
        {"booking_id": booking.id, "fields": {"status": "no_show"}},
    ]
    with pytest.raises(InputError):
        planning.set_status(booking.id, "cancelled")
    with pytest.raises(InputError):
        planning.set_status(booking.id, "gezien")


def test_cancel_keeps_the_booking_with_who_and_when(
    planning: PlanningService, kiosk_app: Kiosk, slots: list[Slot], clock
) -> None:
    booking = planning.book(slots[0].id, person())
    seq = last_seq(kiosk_app)

    cancelled = planning.cancel(booking.id, "Belde af")

    assert cancelled.status == "cancelled"
    desk_name = kiosk_app.locations.current().desk_name  # type: ignore[union-attr]
    assert cancelled.cancelled_by == desk_name
    assert cancelled.cancelled_at is not None and cancelled.cancelled_at.startswith("2026-11-28")
    slot = planning.slot(slots[0].id)
    assert slot.free == 1 and [b.id for b in slot.bookings] == [booking.id]
    [op] = ops_since(kiosk_app, seq)
    assert op["kind"] == "booking.cancel"
    assert op["payload"] == {"booking_id": booking.id, "by": desk_name, "reason": "Belde af"}
    with pytest.raises(InputError):
        planning.cancel(booking.id)
    with pytest.raises(InputError):
        planning.update_booking(booking.id, name="Piet")
    planning.book(slots[0].id, person(name="Piet"))  # the place is free again


def test_move_checks_the_target_and_writes_a_move_op(
    planning: PlanningService, kiosk_app: Kiosk, slots: list[Slot]
) -> None:
    first = planning.book(slots[0].id, person())
    planning.book(slots[1].id, person(name="Piet"))

    with pytest.raises(SlotUnavailableError):
        planning.move(first.id, slots[1].id)
    with pytest.raises(InputError):
        planning.move(first.id, slots[0].id)
    seq = last_seq(kiosk_app)
    moved = planning.move(first.id, slots[2].id)

    assert moved.slot_id == slots[2].id
    assert planning.slot(slots[0].id).free == 1
    [op] = ops_since(kiosk_app, seq)
    assert op["kind"] == "booking.move"
    assert op["payload"] == {
        "booking_id": first.id,
        "slot_id": slots[2].id,
        "overbook_reason": None,
    }
    overbooked = planning.move(first.id, slots[1].id, overbook_reason="Afgesproken met Anja")
    assert overbooked.overbook_reason == "Afgesproken met Anja"


# -- conflicts --------------------------------------------------------------------------------


def mark_conflict(app: Kiosk, booking_id: str, code: str = "slot_full") -> None:
    with app.db.engine.begin() as conn:
        conn.exec_driver_sql(
            "UPDATE plan_booking SET sync = 'conflict', conflict_code = ?, version = 1 "
            "WHERE id = ?",
            (code, booking_id),
        )


def test_attention_lists_conflicts_which_hold_no_place(
    planning: PlanningService, kiosk_app: Kiosk, slots: list[Slot]
) -> None:
    booking = planning.book(slots[0].id, person())
    mark_conflict(kiosk_app, booking.id)

    [listed] = planning.attention()

    assert listed.id == booking.id and listed.conflict_code == "slot_full"
    assert not listed.holds_place
    assert planning.slot(slots[0].id).free == 1
    edited = planning.update_booking(booking.id, name="Jan J.")
    assert edited.sync == "conflict"  # editing does not end the conflict
    with pytest.raises(InputError):
        planning.move(booking.id, slots[1].id)


@pytest.mark.parametrize("action", ["move", "overbook", "cancel"])
def test_resolve_ends_the_conflict_with_one_resolve_op(
    planning: PlanningService, kiosk_app: Kiosk, slots: list[Slot], action: str
) -> None:
    booking = planning.book(slots[0].id, person())
    mark_conflict(kiosk_app, booking.id)
    seq = last_seq(kiosk_app)
    if action == "move":
        resolved = planning.resolve(booking.id, "move", slot_id=slots[1].id)
        expected = {"booking_id": booking.id, "action": "move", "slot_id": slots[1].id}
        assert resolved.slot_id == slots[1].id
    elif action == "overbook":
        with pytest.raises(InputError):
            planning.resolve(booking.id, "overbook")
        resolved = planning.resolve(booking.id, "overbook", reason="Komt van ver")
        expected = {"booking_id": booking.id, "action": "overbook", "reason": "Komt van ver"}
        assert resolved.overbook_reason == "Komt van ver"
    else:
        resolved = planning.resolve(booking.id, "cancel")
        expected = {"booking_id": booking.id, "action": "cancel"}
        assert resolved.status == "cancelled"

    assert resolved.sync == "provisional" and resolved.conflict_code is None
    assert planning.attention() == []
    [op] = ops_since(kiosk_app, seq)
    assert op["kind"] == "booking.resolve" and op["base_version"] == 1
    assert op["payload"] == expected
    with pytest.raises(InputError):
        planning.resolve(booking.id, "cancel")
