"""F1: the keys of the screen on view and everywhere, searchable, closed with Esc."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kiosk.paths import app_paths
from tests.ui.keyboard import tab_chain, unreachable
from ui.help_dialog import HelpDialog, global_keys
from ui.main_window import MainWindow


def open_dialog(qtbot: QtBot, keys: list[tuple[str, str]]) -> HelpDialog:
    dialog = HelpDialog("Registratie", keys)
    qtbot.addWidget(dialog)
    dialog.resize(910, 485)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitExposed(dialog)
    return dialog


def test_lists_the_pages_keys_then_the_global_ones(qtbot: QtBot) -> None:
    page = [("Ctrl+Enter", "Opslaan"), ("Ctrl+R", "Herhaal vorige")]
    dialog = open_dialog(qtbot, page)
    shown = dialog.visible_keys()
    assert shown[:2] == page
    assert shown[2:] == global_keys()
    assert {"F1", "F5", "F6", "Ctrl+K", "Ctrl+Shift+L", "Ctrl+,", "Ctrl+1", "Ctrl+2"} <= {
        key for key, _ in shown
    }


def test_a_page_without_keys_says_so(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot, [])
    assert ("", "Dit scherm heeft geen eigen sneltoetsen.") in dialog.visible_keys()


def test_search_keeps_the_matching_lines(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot, [("Ctrl+R", "Herhaal vorige")])
    assert dialog.focusWidget() is dialog.search
    qtbot.keyClicks(dialog.search, "vergrendel")
    assert [key for key, _ in dialog.visible_keys()] == ["Ctrl+Shift+L"]
    dialog.search.clear()
    qtbot.keyClicks(dialog.search, "ctrl+r")
    assert [key for key, _ in dialog.visible_keys()] == ["Ctrl+R"]


def test_escape_closes_and_tab_reaches_everything(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot, [("Ctrl+R", "Herhaal vorige")])
    chain = tab_chain(dialog.search)
    assert chain == [dialog.search, dialog.table, dialog.close_button]
    assert not unreachable(dialog, chain)
    qtbot.keyClick(dialog.search, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_f1_in_the_window_shows_the_registration_keys(qtbot: QtBot, tmp_path: Path) -> None:
    window = MainWindow(app_paths(tmp_path))
    qtbot.addWidget(window)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: window.kiosk is not None, timeout=10000)
    qtbot.keyClick(window, Qt.Key.Key_F1)  # on the first-start form: no page keys, no error
    assert window.help_dialog is not None and window.help_dialog.isVisible()
    window.help_dialog.close()
    assert window.help_dialog is None
    with qtbot.waitSignal(window.ready, timeout=5000):
        window.setup_page.demo_button.click()
    page = window.registration
    assert page is not None
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = window.help_dialog
    assert dialog is not None and dialog.isVisible()
    expected = list(page.shortcut_help()) if hasattr(page, "shortcut_help") else []
    assert dialog.visible_keys()[: len(expected)] == expected
    assert dialog.table.item(0, 0).text() == "Dit scherm: Registratie"
    window.close()
