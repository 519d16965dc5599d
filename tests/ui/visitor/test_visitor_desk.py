"""The visitor mode from the desk's window: started, answered into SQLite, left, failures told."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from kiosk.app import Kiosk
from tests.kiosk.test_db import on_every_new_connection
from tests.ui.test_lock_screen import set_pin
from tests.ui.test_screens import open_window
from ui.main_window import MainWindow
from ui.visitor.launcher import VisitorLauncher, other_screen
from ui.visitor.mode import VisitorMode


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    """The desk's window on the demo location, ready, with its settings read (no PIN)."""
    window = open_window(qtbot, tmp_path)
    with qtbot.waitSignal(window.ready, timeout=5000):
        window.setup_page.demo_button.click()
    qtbot.waitUntil(lambda: window.desk_settings is not None, timeout=5000)
    yield window
    launcher = window.visitor
    if launcher is not None and launcher.mode is not None:
        launcher.mode.leave()
    window.close()


def start_visitor_mode(qtbot: QtBot, window: MainWindow) -> VisitorMode:
    assert window.top.visitor_button.isVisible()
    qtbot.mouseClick(window.top.visitor_button, Qt.MouseButton.LeftButton)
    launcher = window.visitor
    assert isinstance(launcher, VisitorLauncher)
    qtbot.waitUntil(lambda: launcher.mode is not None, timeout=5000)
    mode = launcher.mode
    assert mode is not None
    qtbot.waitExposed(mode)
    return mode


def answer_all(qtbot: QtBot, mode: VisitorMode, language: str) -> None:
    qtbot.mouseClick(mode.start_screen.language_buttons[language], Qt.MouseButton.LeftButton)
    while mode.run is not None:
        qtbot.mouseClick(mode.question_screen.answers[0], Qt.MouseButton.LeftButton)


def rows(kiosk: Kiosk, sql: str) -> list[tuple[object, ...]]:
    with kiosk.db.engine.connect() as conn:
        return [tuple(row) for row in conn.exec_driver_sql(sql)]


def test_a_visitor_answers_at_the_desk_and_the_response_reaches_the_database(
    qtbot: QtBot, window: MainWindow
) -> None:
    mode = start_visitor_mode(qtbot, window)
    assert mode.isFullScreen()
    kiosk = window.kiosk
    assert kiosk is not None
    survey = kiosk.survey.current()
    answer_all(qtbot, mode, "ar")
    assert mode.stack.currentWidget() is mode.thanks_screen
    window.runner.wait_idle()
    qtbot.waitUntil(lambda: bool(rows(kiosk, "SELECT language FROM survey_response")))
    stored = rows(kiosk, "SELECT survey_version, language, day FROM survey_response")
    assert [(version, language) for version, language, _day in stored] == [(survey.version, "ar")]
    assert ":" not in str(stored[0][2])  # a date, no time of day
    # Its op waits for a sync of a later day (kiosk.survey.release): none beside today's visits.
    assert rows(kiosk, "SELECT kind FROM outbox WHERE kind LIKE 'survey%'") == []
    # Staff leave (no PIN set on this desk: the keys alone); the desk's window is back.
    with qtbot.waitSignal(mode.left, timeout=2000):
        mode.ask_to_leave()
    assert window.visitor is not None and window.visitor.mode is None
    assert window.visitor.message is None  # nothing failed, nothing to tell


def test_a_failed_save_still_thanks_the_visitor_and_tells_the_clerk_afterwards(
    qtbot: QtBot, window: MainWindow
) -> None:
    kiosk = window.kiosk
    assert kiosk is not None
    mode = start_visitor_mode(qtbot, window)
    undo = on_every_new_connection(kiosk, "PRAGMA query_only = 1")  # every write refused
    try:
        answer_all(qtbot, mode, "nl")
        window.runner.wait_idle()
        qtbot.wait(50)
        assert mode.stack.currentWidget() is mode.thanks_screen  # the visitor sees thanks
        assert not [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.isVisible()
        ]
        mode.ask_to_leave()
        launcher = window.visitor
        assert launcher is not None
        qtbot.waitUntil(lambda: launcher.message is not None, timeout=5000)
        assert launcher.message is not None
        text = launcher.message.text()
        assert "niet worden bewaard" in text
    finally:
        undo()
    assert rows(kiosk, "SELECT count(*) FROM survey_response") == [(0,)]


def test_the_shortcut_starts_it_and_the_help_names_it(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.keyClick(
        window,
        Qt.Key.Key_B,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    launcher = window.visitor
    assert launcher is not None
    qtbot.waitUntil(lambda: launcher.mode is not None, timeout=5000)
    mode = launcher.mode
    window.open_visitor_mode()  # on the desk's own screen only the PIN ends it
    assert launcher.mode is mode and mode.isVisible()
    from ui.help_dialog import global_keys

    assert "Ctrl+Shift+B" in dict(global_keys())


def test_a_second_screen_is_the_other_one() -> None:
    screens = QApplication.screens()
    assert other_screen(screens, screens[0]) is None  # one screen: the desk's own
    assert other_screen([screens[0], screens[0]], None) is screens[0]


def test_with_a_staff_pin_the_desk_pin_ends_it(qtbot: QtBot, window: MainWindow) -> None:
    set_pin(qtbot, window, "2468")
    mode = start_visitor_mode(qtbot, window)
    mode.ask_to_leave()
    assert mode.lock.locked
    qtbot.keyClicks(mode.lock.page.pin, "2468")
    with qtbot.waitSignal(mode.left, timeout=10000):  # the hash is checked on the database lane
        qtbot.keyClick(mode.lock.page.pin, Qt.Key.Key_Return)


def test_the_desks_idle_screen_leaves_the_visitor_window_on_screen(
    qtbot: QtBot, window: MainWindow
) -> None:
    mode = start_visitor_mode(qtbot, window)
    lock = window.idle_lock
    assert lock is not None
    lock.lock()  # the desk's idle time passed: the desk's data goes from its screen
    assert lock.locked
    qtbot.waitUntil(mode.isVisible)
    assert mode.isFullScreen()
    lock.unlock()
    assert mode.isVisible()


def test_a_narrow_window_keeps_the_key_but_drops_the_button(
    qtbot: QtBot, window: MainWindow
) -> None:
    """No room for "Vragenlijst" next to the demo mark's texts: the button goes, not the mark."""
    button = window.top.visitor_button
    window.resize(800, 700)
    qtbot.waitUntil(lambda: not button.isVisibleTo(window.top.tools), timeout=2000)
    assert window.top.banner_text.text() == "DEMO: telt niet mee"
    window.resize(1366, 728)
    qtbot.waitUntil(lambda: button.isVisibleTo(window.top.tools), timeout=2000)
