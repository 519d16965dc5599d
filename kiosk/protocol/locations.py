"""The payload of ``location.setup``: how an IDO is set up, from a day on.

A desk sends its location's set-up when it is first saved and again whenever it changes: the
IDO's name, its national form (a catalogue code), inside or outside the library, its weekly
hours and who staffs it. Each op is a whole version of the set-up, numbered per location
(``version`` 1, 2, ...), that holds from ``valid_from`` (a local date) on; the server keeps
every version, so a figure for a year uses the set-up of that year
(``sync.central.locations.setup_on``).

- ``hours``: the weekly hours, at most :data:`MAX_HOURS` spans ``{"weekday", "starts",
  "ends"}`` (ISO weekday, 1 = Monday; local ``HH:MM``, ``ends`` after ``starts``), in order
  of weekday and start, spans of one day not overlapping. An empty list: no fixed hours.
- ``hours_kind``: what the hours are: ``open`` (opening hours, walk in) or ``appointment``
  (consultation hours, by appointment).
- ``staffing``: who works at the IDO and for how many hours a week, at most one entry per kind
  of staff (:data:`STAFF_KINDS`: ``staff`` library staff, ``volunteer`` volunteers,
  ``partner`` staff of partner organisations such as the municipality), whole hours
  1..:data:`MAX_STAFF_HOURS`, in the order of :data:`STAFF_KINDS`. An empty list: not stated.
- ``catalogue_version``: the catalogue ``ido_form`` was chosen from; the code must be one of
  its current codes.

Unknown members are refused (``extra="forbid"``). The desk builds the payload with
:class:`SetupPayload` (``kiosk.locations``); the server checks it with :func:`check_setup`.
"""

from __future__ import annotations

from collections.abc import Mapping
from itertools import pairwise
from typing import Annotated, Any, Final, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StrictBool,
    StrictInt,
    ValidationError,
    field_validator,
    model_validator,
)

from kiosk.catalogue import CatalogueSet
from kiosk.protocol.errors import Errors, validation_errors
from kiosk.protocol.fields import MAX_INT, Clock, Code, Day, Name
from kiosk.protocol.visit_rules import Violation, wire_errors

#: Spans of weekly hours one set-up lists (three a day).
MAX_HOURS: Final = 21
#: Hours a week one kind of staff can work at an IDO (every hour of the week).
MAX_STAFF_HOURS: Final = 168
#: What the hours of a set-up are: opening hours (walk in) or consultation hours.
HOURS_KINDS: Final = ("open", "appointment")
#: The kinds of staff, in the order a set-up lists them.
STAFF_KINDS: Final = ("staff", "volunteer", "partner")

HoursKind = Literal["open", "appointment"]
StaffKind = Literal["staff", "volunteer", "partner"]


class _Payload(BaseModel):
    model_config = ConfigDict(extra="forbid")


class HoursPayload(_Payload):
    """One span of the weekly hours: a weekday (1 = Monday) and local start and end."""

    weekday: Annotated[StrictInt, Field(ge=1, le=7)]
    starts: Clock
    ends: Clock

    @model_validator(mode="after")
    def _in_order(self) -> HoursPayload:
        if self.ends <= self.starts:
            raise ValueError("ends is not after starts")
        return self


class StaffingPayload(_Payload):
    """Who staffs the IDO: one kind of staff and its hours a week."""

    kind: StaffKind
    hours_per_week: Annotated[StrictInt, Field(ge=1, le=MAX_STAFF_HOURS)]


class SetupPayload(_Payload):
    """A location's set-up from ``valid_from`` on (``location.setup``)."""

    location_id: Code
    version: Annotated[StrictInt, Field(ge=1, le=MAX_INT)]
    valid_from: Day
    ido_name: Name
    ido_form: Code
    inside_library: StrictBool
    hours_kind: HoursKind
    hours: Annotated[list[HoursPayload], Field(max_length=MAX_HOURS)]
    staffing: Annotated[list[StaffingPayload], Field(max_length=len(STAFF_KINDS))]
    catalogue_version: Annotated[StrictInt, Field(ge=1, le=MAX_INT)]

    @field_validator("hours")
    @classmethod
    def _hours_in_order(cls, hours: list[HoursPayload]) -> list[HoursPayload]:
        for before, after in pairwise(hours):
            if (after.weekday, after.starts) <= (before.weekday, before.starts):
                raise ValueError("spans must be in order of weekday and start, each once")
            if after.weekday == before.weekday and after.starts < before.ends:
                raise ValueError("spans of one day must not overlap")
        return hours

    @field_validator("staffing")
    @classmethod
    def _staffing_in_order(cls, staffing: list[StaffingPayload]) -> list[StaffingPayload]:
        ranks = [STAFF_KINDS.index(entry.kind) for entry in staffing]
        if ranks != sorted(set(ranks)):
            raise ValueError(f"each kind once, in the order {', '.join(STAFF_KINDS)}")
        return staffing


def check_setup(
    payload: Mapping[str, Any], entity_id: str | None, catalogues: CatalogueSet
) -> tuple[SetupPayload | None, Errors]:
    """Check a ``location.setup`` payload to its full shape; return it parsed, or the problems.

    Beyond the model: the op's ``entity_id`` is the location's id, the catalogue version is
    one this end knows, and ``ido_form`` is a current code of it. Paths start at ``payload``.
    """
    try:
        setup = SetupPayload.model_validate(payload)
    except ValidationError as exc:
        return None, validation_errors(exc.errors(), "payload")
    found: list[Violation] = []
    if entity_id != setup.location_id:
        found.append(Violation("location_id", "entity_mismatch"))
    catalogue = catalogues.version(setup.catalogue_version)
    if catalogue is None:
        found.append(
            Violation(
                "catalogue_version", "unknown_catalogue", {"version": setup.catalogue_version}
            )
        )
    elif not catalogue.is_active("ido_form", setup.ido_form):
        params = {"list": "ido_form", "code": setup.ido_form, "version": catalogue.version}
        found.append(Violation("ido_form", "unknown_answer", params))
    if found:
        return None, wire_errors(found)
    return setup, []
