"""The Overzicht in the main window: Ctrl+3, the third tab, F1, and a laptop at 150 %."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from kiosk.paths import app_paths
from tests.conftest import make_visit_input
from tests.ui.test_window_sizes import LAPTOP_150, themed  # noqa: F401  (a fixture)
from ui.main_window import MainWindow

#: The app's real theme and font (tests.ui.test_window_sizes), before the window is made.
pytestmark = pytest.mark.usefixtures("themed")


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    """A demo desk with a visit of today, the registration screen ready, at 150 %."""
    shown = MainWindow(app_paths(tmp_path), sync_options={"automatic": False})
    qtbot.addWidget(shown)
    shown.resize(*LAPTOP_150)
    shown.show()
    shown.start()
    qtbot.waitUntil(lambda: shown.kiosk is not None, timeout=10000)
    with qtbot.waitSignal(shown.ready, timeout=10000):
        shown.setup_page.demo_button.click()
    assert shown.kiosk is not None and shown.registration is not None
    shown.kiosk.registration.record(shown.registration.desk.desk_id, make_visit_input())
    return shown


def _inside(widget: QWidget, area: QRect) -> bool:
    return area.contains(QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size()))


def test_ctrl_3_opens_the_overview_with_todays_visit(qtbot: QtBot, window: MainWindow) -> None:
    assert window.overview is None  # built the first time it is shown
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    QTest.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    page = window.overview
    assert page is not None and window.pages.currentWidget() is page
    assert window.page_tabs.currentIndex() == 2
    assert window.page_tabs.tabText(2) == "Overzicht"
    assert "Ctrl+3" in window.page_tabs.tabToolTip(2)
    qtbot.waitUntil(lambda: page.shown is not None, timeout=10000)
    assert page.headline.text() == "1 bezoek · 1 vraag"
    assert page.bar.period.hasFocus()
    QTest.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.registration


def test_the_overview_fits_a_laptop_at_150_percent(qtbot: QtBot, window: MainWindow) -> None:
    window.show_overview()
    page = window.overview
    assert page is not None
    qtbot.waitUntil(lambda: page.shown is not None and not page.busy, timeout=20000)
    page.bar.choose("custom")  # the widest row: both dates shown
    qtbot.waitUntil(lambda: not page.busy, timeout=20000)
    hint = window.minimumSizeHint()
    assert hint.width() <= LAPTOP_150[0] and hint.height() <= LAPTOP_150[1], hint
    window.resize(*LAPTOP_150)
    qtbot.waitUntil(lambda: (window.width(), window.height()) == LAPTOP_150, timeout=2000)
    area = QRect(window.mapToGlobal(QPoint(0, 0)), window.size())
    controls = [page.bar.period, page.bar.first, page.bar.last, page.bar.scope]
    controls += [page.print_button, page.table_button, page.copy_button, page.chart_list]
    controls += [page.export_button] if page.export_button is not None else []
    for control in controls:
        assert control.isVisible() and _inside(control, area), control.objectName()
    qtbot.waitUntil(lambda: not page.busy, timeout=20000)
    assert page.area.chart.width() <= page.area.viewport().width()  # no sideways scrolling


def test_f1_on_the_overview_lists_its_keys(qtbot: QtBot, window: MainWindow) -> None:
    window.show_overview()
    window.open_help()
    dialog = window.help_dialog
    assert dialog is not None
    keys = dict(dialog.visible_keys())
    assert keys["Ctrl+T"] == "Tabel of grafiek" and keys["Ctrl+P"] == "Afdrukken of als pdf bewaren"
    assert keys["Ctrl+3"].startswith("Naar Overzicht")
    dialog.reject()
