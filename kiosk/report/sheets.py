"""The XLSX side of an export: openpyxl's write-only workbook, its sheets and cell styles.

:class:`WorkbookSink` takes the question rows as they come (each goes to disk at once, as
SpreadsheetML by :mod:`kiosk.report.rowxml`: nothing is kept in memory) and, at
:meth:`WorkbookSink.close`, writes the sheets that need every row counted first: the
explanation, the summary and the Belastinghulp seasons. The explanation and the summary
still come first in the workbook: their sheets are made at the start and filled at the end.

Excel shows at most 1,048,576 rows on a sheet: past that the questions go on in a sheet
"Vragen (2)", with the same heading.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from contextlib import suppress
from datetime import date, time
from pathlib import Path
from typing import Any, Final

from kiosk.catalogue import CatalogueSet
from kiosk.overview.figures import SeasonFigures
from kiosk.overview.periods import Period
from kiosk.report import excel
from kiosk.report.rowxml import RowWriter, splice
from kiosk.report.season import season_lines
from kiosk.report.summary import HEADING, NOTE, TITLE, TOTAL, Line, Summary, summary_lines
from kiosk.report.words import QUESTION_COLUMNS, ReportWords

#: Excel's last row.
EXCEL_ROWS: Final = 1_048_576
#: Column widths of the question sheet, per column key (others: 14).
_WIDTHS: Final = {
    "visit": 38,
    "date": 12,
    "time": 8,
    "organisation_label": 28,
    "topic_label": 32,
    "help_label": 36,
    "referral_label": 32,
    "digid_followup_label": 26,
}
_FONTS: dict[str, Any] = {}


class WorkbookSink:
    """A workbook being written at *path* (see the module's docstring).

    The question rows go straight to :class:`~kiosk.report.rowxml.RowWriter` files beside
    *path*; :meth:`close` saves the workbook openpyxl made and splices them in.
    """

    def __init__(self, path: Path, words: ReportWords, rows_per_sheet: int = EXCEL_ROWS - 1):
        """Start the workbook: its first sheets, and the question sheet's heading."""
        from openpyxl import Workbook

        self.path, self.words, self.rows_per_sheet = path, words, rows_per_sheet
        self.book = Workbook(write_only=True)
        self.used: set[str] = set()
        self.about = self._sheet(words.sheet("about"))
        self.summary = self._sheet(words.sheet("summary"))
        self.questions: list[tuple[Any, RowWriter]] = []
        self.count = 0  # rows on the last question sheet
        try:
            self._new_question_sheet()
        except BaseException:  # e.g. no folder for the rows file: close openpyxl's sheets too
            self.discard()
            raise

    def _sheet(self, title: str) -> Any:
        return self.book.create_sheet(excel.sheet_name(title, self.used))

    def _new_question_sheet(self) -> None:
        from openpyxl.utils import get_column_letter

        sheet = self._sheet(self.words.sheet("questions"))
        for i, key in enumerate(QUESTION_COLUMNS, start=1):
            sheet.column_dimensions[get_column_letter(i)].width = _WIDTHS.get(key, 14)
        sheet.freeze_panes = "A2"
        sheet.append([styled(sheet, self.words.column(k), "bold") for k in QUESTION_COLUMNS])
        # The style numbers of a date and a time cell, as openpyxl will write them.
        styles = (value(sheet, date(2000, 1, 1)).style_id, value(sheet, time(0)).style_id)
        rows_file = self.path.with_name(f"{self.path.name}.rows{len(self.questions) + 1}.gz")
        self.questions.append((sheet, RowWriter(rows_file, len(QUESTION_COLUMNS), *styles)))
        self.count = 0

    def row(self, values: Sequence[Any]) -> None:
        """Append one question's *values* (:data:`~kiosk.report.words.QUESTION_COLUMNS`)."""
        if self.count == self.rows_per_sheet:
            self._new_question_sheet()
        self.questions[-1][1].row(values)
        self.count += 1

    def close(
        self,
        summary: Summary,
        period: Period,
        catalogues: CatalogueSet,
        about: Sequence[tuple[str, str]],
        seasons: Sequence[SeasonFigures],
    ) -> None:
        """Write the counted sheets, save the workbook and splice the question rows in."""
        from openpyxl.utils import get_column_letter

        last = get_column_letter(len(QUESTION_COLUMNS))
        for sheet, rows in self.questions:
            rows.close()
            sheet.auto_filter.ref = f"A1:{last}{rows.next_row - 1}"
        words = self.words
        write_lines(
            self.summary, summary_lines(summary, period, catalogues, words), (14, 44, 12, 12)
        )
        for season in seasons:
            sheet = self._sheet(words.sheet("season", year=season.year))
            write_lines(sheet, season_lines(season, words), (28, 14, 12, 12, 14, 12, 10))
        counted = (
            (words.sums("visits"), summary.visits),
            (words.sums("questions"), summary.questions),
        )
        write_about(self.about, words.about_title, (*about, *counted))
        base = self.path.with_name(f"{self.path.name}.base")
        try:
            self.book.save(base)
            parts = {sheet.path.lstrip("/"): rows for sheet, rows in self.questions}
            splice(base, self.path, parts)
        finally:
            self._remove(base)

    def discard(self) -> None:
        """Close the workbook unsaved and remove openpyxl's and our temporary files."""
        for sheet in self.book.worksheets:
            rows, writer = getattr(sheet, "_rows", None), getattr(sheet, "_writer", None)
            with suppress(Exception):
                if rows is not None:
                    rows.close()
            with suppress(Exception):
                if writer is not None:
                    writer.close()
                    writer.cleanup()
        self._remove()

    def _remove(self, *more: Path) -> None:
        for _sheet, rows in self.questions:
            with suppress(Exception):
                rows.close()
        for path in (*more, *(rows.path for _sheet, rows in self.questions)):
            with suppress(OSError):
                path.unlink(missing_ok=True)


def write_about(sheet: Any, title: str, lines: Iterable[tuple[str, Any]]) -> None:
    """Fill the explanation: *title*, then bold labels beside wrapped texts."""
    sheet.column_dimensions["A"].width = 26
    sheet.column_dimensions["B"].width = 90
    sheet.append([styled(sheet, title, "title")])
    sheet.append([])
    for label, text in lines:
        sheet.append([styled(sheet, label, "bold"), styled(sheet, text, "wrap")])


def write_lines(sheet: Any, lines: Iterable[Line], widths: Sequence[int]) -> None:
    """Fill *sheet* with *lines* (titles and headings bold), columns *widths* wide."""
    from openpyxl.utils import get_column_letter

    for i, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(i)].width = width
    style = {TITLE: "title2", HEADING: "bold", TOTAL: "bold", NOTE: "italic"}
    for line in lines:
        how = style.get(line.style)
        sheet.append([styled(sheet, v, how) if how else value(sheet, v) for v in line.cells])


def styled(sheet: Any, content: Any, how: str) -> Any:
    """A cell with *content* in the style *how*: bold, title, title2, italic or wrap."""
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font

    if not _FONTS:
        _FONTS.update(
            bold=Font(bold=True),
            title=Font(bold=True, size=14),
            title2=Font(bold=True, size=12),
            italic=Font(italic=True),
        )
    if isinstance(content, str):
        content = excel.sheet_text(content)
    cell = WriteOnlyCell(sheet, value=content)
    if isinstance(content, str) and content.startswith("="):
        cell.data_type = "s"
    if how == "wrap":
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    else:
        cell.font = _FONTS[how]
    if isinstance(content, date):
        cell.number_format = excel.DATE_FORMAT
    return cell


def value(sheet: Any, content: Any) -> Any:
    """*content* for a write-only *sheet*: a date or time with its format, safe text."""
    if isinstance(content, str):
        return excel.text_cell(sheet, content)
    if isinstance(content, date | time):
        from openpyxl.cell import WriteOnlyCell

        cell = WriteOnlyCell(sheet, value=content)
        cell.number_format = excel.TIME_FORMAT if isinstance(content, time) else excel.DATE_FORMAT
        return cell
    return content
