"""Export the season's schedule and import helpers' availability, from the planning page.

:func:`open_exchange` shows a small dialog with both actions. :func:`export_schedule` asks for
an ``.xlsx`` or ``.csv`` file and writes the season to it; :func:`import_availability` asks for
a sheet, reads and checks it, shows what it would create and every problem per row in
:class:`ImportReviewDialog`, and applies it (all rows, or only the good rows when the clerk
chooses that). Reading, checking, writing and applying all run on the runner's database lane
(:class:`ui.tasks.TaskRunner`, always the caller's: this module never starts a worker of its
own); the file dialogs and the result messages are on the GUI thread.
The rules themselves live in :mod:`kiosk.planning.schedule_export`,
:mod:`kiosk.planning.availability` and :mod:`kiosk.planning.availability_apply`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.errors import InputError
from kiosk.planning import schedule_export
from kiosk.planning.availability import AvailabilitySheet, read_availability
from kiosk.planning.availability_apply import (
    ImportPlan,
    ImportResult,
    apply_availability,
    plan_availability,
)
from ui.planning import prompts
from ui.planning.texts import tr
from ui.tasks import TaskRunner, UserError
from ui.words import error_text, problem_text, text

if TYPE_CHECKING:
    from kiosk.app import Kiosk

log = logging.getLogger(__name__)

EXPORT_FILTERS = "Excel-werkmap (*.xlsx);;CSV voor Excel (*.csv)"
IMPORT_FILTERS = "Rooster (*.xlsx *.csv);;Alle bestanden (*)"


def _documents() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


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
) -> ExportOutcome:
    """Read the season's grid and write it to *path* (runs on the worker)."""
    grid = kiosk.planning.grid(season_id, helper_ids, partner_id)
    try:
        return ExportOutcome(path, schedule_export.export_schedule(grid, path))
    except OSError as exc:  # open in Excel, a read-only folder, a full disk
        log.warning("Schedule export to %s failed: %r", path, exc)
        return ExportOutcome(
            path,
            error=tr(
                "Het bestand kon niet worden opgeslagen. Is het nog geopend in Excel? ({reason})"
            ).format(reason=exc.strerror or exc),
        )


def choose_export_path(parent: QWidget | None, season_name: str = "") -> Path | None:
    """Ask where to save the schedule (.xlsx or .csv); None when cancelled."""
    stem = "rooster-" + ("-".join(season_name.lower().split()) or f"{datetime.now():%Y%m%d}")
    name, chosen = QFileDialog.getSaveFileName(
        parent, tr("Rooster exporteren"), str(_documents() / f"{stem}.xlsx"), tr(EXPORT_FILTERS)
    )
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() not in (".xlsx", ".csv"):
        path = path.with_name(path.name + (".csv" if "csv" in chosen.lower() else ".xlsx"))
    return path


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
        kiosk = self.kiosk
        self.runner.submit(
            lambda: write_export(kiosk, season_id, path, helper_ids),
            self._done,
            self._refused,
            owner=self,
        )

    def _done(self, outcome: ExportOutcome) -> None:
        if outcome.error is None:
            text = tr("Het rooster is opgeslagen in {path} ({n} regels).").format(
                path=outcome.path, n=outcome.rows
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


# -- import ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ImportReview:
    """A read and checked availability sheet: what applying it would do (or why it can't)."""

    path: Path
    sheet: AvailabilitySheet
    plan: ImportPlan | None = None
    error: str | None = None


def review_import(kiosk: Kiosk, season_id: str, path: Path) -> ImportReview:
    """Read *path* and check it against the season (runs on the worker; writes nothing)."""
    try:
        sheet = read_availability(path)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        message = tr("Het bestand kon niet worden gelezen ({reason}).").format(reason=reason)
        return ImportReview(path, AvailabilitySheet((), ()), error=message)
    return ImportReview(path, sheet, plan_availability(kiosk.planning, season_id, sheet))


class ImportReviewDialog(QDialog):
    """What an import would create, every problem per row, and the choice to apply.

    ``choice`` is ``"all"`` (no problems: apply every row), ``"good"`` (apply only the rows
    without problems) or None (cancelled). The dialog is accepted for the first two.
    """

    def __init__(self, review: ImportReview, parent: QWidget | None = None) -> None:
        """Show *review*; the apply buttons match what is possible."""
        super().__init__(parent)
        self.setObjectName("importReviewDialog")
        self.setWindowTitle(tr("Beschikbaarheid importeren"))
        self.choice: str | None = None
        plan = review.plan
        layout = QVBoxLayout(self)
        self.summary = QLabel(self._summary(review), self)
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.summary)
        errors = review.plan.errors if review.plan is not None else review.sheet.errors
        self.errors = QListWidget(self)
        self.errors.setObjectName("importErrors")
        self.errors.setAccessibleName(tr("Problemen per rij"))
        self.errors.setWordWrap(True)
        self.errors.addItems([text(e.message) for e in errors])
        self.errors.setVisible(bool(errors))
        self.errors.setMinimumSize(560, 160 if errors else 0)
        if errors:
            heading = QLabel(tr("Problemen (rijnummers zoals in het bestand):"), self)
            heading.setBuddy(self.errors)
            layout.addWidget(heading)
        layout.addWidget(self.errors)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        cancel_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        if cancel_button is not None:
            cancel_button.setText(tr("Annuleren"))
        self.apply_all = QPushButton(tr("Importeren"), self)
        self.apply_all.setObjectName("importAll")
        self.apply_good = QPushButton(tr("Alleen goede rijen importeren"), self)
        self.apply_good.setObjectName("importGood")
        can_apply = plan is not None and bool(plan.rows)
        buttons.addButton(self.apply_all, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.apply_good, QDialogButtonBox.ButtonRole.AcceptRole)
        # After addButton: the button box shows every button it is given.
        self.apply_all.setEnabled(can_apply and not errors)
        self.apply_all.setVisible(not errors)
        self.apply_good.setVisible(can_apply and bool(errors))
        self.apply_all.clicked.connect(lambda: self._choose("all"))
        self.apply_good.clicked.connect(lambda: self._choose("good"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @staticmethod
    def _summary(review: ImportReview) -> str:
        name = review.path.name
        if review.error is not None:
            return review.error
        plan = review.plan
        if plan is None:
            return name
        lines = [tr("{file}: {summary}").format(file=name, summary=text(plan.summary()))]
        if plan.new_helpers:
            helpers = ", ".join(f"{n} ({p})" if p else n for n, p in plan.new_helpers)
            lines.append(tr("Nieuwe helpers: {names}.").format(names=helpers))
        if plan.errors and plan.rows:
            lines.append(
                tr(
                    "Verbeter het bestand en importeer opnieuw, of importeer nu alleen de goede "
                    "rijen (rijen die al bestaan worden niet dubbel aangemaakt)."
                )
            )
        elif not plan.rows and not plan.errors:
            lines.append(tr("Er is niets nieuws om te importeren."))
        elif plan.rows:
            lines.append(tr("Maak daarna de tijdvakken aan met 'Tijdvakken maken' in het seizoen."))
        return "\n".join(lines)

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()


class ImportTask(QObject):
    """Reads and checks a sheet, asks the clerk (:class:`ImportReviewDialog`), then applies.

    Signals:
        reviewed(object): the :class:`ImportReview`; ``dialog`` is open now.
        applied(object): the :class:`~kiosk.planning.availability_apply.ImportResult`.
        failed(str): applying was refused (the data changed meanwhile, or storage failed).
    """

    reviewed = Signal(object)
    applied = Signal(object)
    failed = Signal(str)

    def __init__(self, parent: QWidget | None, kiosk: Kiosk, runner: TaskRunner) -> None:
        """Bind the import to a window, the core and the worker."""
        super().__init__(parent)
        self.window, self.kiosk, self.runner = parent, kiosk, runner
        self.dialog: ImportReviewDialog | None = None
        self.message: QMessageBox | None = None
        self.season_id = ""
        self.review: ImportReview | None = None

    def start(self, season_id: str, path: Path) -> None:
        """Read and check *path* in the background, then show the review."""
        self.season_id = season_id
        kiosk = self.kiosk
        self.runner.submit(
            lambda: review_import(kiosk, season_id, path),
            self._reviewed,
            self._refused,
            owner=self,
        )

    def _reviewed(self, review: ImportReview) -> None:
        self.review = review
        self.dialog = ImportReviewDialog(review, self.window)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.accepted.connect(self._apply)
        self.dialog.open()
        self.reviewed.emit(review)

    def _apply(self) -> None:
        if self.dialog is None or self.review is None:
            return
        skip = self.dialog.choice == "good"
        kiosk, season_id, sheet = self.kiosk, self.season_id, self.review.sheet
        self.runner.submit(
            lambda: apply_availability(kiosk.planning, season_id, sheet, skip_errors=skip),
            self._applied,
            self._refused,
            owner=self,
        )

    def _applied(self, result: ImportResult) -> None:
        text = tr(
            "Geïmporteerd: {t} roosterregels, {h} nieuwe helpers, {p} nieuwe organisaties."
        ).format(t=result.templates, h=result.helpers, p=result.partners)
        if result.skipped:
            rows = len({e.row for e in result.skipped})
            text += " " + tr("{n} rij(en) met problemen zijn overgeslagen.").format(n=rows)
        self.message = _message(self.window, text, ok=True, title=tr("Beschikbaarheid importeren"))
        self.applied.emit(result)

    def _refused(self, error: UserError) -> None:
        said = tr("Er is niets geïmporteerd.") + "\n" + error_text(error)
        if isinstance(error, InputError) and error.problems:
            said = (
                tr("Er is niets geïmporteerd.")
                + "\n"
                + "\n".join(problem_text(p) for p in error.problems[:10])
            )
        self.message = _message(self.window, said, ok=False, title=tr("Beschikbaarheid importeren"))
        self.failed.emit(said)


def choose_import_path(parent: QWidget | None) -> Path | None:
    """Ask for the availability sheet; None when cancelled."""
    name, _chosen = QFileDialog.getOpenFileName(
        parent, tr("Beschikbaarheid importeren"), str(_documents()), tr(IMPORT_FILTERS)
    )
    return Path(name) if name else None


def import_availability(
    parent: QWidget | None,
    kiosk: Kiosk,
    season_id: str,
    *,
    runner: TaskRunner,
    path: Path | None = None,
    on_applied: Callable[[ImportResult], None] | None = None,
) -> ImportTask | None:
    """Ask for a sheet (unless *path* is given), review it, and apply what the clerk chooses."""
    path = path or choose_import_path(parent)
    if path is None:
        return None
    task = ImportTask(parent, kiosk, runner)
    if on_applied is not None:
        task.applied.connect(on_applied)
    task.start(season_id, path)
    return task


# -- the dialog the planning page opens -----------------------------------------------------


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
        self.setObjectName("exchangeDialog")
        self.setWindowTitle(tr("Importeren en exporteren"))
        self.kiosk, self.season_id, self.runner = kiosk, season_id, runner
        self.season_name, self.on_changed = season_name, on_changed
        self.task: QObject | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(
            tr(
                "Exporteer het rooster met alle afspraken naar Excel of CSV, of lees de "
                "beschikbaarheid van de helpers in (kolommen helper, organisatie, dag, van, tot, "
                "duur en plaatsen)."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.export_button = QPushButton(tr("Rooster &exporteren…"), self)
        self.export_button.setObjectName("exportSchedule")
        self.import_button = QPushButton(tr("Beschikbaarheid &importeren…"), self)
        self.import_button.setObjectName("importAvailability")
        layout.addWidget(self.export_button)
        layout.addWidget(self.import_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close_button = close.button(QDialogButtonBox.StandardButton.Close)
        if close_button is not None:  # Dutch whether or not Qt's own translations are loaded
            close_button.setText(tr("Sluiten (Esc)"))
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
