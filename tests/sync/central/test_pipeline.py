"""The operation pipeline: one core for every op kind, a handler per kind registered in one place.

A kind nobody registered waits (``deferred unsupported_kind``). Registered with a handler of a
few lines, it gets everything the core does for every kind: a replay answered with the first
answer, other content under a stored op_id refused, ``local_seq`` ownership, the
``applied_op`` row, dead letters, and nothing left of a deferred op.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, Literal

import pytest
from pydantic import BaseModel, ConfigDict, ValidationError

from kiosk.catalogue import CatalogueSet
from kiosk.ids import new_id
from kiosk.protocol.batch import OpHeader
from kiosk.protocol.errors import Errors, validation_errors
from kiosk.protocol.kinds import KINDS, PLANNING_KINDS
from sync.central.pipeline import registry
from sync.central.pipeline.handler import Handler
from sync.central.pipeline.ops import Incoming, Result, result
from sync.central.pipeline.registry import REGISTRY, Registry
from sync.central.planning.handler import PlanningHandler
from sync.central.visits import VisitHandler

NOTE = "note.recorded"


class NotePayload(BaseModel):
    """A made-up payload, as the contract would hold it."""

    model_config = ConfigDict(extra="forbid")

    note_id: str
    text: Literal["ok", "clash", "later"]


class NoteHandler(Handler):
    """A made-up kind's handler: accepts, or conflicts or waits when the note says so."""

    kinds = frozenset({NOTE})

    @classmethod
    def check(cls, op: Incoming, header: OpHeader, catalogues: CatalogueSet) -> Errors:
        try:
            op.payload = NotePayload.model_validate(header.payload)
        except ValidationError as exc:
            return validation_errors(exc.errors(), "payload")
        return []

    def apply(self, op: Incoming) -> Result:
        assert isinstance(op.payload, NotePayload)
        if op.payload.text == "later":
            return result(op.op_id, "deferred", "depends_on_pending")
        if op.payload.text == "clash":
            return result(op.op_id, "conflict", "note_clash")
        return result(op.op_id, "accepted", server_seq=self.batch.next_seq())


@pytest.fixture
def with_notes(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(registry, "REGISTRY", Registry(*REGISTRY.handlers, NoteHandler))
    yield


def note(desk: Any, text: str = "ok") -> dict[str, Any]:
    note_id = new_id()
    return desk.op(NOTE, {"note_id": note_id, "text": text}, note_id)


def statuses(body: dict[str, Any]) -> list[tuple[str, str | None]]:
    return [(r["status"], r["code"]) for r in body["results"]]


def test_every_kind_of_the_contract_has_its_handler():
    assert REGISTRY.kinds == frozenset(KINDS)
    assert REGISTRY.handler_for("visit.voided") is VisitHandler
    assert {REGISTRY.handler_for(kind) for kind in PLANNING_KINDS} == {PlanningHandler}
    assert REGISTRY.handler_for(NOTE) is None


def test_a_kind_has_one_handler():
    class Twice(NoteHandler):
        kinds = frozenset({NOTE, "visit.recorded"})

    with pytest.raises(ValueError, match=r"visit\.recorded is taken by VisitHandler and Twice"):
        Registry(VisitHandler, Twice)


def test_an_unregistered_kind_waits(central, desk):
    body = desk.send([note(desk)])
    assert statuses(body) == [("deferred", "unsupported_kind")]
    assert central.count("applied_op") == 0


def test_a_registered_kind_gets_the_core_rules(central, desk, with_notes):
    first, clash = note(desk), note(desk, "clash")
    body = desk.send([first, clash, note(desk, "later")])
    assert statuses(body) == [
        ("accepted", None),
        ("conflict", "note_clash"),
        ("deferred", "depends_on_pending"),
    ]
    kinds = [(r.kind, r.status) for r in central.table("applied_op")]
    assert sorted(kinds) == [(NOTE, "accepted"), (NOTE, "conflict")]  # deferred: no trace
    assert [r.code for r in central.table("rejection")] == ["note_clash"]

    # A resend: the first answers again, the stored record unchanged.
    again = desk.send([first, clash])
    assert statuses(again) == [("duplicate", None), ("conflict", "note_clash")]
    assert again["results"][0]["server_seq"] == body["results"][0]["server_seq"]
    # Other content under a stored op_id; another op under a stored local_seq.
    reused = dict(first, payload={"note_id": first["entity_id"], "text": "clash"})
    desk.rehash(reused)
    seq_taken = dict(note(desk), local_seq=first["local_seq"])
    assert statuses(desk.send([reused, seq_taken])) == [
        ("rejected", "op_id_reused"),
        ("rejected", "device_seq_reused"),
    ]
    assert central.count("applied_op") == 2
    assert central.count("rejection") == 3
    # A malformed payload is refused by the handler's check, before the transaction.
    broken = desk.op(NOTE, {"note_id": "x", "text": "nonsense"}, "x")
    body = desk.send([broken])
    assert statuses(body) == [("rejected", "validation_failed")]
    assert body["results"][0]["errors"][0]["path"] == "payload.text"


def test_handlers_take_their_ops_in_registry_order(central, desk, with_notes):
    early = note(desk)
    visit = desk.visit()
    body = desk.send([visit, early])
    seqs = {r["op_id"]: r["server_seq"] for r in body["results"]}
    assert seqs[visit["op_id"]] < seqs[early["op_id"]]  # visits first, whatever local_seq says


def test_a_stored_op_and_a_reuse_of_its_id_in_one_batch(central, desk):
    """The stored content answers duplicate wherever it comes; other content is a reuse."""
    op = desk.visit()
    first = desk.send([op])["results"][0]
    other = dict(op, payload={**op["payload"], "duration": "lt5"})
    desk.rehash(other)
    body = desk.send([other, dict(op)])
    assert statuses(body) == [("rejected", "op_id_reused"), ("duplicate", None)]
    assert body["results"][1]["server_seq"] == first["server_seq"]
    assert central.count("visit") == 1
