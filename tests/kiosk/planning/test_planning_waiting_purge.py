"""The waiting list (§7) and retention (§6): ordered entries, offering a freed place, and
purging contact details while the counts stay."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta

import pytest
from planning_helpers import World, last_seq, ops_since, person, query

from kiosk.app import Kiosk
from kiosk.errors import InputError
from kiosk.outbox import payload_hash
from kiosk.planning.records import Slot
from kiosk.planning.service import PlanningService


@pytest.fixture
def slots(planning: PlanningService, world: World) -> list[Slot]:
    planning.generate(world.season.id)
    grid = planning.grid(world.season.id)
    return sorted(grid.cells.values(), key=lambda s: (s.day, s.starts, s.helper_id))


def anja_slot(slots: list[Slot], world: World) -> Slot:
    return next(s for s in slots if s.helper_id == world.anja.id)


def kees_slot(slots: list[Slot], world: World) -> Slot:
    return next(s for s in slots if s.helper_id == world.kees.id)


# -- waiting list -----------------------------------------------------------------------------


def test_waiting_list_is_ordered_and_writes_upserts(
    planning: PlanningService, world: World, kiosk_app: Kiosk
) -> None:
    seq = last_seq(kiosk_app)
    first = planning.add_waiting(world.season.id, person(name="Eerste"))
    second = planning.add_waiting(world.season.id, person(name="Tweede", purpose=("toeslagen",)))

    assert [e.name for e in planning.waiting(world.season.id)] == ["Eerste", "Tweede"]
    assert (first.position, second.position) == (1, 2)
    ops = ops_since(kiosk_app, seq)
    assert [o["kind"] for o in ops] == ["plan.upsert", "plan.upsert"]
    assert ops[0]["payload"]["record"] == "waiting"
    assert ops[0]["payload"]["id"] == first.id and ops[0]["payload"]["deleted"] is False
    assert ops[0]["payload"]["data"]["name"] == "Eerste"
    assert ops[0]["payload"]["data"]["position"] == 1

    planning.remove_waiting(first.id)

    assert [e.name for e in planning.waiting(world.season.id)] == ["Tweede"]
    assert ops_since(kiosk_app, seq)[-1]["payload"]["data"]["done"] == "removed"
    with pytest.raises(InputError):
        planning.remove_waiting(first.id)


def test_the_waiting_list_needs_a_phone_number(planning: PlanningService, world: World) -> None:
    with pytest.raises(InputError) as refused:
        planning.add_waiting(world.season.id, person(phone="", walk_in=True))
    assert refused.value.problems[0].field == "phone"


def test_first_waiting_matches_the_helpers_topics(
    planning: PlanningService, world: World, slots: list[Slot]
) -> None:
    assert planning.first_waiting_for(anja_slot(slots, world).id) is None
    planning.add_waiting(world.season.id, person(name="Kwijt", purpose=("kwijtschelding",)))
    planning.add_waiting(world.season.id, person(name="Toeslag", purpose=("toeslagen",)))

    for_anja = planning.first_waiting_for(anja_slot(slots, world).id)
    for_kees = planning.first_waiting_for(kees_slot(slots, world).id)

    assert for_anja is not None and for_anja.name == "Toeslag"
    assert for_kees is not None and for_kees.name == "Kwijt"
    planning.save_helper("Anja de Vries", world.fnv.id, ("digid",), id=world.anja.id)
    fallback = planning.first_waiting_for(anja_slot(slots, world).id)
    assert fallback is not None and fallback.name == "Kwijt"  # nobody matches: first in line


def test_book_from_waiting_books_and_closes_the_entry_together(
    planning: PlanningService, world: World, slots: list[Slot], kiosk_app: Kiosk
) -> None:
    entry = planning.add_waiting(world.season.id, person(name="Wachtend"))
    slot = anja_slot(slots, world)
    planning.book(slot.id, person())
    with pytest.raises(InputError):
        planning.book_from_waiting(entry.id, slot.id)  # full: nothing changes
    assert [e.id for e in planning.waiting(world.season.id)] == [entry.id]
    seq = last_seq(kiosk_app)
    free = next(s for s in slots if s.helper_id == world.anja.id and s.id != slot.id)

    booking = planning.book_from_waiting(entry.id, free.id)

    assert booking.name == "Wachtend" and booking.slot_id == free.id
    assert planning.waiting(world.season.id) == []
    ops = ops_since(kiosk_app, seq)
    assert [o["kind"] for o in ops] == ["booking.create", "plan.upsert"]
    assert ops[1]["payload"]["data"]["done"] == "booked"
    assert ops[1]["payload"]["data"]["offered_slot_id"] == free.id


# -- retention ----------------------------------------------------------------------------------


def test_retention_days_default_and_setting(planning: PlanningService) -> None:
    assert planning.retention_days() == 28
    planning.set_retention_days(14)
    assert planning.retention_days() == 14
    with pytest.raises(InputError):
        planning.set_retention_days(0)


def test_purge_clears_contact_keeps_counts_and_redacts_every_op_not_in_flight(
    planning: PlanningService, world: World, slots: list[Slot], kiosk_app: Kiosk, clock
) -> None:
    march_2 = [s for s in slots if s.day == date(2027, 3, 2)]
    acked = planning.book(march_2[0].id, person(remark="Komt met dochter"))
    pending = planning.book(march_2[1].id, person(name="Piet", email="piet@example.nl"))
    planning.set_status(acked.id, "attended")
    flying = planning.book(march_2[2].id, person(name="Onderweg", phone="0612345670"))
    later = next(s for s in slots if s.day == date(2027, 4, 6))
    kept = planning.book(later.id, person(name="Later"))
    entry = planning.add_waiting(world.season.id, person(name="Wachtend"))
    with kiosk_app.db.engine.begin() as conn:
        conn.exec_driver_sql(
            "UPDATE outbox SET state = 'acked' WHERE entity_id IN (?, ?)", (acked.id, entry.id)
        )
        conn.exec_driver_sql(
            "UPDATE outbox SET state = 'inflight' WHERE entity_id = ?", (flying.id,)
        )
    in_flight = query(kiosk_app, "SELECT * FROM outbox WHERE entity_id = ?", flying.id)
    untouched = query(kiosk_app, "SELECT * FROM outbox WHERE entity_id = ?", kept.id)

    # 31 March is 29 days after 2 March; the waiting entry was made on 28 November 2026.
    clock.set(datetime(2027, 3, 31, 9).astimezone())
    purged = planning.purge(date(2027, 3, 31))

    assert purged == 4  # three bookings of 2 March and the waiting entry
    gone = planning.slot(march_2[0].id).bookings[0]
    assert (gone.name, gone.phone, gone.email, gone.remark) == (None, None, None, None)
    assert gone.purged and gone.status == "attended" and gone.purpose == ("aangifte",)
    assert planning.slot(later.id).bookings[0].name == "Later"
    [row] = query(kiosk_app, "SELECT name, purged_at FROM plan_waiting WHERE id = ?", entry.id)
    assert row["name"] is None and row["purged_at"] is not None
    # Acknowledged and still waiting to be sent alike: no contact details, a new hash, marked.
    for booking_id, state in ((acked.id, "acked"), (pending.id, "pending")):
        ops = query(kiosk_app, "SELECT * FROM outbox WHERE entity_id = ?", booking_id)
        assert {op["state"] for op in ops} == {state}
        for op in ops:
            payload = json.loads(op["payload"])
            for secret in ("Jan", "Piet", "06 12345678", "piet@example.nl", "dochter"):
                assert secret not in op["payload"]
            assert op["payload_sha256"] == payload_hash(op["payload"])
            if op["kind"] == "booking.create":
                assert payload["name"] is None and payload["remark"] is None
                assert payload["purpose"] == ["aangifte"]
                assert op["redacted"] == 1
            else:  # the status change carries no contact field: nothing to redact
                assert payload["fields"] == {"status": "attended"} and op["redacted"] == 0
    [waiting_op] = query(kiosk_app, "SELECT * FROM outbox WHERE entity_id = ?", entry.id)
    assert json.loads(waiting_op["payload"])["data"]["name"] is None
    assert waiting_op["redacted"] == 1
    # In flight (a batch holding it is on the wire) and not yet past the retention: as they were.
    assert query(kiosk_app, "SELECT * FROM outbox WHERE entity_id = ?", flying.id) == in_flight
    assert query(kiosk_app, "SELECT * FROM outbox WHERE entity_id = ?", kept.id) == untouched
    assert planning.purge(date(2027, 3, 31)) == 0  # once only
    with pytest.raises(InputError):
        planning.update_booking(acked.id, name="Weer")


def test_purge_respects_the_retention_setting(planning: PlanningService, slots: list[Slot]) -> None:
    planning.book(slots[0].id, person())
    day = slots[0].day
    assert planning.purge(day + timedelta(days=28)) == 0
    planning.set_retention_days(7)
    assert planning.purge(day + timedelta(days=7)) == 0
    assert planning.purge(day + timedelta(days=8)) == 1


@pytest.mark.parametrize("answer", ["acked", "pending", "rejected"])
def test_an_op_in_flight_at_the_purge_is_redacted_by_the_run_after_its_answer(
    planning: PlanningService, slots: list[Slot], kiosk_app: Kiosk, clock, answer: str
) -> None:
    """Acked, back to pending (deferred, lost answer) or refused: redacted all the same."""
    booking = planning.book(slots[0].id, person(name="Laat Bevestigd"))
    with kiosk_app.db.engine.begin() as conn:
        conn.exec_driver_sql(
            "UPDATE outbox SET state = 'inflight' WHERE entity_id = ?", (booking.id,)
        )
    clock.set(datetime.combine(slots[0].day + timedelta(days=29), datetime.min.time()).astimezone())
    assert planning.purge(slots[0].day + timedelta(days=29)) == 1
    [op] = query(kiosk_app, "SELECT local_seq, payload FROM outbox WHERE entity_id = ?", booking.id)
    assert "Laat Bevestigd" in op["payload"]  # on the wire: left alone

    with kiosk_app.db.engine.begin() as conn:  # the server's answer arrives a day later
        conn.exec_driver_sql(
            "UPDATE outbox SET state = ?, acked_at = '2099-01-01T00:00:00.000Z' "
            "WHERE local_seq = ?",
            (answer, op["local_seq"]),
        )
    assert planning.purge(slots[0].day + timedelta(days=30)) == 0  # no new records ...
    [row] = query(
        kiosk_app,
        "SELECT payload, payload_sha256, redacted, state FROM outbox WHERE entity_id = ?",
        booking.id,
    )
    assert "Laat Bevestigd" not in row["payload"]  # ... but the op lost its contact
    assert json.loads(row["payload"])["name"] is None
    assert row["payload_sha256"] == payload_hash(row["payload"])
    assert (row["redacted"], row["state"]) == (1, answer)


def test_an_op_redacted_before_the_mark_existed_gets_the_mark(
    planning: PlanningService, slots: list[Slot], kiosk_app: Kiosk
) -> None:
    """Acked ops redacted by an older desk: marked by the next run, hash and text unchanged."""
    booking = planning.book(slots[0].id, person())
    assert planning.purge(slots[0].day + timedelta(days=29)) == 1
    with kiosk_app.db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE outbox SET redacted = 0, state = 'acked'")
    before = query(
        kiosk_app, "SELECT payload, payload_sha256 FROM outbox WHERE entity_id = ?", booking.id
    )

    planning.purge(slots[0].day + timedelta(days=30))

    rows = query(
        kiosk_app,
        "SELECT payload, payload_sha256, redacted FROM outbox WHERE entity_id = ?",
        booking.id,
    )
    assert [(r["payload"], r["payload_sha256"]) for r in rows] == [
        (b["payload"], b["payload_sha256"]) for b in before
    ]
    assert [r["redacted"] for r in rows] == [1]
