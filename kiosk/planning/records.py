"""What the planning screens, day lists and exports read: plain frozen records, no ORM rows.

:class:`kiosk.planning.service.PlanningService` returns these; ``ui/planning`` and the exports
only ever see them, so a screen never holds a database session. See ``docs/belastinghulp.md``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time

#: Booking statuses; every one but ``cancelled`` holds a place in its slot.
BOOKING_STATUSES = ("booked", "cancelled", "attended", "no_show")
#: Sync states of slots and bookings on this desk.
SYNC_STATES = ("provisional", "confirmed", "conflict")


@dataclass(frozen=True, slots=True)
class Season:
    """A Belastinghulp season, e.g. "Belastinghulp 2027", 1 March to 1 May (inclusive)."""

    id: str
    name: str
    starts_on: date
    ends_on: date


@dataclass(frozen=True, slots=True)
class Partner:
    """A partner organisation whose volunteers help (FNV Belastingservice, Humanitas, ...)."""

    id: str
    name: str


@dataclass(frozen=True, slots=True)
class Helper:
    """A volunteer tax helper; ``topics`` are purpose codes (``kiosk.planning.codes``)."""

    id: str
    name: str
    partner_id: str | None
    partner_name: str
    topics: tuple[str, ...] = ()
    active: bool = True


@dataclass(frozen=True, slots=True)
class Template:
    """A weekly pattern: on *weekday* (1 = Monday), *starts*..*ends* cut into slots."""

    id: str
    season_id: str
    helper_id: str
    weekday: int
    starts: time
    ends: time
    slot_minutes: int
    capacity: int = 1
    valid_from: date | None = None
    valid_to: date | None = None


@dataclass(frozen=True, slots=True)
class Closure:
    """A day the branch is closed for Belastinghulp (public holidays are not stored)."""

    id: str
    season_id: str
    day: date
    reason: str


@dataclass(frozen=True, slots=True)
class Booking:
    """A citizen's booking; contact fields are ``None`` once purged (``purged`` is True)."""

    id: str
    slot_id: str
    name: str | None
    phone: str | None
    email: str | None
    purpose: tuple[str, ...]
    checklist: tuple[str, ...]
    remark: str | None
    status: str
    walk_in: bool = False
    sync: str = "provisional"
    conflict_code: str | None = None
    overbook_reason: str | None = None
    created_at: str | None = None
    cancelled_at: str | None = None
    cancelled_by: str | None = None
    purged: bool = False

    @property
    def holds_place(self) -> bool:
        """True when the booking takes a place in its slot (not cancelled, not in conflict)."""
        return self.status != "cancelled" and self.sync != "conflict"


@dataclass(frozen=True, slots=True)
class Slot:
    """One bookable slot of one helper, with its bookings (cancelled ones included)."""

    id: str
    season_id: str
    helper_id: str
    day: date
    starts: time
    ends: time
    capacity: int
    closed: bool = False
    sync: str = "provisional"
    bookings: tuple[Booking, ...] = ()

    @property
    def held(self) -> int:
        """Places taken by bookings that hold a place."""
        return sum(1 for b in self.bookings if b.holds_place)

    @property
    def free(self) -> int:
        """Places left (negative when over-booked); 0 when the slot is closed."""
        return 0 if self.closed else self.capacity - self.held


@dataclass(frozen=True, slots=True)
class GridRow:
    """One row of the planning grid: a day and a start time."""

    day: date
    starts: time


@dataclass(frozen=True, slots=True)
class GridData:
    """The season as a grid: rows are (day, time), columns are helpers.

    ``cells[(row, column)]`` is the slot of ``helpers[column]`` at ``rows[row]``; a missing key
    is an empty cell (that helper has no slot then). Rows are sorted by day and time.
    """

    season: Season
    helpers: tuple[Helper, ...]
    rows: tuple[GridRow, ...]
    cells: dict[tuple[int, int], Slot] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class PlannedSlot:
    """A slot that generation would create (or found already there)."""

    slot_id: str
    helper_id: str
    day: date
    starts: time
    ends: time
    capacity: int
    template_id: str


@dataclass(frozen=True, slots=True)
class SkippedDay:
    """A day generation skips, with the reason in Dutch (holiday name or closure reason)."""

    day: date
    reason: str


@dataclass(frozen=True, slots=True)
class GenerationPreview:
    """What :meth:`PlanningService.generate` would do: create ``new``, keep ``existing``."""

    new: tuple[PlannedSlot, ...]
    existing: int
    skipped: tuple[SkippedDay, ...]


@dataclass(frozen=True, slots=True)
class WaitingEntry:
    """A citizen on the season's waiting list, in ``position`` order."""

    id: str
    season_id: str
    name: str | None
    phone: str | None
    email: str | None
    purpose: tuple[str, ...]
    remark: str | None
    position: int
    created_at: str
    offered_slot_id: str | None = None


@dataclass(frozen=True, slots=True)
class DayListLine:
    """One line of a printed day list."""

    starts: time
    ends: time
    helper_name: str
    partner_name: str
    name: str | None
    phone: str | None
    purpose: tuple[str, ...]
    checklist: tuple[str, ...]
    remark: str | None
    status: str
    provisional: bool
    walk_in: bool


@dataclass(frozen=True, slots=True)
class DayList:
    """The appointments of one day (optionally one helper), in time order."""

    day: date
    helper_id: str | None
    lines: tuple[DayListLine, ...]


@dataclass(frozen=True, slots=True)
class BookingInput:
    """What a clerk types for a booking (validated by the service; problems as codes)."""

    name: str
    phone: str = ""
    email: str = ""
    purpose: tuple[str, ...] = ()
    checklist: tuple[str, ...] = ()
    remark: str = ""
    walk_in: bool = False
    overbook_reason: str | None = None


@dataclass(frozen=True, slots=True)
class TemplateInput:
    """A slot template as entered in the template editor or read from an availability sheet."""

    helper_id: str
    weekday: int
    starts: time
    ends: time
    slot_minutes: int
    capacity: int = 1
    valid_from: date | None = None
    valid_to: date | None = None
