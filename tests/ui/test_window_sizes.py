"""The main window on a 1366x768 laptop: at 150 % (910x485 logical) and with text at 200 %.

At 150 % Windows gives the app 910x485 logical pixels; the same logical sizes hold at scale
1.0, so these tests measure at 1.0. Nothing may make the window larger than that: not the
chrome (tabs, demo mark, tools, status bar), not either page once it was shown, not the
correction mode; and a dialog's buttons stay on the screen.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from kiosk.paths import app_paths
from kiosk.visits import QuestionInput, VisitInput
from ui import theme
from ui.main_window import MainWindow

LAPTOP_150 = (910, 485)
LAPTOP_100 = (1366, 728)


@pytest.fixture
def themed(qapp: QApplication) -> Iterator[QApplication]:
    """The app's real theme and font, put back afterwards."""
    sheet, palette, font = qapp.styleSheet(), QPalette(qapp.palette()), qapp.font()
    theme.apply_theme(qapp, contrast="normal")
    yield qapp
    qapp.setFont(font)
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)


def _window(qtbot: QtBot, home: Path) -> MainWindow:
    """A demo desk with a visit of today, both pages shown once, in correction mode."""
    window = MainWindow(app_paths(home), sync_options={"automatic": False})
    qtbot.addWidget(window)
    window.resize(*LAPTOP_150)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: window.kiosk is not None, timeout=10000)
    with qtbot.waitSignal(window.ready, timeout=10000):
        window.setup_page.demo_button.click()
    page, kiosk = window.registration, window.kiosk
    assert page is not None and kiosk is not None
    kiosk.registration.record(
        page.desk.desk_id,
        VisitInput(
            questions=(
                QuestionInput(topic="toeslag_zorg", organisation="toeslagen", help=("wegwijs",)),
            ),
            channel="phone",
            duration="lt5",
        ),
    )
    page.refresh()
    qtbot.waitUntil(lambda: page.day.model.rowCount() == 1, timeout=5000)
    window.show_planning()
    assert window.planning is not None
    window.runner.wait_idle()
    window.show_registration_page()
    row = page.day.model.row_at(0)
    page.start_correction(row.id)
    qtbot.waitUntil(page.correcting_banner.isVisible, timeout=5000)
    qtbot.waitUntil(lambda: window.desk_settings is not None, timeout=5000)
    return window


def _inside(widget: QWidget, area: QRect) -> bool:
    return area.contains(QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size()))


def test_the_window_fits_a_laptop_at_150_percent(
    themed: QApplication, qtbot: QtBot, tmp_path: Path
) -> None:
    window = _window(qtbot, tmp_path)
    hint = window.minimumSizeHint()
    assert hint.width() <= LAPTOP_150[0] and hint.height() <= LAPTOP_150[1], hint
    window.resize(*LAPTOP_150)
    qtbot.waitUntil(lambda: (window.width(), window.height()) == LAPTOP_150, timeout=2000)
    page = window.registration
    assert page is not None
    area = QRect(window.mapToGlobal(QPoint(0, 0)), window.size())
    for control in (page.save_button, window.settings_button, window.help_button):
        assert control.isVisible() and _inside(control, area), control.text()
    assert window.page_tabs.tabText(1) == "Belastinghulp"  # no scroll arrows, no cut name
    assert window.page_tabs.sizeHint().width() <= window.page_tabs.width()


def test_text_at_200_percent_keeps_the_window_within_a_laptop(
    themed: QApplication, qtbot: QtBot, tmp_path: Path
) -> None:
    font = themed.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    themed.setFont(font)
    theme.apply_theme(themed, contrast="normal")  # the style sheet's sizes follow the font
    window = _window(qtbot, tmp_path)
    hint = window.minimumSizeHint()
    assert hint.width() <= LAPTOP_100[0], hint
    assert window.top.minimumSizeHint().width() <= LAPTOP_150[0]  # the chrome never forces
    assert window.statusBar().minimumSizeHint().width() <= LAPTOP_150[0]
    window.resize(*LAPTOP_100)
    qtbot.waitUntil(lambda: window.width() == LAPTOP_100[0], timeout=2000)
    page = window.registration
    assert page is not None
    content = page.question_scroll.widget()
    assert content is not None
    qtbot.waitUntil(
        lambda: content.width() <= page.question_scroll.viewport().width(), timeout=2000
    )  # the form wraps: nothing runs off its right edge


def test_the_clock_warning_gets_a_line_of_its_own(
    themed: QApplication, qtbot: QtBot, tmp_path: Path
) -> None:
    from tests.ui.test_sync_ui import status

    window = _window(qtbot, tmp_path)
    window.resize(*LAPTOP_150)
    window.sync_bar.show_status(status(clock_offset_seconds=3 * 86400, clock_flag="skew"))
    clock = window.sync_bar.clock
    qtbot.waitUntil(clock.isVisible, timeout=2000)
    assert clock.text() == "De klok van deze computer loopt 3 dagen voor"
    assert not window.statusBar().isAncestorOf(clock)
    assert clock.width() >= clock.fontMetrics().horizontalAdvance(clock.text())  # whole
    assert window.minimumSizeHint().height() <= LAPTOP_150[1]
    connection = window.connection_label
    assert connection.text() in connection.toolTip()  # shortened on screen, whole in the tip


def test_the_settings_buttons_stay_on_screen_at_150_percent(
    themed: QApplication, qtbot: QtBot, tmp_path: Path
) -> None:
    window = _window(qtbot, tmp_path)
    window.resize(*LAPTOP_150)
    qtbot.waitUntil(lambda: (window.width(), window.height()) == LAPTOP_150, timeout=2000)
    window.open_settings()
    dialog = window.settings_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=2000)
    screen = window.screen().availableGeometry()
    assert dialog.height() <= min(screen.height(), LAPTOP_150[1])
    for button in (dialog.save_button, dialog.close_button):
        assert button.isVisible() and _inside(button, screen), button.text()
        assert button.mapTo(dialog, QPoint(0, button.height())).y() <= dialog.height()
    assert dialog.scroller.widget() is dialog.body  # the body scrolls, the buttons do not
    assert not dialog.body.isAncestorOf(dialog.save_button)
    dialog.reject()


def test_the_action_bar_wraps_instead_of_widening_the_window(
    themed: QApplication, qtbot: QtBot, tmp_path: Path
) -> None:
    window = _window(qtbot, tmp_path)
    page = window.registration
    assert page is not None
    bar = page.bar
    one_row = sum(button.sizeHint().width() for button in bar.buttons() if button.isVisible())
    assert bar.minimumSizeHint().width() < one_row
    window.resize(*LAPTOP_150)
    qtbot.waitUntil(lambda: window.width() == LAPTOP_150[0], timeout=2000)
    for button in bar.buttons():
        if button.isVisible():
            assert button.width() >= button.sizeHint().width(), button.text()  # never cut
            assert button.mapTo(bar, QPoint(button.width(), 0)).x() <= bar.width()
    assert page.bar.save_button.focusPolicy() & Qt.FocusPolicy.TabFocus
