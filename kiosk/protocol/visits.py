"""The payloads of the visit ops: a visit recorded or corrected, and a visit declared void.

The desk builds every visit op's payload with these models (``kiosk.registration``), so a
member added here is a member the desk sends, or a save that fails a test until the desk
fills it; the server validates every visit op with the same models and then checks the codes
against the catalogue version the visit names (:mod:`kiosk.protocol.visit_rules`).
Unknown members are refused (``extra="forbid"``): a payload is exactly this shape.

A new member of :class:`VisitPayload` reaches the server's ``visit`` table by its name: the
server stores every member its table has a column of the same name for
(``sync.central.visits.VISIT_SENT``; a test refuses a member with neither a column nor a
reason to leave it out), so on the server it is a column and a migration. On the desk the
form gives it under the same name (``kiosk.visits.VisitInput`` and ``ValidVisit``, filled by
the visit panel's ``answers()``), and the desk's ``visit`` table keeps it in its JSON
``answers`` column (no desk column or migration, unless the desk must query it in SQL), so a
repeated or corrected visit has it back. An optional answer gets a default of ``None`` and is
sent only once a desk fills it (payloads leave members at their defaults out), so what older
desks send stays valid and a server without the member still takes a visit that leaves it out.
"""

from __future__ import annotations

from typing import Annotated, Final, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictInt, StrictStr

from kiosk.protocol.fields import MAX_INT, Code, Moment, Offset, Uuid
from kiosk.protocol.kinds import VISIT_CORRECTED, VISIT_RECORDED, VISIT_VOIDED
from kiosk.protocol.limits import MAX_NOTE, MAX_QUESTIONS, MAX_VOID_REASON
from kiosk.protocol.visit_rules import MODES as MODES  # a test holds Mode to it
from kiosk.protocol.visit_rules import SOURCES as SOURCES  # and Source to this

Mode = Literal["counter", "walking"]
Source = Literal["live", "tally", "correction"]


class _Payload(BaseModel):
    model_config = ConfigDict(extra="forbid")


class QuestionPayload(_Payload):
    """One question of a visit; ``position`` counts from 1 in the order asked."""

    question_id: Uuid
    position: Annotated[StrictInt, Field(ge=1, le=MAX_QUESTIONS)]
    kind: Code
    organisation: Code
    topic: Code
    digid_followup: Code | None
    help: list[Code]
    referral: list[Code]
    note: Annotated[StrictStr, Field(max_length=MAX_NOTE)] | None


class VisitPayload(_Payload):
    """A recorded or corrected visit (``visit.recorded``, ``visit.corrected``)."""

    visit_id: Uuid
    desk_id: Code
    location_id: Code
    occurred_at: Moment
    occurred_offset: Offset
    recorded_at: Moment
    recorded_offset: Offset
    channel: Code
    duration: Code
    mode: Mode
    source: Source
    catalogue_version: Annotated[StrictInt, Field(ge=1, le=MAX_INT)]
    corrects: Uuid | None
    questions: Annotated[list[QuestionPayload], Field(min_length=1, max_length=MAX_QUESTIONS)]


class VoidPayload(_Payload):
    """A visit declared void (``visit.voided``)."""

    visit_id: Uuid
    reason: Annotated[StrictStr, Field(max_length=MAX_VOID_REASON)]
    desk_id: Code
    recorded_at: Moment
    recorded_offset: Offset


#: Members of a visit payload the desk fills in itself when it stores the visit: ids, moments,
#: where, how it came about. Every other member comes from the checked form
#: (``kiosk.visits.ValidVisit``) under the same name: the clerk's answers and the catalogue
#: version they were checked against.
VISIT_STAMPS: Final = frozenset(
    {
        "visit_id",
        "desk_id",
        "location_id",
        "occurred_at",
        "occurred_offset",
        "recorded_at",
        "recorded_offset",
        "source",
        "corrects",
        "questions",
    }
)
VISIT_ANSWERS: Final = tuple(n for n in VisitPayload.model_fields if n not in VISIT_STAMPS)
#: Of those, the ones the clerk answers on the form (``kiosk.visits.VisitInput`` has each).
CLERK_ANSWERS: Final = tuple(n for n in VISIT_ANSWERS if n != "catalogue_version")
#: Likewise for a question: its id and position are the desk's, the rest is the clerk's
#: (``kiosk.visits.ValidQuestion``).
QUESTION_STAMPS: Final = frozenset({"question_id", "position"})
QUESTION_ANSWERS: Final = tuple(n for n in QuestionPayload.model_fields if n not in QUESTION_STAMPS)

#: The payload model of each visit kind.
PAYLOADS: Final[dict[str, type[VisitPayload] | type[VoidPayload]]] = {
    VISIT_RECORDED: VisitPayload,
    VISIT_CORRECTED: VisitPayload,
    VISIT_VOIDED: VoidPayload,
}
