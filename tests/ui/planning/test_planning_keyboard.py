"""The planning page and its dialogs by keyboard alone: every control reached, in screen order,
Tab leaves the grid, the key map of issue 14 (no Ctrl+R; Ctrl+T today; Ctrl+P the slip)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from kiosk.app import Kiosk
from kiosk.planning.records import Season
from tests.ui.keyboard import assert_reading_order, describe, tab_chain, unreachable
from tests.ui.planning.conftest import drain
from tests.ui.planning.sample import booking
from ui.planning import focus_walk
from ui.planning.booking_editor import BookingEditor
from ui.planning.planning_page import PlanningPage
from ui.planning.search_dialog import SearchDialog
from ui.tasks import TaskRunner

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def walk(root: QWidget, first: QWidget, regions: list[QWidget]) -> list[QWidget]:
    """Tab round *root* both ways from *first*; every control reached, in reading order."""
    forwards = tab_chain(first)
    assert unreachable(root, forwards) == []
    assert_reading_order(forwards, regions)
    backwards = tab_chain(first, backwards=True)
    assert [describe(w) for w in backwards[1:]] == [describe(w) for w in forwards[1:][::-1]]
    return forwards


def shown(qtbot: QtBot, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    return dialog


@pytest.mark.parametrize("mode", ["new", "edit", "waiting"])
def test_booking_editor_tab_reaches_every_control_in_order(qtbot: QtBot, mode: str) -> None:
    editor = BookingEditor(
        lambda: "di 2 mrt 10:00",
        mode=mode,
        booking=booking("b-1", "s-1", "J. Jansen") if mode == "edit" else None,
        overbook=mode == "new",
    )
    shown(qtbot, editor)
    first = next(w for w in editor.tab_chain if w.isVisible() and w.isEnabled())
    chain = walk(editor, first, [editor])
    names = [w.objectName() for w in chain]
    assert names[-2:] == ["bookingClose", "bookingSave"]
    if mode == "edit":
        assert {"attendedButton", "noShowButton", "cancelBookingButton", "slipButton"} <= set(names)
    if mode == "new":
        assert "walkIn" in names and "overbookReason" in names


def test_planning_page_walks_by_tab_and_leaves_the_grid(
    planning: PlanningPage, qtbot: QtBot
) -> None:
    planning.activateWindow()
    qtbot.waitUntil(planning.isActiveWindow, timeout=2000)
    chain = walk(planning, planning.season, [planning.main, planning.right])
    assert planning.grid in chain
    for tab in (1, 2):  # Wachtlijst, Aandacht nodig
        planning.side.setCurrentIndex(tab)
        walk(planning, planning.season, [planning.main, planning.right])
    planning.side.setCurrentIndex(0)
    # Tab, and Ctrl+Tab / Ctrl+Shift+Tab, leave the grid; the arrows move inside it.
    planning.grid.setFocus()
    qtbot.keyClick(planning.grid, Qt.Key.Key_Tab, CTRL)
    assert QApplication.focusWidget() is planning.templates_button
    planning.grid.setFocus()
    qtbot.keyClick(planning.grid, Qt.Key.Key_Tab, CTRL | SHIFT)
    assert QApplication.focusWidget() is planning.date_bar.search_button
    planning.grid.setFocus()
    qtbot.keyClick(planning.grid, Qt.Key.Key_Backtab, CTRL | SHIFT)
    assert QApplication.focusWidget() is planning.date_bar.search_button
    assert "Ctrl+Tab" in planning.grid.accessibleDescription()
    assert "Ctrl+Tab" in planning.grid.toolTip()


def test_planning_key_map(planning: PlanningPage) -> None:
    keys = {s.key().toString() for s in planning.findChildren(QShortcut)}
    assert "Ctrl+R" not in keys  # "herhaal vorige" on the registration page, nothing here
    assert {"Ctrl+T", "Ctrl+G", "Ctrl+F", "Ctrl+P", "Ctrl+Shift+P", "Ctrl+D"} <= keys
    help_keys = [k for k, _words in planning.shortcut_help()]
    for documented in ("Ctrl+T", "Ctrl+G", "Ctrl+F", "Ctrl+C", "Ctrl+X", "Ctrl+V", "Ctrl+P"):
        assert documented in help_keys
    assert any("Ctrl+Tab" in k for k in help_keys)
    assert not any("Ctrl+R" in k for k in help_keys)


def test_side_panel_hides_and_shows_by_ctrl_d(planning: PlanningPage, qtbot: QtBot) -> None:
    qtbot.keyClick(planning.grid, Qt.Key.Key_D, CTRL)
    assert not planning.side.isVisible() and planning.templates_button.isVisible()
    assert planning.side_button.text() == "Details tonen"
    qtbot.keyClick(planning.grid, Qt.Key.Key_D, CTRL)
    assert planning.side.isVisible()


@pytest.fixture
def search_dialog(qtbot: QtBot) -> Iterator[SearchDialog]:
    dialog = SearchDialog(lambda _query, done: done([]), 28)
    shown(qtbot, dialog)
    yield dialog
    dialog.reject()


def test_search_dialog_walks_by_tab(search_dialog: SearchDialog) -> None:
    walk(search_dialog, search_dialog.query, [search_dialog])
    assert "28 dagen" in search_dialog.note.text()


def test_template_editor_and_exchange_walk_by_tab(
    planning: PlanningPage, qtbot: QtBot, runner: TaskRunner, ui_kiosk: Kiosk
) -> None:
    qtbot.keyClick(planning.grid, Qt.Key.Key_T, CTRL | SHIFT)
    editor = planning.template_editor
    qtbot.waitUntil(editor.isActiveWindow, timeout=2000)
    drain(runner)
    for tab in range(editor.tabs.count()):
        editor.tabs.setCurrentIndex(tab)
        QApplication.processEvents()
        walk(editor, editor.tabs.tabBar(), [editor])
    editor.reject()
    drain(runner)
    from ui.planning.exchange_dialog import open_exchange

    dialog = open_exchange(planning, ui_kiosk, planning.season_id, runner)
    assert dialog is not None
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    drain(runner)
    walk(dialog, dialog.focusWidget() or dialog, [dialog])
    dialog.reject()


def test_opens_on_today_with_vandaag_and_go_to_date(
    qtbot: QtBot, ui_kiosk: Kiosk, season: object, runner: TaskRunner
) -> None:
    today = [date(2027, 3, 5)]  # a Friday: the next day with hours is Tuesday 9 March
    page = PlanningPage(ui_kiosk.planning, runner, kiosk=ui_kiosk, today=lambda: today[0])
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.resize(1093, 582)
        page.show()
        page.reload()
    grid = page.grid

    def day() -> date:
        data = page.grid_data
        assert data is not None
        return data.rows[grid.currentIndex().row()].day

    assert day() == date(2027, 3, 9)
    assert "eerstvolgende dag" in page.feedback.text()
    grid.setFocus()
    qtbot.keyClick(grid, Qt.Key.Key_G, CTRL)  # Ctrl+G: the date field
    assert QApplication.focusWidget() is page.date_bar.date
    page.date_bar.date.setDate(page.date_bar.date.date().addDays(-3))  # 2 March
    qtbot.keyClick(page.date_bar.date, Qt.Key.Key_Return)
    assert day() == date(2027, 3, 2) and grid.hasFocus()
    today[0] = date(2027, 3, 11)
    qtbot.keyClick(grid, Qt.Key.Key_T, CTRL)
    assert day() == date(2027, 3, 11)
    today[0] = date(2027, 6, 1)  # after the season: its last day
    page.date_bar.today_button.click()
    assert day() == date(2027, 3, 11) and "voorbij" in page.feedback.text()
    drain(runner)


def test_import_review_walks_by_tab(
    qtbot: QtBot, ui_kiosk: Kiosk, season: Season, runner: TaskRunner, tmp_path: Path
) -> None:
    from tests.ui.planning.test_exchange_dialog import sheet
    from ui.planning.exchange_import import import_availability

    parent = QWidget()
    qtbot.addWidget(parent)
    rows: list[list[object]] = [
        ["Dirk Dekker", "", "maandag", "9:00", "10:00", 30, 1],
        ["Eva Eerden", "", "dinsdag", "10:00", "9:00", 30, 1],
    ]
    task = import_availability(
        parent, ui_kiosk, season.id, runner=runner, path=sheet(tmp_path, rows)
    )
    assert task is not None
    with qtbot.waitSignal(task.reviewed, timeout=5000):
        drain(runner)
    dialog = task.dialog
    assert dialog is not None
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    walk(dialog, dialog.focusWidget() or dialog, [dialog])
    dialog.reject()
    drain(runner)


def test_tab_leaves_the_page_inside_a_window(
    qtbot: QtBot, ui_kiosk: Kiosk, season: Season, runner: TaskRunner
) -> None:
    from PySide6.QtWidgets import QPushButton, QVBoxLayout

    window = QWidget()
    qtbot.addWidget(window)
    before = QPushButton("voor", window)
    page = PlanningPage(ui_kiosk.planning, runner, window, kiosk=ui_kiosk)
    after = QPushButton("na", window)
    layout = QVBoxLayout(window)
    for widget in (before, page, after):
        layout.addWidget(widget)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        window.resize(1366, 900)
        window.show()
        page.reload()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    chain = tab_chain(before)
    inside = [w for w in chain if page.isAncestorOf(w)]
    assert chain[1] is page.season and chain[-1] is after
    assert [describe(w) for w in inside] == [
        describe(w) for w in focus_walk.reachable(page, page.tab_order())
    ]
    drain(runner)


def test_the_folded_filters_open_with_their_keys(planning: PlanningPage, qtbot: QtBot) -> None:
    """The filters fold behind "Filter"; Alt+H and Alt+O unfold them and focus the field."""
    planning.activateWindow()
    qtbot.waitUntil(planning.isActiveWindow, timeout=2000)
    assert not planning.helper_filter.isVisibleTo(planning)
    assert planning.helper_filter not in focus_walk.reachable(planning, planning.tab_order())
    qtbot.keyClick(planning.grid, Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)
    assert planning.helper_filter.isVisibleTo(planning)
    assert QApplication.focusWidget() is planning.helper_filter
    assert planning.filter_button.isChecked()
    qtbot.keyClick(planning.helper_filter, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is planning.partner_filter
    with qtbot.waitSignal(planning.loaded, timeout=5000):
        planning.helper_filter.setCurrentIndex(1)
    planning.filter_button.click()  # fold them again: the button says a filter is on
    assert not planning.helper_filter.isVisibleTo(planning)
    assert planning.filter_button.text() == "Filter (aan)"
