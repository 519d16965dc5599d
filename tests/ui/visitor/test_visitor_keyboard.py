"""The visitor mode by keyboard alone: Tab in the order seen, arrows, Enter, Space, 1..7."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from kiosk.survey.definition import Survey
from tests.ui.visitor.conftest import MakeMode, Saved
from ui.visitor.mode import VisitorMode
from ui.visitor.touch_button import TouchButton


def key(
    qtbot: QtBot, which: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    """Press *which* where the keyboard focus is."""
    target = QApplication.focusWidget()
    assert target is not None
    qtbot.keyClick(target, which, modifier)


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def seen_order(buttons: list[TouchButton], rtl: bool) -> list[TouchButton]:
    """The buttons in reading order: top to bottom, then left to right (right to left in RTL)."""

    def place(button: TouchButton) -> tuple[int, int]:
        at = button.mapTo(button.window(), button.rect().topLeft())
        return at.y(), -at.x() if rtl else at.x()

    return sorted(buttons, key=place)


def tab_walk(qtbot: QtBot, count: int) -> list[QWidget | None]:
    walked = [focused()]
    for _ in range(count - 1):
        key(qtbot, Qt.Key.Key_Tab)
        walked.append(focused())
    return walked


def test_a_whole_survey_by_keyboard(
    qtbot: QtBot, make_mode: MakeMode, survey: Survey, saved: Saved
) -> None:
    mode = make_mode()
    start = mode.start_screen
    assert focused() is start.language_buttons["nl"]
    key(qtbot, Qt.Key.Key_Right)
    assert focused() is start.language_buttons["en"]
    key(qtbot, Qt.Key.Key_Left)
    key(qtbot, Qt.Key.Key_Return)  # Enter: Nederlands
    screen = mode.question_screen
    assert mode.run is not None and mode.run.language == "nl"
    assert focused() is screen.answers[0]

    key(qtbot, Qt.Key.Key_2)  # the number key picks the second answer
    key(qtbot, Qt.Key.Key_Down)  # the arrow goes to the next answer, Space picks it
    key(qtbot, Qt.Key.Key_Space)
    key(qtbot, Qt.Key.Key_Tab)  # Tab from the first answer goes to the second, Enter picks it
    key(qtbot, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    while mode.run is not None:
        key(qtbot, Qt.Key.Key_1)

    questions = survey.questions
    expected = {
        questions[0].code: questions[0].choices[1].code,
        questions[1].code: questions[1].choices[1].code,
        questions[2].code: questions[2].choices[1].code,
    } | {q.code: q.choices[0].code for q in questions[3:]}
    assert saved.calls == [(survey.version, "nl", expected)]


def test_number_keys_beyond_the_answers_do_nothing(
    qtbot: QtBot, make_mode: MakeMode, survey: Survey
) -> None:
    mode = make_mode()
    key(qtbot, Qt.Key.Key_1)
    count = len(survey.questions[0].choices)
    key(qtbot, Qt.Key(int(Qt.Key.Key_1) + count))
    assert mode.run is not None and mode.run.index == 0


def test_tab_follows_the_order_seen_left_to_right(qtbot: QtBot, make_mode: MakeMode) -> None:
    mode = make_mode()
    key(qtbot, Qt.Key.Key_1)
    key(qtbot, Qt.Key.Key_1)
    key(qtbot, Qt.Key.Key_1)  # the third question has more answers than fit in one column
    screen = mode.question_screen
    buttons = list(screen.buttons())
    assert len(screen.answers) > 3
    assert tab_walk(qtbot, len(buttons)) == seen_order(buttons, rtl=False)


def test_arabic_is_right_to_left_with_mirrored_navigation(
    qtbot: QtBot, make_mode: MakeMode, survey: Survey
) -> None:
    mode = make_mode()
    start_direction = mode.start_screen.layoutDirection()
    key(qtbot, Qt.Key.Key_3)  # العربية
    screen = mode.question_screen
    assert mode.run is not None and mode.run.language == "ar"
    assert screen.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert start_direction == Qt.LayoutDirection.LeftToRight
    # Back ("رجوع") is on the right, skip on the left: the way an Arabic reader goes.
    assert screen.back.x() > screen.skip.x()
    assert screen.question.text() == survey.questions[0].text["ar"]
    key(qtbot, Qt.Key.Key_1)
    key(qtbot, Qt.Key.Key_1)
    buttons = list(screen.buttons())
    assert len(screen.answers) > 3
    first, second = screen.answers[0], screen.answers[1]
    assert first.x() > second.x()  # the first answer is at the right
    assert tab_walk(qtbot, len(buttons)) == seen_order(buttons, rtl=True)
    first.setFocus()
    key(qtbot, Qt.Key.Key_Left)  # the left arrow goes on to the next, as seen in Arabic
    assert focused() is second
    # The staff's PIN page keeps the staff's direction; the desk's other windows are untouched.
    assert mode.lock.page.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    key(qtbot, Qt.Key.Key_Escape)
    assert mode.lock.locked and mode.lock.page.isVisible()
    assert mode.lock.page.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_screen_readers_hear_each_answer_with_its_question(
    qtbot: QtBot, make_mode: MakeMode, survey: Survey
) -> None:
    mode = make_mode()
    key(qtbot, Qt.Key.Key_1)
    screen = mode.question_screen
    question = survey.questions[0]
    assert screen.question.accessibleName() == question.text["nl"]
    count = len(question.choices)
    for index, (button, choice) in enumerate(zip(screen.answers, question.choices, strict=True)):
        assert button.accessibleName() == choice.label["nl"]
        assert button.accessibleDescription() == f"{question.text['nl']} ({index + 1} / {count})"
    assert screen.back.accessibleName() == survey.text("back", "nl")
    assert screen.skip.accessibleName() == survey.text("skip", "nl")


def test_mode_is_a_window_without_frame_for_the_visitor(make_mode: MakeMode) -> None:
    mode: VisitorMode = make_mode()
    assert mode.isWindow()
    assert mode.windowFlags() & Qt.WindowType.FramelessWindowHint
