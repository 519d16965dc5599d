"""The inbox for IT staff: `ido-central dead-letters` and `ido-central conflicts`."""

from __future__ import annotations

import json

from sync.central.cli import main
from tests.sync.central.test_central_planning import Planner, statuses


def test_dead_letters_and_conflicts_list_what_went_wrong_without_contact_details(
    central, desk, database_url, capsys
):
    bad = desk.visit(channel="telepathy")
    plan = Planner(desk)
    slot_id, create = plan.slot(capacity=1)
    _, holder = plan.book(slot_id, name="Eerste Boeker")
    loser, late = plan.book(slot_id, name="Tweede Boeker")
    body = desk.send([bad, create, holder, late])
    assert statuses(body) == [
        ("rejected", "validation_failed"),
        ("accepted", None),
        ("accepted", None),
        ("conflict", "slot_full"),
    ]

    base = ["--database-url", database_url]
    capsys.readouterr()
    assert main([*base, "dead-letters", "--json"]) == 0
    letters = json.loads(capsys.readouterr().out)
    assert [(x["kind"], x["status"], x["code"]) for x in letters] == [
        ("booking.create", "conflict", "slot_full"),
        ("visit.recorded", "rejected", "validation_failed"),
    ]
    assert letters[1]["errors"] and letters[1]["op_id"] == bad["op_id"]

    assert main([*base, "conflicts", "--json"]) == 0
    [conflict] = json.loads(capsys.readouterr().out)
    assert (conflict["booking_id"], conflict["code"], conflict["slot_day"]) == (
        loser,
        "slot_full",
        "2027-03-02",
    )
    assert conflict["slot_starts"] == "10:00" and conflict["resolved_at"] is None

    assert main([*base, "conflicts"]) == 0
    table = capsys.readouterr().out
    assert "slot_full" in table and loser in table
    assert main([*base, "dead-letters", "--branch", "b1"]) == 0
    assert "Tweede Boeker" not in capsys.readouterr().out  # never the contact details

    # Resolved conflicts leave the open list and stay in the full one.
    assert statuses(desk.send([plan.resolve(loser, "cancel")])) == [("accepted", None)]
    assert main([*base, "conflicts", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert main([*base, "conflicts", "--all", "--json"]) == 0
    [resolved] = json.loads(capsys.readouterr().out)
    assert resolved["resolution"] == "cancel" and resolved["resolved_at"]
    assert main([*base, "dead-letters", "--branch", "elders", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
