"""Eerdere bezoeken: search narrows the list, void and correct, the window, the keyboard."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kiosk.app import Kiosk
from kiosk.history import HistoryQuery, HistoryService
from kiosk.locations import DeskInfo, demo_location
from kiosk.paths import app_paths
from kiosk.visits import QuestionInput, VisitInput
from tests.conftest import FakeClock
from tests.ui.keyboard import assert_reading_order, tab_chain, unreachable
from tests.ui.test_registration_page import dutch as dutch  # the app in Dutch (autouse)
from ui.history_dialog import HistoryDialog
from ui.history_model import HistoryModel, period_days
from ui.i18n import install_language
from ui.tasks import TaskRunner
from ui.void_dialog import VoidDialog

TODAY = date(2026, 11, 28)  # a Saturday


def at(days_ago: int, hour: int = 10) -> datetime:
    day = TODAY - timedelta(days=days_ago)
    return datetime(day.year, day.month, day.day, hour).astimezone()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 11, 28, 16, 0).astimezone())


@pytest.fixture
def kiosk(tmp_path: Path, clock: FakeClock) -> Iterator[Kiosk]:
    app = Kiosk.open(app_paths(tmp_path / "home"), now=clock.now)
    yield app
    app.close()


@pytest.fixture
def desk(kiosk: Kiosk) -> DeskInfo:
    return kiosk.locations.create(demo_location())


@pytest.fixture
def task_runner(qtbot: QtBot, kiosk: Kiosk) -> Iterator[TaskRunner]:
    runner = TaskRunner(database=kiosk.db)
    yield runner
    runner.shutdown()


def record(kiosk: Kiosk, desk: DeskInfo, clock: FakeClock, moment: datetime, **kw: Any) -> str:
    question = QuestionInput(
        topic=kw.pop("topic", "toeslag_huur"),
        organisation=kw.pop("organisation", "toeslagen"),
        help=("informatie",),
        note=kw.pop("note", ""),
    )
    kept = clock.current
    clock.set(moment)
    try:
        visit = VisitInput(questions=(question,), channel="in_person", duration="5_15")
        return kiosk.registration.record(desk.desk_id, visit).visit_ids[0]
    finally:
        clock.set(kept)


@pytest.fixture
def visits(kiosk: Kiosk, desk: DeskInfo, clock: FakeClock) -> dict[str, str]:
    """Three visits this month: rent benefit today, a library card, one 20 days ago."""
    return {
        "today": record(kiosk, desk, clock, at(0)),
        "card": record(
            kiosk, desk, clock, at(2), topic="bieb_pas", organisation=None, note="pas kwijt"
        ),
        "old": record(kiosk, desk, clock, at(20)),
    }


def open_dialog(qtbot: QtBot, kiosk: Kiosk, desk: DeskInfo, runner: TaskRunner) -> HistoryDialog:
    dialog = HistoryDialog(kiosk, desk, runner)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=5000):
        dialog.resize(910, 485)
        dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    return dialog


def shown_ids(dialog: HistoryDialog) -> list[str]:
    return [row.id for row in dialog.model.rows()]


def choose(dialog: HistoryDialog, visit_id: str) -> None:
    dialog.table.selectRow(shown_ids(dialog).index(visit_id))
    dialog.table.setFocus()


def test_model_under_the_tester(
    qtmodeltester: Any, kiosk: Kiosk, desk: DeskInfo, visits: dict[str, str]
) -> None:
    model = HistoryModel()
    page = HistoryService.of(kiosk).search(desk.desk_id, HistoryQuery(), TODAY)
    model.set_rows(page.rows)
    qtmodeltester.check(model)
    model.add_rows(page.rows[:1])
    qtmodeltester.check(model)
    assert model.rowCount() == 4


def test_opens_on_this_month_newest_first(
    qtbot: QtBot, kiosk: Kiosk, desk: DeskInfo, task_runner: TaskRunner, visits: dict[str, str]
) -> None:
    dialog = open_dialog(qtbot, kiosk, desk, task_runner)
    assert shown_ids(dialog) == [visits["today"], visits["card"], visits["old"]]
    assert dialog.found.text() == "3 bezoeken gevonden."
    assert not dialog.correct_button.isEnabled()  # nothing chosen yet
    assert QApplication.focusWidget() is dialog.search


def test_a_wider_window_set_elsewhere_unlocks_a_row(
    qtbot: QtBot, kiosk: Kiosk, desk: DeskInfo, task_runner: TaskRunner, visits: dict[str, str]
) -> None:
    dialog = open_dialog(qtbot, kiosk, desk, task_runner)
    choose(dialog, visits["old"])
    assert not dialog.void_button.isEnabled()
    with qtbot.waitSignal(dialog.loaded, timeout=5000):
        task_runner.submit(lambda: kiosk.settings.save(history_days=30))
    assert dialog.void_button.isEnabled() and dialog.correct_button.isEnabled()
    assert dialog.reason.text() == ""


def test_typing_narrows_the_list(
    qtbot: QtBot, kiosk: Kiosk, desk: DeskInfo, task_runner: TaskRunner, visits: dict[str, str]
) -> None:
    dialog = open_dialog(qtbot, kiosk, desk, task_runner)
    with qtbot.waitSignal(dialog.loaded, timeout=5000):
        QTest.keyClicks(dialog.search, "PAS")
    assert shown_ids(dialog) == [visits["card"]]
    with qtbot.waitSignal(dialog.loaded, timeout=5000):
        dialog.search.setText("niets dat bestaat")
    assert shown_ids(dialog) == []
    assert "Geen bezoeken" in dialog.found.text()


def test_period_choice(
    qtbot: QtBot, kiosk: Kiosk, desk: DeskInfo, task_runner: TaskRunner, visits: dict[str, str]
) -> None:
    dialog = open_dialog(qtbot, kiosk, desk, task_runner)
    with qtbot.waitSignal(dialog.loaded, timeout=5000):
        dialog.period.setCurrentIndex(dialog.period.findData("week"))
    assert shown_ids(dialog) == [visits["today"], visits["card"]]
    assert not dialog.start.isEnabled()
    with qtbot.waitSignal(dialog.loaded, timeout=5000):
        dialog.period.setCurrentIndex(dialog.period.findData("custom"))
    assert dialog.start.isEnabled() and dialog.end.isEnabled()
    with qtbot.waitSignal(dialog.loaded, timeout=5000):
        dialog.end.setDate(dialog.end.date().addDays(-1))
    assert shown_ids(dialog) == [visits["card"]]


def test_periods() -> None:
    assert period_days("week", TODAY) == (date(2026, 11, 23), TODAY)
    assert period_days("month", TODAY) == (date(2026, 11, 1), TODAY)
    assert period_days("last_month", date(2026, 1, 5)) == (date(2025, 12, 1), date(2025, 12, 31))


def test_more_rows_page_by_page(
    qtbot: QtBot, kiosk: Kiosk, desk: DeskInfo, task_runner: TaskRunner, visits: dict[str, str]
) -> None:
    dialog = open_dialog(qtbot, kiosk, desk, task_runner)
    dialog.page_size = 2
    with qtbot.waitSignal(dialog.loaded, timeout=5000):
        dialog.refresh()
    assert shown_ids(dialog) == [visits["today"], visits["card"]]
    assert dialog.more_button.isVisible()
    assert "Er zijn er meer" in dialog.found.text()
    with qtbot.waitSignal(dialog.loaded, timeout=5000):
        dialog.more_button.click()
    assert shown_ids(dialog) == [visits["today"], visits["card"], visits["old"]]
    assert not dialog.more_button.isVisible()


def test_void_with_a_reason(
    qtbot: QtBot, kiosk: Kiosk, desk: DeskInfo, task_runner: TaskRunner, visits: dict[str, str]
) -> None:
    dialog = open_dialog(qtbot, kiosk, desk, task_runner)
    choose(dialog, visits["card"])
    assert dialog.void_button.isEnabled()
    dialog.void_button.click()
    [asked] = [d for d in dialog.findChildren(VoidDialog) if d.isVisible()]
    asked.reason.setText("dubbel geregistreerd")
    with qtbot.waitSignal(dialog.loaded, timeout=5000):
        asked.accept()
    rows = {row.id: row for row in dialog.model.rows()}
    assert rows[visits["card"]].status == "void"
    assert dialog.notice.text().startswith("Het bezoek van do 26-11-2026 10:00 (")
    assert dialog.notice.text().endswith(") telt niet meer mee.")
    assert dialog.model.text(rows[visits["card"]], 4).startswith("Telt niet mee")
    assert dialog.selected() is not None and dialog.selected().id == visits["card"]  # type: ignore[union-attr]
    assert not dialog.void_button.isEnabled()
    assert dialog.reason.text() == "Dit bezoek telt al niet meer mee."


def test_correct_emits_the_id_and_closes(
    qtbot: QtBot, kiosk: Kiosk, desk: DeskInfo, task_runner: TaskRunner, visits: dict[str, str]
) -> None:
    dialog = open_dialog(qtbot, kiosk, desk, task_runner)
    choose(dialog, visits["card"])
    with qtbot.waitSignal(dialog.correct_requested, timeout=1000) as emitted:
        dialog.correct_button.click()
    assert emitted.args == [visits["card"]]
    assert not dialog.isVisible()


def test_enter_on_a_row_corrects(
    qtbot: QtBot, kiosk: Kiosk, desk: DeskInfo, task_runner: TaskRunner, visits: dict[str, str]
) -> None:
    dialog = open_dialog(qtbot, kiosk, desk, task_runner)
    choose(dialog, visits["today"])
    dialog.table.setCurrentIndex(dialog.model.index(0, 0))
    with qtbot.waitSignal(dialog.correct_requested, timeout=1000) as emitted:
        QTest.keyClick(dialog.table, Qt.Key.Key_Return)
    assert emitted.args == [visits["today"]]


def test_out_of_window_rows_cannot_be_changed(
    qtbot: QtBot, kiosk: Kiosk, desk: DeskInfo, task_runner: TaskRunner, visits: dict[str, str]
) -> None:
    dialog = open_dialog(qtbot, kiosk, desk, task_runner)
    choose(dialog, visits["old"])
    assert not dialog.correct_button.isEnabled()
    assert not dialog.void_button.isEnabled()
    assert dialog.reason.text() == "Ouder dan 14 dagen: vraag de teamleider."
    with qtbot.assertNotEmitted(dialog.correct_requested):
        QTest.keyClick(dialog.table, Qt.Key.Key_Return)
    assert dialog.isVisible()


def test_escape_closes(
    qtbot: QtBot, kiosk: Kiosk, desk: DeskInfo, task_runner: TaskRunner, visits: dict[str, str]
) -> None:
    dialog = open_dialog(qtbot, kiosk, desk, task_runner)
    dialog.search.setFocus()
    QTest.keyClick(dialog.search, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_keyboard_reaches_everything_in_reading_order(
    qtbot: QtBot, kiosk: Kiosk, desk: DeskInfo, task_runner: TaskRunner, visits: dict[str, str]
) -> None:
    dialog = open_dialog(qtbot, kiosk, desk, task_runner)
    with qtbot.waitSignal(dialog.loaded, timeout=5000):
        dialog.period.setCurrentIndex(dialog.period.findData("custom"))
    choose(dialog, visits["card"])  # the buttons enabled
    QApplication.processEvents()
    forward = tab_chain(dialog.search)
    assert unreachable(dialog, forward) == []
    assert_reading_order(forward, [dialog])
    backward = tab_chain(dialog.search, backwards=True)
    assert list(reversed(backward[1:])) == forward[1:]
    for widget in forward:
        assert widget.accessibleName(), widget.objectName()


def test_fits_a_laptop_at_150_percent(
    qtbot: QtBot, kiosk: Kiosk, desk: DeskInfo, task_runner: TaskRunner, visits: dict[str, str]
) -> None:
    dialog = open_dialog(qtbot, kiosk, desk, task_runner)
    hint = dialog.minimumSizeHint()
    assert hint.width() <= 910 and hint.height() <= 485
    assert dialog.width() <= 910 and dialog.height() <= 485


def test_a_language_switch_keeps_the_search_and_the_choice(
    qtbot: QtBot, kiosk: Kiosk, desk: DeskInfo, task_runner: TaskRunner, visits: dict[str, str]
) -> None:
    dialog = open_dialog(qtbot, kiosk, desk, task_runner)
    choose(dialog, visits["today"])
    with qtbot.waitSignal(dialog.loaded, timeout=5000):  # the search ran: no timing decides
        dialog.search.setText("huur")
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    try:
        install_language(app, "en")
        QApplication.processEvents()
        assert dialog.windowTitle() == "Earlier visits"
        assert dialog.void_button.text() == "Do&n't count …"
        assert dialog.period.currentText() == "This month"
        assert dialog.model.headerData(0, Qt.Orientation.Horizontal) == "Date"
        assert dialog.search.text() == "huur"
        assert dialog.selected() is not None
        assert dialog.selected().id == visits["today"]  # type: ignore[union-attr]
        assert dialog.model.text(dialog.selected(), 2) == "Rent benefit"  # type: ignore[arg-type]
        assert dialog.found.text() == "2 visits found."
        assert "/" in dialog.start.text()  # en_GB dates: 01/11/2026
    finally:
        install_language(app, "nl")
        QApplication.processEvents()
    assert dialog.found.text() == "2 bezoeken gevonden."
    assert dialog.void_button.text() == "&Niet meetellen …"
