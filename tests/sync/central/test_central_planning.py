"""Belastinghulp planning ops on the central endpoint: every rule of docs/belastinghulp.md §3.

Runs on SQLite and PostgreSQL (the ``central``/``desk`` fixtures). :class:`Planner` builds the
ops the way a desk writes them; other planning test modules import it.
"""

from __future__ import annotations

import json
import uuid
from typing import Any

from kiosk.ids import new_id
from kiosk.protocol.planning import KINDS
from sync.central.payloads import KINDS as ALL_KINDS
from sync.central.planning.feed import TYPES

SEASON = "0190a000-0000-7000-8000-000000000001"
HELPER = "0190a000-0000-7000-8000-000000000002"
NAMESPACE = uuid.UUID("6f1c2a52-5b1e-4a8e-9d43-3c6f5f0e6a11")
# A whole, valid record of each reference type, as a desk's plan.upsert carries it.
RECORD_DATA: dict[str, dict[str, Any]] = {
    "season": {"name": "Belastinghulp 2027", "starts_on": "2027-03-01", "ends_on": "2027-05-01"},
    "partner": {"name": "Humanitas"},
    "helper": {"name": "Hulp Een", "partner_id": None, "topics": ["aangifte"], "active": True},
    "template": {
        "season_id": SEASON,
        "helper_id": HELPER,
        "weekday": 2,
        "starts": "10:00",
        "ends": "12:00",
        "slot_minutes": 30,
        "capacity": 1,
        "valid_from": None,
        "valid_to": None,
    },
    "closure": {"season_id": SEASON, "day": "2027-04-27", "reason": "Koningsdag"},
    "waiting": {
        "season_id": SEASON,
        "name": "W. Wachter",
        "phone": "0612345678",
        "email": None,
        "purpose": ["aangifte"],
        "remark": None,
        "position": 1,
        "created_at": "2027-03-01T09:00:00.000Z",
        "offered_slot_id": None,
        "done": None,
    },
}


def statuses(body: dict[str, Any]) -> list[tuple[str, str | None]]:
    return [(r["status"], r["code"]) for r in body["results"]]


class Planner:
    """Builds planning ops for one enrolled test desk (``conftest.Desk``)."""

    def __init__(self, desk: Any) -> None:
        self.desk = desk

    def basics(self) -> None:
        """Store the season and helper every slot names (once per desk), as a desk would first."""
        if getattr(self.desk, "planning_basics", False):
            return
        self.desk.planning_basics = True
        body = self.desk.send([self.record("season", SEASON)[1], self.record("helper", HELPER)[1]])
        assert {r["status"] for r in body["results"]} <= {"accepted", "duplicate"}, body

    def slot(
        self, day: str = "2027-03-02", starts: str = "10:00", capacity: int = 1, **more: Any
    ) -> tuple[str, dict[str, Any]]:
        self.basics()
        slot_id = str(uuid.uuid5(NAMESPACE, f"{SEASON}/{HELPER}/{day}/{starts}"))
        payload = {
            "slot_id": slot_id,
            "season_id": SEASON,
            "helper_id": HELPER,
            "day": day,
            "starts": starts,
            "ends": more.pop("ends", "10:30"),
            "capacity": capacity,
            "template_id": more.pop("template_id", None),
        }
        return slot_id, self.desk.op("slot.create", payload, slot_id, **more)

    def book(self, slot_id: str, name: str = "J. Jansen", **fields: Any) -> tuple[str, Any]:
        booking_id = fields.pop("booking_id", new_id())
        payload = {
            "booking_id": booking_id,
            "slot_id": slot_id,
            "name": name,
            "phone": "0612345678",
            "email": "j.jansen@example.nl",
            "purpose": ["aangifte"],
            "checklist": ["digid_zelf", "jaaropgaven"],
            "remark": "",
            "walk_in": False,
            "overbook_reason": None,
        }
        payload.update(fields)
        return booking_id, self.desk.op("booking.create", payload, booking_id)

    def update(self, booking_id: str, base_version: int | None = None, **fields: Any) -> Any:
        payload = {"booking_id": booking_id, "fields": fields}
        return self.desk.op("booking.update", payload, booking_id, base_version=base_version)

    def move(self, booking_id: str, slot_id: str, overbook_reason: str | None = None) -> Any:
        payload = {"booking_id": booking_id, "slot_id": slot_id, "overbook_reason": overbook_reason}
        return self.desk.op("booking.move", payload, booking_id)

    def cancel(self, booking_id: str, by: str = "Balie 1", base_version: int | None = None) -> Any:
        payload = {"booking_id": booking_id, "by": by, "reason": "belde af"}
        return self.desk.op("booking.cancel", payload, booking_id, base_version=base_version)

    def resolve(self, booking_id: str, action: str, **more: Any) -> Any:
        payload = {"booking_id": booking_id, "action": action, **more}
        return self.desk.op("booking.resolve", payload, booking_id)

    def slot_update(self, slot_id: str, **fields: Any) -> Any:
        return self.desk.op("slot.update", {"slot_id": slot_id, **fields}, slot_id)

    def record(
        self, record: str, record_id: str | None = None, deleted: bool = False, **changes: Any
    ) -> tuple[str, Any]:
        """A plan.upsert of a whole valid *record* (RECORD_DATA with *changes*)."""
        return self.upsert(record, {**RECORD_DATA[record], **changes}, record_id, deleted)

    def upsert(
        self, record: str, data: dict[str, Any], record_id: str | None = None, deleted: bool = False
    ) -> tuple[str, Any]:
        record_id = record_id or new_id()
        payload = {"record": record, "id": record_id, "data": data, "deleted": deleted}
        return record_id, self.desk.op("plan.upsert", payload, record_id)


def feed(desk: Any, types: tuple[str, ...] = TYPES) -> list[dict[str, Any]]:
    """Every planning change the desk's branch can pull, in feed order."""
    changes: list[dict[str, Any]] = []
    cursor = None
    while True:
        params: dict[str, Any] = {"limit": 500}
        if cursor:
            params["cursor"] = cursor
        page = desk.client.get("/v1/changes", params=params, headers=desk.headers).json()
        changes += [c for c in page["changes"] if c["type"] in types]
        cursor = page["next_cursor"]
        if not page["has_more"]:
            return changes


def latest(desk: Any, kind: str, entity_id: str) -> dict[str, Any]:
    """The newest change of one record on the feed."""
    return [c for c in feed(desk, (kind,)) if c["id"] == entity_id][-1]


# -- kinds and shapes ---------------------------------------------------------------------------


def test_planning_kinds_are_served_kinds():
    assert set(KINDS) <= set(ALL_KINDS)


def test_invalid_payloads_are_rejected_with_paths(central, desk):
    plan = Planner(desk)
    slot_id, create = plan.slot()
    bad_day = plan.slot(day="2027-02-30")[1]
    backwards = plan.slot(starts="11:00", ends="10:00")[1]
    _, unknown_code = plan.book(slot_id, purpose=["inkomstenbelasting"])
    _, no_name = plan.book(slot_id, name="")
    _, extra = plan.book(slot_id, colour="red")
    wrong_entity = plan.update(new_id(), name="X")
    wrong_entity["entity_id"] = new_id()
    desk.rehash(wrong_entity)
    no_reason = plan.resolve(new_id(), "overbook")
    body = desk.send(
        [create, bad_day, backwards, unknown_code, no_name, extra, wrong_entity, no_reason]
    )
    assert statuses(body)[0] == ("accepted", None)
    assert all(s == ("rejected", "validation_failed") for s in statuses(body)[1:])
    paths = [[e["path"] for e in r["errors"]] for r in body["results"][1:]]
    assert paths == [
        ["payload.day"],
        ["payload.ends"],
        ["payload.purpose"],
        ["payload.name"],
        ["payload.colour"],
        ["payload.booking_id"],
        ["payload.reason"],
    ]
    assert central.count("plan_booking") == 0
    assert central.count("rejection") == 7


# -- slots ----------------------------------------------------------------------------------------


def test_slot_create_is_idempotent_by_its_deterministic_id(central, desk):
    other = central.enroll(name="Balie 2")
    slot_id, first = Planner(desk).slot()
    _, same_slot = Planner(other).slot()
    assert same_slot["entity_id"] == slot_id
    assert statuses(desk.send([first])) == [("accepted", None)]
    assert statuses(other.send([same_slot])) == [("duplicate", "slot_exists")]
    assert statuses(desk.send([first])) == [("duplicate", None)]  # a replay of the op itself
    assert central.count("plan_slot") == 1
    [change] = feed(desk, ("slot",))
    assert change["id"] == slot_id and change["version"] == 1
    assert change["data"]["day"] == "2027-03-02" and change["data"]["sync"] == "confirmed"


def test_slot_update_rules(central, desk):
    plan = Planner(desk)
    slot_id, create = plan.slot(capacity=2)
    b1, book1 = plan.book(slot_id)
    b2, book2 = plan.book(slot_id)
    body = desk.send([create, book1, book2])
    assert statuses(body) == [("accepted", None)] * 3

    body = desk.send(
        [
            plan.slot_update(slot_id, starts="10:15", ends="10:45"),
            plan.slot_update(slot_id, capacity=1),
            plan.slot_update(slot_id, capacity=3, closed=True),
        ]
    )
    assert statuses(body) == [
        ("conflict", "slot_has_bookings"),
        ("conflict", "slot_capacity_below_bookings"),
        ("accepted", None),
    ]
    slot = latest(desk, "slot", slot_id)
    assert (slot["data"]["capacity"], slot["data"]["closed"], slot["data"]["starts"]) == (
        3,
        True,
        "10:00",
    )
    # Without bookings holding places, the time may move.
    desk.send([plan.cancel(b1), plan.cancel(b2)])
    assert statuses(desk.send([plan.slot_update(slot_id, starts="10:15", ends="10:45")])) == [
        ("accepted", None)
    ]
    assert latest(desk, "slot", slot_id)["data"]["starts"] == "10:15"


def test_ops_on_records_not_stored_yet_are_deferred(central, desk):
    plan = Planner(desk)
    slot_id, create = plan.slot()
    booking_id, book = plan.book(slot_id)
    body = desk.send(
        [book, plan.update(booking_id, name="X"), plan.slot_update(slot_id, closed=True)]
    )
    assert statuses(body) == [("deferred", "depends_on_pending")] * 3
    assert central.count("applied_op") == 2  # the season and the helper the slot names
    assert statuses(desk.send([create, book])) == [("accepted", None)] * 2


def test_ops_on_a_refused_record_conflict(central, desk):
    plan = Planner(desk)
    slot_id, create = plan.slot()
    booking_id, book = plan.book(slot_id, purpose=["onbekend"])
    body = desk.send([create, book, plan.update(booking_id, name="X")])
    assert statuses(body) == [
        ("accepted", None),
        ("rejected", "validation_failed"),
        ("conflict", "depends_on_conflicted"),
    ]
    assert statuses(desk.send([plan.cancel(booking_id)])) == [("conflict", "depends_on_conflicted")]


# -- bookings -----------------------------------------------------------------------------------


def test_full_and_closed_slots_store_the_booking_as_conflict(central, desk):
    plan = Planner(desk)
    slot_id, create = plan.slot(capacity=1)
    closed_id, create_closed = plan.slot(starts="11:00", ends="11:30")
    first, book1 = plan.book(slot_id)
    second, book2 = plan.book(slot_id, name="P. de Vries")
    over, book3 = plan.book(slot_id, name="K. Bakker", overbook_reason="spoed, helper akkoord")
    shut, book4 = plan.book(closed_id)
    body = desk.send(
        [create, create_closed, plan.slot_update(closed_id, closed=True), book1, book2, book3]
    )
    assert statuses(body) == [
        ("accepted", None),
        ("accepted", None),
        ("accepted", None),
        ("accepted", None),
        ("conflict", "slot_full"),
        ("accepted", None),
    ]
    assert statuses(desk.send([book4])) == [("conflict", "slot_closed")]
    rows = {r.id: r for r in central.table("plan_booking")}
    assert (rows[first].sync_state, rows[second].sync_state) == ("confirmed", "conflict")
    assert rows[second].conflict_code == "slot_full" and rows[second].name == "P. de Vries"
    assert rows[over].sync_state == "confirmed"
    assert rows[shut].conflict_code == "slot_closed"
    conflicts = {r.booking_id: r for r in central.table("plan_conflict")}
    assert set(conflicts) == {second, shut}
    assert conflicts[second].code == "slot_full" and conflicts[second].resolved_at is None
    assert conflicts[second].op_id == book2["op_id"]
    change = latest(desk, "booking", second)
    assert change["data"]["sync"] == "conflict" and change["data"]["conflict_code"] == "slot_full"
    assert change["data"]["name"] == "P. de Vries" and change["version"] == 1
    # A replay answers the same conflict and stores nothing twice.
    assert statuses(desk.send([book2])) == [("conflict", "slot_full")]
    assert central.count("plan_booking") == 4 and central.count("plan_conflict") == 2


def test_update_is_per_field_last_writer_by_receipt(central, desk):
    other = central.enroll(name="Balie 2")
    plan, plan2 = Planner(desk), Planner(other)
    slot_id, create = plan.slot()
    booking_id, book = plan.book(slot_id)
    desk.send([create, book])
    # Both edit on version 1; the server takes each field from the last op it received.
    desk.send([plan.update(booking_id, base_version=1, phone="0611111111", remark="eerste")])
    other.send([plan2.update(booking_id, base_version=1, remark="tweede", status="attended")])
    data = latest(desk, "booking", booking_id)
    assert (data["data"]["phone"], data["data"]["remark"], data["data"]["status"]) == (
        "0611111111",
        "tweede",
        "attended",
    )
    assert data["version"] == 3
    versions = [c["version"] for c in feed(desk, ("booking",)) if c["id"] == booking_id]
    assert versions == [1, 2, 3]


def test_cancel_beats_edit_and_move(central, desk):
    other = central.enroll(name="Balie 2")
    plan, plan2 = Planner(desk), Planner(other)
    slot_id, create = plan.slot()
    later_id, create_later = plan.slot(starts="11:00", ends="11:30")
    booking_id, book = plan.book(slot_id)
    desk.send([create, create_later, book])
    assert statuses(desk.send([plan.cancel(booking_id, base_version=1)])) == [("accepted", None)]
    body = other.send(
        [
            plan2.update(booking_id, base_version=1, remark="andere tijd"),
            plan2.move(booking_id, later_id),
            plan2.cancel(booking_id, by="Balie 2"),
        ]
    )
    assert statuses(body) == [
        ("conflict", "entity_cancelled"),
        ("conflict", "entity_cancelled"),
        ("accepted", None),  # a second cancel changes nothing
    ]
    change = latest(desk, "booking", booking_id)
    assert change["data"]["status"] == "cancelled" and change["data"]["remark"] == ""
    assert change["data"]["cancelled_by"] == "Balie 1"
    # The losing edit is kept as a dead letter (history keeps both).
    assert central.count("rejection", "WHERE code = 'entity_cancelled'") == 2


def test_move_checks_capacity_on_the_target(central, desk):
    plan = Planner(desk)
    slot_a, create_a = plan.slot(capacity=1)
    slot_b, create_b = plan.slot(starts="11:00", ends="11:30", capacity=1)
    one, book_one = plan.book(slot_a)
    two, book_two = plan.book(slot_b)
    desk.send([create_a, create_b, book_one, book_two])
    assert statuses(desk.send([plan.move(one, slot_b)])) == [("conflict", "slot_full")]
    change = latest(desk, "booking", one)
    assert change["data"]["slot_id"] == slot_b and change["data"]["sync"] == "conflict"
    # Its old place is free now: the other booking can move there; then it fits back.
    assert statuses(desk.send([plan.move(two, slot_a)])) == [("accepted", None)]
    assert statuses(desk.send([plan.resolve(one, "move", slot_id=slot_b)])) == [("accepted", None)]
    [conflict] = central.table("plan_conflict")
    assert conflict.resolution == "move" and conflict.resolved_at is not None


def test_resolve_overbook_move_and_cancel(central, desk):
    plan = Planner(desk)
    slot_id, create = plan.slot(capacity=1)
    free_id, create_free = plan.slot(starts="12:00", ends="12:30")
    full_id, create_full = plan.slot(starts="13:00", ends="13:30")
    _, holder = plan.book(slot_id)
    _, full_holder = plan.book(full_id)
    a, book_a = plan.book(slot_id, name="A")
    b, book_b = plan.book(slot_id, name="B")
    c, book_c = plan.book(slot_id, name="C")
    body = desk.send(
        [create, create_free, create_full, holder, full_holder, book_a, book_b, book_c]
    )
    assert [s for s, _ in statuses(body)[5:]] == ["conflict"] * 3
    assert central.branch_stats()["open_conflicts"] == 3

    body = desk.send(
        [
            plan.resolve(a, "overbook", reason="helper blijft langer"),
            plan.resolve(b, "move", slot_id=full_id),  # still no place: stays in conflict
            plan.resolve(b, "move", slot_id=free_id),
            plan.resolve(c, "cancel"),
            plan.resolve(a, "overbook", reason="nog eens"),  # another desk was first
        ]
    )
    assert statuses(body) == [
        ("accepted", None),
        ("conflict", "slot_full"),
        ("accepted", None),
        ("accepted", None),
        ("conflict", "already_resolved"),
    ]
    rows = {r.id: r for r in central.table("plan_booking")}
    assert (rows[a].sync_state, rows[a].overbook_reason) == ("confirmed", "helper blijft langer")
    assert (rows[b].sync_state, rows[b].slot_id) == ("confirmed", free_id)
    assert rows[c].status == "cancelled"
    resolutions = {r.booking_id: r.resolution for r in central.table("plan_conflict")}
    assert resolutions == {a: "overbook", b: "move", c: "cancel"}
    assert central.branch_stats()["open_conflicts"] == 0  # resolved ones are not open
    assert all(
        c["data"]["sync"] == "confirmed" for c in (latest(desk, "booking", x) for x in (a, b, c))
    )


def test_cancel_ends_an_open_conflict(central, desk):
    plan = Planner(desk)
    slot_id, create = plan.slot(capacity=1)
    _, holder = plan.book(slot_id)
    loser, book = plan.book(slot_id)
    desk.send([create, holder, book])
    assert statuses(desk.send([plan.cancel(loser)])) == [("accepted", None)]
    [conflict] = central.table("plan_conflict")
    assert conflict.resolution == "cancel"
    assert latest(desk, "booking", loser)["data"]["sync"] == "confirmed"


# -- reference records and dedup ----------------------------------------------------------------


def test_plan_upsert_is_last_writer_wins_with_versions(central, desk):
    other = central.enroll(name="Balie 2")
    plan, plan2 = Planner(desk), Planner(other)
    season_id, first = plan.upsert(
        "season", {"name": "Belastinghulp 2027", "starts_on": "2027-03-01", "ends_on": "2027-05-01"}
    )
    desk.send([first])
    _, second = plan2.upsert(
        "season",
        {"name": "Belastinghulp '27", "starts_on": "2027-03-01", "ends_on": "2027-04-30"},
        season_id,
    )
    other.send([second])
    _, gone = plan.record("season", season_id, deleted=True, name="weg")
    desk.send([gone])
    changes = [c for c in feed(desk, ("season",)) if c["id"] == season_id]
    assert [c["version"] for c in changes] == [1, 2, 3]
    assert changes[1]["data"]["name"] == "Belastinghulp '27"
    assert changes[2]["deleted"] is True and changes[2]["data"]["deleted"] is True
    [row] = central.table("plan_record")
    assert (row.version, row.deleted, row.record) == (3, True, "season")
    # Another record type under the same id is refused.
    _, clash = plan.record("partner", season_id)
    assert statuses(desk.send([clash])) == [("rejected", "validation_failed")]


def test_every_record_type_reaches_the_feed(central, desk):
    plan = Planner(desk)
    ops = [
        plan.record(record, {"season": SEASON, "helper": HELPER}.get(record))[1]
        for record in ("season", "partner", "helper", "template", "closure", "waiting")
    ]
    assert statuses(desk.send(ops)) == [("accepted", None)] * 6
    assert [c["type"] for c in feed(desk)] == [
        "season",
        "partner",
        "helper",
        "template",
        "closure",
        "waiting",
    ]


def test_op_id_reuse_and_seq_reuse_are_rejected(central, desk):
    plan = Planner(desk)
    slot_id, create = plan.slot()
    booking_id, book = plan.book(slot_id)
    desk.send([create, book])
    tampered = json.loads(json.dumps(book))
    tampered["payload"]["name"] = "Iemand anders"
    desk.rehash(tampered)
    other_op = plan.update(booking_id, remark="x")
    other_op["local_seq"] = book["local_seq"]
    body = desk.send([tampered, other_op])
    assert statuses(body) == [("rejected", "op_id_reused"), ("rejected", "device_seq_reused")]
    [row] = central.table("plan_booking")
    assert row.name == "J. Jansen" and row.remark == ""
    # The batch's ops are applied in local_seq order, whatever their order in the body.
    slot2, create2 = plan.slot(starts="14:00", ends="14:30")
    _, late_book = plan.book(slot2)
    body = desk.send([late_book, create2])
    assert statuses(body) == [("accepted", None), ("accepted", None)]


def test_visits_and_planning_ops_share_a_batch(central, desk):
    plan = Planner(desk)
    slot_id, create = plan.slot()
    _, book = plan.book(slot_id)
    body = desk.send([desk.visit(), create, desk.visit(), book])
    assert [s for s, _ in statuses(body)] == ["accepted"] * 4
    seqs = [r["server_seq"] for r in body["results"]]
    assert len(set(seqs)) == 4
    assert central.branch_stats()["visits"] == 2
    ack = desk.client.get("/v1/devices/me/ack-state", headers=desk.headers).json()
    assert ack["max_contiguous_local_seq"] == 6  # after the season and the helper
    assert body["branch_change_seq"] == feed(desk)[-1]["change_seq"]


def test_another_branch_cannot_touch_the_records(central, desk):
    central.add_branch("b2")
    stranger = central.enroll("b2", name="Elders")
    plan = Planner(desk)
    slot_id, create = plan.slot()
    booking_id, book = plan.book(slot_id)
    desk.send([create, book])
    theirs = Planner(stranger)
    _, their_book = theirs.book(slot_id)
    body = stranger.send([their_book, theirs.cancel(booking_id)])
    assert statuses(body) == [("rejected", "branch_forbidden")] * 2
    assert feed(stranger) == []
