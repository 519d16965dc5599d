"""Switching the language in the settings: every part re-sets its words, nothing is rebuilt.

The main window on a real desk (a fake sync client that never reaches a server): a clerk has
typed a note on the registration page, switches to English in Instellingen, and finds the
window's chrome, the status bar and the Synchronisatie screen in English with the note still
there; switching back gives Dutch again. The language is stored for the next start.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kiosk.locations import demo_location
from kiosk.paths import app_paths
from tests.ui.test_sync_ui import factory
from tools import translations
from ui import i18n
from ui.main_window import MainWindow
from ui.settings_page import SettingsDialog


@pytest.fixture(autouse=True)
def dutch(qapp: QApplication) -> Iterator[QApplication]:
    """Dutch with the translations built; Dutch again afterwards (the locale is process-wide)."""
    if translations.stale():
        translations.build()
    i18n.install_language(qapp, "nl")
    yield qapp
    i18n.install_language(qapp, "nl")
    i18n.uninstall_language(qapp)


def open_window(qtbot: QtBot, home: Path) -> MainWindow:
    window = MainWindow(
        app_paths(home),
        sync_client_factory=factory(home / "config"),
        sync_options={"automatic": False},
    )
    qtbot.addWidget(window)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: window.kiosk is not None, timeout=10000)
    with qtbot.waitSignal(window.ready, timeout=5000):
        window.setup_page.submitted.emit(demo_location())
    qtbot.waitUntil(lambda: window.desk_settings is not None, timeout=5000)
    qtbot.waitUntil(
        lambda: window.sync is not None and window.sync.status is not None, timeout=10000
    )
    return window


def choose_language(qtbot: QtBot, window: MainWindow, code: str) -> None:
    """Open Instellingen, choose the language *code* and save (the dialog closes)."""
    window.open_settings()
    dialog = window.settings_dialog
    assert isinstance(dialog, SettingsDialog)
    group = dialog.findChild(object, "languageGroup")
    assert group is not None and group.title() == "Taal / Language"  # never translated
    names = [dialog.language.itemText(i) for i in range(dialog.language.count())]
    assert names == ["Nederlands", "English"]  # each in its own words
    dialog.language.setCurrentIndex(dialog.language.findData(code))
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog.save_button.click()
    qtbot.waitUntil(lambda: window.settings_dialog is None, timeout=5000)


def test_switching_to_english_and_back_keeps_the_form(qtbot: QtBot, tmp_path: Path) -> None:
    window = open_window(qtbot, tmp_path)
    page = window.registration
    assert page is not None
    page.editor.note.setText("Mevrouw komt morgen terug")
    page.editor.note.setFocus()
    assert window.settings_button.text() == "Instellingen"
    assert window.page_tabs.tabText(0) == "Registratie"
    assert window.connection_label.text() == "Niet gekoppeld"
    window.open_sync_page()
    sync_page = window.sync_page
    assert sync_page is not None
    qtbot.waitUntil(lambda: sync_page.summary["link"].text() == "Niet gekoppeld", timeout=5000)
    sync_page.accept()

    choose_language(qtbot, window, "en")
    assert i18n.current_language() == "en"
    # Qt posts LanguageChange: every widget re-sets its texts once the event loop runs.
    qtbot.waitUntil(lambda: window.settings_button.text() == "Settings", timeout=5000)
    assert window.registration is page  # nothing rebuilt
    assert page.editor.note.text() == "Mevrouw komt morgen terug"
    assert window.help_button.text() == "Help"
    assert window.page_tabs.tabText(0) == "Registration"
    assert window.page_tabs.tabToolTip(1).endswith("(Ctrl+2)")
    assert "Registratie" not in window.page_tabs.accessibleDescription()
    assert window.windowTitle().startswith("IDO Kiosk")
    assert "registratie" not in window.windowTitle()
    assert window.connection_label.text() == "Not connected"
    assert window.sync_bar.sync_button.text() == "Sync now"
    assert window.waiting_label.text() in ("All sent", "1 change still to send")
    assert window.kiosk is not None and window.kiosk.settings.read().language == "en"

    window.open_help()  # F1: the key overview, each page's keys read at opening
    help_dialog = window.help_dialog
    assert help_dialog is not None
    assert help_dialog.windowTitle() == "Help and shortcuts"
    cells = [help_dialog.table.item(r, 1) for r in range(help_dialog.table.rowCount())]
    words = " ".join(cell.text() for cell in cells if cell is not None)
    assert "Save" in words and "Opslaan" not in words
    help_dialog.reject()

    assert window.idle_lock is not None  # the idle screen, built in Dutch
    assert window.idle_lock.page.unlock_button.text() == "Unlock"
    window.idle_lock.lock()
    assert window.idle_lock.page.title.text() == "The screen is locked"
    assert "Typ" not in window.idle_lock.page.explanation.text()
    window.idle_lock.unlock()
    assert page.editor.note.text() == "Mevrouw komt morgen terug"

    window.open_sync_page()  # the screen built in Dutch now speaks English
    assert window.sync_page is sync_page
    qtbot.waitUntil(lambda: sync_page.summary["link"].text() == "Not connected", timeout=5000)
    assert sync_page.windowTitle().startswith("Sync")
    assert sync_page.close_button.text() == "Close"
    assert sync_page.problems_title.accessibleName().startswith("Changes that need attention")
    assert sync_page.summary_frame.captions["last"].text() != "Laatste synchronisatie"
    assert sync_page.model.headerData(3, Qt.Orientation.Horizontal) == "Reason"
    sync_page.accept()

    choose_language(qtbot, window, "nl")
    assert i18n.current_language() == "nl"
    qtbot.waitUntil(lambda: window.settings_button.text() == "Instellingen", timeout=5000)
    assert page.editor.note.text() == "Mevrouw komt morgen terug"
    assert window.page_tabs.tabText(0) == "Registratie"
    assert window.connection_label.text() == "Niet gekoppeld"
    window.close()


def test_the_language_is_read_before_the_next_start(qtbot: QtBot, tmp_path: Path) -> None:
    window = open_window(qtbot, tmp_path)
    choose_language(qtbot, window, "en")
    window.close()
    assert i18n.stored_language(app_paths(tmp_path).database) == "en"


def test_the_first_start_form_offers_the_language(qtbot: QtBot, tmp_path: Path) -> None:
    window = MainWindow(
        app_paths(tmp_path),
        sync_client_factory=factory(tmp_path / "config"),
        sync_options={"automatic": False},
    )
    qtbot.addWidget(window)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: window.kiosk is not None, timeout=10000)
    page = window.setup_page
    assert page.language.isVisible() and page.language.currentText() == "Nederlands"
    page.organisation.setText("Bibliotheek Proefstad")
    page.language.setCurrentIndex(page.language.findData("en"))
    page.language.activated.emit(page.language.currentIndex())
    qtbot.waitUntil(lambda: window.setup_page is not page, timeout=5000)
    english = window.setup_page
    assert english.title.text() == "Welcome to IDO Kiosk"
    assert english.organisation.text() == "Bibliotheek Proefstad"  # kept
    assert english.language.currentText() == "English"
    assert window.pages.currentWidget() is english
    assert i18n.stored_language(app_paths(tmp_path).database) == "en"
    window.close()
