"""Ops straight from a real desk's outbox are accepted, and the server counts like the desk."""

from __future__ import annotations

import json

from sqlalchemy import text

from kiosk.locations import demo_location


def outbox_ops(kiosk_app):
    """The desk's outbox rows as the sync client sends them (docs/sync-v1.md)."""
    with kiosk_app.db.read() as session:
        rows = session.execute(text("SELECT * FROM outbox ORDER BY local_seq")).all()
    return [
        {
            "op_id": r.op_id,
            "local_seq": r.local_seq,
            "kind": r.kind,
            "schema": r.schema_ver,
            "entity_id": r.entity_id,
            "base_version": r.base_version,
            "occurred_at_device": r.occurred_at,
            "payload": json.loads(r.payload),
            "sha256": r.payload_sha256,
        }
        for r in rows
    ]


def test_a_desks_day_lands_with_the_same_counts(central, desk, kiosk_app, make_visit, question):
    info = kiosk_app.locations.create(demo_location())
    registration = kiosk_app.registration
    ids = list(registration.record(info.desk_id, make_visit(count=3)).visit_ids)
    digid = question(
        topic="digid_aanvragen",
        organisation="logius",
        digid_followup="aangevraagd",
        help=("samen_gedaan", "doorverwezen"),
        referral=("dienstverlener",),
        note="Volgende week terug",
    )
    library = question(topic="bieb_pas", organisation=None)
    ids += registration.record(info.desk_id, make_visit(digid, library, channel="phone")).visit_ids
    registration.correct(info.desk_id, ids[0], make_visit(library))
    registration.void(info.desk_id, ids[1], "dubbel ingevoerd")
    day = registration.day(info.desk_id)

    ops = outbox_ops(kiosk_app)
    assert [op["kind"] for op in ops] == ["visit.recorded"] * 4 + [
        "visit.corrected",
        "visit.voided",
    ]
    body = desk.send(ops)
    assert {r["status"] for r in body["results"]} == {"accepted"}, body["results"]
    stats = central.branch_stats()
    assert (stats["visits"], stats["questions"]) == (day.visits, day.questions) == (3, 4)
    # Free-text notes stay at the desk: the server keeps codes only.
    assert "Volgende week" not in json.dumps(
        [list(r) for r in central.rows("SELECT * FROM question")]
    )
