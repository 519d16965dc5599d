"""The registration screen by keyboard alone: Tab and Shift+Tab reach every control in order."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from tests.ui.keyboard import assert_reading_order, describe, tab_chain, unreachable
from ui.registration_page import RegistrationPage


def _active(page: RegistrationPage, qtbot: QtBot, size: tuple[int, int]) -> RegistrationPage:
    page.resize(*size)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow, timeout=2000)
    return page


def _from_top(page: RegistrationPage, chain: list[QWidget]) -> list[QWidget]:
    """The Tab cycle turned to start at the first control in visual order."""
    first = next(w for w in chain if w in page.tab_order() and w is not page.editor.topics.filter)
    order = [w for w in page.tab_order() if w in chain]
    start = chain.index(order[0]) if order else chain.index(first)
    return chain[start:] + chain[:start]


def _regions(page: RegistrationPage) -> list[QWidget]:
    form = page.question_scroll.widget()
    assert form is not None
    return [form, page.bar, page.right]


def _check(page: RegistrationPage) -> list[QWidget]:
    forwards = tab_chain(page.editor.topics.filter)
    assert unreachable(page, forwards) == []
    backwards = tab_chain(page.editor.topics.filter, backwards=True)
    assert backwards[1:] == forwards[:0:-1], "Shift+Tab is not Tab backwards"
    assert_reading_order(_from_top(page, forwards), _regions(page))
    return forwards


@pytest.mark.parametrize("size", [(1366, 728), (1093, 582), (910, 485)])
def test_tab_reaches_every_control_in_visual_order(
    page: RegistrationPage, qtbot: QtBot, size: tuple[int, int]
) -> None:
    _active(page, qtbot, size)
    chain = _check(page)
    names = [describe(w) for w in chain]
    wanted = [
        "topicList",
        "note",
        "timeNow",
        "count",
        "walking",
        "saveButton",
        "historyButton",
        "dayToggle",
    ]
    positions = [next(i for i, n in enumerate(names) if f"'{w}'" in n) for w in wanted]
    assert positions == sorted(positions), names
    assert page.visit.channel.isAncestorOf(chain[positions[1] + 1])  # note, then channel


def test_every_section_and_the_day_buttons_are_reached(
    page: RegistrationPage, qtbot: QtBot
) -> None:
    """With the DigiD follow-up, the referral, two questions and a chosen visit all shown."""
    _active(page, qtbot, (1366, 728))
    page.editor.topics.set_topic("digid_kwijt")
    page.editor.help.set_selected(["doorverwezen"])
    page.editor.followup.set_selected(["naar_balie"])
    page.editor.referral.set_selected(["dienstverlener"])
    with qtbot.waitSignal(page.saved, timeout=5000):
        page.save()
    qtbot.waitUntil(lambda: page.day.model.rowCount() == 1, timeout=5000)
    page.repeat_previous()
    page.add_question()
    page.visit.now.setChecked(False)
    page.editor.topics.set_topic("digid_kwijt")
    page.editor.help.set_selected(["doorverwezen"])
    page.day.table.selectRow(0)
    assert page.editor.followup.isVisible() and page.editor.referral.isVisible()
    assert page.tabs.isVisible() and page.visit.when.isVisible() and page.undo_button.isVisible()
    chain = _check(page)
    for control in (
        page.tabs,
        page.visit.when,
        page.undo_button,
        page.day.table,
        page.day.correct_button,
        page.day.void_button,
    ):
        assert control in chain, describe(control)
    for group in (page.editor.followup, page.editor.referral):
        assert any(group.isAncestorOf(w) for w in chain), group.accessibleName()


def test_tab_leaves_the_day_list_and_arrows_move_within(
    page: RegistrationPage, qtbot: QtBot
) -> None:
    _active(page, qtbot, (1366, 728))
    for topic in ("toeslag_huur", "toeslag_zorg"):
        page.editor.topics.set_topic(topic)
        page.editor.help.set_selected(["informatie"])
        with qtbot.waitSignal(page.saved, timeout=5000):
            page.save()
    qtbot.waitUntil(lambda: page.day.model.rowCount() == 2, timeout=5000)
    table = page.day.table
    table.setFocus(Qt.FocusReason.TabFocusReason)
    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert table.hasFocus() and table.currentIndex().row() == 1
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert page.day.correct_button.hasFocus()
    qtbot.keyClick(page.day.correct_button, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert table.hasFocus()
    qtbot.keyClick(table, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert page.day_toggle.hasFocus()


def test_the_day_list_folds_away_and_back(page: RegistrationPage, qtbot: QtBot) -> None:
    _active(page, qtbot, (910, 485))
    assert page.day_collapsed()  # narrow: by itself
    qtbot.keyClick(page.day_toggle, Qt.Key.Key_Space)
    assert not page.day_collapsed() and page.day.table.isVisible()
    qtbot.keyClick(page.day_toggle, Qt.Key.Key_Space)
    assert page.day_collapsed()
    page.resize(1366, 728)
    qtbot.waitUntil(lambda: not page.day_collapsed(), timeout=2000)


def test_the_same_keys_are_listed_for_f1(page: RegistrationPage) -> None:
    keys = dict(page.shortcut_help())
    for key in ("Ctrl+Enter", "Ctrl+N", "Ctrl+R", "Ctrl+L", "Ctrl+Z", "Ctrl+H", "Ctrl+E"):
        assert keys.get(key), key


def test_ctrl_e_corrects_the_chosen_visit_of_today(page: RegistrationPage, qtbot: QtBot) -> None:
    _active(page, qtbot, (1366, 728))
    page.editor.topics.set_topic("toeslag_huur")
    page.editor.help.set_selected(["informatie"])
    with qtbot.waitSignal(page.saved, timeout=5000):
        page.save()
    qtbot.waitUntil(lambda: page.day.model.rowCount() == 1, timeout=5000)
    page.day.table.setFocus(Qt.FocusReason.TabFocusReason)
    page.day.table.selectRow(0)
    qtbot.keyClick(page.day.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(page.correcting_banner.isVisible, timeout=5000)
    assert page.editor.topics.topic() == "toeslag_huur"
    assert page.editor.topics.filter.hasFocus()
