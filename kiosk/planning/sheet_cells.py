"""Spreadsheet cell values as Dutch libraries type them: times, weekdays, dates, whole numbers.

Used by the availability import (:mod:`kiosk.planning.availability`) to read cells, and by the
import and the schedule export for the Dutch date shape (``dd-mm-jjjj``) in files and messages.
A cell is whatever csv or openpyxl gives: text, a number, a date, a time, or None. Text cells
are read through :func:`cell_text`, so a control or invisible format character in a cell (a NUL,
a zero-width space, a byte-order mark) is never stored, sent or shown.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta
from typing import Any, Final

from kiosk.calendar_words import MONTHS, WEEKDAYS
from kiosk.cleantext import clean_text
from kiosk.planning.store import hhmm

#: English weekdays and months, read as well as the Dutch (a colleague's sheet may be English).
_WEEKDAYS_EN: Final = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS_EN: Final = (
    *("january", "february", "march", "april", "may", "june", "july", "august"),
    *("september", "october", "november", "december"),
)
#: Weekday words (``di``, ``din``, ``dinsdag``, ``tue``, ``tuesday``) -> ISO weekday (1 = Monday).
_WEEKDAY_WORDS: Final = {
    **{w: i for i, n in enumerate(_WEEKDAYS_EN, 1) for w in (n, n[:3])},
    "tues": 2,
    "thur": 4,
    "thurs": 4,
    **{w: i for i, n in enumerate(WEEKDAYS, 1) for w in (n, n[:2], n[:3])},
}
#: Month words (``mrt``, ``maart``, ``mar``, ``march``) -> month number.
_MONTH_WORDS: Final = {
    **{w: i for i, n in enumerate(_MONTHS_EN, 1) for w in (n, n[:3])},
    **{w: i for i, n in enumerate(MONTHS, 1) for w in (n, n[:3])},
    "mrt": 3,
    "sept": 9,
    "okt": 10,
}


def nl_date(day: date) -> str:
    """Return *day* as ``dd-mm-jjjj``, the shape Dutch Excel and Dutch readers expect."""
    return day.strftime("%d-%m-%Y")


def cell_text(value: Any) -> str:
    """Return a cell as one line of text (:func:`~kiosk.cleantext.clean_text`); None is ""."""
    return "" if value is None else clean_text(str(value))


def blank(value: Any) -> bool:
    """Return whether a cell is empty (None, or nothing visible but spaces)."""
    return value is None or (isinstance(value, str) and not cell_text(value))


def shown(value: Any) -> str:
    """Return a cell value as the user typed it, for messages."""
    if isinstance(value, datetime):
        return nl_date(value.date()) if value.time() == time(0) else hhmm(value.time())
    if isinstance(value, date):
        return nl_date(value)
    if isinstance(value, time):
        return hhmm(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return cell_text(value)


def parse_time(value: Any) -> time | None:
    """Return a wall-clock time from ``9:30``, ``09.30``, ``0930``, ``9u``, a time cell; or None."""
    if isinstance(value, datetime):
        return value.time().replace(second=0, microsecond=0)
    if isinstance(value, time):
        return value.replace(second=0, microsecond=0)
    if isinstance(value, timedelta):
        value = value.total_seconds() / 86400
    if isinstance(value, bool):
        return None
    if isinstance(value, float) and 0 <= value < 1:  # a spreadsheet time: a fraction of a day
        minutes = round(value * 1440)
        return time(minutes // 60, minutes % 60) if minutes < 1440 else None
    if isinstance(value, float):
        value = f"{value:.2f}"  # "9,30" typed as a number in Dutch Excel
    text = cell_text(value).casefold().removesuffix("uur").strip().removesuffix("u").strip()
    match = re.fullmatch(r"(\d{1,2})(?:[:.,hu](\d{2}))?(?::(\d{2}))?", text) or re.fullmatch(
        r"(\d{1,2})(\d{2})()", text
    )
    if match is None:
        return None
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute)


def parse_day(value: Any) -> int | date | None:
    """Return a weekday (1 = maandag) from a Dutch or English day name, or a date; else None.

    A day name before a date (``do 4 maart 2027``) must be that date's weekday.
    """
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = " ".join(cell_text(value or "").casefold().replace(".", " ").replace(",", " ").split())
    for prefix in ("elke ", "iedere ", "op ", "every ", "on "):
        text = text.removeprefix(prefix)
    first, _, rest = text.partition(" ")
    weekday = _weekday_word(first)
    if weekday is not None and not rest:
        return weekday
    found = _parse_date_text(rest if weekday is not None else text)
    if found is None or (weekday is not None and found.isoweekday() != weekday):
        return None
    return found


def parse_whole(value: Any) -> int | None:
    """Return a whole number from ``30``, ``30 min``, ``30,0`` or a number cell; else None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return int(value) if value.is_integer() else None
    text = cell_text(value).casefold()
    text = re.sub(r"\s*(minuten|min|plaatsen|personen|pers)\.?$", "", text)
    match = re.fullmatch(r"(\d{1,4})(?:[.,]0+)?", text)
    return int(match.group(1)) if match else None


def _weekday_word(word: str) -> int | None:
    found = _WEEKDAY_WORDS.get(word)
    if found is None and word.endswith("s"):  # "dinsdags"
        found = _WEEKDAY_WORDS.get(word[:-1])
    return found


def _parse_date_text(text: str) -> date | None:
    numeric = re.fullmatch(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})", text)
    iso = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", text)
    named = re.fullmatch(r"(\d{1,2}) ([a-z]+) (\d{4})", text)
    try:
        if numeric:
            year = int(numeric[3])
            return date(year + 2000 if year < 100 else year, int(numeric[2]), int(numeric[1]))
        if iso:
            return date(int(iso[1]), int(iso[2]), int(iso[3]))
        if named and named[2] in _MONTH_WORDS:
            return date(int(named[3]), _MONTH_WORDS[named[2]], int(named[1]))
    except ValueError:
        return None
    return None
