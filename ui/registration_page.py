"""The registration screen: one visit with one or more questions, keyboard first.

Every visitor starts with an empty form: only the desk's defaults for channel and duration are
chosen, marked "standaard". "Herhaal vorige" (Ctrl+R) fills in the previous visit and marks
each answer it brought "overgenomen", so the same question again is two keys (Ctrl+R,
Ctrl+Enter) and nothing is carried over silently. Every read and save runs on the runner's
database lane; the confirmation (time and today's count, announced to a screen reader) appears
only once the transaction is on disk, and the save can be undone (Ctrl+Z: the visit is declared
void and its answers come back into the form). The day list, the frequent choices and the
waiting count are read again whenever a change touches visits or the outbox.

Keys: see :meth:`RegistrationPage.shortcut_help`.
"""

from __future__ import annotations

import importlib
from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QWidget

from kiosk import changes
from kiosk.app import Kiosk
from kiosk.changes import Changes
from kiosk.errors import InputError, StorageError
from kiosk.locations import DeskInfo
from kiosk.outbox import Backlog
from kiosk.registration import DaySummary, Frequent, SaveResult
from kiosk.visits import VisitInput
from ui.i18n import current_language
from ui.registration.form import QuestionForm
from ui.tasks import TaskRunner
from ui.void_dialog import VoidDialog
from ui.widgets import clock_text, install_mnemonics
from ui.words import error_text, problem_text

#: How long "Ongedaan maken" stays offered after a save (or until the next save).
UNDO_MS = 5 * 60 * 1000
UNDO_REASON = "ongedaan gemaakt"


class RegistrationPage(QuestionForm):
    """Record visits at one desk.

    Signals:
        saved(object): a :class:`SaveResult`, after the visit is on disk.
        refused(str): a save was refused; the message shown (``ui.words``, current language).
        voided(object): a :class:`SaveResult`, after a visit was declared void on disk.
        waiting_changed(Backlog): what waits to be sent (visits, bookings, other changes).
        refreshed(): the day list and frequent choices were reloaded.
    """

    saved = Signal(object)
    voided = Signal(object)
    refused = Signal(str)
    waiting_changed = Signal(object)
    refreshed = Signal()

    def __init__(
        self, kiosk: Kiosk, desk: DeskInfo, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        """Build the screen for *desk*; data loads in the background."""
        super().__init__(parent)
        self.kiosk, self.desk, self.runner = kiosk, desk, runner
        self._correcting: str | None = None
        self._saving = False
        self._last: tuple[SaveResult, VisitInput, datetime] | None = None
        self._undo_timer = QTimer(self)
        self._undo_timer.setSingleShot(True)
        self._undo_timer.setInterval(UNDO_MS)
        self._undo_timer.timeout.connect(lambda: self._offer_undo(None))
        bar = self.bar
        self.save_button, self.feedback = bar.save_button, bar.feedback
        self.correcting_banner = bar.correcting_banner
        self.another_button, self.repeat_button = bar.another_button, bar.repeat_button
        self.clear_button, self.history_button = bar.clear_button, bar.history_button
        self.cancel_correction_button, self.undo_button = (
            bar.cancel_correction_button,
            bar.undo_button,
        )
        self._connect()
        catalogue, language = kiosk.catalogues.current, current_language()
        self.editor.set_catalogue(catalogue, (), (), language)
        self.visit.set_catalogue(catalogue, language)
        self.visit.set_walking_default(desk.mode == "walking")
        self.visit.reset()
        self.day.model.set_catalogues(kiosk.catalogues)
        self.set_tab_order()
        runner.changed.connect(self._on_changes)
        self.refresh(restore_previous=True)

    def _connect(self) -> None:
        self.save_button.clicked.connect(self.save)
        self.another_button.clicked.connect(self.add_question)
        self.repeat_button.clicked.connect(self.repeat_previous)
        self.clear_button.clicked.connect(self.clear)
        self.cancel_correction_button.clicked.connect(self.cancel_correction)
        self.history_button.clicked.connect(self.open_history)
        self.undo_button.clicked.connect(self.undo_last_save)
        self.tabs.currentChanged.connect(self._on_tab)
        self.tabs.tabCloseRequested.connect(self.remove_question)
        self.day.correct_requested.connect(self.correct_visit)
        self.day.void_requested.connect(self.request_void)
        shortcuts = {
            "Ctrl+Return": self.save,
            "Ctrl+Enter": self.save,
            "Ctrl+S": self.save,
            "Ctrl+N": self.add_question,
            "Ctrl+R": self.repeat_previous,
            "Ctrl+L": self.clear,
            "Ctrl+Z": self.undo_last_save,
            "Ctrl+H": self.open_history,
            "Ctrl+E": self._correct_selected,
        }
        install_mnemonics(self)
        for keys, slot in shortcuts.items():
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    # -- data -----------------------------------------------------------------------------

    def refresh(self, *, restore_previous: bool = False) -> None:
        """Reload today's list, the frequent choices and the waiting count in the background."""
        registration, desk_id = self.kiosk.registration, self.desk.desk_id

        def load() -> tuple[DaySummary, Frequent, Backlog, VisitInput | None]:
            previous = registration.last_visit(desk_id) if restore_previous else None
            return (
                registration.day(desk_id),
                registration.frequent(desk_id),
                registration.backlog(),
                previous,
            )

        self.runner.submit(load, self._on_loaded, owner=self)

    def _on_changes(self, what: Changes) -> None:
        if what.touches(changes.VISITS, changes.OUTBOX):
            self.refresh()

    def _on_loaded(self, result: tuple[DaySummary, Frequent, Backlog, VisitInput | None]) -> None:
        summary, frequent, waiting, previous = result
        self.editor.set_frequent(frequent.topics, frequent.organisations)
        self.set_tab_order()
        self.day.show_day(summary)
        self.set_today_count(summary.visits)
        self.waiting_changed.emit(waiting)
        if previous is not None:  # kept for "Herhaal vorige"; the form stays empty
            self._previous = previous
        self.refreshed.emit()

    # -- actions --------------------------------------------------------------------------

    def save(self) -> None:
        """Save the visit (or the correction) in the background."""
        if self._saving:
            return
        visit = self.current_input()
        kiosk, registration, desk_id, original = (
            self.kiosk,
            self.kiosk.registration,
            self.desk.desk_id,
            self._correcting,
        )
        self.editor.show_error(None)
        self.visit.show_error(None)
        self._set_saving(True)

        def write() -> tuple[SaveResult, int]:
            if original is None:
                result = registration.record(desk_id, visit)
            else:
                # Through the history: a visit older than the branch's window is refused.
                result = kiosk.history.correct(desk_id, original, visit)
            return result, registration.day_count(desk_id)

        self.runner.submit(
            write,
            lambda done: self._on_saved(done[0], done[1], visit),
            self._on_refused,
            owner=self,
        )

    def _on_saved(self, result: SaveResult, today: int, visit: VisitInput) -> None:
        self._set_saving(False)
        occurred = visit.occurred_at or datetime.now().astimezone()
        count = len(result.visit_ids)
        corrected = self._correcting is not None

        def confirmation() -> str:
            total = self.tr("vandaag %n bezoeken", "", today)
            if corrected:
                message = self.tr("Correctie van het bezoek opgeslagen ({total}).")
            elif count > 1:
                message = self.tr("%n bezoeken van {time} opgeslagen ({total}).", "", count)
            else:
                message = self.tr("Bezoek van {time} opgeslagen ({total}).")
            return "✔ " + message.format(time=clock_text(occurred), total=total)

        undoable = not corrected
        self._previous = replace(visit, occurred_at=None, count=1)
        self._correcting = None
        self.bar.show_correcting(None)
        self.clear()
        self._show_feedback(confirmation, ok=True)
        self._offer_undo((result, visit, occurred) if undoable else None)
        self.saved.emit(result)  # the day list follows from the changes the save made

    def _on_refused(self, error: InputError | StorageError) -> None:
        self._set_saving(False)

        def message() -> str:
            said = error_text(error)
            if isinstance(error, StorageError):  # a full disk, a lock: the entry waits here
                said += " " + self.tr("Wat u hebt ingevuld, blijft staan.")
            return said

        self._show_feedback(lambda: f"✖ {message()}", ok=False)
        self.refused.emit(message())
        if isinstance(error, InputError) and error.problems:
            problem = error.problems[0]
            leaf = self._leaf(problem.field)

            def text() -> str:
                return problem_text(problem)

            if not self.editor.show_error(leaf, text):
                self.visit.show_error(leaf, text)
            self._focus_field(problem.field)

    def undo_last_save(self) -> None:
        """Declare the visit just saved void; its answers come back into the form to fix.

        When the clerk has already begun the next visit, that entry stays in the form.
        """
        if self._last is None or self._saving:
            self._show_feedback(
                lambda: self.tr("Er is geen opgeslagen bezoek om ongedaan te maken."), ok=False
            )
            return
        result, visit, occurred = self._last
        registration, desk_id = self.kiosk.registration, self.desk.desk_id
        self._offer_undo(None)
        busy = len(self._drafts) > 1 or bool(self.current_input().questions[0].topic)

        def void_all() -> SaveResult:
            voided: list[str] = []
            for visit_id in result.visit_ids:
                voided += registration.void(desk_id, visit_id, UNDO_REASON).visit_ids
            return SaveResult(tuple(voided))

        def done(voided: SaveResult) -> None:
            self.voided.emit(voided)
            if busy:  # the clerk already started the next visit: that entry stays
                self._show_feedback(
                    lambda: self.tr(
                        "Bezoek van {time} ongedaan gemaakt: het telt niet meer mee. "
                        "Wat u nu invult, blijft staan."
                    ).format(time=clock_text(occurred)),
                    ok=True,
                )
                return
            self._show_visit(visit)
            self.visit.count.setValue(visit.count)
            self.visit.set_occurred_at(visit.occurred_at)
            self._show_feedback(
                lambda: self.tr(
                    "Bezoek van {time} ongedaan gemaakt: het telt niet meer mee. "
                    "Pas het aan en sla opnieuw op."
                ).format(time=clock_text(occurred)),
                ok=True,
            )
            self.editor.topics.filter.setFocus()

        self.runner.submit(void_all, done, self._on_refused, owner=self)

    def correct_visit(self, visit_id: str) -> None:
        """Load any visit (any day) into the form; saving then replaces it."""
        registration = self.kiosk.registration

        def loaded(visit: VisitInput | None) -> None:
            if visit is None:
                self._show_feedback(lambda: self.tr("Dit bezoek bestaat niet (meer)."), ok=False)
                return
            self._correcting = visit_id
            self._offer_undo(None)
            self._show_visit(visit)
            self._carried = set()
            self.editor.mark_carried(None)
            self.visit.mark_carried(False)
            self.visit.set_occurred_at(visit.occurred_at)
            self.bar.show_correcting(visit.occurred_at or datetime.now().astimezone())
            self._show_feedback(lambda: self.tr("Pas aan wat niet klopte en sla op."), ok=True)
            self.editor.topics.filter.setFocus()

        self.runner.submit(lambda: registration.visit_input(visit_id), loaded, owner=self)

    #: The day list's "Corrigeren" (kept under its old name for callers).
    start_correction = correct_visit

    def cancel_correction(self) -> None:
        """Stop correcting; the form empties and the original stays as it was."""
        self._correcting = None
        self.bar.show_correcting(None)
        self.clear()

    def open_history(self) -> None:
        """Open the history of past visits; its "Corrigeren" loads a visit here."""
        try:
            module = importlib.import_module("ui.history_dialog")
        except ImportError:
            self._show_feedback(
                lambda: self.tr("Eerdere bezoeken zijn hier nog niet te zien."), ok=False
            )
            return
        dialog = module.HistoryDialog(self.kiosk, self.desk, self.runner, self)
        dialog.correct_requested.connect(self.correct_visit)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _correct_selected(self) -> None:
        row = self.day.selected()
        if row is not None and row.status == "active":
            self.correct_visit(row.id)

    def request_void(self, visit_id: str) -> None:
        """Ask for confirmation, then declare the visit void in the background."""
        row = self.day.selected()
        catalogues = self.kiosk.catalogues

        def describe() -> str:
            if row is None:
                return ""
            language = current_language()
            topics = ", ".join(catalogues.label("topic", t, language) for t in row.topics)
            return f"{clock_text(row.occurred_local)} ({topics})"

        reason = self.confirm_void(describe())
        if reason is None:
            return
        registration, desk_id = self.kiosk.registration, self.desk.desk_id

        def done(result: SaveResult) -> None:
            self._show_feedback(
                lambda: self.tr("✔ Bezoek van {d} telt niet meer mee.").format(d=describe()),
                ok=True,
            )
            self.voided.emit(result)

        self.runner.submit(
            lambda: registration.void(desk_id, visit_id, reason),
            done,
            self._on_refused,
            owner=self,
        )

    def confirm_void(self, description: str) -> str | None:
        """Show the confirmation dialog; return the reason, or None when cancelled."""
        dialog = VoidDialog(description, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.reason.text()

    # -- helpers --------------------------------------------------------------------------

    def _offer_undo(self, last: tuple[SaveResult, VisitInput, datetime] | None) -> None:
        self._last = last
        self.undo_button.setVisible(last is not None)
        self.set_tab_order()
        if last is None:
            self._undo_timer.stop()
        else:
            self._undo_timer.start()

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        self.save_button.setEnabled(not saving)
        if saving:
            self._show_feedback(lambda: self.tr("Bezig met opslaan …"), ok=True, announce=False)
