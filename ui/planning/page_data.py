"""What the planning page reads in one go on the database worker: seasons, grid and lists."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from kiosk.planning.records import (
    Booking,
    GridData,
    Helper,
    Partner,
    Season,
    Slot,
    WaitingEntry,
)

if TYPE_CHECKING:
    from kiosk.planning.service import PlanningService


@dataclass
class Loaded:
    """What one background read brings: everything the page shows."""

    seasons: list[Season]
    season_id: str | None
    grid: GridData | None
    helpers: list[Helper] = field(default_factory=list)
    partners: list[Partner] = field(default_factory=list)
    waiting: list[WaitingEntry] = field(default_factory=list)
    attention: list[Booking] = field(default_factory=list)
    attention_slots: dict[str, Slot] = field(default_factory=dict)
    retention_days: int | None = None


def load_page(
    service: PlanningService,
    chosen: str | None,
    helper_id: str | None,
    partner_id: str | None,
    today: date,
) -> Loaded:
    """Read the page's data (runs on the worker).

    The season is *chosen* when it still exists, else the one :func:`default_season` picks;
    the grid is filtered on *helper_id* / *partner_id* (None: all).
    """
    seasons = service.seasons()
    ids = [s.id for s in seasons]
    season_id = chosen if chosen in ids else default_season(seasons, today)
    attention = service.attention()
    slots: dict[str, Slot] = {}
    for booking in attention:
        if booking.slot_id not in slots:
            slots[booking.slot_id] = service.slot(booking.slot_id)
    if season_id is None:
        return Loaded(
            seasons,
            None,
            None,
            attention=attention,
            attention_slots=slots,
            retention_days=service.retention_days(),
        )
    return Loaded(
        seasons,
        season_id,
        service.grid(season_id, (helper_id,) if helper_id else None, partner_id),
        helpers=service.helpers(),
        partners=service.partners(),
        waiting=service.waiting(season_id),
        attention=attention,
        attention_slots=slots,
        retention_days=service.retention_days(),
    )


def default_season(seasons: list[Season], today: date) -> str | None:
    """Return the season running today, else the next one, else the newest."""
    for season in seasons:
        if season.starts_on <= today <= season.ends_on:
            return season.id
    upcoming = sorted((s for s in seasons if s.starts_on > today), key=lambda s: s.starts_on)
    if upcoming:
        return upcoming[0].id
    return seasons[0].id if seasons else None
