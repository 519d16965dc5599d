"""What Dutch Excel needs of a file: the CSV rules and the safe text of a cell.

**CSV.** Dutch Excel opens a CSV with a double click only when it is UTF-8 *with* a byte-order
mark (else it guesses Windows-1252), has ``;`` between fields (Dutch Excel's list separator,
since ``,`` is the decimal comma), writes a fraction with a decimal comma, and ends lines with
CRLF. A field that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is run as
a formula by Excel (CSV injection): it gets a leading apostrophe, which Excel shows as text.

**XLSX.** openpyxl stores a string that starts with ``=`` as a formula: such a value goes out
as a cell typed as text (:func:`text_cell`), so it shows as it is and never runs. The other
starts are harmless in a typed text cell.

The central dashboard's downloads (``sync/central/figures/export.py``) and the Belastinghulp
schedule export (:mod:`kiosk.planning.schedule_export`) follow the same rules from here: the core
is the one place both the desk and the central server may import.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from datetime import date, datetime, time
from typing import IO, Any, Final

BOM: Final = "\ufeff"
DELIMITER: Final = ";"
LINE_END: Final = "\r\n"
#: The first characters that make Excel read a CSV field as a formula.
FORMULA_START: Final = ("=", "+", "-", "@", "\t", "\r")
#: Excel's number formats for the cells the exports write.
DATE_FORMAT: Final = "DD-MM-YYYY"
TIME_FORMAT: Final = "HH:MM"
#: The characters Excel forbids in a sheet's name, and its longest name.
_SHEET_FORBIDDEN: Final = str.maketrans({c: " " for c in "[]:*?/\\"})
SHEET_NAME_MAX: Final = 31
#: The control characters an XLSX cell cannot hold (tab, line feed and return it can).
_ILLEGAL: Final = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def csv_writer(handle: IO[str]) -> Any:
    """Return a CSV writer for Dutch Excel on *handle* (opened with ``newline=""``)."""
    return csv.writer(handle, delimiter=DELIMITER, lineterminator=LINE_END)


def csv_text(text: str) -> str:
    """Return *text* as a CSV field Excel never runs as a formula."""
    return "'" + text if text.startswith(FORMULA_START) else text


def csv_cell(value: Any) -> str:
    """Return one CSV field: empty for None, ``dd-mm-jjjj``, ``HH:MM``, a decimal comma."""
    if value is None:
        return ""
    if isinstance(value, str):
        return csv_text(value)
    if isinstance(value, bool):
        return str(int(value))
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return f"{value:.10g}".replace(".", ",")
    # Formatted by hand: strftime imports the time module on every call, which a million rows
    # feel (and more so under PySide6's import hook).
    if isinstance(value, datetime):
        return f"{csv_cell(value.date())} {csv_cell(value.time())}"
    if isinstance(value, date):
        return f"{value.day:02d}-{value.month:02d}-{value.year:04d}"
    if isinstance(value, time):
        return f"{value.hour:02d}:{value.minute:02d}"
    return csv_text(str(value))


def csv_row(values: Iterable[Any]) -> list[str]:
    """Return *values* as CSV fields (:func:`csv_cell`)."""
    return [csv_cell(v) for v in values]


def text_cell(sheet: Any, text: str) -> Any:
    """Return *text* for a write-only *sheet*: as it is, or as a text cell if it starts ``=``.

    openpyxl would store ``=...`` as a formula; the typed cell keeps the text exactly. Control
    characters that a sheet cannot hold are left out.
    """
    text = sheet_text(text)
    if not text.startswith("="):
        return text
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(sheet, value=text)
    cell.data_type = "s"
    return cell


def sheet_text(text: str) -> str:
    """Return *text* without the control characters an XLSX cannot hold."""
    return _ILLEGAL.sub("", text) if _ILLEGAL.search(text) else text


def sheet_name(title: str, used: set[str], *, blank: str = "Blad") -> str:
    """Return a sheet name from *title*: at most 31 characters, none forbidden, unique in *used*.

    A *title* with nothing left to name the sheet by is named *blank*.
    """
    base = " ".join(title.translate(_SHEET_FORBIDDEN).split()).strip("'") or blank
    name = base[:SHEET_NAME_MAX].rstrip()
    n = 2
    while name.lower() in used:
        suffix = f" ({n})"
        name = base[: SHEET_NAME_MAX - len(suffix)].rstrip() + suffix
        n += 1
    used.add(name.lower())
    return name
