"""Importing helpers' availability from a sheet: read, check, review, apply.

:func:`import_availability` asks for a sheet (``.xlsx`` or ``.csv``), reads and checks it on the
runner's database lane, shows what it would create and every problem per row in
:class:`ImportReviewDialog`, and applies it (all rows, or only the good rows when the clerk
chooses that). The export side and the dialog with both actions are
:mod:`ui.planning.exchange_dialog`; the rules live in :mod:`kiosk.planning.availability` and
:mod:`kiosk.planning.availability_apply`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
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
from kiosk.planning.availability import AvailabilitySheet, read_availability
from kiosk.planning.availability_apply import (
    ImportPlan,
    ImportResult,
    apply_availability,
    plan_availability,
)
from ui.marks import QT_TRANSLATE_NOOP
from ui.planning import prompts
from ui.planning.texts import tr
from ui.planning.widgets import LiveTexts
from ui.tasks import TaskRunner, UserError
from ui.words import error_text, problem_text, text

if TYPE_CHECKING:
    from kiosk.app import Kiosk

log = logging.getLogger(__name__)

IMPORT_FILTERS = QT_TRANSLATE_NOOP("planning", "Rooster (*.xlsx *.csv);;Alle bestanden (*)")


def _message(parent: QWidget | None, text: str, *, ok: bool, title: str) -> QMessageBox:
    """Show *text* in a window-modal message box without blocking; return the box."""
    return prompts.inform(parent, text, ok=ok, title=title, name="exchangeMessage")


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
        self.words = LiveTexts(self)
        self.setObjectName("importReviewDialog")
        self.words.set(self.setWindowTitle, lambda: tr("Beschikbaarheid importeren"))
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
        self.words.set(self.errors.setAccessibleName, lambda: tr("Problemen per rij"))
        self.errors.setWordWrap(True)
        self.errors.addItems([text(e.message) for e in errors])
        self.errors.setVisible(bool(errors))
        self.errors.setMinimumSize(560, 160 if errors else 0)
        if errors:
            heading = QLabel(self)
            self.words.set(
                heading.setText, lambda: tr("Problemen (rijnummers zoals in het bestand):")
            )
            heading.setBuddy(self.errors)
            layout.addWidget(heading)
        layout.addWidget(self.errors)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        cancel_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        if cancel_button is not None:
            self.words.set(cancel_button.setText, lambda: tr("Annuleren"))
        self.apply_all = QPushButton(self)
        self.words.set(self.apply_all.setText, lambda: tr("Importeren"))
        self.apply_all.setObjectName("importAll")
        self.apply_good = QPushButton(self)
        self.words.set(self.apply_good.setText, lambda: tr("Alleen goede rijen importeren"))
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
        parts = (
            tr("%n roosterregels", "", result.templates),
            tr("%n nieuwe helpers", "", result.helpers),
            tr("%n nieuwe organisaties", "", result.partners),
        )
        text = tr("Geïmporteerd: {what}.").format(what=", ".join(parts))
        if result.skipped:
            rows = len({e.row for e in result.skipped})
            text += " " + tr("%n rijen met problemen zijn overgeslagen.", "", rows)
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
        parent,
        tr("Beschikbaarheid importeren"),
        str(prompts.documents_folder()),
        tr(IMPORT_FILTERS),
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
