"""The registration form's questions: the question tabs, repeat, clear and field focus.

:class:`QuestionForm` keeps the visit's questions as drafts (one tab each), fills the form from
a visit (the previous one for "Herhaal vorige", marking what it carried over), empties it for a
new visitor, and puts the focus on a refused field. The screen (:mod:`ui.registration_page`)
adds the data: loading, saving, undo, correcting and voiding.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QTabBar, QWidget

from kiosk.visits import QuestionInput, VisitInput
from ui.choices import ChoiceGroup
from ui.registration.frame import RegistrationFrame
from ui.registration.sections import Message


class QuestionForm(RegistrationFrame):
    """The form's questions and its keyboard helpers (no database work here)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        """Start with one empty question."""
        super().__init__(parent)
        self._drafts: list[QuestionInput] = [QuestionInput(topic="")]
        self._carried: set[int] = set()
        self._index = 0
        self._previous: VisitInput | None = None
        for field in (self.editor.topics.filter, self.editor.note):
            field.installEventFilter(self)

    def shortcut_help(self) -> list[tuple[str, str]]:
        """Return this screen's keys and what they do (for the F1 overview)."""
        return [
            ("Ctrl+Enter", self.tr("Opslaan (ook Ctrl+S)")),
            ("Ctrl+N", self.tr("Nog een vraag in dit bezoek")),
            ("Ctrl+R", self.tr("Herhaal het vorige bezoek (daarna Ctrl+Enter)")),
            ("Ctrl+L", self.tr("Formulier leegmaken")),
            ("Ctrl+Z", self.tr("Laatst opgeslagen bezoek ongedaan maken")),
            ("Ctrl+H", self.tr("Eerdere bezoeken zoeken en corrigeren")),
            ("Ctrl+E", self.tr("Gekozen bezoek van vandaag corrigeren")),
            ("Alt+letter", self.tr("Naar het onderdeel met de onderstreepte letter")),
            ("Tab / Shift+Tab", self.tr("Volgend / vorig onderdeel")),
            (self.tr("Pijltjes"), self.tr("Binnen een groep knoppen of in een lijst bewegen")),
            (self.tr("Spatie / Enter"), self.tr("Knop kiezen")),
        ]

    def current_input(self) -> VisitInput:
        """Return the visit as entered on screen."""
        self._drafts[self._index] = self.editor.question()
        return VisitInput(
            questions=tuple(self._drafts),
            occurred_at=self.visit.occurred_at(),
            count=self.visit.count.value(),
            **self.visit.answers(),
        )

    def add_question(self) -> None:
        """Add an empty question to this visit ("nog een vraag")."""
        self._drafts[self._index] = self.editor.question()
        self._drafts.append(QuestionInput(topic=""))
        self.tabs.addTab("")
        self._retranslate_tabs()
        self.tabs.show()
        self.tabs.setCurrentIndex(len(self._drafts) - 1)
        self.editor.topics.filter.setFocus()

    def remove_question(self, index: int) -> None:
        """Remove question *index* from the visit (the first one always stays)."""
        if len(self._drafts) <= 1 or index == 0:
            return
        self._drafts[self._index] = self.editor.question()
        del self._drafts[index]
        self._carried = {i if i < index else i - 1 for i in self._carried if i != index}
        self._index = min(self._index, len(self._drafts) - 1)
        self._rebuild_tabs()
        self.editor.set_question(self._drafts[self._index])
        self._mark_current()

    def repeat_previous(self) -> None:
        """Fill the form with the previous visit, each carried answer marked "overgenomen"."""
        if self._previous is None:
            self._show_feedback(
                lambda: self.tr("Er is nog geen vorig bezoek om te herhalen."), ok=False
            )
            return
        self._show_visit(replace(self._previous, occurred_at=None, count=1))
        self._carried = set(range(len(self._drafts)))
        self._mark_current()
        self.visit.mark_carried(True)
        self._show_feedback(
            lambda: self.tr(
                "Vorig bezoek ingevuld (overgenomen): controleer en sla op met Ctrl+Enter."
            ),
            ok=True,
        )

    def clear(self) -> None:
        """Empty the form for a new visitor (the day list is not touched)."""
        self._drafts = [QuestionInput(topic="")]
        self._carried = set()
        self._index = 0
        self._rebuild_tabs()
        self.editor.set_question(None)
        self.editor.mark_carried(None)
        self.editor.show_error(None)
        self.visit.reset()
        self.editor.topics.filter.setText("")  # setText: no undo history in the field
        self.editor.topics.filter.setFocus()
        self._show_feedback(self.bar.ready_text, ok=True, announce=False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Ctrl+Z in a text field with nothing to undo there undoes the last save."""
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(watched, QLineEdit)
            and isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.StandardKey.Undo)
            and not watched.isUndoAvailable()
        ):
            event.ignore()
            return True
        return super().eventFilter(watched, event)

    def _show_visit(self, visit: VisitInput) -> None:
        self._drafts = list(visit.questions) or [QuestionInput(topic="")]
        self._index = 0
        self._rebuild_tabs()
        self.editor.set_question(self._drafts[0])
        self.visit.show_answers(visit)

    def _mark_current(self) -> None:
        current = self._drafts[self._index] if self._index in self._carried else None
        self.editor.mark_carried(current)

    def _rebuild_tabs(self) -> None:
        self.tabs.blockSignals(True)
        while self.tabs.count():
            self.tabs.removeTab(0)
        for _draft in self._drafts:
            self.tabs.addTab("")
        self._retranslate_tabs()
        self.tabs.setTabButton(0, QTabBar.ButtonPosition.RightSide, None)
        self.tabs.setCurrentIndex(self._index)
        self.tabs.setVisible(len(self._drafts) > 1)
        self.tabs.blockSignals(False)

    def _on_tab(self, index: int) -> None:
        if index < 0 or index == self._index:
            return
        self._drafts[self._index] = self.editor.question()
        if self._index in self._carried and self.editor.carried() == []:
            self._carried.discard(self._index)
        self._index = index
        self.editor.set_question(self._drafts[index] if self._drafts[index].topic else None)
        self._mark_current()

    def _show_feedback(self, message: Message, *, ok: bool, announce: bool = True) -> None:
        """Show *message*; a function (rather than a text) is made again after a switch."""
        self.bar.show_feedback(message, ok=ok, announce=announce)

    @staticmethod
    def _leaf(field: str) -> str:
        leaf = field.rsplit(".", 1)[-1]
        return "topic" if leaf == "questions" else leaf

    def _focus_field(self, field: str) -> None:
        targets = {
            "topic": self.editor.topics.filter,
            "organisation": self.editor.organisations,
            "digid_followup": self.editor.followup,
            "help": self.editor.help,
            "referral": self.editor.referral,
            "note": self.editor.note,
        }
        leaf = self._leaf(field)
        target = targets[leaf] if leaf in targets else self.visit.field(leaf)
        if field.startswith("questions[") and "]" in field:
            position = int(field[len("questions[") : field.index("]")]) - 1
            if 0 <= position < len(self._drafts) and position != self._index:
                self.tabs.setCurrentIndex(position)
        if isinstance(target, ChoiceGroup):
            target.focus_group()
        elif target is not None:
            target.setFocus()
        sections = {**self.editor.sections, **self.visit.sections}
        if leaf in sections:  # the field and its message in sight, also without focus events
            for widget in (self.bar, self.left, self.question_scroll.widget(), self):
                layout = widget.layout() if widget is not None else None
                if layout is not None:
                    layout.activate()  # the feedback may have grown: sizes first
            self.question_scroll.ensureWidgetVisible(sections[leaf].error, 0, 24)
            self.question_scroll.ensureWidgetVisible(sections[leaf].field, 0, 24)
