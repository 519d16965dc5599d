"""Fixtures for UI tests: a real database in tmp_path, the demo desk, a registration page."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from kiosk.app import Kiosk
from kiosk.locations import DeskInfo, demo_location
from kiosk.paths import app_paths
from ui.registration_page import RegistrationPage
from ui.tasks import TaskRunner


@pytest.fixture(scope="module", autouse=True)
def _module_windows_deleted(qapp: QApplication) -> Iterator[None]:
    """The windows a test module leaves behind are deleted once its tests are done.

    A window closed but not deleted (a screen tour's main window, say) lives on hidden with
    its dialogs: every later language switch in the run retranslates it too, and a switch made
    that slow let a debounced search run in the middle of another module's check.
    """
    before = {_pointer(w) for w in QApplication.topLevelWidgets()}
    yield
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    for window in QApplication.topLevelWidgets():
        if window.parent() is None and _pointer(window) not in before:
            if window.isVisible():
                window.close()
            window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _pointer(widget: QWidget) -> int:
    return int(shiboken6.getCppPointer(widget)[0])


@pytest.fixture
def ui_kiosk(tmp_path: Path) -> Iterator[Kiosk]:
    kiosk = Kiosk.open(app_paths(tmp_path / "home"))
    yield kiosk
    kiosk.close()


@pytest.fixture
def ui_desk(ui_kiosk: Kiosk) -> DeskInfo:
    return ui_kiosk.locations.create(demo_location())


@pytest.fixture
def runner(qtbot: QtBot, ui_kiosk: Kiosk) -> Iterator[TaskRunner]:
    """The app's runner on the test's data: its changes redraw the screens."""
    task_runner = TaskRunner(database=ui_kiosk.db)
    yield task_runner
    task_runner.shutdown()


def open_page(qtbot: QtBot, kiosk: Kiosk, desk: DeskInfo, runner: TaskRunner) -> RegistrationPage:
    """Show a registration page and wait until its data has loaded."""
    page = RegistrationPage(kiosk, desk, runner)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.refreshed, timeout=5000):
        page.resize(1366, 740)
        page.show()
    return page


@pytest.fixture
def page(qtbot: QtBot, ui_kiosk: Kiosk, ui_desk: DeskInfo, runner: TaskRunner) -> RegistrationPage:
    return open_page(qtbot, ui_kiosk, ui_desk, runner)
