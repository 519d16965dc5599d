"""Write the export of a period: an XLSX workbook or a CSV, streamed, never half-written.

**XLSX** (openpyxl's write-only workbook: rows go to disk as they are made, so a year of a
million questions does not fill memory), sheets in this order:

1. *Toelichting*: the period, the desk, when it was made, how voids and corrections are
   counted (lines the caller gives, in its language), then the visits and questions counted;
2. *Samenvatting*: the totals in the categories of the national registration
   (:mod:`kiosk.report.summary`);
3. *Vragen*: one row per counted question (:mod:`kiosk.report.questions`), with a frozen
   bold heading and a filter;
4. *Belastinghulp <jaar>*: per Belastinghulp season that touches the period
   (:mod:`kiosk.report.season`).

The questions are read once: the summary is counted from the rows as they are written, so
its totals equal the question sheet by construction.

**CSV**: the question rows only, one table, in the Dutch Excel shape (:mod:`kiosk.report.excel`).

The file is first written beside its place under a temporary name and then moved over it in
one step (:func:`replacing`): a full disk, a file open in Excel or a crash leaves the old file
(or none), never half a file. :class:`OSError` reaches the caller, which words it.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import date, time
from pathlib import Path
from typing import Any, Final, Protocol

from kiosk.catalogue import CatalogueSet
from kiosk.overview.figures import QuestionRow, SeasonFigures
from kiosk.overview.periods import Period
from kiosk.report import excel
from kiosk.report.questions import RowMaker
from kiosk.report.season import season_lines, touches
from kiosk.report.summary import HEADING, NOTE, TITLE, TOTAL, Line, Summary, summary_lines
from kiosk.report.words import QUESTION_COLUMNS, ReportWords

#: The file types an export writes.
SUFFIXES: Final = (".xlsx", ".csv")
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


class Overview(Protocol):
    """What the export reads (:class:`kiosk.overview.service.OverviewService`)."""

    def question_rows(self, period: Period) -> Iterator[QuestionRow]:
        """Yield the counted questions of *period*."""
        ...

    def seasons(self) -> list[tuple[str, int]]:
        """Return the Belastinghulp seasons as (id, year)."""
        ...

    def season(self, season_id: str) -> SeasonFigures:
        """Return one season's figures."""
        ...


@dataclass(frozen=True)
class ReportResult:
    """What an export wrote: the file, its visits and questions, its Belastinghulp sheets."""

    path: Path
    visits: int
    questions: int
    seasons: int = 0


def write_report(
    overview: Overview,
    period: Period,
    path: Path,
    catalogues: CatalogueSet,
    words: ReportWords,
    about: Sequence[tuple[str, str]] = (),
) -> ReportResult:
    """Write the export of *period* to *path* (``.xlsx`` or ``.csv``, see the module docs).

    *about* are the explanation's (label, text) lines. Raises :class:`ValueError` for another
    suffix (a caller's mistake) and :class:`OSError` when the file cannot be written.
    """
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise ValueError(f"unknown file type {path.suffix!r}: export to .xlsx or .csv")
    rows = overview.question_rows(period)
    with replacing(path) as temporary:
        if suffix == ".csv":
            summary = write_csv(rows, temporary, catalogues, words)
            seasons: list[SeasonFigures] = []
        else:
            seasons = seasons_in(overview, period)
            summary = write_xlsx(rows, temporary, period, catalogues, words, about, seasons)
    return ReportResult(path, summary.visits, summary.questions, len(seasons))


def seasons_in(overview: Overview, period: Period) -> list[SeasonFigures]:
    """Return the Belastinghulp seasons that touch *period*, oldest first."""
    found = (overview.season(season_id) for season_id, _year in overview.seasons())
    return sorted((s for s in found if touches(s, period)), key=lambda s: (s.year, s.season_id))


@contextmanager
def replacing(path: Path) -> Iterator[Path]:
    """Give a temporary path beside *path*; move it over *path* when the block succeeds.

    When the block or the move fails, the temporary file is removed and *path* is as it was.
    """
    temporary = path.with_name(f"~{path.stem}.{secrets.token_hex(4)}{path.suffix}.tmp")
    try:
        yield temporary
        temporary.replace(path)
    except BaseException:
        with suppress(OSError):
            temporary.unlink(missing_ok=True)
        raise


def write_csv(
    rows: Iterable[QuestionRow], path: Path, catalogues: CatalogueSet, words: ReportWords
) -> Summary:
    """Write *rows* to *path* as a Dutch Excel CSV; return what was counted."""
    maker, summary = RowMaker(catalogues, words), Summary()
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        out = excel.csv_writer(handle)
        out.writerow(excel.csv_row(words.column(k) for k in QUESTION_COLUMNS))
        for row in rows:
            summary.add(row)
            out.writerow(excel.csv_row(maker.values(row)))
    return summary


def write_xlsx(
    rows: Iterable[QuestionRow],
    path: Path,
    period: Period,
    catalogues: CatalogueSet,
    words: ReportWords,
    about: Sequence[tuple[str, str]] = (),
    seasons: Sequence[SeasonFigures] = (),
) -> Summary:
    """Write the workbook (see the module docs) to *path*; return what was counted."""
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    try:
        summary = _fill_book(book, rows, period, catalogues, words, about, seasons)
        book.save(path)
    except BaseException:
        _discard(book)
        raise
    return summary


def _fill_book(
    book: Any,
    rows: Iterable[QuestionRow],
    period: Period,
    catalogues: CatalogueSet,
    words: ReportWords,
    about: Sequence[tuple[str, str]],
    seasons: Sequence[SeasonFigures],
) -> Summary:
    from openpyxl.utils import get_column_letter

    used: set[str] = set()
    about_sheet = book.create_sheet(excel.sheet_name(words.sheet("about"), used))
    summary_sheet = book.create_sheet(excel.sheet_name(words.sheet("summary"), used))
    questions = book.create_sheet(excel.sheet_name(words.sheet("questions"), used))
    for i, key in enumerate(QUESTION_COLUMNS, start=1):
        questions.column_dimensions[get_column_letter(i)].width = _WIDTHS.get(key, 14)
    questions.freeze_panes = "A2"
    questions.append([_styled(questions, words.column(k), "bold") for k in QUESTION_COLUMNS])
    maker, summary = RowMaker(catalogues, words), Summary()
    for row in rows:
        summary.add(row)
        questions.append([_value(questions, v) for v in maker.values(row)])
    last = get_column_letter(len(QUESTION_COLUMNS))
    questions.auto_filter.ref = f"A1:{last}{summary.questions + 1}"
    _lines(summary_sheet, summary_lines(summary, period, catalogues, words), (14, 44, 12, 12))
    for season in seasons:
        sheet = book.create_sheet(excel.sheet_name(words.sheet("season", year=season.year), used))
        _lines(sheet, season_lines(season, words), (28, 14, 12, 12, 14, 12, 10))
    _about(about_sheet, words, about, summary)
    return summary


def _discard(book: Any) -> None:
    """Close a workbook that will not be saved and remove openpyxl's temporary sheet files."""
    for sheet in book.worksheets:
        rows, writer = getattr(sheet, "_rows", None), getattr(sheet, "_writer", None)
        with suppress(Exception):
            if rows is not None:
                rows.close()
        with suppress(Exception):
            if writer is not None:
                writer.close()
                writer.cleanup()


def _about(
    sheet: Any, words: ReportWords, about: Sequence[tuple[str, str]], summary: Summary
) -> None:
    sheet.column_dimensions["A"].width = 26
    sheet.column_dimensions["B"].width = 90
    sheet.append([_styled(sheet, words.about_title, "title")])
    sheet.append([])
    counted = (
        (words.sums("visits"), summary.visits),
        (words.sums("questions"), summary.questions),
    )
    for label, value in (*about, *counted):
        sheet.append([_styled(sheet, label, "bold"), _styled(sheet, value, "wrap")])


def _lines(sheet: Any, lines: Iterable[Line], widths: Sequence[int]) -> None:
    from openpyxl.utils import get_column_letter

    for i, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(i)].width = width
    style = {TITLE: "title2", HEADING: "bold", TOTAL: "bold", NOTE: "italic"}
    for line in lines:
        how = style.get(line.style)
        sheet.append([_styled(sheet, v, how) if how else _value(sheet, v) for v in line.cells])


_FONTS: dict[str, Any] = {}


def _styled(sheet: Any, value: Any, how: str) -> Any:
    """A cell with *value* in the style *how*: bold, title, title2, italic or wrap."""
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font

    if not _FONTS:
        _FONTS.update(
            bold=Font(bold=True),
            title=Font(bold=True, size=14),
            title2=Font(bold=True, size=12),
            italic=Font(italic=True),
        )
    cell = WriteOnlyCell(sheet, value=value)
    if isinstance(value, str) and value.startswith("="):
        cell.data_type = "s"
    if how == "wrap":
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    else:
        cell.font = _FONTS[how]
    return cell


def _value(sheet: Any, value: Any) -> Any:
    """*value* for a write-only *sheet*: a date or time with its format, safe text."""
    if isinstance(value, str):
        return excel.text_cell(sheet, value)
    if isinstance(value, date | time):
        from openpyxl.cell import WriteOnlyCell

        cell = WriteOnlyCell(sheet, value=value)
        cell.number_format = excel.TIME_FORMAT if isinstance(value, time) else excel.DATE_FORMAT
        return cell
    return value
