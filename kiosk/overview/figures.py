"""What the Overzicht shows, as plain frozen values: counts and codes, never words.

The UI turns codes into labels (catalogue lists through :class:`kiosk.catalogue.CatalogueSet`,
entry and status codes through its own words). Every tuple of :class:`Tally` is ordered largest
first (then by code, so equal counts keep a stable order).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from kiosk.overview.periods import Period

#: How a visit was entered: at the desk when it happened, as a tally, or recorded on a later
#: local day than it happened.
ENTRIES = ("live", "tally", "backdated")


@dataclass(frozen=True)
class Tally:
    """How often one code occurs: *count* visits or questions with *code*."""

    code: str
    count: int


@dataclass(frozen=True)
class Bucket:
    """One bar of the time chart: the visits and questions of a day, ISO week or month.

    Attributes:
        first: the bucket's first day (the day itself, the ISO Monday, or the 1st).
        visits: counted visits whose local day lies in the bucket and in the period.
        questions: the questions of those visits.
    """

    first: date
    visits: int
    questions: int


@dataclass(frozen=True)
class HourCell:
    """One cell of the weekday x hour heatmap (local time, as the clerk saw it).

    Attributes:
        weekday: ISO weekday, 1 (Monday) to 7 (Sunday).
        hour: local hour, 0 to 23.
        visits: counted visits that started in that hour on that weekday.
    """

    weekday: int
    hour: int
    visits: int


@dataclass(frozen=True)
class DeskFigures:
    """The figures of one period, for this desk or (from the central server) the branch.

    Attributes:
        period: the period counted.
        scope: ``desk`` (this desk's database) or ``branch`` (the central figures, by month).
        up_to: for ``branch``, the moment the central figures hold up to; None for ``desk``.
        visits: counted visits (voided ones left out, a corrected one once, as corrected).
        questions: the questions of the counted visits.
        buckets: every day, ISO week or month of the period (:attr:`Period.bucket`), zeros
            included, in order.
        kinds, topics, organisations: questions per code, largest first.
        help, referral: questions per code of the question's code list (a question with two
            help codes counts once under each), largest first.
        channel, duration: visits per code, largest first.
        hours: the weekday x hour cells that hold visits.
        entry: visits per code ``live``, ``tally``, ``backdated`` (only codes that occur).
    """

    period: Period
    scope: str
    up_to: datetime | None
    visits: int
    questions: int
    buckets: tuple[Bucket, ...]
    kinds: tuple[Tally, ...]
    topics: tuple[Tally, ...]
    organisations: tuple[Tally, ...]
    help: tuple[Tally, ...]
    referral: tuple[Tally, ...]
    channel: tuple[Tally, ...]
    duration: tuple[Tally, ...]
    hours: tuple[HourCell, ...]
    entry: tuple[Tally, ...]


@dataclass(frozen=True)
class StatusCounts:
    """Belastinghulp bookings by status (``kiosk.planning`` booking statuses)."""

    booked: int
    attended: int
    no_show: int
    cancelled: int

    @property
    def total(self) -> int:
        """Return all bookings together."""
        return self.booked + self.attended + self.no_show + self.cancelled


@dataclass(frozen=True)
class WeekStatus:
    """The bookings of the slots in one ISO week; *first* is its Monday."""

    first: date
    counts: StatusCounts


@dataclass(frozen=True)
class NamedStatus:
    """The bookings of one helper or one partner organisation, under its *name*."""

    name: str
    counts: StatusCounts


@dataclass(frozen=True)
class SeasonFigures:
    """Belastinghulp figures of one season: counts only, never a citizen's name or number.

    Attributes:
        season_id: the season's id.
        year: the year the season starts in.
        weeks: every ISO week of the season, zeros included, by the slots' dates.
        helpers: per helper, by name (largest total first).
        partners: per partner organisation, by name (largest total first).
        waiting_total: entries on the season's waiting list (removed ones included).
        waiting_served: those booked from the waiting list.
    """

    season_id: str
    year: int
    weeks: tuple[WeekStatus, ...]
    helpers: tuple[NamedStatus, ...]
    partners: tuple[NamedStatus, ...]
    waiting_total: int
    waiting_served: int


@dataclass(frozen=True)
class QuestionRow:
    """One counted question with its visit's fields, for the exports (never a note).

    Attributes:
        visit_id: the counted visit (for a correction: the correction's id).
        occurred_local: when the visit happened, naive local time at the visit's own offset
            (for a correction: the original's moment).
        channel, duration, mode: the visit's codes.
        source: how the visit was written: ``live``, ``tally`` or ``correction``.
        entry: ``live``, ``tally`` or ``backdated`` (see :data:`ENTRIES`).
        position: the question's number within the visit, from 1.
        kind, organisation, topic: the question's codes.
        layer: the organisation's government layer from the catalogue (None if unknown).
        help, referral: the question's code lists.
        digid_followup: the DigiD follow-up code, if any.
    """

    visit_id: str
    occurred_local: datetime
    channel: str
    duration: str
    mode: str
    source: str
    entry: str
    position: int
    kind: str
    organisation: str
    layer: str | None
    topic: str
    help: tuple[str, ...]
    referral: tuple[str, ...]
    digid_followup: str | None
