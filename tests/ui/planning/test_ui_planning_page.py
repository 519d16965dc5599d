"""The Belastinghulp page on a real PlanningService: booking, cancelling, moving, undo, filters,
the waiting list and "Aandacht nodig", by keyboard wherever a clerk would use it."""

from __future__ import annotations

import threading
from typing import cast

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from kiosk.app import Kiosk
from kiosk.planning.records import BookingInput, Season
from kiosk.planning.service import PlanningService
from sync.state import StateStore
from tests.ui.planning.conftest import drain, mark_conflict
from ui.planning.booking_editor import BookingEditor
from ui.planning.planning_page import PlanningPage
from ui.tasks import Lane, TaskRunner

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def cell(page: PlanningPage, row: int, column: int) -> str:
    model = page.grid.grid_model
    return str(model.data(model.index(row, column)))


def go(page: PlanningPage, row: int, column: int) -> None:
    page.grid.setCurrentIndex(page.grid.grid_model.index(row, column))
    page.show_side()  # the side panel follows once the cursor rests


def book(page: PlanningPage, runner: TaskRunner, row: int, column: int, name: str) -> None:
    slot = page.grid.grid_model.slot(row, column)
    assert slot is not None
    page.service.book(slot.id, BookingInput(name, "0612345678"))
    page.reload()
    drain(runner)


def test_grid_shows_the_generated_season(planning: PlanningPage) -> None:
    model = planning.grid.grid_model
    assert model.rowCount() == 12 and model.columnCount() == 3
    assert model.headerData(0, Qt.Orientation.Vertical) == "di 2 mrt  10:00"
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Anna de Boer\nFNV Belastingservice"
    assert cell(planning, 0, 0) == "vrij"
    assert cell(planning, 0, 2) == "2 van 2 vrij"
    assert planning.season.currentText() == "Belastinghulp 2027"


def test_booking_by_keyboard_alone(
    planning: PlanningPage, qtbot: QtBot, runner: TaskRunner, ui_kiosk: Kiosk
) -> None:
    grid = planning.grid
    qtbot.keyClick(grid, Qt.Key.Key_Down)  # di 2 mrt 10:30, Anna
    qtbot.keyClicks(grid, "J")  # typing a letter in a free cell opens the editor
    editor = planning.editor
    assert isinstance(editor, BookingEditor)
    assert editor.name.text() == "J"
    qtbot.waitUntil(editor.name.hasFocus, timeout=2000)
    qtbot.keyClicks(editor.name, ". Jansen")
    qtbot.keyClick(editor.name, Qt.Key.Key_Tab)
    assert editor.phone.hasFocus()
    qtbot.keyClicks(editor.phone, "06 12345678")
    with qtbot.waitSignal(planning.loaded, timeout=5000):
        qtbot.keyClick(editor.phone, Qt.Key.Key_Return)
    drain(runner)
    assert planning.editor is None
    assert cell(planning, 1, 0) == "◷ J. Jansen"  # provisional until the server confirms
    assert "Opgeslagen" in planning.feedback.text()
    assert planning.focusWidget() is grid  # back in the grid, ready for the next one
    # Enter on a booked cell moves down, like a spreadsheet.
    go(planning, 1, 0)
    qtbot.keyClick(grid, Qt.Key.Key_Return)
    assert grid.currentIndex().row() == 2 and planning.editor is None


def test_the_service_refusal_shows_under_its_field(
    planning: PlanningPage, qtbot: QtBot, runner: TaskRunner
) -> None:
    qtbot.keyClick(planning.grid, Qt.Key.Key_Return)  # free cell: the editor opens
    editor = planning.editor
    assert editor is not None
    editor.name.setText("K. de Wit")
    editor.phone.setText("0612345678")
    editor.remark.setText("machtigingscode AB12-CD34-EF56")
    editor.submit()
    drain(runner)
    assert planning.editor is editor and editor.isVisible()
    assert editor.errors["remark"].isVisible()
    assert "machtigingscode" in editor.errors["remark"].text()
    assert editor.remark.hasFocus()
    assert cell(planning, 0, 0) == "vrij"


def test_delete_asks_first_and_no_is_the_default(
    planning: PlanningPage, qtbot: QtBot, runner: TaskRunner
) -> None:
    book(planning, runner, 0, 0, "J. Jansen")
    go(planning, 0, 0)

    def press_enter() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        assert "J. Jansen" in box.text() and "annuleren" in box.text()
        qtbot.keyClick(box, Qt.Key.Key_Return)  # the default button: Nee

    QTimer.singleShot(0, press_enter)
    qtbot.keyClick(planning.grid, Qt.Key.Key_Delete)
    drain(runner)
    assert cell(planning, 0, 0) == "◷ J. Jansen"


def test_delete_cancels_after_yes_and_offers_the_waiting_list(
    planning: PlanningPage,
    qtbot: QtBot,
    runner: TaskRunner,
    monkeypatch: pytest.MonkeyPatch,
    season: Season,
) -> None:
    book(planning, runner, 0, 0, "J. Jansen")
    planning.service.add_waiting(season.id, BookingInput("W. Wachter", "0687654321"))
    offered: list[str] = []
    monkeypatch.setattr(planning, "confirm_cancel", lambda _b, _s: True)
    monkeypatch.setattr(
        planning, "offer_waiting", lambda entry, _slot: offered.append(entry.name or "") or True
    )
    planning.reload()
    drain(runner)
    go(planning, 0, 0)
    qtbot.keyClick(planning.grid, Qt.Key.Key_Delete)
    drain(runner)
    assert offered == ["W. Wachter"]
    assert cell(planning, 0, 0) == "◷ W. Wachter"
    assert planning.waiting.model.rows() == ()
    slot = planning.grid.grid_model.slot(0, 0)
    assert slot is not None
    assert [b.status for b in slot.bookings if b.name == "J. Jansen"] == ["cancelled"]


def test_cut_and_paste_moves_a_booking_and_undo_moves_it_back(
    planning: PlanningPage, qtbot: QtBot, runner: TaskRunner
) -> None:
    book(planning, runner, 0, 0, "J. Jansen")
    grid = planning.grid
    go(planning, 0, 0)
    qtbot.keyClick(grid, Qt.Key.Key_X, CTRL)
    assert "Ctrl+V" in planning.feedback.text()
    qtbot.keyClick(grid, Qt.Key.Key_Right)
    qtbot.keyClick(grid, Qt.Key.Key_Down)
    qtbot.keyClick(grid, Qt.Key.Key_V, CTRL)
    drain(runner)
    assert cell(planning, 0, 0) == "vrij"
    assert cell(planning, 1, 1) == "◷ J. Jansen"
    qtbot.keyClick(grid, Qt.Key.Key_Z, CTRL)
    drain(runner)
    assert cell(planning, 0, 0) == "◷ J. Jansen"
    assert cell(planning, 1, 1) == "vrij"
    qtbot.keyClick(grid, Qt.Key.Key_Z, CTRL | SHIFT)
    drain(runner)
    assert cell(planning, 1, 1) == "◷ J. Jansen"


def test_paste_on_a_full_slot_asks_a_reason(
    planning: PlanningPage, qtbot: QtBot, runner: TaskRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    book(planning, runner, 0, 0, "J. Jansen")
    book(planning, runner, 0, 1, "P. de Vries")
    reasons = iter([None, "spreekt alleen met Bert"])
    monkeypatch.setattr(planning, "ask_reason", lambda _q: next(reasons))
    go(planning, 0, 0)
    qtbot.keyClick(planning.grid, Qt.Key.Key_X, CTRL)
    go(planning, 0, 1)
    qtbot.keyClick(planning.grid, Qt.Key.Key_V, CTRL)  # reason refused: nothing happens
    drain(runner)
    assert cell(planning, 0, 0) == "◷ J. Jansen"
    qtbot.keyClick(planning.grid, Qt.Key.Key_V, CTRL)
    drain(runner)
    assert cell(planning, 0, 0) == "vrij"
    assert cell(planning, 0, 1) == "◷ J. Jansen, ◷ P. de Vries · 1 overboekt"


def test_undo_and_redo_of_a_booking_and_a_cancel(
    planning: PlanningPage, qtbot: QtBot, runner: TaskRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    grid = planning.grid
    qtbot.keyClicks(grid, "A")
    editor = planning.editor
    assert editor is not None
    qtbot.keyClicks(editor.name, ". Ali")
    editor.phone.setText("0612345678")
    editor.purpose.boxes["toeslagen"].setChecked(True)
    editor.submit()
    drain(runner)
    assert cell(planning, 0, 0) == "◷ A. Ali"
    qtbot.waitUntil(planning.isActiveWindow, timeout=2000)  # the editor has gone
    qtbot.keyClick(grid, Qt.Key.Key_Z, CTRL)  # undo the booking: it is cancelled
    drain(runner)
    assert cell(planning, 0, 0) == "vrij"
    qtbot.keyClick(grid, Qt.Key.Key_Z, CTRL | SHIFT)  # redo: booked again, same details
    drain(runner)
    assert cell(planning, 0, 0) == "◷ A. Ali"
    slot = planning.grid.grid_model.slot(0, 0)
    assert slot is not None
    again = next(b for b in slot.bookings if b.status == "booked")
    assert again.purpose == ("toeslagen",) and again.phone == "0612345678"

    monkeypatch.setattr(planning, "confirm_cancel", lambda _b, _s: True)
    go(planning, 0, 0)
    qtbot.keyClick(grid, Qt.Key.Key_Delete)
    drain(runner)
    assert cell(planning, 0, 0) == "vrij"
    qtbot.keyClick(grid, Qt.Key.Key_Z, CTRL)  # undo the cancel: a new booking, same details
    drain(runner)
    assert cell(planning, 0, 0) == "◷ A. Ali"
    qtbot.keyClick(grid, Qt.Key.Key_Y, CTRL)  # redo: cancelled again
    drain(runner)
    assert cell(planning, 0, 0) == "vrij"


def test_status_buttons_mark_attended_and_no_show(
    planning: PlanningPage, qtbot: QtBot, runner: TaskRunner
) -> None:
    book(planning, runner, 0, 0, "J. Jansen")
    go(planning, 0, 0)
    qtbot.keyClick(planning.grid, Qt.Key.Key_F2)
    editor = planning.editor
    assert editor is not None and editor.mode == "edit"
    editor.attended_button.click()
    drain(runner)
    assert cell(planning, 0, 0) == "✓ J. Jansen"
    go(planning, 0, 0)
    planning.slot_panel.no_show_button.click()
    drain(runner)
    assert cell(planning, 0, 0) == "✗ J. Jansen"


def test_filters_by_helper_and_organisation(planning: PlanningPage, runner: TaskRunner) -> None:
    planning.partner_filter.setCurrentIndex(planning.partner_filter.findText("Humanitas"))
    drain(runner)
    model = planning.grid.grid_model
    assert [model.helper(c).name for c in range(model.columnCount())] == [  # type: ignore[union-attr]
        "Bert Smit",
        "Carla Yilmaz",
    ]
    planning.partner_filter.setCurrentIndex(0)
    planning.helper_filter.setCurrentIndex(planning.helper_filter.findText("Anna de Boer"))
    drain(runner)
    assert model.columnCount() == 1 and model.helper(0).name == "Anna de Boer"  # type: ignore[union-attr]
    planning.helper_filter.setCurrentIndex(0)
    drain(runner)
    assert model.columnCount() == 3


def test_aandacht_nodig_move_overbook_and_cancel(
    planning: PlanningPage,
    qtbot: QtBot,
    runner: TaskRunner,
    ui_kiosk: Kiosk,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    model = planning.grid.grid_model
    names = ("K. Kok", "L. Lam", "M. Mol")
    for row, name in enumerate(names):
        slot = model.slot(row, 0)
        assert slot is not None
        mark_conflict(ui_kiosk, planning.service.book(slot.id, BookingInput(name, "0612345678")).id)
    planning.reload()
    drain(runner)
    assert "(3)" in planning.side.tabText(2)
    assert cell(planning, 0, 0).startswith("⚠ K. Kok")
    qtbot.keyClick(planning, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    assert planning.side.currentIndex() == 2
    assert planning.attention.model.rowCount() == 3

    # Move: choose the conflict, then a free slot in the grid, then "Verplaatsen".
    planning.attention.table.selectRow(0)
    go(planning, 0, 1)
    planning.attention.move_button.click()
    drain(runner)
    assert cell(planning, 0, 1).endswith("K. Kok")
    assert "⚠" not in cell(planning, 0, 1)

    # Overbook with a reason.
    monkeypatch.setattr(planning, "ask_reason", lambda _q: "komt van ver")
    planning.attention.table.selectRow(0)
    assert planning.attention.model.row_at(0).name == "L. Lam"
    planning.attention.overbook_button.click()
    drain(runner)
    assert "⚠" not in cell(planning, 1, 0)

    # Cancel after confirmation.
    monkeypatch.setattr(planning, "confirm_cancel", lambda _b, _s: True)
    planning.attention.table.selectRow(0)
    planning.attention.cancel_button.click()
    drain(runner)
    assert planning.attention.model.rowCount() == 0
    assert cell(planning, 2, 0) == "vrij"
    assert "(" not in planning.side.tabText(2)


def test_waiting_list_add_and_book_into_the_cursor_slot(
    planning: PlanningPage, qtbot: QtBot, runner: TaskRunner
) -> None:
    qtbot.keyClick(planning, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)
    assert planning.side.currentIndex() == 1
    planning.waiting.add_button.click()
    editor = planning.editor
    assert editor is not None and editor.mode == "waiting"
    editor.name.setText("W. Wachter")
    editor.phone.setText("0687654321")
    editor.submit()
    drain(runner)
    assert [w.name for w in planning.waiting.model.rows()] == ["W. Wachter"]
    go(planning, 4, 2)
    planning.waiting.table.selectRow(0)
    planning.waiting.book_button.click()
    drain(runner)
    assert cell(planning, 4, 2) == "◷ W. Wachter · 1 van 2 vrij"
    assert planning.waiting.model.rows() == ()


def test_the_page_reads_again_only_for_changes_to_the_planning(
    planning: PlanningPage, qtbot: QtBot, runner: TaskRunner, ui_kiosk: Kiosk
) -> None:
    def sync_books() -> None:  # what a sync run without planning news writes
        StateStore(ui_kiosk.db).update(last_attempt_at="2027-03-02T09:00:00.000Z")

    with (
        qtbot.assertNotEmitted(planning.loaded, wait=300),
        qtbot.waitSignal(runner.changed, timeout=5000),
    ):
        runner.submit(sync_books)
    slot = planning.grid.grid_model.slot(0, 0)
    assert slot is not None

    def pulled() -> None:  # a booking made at another desk, as the pull stores it
        ui_kiosk.planning.book(slot.id, BookingInput("Q. Elders", "0612345678"))

    with qtbot.waitSignal(planning.loaded, timeout=5000):
        runner.submit(pulled)
    assert cell(planning, 0, 0) == "◷ Q. Elders"


class _Recording:
    """A kiosk whose planning service records the thread that asks for it."""

    def __init__(self, kiosk: Kiosk) -> None:
        self.kiosk = kiosk
        self.threads: list[str] = []

    @property
    def planning(self) -> PlanningService:
        self.threads.append(threading.current_thread().name)
        return self.kiosk.planning


def test_given_the_kiosk_the_page_takes_the_service_on_the_database_lane(
    qtbot: QtBot, ui_kiosk: Kiosk, season: Season, runner: TaskRunner
) -> None:
    kiosk = _Recording(ui_kiosk)
    page = PlanningPage(None, runner, kiosk=cast(Kiosk, kiosk))
    qtbot.addWidget(page)
    assert kiosk.threads == []  # building the page imports nothing of the planning
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.reload()
        drain(runner)
    [thread] = kiosk.threads
    assert thread.startswith(Lane.DATABASE.value)
    assert page.service is ui_kiosk.planning
    assert page.season_id == season.id and page.grid.grid_model.rowCount() > 0
    page.reload()
    drain(runner)
    assert len(kiosk.threads) == 1  # later loads use the service it has
