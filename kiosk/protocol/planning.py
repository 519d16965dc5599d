"""The payloads of the Belastinghulp planning ops (``docs/belastinghulp.md`` §3) and their checks.

Both ends use these: the desk's ops have these shapes, and the server checks every planning op
with them before it applies one. Pydantic checks the shapes (``extra="forbid"``, like the visit
payloads); :func:`check` adds what a shape cannot say (the op's ``entity_id`` is the record's
id, times in order, codes known, a name left out only in a redacted op). It takes the op
header's values as plain arguments, so it needs neither end's op model. Problems come back as
``{"path": "payload...", "msg"}``. Nothing here reads a database or the clock.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Annotated, Any, Final, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictStr, ValidationError

from kiosk.planning.codes import CHECKLIST_CODES, PURPOSE_CODES
from kiosk.protocol.errors import Errors, validation_errors
from kiosk.protocol.fields import Capacity, Clock, Day, Email, Free, Id, Name, Phone
from kiosk.protocol.kinds import PLANNING_KINDS
from kiosk.protocol.planning_records import check_record

#: The planning op kinds (``docs/sync-v1.md``, Belastinghulp planning).
KINDS: Final = frozenset(PLANNING_KINDS)
# docs/belastinghulp.md §4: the desk's own code lists.
PURPOSES: Final = PURPOSE_CODES
CHECKLIST: Final = CHECKLIST_CODES
STATUSES_BY_UPDATE: Final = ("booked", "attended", "no_show")  # cancelling is booking.cancel's
MAX_DATA_KEYS: Final = 40
#: Branch settings a desk may change with a plan.upsert of record "setting" (id = the name):
#: the range of each value (docs/belastinghulp.md §3, §6).
SETTINGS: Final[dict[str, tuple[int, int]]] = {"retention_days": (1, 365)}
#: The fields a purge clears (docs/belastinghulp.md §6); a redacted op has them all null.
CONTACT: Final = ("name", "phone", "email", "remark")

Codes = Annotated[list[Annotated[StrictStr, Field(max_length=64)]], Field(max_length=20)]


class _Payload(BaseModel):
    model_config = ConfigDict(extra="forbid")


class UpsertPayload(_Payload):
    """``plan.upsert``: a whole reference record (or a branch setting), last writer wins."""

    record: Literal["season", "partner", "helper", "template", "closure", "waiting", "setting"]
    # Checked against the record's model (kiosk.protocol.planning_records) by check().
    id: Id
    data: dict[str, Any]
    deleted: StrictBool


class SlotCreatePayload(_Payload):
    """``slot.create``: a slot with its deterministic id."""

    slot_id: Id
    season_id: Id
    helper_id: Id
    day: Day
    starts: Clock
    ends: Clock
    capacity: Capacity
    template_id: Id | None = None


class SlotUpdatePayload(_Payload):
    """``slot.update``: only the fields that changed."""

    slot_id: Id
    capacity: Capacity | None = None
    closed: StrictBool | None = None
    starts: Clock | None = None
    ends: Clock | None = None


class BookingCreatePayload(_Payload):
    """``booking.create`` (``name`` null only in an op marked redacted, see :func:`check`)."""

    booking_id: Id
    slot_id: Id
    name: Annotated[Name, Field(min_length=1)] | None
    phone: Phone | None = None
    email: Email | None = None
    purpose: Codes
    checklist: Codes
    remark: Free | None = None
    walk_in: StrictBool = False
    overbook_reason: Annotated[Free, Field(min_length=1)] | None = None


class BookingFields(_Payload):
    """The fields ``booking.update`` may change (each one last writer wins).

    ``name`` null only in an op marked redacted (see :func:`check`).
    """

    name: Annotated[Name, Field(min_length=1)] | None = None
    phone: Phone | None = None
    email: Email | None = None
    purpose: Codes | None = None
    checklist: Codes | None = None
    remark: Free | None = None
    status: Literal["booked", "attended", "no_show"] | None = None


class BookingUpdatePayload(_Payload):
    """``booking.update``."""

    booking_id: Id
    fields: BookingFields


class BookingMovePayload(_Payload):
    """``booking.move``: to another slot, capacity checked there."""

    booking_id: Id
    slot_id: Id
    overbook_reason: Annotated[Free, Field(min_length=1)] | None = None


class BookingCancelPayload(_Payload):
    """``booking.cancel``: always applies."""

    booking_id: Id
    by: Name
    reason: Free | None = None


class BookingResolvePayload(_Payload):
    """``booking.resolve``: ends a booking's open conflict."""

    booking_id: Id
    action: Literal["move", "overbook", "cancel"]
    slot_id: Id | None = None
    reason: Free | None = None


PlanningPayload = (
    UpsertPayload
    | SlotCreatePayload
    | SlotUpdatePayload
    | BookingCreatePayload
    | BookingUpdatePayload
    | BookingMovePayload
    | BookingCancelPayload
    | BookingResolvePayload
)
#: The payload model of each planning kind.
MODELS: Final[dict[str, type[PlanningPayload]]] = {
    "plan.upsert": UpsertPayload,
    "slot.create": SlotCreatePayload,
    "slot.update": SlotUpdatePayload,
    "booking.create": BookingCreatePayload,
    "booking.update": BookingUpdatePayload,
    "booking.move": BookingMovePayload,
    "booking.cancel": BookingCancelPayload,
    "booking.resolve": BookingResolvePayload,
}
Problem = Callable[[str, str], None]


def parse(kind: str, payload: Mapping[str, Any]) -> PlanningPayload:
    """Return the typed payload of a planning op (raises ValidationError when malformed)."""
    return MODELS[kind].model_validate(payload)


def entity_of(payload: PlanningPayload) -> str:
    """Return the id of the record *payload* changes (what the op's entity_id must be)."""
    if isinstance(payload, UpsertPayload):
        return payload.id
    if isinstance(payload, SlotCreatePayload | SlotUpdatePayload):
        return payload.slot_id
    return payload.booking_id


def check(
    kind: str, payload: Mapping[str, Any], *, entity_id: str | None, redacted: bool = False
) -> Errors:
    """Return every problem of a planning op's payload (empty: valid).

    *kind*, *entity_id* and *redacted* are the op's header values (``redacted``: the desk's
    retention purge cleared the contact details, ``docs/sync-v1.md`` "Redacted ops").
    """
    try:
        parsed = parse(kind, payload)
    except ValidationError as exc:
        return validation_errors(exc.errors(), "payload")
    return problems(parsed, entity_id=entity_id, redacted=redacted)


def problems(payload: PlanningPayload, *, entity_id: str | None, redacted: bool) -> Errors:
    """Return what a well-shaped *payload* breaks beyond its shape (see :func:`check`)."""
    errors: Errors = []

    def problem(path: str, msg: str) -> None:
        errors.append({"path": f"payload.{path}" if path else "payload", "msg": msg})

    if entity_id != entity_of(payload):
        problem(_id_field(payload), "must equal the op's entity_id")
    if isinstance(payload, UpsertPayload):
        if len(payload.data) > MAX_DATA_KEYS:
            problem("data", f"at most {MAX_DATA_KEYS} fields")
        if payload.record == "setting":
            _setting(payload, problem)
        else:
            errors += check_record(payload.record, payload.data)
    elif isinstance(payload, SlotCreatePayload):
        if payload.starts >= payload.ends:
            problem("ends", "a slot ends after it starts")
    elif isinstance(payload, SlotUpdatePayload):
        changed = payload.model_dump(exclude_none=True, exclude={"slot_id"})
        if not changed:
            problem("", "name at least one of capacity, closed, starts, ends")
        if payload.starts and payload.ends and payload.starts >= payload.ends:
            problem("ends", "a slot ends after it starts")
    elif isinstance(payload, BookingCreatePayload):
        # A desk's retention purge may have cleared the contact details of an op it had not
        # sent yet: only such an op (marked redacted, every contact field null) has no name.
        if payload.name is None and not (redacted and cleared_contact(payload)):
            problem("name", "a booking has a name (null only in a redacted op)")
        _codes(payload.purpose, PURPOSES, "purpose", problem)
        _codes(payload.checklist, CHECKLIST, "checklist", problem)
    elif isinstance(payload, BookingUpdatePayload):
        fields = payload.fields
        if not fields.model_fields_set:
            problem("fields", "name at least one field")
        if (
            "name" in fields.model_fields_set
            and fields.name is None
            and not (redacted and cleared_contact(fields))
        ):
            problem("fields.name", "a booking keeps its name")
        for name in ("purpose", "checklist", "status"):
            if name in fields.model_fields_set and getattr(fields, name) is None:
                problem(f"fields.{name}", "cannot be null")
        _codes(fields.purpose or [], PURPOSES, "fields.purpose", problem)
        _codes(fields.checklist or [], CHECKLIST, "fields.checklist", problem)
    elif isinstance(payload, BookingResolvePayload):
        if payload.action == "move" and payload.slot_id is None:
            problem("slot_id", "a move names the slot")
        if payload.action == "overbook" and not (payload.reason or "").strip():
            problem("reason", "overbooking needs a reason")
    return errors


def cleared_contact(model: BookingCreatePayload | BookingFields) -> bool:
    """Whether every contact field of a booking's payload (or update fields) is null."""
    return all(getattr(model, name) is None for name in CONTACT)


def _id_field(payload: PlanningPayload) -> str:
    if isinstance(payload, UpsertPayload):
        return "id"
    if isinstance(payload, SlotCreatePayload | SlotUpdatePayload):
        return "slot_id"
    return "booking_id"


def _setting(payload: UpsertPayload, problem: Problem) -> None:
    """A setting: a known name as id, ``data`` exactly ``{name: int in range}``, not deleted."""
    if payload.id not in SETTINGS:
        problem("id", f"unknown setting (known: {', '.join(sorted(SETTINGS))})")
        return
    low, high = SETTINGS[payload.id]
    value = payload.data.get(payload.id)
    if set(payload.data) != {payload.id}:
        problem("data", f"exactly one member, {payload.id!r}")
    elif not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        problem(f"data.{payload.id}", f"a whole number from {low} to {high}")
    if payload.deleted:
        problem("deleted", "a setting cannot be deleted")


def _codes(codes: list[str], known: frozenset[str], path: str, problem: Problem) -> None:
    for code in codes:
        if code not in known:
            problem(path, f"unknown code {code!r}")
    if len(set(codes)) != len(codes):
        problem(path, "a code is listed twice")
