"""Export the season's schedule and import helpers' availability, from the planning page.

:func:`open_exchange` shows a small dialog with both actions. :func:`export_schedule` asks for
an ``.xlsx`` or ``.csv`` file and writes the season to it; :func:`import_availability` asks for
a sheet, reads and checks it, shows what it would create and every problem per row in
:class:`ImportReviewDialog`, and applies it (all rows, or only the good rows when the clerk
chooses that). Reading, checking, writing and applying all run on the runner's database lane
(:class:`ui.tasks.TaskRunner`, always the caller's: this module never starts a worker of its
own); the file dialogs and the result messages are on the GUI thread. The import side is
:mod:`ui.planning.exchange_import`. The rules themselves live in
:mod:`kiosk.planning.schedule_export`, :mod:`kiosk.planning.availability` and
:mod:`kiosk.planning.availability_apply`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.planning import schedule_export
from ui.files import choose_spreadsheet_path
from ui.planning import prompts, texts
from ui.planning.exchange_import import ImportTask, choose_import_path, import_availability
from ui.planning.texts import tr
from ui.planning.widgets import LiveTexts
from ui.tasks import TaskRunner, UserError
from ui.words import error_text

if TYPE_CHECKING:
    from kiosk.app import Kiosk

log = logging.getLogger(__name__)


def _message(parent: QWidget | None, text: str, *, ok: bool, title: str) -> QMessageBox:
    """Show *text* in a window-modal message box without blocking; return the box."""
    return prompts.inform(parent, text, ok=ok, title=title, name="exchangeMessage")


# -- export ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ExportOutcome:
    """What an export did: the file and its rows, or a Dutch reason it failed."""

    path: Path
    rows: int = 0
    error: str | None = None


def write_export(
    kiosk: Kiosk,
    season_id: str,
    path: Path,
    helper_ids: tuple[str, ...] | None = None,
    partner_id: str | None = None,
    *,
    english: bool = False,
) -> ExportOutcome:
    """Read the season's grid and write it to *path* (runs on the worker).

    *english*: the headers and words in English (the desk's language, read on the GUI thread).
    """
    grid = kiosk.planning.grid(season_id, helper_ids, partner_id)
    try:
        rows = schedule_export.export_schedule(grid, path, english=english)
        return ExportOutcome(path, rows)
    except OSError as exc:  # open in Excel, a read-only folder, a full disk: as every export
        log.warning("Schedule export to %s failed: %r", path, exc)
        from ui.words.report import failure_text

        return ExportOutcome(path, error=failure_text(exc))


def choose_export_path(parent: QWidget | None, season_name: str = "") -> Path | None:
    """Ask where to save the schedule (.xlsx or .csv); None when cancelled."""
    stem = (
        tr("rooster") + "-" + ("-".join(season_name.lower().split()) or f"{datetime.now():%Y%m%d}")
    )
    return choose_spreadsheet_path(
        parent, tr("Rooster exporteren"), prompts.documents_folder() / f"{stem}.xlsx"
    )


class ExportTask(QObject):
    """One export on the worker; shows the outcome to the clerk.

    Signals:
        finished(object): the :class:`ExportOutcome`.
    """

    finished = Signal(object)

    def __init__(self, parent: QWidget | None, kiosk: Kiosk, runner: TaskRunner) -> None:
        """Bind the export to a window, the core and the worker."""
        super().__init__(parent)
        self.window, self.kiosk, self.runner = parent, kiosk, runner
        self.message: QMessageBox | None = None

    def start(self, season_id: str, path: Path, helper_ids: tuple[str, ...] | None = None) -> None:
        """Write the season to *path* in the background."""
        kiosk, english = self.kiosk, texts.english()
        self.runner.submit(
            lambda: write_export(kiosk, season_id, path, helper_ids, english=english),
            self._done,
            self._refused,
            owner=self,
        )

    def _done(self, outcome: ExportOutcome) -> None:
        if outcome.error is None:
            text = tr("Het rooster is opgeslagen in {path} (%n regels).", "", outcome.rows).format(
                path=outcome.path
            )
        else:
            text = outcome.error
        self.message = _message(
            self.window, text, ok=outcome.error is None, title=tr("Rooster exporteren")
        )
        self.finished.emit(outcome)

    def _refused(self, error: UserError) -> None:
        self._done(ExportOutcome(Path(), error=error_text(error)))


def export_schedule(
    parent: QWidget | None,
    kiosk: Kiosk,
    season_id: str,
    *,
    runner: TaskRunner,
    path: Path | None = None,
    season_name: str = "",
    helper_ids: tuple[str, ...] | None = None,
) -> ExportTask | None:
    """Ask for a file (unless *path* is given) and export the season to it in the background."""
    path = path or choose_export_path(parent, season_name)
    if path is None:
        return None
    task = ExportTask(parent, kiosk, runner)
    task.start(season_id, path, helper_ids)
    return task


class ExchangeDialog(QDialog):
    """Two actions for the season: export the schedule, import availability.

    Choosing one closes this dialog; the action then runs for the window behind it (its file
    dialog, review and messages belong to that window), so closing never cuts work short.
    """

    def __init__(
        self,
        kiosk: Kiosk,
        season_id: str,
        runner: TaskRunner,
        parent: QWidget | None = None,
        *,
        season_name: str = "",
        on_changed: Callable[[], None] | None = None,
    ) -> None:
        """Offer export and import for *season_id*; *on_changed* runs after an import."""
        super().__init__(parent)
        self.words = LiveTexts(self)
        self.setObjectName("exchangeDialog")
        self.words.set(self.setWindowTitle, lambda: tr("Importeren en exporteren"))
        self.kiosk, self.season_id, self.runner = kiosk, season_id, runner
        self.season_name, self.on_changed = season_name, on_changed
        self.task: QObject | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(self)
        self.words.set(
            intro.setText,
            lambda: tr(
                "Exporteer het rooster met alle afspraken naar Excel of CSV, of lees de "
                "beschikbaarheid van de helpers in (kolommen helper, organisatie, dag, van, tot, "
                "duur en plaatsen)."
            ),
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.export_button = QPushButton(self)
        self.words.set(self.export_button.setText, lambda: tr("Rooster &exporteren…"))
        self.export_button.setObjectName("exportSchedule")
        self.import_button = QPushButton(self)
        self.words.set(self.import_button.setText, lambda: tr("Beschikbaarheid &importeren…"))
        self.import_button.setObjectName("importAvailability")
        layout.addWidget(self.export_button)
        layout.addWidget(self.import_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close_button = close.button(QDialogButtonBox.StandardButton.Close)
        if close_button is not None:  # Dutch whether or not Qt's own translations are loaded
            self.words.set(close_button.setText, lambda: tr("Sluiten (Esc)"))
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.export_button.clicked.connect(lambda: self.export())
        self.import_button.clicked.connect(lambda: self.import_())

    def export(self, path: Path | None = None) -> ExportTask | None:
        """Export the season (asks for a file unless *path* is given)."""
        path = path or choose_export_path(self, self.season_name)
        if path is None:
            return None
        self.accept()
        task = export_schedule(
            self.parentWidget(), self.kiosk, self.season_id, runner=self.runner, path=path
        )
        self.task = task
        return task

    def import_(self, path: Path | None = None) -> ImportTask | None:
        """Import availability (asks for a file unless *path* is given)."""
        path = path or choose_import_path(self)
        if path is None:
            return None
        self.accept()
        on_changed = self.on_changed
        task = import_availability(
            self.parentWidget(),
            self.kiosk,
            self.season_id,
            runner=self.runner,
            path=path,
            on_applied=(lambda _result: on_changed()) if on_changed is not None else None,
        )
        self.task = task
        return task


def open_exchange(
    parent: QWidget | None,
    kiosk: Kiosk,
    season_id: str | None,
    runner: TaskRunner,
    on_changed: Callable[[], None] | None = None,
    season_name: str = "",
) -> ExchangeDialog | None:
    """Open the export/import dialog for *season_id* without blocking; return it.

    Its work runs on *runner*; *on_changed* runs after an import applied (the screens redraw
    from the runner's changes by themselves).
    """
    if season_id is None:
        _message(parent, tr("Kies eerst een seizoen."), ok=False, title=tr("Importeren"))
        return None
    dialog = ExchangeDialog(
        kiosk, season_id, runner, parent, season_name=season_name, on_changed=on_changed
    )
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
