"""Reading helpers' availability sheets (``.xlsx`` or ``.csv``) into rows and row errors.

The sheet libraries make today to collect helpers' hours: one row per helper and weekday (or
date) with ``helper``, ``organisatie``, ``dag``, ``van``, ``tot``, ``duur`` and ``plaatsen``;
optionally ``geldig van``/``geldig tot``. Headers are matched loosely (case, spaces, ``_``,
``(minuten)``, common synonyms), days as Dutch weekday names (``di``, ``dinsdag``, ``elke
dinsdag``) or dates, times as ``9:30``, ``09.30``, ``0930`` or spreadsheet time cells (see
:mod:`kiosk.planning.sheet_cells`). Every problem is reported with the spreadsheet's row number
(``planning.import.row``: "Rij 4: ..."), as a code with parameters that the UI turns into
words (:mod:`ui.words.planning`). Text cells are tidied
(:func:`kiosk.planning.sheet_cells.cell_text`): a NUL, a zero-width space or a byte-order mark in
a name never reaches the database. Nothing is written while reading;
:mod:`kiosk.planning.availability_apply` applies the rows through the planning service; the
checks of single cells (times, length, places, validity) are in
:mod:`kiosk.planning.availability_cells`.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, time
from pathlib import Path
from typing import Any, Final

from kiosk.cleantext import clean_text
from kiosk.errors import Message, Param, Problem
from kiosk.planning.availability_cells import (
    COLUMN_NAMES,
    places,
    slot_minutes,
    time_cell,
    validity,
)
from kiosk.planning.records import Template, TemplateInput
from kiosk.planning.sheet_cells import (
    blank,
    cell_text,
    nl_date,
    parse_day,
    shown,
)
from kiosk.planning.store import hhmm

#: Accepted headers per field, compared with letters and digits only ("Duur (min.)" = "duur").
#: Dutch and English: a clerk exchanges files with colleagues who use the other language.
HEADERS: Final = {
    "helper": (
        *("helper", "naam", "naamhelper", "helpernaam", "vrijwilliger", "medewerker"),
        *("name", "helpername", "volunteer", "adviser", "advisor"),
    ),
    "partner": (
        *("organisatie", "partner", "partnerorganisatie", "organisatiepartner", "org"),
        *("organisation", "organization", "partnerorganisation", "partnerorganization"),
    ),
    "day": ("dag", "weekdag", "datum", "dagdatum", "day", "weekday", "date"),
    "starts": (
        *("van", "vanaf", "begin", "begintijd", "start", "starttijd", "tijdvan"),
        *("from", "starttime", "starts", "timefrom"),
    ),
    "ends": (
        *("tot", "eind", "einde", "eindtijd", "tijdtot"),
        *("to", "until", "till", "end", "endtime", "ends", "timeto"),
    ),
    "minutes": (
        *("duur", "minuten", "duurminuten", "afspraakduur", "duurperafspraak", "tijdvak"),
        *("duration", "minutes", "durationminutes", "length", "slotlength", "appointmentlength"),
    ),
    "capacity": (
        *("plaatsen", "aantalplaatsen", "capaciteit", "aantal", "personen"),
        *("places", "capacity", "seats", "people", "numberofplaces"),
    ),
    "valid_from": (
        *("geldigvan", "geldigvanaf", "eerstedag", "startdatum", "vanafdatum"),
        *("validfrom", "firstday", "startdate", "fromdate"),
    ),
    "valid_to": (
        *("geldigtot", "geldigtm", "geldigtotenmet", "laatstedag", "einddatum"),
        *("validto", "validuntil", "lastday", "enddate", "todate"),
    ),
}
REQUIRED: Final = ("helper", "day", "starts", "ends", "minutes")
_HEADER_SEARCH: Final = 10
_HEADER_KEYS: Final = {alias: name for name, aliases in HEADERS.items() for alias in aliases}


@dataclass(frozen=True, slots=True)
class RowError:
    """One problem in an availability sheet; ``row`` is the spreadsheet's row (0: the file).

    ``code`` and ``params`` say what is wrong (``planning.import.*``); :attr:`message` adds
    the row.
    """

    row: int
    code: str
    params: Mapping[str, Param] = field(default_factory=dict, hash=False)

    @classmethod
    def of(cls, row: int, problem: Problem | Message) -> RowError:
        """Return the problem (or message) *problem* as row *row*'s error."""
        return cls(row, problem.code, problem.params)

    @property
    def message(self) -> Message:
        """Return the problem as ``planning.import.row`` ("Rij 4: ..."); a file's as it is."""
        if not self.row:
            return Message(self.code, self.params)
        return Message("planning.import.row", {**self.params, "row": self.row, "code": self.code})

    def __str__(self) -> str:
        """Return the message's code and parameters, for logs."""
        return str(self.message)


@dataclass(frozen=True, slots=True)
class AvailabilityRow:
    """One good row: a helper's weekly hours (or one date's, then ``valid_from == valid_to``)."""

    row: int
    helper_name: str
    partner_name: str
    weekday: int
    starts: time
    ends: time
    slot_minutes: int
    capacity: int = 1
    valid_from: date | None = None
    valid_to: date | None = None

    def template(self, helper_id: str) -> TemplateInput:
        """Return the template this row asks for, for the helper with *helper_id*."""
        return TemplateInput(
            helper_id=helper_id,
            weekday=self.weekday,
            starts=self.starts,
            ends=self.ends,
            slot_minutes=self.slot_minutes,
            capacity=self.capacity,
            valid_from=self.valid_from,
            valid_to=self.valid_to,
        )

    def describe(self) -> dict[str, Param]:
        """Return the parameters that name this row in a message: helper, weekday, times.

        ``weekday`` is the ISO number; ``date`` is the day of a one-date row (else "").
        """
        one_day = self.valid_from is not None and self.valid_from == self.valid_to
        return {
            "helper": self.helper_name,
            "weekday": self.weekday,
            "date": nl_date(self.valid_from) if one_day and self.valid_from else "",
            "starts": hhmm(self.starts),
            "ends": hhmm(self.ends),
        }


@dataclass(frozen=True, slots=True)
class AvailabilitySheet:
    """What :func:`read_availability` found: the good rows and every problem."""

    rows: tuple[AvailabilityRow, ...]
    errors: tuple[RowError, ...]

    @property
    def error_rows(self) -> frozenset[int]:
        """The row numbers with at least one problem."""
        return frozenset(e.row for e in self.errors if e.row)


def name_key(name: str) -> str:
    """Return *name* for matching: case, spacing and invisible characters ignored.

    "anna  de Vries" matches "Anna de Vries", and so does that name with a zero-width space.
    """
    return clean_text(name).casefold()


def overlaps(a: AvailabilityRow | Template, b: AvailabilityRow) -> bool:
    """Whether two weekly patterns of the same helper can produce slots at the same moment."""
    if a.weekday != b.weekday or a.ends <= b.starts or b.ends <= a.starts:
        return False
    low = max(a.valid_from or date.min, b.valid_from or date.min)
    high = min(a.valid_to or date.max, b.valid_to or date.max)
    return low <= high


# -- reading a file -------------------------------------------------------------------------


def read_availability(path: Path) -> AvailabilitySheet:
    """Read a helpers' availability sheet (``.xlsx`` or ``.csv``); never raises for content.

    Raises :class:`OSError` when the file cannot be read.
    """
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return parse_availability(_csv_table(path))
    if suffix not in (".xlsx", ".xlsm"):
        return _file_error(Message("planning.import.file_type"))
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        table = _xlsx_table(path)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, ValueError):
        return _file_error(Message("planning.import.not_xlsx"))
    return parse_availability(table)


def _file_error(message: Message) -> AvailabilitySheet:
    return AvailabilitySheet((), (RowError.of(0, message),))


def _csv_table(path: Path) -> list[list[Any]]:
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:  # "CSV (gescheiden door lijstscheidingsteken)" from Excel
        text = data.decode("cp1252", errors="replace")
    sample = "\n".join(text.splitlines()[:_HEADER_SEARCH])
    try:
        delimiter = csv.Sniffer().sniff(sample, delimiters=";,\t").delimiter
    except csv.Error:
        delimiter = ";"
    return list(csv.reader(io.StringIO(text), delimiter=delimiter))


def _xlsx_table(path: Path) -> list[list[Any]]:
    """The first sheet with a recognisable header (else the first sheet), as cell values."""
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True, data_only=True)
    try:
        tables = [[list(r) for r in sheet.iter_rows(values_only=True)] for sheet in book]
    finally:
        book.close()
    return next((t for t in tables if _find_header(t) is not None), tables[0] if tables else [])


# -- parsing the cells ----------------------------------------------------------------------


def parse_availability(table: Sequence[Sequence[Any]], first_row: int = 1) -> AvailabilitySheet:
    """Read availability rows from *table* (cell values, as from csv or openpyxl).

    *first_row* is the spreadsheet's number of ``table[0]``; messages use those numbers.
    Empty rows are skipped. See the module docs for the accepted headers and values.
    """
    header = _find_header(table)
    if header is None:
        wanted = ", ".join(f"'{COLUMN_NAMES[n]}'" for n in REQUIRED)
        return _file_error(Message("planning.import.no_header", {"columns": wanted}))
    header_index, columns = header
    rows: list[AvailabilityRow] = []
    errors: list[RowError] = []
    for index in range(header_index + 1, len(table)):
        values = table[index]
        if all(blank(v) for v in values):
            continue
        number = first_row + index
        cells = {n: values[c] if c < len(values) else None for n, c in columns.items()}
        problems: list[Problem] = []
        parsed = _parse_row(number, cells, problems)
        errors.extend(RowError.of(number, p) for p in problems)
        if parsed is not None:
            rows.append(parsed)
    good, clashes = _without_overlaps(rows)
    errors.extend(clashes)
    errors.sort(key=lambda e: e.row)
    return AvailabilitySheet(tuple(good), tuple(errors))


def _header_key(value: Any) -> str:
    text = re.sub(r"\(.*?\)", "", str(value or "").casefold())
    return re.sub(r"[^a-z0-9]", "", text)


def _find_header(rows: Sequence[Sequence[Any]]) -> tuple[int, dict[str, int]] | None:
    """Return (index, field -> column) of the first row with every required header."""
    for index, values in enumerate(rows[:_HEADER_SEARCH]):
        columns: dict[str, int] = {}
        for column, value in enumerate(values):
            name = _HEADER_KEYS.get(_header_key(value))
            if name is not None:
                columns.setdefault(name, column)
        if all(name in columns for name in REQUIRED):
            return index, columns
    return None


def _parse_row(
    number: int, cells: dict[str, Any], problems: list[Problem]
) -> AvailabilityRow | None:
    """Return the row's availability, or None after appending its problems to *problems*."""

    def missing(name: str) -> bool:
        if blank(cells.get(name)):
            problems.append(
                Problem(name, "planning.import.cell_empty", {"column": COLUMN_NAMES[name]})
            )
            return True
        return False

    helper = "" if missing("helper") else cell_text(cells["helper"])
    partner = cell_text(cells.get("partner") or "")
    day: int | date | None = None
    if not missing("day"):
        day = parse_day(cells["day"])
        if day is None:
            problems.append(
                Problem("day", "planning.import.day_invalid", {"value": shown(cells["day"])})
            )
    starts, ends = (
        None if missing(n) else time_cell(n, cells, problems) for n in ("starts", "ends")
    )
    if starts is not None and ends is not None and ends <= starts:
        problems.append(
            Problem(
                "ends",
                "planning.import.ends_before_starts",
                {"ends": hhmm(ends), "starts": hhmm(starts)},
            )
        )
        starts = ends = None
    minutes = None if missing("minutes") else slot_minutes(cells["minutes"], starts, ends, problems)
    capacity = places(cells.get("capacity"), problems)
    valid_from, valid_to = validity(day, cells, problems)
    if problems or day is None or starts is None or ends is None or minutes is None:
        return None
    return AvailabilityRow(
        row=number,
        helper_name=helper,
        partner_name=partner,
        weekday=day if isinstance(day, int) else day.isoweekday(),
        starts=starts,
        ends=ends,
        slot_minutes=minutes,
        capacity=capacity,
        valid_from=valid_from,
        valid_to=valid_to,
    )


def _without_overlaps(
    rows: Iterable[AvailabilityRow],
) -> tuple[list[AvailabilityRow], list[RowError]]:
    """Drop (and report) each row that overlaps an earlier row of the same helper."""
    kept: list[AvailabilityRow] = []
    errors: list[RowError] = []
    for row in rows:
        helper = name_key(row.helper_name)
        clash = next(
            (k for k in kept if name_key(k.helper_name) == helper and overlaps(k, row)), None
        )
        if clash is None:
            kept.append(row)
        else:
            params = {"other": clash.row, **clash.describe()}
            errors.append(RowError.of(row.row, Message("planning.import.overlaps_row", params)))
    return kept, errors
