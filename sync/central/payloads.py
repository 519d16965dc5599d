"""The shapes of a batch: envelope, op header and the v1 payloads, with their validation.

Pydantic checks the structure (``model_validate``); :func:`check_visit` then checks the codes
against the catalogue version the visit names, with the desk's rules (``kiosk/visits.py``)
minus anything that depends on the clock: a desk whose clock is days off must not lose data.
Every problem comes back as ``{"path", "msg"}`` so the desk can show where.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Annotated, Any, Literal

import orjson
from pydantic import (
    AwareDatetime,
    BaseModel,
    ConfigDict,
    Field,
    InstanceOf,
    StrictBool,
    StrictInt,
    StrictStr,
)

from kiosk.catalogue import Catalogue, CatalogueSet
from kiosk.protocol.errors import Errors
from kiosk.protocol.fields import MAX_BIGINT, MAX_INT, UUID_PATTERN, Code

Uuid = Annotated[StrictStr, Field(pattern=UUID_PATTERN)]
Offset = Annotated[StrictInt, Field(ge=-18 * 60, le=18 * 60)]  # minutes east of UTC
BigInt = Annotated[StrictInt, Field(ge=1, le=MAX_BIGINT)]  # fits a BIGINT column
EARLIEST = datetime(2000, 1, 1, tzinfo=UTC)
LATEST = datetime(2200, 1, 1, tzinfo=UTC)


# Days or years of skew are data; a moment outside any real clock's range is garbage (and
# would overflow when the skew is subtracted). Bounds checked by pydantic-core itself.
Moment = Annotated[AwareDatetime, Field(ge=EARLIEST, le=LATEST)]
KINDS = (
    "visit.recorded",
    "visit.corrected",
    "visit.voided",
    # Belastinghulp planning (docs/belastinghulp.md §3; sync/central/planning_payloads.py)
    "plan.upsert",
    "slot.create",
    "slot.update",
    "booking.create",
    "booking.update",
    "booking.move",
    "booking.cancel",
    "booking.resolve",
)
SCHEMA = 1
MAX_QUESTIONS = 20
MAX_NOTE = 280
MAX_VOID_REASON = 200
NOT_APPLICABLE = "nvt"
DIGITAL_GOVERNMENT = "digital_government"
REFERRED = "doorverwezen"


# The standard library's form of canonical JSON, as the desk writes it (kiosk.outbox).
_CANONICAL = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def canonical_json(payload: Any) -> str:
    """Serialise like ``kiosk.outbox.canonical_json`` (a test holds the two equal)."""
    return _CANONICAL.encode(payload)


def canonical_bytes(payload: Any) -> bytes:
    """UTF-8 bytes of :func:`canonical_json`, made by orjson (ten times faster).

    For what a desk writes (objects, text, integers, booleans, null) orjson's sorted compact
    output is byte for byte the standard library's; tests hold the two equal. What orjson
    can't serialise (an integer beyond 64 bits, text with a lone surrogate) takes the
    standard library, which raises ``UnicodeEncodeError`` for the latter as before.
    """
    try:
        return orjson.dumps(payload, option=orjson.OPT_SORT_KEYS)
    except orjson.JSONEncodeError:
        return canonical_json(payload).encode("utf-8")


def compact_size(value: Any) -> int:
    """Bytes of *value* as compact JSON (key order does not change the length)."""
    try:
        return len(orjson.dumps(value))
    except orjson.JSONEncodeError:
        return len(canonical_json(value).encode("utf-8"))


def loads(body: bytes | str) -> Any:
    """Parse JSON with orjson; what orjson refuses, the standard library tries.

    The standard library is what desks write with; it also reads text holding a lone
    surrogate, which the checks after parsing then refuse with a precise answer. ``NaN`` and
    ``Infinity`` are not JSON and stay refused (ValueError).
    """
    try:
        return orjson.loads(body)
    except orjson.JSONDecodeError:
        return json.loads(body, parse_constant=_not_json)


def _not_json(constant: str) -> Any:
    raise ValueError(f"{constant} is not a JSON value")


class Envelope(BaseModel):
    """A batch as posted; ops stay raw here so one bad op never fails the whole batch."""

    model_config = ConfigDict(extra="ignore")

    protocol: StrictInt
    batch_id: Uuid
    device_id: Uuid
    sent_at_device: Moment
    ops: list[dict[str, Any]]


class OpHeader(BaseModel):
    """The part of an op the server needs to store it, whatever its kind."""

    model_config = ConfigDict(extra="ignore", populate_by_name=True)

    op_id: Uuid
    local_seq: BigInt
    kind: Code
    schema_version: Annotated[StrictInt, Field(alias="schema", ge=1, le=MAX_INT)]
    entity_id: Code | None = None
    base_version: Annotated[StrictInt, Field(ge=0, le=MAX_BIGINT)] | None = None
    occurred_at_device: Moment
    # Checked to be an object, not copied (a model's dict field copies every op's payload).
    payload: InstanceOf[dict]  # type: ignore[type-arg]
    sha256: Annotated[StrictStr, Field(pattern=r"^[0-9a-f]{64}$")]
    # The desk's retention purge removed the payload's contact details (docs/sync-v1.md,
    # "Redacted ops"); only planning ops that carry contact fields make use of it.
    redacted: StrictBool = False


class QuestionPayload(BaseModel):
    """One question of a visit (``kiosk.registration.RegistrationService._store``)."""

    model_config = ConfigDict(extra="forbid")

    question_id: Uuid
    position: Annotated[StrictInt, Field(ge=1, le=MAX_QUESTIONS)]
    kind: Code
    organisation: Code
    topic: Code
    digid_followup: Code | None
    help: list[Code]
    referral: list[Code]
    note: Annotated[StrictStr, Field(max_length=MAX_NOTE)] | None


class VisitPayload(BaseModel):
    """A recorded or corrected visit."""

    model_config = ConfigDict(extra="forbid")

    visit_id: Uuid
    desk_id: Code
    location_id: Code
    occurred_at: Moment
    occurred_offset: Offset
    recorded_at: Moment
    recorded_offset: Offset
    channel: Code
    duration: Code
    mode: Literal["counter", "walking"]
    source: Literal["live", "tally", "correction"]
    catalogue_version: Annotated[StrictInt, Field(ge=1, le=MAX_INT)]
    corrects: Uuid | None
    questions: Annotated[list[QuestionPayload], Field(min_length=1, max_length=MAX_QUESTIONS)]


class VoidPayload(BaseModel):
    """A visit declared void."""

    model_config = ConfigDict(extra="forbid")

    visit_id: Uuid
    reason: Annotated[StrictStr, Field(max_length=MAX_VOID_REASON)]
    desk_id: Code
    recorded_at: Moment
    recorded_offset: Offset


def check_visit(
    kind: str, entity_id: str | None, visit: VisitPayload, catalogues: CatalogueSet
) -> Errors:
    """Return every problem of a valid-shaped visit payload against its catalogue version."""
    errors: Errors = []

    def problem(path: str, msg: str) -> None:
        errors.append({"path": f"payload.{path}", "msg": msg})

    if entity_id != visit.visit_id:
        problem("visit_id", "must equal the op's entity_id")
    if kind == "visit.corrected":
        if visit.corrects is None or visit.source != "correction":
            problem("corrects", "a correction names the visit it corrects, source 'correction'")
        elif visit.corrects == visit.visit_id:
            problem("corrects", "a visit cannot correct itself")
    elif visit.corrects is not None or visit.source == "correction":
        problem("corrects", "only visit.corrected ops correct a visit")
    catalogue = catalogues.version(visit.catalogue_version)
    if catalogue is None:
        problem("catalogue_version", f"unknown catalogue version {visit.catalogue_version}")
        return errors
    active = active_codes(catalogue)
    for list_name in ("channel", "duration"):
        code = getattr(visit, list_name)
        if code not in active[list_name]:
            problem(list_name, f"unknown {list_name} {code!r} in catalogue {catalogue.version}")
    positions = [q.position for q in visit.questions]
    if sorted(positions) != list(range(1, len(positions) + 1)):
        problem("questions", "positions must be 1..n, each once")
    ids = [q.question_id for q in visit.questions]
    if len(set(ids)) != len(ids):
        problem("questions", "question ids must be unique")
    known = _known_questions(catalogue)
    for index, question in enumerate(visit.questions):
        key = (
            question.topic,
            question.kind,
            question.organisation,
            question.digid_followup,
            tuple(question.help),
            tuple(question.referral),
        )
        found = known.get(key)
        if found is None:
            found = _question_problems(question, catalogue, active)
            if len(known) < _VERDICTS_MAX:
                known[key] = found
        for path, msg in found:
            problem(f"questions[{index}].{path}", msg)
    return errors


Verdicts = dict[tuple[Any, ...], tuple[tuple[str, str], ...]]


@dataclass
class _Derived:
    """What the checks derive once from one parsed catalogue (it never changes)."""

    catalogue: Catalogue  # kept so its id() stays unique while cached
    active: dict[str, frozenset[str]]
    # A question's verdict depends only on its codes (topic, kind, organisation, follow-up,
    # help, referral), and a desk combines a few dozen of them: a batch of a thousand
    # visits checks each combination once instead of every question.
    verdicts: Verdicts = field(default_factory=dict)


_DERIVED: dict[int, _Derived] = {}
_VERDICTS_MAX = 10_000  # distinct question shapes remembered per catalogue


def _derived(catalogue: Catalogue) -> _Derived:
    cached = _DERIVED.get(id(catalogue))
    if cached is not None and cached.catalogue is catalogue:
        return cached
    active = {
        name: frozenset(o.code for o in options if not o.retired)
        for name, options in catalogue.lists.items()
    }
    if len(_DERIVED) >= 64:  # a server holds a handful of versions; tests make many sets
        _DERIVED.clear()
    derived = _DERIVED[id(catalogue)] = _Derived(catalogue, active)
    return derived


def active_codes(catalogue: Catalogue) -> dict[str, frozenset[str]]:
    """The codes of each list that a new record may use (``Catalogue.is_active``), as sets.

    Computed once per catalogue: a batch checks some ten codes per visit, and a set lookup
    is far cheaper than ``is_active``'s two calls.
    """
    return _derived(catalogue).active


def _known_questions(catalogue: Catalogue) -> Verdicts:
    """The verdicts on question shapes already checked against *catalogue*."""
    return _derived(catalogue).verdicts


def _question_problems(
    question: QuestionPayload, catalogue: Catalogue, active: dict[str, frozenset[str]]
) -> tuple[tuple[str, str], ...]:
    """Every problem of one question's codes, as (path below the question, message)."""
    found: list[tuple[str, str]] = []
    _check_question(question, catalogue, active, lambda path, msg: found.append((path, msg)))
    return tuple(found)


def _check_question(
    question: QuestionPayload,
    catalogue: Catalogue,
    active: dict[str, frozenset[str]],
    problem: Any,
) -> None:
    topic = catalogue.get("topic", question.topic)
    if topic is None or topic.retired:
        problem("topic", f"unknown topic {question.topic!r}")
        return
    if question.kind != topic.kind:
        problem("kind", f"topic {topic.code!r} has kind {topic.kind!r}")
    organisation = question.organisation
    if organisation == NOT_APPLICABLE:
        if topic.kind == DIGITAL_GOVERNMENT:
            problem("organisation", "a government question names its organisation")
    elif organisation not in active["organisation"]:
        problem("organisation", f"unknown organisation {organisation!r}")
    followup = question.digid_followup
    if topic.digid and followup is None:
        problem("digid_followup", "a DigiD topic needs its follow-up")
    elif not topic.digid and followup is not None:
        problem("digid_followup", "only DigiD topics have a follow-up")
    elif followup is not None and followup not in active["digid_followup"]:
        problem("digid_followup", f"unknown DigiD follow-up {followup!r}")
    if not question.help:
        problem("help", "at least one kind of help")
    for list_name, codes in (("help", question.help), ("referral", question.referral)):
        allowed = active[list_name]
        for code in codes:
            if code not in allowed:
                problem(list_name, f"unknown {list_name} {code!r}")
        if len(set(codes)) != len(codes):
            problem(list_name, "a code is listed twice")
    if REFERRED in question.help and not question.referral:
        problem("referral", "a referral names where to")
    if question.referral and REFERRED not in question.help:
        problem("help", "a referral needs the help 'doorverwezen'")
