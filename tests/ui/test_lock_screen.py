"""The idle screen: it hides every visit and booking, and opens again with the staff PIN."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from kiosk.paths import app_paths
from tests.conftest import make_visit_input
from ui.lock_screen import WRONG_TRIES, IdleLock
from ui.main_window import MainWindow


def visible_texts() -> set[str]:
    """Return every text a person can see in any window now (labels, fields, lists)."""
    texts: set[str] = set()
    for top in QApplication.topLevelWidgets():
        if not top.isVisible():
            continue
        for widget in [top, *top.findChildren(QWidget)]:
            if not widget.isVisible():
                continue
            if isinstance(widget, (QLabel, QLineEdit, QAbstractButton)):
                texts.add(widget.text())
            if isinstance(widget, QAbstractItemView) and widget.model() is not None:
                texts |= _model_texts(widget)
    texts.discard("")
    return texts


def _model_texts(view: QAbstractItemView) -> set[str]:
    model = view.model()
    found: set[str] = set()
    for row in range(model.rowCount(QModelIndex())):
        for column in range(model.columnCount(QModelIndex())):
            value = model.index(row, column).data(Qt.ItemDataRole.DisplayRole)
            if value:
                found.add(str(value))
    return found


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    """A window on the demo location with one saved visit, its idle screen set up."""
    window = MainWindow(app_paths(tmp_path))
    qtbot.addWidget(window)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: window.kiosk is not None, timeout=10000)
    with qtbot.waitSignal(window.ready, timeout=5000):
        window.setup_page.demo_button.click()
    qtbot.waitUntil(lambda: window.desk_settings is not None, timeout=5000)
    page = window.registration
    assert page is not None
    kiosk, desk = window.kiosk, page.desk
    assert kiosk is not None
    window.runner.submit(lambda: kiosk.registration.record(desk.desk_id, make_visit_input()))
    qtbot.waitUntil(lambda: page.day.table.model().rowCount() == 1, timeout=5000)
    yield window
    window.close()


def lock_of(window: MainWindow) -> IdleLock:
    assert window.idle_lock is not None
    return window.idle_lock


def set_pin(qtbot: QtBot, window: MainWindow, pin: str) -> None:
    assert window.kiosk is not None
    window.kiosk.settings.set_pin(pin)
    window.desk_settings = None
    window.runner.submit(window.kiosk.settings.read, window.apply_settings)
    qtbot.waitUntil(lambda: lock_of(window).pin_needed, timeout=5000)


def test_nothing_of_the_day_list_is_visible_while_locked(qtbot: QtBot, window: MainWindow) -> None:
    page = window.registration
    assert page is not None
    day = _model_texts(page.day.table)
    assert day and day <= visible_texts()  # the walk does see the day list when open
    location = window.location_label.text()
    lock_of(window).lock()
    shown = visible_texts()
    assert not day & shown
    assert not page.isVisible() and not window.page_tabs.isVisible()
    assert window.location_label.isVisible() and location  # the status bar stays
    assert lock_of(window).page.isVisible()


def test_ctrl_shift_l_locks_at_once(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(
        window,
        Qt.Key.Key_L,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert lock_of(window).locked


def test_the_idle_time_locks_and_input_starts_it_again(qtbot: QtBot, window: MainWindow) -> None:
    lock = lock_of(window)
    assert lock.timer.isActive() and lock.timer.interval() == 5 * 60_000  # the default
    lock.timer.stop()
    assert window.registration is not None
    qtbot.keyClick(window.registration.editor.topics.filter, Qt.Key.Key_A)
    assert lock.timer.isActive()  # a key starts the idle time again
    lock.timer.stop()
    qtbot.mouseMove(window.registration, window.registration.rect().center())
    qtbot.mouseClick(window.registration, Qt.MouseButton.LeftButton)
    assert lock.timer.isActive()  # and so does the mouse
    lock.configure(idle_ms=20, pin_needed=False)
    qtbot.waitUntil(lambda: lock.locked, timeout=5000)


def test_idle_time_zero_never_locks(qtbot: QtBot, window: MainWindow) -> None:
    lock = lock_of(window)
    lock.configure(idle_ms=0, pin_needed=False)
    assert not lock.timer.isActive()
    qtbot.keyClick(window, Qt.Key.Key_A)
    assert not lock.timer.isActive() and not lock.locked


def test_without_a_pin_doorgaan_unlocks_and_the_form_survives(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = window.registration
    assert page is not None
    page.editor.topics.set_topic("toeslag_zorg")
    lock = lock_of(window)
    lock.lock()
    assert lock.page.continue_button.isVisible() and not lock.page.pin.isVisible()
    assert lock.page.continue_button.hasFocus()
    qtbot.keyClick(lock.page.continue_button, Qt.Key.Key_Space)
    assert not lock.locked
    assert window.pages.currentWidget() is page and window.page_tabs.isVisible()
    assert page.editor.topics.topic() == "toeslag_zorg"


def test_the_right_pin_unlocks_and_a_wrong_one_says_so(qtbot: QtBot, window: MainWindow) -> None:
    set_pin(qtbot, window, "4826")
    lock = lock_of(window)
    lock.lock()
    assert lock.page.pin.hasFocus() and not lock.page.continue_button.isVisible()
    qtbot.keyClicks(lock.page.pin, "1111")
    qtbot.keyClick(lock.page.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "klopt niet" in lock.page.message.text(), timeout=5000)
    assert lock.locked and lock.page.pin.text() == ""
    qtbot.keyClicks(lock.page.pin, "4826")
    qtbot.keyClick(lock.page.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not lock.locked, timeout=5000)
    assert window.registration is not None and window.registration.isVisible()


def test_too_many_wrong_pins_make_the_field_wait(qtbot: QtBot, window: MainWindow) -> None:
    set_pin(qtbot, window, "4826")
    lock = lock_of(window)
    lock.wait_ms = 60_000
    lock.lock()
    for tries in range(1, WRONG_TRIES + 1):
        lock.page.pin.setText("0000")
        lock.page.unlock_button.click()
        qtbot.waitUntil(lambda tries=tries: lock.wrong == tries, timeout=5000)
    assert not lock.page.pin.isEnabled()
    assert "Te vaak" in lock.page.message.text()
    lock._end_wait()  # the wait is over (not waited for in a test)
    assert lock.page.pin.isEnabled()


def test_open_dialogs_are_hidden_and_come_back(qtbot: QtBot, window: MainWindow) -> None:
    dialog = QDialog(window)
    dialog.setWindowTitle("Afspraak")
    QLabel("Jansen 0612345678", dialog)
    dialog.open()
    assert dialog.isVisible()
    lock_of(window).lock()
    assert not dialog.isVisible()
    assert "Jansen 0612345678" not in visible_texts()
    lock_of(window).unlock()
    assert dialog.isVisible()


def test_a_question_box_waiting_for_an_answer_is_covered(qtbot: QtBot, window: MainWindow) -> None:
    box = QMessageBox(QMessageBox.Icon.Question, "Plek vrij", "Jansen (0612345678)?", parent=window)
    box.setWindowModality(Qt.WindowModality.ApplicationModal)
    box.show()
    lock = lock_of(window)
    lock.lock()
    assert box.isVisible()  # still waiting for its answer ...
    assert not any("0612345678" in text for text in visible_texts())  # ... with nothing shown
    cover = box.findChild(type(lock.page))
    assert cover is not None and cover.isVisible()
    assert box.focusWidget() is cover.continue_button
    cover.continue_button.click()
    assert not lock.locked
    assert any("0612345678" in text for text in visible_texts())


def test_keys_do_nothing_while_locked(qtbot: QtBot, window: MainWindow) -> None:
    lock_of(window).lock()
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.planning is None
    window.sync_bar.page_requested.emit()  # the status bar's Synchronisatie: not while locked
    window.open_settings()
    window.open_enroll()
    assert window.sync_page is None and window.settings_dialog is None
    assert window.enroll_dialog is None
    lock_of(window).unlock()
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.planning is not None


def test_in_kiosk_mode_closing_asks_the_pin(qtbot: QtBot, window: MainWindow) -> None:
    set_pin(qtbot, window, "4826")
    assert window.kiosk is not None
    window.kiosk.settings.save(kiosk_mode=True)
    window.runner.submit(window.kiosk.settings.read, window.apply_settings)
    qtbot.waitUntil(lambda: window.desk_settings is not None and window.desk_settings.kiosk_mode)
    assert window.isFullScreen()
    lock = lock_of(window)
    assert window.guard_close()  # the window's button or Alt+F4: the close waits
    assert window.isVisible() and lock.locked
    assert lock.page.title.text() == "IDO Kiosk afsluiten?"
    lock.page.back_button.click()  # not closing after all
    assert not lock.locked and window.isVisible()
    assert window.guard_close()
    lock.page.pin.setText("4826")
    lock.page.unlock_button.click()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)


def test_tab_stays_on_the_lock_page(qtbot: QtBot, window: MainWindow) -> None:
    from tests.ui.keyboard import tab_chain

    set_pin(qtbot, window, "4826")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    lock = lock_of(window)
    lock.lock()
    assert tab_chain(lock.page.pin) == [lock.page.pin, lock.page.unlock_button]
    assert tab_chain(lock.page.pin, backwards=True) == [lock.page.pin, lock.page.unlock_button]
    assert lock.page.pin.accessibleName() == "Pincode"


def test_windows_lock_locks_the_session_instead(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    import ui.lock_screen

    calls: list[str] = []
    monkeypatch.setattr(ui.lock_screen, "_lock_workstation", lambda: calls.append("locked"))
    lock = lock_of(window)
    monkeypatch.setattr(ui.lock_screen, "ON_WINDOWS", False)
    lock.configure(idle_ms=0, pin_needed=False, windows_lock=True)
    assert not lock.windows_lock  # only offered on Windows
    monkeypatch.setattr(ui.lock_screen, "ON_WINDOWS", True)
    lock.configure(idle_ms=0, pin_needed=False, windows_lock=True)
    lock.lock()
    assert calls == ["locked"] and not lock.locked  # Windows' own lock screen, its password
