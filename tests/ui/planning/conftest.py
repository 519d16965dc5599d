"""Fixtures for the planning screens: a real PlanningService with a small generated season."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, time

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from kiosk.app import Kiosk
from kiosk.locations import DeskInfo
from kiosk.planning.records import Season, TemplateInput
from ui.i18n import install_language, uninstall_language
from ui.planning.planning_page import PlanningPage
from ui.tasks import TaskRunner

# Tuesdays and Thursdays in March 2027, 10:00-11:30 in half hours; Anna and Bert (one place
# each, FNV and Humanitas) and Carla (two places, Humanitas).
SEASON_START, SEASON_END = date(2027, 3, 1), date(2027, 3, 14)


@pytest.fixture(autouse=True, scope="module")
def dutch(qapp: QApplication) -> Iterator[None]:
    """Show the planning screens in Dutch, as a desk does by default (plural forms included).

    A test that switches to English gets Dutch back afterwards: the language is process-wide.
    """
    install_language(qapp, "nl")
    yield
    uninstall_language(qapp)


def drain(runner: TaskRunner) -> None:
    """Run the worker and the callbacks until nothing is queued any more."""
    for _ in range(50):
        runner.wait_idle()
        QCoreApplication.processEvents()
        if runner.idle:
            QCoreApplication.processEvents()
            if runner.idle:
                return
    raise AssertionError("the worker did not go idle")


def make_season(kiosk: Kiosk) -> Season:
    service = kiosk.planning
    season = service.save_season("Belastinghulp 2027", SEASON_START, SEASON_END)
    fnv = service.save_partner("FNV Belastingservice")
    humanitas = service.save_partner("Humanitas")
    anna = service.save_helper("Anna de Boer", fnv.id, ["aangifte"])
    bert = service.save_helper("Bert Smit", humanitas.id, ["aangifte", "toeslagen"])
    carla = service.save_helper("Carla Yilmaz", humanitas.id, ["toeslagen"])
    for helper, capacity in ((anna, 1), (bert, 1), (carla, 2)):
        for weekday in (2, 4):
            service.save_template(
                season.id,
                TemplateInput(helper.id, weekday, time(10, 0), time(11, 30), 30, capacity),
            )
    service.generate(season.id)
    return season


def mark_conflict(kiosk: Kiosk, booking_id: str, code: str = "slot_full") -> None:
    """Mark a booking as the server would after refusing its place (§5)."""
    with kiosk.db.write() as session:
        session.execute(
            text("UPDATE plan_booking SET sync = 'conflict', conflict_code = :c WHERE id = :id"),
            {"c": code, "id": booking_id},
        )


@pytest.fixture
def season(ui_kiosk: Kiosk, ui_desk: DeskInfo) -> Season:
    return make_season(ui_kiosk)


@pytest.fixture
def planning(
    qtbot: QtBot, ui_kiosk: Kiosk, season: Season, runner: TaskRunner
) -> Iterator[PlanningPage]:
    page = PlanningPage(ui_kiosk.planning, runner, kiosk=ui_kiosk, today=lambda: date(2027, 3, 2))
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.resize(1366, 740)
        page.show()
        page.reload()
    page.grid.setFocus()
    yield page
    if page.editor is not None:
        page.editor.reject()
    drain(runner)
