"""The grid view's keys on hand-made GridData, the template editor, and the page in the window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kiosk.app import Kiosk
from kiosk.paths import app_paths
from kiosk.planning.records import Season
from tests.ui.planning.conftest import drain
from tests.ui.planning.sample import sample_grid
from ui.main_window import MainWindow
from ui.planning.grid_view import PlanningGridView
from ui.planning.template_editor import TemplateEditor
from ui.tasks import TaskRunner


def make_view(qtbot: QtBot) -> PlanningGridView:
    view = PlanningGridView()
    qtbot.addWidget(view)
    view.resize(900, 500)
    view.show()
    view.show_grid(sample_grid())
    view.setFocus()
    return view


def test_keys_move_like_a_spreadsheet_and_ask_for_actions(qtbot: QtBot) -> None:
    view = make_view(qtbot)
    booked: list[tuple[str, str]] = []
    view.book_requested.connect(lambda slot, name: booked.append((slot.id, name)))
    asked: list[tuple[str, str]] = []
    for signal, what in (
        (view.open_requested, "open"),
        (view.cancel_requested, "cancel"),
        (view.pick_requested, "pick"),
        (view.paste_requested, "paste"),
    ):
        signal.connect(lambda slot, what=what: asked.append((what, slot.id)))
    assert view.currentIndex().row() == 0 and view.currentIndex().column() == 0
    qtbot.keyClick(view, Qt.Key.Key_Return)  # booked cell: Enter moves down
    assert view.currentIndex().row() == 1 and not booked
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert (view.currentIndex().row(), view.currentIndex().column()) == (1, 1)
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert view.currentIndex().column() == 0
    qtbot.keyClick(view, Qt.Key.Key_F2)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    qtbot.keyClick(view, Qt.Key.Key_X, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view, Qt.Key.Key_Up)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Right)  # di 2 mrt 10:00, Carla: free
    qtbot.keyClick(view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert asked == [
        ("open", "slot-1-0"),
        ("cancel", "slot-1-0"),
        ("pick", "slot-1-0"),
        ("paste", "slot-0-2"),
    ]
    qtbot.keyClicks(view, "K")  # a letter in a free cell: a booking with that name
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert booked == [("slot-0-2", "K"), ("slot-0-2", "")]
    qtbot.keyClick(view, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert view.currentIndex().row() == 3  # the next day: do 4 mrt 10:00, Carla: closed
    qtbot.keyClicks(view, "Z")  # no booking in a closed slot, and the cursor stays
    assert len(booked) == 2 and view.currentIndex().row() == 3


def test_reload_keeps_the_cursor_on_its_slot(qtbot: QtBot) -> None:
    view = make_view(qtbot)
    view.setCurrentIndex(view.grid_model.index(4, 1))
    view.show_grid(sample_grid(capacity_last=2))
    assert (view.currentIndex().row(), view.currentIndex().column()) == (4, 1)
    slot = view.current_slot()
    assert slot is not None and slot.capacity == 2
    assert view.grab().width() == view.width()  # paints (delegate, separators) without error


def test_template_editor_previews_and_generates(
    qtbot: QtBot, ui_kiosk: Kiosk, season: Season, runner: TaskRunner
) -> None:
    editor = TemplateEditor(ui_kiosk.planning, runner, season_id=season.id)
    qtbot.addWidget(editor)
    editor.show()
    drain(runner)
    assert editor.season_tab.season_name.text() == "Belastinghulp 2027"
    assert editor.helpers_tab.helper_model.rowCount() == 3
    schedule, closures = editor.schedule_tab, editor.closures_tab
    assert schedule.template_model.rowCount() == 6
    editor.tabs.setCurrentIndex(2)
    schedule.template_helper.setCurrentIndex(
        schedule.template_helper.findText("Bert Smit (Humanitas)")
    )
    schedule.template_day.setCurrentIndex(2)  # woensdag
    schedule.template_minutes.setValue(30)
    schedule.add_template()
    drain(runner)
    assert schedule.template_model.rowCount() == 7
    closures.closure_day.setDate(closures.closure_day.date().addDays(9))  # woensdag 10 maart
    closures.closure_reason.setText("Verbouwing")
    closures.add_closure()
    drain(runner)
    assert closures.closure_model.rowCount() == 1
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow, timeout=2000)
    qtbot.keyClick(editor.focusWidget(), Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)  # Voorbeeld
    drain(runner)
    preview = editor.preview_text.toPlainText()
    assert preview.startswith("6 nieuwe tijden op 1 dag;")  # wo 3 mrt; wo 10 mrt is closed
    assert "woensdag 10 mrt 2027: Verbouwing" in preview
    assert editor.generate_button.isEnabled()
    editor.generate_button.click()
    drain(runner)
    assert "6 tijden gemaakt" in editor.message.text()
    assert len(ui_kiosk.planning.grid(season.id).rows) == 12 + 6  # wo 3 mrt, 09:30-12:30


def test_ctrl_2_opens_the_planning_and_ctrl_1_goes_back(qtbot: QtBot, tmp_path: Path) -> None:
    window = MainWindow(app_paths(tmp_path), sync_options={"automatic": False})
    qtbot.addWidget(window)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: window.kiosk is not None, timeout=10000)
    with qtbot.waitSignal(window.ready, timeout=5000):
        window.setup_page.demo_button.click()
    assert window.page_tabs.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.planning is not None
    assert window.pages.currentWidget() is window.planning
    assert window.planning.focusWidget() is window.planning.grid
    drain(window.runner)
    assert "seizoen" in window.planning.feedback.text()
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.registration
    window.close()
