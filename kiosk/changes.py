"""What a write changed, in the terms a screen redraws by: the tables it wrote.

Every write transaction notes the tables its statements changed (:meth:`kiosk.db.Database.write`);
the worker that ran it hands them on as :class:`Changes` with its result, and each screen
redraws only when they touch an area it shows. The areas below group the tables the way the
screens use them; a screen names the areas it shows, never single statements.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Final

#: The setup records: organisation, branch, IDO, desk, and the settings kept with the data.
LOCATION: Final = frozenset(
    {"library_organisation", "branch", "ido_location", "desk", "app_setting"}
)
#: Visits and their questions and voids: the day list and the frequent choices.
VISITS: Final = frozenset({"visit", "question", "visit_void"})
#: The operations waiting to be sent, and their answers from the server.
OUTBOX: Final = frozenset({"outbox"})
#: How this desk syncs: its link with the server, and records from the server set aside.
SYNC: Final = frozenset({"sync_state", "pull_set_aside"})
#: Belastinghulp reference data: seasons, organisations, helpers, weekly schedules, closures,
#: and the branch's retention term (an ``app_setting``).
PLANNING_SETUP: Final = frozenset(
    {"plan_season", "plan_partner", "plan_helper", "plan_template", "plan_closure", "app_setting"}
)
#: Belastinghulp slots, bookings and the waiting list: the grid and its side lists.
PLANNING_BOOK: Final = frozenset({"plan_slot", "plan_booking", "plan_waiting"})
#: Everything the planning screen shows.
PLANNING: Final = PLANNING_SETUP | PLANNING_BOOK


@dataclass(frozen=True, slots=True)
class Changes:
    """The tables one or more committed writes changed (empty: nothing changed)."""

    tables: frozenset[str] = field(default_factory=frozenset)

    @classmethod
    def of(cls, tables: Iterable[str]) -> Changes:
        """Return the changes to *tables*."""
        return cls(frozenset(tables))

    def __bool__(self) -> bool:
        """Tell whether anything changed."""
        return bool(self.tables)

    def __or__(self, other: Changes) -> Changes:
        """Return the changes of both."""
        return Changes(self.tables | other.tables)

    def touches(self, *areas: frozenset[str]) -> bool:
        """Tell whether any changed table belongs to one of *areas*."""
        return any(not self.tables.isdisjoint(area) for area in areas)


NOTHING: Final = Changes()
