"""The visitor mode's three screens: the languages, one question, the thank-you.

Every text here comes from the survey's data, in the visitor's language; nothing is a staff
word. The screens follow the keyboard as well as a finger: Tab goes in the order they are seen
(right to left in Arabic, as the layout mirrors), the arrow keys move between the buttons,
Enter or Space presses one, and the number keys 1 to 7 pick the first to seventh answer (or
language).
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ui.visitor.flow import MOST_CHOICES, SurveyRun
from ui.visitor.pictograms import pictogram_pixmap
from ui.visitor.touch_button import TouchButton

if TYPE_CHECKING:
    from kiosk.survey.definition import Survey

#: The language the start screen greets in, before a visitor has chosen one.
GREETING_LANGUAGE = "nl"
_NEXT_KEYS = {Qt.Key.Key_Down: True, Qt.Key.Key_Up: False}
_SIDE_KEYS = {Qt.Key.Key_Right: True, Qt.Key.Key_Left: False}


def _label(parent: QWidget, kind: str) -> QLabel:
    label = QLabel(parent)
    label.setProperty("visitor", kind)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class VisitorScreen(QWidget):
    """A screen of buttons a visitor walks with the arrow keys and picks with a number."""

    def buttons(self) -> Sequence[TouchButton]:
        """The buttons in the order they are seen (the Tab order)."""
        return []

    def numbered(self) -> Sequence[TouchButton]:
        """The buttons the number keys 1, 2, ... press."""
        return []

    def focus_first(self) -> None:
        """Put the keyboard focus on the first button (or the chosen answer)."""
        buttons = self.buttons()
        if buttons:
            buttons[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Arrow keys move between the buttons, mirrored right to left; 1..7 pick one."""
        key = Qt.Key(event.key())
        forward: bool | None = _NEXT_KEYS.get(key)
        if key in _SIDE_KEYS:
            forward = _SIDE_KEYS[key] == (self.layoutDirection() == Qt.LayoutDirection.LeftToRight)
        if forward is not None:
            self._move(forward)
            return
        numbered = self.numbered()
        if Qt.Key.Key_1 <= key <= Qt.Key.Key_9 and event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        ):
            number = int(key) - int(Qt.Key.Key_1)
            if number < min(len(numbered), MOST_CHOICES):
                numbered[number].click()
            return
        super().keyPressEvent(event)

    def _move(self, forward: bool) -> None:
        buttons = [button for button in self.buttons() if button.isVisible()]
        if not buttons:
            return
        focused = self.focusWidget()
        at = buttons.index(focused) if focused in buttons else -1
        step = 1 if forward else -1
        target = buttons[(at + step) % len(buttons)] if at >= 0 else buttons[0]
        target.setFocus(
            Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason
        )


class StartScreen(VisitorScreen):
    """A welcome and six language buttons, each in its own language and script, Dutch first.

    Signals:
        language_chosen(str): the visitor pressed the button of this language.
    """

    language_chosen = Signal(str)

    def __init__(self, survey: Survey, languages: Sequence[str], parent: QWidget | None = None):
        """Build the screen for *survey* with a button per language in *languages*."""
        super().__init__(parent)
        self.setObjectName("visitorStart")
        self.title = _label(self, "title")
        self.title.setText(survey.text("welcome", GREETING_LANGUAGE))
        self.hint = _label(self, "text")
        self.hint.setText(survey.text("choose_language", GREETING_LANGUAGE))
        self.privacy = _label(self, "small")
        self.privacy.setText(survey.text("privacy", GREETING_LANGUAGE))
        self.language_buttons: dict[str, TouchButton] = {}
        grid = QGridLayout()
        grid.setSpacing(16)
        for column in range(3):
            grid.setColumnStretch(column, 1)
        for index, language in enumerate(languages):
            button = TouchButton(self, kind="language")
            button.setObjectName(f"language_{language}")
            name = survey.text("language_name", language)
            button.set_words(f"{name}\n{survey.text('start', language)}")
            button.setAccessibleName(name)
            button.setAccessibleDescription(survey.text("start", language))
            direction = survey.direction(language)
            button.setLayoutDirection(
                Qt.LayoutDirection.RightToLeft
                if direction == "rtl"
                else Qt.LayoutDirection.LeftToRight
            )
            button.clicked.connect(
                lambda _=False, chosen=language: self.language_chosen.emit(chosen)
            )
            grid.addWidget(button, index // 3, index % 3)
            self.language_buttons[language] = button
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(16)
        layout.addStretch(1)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addSpacing(16)
        layout.addLayout(grid)
        layout.addStretch(1)
        layout.addWidget(self.privacy)

    def buttons(self) -> Sequence[TouchButton]:
        """The language buttons, Dutch first."""
        return list(self.language_buttons.values())

    def numbered(self) -> Sequence[TouchButton]:
        """1 is Dutch, 2 English, and so on."""
        return self.buttons()


class QuestionScreen(VisitorScreen):
    """One question: "2 / 6", the question, an answer button per choice, Terug and Overslaan.

    Signals:
        answered(str): the visitor picked the choice with this code.
        skipped(): the visitor skipped the question (no answer).
        kept(): the visitor went on with the answer given before (after going back).
        went_back(): the visitor asked for the previous question (or the languages).
    """

    answered = Signal(str)
    skipped = Signal()
    kept = Signal()
    went_back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        """Build an empty screen; :meth:`show_question` fills it."""
        super().__init__(parent)
        self.setObjectName("visitorQuestion")
        self.progress = _label(self, "small")
        self.progress.setObjectName("visitorProgress")
        self.question = _label(self, "question")
        self.question.setObjectName("visitorQuestionText")
        self.answers: list[TouchButton] = []
        self.codes: list[str] = []
        self.grid = QGridLayout()
        self.grid.setSpacing(14)
        for column in range(2):
            self.grid.setColumnStretch(column, 1)
        self.back = TouchButton(self, kind="nav")
        self.back.setObjectName("visitorBack")
        self.skip = TouchButton(self, kind="nav")
        self.skip.setObjectName("visitorSkip")
        self.privacy = _label(self, "small")
        self.back.clicked.connect(self.went_back)
        self.skip.clicked.connect(self._skip)
        self._has_answer = False
        nav = QHBoxLayout()
        nav.setSpacing(16)
        nav.addWidget(self.back, 1)
        nav.addWidget(self.privacy, 2)
        nav.addWidget(self.skip, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 16, 32, 16)
        layout.setSpacing(12)
        layout.addWidget(self.progress)
        layout.addWidget(self.question)
        layout.addStretch(1)
        layout.addLayout(self.grid)
        layout.addStretch(1)
        layout.addLayout(nav)

    def show_question(self, run: SurveyRun) -> None:
        """Show the question *run* is at, in its language, the answer given before marked."""
        survey, language, question = run.survey, run.language, run.question
        number, total = run.index + 1, run.count
        self.progress.setText(progress_text(survey, language, number, total))
        self.progress.setAccessibleName(self.progress.text())
        text = question.text[language]
        self.question.setText(text)
        self.question.setAccessibleName(text)
        self._remove_answers()
        chosen = run.chosen()
        columns = 1 if len(question.choices) <= 3 else 2
        self.grid.setColumnStretch(1, columns - 1)  # one column: the answers take the width
        rtl = survey.direction(language) == "rtl"
        for index, choice in enumerate(question.choices):
            button = TouchButton(self, kind="answer")
            button.setObjectName(f"answer_{choice.code}")
            button.setCheckable(True)
            button.setChecked(choice.code == chosen)
            button.set_words(choice.label[language])
            button.setAccessibleDescription(f"{text} ({index + 1} / {len(question.choices)})")
            button.set_pictogram(choice.pictogram)
            button.clicked.connect(lambda _=False, code=choice.code: self.answered.emit(code))
            self.grid.addWidget(button, index // columns, index % columns)
            button.show()
            self.answers.append(button)
            self.codes.append(choice.code)
        self._has_answer = chosen is not None
        self.back.set_words(survey.text("back", language))
        self.back.set_pictogram("arrow-back.svg", mirror=rtl)
        self.skip.set_words(survey.text("next" if self._has_answer else "skip", language))
        self.skip.set_pictogram("skip.svg", mirror=rtl)
        self.privacy.setText(survey.text("privacy", language))
        order = [*self.answers, self.back, self.skip]
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)

    def clear(self) -> None:
        """Forget the question and the answer marked (the visitor is gone)."""
        self._remove_answers()
        for label in (self.progress, self.question):
            label.clear()
            label.setAccessibleName("")
        self._has_answer = False

    def _remove_answers(self) -> None:
        for button in self.answers:
            self.grid.removeWidget(button)
            button.hide()
            button.deleteLater()
        self.answers, self.codes = [], []

    def focus_first(self) -> None:
        """Focus the answer given before, else the first answer."""
        chosen = [button for button in self.answers if button.isChecked()]
        target = chosen[0] if chosen else (self.answers[0] if self.answers else self.skip)
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def buttons(self) -> Sequence[TouchButton]:
        """The answers, then Terug and Overslaan (as seen; mirrored in Arabic)."""
        return [*self.answers, self.back, self.skip]

    def numbered(self) -> Sequence[TouchButton]:
        """The answers: 1 is the first."""
        return self.answers

    def _skip(self) -> None:
        if self._has_answer:
            self.kept.emit()
        else:
            self.skipped.emit()


def progress_text(survey: Survey, language: str, number: int, total: int) -> str:
    """Return "Vraag 2 van 6" in *language* (every survey has the words: the parser checks)."""
    words = survey.text("progress", language)
    return words.replace("{number}", str(number)).replace("{total}", str(total))


class ThanksScreen(VisitorScreen):
    """Thank you, in the visitor's language, with a pictogram; it goes by itself."""

    def __init__(self, parent: QWidget | None = None) -> None:
        """Build an empty screen; :meth:`show_thanks` fills it."""
        super().__init__(parent)
        self.setObjectName("visitorThanks")
        self.picture = QLabel(self)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title = _label(self, "title")
        self.detail = _label(self, "text")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addStretch(1)
        layout.addWidget(self.picture)
        layout.addWidget(self.title)
        layout.addWidget(self.detail)
        layout.addStretch(2)

    def show_thanks(self, survey: Survey, language: str) -> None:
        """Say thank you in *language*."""
        self.title.setText(survey.text("thanks", language))
        self.detail.setText(survey.text("thanks_detail", language))
        self.setAccessibleName(self.title.text())
        self.setAccessibleDescription(self.detail.text())
        colour = self.palette().color(QPalette.ColorRole.WindowText)
        ratio = self.devicePixelRatioF()
        self.picture.setPixmap(pictogram_pixmap("heart.svg", 120, colour, ratio=ratio))
