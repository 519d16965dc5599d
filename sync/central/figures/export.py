"""A dashboard view as a download: a CSV that Dutch Excel opens, and an XLSX with a sheet a table.

**The CSV** (:func:`view_csv`) is one table, so it reads back with any CSV reader and opens in
Dutch Excel as it is: UTF-8 with a byte-order mark (else Excel guesses Windows-1252), ``;``
between fields (Dutch Excel's list separator) and a decimal comma. The first column, ``tabel``,
names the table a row belongs to; then come the columns of every table of the view (by key, in
the order they first appear; a row leaves the columns of other tables empty); the last,
``opmerking``, says why a row has empty counts. The first rows have ``tabel`` set to
``Toelichting`` and their text in ``opmerking``: the view, the filter, up to when the figures
run, how small counts are shown. So a reader keeps only the rows of one table with a filter on
the first column.

A hidden count (None: too small to show, or one that would give a small one away) is an empty
field, never a zero. Text that Excel would run as a formula (starting with ``=``, ``+``, ``-``,
``@``) gets a leading apostrophe.

**The XLSX** (:func:`view_xlsx`) has a first sheet ``Toelichting`` (view, filter, "cijfers
tot", notes) and then a sheet per table: the headings in bold on the first row, counts as
numbers, hidden counts empty, the table's summary and a note under it. :func:`add_table_sheet`
is shared with the accountability report (:mod:`sync.central.reports`).

**The detailed CSV** (:func:`detail_csv`) streams :func:`~sync.central.figures.queries.csv_rows`
(questions per month, branch, channel, kind, organisation and topic, in codes) line by line in
the same Dutch shape, for viewers who may see branches.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import fields
from datetime import UTC, date, datetime
from typing import Any, Final

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from kiosk import municipalities
from kiosk.report import excel
from kiosk.report.excel import BOM
from sync.central.figures import wording
from sync.central.figures.queries import CSV_HEADER, Filter
from sync.central.figures.views import Table, View

TABLE_COLUMN: Final = "tabel"
NOTE_COLUMN: Final = "opmerking"
ABOUT: Final = "Toelichting"
HIDDEN_NOTE: Final = (
    "Een leeg vak is een klein aantal dat niet getoond wordt, of een aantal waaruit een klein "
    "aantal af te leiden zou zijn."
)
ROW_HIDDEN: Final = "Niet alle aantallen in deze rij worden getoond (kleine aantallen)."
#: Dutch names of the filter's fields (a field not named here shows its own name).
FILTER_LABELS: Final = {
    "provinces": "Provincie",
    "municipalities": "Gemeente",
    "organisations": "Bibliotheekorganisatie",
    "branches": "Vestiging",
    "channels": "Kanaal",
    "asked": "Instantie",
    "forms": "IDO-vorm",
    "inside": "Plek",
    "day": "Gemeente-indeling",
}
#: Dutch headings of the detailed CSV (:data:`~sync.central.figures.queries.CSV_HEADER`).
DETAIL_LABELS: Final = {
    "month": "maand",
    "province": "provincie",
    "municipality": "gemeente",
    "library_organisation": "bibliotheekorganisatie",
    "branch": "vestiging",
    "channel": "kanaal",
    "kind": "soort",
    "organisation": "instantie",
    "topic": "onderwerp",
    "questions": "vragen",
}


# -- words ------------------------------------------------------------------------------------


def period_text(first: int | None, last: int | None) -> str:
    """The filter's months in Dutch: ``2026``, ``1e kwartaal 2026``, ``maart t/m mei 2026``."""
    if first is None and last is None:
        return "alle maanden"
    if first is None:
        return f"tot en met {wording.month_long(last or 0)}"
    if last is None:
        return f"vanaf {wording.month_long(first)}"
    year, m1, m2 = first // 100, first % 100, last % 100
    if year == last // 100:
        if (m1, m2) == (1, 12):
            return str(year)
        if m1 % 3 == 1 and m2 == m1 + 2:
            return f"{(m1 + 2) // 3}e kwartaal {year}"
        if m1 == m2:
            return wording.month_long(first)
    return f"{wording.month_long(first)} t/m {wording.month_long(last)}"


def period_slug(first: int | None, last: int | None) -> str:
    """The filter's months for a file name: ``2026``, ``2026-k1``, ``2026-03-2026-05``."""
    if first is None and last is None:
        return "alles"
    if first is not None and last is not None and first // 100 == last // 100:
        year, m1, m2 = first // 100, first % 100, last % 100
        if (m1, m2) == (1, 12):
            return str(year)
        if m1 % 3 == 1 and m2 == m1 + 2:
            return f"{year}-k{(m1 + 2) // 3}"
    start = "begin" if first is None else f"{first // 100}-{first % 100:02d}"
    end = "nu" if last is None else f"{last // 100}-{last % 100:02d}"
    return f"{start}-{end}"


def moment_text(moment: datetime) -> str:
    """*moment* in Dutch local time (:func:`~sync.central.figures.wording.moment`)."""
    return wording.moment(moment if moment.tzinfo else moment.replace(tzinfo=UTC))


def through_text(through: datetime | None) -> str:
    """The "cijfers tot" line's value."""
    return "nog geen cijfers" if through is None else moment_text(through)


def describe_filter(f: Filter) -> list[tuple[str, str]]:
    """What *f* selects, as (Dutch label, value) lines: the period first, then each choice."""
    lines = [("Periode", period_text(f.first, f.last))]
    for item in fields(f):
        if item.name in ("first", "last"):
            continue
        value = getattr(f, item.name)
        if value is None or value == frozenset():
            continue
        label = FILTER_LABELS.get(item.name, item.name)
        if isinstance(value, bool):
            text = "in de bibliotheek" if value else "buiten de bibliotheek"
        elif isinstance(value, date):
            text = f"zoals op {wording.day(value)}"
        elif isinstance(value, frozenset | set | list | tuple):
            text = ", ".join(_named(item.name, str(v)) for v in sorted(value))
        else:
            text = str(value)
        lines.append((label, text))
    return lines


def _named(field_name: str, code: str) -> str:
    """A province or municipality code with its name (``Tilburg (GM0855)``); others as given."""
    reference = municipalities.shipped()
    if field_name == "provinces" and (province := reference.provinces.get(code)) is not None:
        return f"{province.name} ({code})"
    if field_name == "municipalities" and (found := reference.get(code)) is not None:
        return f"{found.name} ({code})"
    return code


def about_lines(
    view: View, described: Sequence[tuple[str, str]], generated: datetime | None
) -> list[tuple[str, str]]:
    """The explanation a download starts with: view, filter, "cijfers tot", notes."""
    lines = [("Weergave", view.title), *described, ("Cijfers tot", through_text(view.through))]
    if generated is not None:
        lines.append(("Gemaakt op", moment_text(generated)))
    if any(t.hidden for t in view.tables):
        lines.append(("Kleine aantallen", HIDDEN_NOTE))
    lines.extend(("Let op", note) for note in view.notes)
    return lines


# -- CSV --------------------------------------------------------------------------------------


def csv_cell(value: Any, kind: str = "text") -> str:
    """One field of a Dutch CSV: empty for None, decimal comma, formulas defused.

    The numbers are :func:`kiosk.report.excel.csv_cell`'s; a yes/no is ``ja``/``nee`` (the
    desk writes 1/0), and only a column of *kind* ``text`` is defused (its other values are
    written as they are).
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, int | float):
        return excel.csv_cell(value)
    text = str(value)
    return excel.csv_text(text) if kind == "text" else text


def view_csv(
    view: View,
    *,
    described: Sequence[tuple[str, str]] = (),
    generated: datetime | None = None,
) -> bytes:
    """*view* as one Dutch CSV (see the module's docstring for its layout).

    *described* are the filter's lines (:func:`describe_filter`), *generated* the time of the
    download; both go into the ``Toelichting`` rows.
    """
    # A column is its key and heading: the same key under another heading (visits here,
    # national visits there) is another column.
    keys = list(dict.fromkeys((c.key, c.label) for t in view.tables for c in t.columns))
    buffer = io.StringIO()
    out = excel.csv_writer(buffer)
    buffer.write(BOM)
    out.writerow([TABLE_COLUMN, *(label for _, label in keys), NOTE_COLUMN])
    blanks = [""] * len(keys)
    for label, text in about_lines(view, described, generated):
        out.writerow([ABOUT, *blanks, f"{label}: {text}"])
    for table in view.tables:
        place = {(c.key, c.label): i for i, c in enumerate(table.columns)}
        kinds = [c.kind for c in table.columns]
        for row in table.rows:
            cells = [
                "" if k not in place else csv_cell(row[place[k]], kinds[place[k]]) for k in keys
            ]
            hidden = any(v is None and kind != "text" for v, kind in zip(row, kinds, strict=True))
            out.writerow([csv_cell(table.title), *cells, ROW_HIDDEN if hidden else ""])
    return buffer.getvalue().encode("utf-8")


def detail_csv(rows: Iterable[Sequence[Any]], chunk: int = 1000) -> Iterator[bytes]:
    """The detailed CSV of :func:`~sync.central.figures.queries.csv_rows`, streamed.

    Yields the heading (with the byte-order mark) and then the encoded lines of every *chunk*
    rows; months as ``2026-03``, places and answers as codes, counts as whole numbers. Only
    the month is rewritten per row, and the branch's name (the one free text: the rest are
    checked codes) only when it would start a formula: a year of a large organisation is
    some 100,000 rows.
    """
    buffer = io.StringIO()
    out = excel.csv_writer(buffer)
    buffer.write(BOM)
    out.writerow([DETAIL_LABELS.get(k, k) for k in CSV_HEADER])
    month_at, name_at = CSV_HEADER.index("month"), CSV_HEADER.index("branch")
    months: dict[int, str] = {}
    batch: list[list[Any]] = []
    for row in rows:
        cells = list(row)
        month = int(cells[month_at])
        text = months.get(month)
        if text is None:
            text = months[month] = f"{month // 100}-{month % 100:02d}"
        cells[month_at] = text
        name = cells[name_at]
        if isinstance(name, str):
            cells[name_at] = excel.csv_text(name)
        batch.append(cells)
        if len(batch) == chunk:
            out.writerows(batch)
            batch.clear()
            yield buffer.getvalue().encode("utf-8")
            buffer.seek(0)
            buffer.truncate()
    out.writerows(batch)
    yield buffer.getvalue().encode("utf-8")


# -- XLSX -------------------------------------------------------------------------------------

_BOLD = Font(bold=True)
_TITLE = Font(bold=True, size=14)
_WRAP = Alignment(wrap_text=True, vertical="top")
_NUMBER_FORMATS = {"count": "#,##0", "number": "#,##0.0", "percent": "0.0"}


def sheet_name(title: str, used: set[str]) -> str:
    """A sheet name from *title* (:func:`kiosk.report.excel.sheet_name`), ``Tabel`` if blank."""
    return excel.sheet_name(title, used, blank="Tabel")


def _cell(sheet: Any, value: Any, *, font: Font | None = None, fmt: str | None = None) -> Any:
    cell = WriteOnlyCell(sheet, value=value)
    if font is not None:
        cell.font = font
    if fmt is not None:
        cell.number_format = fmt
    return cell


def title_row(sheet: Any, text: str, *, size: float | None = None) -> None:
    """Append a row with *text* in bold (larger with *size*)."""
    font = _BOLD if size is None else Font(bold=True, size=size)
    sheet.append([_cell(sheet, xlsx_text(text), font=font)])


def xlsx_text(value: Any) -> Any:
    """A text cell's value: formulas defused (openpyxl would store ``=...`` as a formula).

    The dashboard's sheets show the apostrophe, where the desk's
    (:func:`kiosk.report.excel.text_cell`) keep the text exact in a cell typed as text.
    """
    if isinstance(value, str) and value.startswith("="):
        return "'" + value
    return value


def add_about_sheet(
    workbook: Any, title: str, lines: Sequence[tuple[str, str]], used: set[str]
) -> None:
    """A sheet of (label, text) lines under a bold *title*."""
    sheet = workbook.create_sheet(sheet_name(ABOUT, used))
    sheet.column_dimensions["A"].width = 26
    sheet.column_dimensions["B"].width = 90
    sheet.append([_cell(sheet, xlsx_text(title), font=_TITLE)])
    sheet.append([])
    for label, text in lines:
        value = _cell(sheet, xlsx_text(text))
        value.alignment = _WRAP
        sheet.append([_cell(sheet, xlsx_text(label), font=_BOLD), value])


def append_table(sheet: Any, table: Table, *, titled: bool = False) -> None:
    """Append *table* to *sheet*, then a blank row.

    Its title first when *titled*, then bold headings, the rows (counts as numbers, hidden
    ones empty), its summary and, when it hides counts, the note on small counts.
    """
    if titled:
        title_row(sheet, table.title)
    sheet.append([_cell(sheet, xlsx_text(c.label), font=_BOLD) for c in table.columns])
    formats = [_NUMBER_FORMATS.get(c.kind) for c in table.columns]
    for row in table.rows:
        sheet.append(
            [
                _cell(sheet, xlsx_text(v), fmt=fmt if v is not None else None)
                for v, fmt in zip(row, formats, strict=True)
            ]
        )
    if table.summary:
        sheet.append([xlsx_text(table.summary)])
    if table.hidden:
        sheet.append([HIDDEN_NOTE])
    sheet.append([])


def set_widths(sheet: Any, tables: Sequence[Table]) -> None:
    """Column widths that fit the widest of *tables* (text columns wide, counts narrow)."""
    widths: dict[int, int] = {}
    for table in tables:
        for i, column in enumerate(table.columns, start=1):
            wide = 36 if column.kind == "text" else max(12, min(40, len(column.label) + 4))
            widths[i] = max(widths.get(i, 0), wide)
    for i, width in widths.items():
        sheet.column_dimensions[get_column_letter(i)].width = width


def add_table_sheet(workbook: Any, table: Table, used: set[str]) -> None:
    """A sheet with *table*: bold headings on row 1 (frozen), its rows, then its summary."""
    sheet = workbook.create_sheet(sheet_name(table.title, used))
    set_widths(sheet, [table])
    sheet.freeze_panes = "A2"
    append_table(sheet, table)


def new_workbook() -> Any:
    """An empty write-only workbook (openpyxl's streaming mode: rows go out as written)."""
    return Workbook(write_only=True)


def workbook_bytes(workbook: Any) -> bytes:
    """The saved workbook."""
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def view_xlsx(
    view: View,
    *,
    described: Sequence[tuple[str, str]] = (),
    generated: datetime | None = None,
) -> bytes:
    """*view* as an XLSX: a ``Toelichting`` sheet, then one sheet per table."""
    workbook = new_workbook()
    used: set[str] = set()
    add_about_sheet(workbook, view.title, about_lines(view, described, generated), used)
    for table in view.tables:
        add_table_sheet(workbook, table, used)
    return workbook_bytes(workbook)
