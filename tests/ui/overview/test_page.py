"""The Overzicht on a real database: periods, the charts' tables, copy, and the branch."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date, datetime
from functools import partial

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from kiosk.app import Kiosk
from kiosk.locations import DeskInfo
from kiosk.overview.figures import Bucket, DeskFigures, Tally
from kiosk.overview.periods import Period, period
from tests.conftest import make_visit_input
from tests.ui.overview.conftest import TODAY, reload
from ui.overview.page import OverviewPage

Open = Callable[..., OverviewPage]


def time_rows(page: OverviewPage) -> dict[str, tuple[int, int]]:
    chart = next(c for c in page.charts if c.key == "time")
    return {str(r[0]): (int(r[1]), int(r[2])) for r in chart.rows if r[1] or r[2]}


def test_this_month_counts_the_visits_without_the_voided_one(open_overview: Open) -> None:
    page = open_overview()
    assert page.heading.text() == "Deze balie · november 2026"
    assert page.headline.text() == "5 bezoeken · 6 vragen"
    assert time_rows(page) == {"di 3-11": (2, 3), "vr 27-11": (1, 1), "za 28-11": (2, 2)}
    channel = next(c for c in page.charts if c.key == "channel")
    assert channel.rows == (("Aan de balie", 4), ("Telefonisch", 1))


@pytest.mark.parametrize(
    ("kind", "previous", "headline", "heading"),
    [
        ("today", False, "2 bezoeken · 2 vragen", "28 november 2026"),
        ("today", True, "1 bezoek · 1 vraag", "27 november 2026"),
        ("month", True, "1 bezoek · 1 vraag", "oktober 2026"),
        ("year", False, "6 bezoeken · 7 vragen", "2026"),
        ("quarter", False, "6 bezoeken · 7 vragen", "1 oktober 2026 – 31 december 2026"),
    ],
)
def test_period_switching_shows_that_periods_numbers(
    qtbot: QtBot, open_overview: Open, kind: str, previous: bool, headline: str, heading: str
) -> None:
    page = open_overview()
    reload(qtbot, page, lambda: page.bar.choose(kind, previous=previous))
    assert page.headline.text() == headline
    assert page.heading.text() == f"Deze balie · {heading}"


def test_yesterday_had_a_visit_by_phone(qtbot: QtBot, open_overview: Open) -> None:
    page = open_overview()
    reload(qtbot, page, lambda: page.bar.choose("today", previous=True))
    # 27 November: one phone visit counted, the voided one not.
    assert page.shown is not None and page.shown.figures.visits == 1


def test_a_custom_range_and_a_reversed_one(qtbot: QtBot, open_overview: Open) -> None:
    page = open_overview()
    reload(qtbot, page, lambda: page.bar.set_range(date(2026, 10, 1), date(2026, 11, 3)))
    assert page.headline.text() == "3 bezoeken · 4 vragen"
    assert page.bar.first.isVisible() and page.bar.last.isVisible()
    page.bar.last.setDate(page.bar.first.date().addDays(-1))
    qtbot.waitUntil(page.note.isVisible, timeout=3000)  # once the typing pauses
    assert page.note.text() == "De laatste dag ligt vóór de eerste dag."
    assert page.headline.text() == "3 bezoeken · 4 vragen"  # the last figures stay


def test_the_table_is_one_key_away_and_copies_for_a_spreadsheet(
    qtbot: QtBot, open_overview: Open
) -> None:
    page = open_overview()
    page.chart_list.setCurrentRow([c.key for c in page.charts].index("topics"))
    assert page.stack.currentWidget() is page.area
    page.chart_list.setFocus()
    QTest.keyClick(page.chart_list, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert page.stack.currentWidget() is page.table
    assert page.table_button.isChecked()
    model = page.table.model()
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Onderwerp"
    assert model.rowCount() == 2
    page.table.setFocus()
    QGuiApplication.clipboard().clear()
    QTest.keyClick(page.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == (
        "Onderwerp\tVragen\nHuurtoeslag\t5\nDigiD aanvragen\t1\n"
    )
    QTest.keyClick(page.table, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert page.stack.currentWidget() is page.area


def test_ctrl_c_on_the_chart_and_the_copy_button_copy_its_table(
    qtbot: QtBot, open_overview: Open
) -> None:
    page = open_overview()
    page.chart_list.setCurrentRow([c.key for c in page.charts].index("channel"))
    expected = "Kanaal\tBezoeken\nAan de balie\t4\nTelefonisch\t1\n"
    page.activateWindow()
    page.area.setFocus()
    qtbot.waitUntil(page.area.hasFocus, timeout=2000)
    QGuiApplication.clipboard().clear()
    QTest.keyClick(page.area, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == expected
    QGuiApplication.clipboard().clear()
    page.copy_button.click()
    assert QGuiApplication.clipboard().text() == expected


def test_the_chart_is_named_and_summed_up_for_a_screen_reader(
    qtbot: QtBot, open_overview: Open
) -> None:
    page = open_overview()
    page.chart_list.setCurrentRow([c.key for c in page.charts].index("topics"))
    assert page.area.accessibleName() == "Onderwerpen"
    assert page.area.accessibleDescription() == (
        "Onderwerpen: het meest Huurtoeslag (5) en DigiD aanvragen (1)."
    )
    qtbot.waitUntil(lambda: bool(page.area.chart.svg), timeout=20000)
    assert "<svg" in page.area.chart.svg and "Huurtoeslag" in page.area.chart.svg


def test_the_other_charts_are_drawn_ahead_and_shown_at_once(
    qtbot: QtBot, open_overview: Open
) -> None:
    page = open_overview()
    drawable = [c for c in page.charts if not c.empty]
    qtbot.waitUntil(lambda: page.drawer.kept == len(drawable), timeout=60000)
    page.chart_list.setCurrentRow(page.charts.index(drawable[-1]))
    assert not page.busy  # no "De grafiek wordt getekend …": it was there already
    assert page.area.chart.svg and not page.area.chart.note.isVisible()


def test_going_back_to_a_period_shows_its_chart_at_once(qtbot: QtBot, open_overview: Open) -> None:
    page = open_overview()
    qtbot.waitUntil(lambda: bool(page.area.chart.svg) and not page.busy, timeout=20000)
    november = page.area.chart.svg
    reload(qtbot, page, lambda: page.bar.choose("month", previous=True))
    qtbot.waitUntil(lambda: not page.busy, timeout=20000)
    assert page.area.chart.svg != november  # October's own drawing
    reload(qtbot, page, lambda: page.bar.choose("month"))
    assert not page.busy  # kept: no "De grafiek wordt getekend …"
    assert page.area.chart.svg == november


def test_the_charts_room_stays_the_same_from_period_to_period(
    qtbot: QtBot, open_overview: Open
) -> None:
    page = open_overview()
    room = page.area.room()
    for kind in ("year", "today", "week"):  # the chart over time: per maand, dag, week
        reload(qtbot, page, partial(page.bar.choose, kind))
        assert page.area.room() == room
        assert not page._resize_timer.isActive()  # no wait for a resize, no second drawing
        qtbot.waitUntil(lambda: not page.busy, timeout=20000)


def test_a_chart_whose_numbers_changed_is_drawn_again(
    qtbot: QtBot, open_overview: Open, visits: Kiosk, desk: DeskInfo
) -> None:
    page = open_overview()
    qtbot.waitUntil(lambda: bool(page.area.chart.svg) and not page.busy, timeout=20000)
    before = page.area.chart.svg
    visits.registration.record(desk.desk_id, make_visit_input(count=3))
    reload(qtbot, page, page.reload)
    assert page.headline.text() == "8 bezoeken · 9 vragen"
    qtbot.waitUntil(lambda: not page.busy, timeout=20000)
    assert page.area.chart.svg and page.area.chart.svg != before


def test_a_period_without_visits_says_so_instead_of_an_empty_chart(
    qtbot: QtBot, open_overview: Open
) -> None:
    page = open_overview()
    reload(qtbot, page, lambda: page.bar.choose("year", previous=True))
    assert page.headline.text() == "0 bezoeken · 0 vragen"
    assert page.area.chart.note.text() == "Niets te tellen in deze periode."


class BranchFiguresUnavailable(Exception):  # noqa: N818  (the name sync.branch_figures uses)
    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def refusing(code: str) -> Callable[..., DeskFigures]:
    def fetch(_kiosk: object, _period: Period) -> DeskFigures:
        raise BranchFiguresUnavailable(code)

    return fetch


@pytest.mark.parametrize(
    ("code", "words"),
    [
        ("not_linked", "niet gekoppeld"),
        ("offline", "Geen verbinding"),
        ("not_by_month", "per hele maand"),
        ("refused", "ICT-afdeling"),
        ("server", "geen bruikbaar antwoord"),
    ],
)
def test_branch_unavailable_says_why_and_stays_on_this_desk(
    qtbot: QtBot, open_overview: Open, code: str, words: str
) -> None:
    page = open_overview(refusing(code))
    reload(qtbot, page, lambda: page.bar.scope.setCurrentIndex(1))
    assert page.note.isVisible() and words in page.note.text()
    assert page.bar.scope_code == "desk"
    assert page.heading.text() == "Deze balie · november 2026"
    assert page.headline.text() == "5 bezoeken · 6 vragen"


def test_an_unexpected_failure_of_the_branch_is_a_server_problem(
    qtbot: QtBot, open_overview: Open
) -> None:
    def broken(_kiosk: object, _period: Period) -> DeskFigures:
        raise RuntimeError("boom")

    page = open_overview(broken)
    reload(qtbot, page, lambda: page.bar.scope.setCurrentIndex(1))
    assert "geen bruikbaar antwoord" in page.note.text()


def test_the_branch_says_up_to_when(qtbot: QtBot, open_overview: Open) -> None:
    month = period("month", TODAY)

    def branch(_kiosk: object, asked: Period) -> DeskFigures:
        assert asked == month
        empty: tuple[Tally, ...] = ()
        buckets = (Bucket(month.first, 40, 52),)
        return DeskFigures(
            month, "branch", datetime(2026, 11, 28, 10, 42), 40, 52, buckets,
            empty, (Tally("toeslag_huur", 30),), empty, empty, empty, empty, empty, (), empty,
        )  # fmt: skip

    page = open_overview(branch)
    reload(qtbot, page, lambda: page.bar.scope.setCurrentIndex(1))
    assert page.heading.text() == "Hele vestiging (cijfers tot 28-11-2026 10:42) · november 2026"
    assert page.headline.text() == "40 bezoeken · 52 vragen"
    assert not page.note.isVisible()
    assert page.bar.scope_code == "branch"


def test_a_slow_count_says_it_is_busy_and_the_note_goes_when_done(
    qtbot: QtBot, open_overview: Open
) -> None:
    release = threading.Event()

    def slow(kiosk: Kiosk, asked: Period) -> DeskFigures:
        release.wait(10)
        raise RuntimeError("no branch today")

    page = open_overview(slow)
    page.bar.scope.setCurrentIndex(1)
    qtbot.waitUntil(lambda: page.note.isVisible(), timeout=5000)
    assert "worden geteld" in page.note.text()
    with qtbot.waitSignal(page.loaded, timeout=10000):
        release.set()
    assert "worden geteld" not in page.note.text()
    assert page.headline.text() == "5 bezoeken · 6 vragen"
