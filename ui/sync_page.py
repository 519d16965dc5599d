"""The Synchronisatie screen: how this desk syncs, and the records the server did not accept.

A dialog over the registration screen (Esc closes it). The top shows the link with the central
server, the last sync, what waits and the counts per state; the table lists refused,
conflicting and set-aside records with a reason a clerk understands; the buttons sync now,
export for support, save the helpdesk's diagnostics zip (:mod:`ui.diagnostics_export`), offer
set-aside records again and (re-)enroll. Everything runs on the
runner's lanes: the database lane for reads and the export, the network lane (through the
:class:`~ui.sync_controller.SyncController`) for the rest. While shown, the screen reads
itself again whenever a change touches the outbox or the sync state.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelectionModel, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kiosk import changes
from kiosk.changes import Changes
from ui import diagnostics_export, sync_export, sync_status
from ui.dialog_fit import fit_to_screen
from ui.i18n import current_language, retranslate_on_change
from ui.sync_problems import ProblemModel, ProblemRow, load_problems
from ui.sync_summary import SyncSummary
from ui.tasks import Lane
from ui.widgets import FlowLayout, install_mnemonics, section_label, set_section_text
from ui.words import text

if TYPE_CHECKING:
    from kiosk.app import Kiosk
    from kiosk.diagnostics import Readings, Written
    from sync.result import SyncResult
    from sync.state import SyncStatus
    from ui.sync_controller import SyncController
    from ui.tasks import TaskRunner


class SyncPage(QDialog):
    """The Synchronisatie screen.

    Signals:
        loaded(): the status and the problem list were (re)loaded and are shown.
        exported(int): the export file was written with this many records.
        diagnosed(bool): the helpdesk's diagnostics zip was written (True) or not (False).
        enroll_requested(): the clerk chose "Koppelen …".
    """

    loaded = Signal()
    exported = Signal(int)
    diagnosed = Signal(bool)
    enroll_requested = Signal()

    def __init__(
        self,
        kiosk: Kiosk,
        runner: TaskRunner,
        controller: SyncController,
        parent: QWidget | None = None,
    ) -> None:
        """Build the screen; :meth:`reload` fills it in the background."""
        super().__init__(parent)
        self.kiosk, self.runner, self.controller = kiosk, runner, controller
        self.status: SyncStatus | None = None
        self.setObjectName("syncPage")
        fit_to_screen(self, QSize(1120, 660))  # its buttons stay on screen at 150 %
        self._build()
        controller.status_changed.connect(self._on_status)
        controller.running_changed.connect(self._on_running)
        controller.finished.connect(self._on_finished)
        controller.requeued.connect(self._on_requeued)
        controller.failed.connect(self._on_failed)
        runner.changed.connect(self._on_changes)
        self._asked = False  # the clerk asked for this run: say how it went
        self._on_running(controller.running)
        if controller.status is not None:
            self._on_status(controller.status)

    # -- layout ---------------------------------------------------------------------------

    def _build(self) -> None:
        title = self.title = QLabel(self)
        title.setObjectName("pageTitle")
        self.summary_frame = SyncSummary(self)
        self.summary = self.summary_frame.values

        self.model = ProblemModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("problemTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.problems_title = section_label(
            self.tr("&Wijzigingen die aandacht nodig hebben"), self.table, self
        )  # its text is set again with the count (_retranslate, _on_status)
        self.detail = QLabel(self)
        self.detail.setObjectName("problemDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setMinimumHeight(64)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.feedback = QLabel(self)
        self.feedback.setObjectName("feedback")
        self.feedback.setWordWrap(True)
        self.feedback.hide()

        self.sync_button = QPushButton(self)
        self.sync_button.setObjectName("pageSyncButton")
        self.export_button = QPushButton(self)
        self.export_button.setObjectName("exportButton")
        self.diagnostics_button = QPushButton(self)
        self.diagnostics_button.setObjectName("diagnosticsButton")
        self.requeue_button = QPushButton(self)
        self.requeue_button.setObjectName("requeueButton")
        self.enroll_button = QPushButton(self)
        self.enroll_button.setObjectName("pageEnrollButton")
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("closeButton")
        self._retranslate()
        buttons = QHBoxLayout()
        actions = FlowLayout(spacing=6, columns=4)  # wraps onto two rows at 150 %
        for button in (
            self.sync_button,
            self.export_button,
            self.diagnostics_button,
            self.requeue_button,
        ):
            actions.addWidget(button)
        buttons.addLayout(actions, 1)
        buttons.addWidget(self.enroll_button)
        buttons.addWidget(self.close_button)

        # On a small screen (150 %) the body scrolls, the list keeps 4 rows and the buttons
        # stay in sight under it.
        rows = self.table.verticalHeader().defaultSectionSize() * 4
        self.table.setMinimumHeight(rows + self.table.horizontalHeader().sizeHint().height() + 4)
        body = QWidget(self)
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        for widget in (title, self.summary_frame, self.problems_title):
            column.addWidget(widget)
        column.addWidget(self.table, 1)
        column.addWidget(self.detail)
        column.addWidget(self.feedback)
        scroller = QScrollArea(self)
        scroller.setWidget(body)
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QVBoxLayout(self)
        layout.addWidget(scroller, 1)
        layout.addLayout(buttons)
        install_mnemonics(self)

        self.sync_button.clicked.connect(self.controller_sync_now)
        self.export_button.clicked.connect(self.export)
        self.diagnostics_button.clicked.connect(self.diagnose)
        self.requeue_button.clicked.connect(self.requeue)
        self.enroll_button.clicked.connect(self.enroll_requested)
        self.close_button.clicked.connect(self.accept)
        self.table.selectionModel().selectionChanged.connect(self._show_selected)
        self.model.modelReset.connect(self._show_selected)
        self._show_selected()
        retranslate_on_change(self, self._retranslate_all)

    def _retranslate(self) -> None:
        """Set the screen's own texts in the current language."""
        self.setWindowTitle(self.tr("Synchronisatie – IDO Kiosk"))
        self.title.setText(self.tr("Synchronisatie met de centrale server"))
        self.table.setAccessibleName(self.tr("Wijzigingen die aandacht nodig hebben"))
        self.sync_button.setText(self.tr("&Nu synchroniseren"))
        self.export_button.setText(self.tr("&Exporteren voor ondersteuning …"))
        self.diagnostics_button.setText(self.tr("&Diagnose voor helpdesk …"))
        self.diagnostics_button.setToolTip(
            self.tr(
                "Maakt één zip-bestand voor de helpdesk: versies, instellingen, wat wacht en "
                "de logbestanden. Notities en gegevens van bezoekers staan er niet in."
            )
        )
        self.requeue_button.setText(self.tr("&Opnieuw aanbieden"))
        self.requeue_button.setToolTip(
            self.tr(
                "Biedt tegengehouden wijzigingen opnieuw aan de server aan: de gekozen, of "
                "alle als er geen tegengehouden wijziging is gekozen."
            )
        )
        self.enroll_button.setText(self.tr("&Koppelen …"))
        self.close_button.setText(self.tr("Sluiten"))

    def _retranslate_all(self) -> None:
        """After a language switch: the texts, the count and the records in the new words."""
        self._retranslate()
        set_section_text(self.problems_title, self.tr("&Wijzigingen die aandacht nodig hebben"))
        if self.status is not None:
            self._on_status(self.status)
        install_mnemonics(self)
        self._show_selected()
        if self.isVisible():
            self.reload()  # the records' words are made when they are read

    # -- data -----------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the status and the problem records on the database lane."""
        db, catalogues, language = self.kiosk.db, self.kiosk.catalogues, current_language()

        def load() -> tuple[SyncStatus, list[ProblemRow]]:
            from sync.state import read_status

            return read_status(db), load_problems(db, catalogues, language=language)

        self.runner.submit(load, self._on_loaded, lambda error: self._say(str(error), ok=False))

    def _on_changes(self, what: Changes) -> None:
        # Closed, it is read afresh when opened again (MainWindow.open_sync_page).
        if what.touches(changes.OUTBOX, changes.SYNC) and self.isVisible():
            self.reload()

    def _on_loaded(self, result: tuple[SyncStatus, list[ProblemRow]]) -> None:
        status, rows = result
        self._on_status(status)
        selected = {row.local_seq for row in self.selected_rows()}
        self.model.set_rows(rows)
        selection = self.table.selectionModel()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for position, row in enumerate(rows):
            if row.local_seq in selected:
                selection.select(self.model.index(position, 0), flags)
        if rows and not selected and self.table.currentIndex().row() < 0:
            self.table.setCurrentIndex(self.model.index(0, 0))
        self.loaded.emit()

    def _on_status(self, status: SyncStatus) -> None:
        self.status = status
        self.summary_frame.show_status(status)
        attention = status.needs_attention
        set_section_text(
            self.problems_title,
            self.tr("&Wijzigingen die aandacht nodig hebben ({n})").format(n=attention),
        )
        self._update_buttons()

    # -- actions --------------------------------------------------------------------------

    def controller_sync_now(self) -> None:
        """Run a sync at once (on the sync worker)."""
        if self.controller.sync_now():
            self._asked = True
            self._say(self.tr("Bezig met synchroniseren …"), ok=True)

    def _on_finished(self, result: SyncResult) -> None:
        if self._asked:
            self._asked = False
            if result.ok:
                self._say(
                    self.tr("✔ Synchronisatie gelukt: %n wijzigingen verzonden.", "", result.acked),
                    ok=True,
                )
            else:
                error = text(result.error) if result.error is not None else ""
                self._say(f"✖ {error}", ok=False)

    def _on_failed(self, message: str) -> None:
        self._say(message, ok=False)

    def selected_rows(self) -> list[ProblemRow]:
        """Return the records selected in the table."""
        return [self.model.row_at(i.row()) for i in self.table.selectionModel().selectedRows()]

    def requeue(self) -> None:
        """Offer the selected set-aside records again (all of them if none is selected)."""
        chosen = [row.local_seq for row in self.selected_rows() if row.quarantined]
        self.controller.requeue(chosen or None)

    def _on_requeued(self, count: int) -> None:
        self._say(self.tr("%n wijzigingen worden opnieuw aangeboden.", "", count), ok=True)

    def choose_export_path(self) -> Path | None:
        """Ask where to save the export; None when cancelled."""
        return sync_export.ask_path(self)

    def export(self) -> None:
        """Ask for a file, then write the records not accepted yet to it (in the background)."""
        path = self.choose_export_path()
        if path is not None:
            self.export_to(path)

    def export_to(self, path: Path) -> None:
        """Write the refused, conflicting, set-aside and waiting records to *path*."""
        db, status = self.kiosk.db, self.status
        self.export_button.setEnabled(False)
        self.runner.submit(
            lambda: sync_export.writer(db, status, path),
            lambda result: self._on_exported(path, *result),
        )

    def _on_exported(self, path: Path, count: int, error: OSError | None) -> None:
        self.export_button.setEnabled(True)
        self._say(sync_export.outcome(path, count, error), ok=error is None)
        if error is None:
            self.exported.emit(count)

    def diagnose(self) -> None:
        """Ask for a file, then write the helpdesk's diagnostics zip to it (in the background)."""
        path = diagnostics_export.ask_path(self)
        if path is not None:
            self.diagnose_to(path)

    def diagnose_to(self, path: Path) -> None:
        """Write the diagnostics zip (versions, outbox summary, settings, logs) to *path*."""
        kiosk, facts = self.kiosk, diagnostics_export.environment()
        self.diagnostics_button.setEnabled(False)
        self._say(self.tr("De diagnose wordt gemaakt …"), ok=True)

        def write(readings: Readings) -> None:  # the logs and the file check: off the saves' lane
            self.runner.submit(
                lambda: diagnostics_export.writer(kiosk.paths, readings, facts, path),
                lambda result: self._on_diagnosed(*result),
                lane=Lane.NETWORK,
                owner=self,
            )

        self.runner.submit(lambda: diagnostics_export.read(kiosk), write, owner=self)

    def _on_diagnosed(self, written: Written | None, error: OSError | None) -> None:
        self.diagnostics_button.setEnabled(True)
        self._say(diagnostics_export.outcome(written, error), ok=written is not None)
        self.diagnosed.emit(written is not None)

    # -- helpers --------------------------------------------------------------------------

    def _on_running(self, running: bool) -> None:
        self.sync_button.setEnabled(not running and self._can_sync())

    def _can_sync(self) -> bool:
        return self.status is None or not sync_status.needs_enrollment(self.status)

    def _update_buttons(self) -> None:
        self.sync_button.setEnabled(not self.controller.running and self._can_sync())
        quarantined = self.status is not None and self.status.counts.get("quarantined", 0) > 0
        self.requeue_button.setEnabled(quarantined)
        needs = self.status is not None and sync_status.needs_enrollment(self.status)
        self.enroll_button.setProperty("primary", needs)
        self.enroll_button.style().unpolish(self.enroll_button)
        self.enroll_button.style().polish(self.enroll_button)

    def _show_selected(self, *_args: Any) -> None:
        rows = self.selected_rows()
        if not self.model.rowCount():
            self.detail.setText(
                self.tr("Geen problemen: de server heeft alle verzonden registraties aangenomen.")
            )
            return
        if not rows:
            self.detail.setText(self.tr("Kies een registratie om te zien wat er aan de hand is."))
            return
        # The server's codes and the record's number are for support: in the export, not here.
        row = rows[0]
        explanation = html.escape(f"{row.reason} {row.next_step}")
        self.detail.setText(f"<b>{html.escape(row.what)}</b> – {explanation}")

    def _say(self, text: str, *, ok: bool) -> None:
        self.feedback.setText(text)
        self.feedback.setProperty("state", "ok" if ok else "error")
        self.feedback.style().unpolish(self.feedback)
        self.feedback.style().polish(self.feedback)
        self.feedback.show()
