"""Fixtures for the Overzicht: a desk with known visits over two months, and the page on it.

The clock stands on Saturday 28 November 2026, 14:00 (``DEFAULT_NOW``); the visits are
recorded with the clock moved to each day, as a clerk would have recorded them:

- 15 October: one visit (one question);
- 3 November: two visits, one with two questions (DigiD and rent benefit);
- 27 November: one visit by phone, and one voided (it counts nowhere);
- 28 November, today: one tally of two visits.

So November holds 5 visits and 6 questions, October 1 and 1, the year 6 and 7.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, datetime

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kiosk.app import Kiosk
from kiosk.locations import DeskInfo
from tests.conftest import FakeClock, make_question, make_visit_input
from ui.i18n import install_language, uninstall_language
from ui.overview.loading import BranchFetch
from ui.overview.page import OverviewPage
from ui.tasks import TaskRunner

TODAY = date(2026, 11, 28)


@pytest.fixture(autouse=True, scope="module")
def dutch(qapp: QApplication) -> Iterator[None]:
    """Show the page in Dutch (plural forms included); Dutch again after a switch."""
    install_language(qapp, "nl")
    yield
    uninstall_language(qapp)


def _at(clock: FakeClock, day: date, hour: int = 10) -> datetime:
    return clock.set(datetime(day.year, day.month, day.day, hour, 0).astimezone())


@pytest.fixture
def visits(kiosk_app: Kiosk, desk: DeskInfo, clock: FakeClock) -> Kiosk:
    """The desk's visits of the module doc, recorded on their days; the clock back on today."""
    reg = kiosk_app.registration
    _at(clock, date(2026, 10, 15))
    reg.record(desk.desk_id, make_visit_input())
    _at(clock, date(2026, 11, 3))
    reg.record(desk.desk_id, make_visit_input())
    digid = make_question(
        topic="digid_aanvragen", organisation="logius", digid_followup="aangevraagd"
    )
    reg.record(desk.desk_id, make_visit_input(digid, make_question()))
    _at(clock, date(2026, 11, 27), 15)
    reg.record(desk.desk_id, make_visit_input(channel="phone"))
    [voided] = reg.record(desk.desk_id, make_visit_input()).visit_ids
    reg.void(desk.desk_id, voided, "dubbel")
    _at(clock, TODAY, 11)
    reg.record(desk.desk_id, make_visit_input(count=2))
    _at(clock, TODAY, 14)
    return kiosk_app


@pytest.fixture
def runner(qtbot: QtBot, kiosk_app: Kiosk) -> Iterator[TaskRunner]:
    """The app's runner on the test's data."""
    task_runner = TaskRunner(database=kiosk_app.db)
    yield task_runner
    task_runner.shutdown()


@pytest.fixture
def open_overview(qtbot: QtBot, visits: Kiosk, runner: TaskRunner) -> Callable[..., OverviewPage]:
    """Return ``open_overview(branch_fetch=None)``: the page shown on the visits, loaded."""

    def opened(branch_fetch: BranchFetch | None = None) -> OverviewPage:
        page = OverviewPage(visits, runner, today=lambda: TODAY, branch_fetch=branch_fetch)
        qtbot.addWidget(page)
        page.resize(1280, 700)
        page.show()
        with qtbot.waitSignal(page.loaded, timeout=10000):
            page.reload()
        return page

    return opened


def reload(qtbot: QtBot, page: OverviewPage, change: Callable[[], object]) -> None:
    """Make *change* (a choice on the page) and wait until the figures are shown again."""
    with qtbot.waitSignal(page.loaded, timeout=10000):
        change()
