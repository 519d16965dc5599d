"""The registration screen: one visit with one or more questions, keyboard first.

Selections stay after a save, so a repeat question is one keystroke (Ctrl+Enter). Every read
and save runs on the runner's database lane; "Opgeslagen" appears only once the transaction is
on disk. The day list, the frequent choices and the waiting count are read again whenever a
change touches visits or the outbox: this screen's saves and voids, and a sync run's answers.

Keys: Ctrl+Enter or Ctrl+S saves, Ctrl+N adds a question ("nog een vraag"), Ctrl+R repeats the
previous visit, Ctrl+L empties the form; Alt plus the underlined letter jumps to a section.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from kiosk import changes
from kiosk.app import Kiosk
from kiosk.changes import Changes
from kiosk.errors import InputError, StorageError
from kiosk.locations import DeskInfo
from kiosk.registration import DaySummary, Frequent, SaveResult
from kiosk.visits import QuestionInput, VisitInput
from ui.day_list import DayPanel
from ui.question_editor import QuestionEditor
from ui.tasks import TaskRunner
from ui.visit_panel import VisitPanel
from ui.void_dialog import VoidDialog
from ui.widgets import install_mnemonics
from ui.words import error_text


class RegistrationPage(QWidget):
    """Record visits at one desk.

    Signals:
        saved(object): a :class:`SaveResult`, after the visit is on disk.
        refused(str): a save was refused; the message shown (``ui.words``, current language).
        voided(object): a :class:`SaveResult`, after a visit was declared void on disk.
        waiting_changed(int): how many operations wait to be sent.
        refreshed(): the day list and frequent choices were reloaded.
    """

    saved = Signal(object)
    voided = Signal(object)
    refused = Signal(str)
    waiting_changed = Signal(int)
    refreshed = Signal()

    def __init__(
        self, kiosk: Kiosk, desk: DeskInfo, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        """Build the screen for *desk*; data loads in the background."""
        super().__init__(parent)
        self.kiosk, self.desk, self.runner = kiosk, desk, runner
        self._drafts: list[QuestionInput] = [QuestionInput(topic="")]
        self._index = 0
        self._correcting: str | None = None
        self._previous: VisitInput | None = None
        self._saving = False
        self._build()
        catalogue = kiosk.catalogues.current
        self.editor.set_catalogue(catalogue, (), ())
        self.visit.set_catalogue(catalogue)
        self.visit.channel.set_selected(["in_person"])
        self.visit.duration.set_selected(["lt5"])
        self.visit.walking.setChecked(desk.mode == "walking")
        self.day.model.set_catalogues(kiosk.catalogues)
        runner.changed.connect(self._on_changes)
        self.refresh(restore_previous=True)

    # -- layout ---------------------------------------------------------------------------

    def _build(self) -> None:
        self.editor = QuestionEditor(self)
        self.visit = VisitPanel(self)
        self.day = DayPanel(self)
        self.tabs = QTabBar(self)
        self.tabs.setObjectName("questionTabs")
        self.tabs.setAccessibleName(self.tr("Vragen in dit bezoek"))
        self.tabs.setTabsClosable(True)
        self.tabs.addTab(self.tr("Vraag 1"))
        self.tabs.setTabButton(0, QTabBar.ButtonPosition.RightSide, None)
        self.tabs.hide()
        self.correcting_banner = QLabel(self)
        self.correcting_banner.setObjectName("correctingBanner")
        self.correcting_banner.setWordWrap(True)
        self.correcting_banner.hide()
        self.feedback = QLabel(self.tr("Klaar om te registreren."), self)
        self.feedback.setObjectName("feedback")
        self.feedback.setWordWrap(True)
        self.feedback.setAccessibleName(self.tr("Melding"))
        self.feedback.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.save_button = QPushButton(self.tr("Opslaan  (Ctrl+Enter)"), self)
        self.save_button.setObjectName("saveButton")
        self.save_button.setProperty("primary", True)
        self.another_button = QPushButton(self.tr("Nog een vraag"), self)
        self.another_button.setToolTip(self.tr("Nog een vraag in dit bezoek (Ctrl+N)"))
        self.another_button.setObjectName("anotherButton")
        self.repeat_button = QPushButton(self.tr("Herhaal vorige"), self)
        self.repeat_button.setToolTip(self.tr("Vul het vorige bezoek opnieuw in (Ctrl+R)"))
        self.repeat_button.setObjectName("repeatButton")
        self.clear_button = QPushButton(self.tr("Leegmaken"), self)
        self.clear_button.setToolTip(self.tr("Maak het formulier leeg (Ctrl+L)"))
        self.clear_button.setObjectName("clearButton")
        self.cancel_correction_button = QPushButton(self.tr("Correctie annuleren"), self)
        self.cancel_correction_button.hide()
        for button in (
            self.save_button,
            self.another_button,
            self.repeat_button,
            self.clear_button,
            self.cancel_correction_button,
        ):
            button.setMinimumHeight(44)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 8, 0)
        left_layout.addWidget(self.tabs)
        left_layout.addWidget(self.editor, 1)
        self.question_scroll = QScrollArea(self)
        self.question_scroll.setObjectName("questionScroll")
        self.question_scroll.setWidgetResizable(True)
        self.question_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.question_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.question_scroll.setWidget(left)

        actions = QFrame(self)
        actions.setObjectName("actions")
        actions_layout = QVBoxLayout(actions)
        actions_layout.setContentsMargins(6, 6, 6, 6)
        actions_layout.addWidget(self.correcting_banner)
        actions_layout.addWidget(self.save_button)
        row = QHBoxLayout()
        for button in (
            self.another_button,
            self.repeat_button,
            self.clear_button,
            self.cancel_correction_button,
        ):
            row.addWidget(button)
        actions_layout.addLayout(row)
        actions_layout.addWidget(self.feedback)

        right = QWidget(self)
        right.setMaximumWidth(560)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 0, 0, 0)
        right_layout.addWidget(self.visit)
        right_layout.addWidget(actions)
        right_layout.addWidget(self.day, 1)

        layout = QHBoxLayout(self)
        layout.addWidget(self.question_scroll, 5)
        layout.addWidget(right, 3)
        QApplication.instance().focusChanged.connect(self._keep_focus_visible)  # type: ignore[union-attr]

        self.save_button.clicked.connect(self.save)
        self.another_button.clicked.connect(self.add_question)
        self.repeat_button.clicked.connect(self.repeat_previous)
        self.clear_button.clicked.connect(self.clear)
        self.cancel_correction_button.clicked.connect(self.cancel_correction)
        self.tabs.currentChanged.connect(self._on_tab)
        self.tabs.tabCloseRequested.connect(self.remove_question)
        self.day.correct_requested.connect(self.start_correction)
        self.day.void_requested.connect(self.request_void)
        shortcuts = {
            "Ctrl+Return": self.save,
            "Ctrl+Enter": self.save,
            "Ctrl+S": self.save,
            "Ctrl+N": self.add_question,
            "Ctrl+R": self.repeat_previous,
            "Ctrl+L": self.clear,
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

        def load() -> tuple[DaySummary, Frequent, int, VisitInput | None]:
            previous = registration.last_visit(desk_id) if restore_previous else None
            return (
                registration.day(desk_id),
                registration.frequent(desk_id),
                registration.waiting(),
                previous,
            )

        self.runner.submit(
            load, lambda result: self._on_loaded(result, restore_previous), owner=self
        )

    def _on_changes(self, what: Changes) -> None:
        if what.touches(changes.VISITS, changes.OUTBOX):
            self.refresh()

    def _on_loaded(
        self, result: tuple[DaySummary, Frequent, int, VisitInput | None], restore: bool
    ) -> None:
        summary, frequent, waiting, previous = result
        self.editor.set_frequent(frequent.topics, frequent.organisations)
        self.day.show_day(summary)
        self.waiting_changed.emit(waiting)
        if restore and previous is not None:
            self._previous = previous
            self._show_visit(previous, keep_first_only=True)
        self.refreshed.emit()

    # -- actions --------------------------------------------------------------------------

    def current_input(self) -> VisitInput:
        """Return the visit as entered on screen."""
        self._drafts[self._index] = self.editor.question()
        return VisitInput(
            questions=tuple(self._drafts),
            occurred_at=self.visit.occurred_at(),
            count=self.visit.count.value(),
            **self.visit.answers(),
        )

    def save(self) -> None:
        """Save the visit (or the correction) in the background."""
        if self._saving:
            return
        visit = self.current_input()
        registration, desk_id, original = (
            self.kiosk.registration,
            self.desk.desk_id,
            self._correcting,
        )
        self._set_saving(True)
        if original is None:
            self.runner.submit(
                lambda: registration.record(desk_id, visit),
                lambda result: self._on_saved(result, visit),
                self._on_refused,
                owner=self,
            )
        else:
            self.runner.submit(
                lambda: registration.correct(desk_id, original, visit),
                lambda result: self._on_saved(result, visit),
                self._on_refused,
                owner=self,
            )

    def _on_saved(self, result: SaveResult, visit: VisitInput) -> None:
        self._set_saving(False)
        labels = ", ".join(self.kiosk.catalogues.label("topic", q.topic) for q in visit.questions)
        what = self.tr("Correctie opgeslagen") if self._correcting else self.tr("Opgeslagen")
        count = len(result.visit_ids)
        times = self.tr(" ({n} bezoeken)").format(n=count) if count > 1 else ""
        self._show_feedback(f"✔ {what}{times}: {labels}", ok=True)
        self._previous = replace(visit, occurred_at=None, count=1)
        self._correcting = None
        self._show_correcting(None)
        self._keep_first_question()
        self.visit.reset_after_save()
        self.editor.topics.filter.clear()
        self.editor.topics.filter.setFocus()
        self.saved.emit(result)  # the day list follows from the changes the save made

    def _on_refused(self, error: InputError | StorageError) -> None:
        self._set_saving(False)
        message = error_text(error)
        self._show_feedback(f"✖ {message}", ok=False)
        self.refused.emit(message)
        if isinstance(error, InputError) and error.problems:
            self._focus_field(error.problems[0].field)

    def add_question(self) -> None:
        """Add an empty question to this visit ("nog een vraag")."""
        self._drafts[self._index] = self.editor.question()
        self._drafts.append(QuestionInput(topic=""))
        self.tabs.addTab(self.tr("Vraag {n}").format(n=len(self._drafts)))
        self.tabs.show()
        self.tabs.setCurrentIndex(len(self._drafts) - 1)
        self.editor.topics.filter.setFocus()

    def remove_question(self, index: int) -> None:
        """Remove question *index* from the visit (the first one always stays)."""
        if len(self._drafts) <= 1 or index == 0:
            return
        self._drafts[self._index] = self.editor.question()
        del self._drafts[index]
        self._index = min(self._index, len(self._drafts) - 1)
        self._rebuild_tabs()

    def repeat_previous(self) -> None:
        """Fill the form with the previous visit at this desk (time "now", one visit)."""
        if self._previous is None:
            self._show_feedback(self.tr("Er is nog geen vorig bezoek om te herhalen."), ok=False)
            return
        self._show_visit(replace(self._previous, occurred_at=None, count=1))
        self._show_feedback(self.tr("Vorig bezoek ingevuld: controleer en sla op."), ok=True)

    def clear(self) -> None:
        """Empty the form (the day list is not touched)."""
        self._drafts = [QuestionInput(topic="")]
        self._index = 0
        self._rebuild_tabs()
        self.editor.set_question(None)
        self.visit.reset_after_save()
        self.editor.topics.filter.clear()
        self.editor.topics.filter.setFocus()

    def start_correction(self, visit_id: str) -> None:
        """Load a visit from today's list into the form; saving then replaces it."""
        registration = self.kiosk.registration

        def loaded(visit: VisitInput | None) -> None:
            if visit is None:
                return
            self._correcting = visit_id
            self._show_visit(visit)
            self.visit.set_occurred_at(visit.occurred_at)
            when = visit.occurred_at.strftime("%H:%M") if visit.occurred_at else ""
            self._show_correcting(when)
            self._show_feedback(self.tr("Pas aan wat niet klopte en sla op."), ok=True)

        self.runner.submit(lambda: registration.visit_input(visit_id), loaded, owner=self)

    def cancel_correction(self) -> None:
        """Stop correcting; the form empties and the original stays as it was."""
        self._correcting = None
        self._show_correcting(None)
        self.clear()

    def request_void(self, visit_id: str) -> None:
        """Ask for confirmation, then declare the visit void in the background."""
        row = self.day.selected()
        description = ""
        if row is not None:
            topics = ", ".join(self.kiosk.catalogues.label("topic", t) for t in row.topics)
            description = f"{row.occurred_local:%H:%M} ({topics})"
        reason = self.confirm_void(description)
        if reason is None:
            return
        registration, desk_id = self.kiosk.registration, self.desk.desk_id

        def done(result: SaveResult) -> None:
            self._show_feedback(
                self.tr("✔ Bezoek van {d} vervallen verklaard.").format(d=description), ok=True
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

    def _show_visit(self, visit: VisitInput, *, keep_first_only: bool = False) -> None:
        questions = list(visit.questions[:1] if keep_first_only else visit.questions)
        self._drafts = [replace(q, note="") if keep_first_only else q for q in questions] or [
            QuestionInput(topic="")
        ]
        self._index = 0
        self._rebuild_tabs()
        self.editor.set_question(self._drafts[0])
        self.visit.show_answers(visit)

    def _keep_first_question(self) -> None:
        first = self._drafts[0] if self._index != 0 else self.editor.question()
        self._drafts = [replace(first, note="")]
        self._index = 0
        self._rebuild_tabs()
        self.editor.set_question(self._drafts[0])

    def _rebuild_tabs(self) -> None:
        self.tabs.blockSignals(True)
        while self.tabs.count():
            self.tabs.removeTab(0)
        for n in range(1, len(self._drafts) + 1):
            self.tabs.addTab(self.tr("Vraag {n}").format(n=n))
        self.tabs.setTabButton(0, QTabBar.ButtonPosition.RightSide, None)
        self.tabs.setCurrentIndex(self._index)
        self.tabs.setVisible(len(self._drafts) > 1)
        self.tabs.blockSignals(False)

    def _on_tab(self, index: int) -> None:
        if index < 0 or index == self._index:
            return
        self._drafts[self._index] = self.editor.question()
        self._index = index
        self.editor.set_question(self._drafts[index] if self._drafts[index].topic else None)

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        self.save_button.setEnabled(not saving)
        if saving:
            self._show_feedback(self.tr("Bezig met opslaan …"), ok=True)

    def _show_feedback(self, text: str, *, ok: bool) -> None:
        self.feedback.setText(text)
        self.feedback.setProperty("state", "ok" if ok else "error")
        self.feedback.style().unpolish(self.feedback)
        self.feedback.style().polish(self.feedback)

    def _show_correcting(self, when: str | None) -> None:
        self.correcting_banner.setVisible(when is not None)
        self.cancel_correction_button.setVisible(when is not None)
        self.clear_button.setVisible(when is None)
        if when is not None:
            self.correcting_banner.setText(
                self.tr(
                    "U corrigeert het bezoek van {when}. Opslaan vervangt het; het "
                    "origineel blijft bewaard."
                ).format(when=when)
            )

    def _keep_focus_visible(self, _old: QWidget | None, new: QWidget | None) -> None:
        content = self.question_scroll.widget()
        if new is not None and content is not None and content.isAncestorOf(new):
            self.question_scroll.ensureWidgetVisible(new, 0, 24)

    def _focus_field(self, field: str) -> None:
        targets = {
            "topic": self.editor.topics.filter,
            "organisation": self.editor.organisations,
            "digid_followup": self.editor.followup,
            "help": self.editor.help,
            "referral": self.editor.referral,
            "note": self.editor.note,
            "questions": self.editor.topics.filter,
        }
        leaf = field.rsplit(".", 1)[-1]
        target = targets[leaf] if leaf in targets else self.visit.field(leaf)
        if field.startswith("questions[") and "]" in field:
            position = int(field[len("questions[") : field.index("]")]) - 1
            if 0 <= position < len(self._drafts) and position != self._index:
                self.tabs.setCurrentIndex(position)
        if hasattr(target, "focus_group"):
            target.focus_group()  # type: ignore[union-attr]
        elif target is not None:
            target.setFocus()
