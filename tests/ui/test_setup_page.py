"""The first-start form by keyboard alone: Tab reaches the hours and staffing, day by day.

The whole form is filled with keys only (typing, Tab, Space, arrow keys), saved with Enter on
the save button, and the set-up it states goes to the outbox as a ``location.setup`` op. The
form at 1366x768 (the smallest desk screen) is rendered to a PNG and shows every field.
"""

from __future__ import annotations

import json
import os
from datetime import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QPoint, Qt
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from kiosk.locations import Hours, LocationInput, Staffing
from kiosk.paths import app_paths
from tests.ui.keyboard import tab_chain, unreachable
from ui.app import make_application
from ui.main_window import MainWindow
from ui.setup_page import SetupPage

SIZE = (1366, 768)


def open_window(qtbot: QtBot, home: Path) -> MainWindow:
    make_application()  # the app's font and style sheet: the sizes a clerk sees
    window = MainWindow(app_paths(home))
    qtbot.addWidget(window)
    window.resize(*SIZE)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: getattr(window, "setup_page", None) is not None, timeout=10000)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    return window


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def press(qtbot: QtBot, key: Qt.Key, text: str = "") -> None:
    widget = focused()
    assert widget is not None
    if text:
        qtbot.keyClicks(widget, text)
    else:
        qtbot.keyClick(widget, key)


def tab(qtbot: QtBot) -> QWidget | None:
    press(qtbot, Qt.Key.Key_Tab)
    return focused()


def tab_to(qtbot: QtBot, target: QWidget, limit: int = 40) -> list[QWidget | None]:
    """Press Tab until *target* has the focus; return the widgets passed on the way."""
    passed = [focused()]
    for _ in range(limit):
        if focused() is target:
            return passed
        passed.append(tab(qtbot))
    raise AssertionError(f"Tab never reached {target.objectName()}: {passed}")


def type_time(qtbot: QtBot, digits: str) -> None:
    """Type a time into the focused time field (Tab selected its hour): HHMM."""
    press(qtbot, Qt.Key.Key_A, digits)


def test_tab_reaches_the_hours_and_staffing_and_the_keyboard_alone_saves(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window = open_window(qtbot, tmp_path)
    page: SetupPage = window.setup_page
    qtbot.waitUntil(lambda: focused() is page.organisation, timeout=2000)
    sent: list[LocationInput] = []
    page.submitted.connect(sent.append)

    press(qtbot, Qt.Key.Key_A, "Bibliotheek Midden-Brabant")
    tab(qtbot)
    press(qtbot, Qt.Key.Key_A, "Vestiging Tilburg Centrum")
    tab(qtbot)
    press(qtbot, Qt.Key.Key_A, "Tilburg")
    assert tab(qtbot) is page.province
    press(qtbot, Qt.Key.Key_N, "Noord-B")  # the list jumps to what is typed
    assert page.province.currentData() == "Noord-Brabant"
    assert tab(qtbot) is page.desk_name  # this computer's fields first, as they read
    press(qtbot, Qt.Key.Key_A, "Balie 1")
    passed = tab_to(qtbot, page.ido_name)
    press(qtbot, Qt.Key.Key_A, "IDO LocHal")
    tab_to(qtbot, page.walk_in)
    press(qtbot, Qt.Key.Key_Right)  # arrow keys move within a group of choices
    assert page.by_appointment.isChecked() and focused() is page.by_appointment

    monday = page.days[0]
    assert tab(qtbot) is monday.open
    assert not monday.starts.isVisible()  # a day not ticked: Tab passes its times by
    assert tab(qtbot) is page.days[1].open
    press(qtbot, Qt.Key.Key_Backtab)
    assert focused() is monday.open
    press(qtbot, Qt.Key.Key_Space)
    assert monday.starts.isVisible() and tab(qtbot) is monday.starts
    type_time(qtbot, "0930")
    assert tab(qtbot) is monday.ends
    type_time(qtbot, "1200")
    thursday = page.days[3]
    passed += tab_to(qtbot, thursday.open)
    press(qtbot, Qt.Key.Key_Space)
    tab(qtbot)
    type_time(qtbot, "1300")
    tab(qtbot)
    type_time(qtbot, "1630")

    staff = page.staff_hours["staff"]
    passed += tab_to(qtbot, staff)
    press(qtbot, Qt.Key.Key_A, "6")
    assert tab(qtbot) is page.staff_hours["volunteer"]
    press(qtbot, Qt.Key.Key_A, "8")
    assert tab(qtbot) is page.staff_hours["partner"]
    assert tab(qtbot) is page.start_button
    # A day not ticked has no times to pass: Tab went from its box to the next day's.
    assert page.days[1].starts not in passed and page.days[2].open in passed

    with qtbot.waitSignal(window.ready, timeout=5000):
        press(qtbot, Qt.Key.Key_Space)

    [answers] = sent
    assert answers.hours_kind == "appointment"
    assert answers.hours == (
        Hours(1, time(9, 30), time(12)),
        Hours(4, time(13), time(16, 30)),
    )
    assert answers.staffing == (
        Staffing("staff", 6),
        Staffing("volunteer", 8),
        Staffing("partner", 0),
    )
    kiosk = window.kiosk
    assert kiosk is not None
    with kiosk.db.read() as session:
        [(kind, payload)] = session.execute(text("SELECT kind, payload FROM outbox")).all()
    setup = json.loads(payload)
    assert kind == "location.setup"
    assert (setup["ido_name"], setup["hours_kind"], setup["version"]) == (
        "IDO LocHal",
        "appointment",
        1,
    )
    assert setup["hours"] == [
        {"weekday": 1, "starts": "09:30", "ends": "12:00"},
        {"weekday": 4, "starts": "13:00", "ends": "16:30"},
    ]
    assert setup["staffing"] == [
        {"kind": "staff", "hours_per_week": 6},
        {"kind": "volunteer", "hours_per_week": 8},
    ]
    window.close()


def test_the_form_shows_every_field_at_1366_by_768(qtbot: QtBot, tmp_path: Path) -> None:
    window = open_window(qtbot, tmp_path)
    page: SetupPage = window.setup_page
    for day in (page.days[0], page.days[3]):
        day.open.setChecked(True)
    page.staff_hours["staff"].setValue(6)
    for _ in range(5):
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)

    assert (window.width(), window.height()) == SIZE
    seen = window.rect()
    fields: list[QWidget] = [
        page.organisation,
        page.desk_name,
        page.walking,
        page.ido_name,
        page.by_appointment,
        page.days[6].open,
        page.days[3].ends,
        page.staff_hours["partner"],
        page.start_button,
        page.demo_button,
    ]
    for field in fields:
        corner = field.mapTo(window, QPoint(field.width() - 1, field.height() - 1))
        assert field.isVisible() and seen.contains(corner), field.objectName()
        assert not field.visibleRegion().isEmpty(), field.objectName()
    out = Path(os.environ.get("KIOSK_SCREENSHOT_DIR", tmp_path))
    out.mkdir(parents=True, exist_ok=True)
    picture = window.grab()
    assert (picture.width(), picture.height()) == SIZE
    assert picture.save(str(out / "01-eerste-start-ido.png"))
    window.close()


def test_at_150_percent_the_form_stacks_and_scrolls_to_the_start_button(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """A 1366x768 laptop at 150 % gives the window 910x485: every field comes into sight."""
    window = open_window(qtbot, tmp_path)
    window.resize(910, 485)
    page: SetupPage = window.setup_page
    scroll = page.findChild(QScrollArea)
    assert scroll is not None
    qtbot.waitUntil(lambda: scroll.horizontalScrollBar().maximum() == 0, timeout=2000)
    assert page.ido_name.mapTo(page, QPoint()).y() > page.desk_name.mapTo(page, QPoint()).y()
    page.organisation.setFocus()
    passed = tab_to(qtbot, page.start_button, limit=60)
    assert page.staff_hours["partner"] in passed
    viewport = scroll.viewport()
    corner = page.start_button.mapTo(viewport, QPoint(page.start_button.width() - 1, 0))
    assert viewport.rect().contains(corner)  # the scroll area followed the focus
    chain = tab_chain(page.language)  # the language first, at the top
    assert chain[:2] == [page.language, page.organisation]
    assert chain[-2:] == [page.start_button, page.demo_button]
    assert not unreachable(page, chain)
    window.close()
