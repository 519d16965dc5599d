"""Write the export of a period: an XLSX workbook or a CSV, streamed, never half-written.

**XLSX** (openpyxl's write-only workbook, :mod:`kiosk.report.sheets`; the question rows go
to disk as they come, :mod:`kiosk.report.rowxml`, so a year of a million questions does not
fill memory), sheets in this order:

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

A :class:`ReportFile` is written under a temporary name beside its place and moved over it
in one step when finished: a full disk, a file open in Excel or a crash leaves the old file
(or none), never half a file. Rows may be added in parts (:func:`parts`: a week at a time),
so the desk's database lane can save a visit between two parts of a long export.
:class:`OSError` reaches the caller, which words it.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterable, Iterator, Sequence
from contextlib import suppress
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import IO, Any, Final, Protocol

from kiosk.catalogue import CatalogueSet
from kiosk.overview.figures import QuestionRow, SeasonFigures
from kiosk.overview.periods import Period
from kiosk.report import excel
from kiosk.report.questions import RowMaker
from kiosk.report.season import touches
from kiosk.report.sheets import EXCEL_ROWS, WorkbookSink
from kiosk.report.summary import Summary
from kiosk.report.words import QUESTION_COLUMNS, ReportWords

#: The file types an export writes.
SUFFIXES: Final = (".xlsx", ".csv")
#: The days a part of an export reads at once (:func:`parts`).
PART_DAYS: Final = 7


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


class _CsvSink:
    """The question rows as a Dutch Excel CSV."""

    def __init__(self, path: Path, words: ReportWords) -> None:
        self.handle: IO[str] = path.open("w", encoding="utf-8-sig", newline="")
        self.out = excel.csv_writer(self.handle)
        self.out.writerow(excel.csv_row(words.column(k) for k in QUESTION_COLUMNS))

    def row(self, values: Sequence[Any]) -> None:
        self.out.writerow(excel.csv_row(values))

    def close(self, *_counted: Any) -> None:
        self.handle.close()

    def discard(self) -> None:
        self.handle.close()


class ReportFile:
    """An export being written: rows added (in parts, if wished), then finished or discarded.

    Raises :class:`ValueError` for a suffix other than ``.xlsx``/``.csv`` (a caller's mistake)
    and :class:`OSError` when the file cannot be made; :meth:`add` and :meth:`finish` raise
    :class:`OSError` too, after removing what they had written.
    """

    def __init__(
        self,
        path: Path,
        period: Period,
        catalogues: CatalogueSet,
        words: ReportWords,
        about: Sequence[tuple[str, str]] = (),
        seasons: Sequence[SeasonFigures] = (),
        *,
        rows_per_sheet: int = EXCEL_ROWS - 1,
    ) -> None:
        """Start writing *period*'s export to a temporary file beside *path*.

        *about* are the explanation's (label, text) lines, *seasons* the Belastinghulp
        seasons to add as sheets (both for an XLSX only).
        """
        suffix = path.suffix.lower()
        if suffix not in SUFFIXES:
            raise ValueError(f"unknown file type {path.suffix!r}: export to .xlsx or .csv")
        self.path, self.period, self.catalogues = path, period, catalogues
        self.about, self.seasons = tuple(about), tuple(seasons) if suffix == ".xlsx" else ()
        self.temporary = path.with_name(f"~{path.stem}.{secrets.token_hex(4)}{path.suffix}.tmp")
        self.summary, self.maker = Summary(), RowMaker(catalogues, words)
        self.sink: _CsvSink | WorkbookSink
        if suffix == ".csv":
            self.sink = _CsvSink(self.temporary, words)
        else:
            try:
                self.sink = WorkbookSink(self.temporary, words, rows_per_sheet)
            except BaseException:
                self._remove()
                raise

    def add(self, rows: Iterable[QuestionRow]) -> None:
        """Write *rows* (and count them for the summary)."""
        summary, maker, sink = self.summary, self.maker, self.sink
        try:
            for row in rows:
                summary.add(row)
                sink.row(maker.values(row))
        except BaseException:
            self.discard()
            raise

    def finish(self) -> ReportResult:
        """Write the counted sheets, save, and move the file into its place."""
        try:
            self.sink.close(self.summary, self.period, self.catalogues, self.about, self.seasons)
            self.temporary.replace(self.path)
        except BaseException:
            self.discard()
            raise
        return ReportResult(
            self.path, self.summary.visits, self.summary.questions, len(self.seasons)
        )

    def discard(self) -> None:
        """Stop: remove the temporary file (the file at :attr:`path` stays as it was)."""
        with suppress(Exception):
            self.sink.discard()
        self._remove()

    def _remove(self) -> None:
        with suppress(OSError):
            self.temporary.unlink(missing_ok=True)


def write_report(
    overview: Overview,
    period: Period,
    path: Path,
    catalogues: CatalogueSet,
    words: ReportWords,
    about: Sequence[tuple[str, str]] = (),
) -> ReportResult:
    """Write the export of *period* to *path* in one go (see :class:`ReportFile`)."""
    report = open_report(overview, period, path, catalogues, words, about)
    report.add(overview.question_rows(period))
    return report.finish()


def open_report(
    overview: Overview,
    period: Period,
    path: Path,
    catalogues: CatalogueSet,
    words: ReportWords,
    about: Sequence[tuple[str, str]] = (),
) -> ReportFile:
    """Start the export of *period* to *path*, with the seasons that touch it."""
    xlsx = path.suffix.lower() == ".xlsx"
    seasons = seasons_in(overview, period) if xlsx else []
    return ReportFile(path, period, catalogues, words, about, seasons)


def seasons_in(overview: Overview, period: Period) -> list[SeasonFigures]:
    """Return the Belastinghulp seasons that touch *period*, oldest first."""
    found = (overview.season(season_id) for season_id, _year in overview.seasons())
    return sorted((s for s in found if touches(s, period)), key=lambda s: (s.year, s.season_id))


def parts(period: Period, days: int = PART_DAYS) -> Iterator[Period]:
    """Split *period* into consecutive runs of at most *days* days (one read each)."""
    first = period.first
    while first <= period.last:
        last = min(first + timedelta(days=days - 1), period.last)
        yield Period("custom", first, last)
        first = last + timedelta(days=1)
