"""A stored visit holds what the desk sent, under the contract's names, and nothing is lost.

The server's visit and question rows take every member of the payload that the table has a
column of the same name for (``sync.central.visits.VISIT_SENT``): a new member of the contract
needs a column and a migration, no code that copies it. These tests hold each member to a
column or to the short list of members the server leaves out on purpose, and each column to a
value.
"""

from __future__ import annotations

import json
from datetime import timedelta
from types import SimpleNamespace
from typing import Any

from kiosk.protocol.visits import QuestionPayload, VisitPayload
from sync.central.tables import question, visit
from sync.central.visits import (
    QUESTION_CODE_LISTS,
    QUESTION_NOT_STORED,
    QUESTION_SENT,
    VISIT_NOT_STORED,
    VISIT_SENT,
    VisitHandler,
    _question_row,
)
from tests.sync.central.conftest import START, visit_payload


def columns(table: Any) -> set[str]:
    return {c.name for c in table.columns}


def test_every_member_of_a_visit_is_a_column_or_left_out_on_purpose():
    members = set(VisitPayload.model_fields)
    assert members - set(VISIT_SENT) == VISIT_NOT_STORED, (
        "a visit member without a column of its name: add the column to sync/central/tables.py "
        "and a migration, or list it in VISIT_NOT_STORED"
    )
    assert not VISIT_NOT_STORED & columns(visit)
    members = set(QuestionPayload.model_fields)
    assert members - set(QUESTION_SENT) == QUESTION_NOT_STORED
    assert not QUESTION_NOT_STORED & columns(question)
    assert QUESTION_CODE_LISTS == ("help", "referral")


def test_a_visit_row_fills_every_column_and_a_question_row_too():
    payload = VisitPayload.model_validate(
        visit_payload("0193a1f0-7c2e-7a41-9b1e-3f6d2c8e5a01", START)
    )
    handler = VisitHandler.__new__(VisitHandler)  # only what a row needs: who sent it
    handler.ctx = SimpleNamespace(branch_id="b1", device_id="d1", skew=timedelta(seconds=3))
    op = SimpleNamespace(op_id="0193a1f0-7c2f-7b00-a000-000000000c01")
    row = handler._visit_row(op, payload)  # type: ignore[arg-type]
    assert set(row) == columns(visit)
    assert {n: row[n] for n in VISIT_SENT} == {n: getattr(payload, n) for n in VISIT_SENT}
    assert row["occurred_at_corrected"] == payload.occurred_at - timedelta(seconds=3)
    [asked] = payload.questions
    row = _question_row(payload.visit_id, asked)
    assert set(row) == columns(question)
    assert json.loads(row["help"]) == asked.help and json.loads(row["referral"]) == asked.referral


def test_a_stored_visit_holds_what_the_desk_sent(central, desk):
    original = desk.visit(channel="phone", duration="lt5", mode="walking")
    correction = desk.correction(original["entity_id"])
    body = desk.send([original, correction])
    assert [r["status"] for r in body["results"]] == ["accepted", "accepted"]
    stored = {r.visit_id: r for r in central.table("visit")}
    questions = {r.question_id: r for r in central.table("question")}
    for op in (original, correction):
        sent = VisitPayload.model_validate(op["payload"])
        row = stored[sent.visit_id]._mapping
        assert {n: row[n] for n in VISIT_SENT} == {n: getattr(sent, n) for n in VISIT_SENT}
        for asked in sent.questions:
            kept = questions[asked.question_id]._mapping
            for name in QUESTION_SENT:
                value = json.loads(kept[name]) if name in QUESTION_CODE_LISTS else kept[name]
                assert value == getattr(asked, name), name
