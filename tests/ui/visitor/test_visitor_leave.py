"""Only staff leave the visitor mode: Ctrl+Alt+Q and the PIN; Escape and a close only ask."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.ui.visitor.conftest import IDLE_MS, PIN, MakeMode
from ui.visitor.mode import VisitorMode


def press(qtbot: QtBot, which: Qt.Key, modifier: Qt.KeyboardModifier) -> None:
    target = QApplication.focusWidget()
    assert target is not None
    qtbot.keyClick(target, which, modifier)


def leave_keys(qtbot: QtBot) -> None:
    modifiers = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    press(qtbot, Qt.Key.Key_Q, modifiers)


def type_pin(qtbot: QtBot, mode: VisitorMode, pin: str) -> None:
    field = mode.lock.page.pin
    assert field.isVisible() and field.hasFocus()
    qtbot.keyClicks(field, pin)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def test_escape_asks_for_the_pin_and_a_wrong_one_keeps_the_survey(
    qtbot: QtBot, make_mode: MakeMode
) -> None:
    mode = make_mode()
    press(qtbot, Qt.Key.Key_1, Qt.KeyboardModifier.NoModifier)
    press(qtbot, Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier)
    assert mode.lock.locked
    assert mode.stack.currentWidget() is mode.lock.page
    assert mode.lock.page.title.text() == "Vragenlijst stoppen?"
    type_pin(qtbot, mode, "1111")
    assert mode.isVisible() and mode.lock.locked
    assert mode.lock.page.message.text()  # "Deze pincode klopt niet. ..."
    mode.lock.page.back_button.click()  # "Niet afsluiten": the visitor's question again
    assert not mode.lock.locked
    assert mode.stack.currentWidget() is mode.question_screen


def test_ctrl_alt_q_and_the_right_pin_leave(qtbot: QtBot, make_mode: MakeMode) -> None:
    mode = make_mode()
    with qtbot.waitSignal(mode.left, timeout=2000):
        leave_keys(qtbot)
        type_pin(qtbot, mode, PIN)
    qtbot.waitUntil(lambda: not mode.isVisible())


def test_without_a_pin_ctrl_alt_q_leaves_at_once_and_escape_does_nothing(
    qtbot: QtBot, make_mode: MakeMode
) -> None:
    mode = make_mode(pin_needed=False)
    press(qtbot, Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier)
    assert mode.isVisible() and not mode.lock.locked
    assert mode.stack.currentWidget() is mode.start_screen
    with qtbot.waitSignal(mode.left, timeout=2000):
        leave_keys(qtbot)


def test_a_close_from_outside_only_asks_for_the_pin(qtbot: QtBot, make_mode: MakeMode) -> None:
    mode = make_mode()
    assert not mode.close()  # Alt+F4, a close from the taskbar
    assert mode.isVisible()
    assert mode.lock.locked
    free = make_mode(pin_needed=False)
    assert not free.close()
    assert free.isVisible() and not free.lock.locked


def test_the_pin_page_left_alone_gives_way_to_the_start_screen(
    qtbot: QtBot, make_mode: MakeMode
) -> None:
    mode = make_mode()
    press(qtbot, Qt.Key.Key_2, Qt.KeyboardModifier.NoModifier)
    press(qtbot, Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier)
    assert mode.lock.locked
    qtbot.waitUntil(lambda: mode.stack.currentWidget() is mode.start_screen, timeout=IDLE_MS * 10)
    assert not mode.lock.locked and mode.run is None
    assert mode.isVisible()
