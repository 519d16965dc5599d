"""Redacted planning ops (docs/sync-v1.md, "Redacted ops"), on SQLite and PostgreSQL.

A desk's retention purge clears the contact details of ops it has not sent yet (or whose
answer it never heard) and marks them ``"redacted": true``: one the server never stored is
applied (a booking without a name is stored purged and counts), one it stored is answered as
that op, and nothing else gets past the usual checks.
"""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

from kiosk.planning.purge import redact
from tests.sync.central.test_central_planning import Planner, latest, statuses

ACCEPTED = ("accepted", None)
REUSED = ("rejected", "op_id_reused")


def redacted(desk: Any, op: dict[str, Any], *, mark: bool = True) -> dict[str, Any]:
    """*op* as the desk's purge leaves it: contact fields null, new hash, marked."""
    copy = json.loads(json.dumps(op))
    copy["payload"] = redact(copy["payload"])
    if mark:
        copy["redacted"] = True
    return desk.rehash(copy)


def by_status(central: Any) -> Counter[str]:
    return Counter(row.status for row in central.table("plan_booking"))


def test_redacted_bookings_never_stored_are_stored_purged_and_counted(central, desk):
    plan = Planner(desk)
    slot_id, create = plan.slot(capacity=3)
    ids, books = zip(*(plan.book(slot_id, name=f"Burger {n}") for n in range(3)), strict=True)
    body = desk.send([create, *(redacted(desk, book) for book in books)])
    assert statuses(body) == [ACCEPTED] * 4

    # Each counts like any booking: came, did not come.
    came = plan.update(ids[1], status="attended")
    # A redacted update: its null name is allowed, and its contact fields change nothing.
    gone = redacted(desk, plan.update(ids[2], name="Iemand", phone="0611111111", status="no_show"))
    assert statuses(desk.send([came, gone])) == [ACCEPTED, ACCEPTED]

    assert by_status(central) == {"booked": 1, "attended": 1, "no_show": 1}
    for row in central.table("plan_booking"):
        assert (row.name, row.phone, row.email, row.remark) == (None, None, None, None)
        assert row.purged_at is not None and row.purpose == ["aangifte"]
        assert row.sync_state == "confirmed"
    assert central.count("rejection") == 0
    change = latest(desk, "booking", ids[2])
    assert change["data"]["name"] is None and change["data"]["status"] == "no_show"
    assert change["data"]["purged_at"] is not None
    # Three places held: the slot is full for the next one.
    _, fourth = plan.book(slot_id)
    assert statuses(desk.send([fourth])) == [("conflict", "slot_full")]


def test_a_null_name_needs_the_redacted_mark_and_every_contact_field_null(central, desk):
    plan = Planner(desk)
    slot_id, create = plan.slot(capacity=5)
    desk.send([create])
    _, unmarked = plan.book(slot_id)
    unmarked = redacted(desk, unmarked, mark=False)
    _, half = plan.book(slot_id, name=None)  # marked, but the phone is still there
    half["redacted"] = True
    desk.rehash(half)
    _, not_a_bool = plan.book(slot_id)
    not_a_bool = redacted(desk, not_a_bool)
    not_a_bool["redacted"] = "ja"
    booking_id, named = plan.book(slot_id, name="Met Naam")
    named["redacted"] = True  # the mark changes nothing for a booking that has its details
    body = desk.send([unmarked, half, not_a_bool, named])

    assert statuses(body) == [("rejected", "validation_failed")] * 3 + [ACCEPTED]
    paths = [[e["path"] for e in r["errors"]] for r in body["results"][:3]]
    assert paths == [["payload.name"], ["payload.name"], ["redacted"]]
    [row] = central.table("plan_booking")
    assert (row.id, row.name, row.purged_at) == (booking_id, "Met Naam", None)
    # Without the mark a booking keeps its name, in an update too.
    unmarked_update = redacted(desk, plan.update(booking_id, name="X"), mark=False)
    assert statuses(desk.send([unmarked_update])) == [("rejected", "validation_failed")]


def test_a_redacted_resend_of_a_stored_op_is_answered_as_that_op(central, desk):
    plan = Planner(desk)
    slot_id, create = plan.slot(capacity=1)
    booking_id, book = plan.book(slot_id, remark="Komt met dochter")
    _, lost = plan.book(slot_id, name="Te Laat")  # the slot is full: stored as conflict
    edit = plan.update(booking_id, phone="0687654321", remark="Neemt partner mee")
    entry_id, wait = plan.upsert(
        "waiting",
        {
            "season_id": "0190a000-0000-7000-8000-000000000001",
            "name": "W. Wachtend",
            "phone": "0600000000",
            "email": None,
            "purpose": ["aangifte"],
            "remark": None,
            "position": 1,
            "created_at": "2026-11-27T09:00:00.000Z",
            "offered_slot_id": None,
            "done": None,
            "purged_at": None,
        },
    )
    first = desk.send([create, book, lost, edit, wait])
    assert statuses(first) == [ACCEPTED, ACCEPTED, ("conflict", "slot_full"), ACCEPTED, ACCEPTED]
    stored = {r.id: (r.name, r.phone, r.remark, r.version) for r in central.table("plan_booking")}
    [record] = [r for r in central.table("plan_record") if r.id == entry_id]
    letters = central.count("rejection")

    # The answer was lost; the desk purged them before sending them again.
    again = desk.send([redacted(desk, op) for op in (book, lost, edit, wait)])

    assert statuses(again) == [
        ("duplicate", None),
        ("conflict", "slot_full"),  # the stored answer, as it was
        ("duplicate", None),
        ("duplicate", None),
    ]
    seqs = [r["server_seq"] for r in again["results"]]
    assert seqs == [r["server_seq"] for r in first["results"][1:]]
    # Nothing stored changed: the server purges its own copy at its retention.
    assert {
        r.id: (r.name, r.phone, r.remark, r.version) for r in central.table("plan_booking")
    } == stored
    [after] = [r for r in central.table("plan_record") if r.id == entry_id]
    assert (after.data, after.version) == (record.data, record.version)
    assert central.count("rejection") == letters


def test_other_content_under_a_stored_op_id_is_still_reuse(central, desk):
    plan = Planner(desk)
    slot_id, create = plan.slot()
    booking_id, book = plan.book(slot_id)
    desk.send([create, book])
    other_desk = central.enroll(name="Balie 2")

    unmarked = redacted(desk, book, mark=False)
    renamed = json.loads(json.dumps(book))
    renamed["payload"]["name"] = "Iemand Anders"
    renamed["redacted"] = True
    desk.rehash(renamed)
    moved = redacted(desk, book)  # another record under the same op_id
    moved["entity_id"] = moved["payload"]["booking_id"] = "0190a000-0000-7000-8000-0000000000ff"
    desk.rehash(moved)
    # No contact field to clear: a slot.create is never a redaction.
    reslot = json.loads(json.dumps(create))
    reslot["payload"]["capacity"] = 2
    reslot["redacted"] = True
    desk.rehash(reslot)
    body = desk.send([unmarked, renamed, moved, reslot])
    assert statuses(body) == [REUSED] * 4

    # Another device's redacted copy of this desk's op is no resend either.
    theirs = redacted(desk, book)
    theirs["local_seq"] = 1
    assert statuses(other_desk.send([theirs])) == [REUSED]
    [row] = central.table("plan_booking")
    assert (row.id, row.name, row.purged_at) == (booking_id, "J. Jansen", None)
