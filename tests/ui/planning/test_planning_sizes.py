"""The planning page on a laptop at 150 % and 125 %: nothing off screen, nothing cut off.

Run with ``QT_SCALE_FACTOR=1.5`` (or 1.25) to render like the laptop; the sizes are logical
pixels, so the checks hold at any scale. ``PLANNING_SHOTS=<dir>`` saves the screens as PNGs.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from kiosk.app import Kiosk
from kiosk.planning.records import BookingInput
from tests.ui.keyboard import focusable
from tests.ui.planning.conftest import drain
from ui.planning.planning_page import PlanningPage
from ui.tasks import TaskRunner
from ui.theme import apply_theme

# The laptops' windows, and the page's part of a 910x485 window (tabs and status bar above
# and below it).
SIZES = ((910, 485), (1093, 582), (1366, 728), (910, 400))


@pytest.fixture
def themed(qapp: QApplication) -> Iterator[QApplication]:
    """The app's own style sheet (paddings, fonts) for the test, like on a clerk's laptop."""
    palette, font = qapp.palette(), qapp.font()
    apply_theme(qapp, contrast="normal")
    yield qapp
    qapp.setStyleSheet("")
    qapp.setPalette(palette)
    qapp.setFont(font)
    qapp.setProperty("theme_contrast", None)


_shots: list[str] = []


def _shot(widget: QWidget, name: str) -> None:
    folder = os.environ.get("PLANNING_SHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(folder) / f"{name}.png"))


def _inside_a_scroll_area(widget: QWidget, root: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def off_screen(root: QWidget) -> list[str]:
    """Describe the focusable controls of *root* that stick out of it (not in a scroll area)."""
    window = QRect(QPoint(0, 0), root.size())
    found = []
    for widget in focusable(root):
        if _inside_a_scroll_area(widget, root):
            continue
        top_left = widget.mapTo(root, QPoint(0, 0))
        rect = QRect(top_left, widget.size())
        if not window.contains(rect):
            found.append(f"{widget.objectName() or type(widget).__name__} at {rect}")
        elif widget.width() < widget.minimumSizeHint().width() - 1:
            found.append(f"{widget.objectName() or type(widget).__name__} squeezed")
    return found


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_every_control_fits(planning: PlanningPage, qtbot: QtBot, width: int, height: int) -> None:
    planning.resize(width, height)
    QApplication.processEvents()
    hint = planning.minimumSizeHint()
    assert (hint.width(), hint.height()) <= (width, height) and hint.height() <= height
    qtbot.waitUntil(lambda: planning.size().width() == width, timeout=2000)
    _shot(planning, f"planning-{width}x{height}")
    assert off_screen(planning) == []
    planning.show_details(False)
    QApplication.processEvents()
    _shot(planning, f"planning-{width}x{height}-no-details")
    assert off_screen(planning) == []
    assert planning.grid.width() > width * 0.6  # the grid takes the room the panel left


def test_dialogs_fit_a_laptop_at_150_percent(
    planning: PlanningPage, runner: TaskRunner, ui_kiosk: Kiosk
) -> None:
    _check_dialogs(planning, runner, ui_kiosk, "")


def test_dialogs_fit_a_laptop_at_150_percent_in_the_apps_theme(
    themed: QApplication, planning: PlanningPage, runner: TaskRunner, ui_kiosk: Kiosk
) -> None:
    _check_dialogs(planning, runner, ui_kiosk, "themed-")


def _check_dialogs(planning: PlanningPage, runner: TaskRunner, ui_kiosk: Kiosk, name: str) -> None:
    from PySide6.QtWidgets import QCheckBox

    from ui.planning.booking_editor import BookingEditor
    from ui.planning.exchange_dialog import open_exchange
    from ui.planning.search_dialog import SearchDialog

    width, height = 910, 455  # 485 less the dialog's title bar
    dialogs: list[QDialog] = [
        BookingEditor(lambda: "di 2 mrt 10:00", planning, mode=mode, overbook=True)
        for mode in ("new", "waiting")
    ]
    dialogs.append(SearchDialog(lambda _q, done: done([]), 28, planning))
    planning.open_templates()
    drain(runner)
    dialogs.append(planning.template_editor)
    exchange = open_exchange(planning, ui_kiosk, planning.season_id, runner)
    assert exchange is not None
    drain(runner)
    dialogs.append(exchange)
    for dialog in dialogs:
        dialog.show()
        hint = dialog.minimumSizeHint().expandedTo(dialog.minimumSize())
        assert hint.width() <= width and hint.height() <= height, dialog.objectName()
        dialog.resize(width, height)
        QApplication.processEvents()
        _shot(dialog, f"dialog-{name}{dialog.objectName()}-{len(_shots)}")
        _shots.append(dialog.objectName())
        assert off_screen(dialog) == [], dialog.objectName()
        if isinstance(dialog, BookingEditor):  # no sideways scrolling, no check box cut
            body = dialog.fields_scroll.widget()
            assert body.width() <= dialog.fields_scroll.viewport().width()
            for box in body.findChildren(QCheckBox):
                right = box.mapTo(body, QPoint(box.width(), 0)).x()
                assert right <= body.width() and box.width() >= box.sizeHint().width(), box.text()
            if dialog.mode == "new":
                assert dialog.walk_in.width() >= dialog.walk_in.sizeHint().width()
        dialog.reject()
    drain(runner)


@pytest.mark.parametrize("text", [1.0, 2.0])
@pytest.mark.parametrize(("width", "height"), ((910, 485), (910, 380), (1366, 640)))
def test_the_page_fits_a_laptop_in_the_apps_theme(
    themed: QApplication,
    qtbot: QtBot,
    ui_kiosk: Kiosk,
    runner: TaskRunner,
    season: object,
    width: int,
    height: int,
    text: float,
) -> None:
    """At 150 % the window is 910x485 logical pixels (the page gets about 380 of them)."""
    if text != 1.0:
        font = themed.font()
        font.setPointSizeF(font.pointSizeF() * text)
        themed.setFont(font)
        apply_theme(themed, contrast="normal")
    page = PlanningPage(ui_kiosk.planning, runner, kiosk=ui_kiosk, today=lambda: date(2027, 3, 2))
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.resize(width, height)
        page.show()
        page.reload()
    QApplication.processEvents()
    hint = page.minimumSizeHint()
    assert hint.width() <= width and hint.height() <= height
    assert page.size().width() == width and page.size().height() == height
    _shot(page, f"themed-{width}x{height}-text-{text}")
    # At 200 % text on the smallest window the side tabs scroll (their arrows are narrow).
    arrows = page.side.tabBar().findChildren(QWidget) if text != 1.0 else []
    assert [o for o in off_screen(page) if not any(a.objectName() in o for a in arrows)] == []
    for shown in (False, True):
        page.show_filters(shown)
        page.show_details(not shown)
        QApplication.processEvents()
        _shot(page, f"themed-{width}x{height}-text-{text}-filters-{shown}")
        assert off_screen(page) == [] or text != 1.0
    page.show_details(True)
    QApplication.processEvents()
    # No button label is cut: every button is at least as wide as its text asks.
    for found in page.findChildren(QPushButton):
        if found.isVisibleTo(page):
            assert found.width() >= found.sizeHint().width() - 1, found.text()
    tabs = page.side.tabBar()
    if text == 1.0:
        # The main column fits without scrolling (it scrolls only at a very large text size).
        column = page.main_scroll
        assert not column.verticalScrollBar().isVisible()
        assert not column.horizontalScrollBar().isVisible()
        assert tabs.width() >= sum(tabs.tabSizeHint(n).width() for n in range(tabs.count())) - 1
        # The grid shows its header and at least three rows of times.
        rows = page.grid.rowAt(page.grid.viewport().height() - 1)
        assert rows == -1 or rows >= 2


def test_a_side_tab_scrolls_to_the_control_tab_reaches(
    themed: QApplication, qtbot: QtBot, ui_kiosk: Kiosk, runner: TaskRunner, season: object
) -> None:
    """On a low window the side tab scrolls; the control that gets the focus comes into view."""
    page = PlanningPage(ui_kiosk.planning, runner, kiosk=ui_kiosk, today=lambda: date(2027, 3, 2))
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.resize(910, 300)
        page.show()
        page.reload()
    slot = page.grid.current_slot()
    assert slot is not None
    ui_kiosk.planning.book(slot.id, BookingInput("J. Jansen", "0612345678"))
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.reload()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow, timeout=2000)
    page.show_side()
    scroll = page.side.currentWidget()
    assert isinstance(scroll, QAbstractScrollArea)
    last = page.slot_panel.cancel_button
    assert last.isEnabled()
    page.slot_panel.new_button.setFocus()
    QApplication.processEvents()
    assert last.visibleRegion().isEmpty()  # below the fold at first
    while QApplication.focusWidget() is not last:
        before = QApplication.focusWidget()
        page.focusNextPrevChild(True)
        assert QApplication.focusWidget() is not before
    QApplication.processEvents()
    assert not last.visibleRegion().isEmpty()
