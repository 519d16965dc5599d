"""The Overzicht by keyboard alone: Tab reaches every control in reading order; keys work."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from tests.ui.keyboard import assert_reading_order, tab_chain, unreachable
from tests.ui.overview.conftest import reload
from ui.overview.page import OverviewPage

Open = Callable[..., OverviewPage]


def _active(page: OverviewPage, qtbot: QtBot) -> OverviewPage:
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow, timeout=2000)
    return page


def _regions(page: OverviewPage) -> list[QWidget]:
    """The page's parts in reading order: the choices, the list, then the chart's side."""
    top = [page.bar, page.print_button, *([page.export_button] if page.export_button else [])]
    return [*top, page.chart_list, page.table_button, page.copy_button, page.stack]


def _walk(page: OverviewPage) -> list[QWidget]:
    forwards = tab_chain(page.bar.period)
    assert unreachable(page, forwards) == []
    backwards = tab_chain(page.bar.period, backwards=True)
    assert backwards[1:] == forwards[:0:-1], "Shift+Tab is not Tab backwards"
    assert_reading_order(forwards, _regions(page))
    return forwards


def test_tab_reaches_every_control_in_reading_order(qtbot: QtBot, open_overview: Open) -> None:
    page = _active(open_overview(), qtbot)
    chain = _walk(page)
    wanted = [page.bar.period, page.bar.scope, page.print_button, page.chart_list]
    wanted += [page.table_button, page.copy_button, page.area]
    assert [w for w in chain if w in wanted] == wanted


def test_the_range_dates_join_the_tab_order_when_chosen(qtbot: QtBot, open_overview: Open) -> None:
    page = _active(open_overview(), qtbot)
    reload(qtbot, page, lambda: page.bar.choose("custom"))
    chain = _walk(page)
    first, last, scope = (chain.index(w) for w in (page.bar.first, page.bar.last, page.bar.scope))
    assert chain.index(page.bar.period) < first < last < scope


def test_with_the_table_shown_tab_reaches_the_table(qtbot: QtBot, open_overview: Open) -> None:
    page = _active(open_overview(), qtbot)
    page.table_button.setChecked(True)
    chain = _walk(page)
    assert page.table in chain and page.area not in chain


def test_alt_keys_and_arrows_choose_a_chart(qtbot: QtBot, open_overview: Open) -> None:
    page = _active(open_overview(), qtbot)
    page.bar.period.setFocus()
    QTest.keyClick(page, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)
    assert page.chart_list.hasFocus()
    QTest.keyClick(page.chart_list, Qt.Key.Key_Down)
    current = page.current_chart()
    assert current is not None and current.key == "topics"
    assert page.chart_title.text() == "Onderwerpen"
    QTest.keyClick(page, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    assert page.bar.scope.hasFocus()


def test_f1_lists_the_pages_keys(open_overview: Open) -> None:
    keys = dict(open_overview().shortcut_help())
    assert {"Alt+P", "Alt+C", "Alt+G", "Ctrl+T", "Ctrl+C", "Ctrl+P"} <= set(keys)
    assert keys["Ctrl+T"] == "Tabel of grafiek"
