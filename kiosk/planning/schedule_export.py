"""The Belastinghulp season as a spreadsheet, for a partner's coordinator or the library's records.

:func:`export_schedule` writes one row per slot and booking. A slot without bookings is one row
with status ``vrij`` (or ``gesloten``); a slot with bookings is one row per booking, cancelled
ones included (status ``geannuleerd``), so the sheet is the full story. Two formats:

- ``.csv``: UTF-8 with a BOM, ``;`` between fields, CRLF line ends, dates ``dd-mm-jjjj``
  and times ``HH:MM``: what Dutch Excel opens correctly with a double click. Free-text fields
  that start with ``= + - @`` get a leading ``'`` so Excel never runs them as a formula (the
  rules of :mod:`kiosk.report.excel`, which the Overzicht's export and the dashboard's follow).
- ``.xlsx``: one sheet *Rooster* (one sheet, so filtering and sorting work across months), a
  bold frozen header row with a filter, fitted column widths, real date and time cells and
  text cells for phone numbers (a leading 0 stays).

The header row, the status words and the sheet's name are Dutch, or English with
``english=True`` (the desk's language; the UI passes it): a coordinator who reads English gets
an English sheet. The availability import reads headers in either language.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import suppress
from dataclasses import astuple, dataclass, replace
from datetime import date, time
from pathlib import Path
from typing import Final

from kiosk.files import publish, temporary_name
from kiosk.planning import codes
from kiosk.planning.records import GridData, Helper, Slot
from kiosk.report.excel import DATE_FORMAT, TIME_FORMAT, csv_cell, csv_writer, sheet_text

#: The export's columns, in order (also the header row); one per :class:`ScheduleRow` field.
SCHEDULE_COLUMNS: Final = (
    "datum",
    "begintijd",
    "eindtijd",
    "helper",
    "organisatie",
    "capaciteit",
    "status",
    "naam",
    "telefoon",
    "waarvoor",
    "meenemen",
    "opmerking",
    "voorlopig",
    "inloop",
)
#: The same columns for an English sheet.
SCHEDULE_COLUMNS_EN: Final = (
    "date",
    "start time",
    "end time",
    "helper",
    "organisation",
    "places",
    "status",
    "name",
    "phone",
    "purpose",
    "bring",
    "remark",
    "provisional",
    "walk-in",
)
STATUS_WORDS: Final = {
    "booked": "geboekt",
    "cancelled": "geannuleerd",
    "attended": "verschenen",
    "no_show": "niet verschenen",
}
#: The words of a Dutch sheet's cells, by what they say (``yes``: ja).
_NL: Final = {
    **STATUS_WORDS,
    "free": "vrij",
    "closed": "gesloten",
    "attention": "aandacht nodig",
    "yes": "ja",
    "no": "nee",
    "sheet": "Rooster",
}
#: The same words for an English sheet.
_EN: Final = {
    "booked": "booked",
    "cancelled": "cancelled",
    "attended": "attended",
    "no_show": "no-show",
    "free": "free",
    "closed": "closed",
    "attention": "needs attention",
    "yes": "yes",
    "no": "no",
    "sheet": "Schedule",
}
_WIDTHS: Final = (12, 10, 10, 22, 24, 10, 16, 24, 15, 34, 40, 36, 10, 8)
_PHONE: Final = SCHEDULE_COLUMNS.index("telefoon")
Labeler = Callable[[str], str]


@dataclass(frozen=True, slots=True)
class ScheduleRow:
    """One row of the export: a slot, and one of its bookings (or none).

    The fields are in :data:`SCHEDULE_COLUMNS` order.
    """

    day: date
    starts: time
    ends: time
    helper: str
    partner: str
    capacity: int
    status: str
    name: str = ""
    phone: str = ""
    purpose: str = ""
    checklist: str = ""
    remark: str = ""
    provisional: str = ""
    walk_in: str = ""


def export_schedule(
    grid: GridData, path: Path, label: Labeler | None = None, *, english: bool = False
) -> int:
    """Write the season in *grid* to *path* (``.xlsx`` or ``.csv``); return the data rows.

    *english* writes the headers, the status words and the code labels in English.

    Raises :class:`ValueError` for another suffix (a caller's mistake: the UI always picks one
    of the two) and :class:`OSError` when the file cannot be written (for example, it is open in
    Excel, or the disk is full: then an earlier file at *path* stays as it was).
    """
    rows = schedule_rows(grid, label, english=english)
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise ValueError(f"unknown file type {path.suffix!r}: export to .xlsx or .csv")
    # Written beside its place and renamed when whole: a full disk leaves no half file.
    temporary = temporary_name(path)
    try:
        if suffix == ".csv":
            write_schedule_csv(rows, temporary, english=english)
        else:
            write_schedule_xlsx(rows, temporary, title=grid.season.name, english=english)
        publish(temporary, path)
    except BaseException:
        with suppress(OSError):
            temporary.unlink()
        raise
    return len(rows)


def schedule_rows(
    grid: GridData, label: Labeler | None = None, *, english: bool = False
) -> list[ScheduleRow]:
    """Return the export's rows for *grid*: by day, time and helper name; bookings in order."""
    if label is None:
        label = (lambda c: codes.label(c, english=True)) if english else codes.label
    words = _EN if english else _NL
    rows: list[ScheduleRow] = []
    for (_row, column), slot in grid.cells.items():
        rows.extend(_slot_rows(slot, grid.helpers[column], label, words))
    rows.sort(key=lambda r: (r.day, r.starts, r.helper.casefold()))
    return rows


def _slot_rows(
    slot: Slot, helper: Helper, label: Labeler, words: dict[str, str]
) -> Iterator[ScheduleRow]:
    free = ScheduleRow(
        day=slot.day,
        starts=slot.starts,
        ends=slot.ends,
        helper=helper.name,
        partner=helper.partner_name,
        capacity=slot.capacity,
        status=words["closed"] if slot.closed else words["free"],
    )
    if not slot.bookings:
        yield free
        return
    for booking in slot.bookings:
        status = words.get(booking.status, booking.status)
        if booking.status != "cancelled" and booking.sync == "conflict":
            status = words["attention"]
        yield replace(
            free,
            status=status,
            name=booking.name or "",
            phone=booking.phone or "",
            purpose=", ".join(label(c) for c in booking.purpose),
            checklist=", ".join(label(c) for c in booking.checklist),
            remark=booking.remark or "",
            provisional=words["yes"] if booking.sync == "provisional" else words["no"],
            walk_in=words["yes"] if booking.walk_in else words["no"],
        )


def write_schedule_csv(rows: Sequence[ScheduleRow], path: Path, *, english: bool = False) -> None:
    """Write *rows* as CSV for Dutch Excel (UTF-8 with BOM, ``;``, ``dd-mm-jjjj``)."""
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv_writer(handle)
        writer.writerow(SCHEDULE_COLUMNS_EN if english else SCHEDULE_COLUMNS)
        for row in rows:
            # A phone number is checked by the booking rules; it is never a formula.
            writer.writerow(
                [str(v) if i == _PHONE else csv_cell(v) for i, v in enumerate(astuple(row))]
            )


def write_schedule_xlsx(
    rows: Sequence[ScheduleRow], path: Path, title: str = "", *, english: bool = False
) -> None:
    """Write *rows* to an .xlsx workbook with one sheet *Rooster* (see the module docs)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = Workbook()
    sheet = book.active
    sheet.title = (_EN if english else _NL)["sheet"]
    if title:
        book.properties.title = title
    sheet.append(list(SCHEDULE_COLUMNS_EN if english else SCHEDULE_COLUMNS))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row_number, row in enumerate(rows, start=2):
        for column, value in enumerate(astuple(row), start=1):
            cell = sheet.cell(row=row_number, column=column)
            if isinstance(value, str):
                # Set the type after the value: openpyxl reads a leading "=" as a formula.
                cell.value = sheet_text(value)
                cell.data_type = "s"
            else:
                cell.value = value
            if isinstance(value, date):
                cell.number_format = DATE_FORMAT
            elif isinstance(value, time):
                cell.number_format = TIME_FORMAT
            elif column - 1 == _PHONE:
                cell.number_format = "@"
    for column, width in enumerate(_WIDTHS, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(SCHEDULE_COLUMNS))}{len(rows) + 1}"
    book.save(path)
