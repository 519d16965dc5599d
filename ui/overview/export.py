"""The Overzicht's Exporteren: the period's questions to an Excel workbook or a CSV.

:func:`export_overview` asks where to save (``.xlsx`` offered first, ``.csv`` beside it:
:func:`ui.files.choose_spreadsheet_path`), writes the file on the runner's database lane
(:class:`ui.tasks.TaskRunner`) a week at a time, each week its own task, so a visit the clerk
saves meanwhile waits for one week's rows at most, never for the whole export; then it tells
the clerk where the file went, or in plain words why not (a full disk, the file still open in
Excel, a folder one may not write in).
The file is written under a temporary name beside its place and moved over it when complete
(:class:`kiosk.report.writer.ReportFile`): never half a file, and closing the page halfway
removes what was begun. The words of the file are in the desk's language; its contents are
:mod:`kiosk.report.writer`'s.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from ui.files import choose_spreadsheet_path
from ui.i18n import current_language
from ui.marks import QT_TRANSLATE_NOOP
from ui.planning.prompts import documents_folder, inform
from ui.words.report import failure_text, for_kiosk, report_words, written_text

if TYPE_CHECKING:
    from kiosk.app import Kiosk
    from kiosk.overview.figures import QuestionRow
    from kiosk.overview.periods import Period
    from kiosk.report.writer import ReportFile, ReportResult
    from ui.tasks import TaskRunner

log = logging.getLogger(__name__)

TITLE = QT_TRANSLATE_NOOP("OverviewExport", "Overzicht exporteren")
STEM = QT_TRANSLATE_NOOP("OverviewExport", "ido-overzicht")


def _tr(source: str) -> str:
    return QCoreApplication.translate("OverviewExport", source)


@dataclass(frozen=True)
class ExportOutcome:
    """What an export did: the file written, or the error that stopped it."""

    path: Path
    result: ReportResult | None = None
    error: OSError | None = None


def open_export(kiosk: Kiosk, period: Period, path: Path, language: str) -> ReportFile:
    """Start the export of *period* at *path* (on the database lane): seasons, explanation."""
    from kiosk.report.writer import open_report

    words, about = for_kiosk(kiosk, period, language)
    return open_report(kiosk.overview, period, path, kiosk.catalogues, words, about)


class _Held:
    """The export's file, reachable after its job is gone (to remove what it began)."""

    def __init__(self) -> None:
        self.report: ReportFile | None = None
        self.done = False
        self.abandoned = False

    def open(self, kiosk: Kiosk, period: Period, path: Path, language: str) -> ReportFile:
        """Open the file (on the database lane); discard it at once if the job is gone."""
        self.report = report = open_export(kiosk, period, path, language)
        if self.abandoned:
            report.discard()
        return report

    def abandon(self, runner: TaskRunner) -> None:
        """The job is gone before its file was finished: remove the temporary files."""
        self.abandoned = True
        report = self.report
        if report is None or self.done:
            return
        try:  # after the part that may be running now, on the same lane
            if not runner.submit(report.discard).cancelled():
                return
        except RuntimeError:  # the runner itself is gone
            pass
        report.discard()  # the lane is shut down: nothing runs there any more


def _add(report: ReportFile, rows: Iterable[QuestionRow]) -> ReportFile:
    """Write *rows* into *report* (on the database lane); return it for the next part."""
    report.add(rows)
    return report


def suggested_name(period: Period) -> str:
    """Return the file name offered: ``ido-overzicht-2026-01-01-2026-03-31.xlsx``."""
    days = [period.first] if period.first == period.last else [period.first, period.last]
    return "-".join([_tr(STEM), *(d.isoformat() for d in days)]) + ".xlsx"


def choose_path(parent: QWidget | None, period: Period) -> Path | None:
    """Ask where to save (.xlsx or .csv); None when the clerk cancels."""
    return choose_spreadsheet_path(parent, _tr(TITLE), documents_folder() / suggested_name(period))


class OverviewExport(QObject):
    """One export on the database lane; tells the clerk how it went.

    Signals:
        progress(int, int): parts written so far, and all parts (a week each), for a page
            that wants to show how far a long export is.
        finished(object): the :class:`ExportOutcome`.
    """

    progress = Signal(int, int)
    finished = Signal(object)

    def __init__(self, parent: QWidget | None, kiosk: Kiosk, runner: TaskRunner) -> None:
        """Bind the export to its window, the core and the runner."""
        super().__init__(parent)
        self.setObjectName("overviewExport")
        self.window, self.kiosk, self.runner = parent, kiosk, runner
        self.message: QMessageBox | None = None
        self.path = Path()
        self.parts: deque[Period] = deque()
        self.total = 0
        self.held = _Held()

    def start(self, period: Period, path: Path, language: str | None = None) -> None:
        """Write *period* to *path* in the background, in *language* (the desk's by default).

        The file is opened, then filled a week at a time (each part its own task, so a visit
        saved meanwhile waits for one part at most), then finished.
        """
        from kiosk.report.writer import parts

        kiosk, language = self.kiosk, language or current_language()
        report_words(language)  # the translator is made here, on the GUI thread
        self.path, self.parts = path, deque(parts(period))
        self.total = len(self.parts)
        held, runner = self.held, self.runner
        # Closing the page mid-export removes what was begun (the closure holds no self).
        self.destroyed.connect(lambda: held.abandon(runner))
        self._submit(lambda: held.open(kiosk, period, path, language), self._next)

    def _submit(self, work: Callable[[], Any], then: Callable[[Any], None]) -> None:
        self.runner.submit(work, then, self._failed, expected=(OSError,), owner=self)

    def _next(self, report: ReportFile) -> None:
        self.progress.emit(self.total - len(self.parts), self.total)
        if not self.parts:
            self._submit(report.finish, self._written)
            return
        part, overview = self.parts.popleft(), self.kiosk.overview
        self._submit(lambda: _add(report, overview.question_rows(part)), self._next)

    def _written(self, result: ReportResult) -> None:
        self.held.done = True
        self._tell(ExportOutcome(result.path, result), written_text(result), ok=True)

    def _failed(self, error: OSError) -> None:
        self.held.done = True  # ReportFile removed its own files
        log.warning("Overview export to %s failed: %r", self.path, error)
        self._tell(ExportOutcome(self.path, error=error), failure_text(error), ok=False)

    def _tell(self, outcome: ExportOutcome, text: str, *, ok: bool) -> None:
        self.message = inform(self.window, text, ok=ok, title=_tr(TITLE), name="exportMessage")
        self.finished.emit(outcome)


def start_export(
    parent: QWidget | None,
    kiosk: Kiosk,
    runner: TaskRunner,
    period: Period,
    path: Path,
    language: str | None = None,
) -> OverviewExport:
    """Export *period* to *path* in the background; return the running export."""
    job = OverviewExport(parent, kiosk, runner)
    job.start(period, path, language)
    return job


def export_overview(parent: QWidget, kiosk: Kiosk, runner: TaskRunner, period: Period) -> None:
    """Ask for a file and export *period* to it in the background (the page's button)."""
    path = choose_path(parent, period)
    if path is not None:
        start_export(parent, kiosk, runner, period, path)
