"""Checking single cells of an availability sheet: times, the slot length, places, validity.

Each check reads one cell (or two) of a row of :mod:`kiosk.planning.availability`, appends what
is wrong to the row's problems (codes with parameters; :mod:`ui.words.planning` words them) and
returns the value, or None (or a default) when it cannot be used.
"""

from __future__ import annotations

from datetime import date, time
from typing import Any, Final

from kiosk.errors import Problem
from kiosk.planning.reference import MAX_CAPACITY, MAX_SLOT_MINUTES, MIN_SLOT_MINUTES
from kiosk.planning.sheet_cells import blank, nl_date, parse_day, parse_time, parse_whole, shown
from kiosk.planning.store import hhmm

#: The column name a message shows, per field (the sheet's own Dutch headers).
COLUMN_NAMES: Final = {
    "helper": "helper",
    "partner": "organisatie",
    "day": "dag",
    "starts": "van",
    "ends": "tot",
    "minutes": "duur",
    "capacity": "plaatsen",
    "valid_from": "geldig van",
    "valid_to": "geldig tot",
}
#: The shortest slot the planning service accepts (it checks this again on save).
MIN_MINUTES: Final = MIN_SLOT_MINUTES


def time_cell(name: str, cells: dict[str, Any], problems: list[Problem]) -> time | None:
    """Return the time in column *name*, or None after appending a problem."""
    found = parse_time(cells[name])
    if found is None:
        problems.append(
            Problem(
                name,
                "planning.import.time_invalid",
                {"column": COLUMN_NAMES[name], "value": shown(cells[name])},
            )
        )
    return found


def slot_minutes(
    value: Any, starts: time | None, ends: time | None, problems: list[Problem]
) -> int | None:
    """The slot length in minutes: within the service's limits and fitting between the times."""
    minutes = parse_whole(value)
    if minutes is None or not MIN_MINUTES <= minutes <= MAX_SLOT_MINUTES:
        problems.append(
            Problem(
                "minutes",
                "planning.import.minutes_range",
                {"value": shown(value), "min": MIN_MINUTES, "max": MAX_SLOT_MINUTES},
            )
        )
        return None
    if starts is not None and ends is not None:
        span = (ends.hour * 60 + ends.minute) - (starts.hour * 60 + starts.minute)
        if minutes > span:
            problems.append(
                Problem(
                    "minutes",
                    "planning.import.minutes_too_long",
                    {"minutes": minutes, "starts": hhmm(starts), "ends": hhmm(ends)},
                )
            )
    return minutes


def places(value: Any, problems: list[Problem]) -> int:
    """The places per slot: 1 when the cell is empty (or wrong, with a problem appended)."""
    if blank(value):
        return 1
    found = parse_whole(value)
    if found is None or not 1 <= found <= MAX_CAPACITY:
        problems.append(
            Problem(
                "capacity",
                "planning.import.capacity_range",
                {"value": shown(value), "max": MAX_CAPACITY},
            )
        )
        return 1
    return found


def validity(
    day: int | date | None, cells: dict[str, Any], problems: list[Problem]
) -> tuple[date | None, date | None]:
    """Return (valid_from, valid_to): the date itself for a date row, else the optional columns."""
    bounds: list[date | None] = []
    for name in ("valid_from", "valid_to"):
        value = cells.get(name)
        if blank(value):
            bounds.append(None)
            continue
        found = parse_day(value)
        if not isinstance(found, date):
            problems.append(
                Problem(
                    name,
                    "planning.import.date_invalid",
                    {"column": COLUMN_NAMES[name], "value": shown(value)},
                )
            )
            found = None
        bounds.append(found)
    first, last = bounds
    if isinstance(day, date):
        if first is not None or last is not None:
            problems.append(Problem("day", "planning.import.date_with_validity"))
        return day, day
    if first is not None and last is not None and last < first:
        problems.append(
            Problem(
                "valid_to",
                "planning.import.valid_to_before_from",
                {"last": nl_date(last), "first": nl_date(first)},
            )
        )
    return first, last
