"""The Belastinghulp records as they travel: reference records in ``plan.upsert``, and the feed.

A desk sends a season, partner, helper, template, closure or waiting-list entry as the whole
record (``plan.upsert``'s ``data``); the server stores it and passes it down the change feed to
every desk of the branch, which writes it into its own tables (``kiosk.planning.pull``). So
the server checks ``data`` to its full shape with these models before storing it, and a desk
checks every record the feed sends with the same models (plus the feed's slot and booking
shapes) before applying it: one bad record is refused or set aside, never stored where it
breaks another desk. The bounds hold at least what the desk's tables check.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated, Any, Final, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StrictBool,
    StrictInt,
    ValidationError,
    model_validator,
)

from kiosk.planning.codes import PURPOSE_CODES
from kiosk.protocol.errors import Errors, validation_errors
from kiosk.protocol.fields import (
    MAX_BIGINT,
    Capacity,
    Clock,
    Code,
    Codes,
    Day,
    Email,
    Free,
    Id,
    Name,
    Phone,
    Stamp,
)

#: What one slot of a template may last, in minutes (a desk offers 5 to 480).
SLOT_MINUTES: Final = (1, 24 * 60)
#: The fields a reference record names other records by, and the record type they name.
REFERENCES: Final[dict[str, dict[str, str]]] = {
    "helper": {"partner_id": "partner"},
    "template": {"season_id": "season", "helper_id": "helper"},
    "closure": {"season_id": "season"},
    "waiting": {"season_id": "season"},
}
Version = Annotated[StrictInt, Field(ge=0, le=MAX_BIGINT)]


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid")


class SeasonData(_Record):
    """A season: its name and first and last day (both inclusive)."""

    name: Name
    starts_on: Day
    ends_on: Day

    @model_validator(mode="after")
    def _in_order(self) -> SeasonData:
        if self.ends_on < self.starts_on:
            raise ValueError("ends_on is before starts_on")
        return self


class PartnerData(_Record):
    """A partner organisation."""

    name: Name


class HelperData(_Record):
    """A volunteer; ``topics`` are purpose codes."""

    name: Name
    partner_id: Id | None = None
    topics: Codes = []
    active: StrictBool = True

    @model_validator(mode="after")
    def _known_topics(self) -> HelperData:
        _check_codes(self.topics, PURPOSE_CODES)
        return self


class TemplateData(_Record):
    """A weekly pattern of one helper in one season."""

    season_id: Id
    helper_id: Id
    weekday: Annotated[StrictInt, Field(ge=1, le=7)]
    starts: Clock
    ends: Clock
    slot_minutes: Annotated[StrictInt, Field(ge=SLOT_MINUTES[0], le=SLOT_MINUTES[1])]
    capacity: Capacity = 1
    valid_from: Day | None = None
    valid_to: Day | None = None

    @model_validator(mode="after")
    def _in_order(self) -> TemplateData:
        if self.ends <= self.starts:
            raise ValueError("ends is not after starts")
        if self.valid_from and self.valid_to and self.valid_to < self.valid_from:
            raise ValueError("valid_to is before valid_from")
        return self


class ClosureData(_Record):
    """A day the branch holds no Belastinghulp hours."""

    season_id: Id
    day: Day
    reason: Name


class WaitingData(_Record):
    """A waiting-list entry; contact fields are null once purged, ``done`` once served."""

    season_id: Id
    name: Name | None
    phone: Phone | None = None
    email: Email | None = None
    purpose: Codes = []
    remark: Free | None = None
    position: Annotated[StrictInt, Field(ge=1, le=MAX_BIGINT)]
    created_at: Stamp
    offered_slot_id: Id | None = None
    done: Literal["booked", "removed"] | None = None
    purged_at: Stamp | None = None

    @model_validator(mode="after")
    def _known_purposes(self) -> WaitingData:
        _check_codes(self.purpose, PURPOSE_CODES)
        return self


class SlotRecord(_Record):
    """A slot as the feed sends it (the server's own columns)."""

    season_id: Id
    helper_id: Id
    day: Day
    starts: Clock
    ends: Clock
    capacity: Annotated[StrictInt, Field(ge=0, le=1000)]
    closed: StrictBool = False
    template_id: Id | None = None

    @model_validator(mode="after")
    def _in_order(self) -> SlotRecord:
        if self.ends <= self.starts:
            raise ValueError("ends is not after starts")
        return self


class BookingRecord(_Record):
    """A booking as the feed sends it; contact fields are null once purged."""

    slot_id: Id
    name: Name | None = None
    phone: Phone | None = None
    email: Email | None = None
    purpose: Codes = []
    checklist: Codes = []
    remark: Free | None = None
    status: Literal["booked", "cancelled", "attended", "no_show"]
    walk_in: StrictBool = False
    overbook_reason: Free | None = None
    created_at: Stamp
    cancelled_at: Stamp | None = None
    cancelled_by: Free | None = None
    purged_at: Stamp | None = None
    conflict_code: Code | None = None


#: The reference records a ``plan.upsert`` carries, by its ``record``.
RECORDS: Final[dict[str, type[_Record]]] = {
    "season": SeasonData,
    "partner": PartnerData,
    "helper": HelperData,
    "template": TemplateData,
    "closure": ClosureData,
    "waiting": WaitingData,
}
#: Every record type of the change feed a desk applies to its tables.
FEED_RECORDS: Final[dict[str, type[_Record]]] = {
    **RECORDS,
    "slot": SlotRecord,
    "booking": BookingRecord,
}
#: Members of a feed record beside its data: who it is, its version, its state on the server.
FEED_META: Final = frozenset({"id", "version", "deleted", "sync"})


def _check_codes(codes: list[str], known: frozenset[str]) -> None:
    unknown = [code for code in codes if code not in known]
    if unknown:
        raise ValueError(f"{len(unknown)} unknown code(s)")
    if len(set(codes)) != len(codes):
        raise ValueError("a code is listed twice")


def check_record(record: str, data: Mapping[str, Any], prefix: str = "payload.data") -> Errors:
    """Return every problem of a reference record's *data* (empty: valid); strict members."""
    model = RECORDS[record]
    try:
        model.model_validate(data)
    except ValidationError as exc:
        return validation_errors(exc.errors(include_input=False), prefix)
    return []


def check_feed_record(kind: str, change: Mapping[str, Any]) -> Errors:
    """Return every problem of one change the feed sent, as a desk applies it (empty: valid).

    Members this desk does not know are left out first (a newer server may send more), so
    only what the desk would store is checked. ``change`` is ``{"type", "id", "version",
    "data"}``.
    """
    errors: Errors = []
    data = change.get("data")
    if not isinstance(data, Mapping):
        data = {}
        errors.append({"path": "data", "msg": "not an object"})
    identity = {
        "id": change.get("id"),
        "version": change.get("version") or 0,
        "deleted": change.get("deleted", data.get("deleted", False)),
    }
    try:
        _Identity.model_validate(identity)
    except ValidationError as exc:
        errors += validation_errors(exc.errors(include_input=False))
    if errors:
        return errors
    model = FEED_RECORDS[kind]
    known = {k: v for k, v in data.items() if k in model.model_fields and k not in FEED_META}
    try:
        model.model_validate(known)
    except ValidationError as exc:
        errors += validation_errors(exc.errors(include_input=False), "data")
    return errors


class _Identity(BaseModel):
    """Who a feed record is: its id, version and whether it was deleted."""

    id: Id
    version: Version
    deleted: StrictBool
