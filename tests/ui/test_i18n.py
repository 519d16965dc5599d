"""The app's language: our translations, Qt's own (qtbase), the locale, and switching."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from kiosk.app import Kiosk
from tools import translations
from ui import i18n
from ui.words import phrase

SETTINGS_SOURCE = "Kies een taal: Nederlands of Engels."
SETTINGS_ENGLISH = "Choose a language: Dutch or English."


@pytest.fixture(scope="module", autouse=True)
def compiled() -> None:
    """Build the .qm files when a .ts is newer (``dev.py test`` has done so already)."""
    if translations.stale():
        translations.build()


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    """The application; its translators and default locale are removed again afterwards."""
    yield qapp
    i18n.uninstall_language(qapp)


def cancel_text(box: QDialogButtonBox) -> str:
    button = box.button(QDialogButtonBox.StandardButton.Cancel)
    assert button is not None
    return button.text().replace("&", "")


def test_english_translates_our_messages(app: QApplication) -> None:
    i18n.install_language(app, "en")
    assert QCoreApplication.translate("settings", SETTINGS_SOURCE) == SETTINGS_ENGLISH
    assert phrase("settings.language_unknown") == SETTINGS_ENGLISH
    assert i18n.current_language() == "en"
    assert QLocale().name() == "en_GB"


def test_dutch_is_the_source_and_the_default(app: QApplication) -> None:
    i18n.install_language(app, "nl")
    assert phrase("settings.language_unknown") == SETTINGS_SOURCE
    assert i18n.current_language() == "nl"
    assert QLocale().name() == "nl_NL"
    assert QLocale().toString(1234.5, "f", 1) == "1.234,5"


def test_qt_own_buttons_speak_the_chosen_language(app: QApplication, qtbot: QtBot) -> None:
    i18n.install_language(app, "nl")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert cancel_text(box) == "Annuleren"
    i18n.install_language(app, "en")
    english = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(english)
    assert cancel_text(english) == "Cancel"
    qtbot.waitUntil(lambda: cancel_text(box) == "Cancel")  # the open one follows the switch


def test_switching_sends_language_change_to_widgets(app: QApplication, qtbot: QtBot) -> None:
    i18n.install_language(app, "nl")
    widget = QWidget()
    qtbot.addWidget(widget)
    label = QLabel(widget)

    def retranslate() -> None:
        label.setText(QCoreApplication.translate("settings", SETTINGS_SOURCE))

    retranslate()
    i18n.retranslate_on_change(widget, retranslate)
    assert label.text() == SETTINGS_SOURCE
    i18n.install_language(app, "en")
    qtbot.waitUntil(lambda: label.text() == SETTINGS_ENGLISH)
    i18n.install_language(app, "nl")
    qtbot.waitUntil(lambda: label.text() == SETTINGS_SOURCE)


def test_a_missing_translation_shows_dutch_and_is_logged_once(
    app: QApplication,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    monkeypatch.setattr(i18n, "translations_folder", lambda: tmp_path)
    with caplog.at_level(logging.WARNING, logger="ui.i18n"):
        i18n.install_language(app, "en")
        i18n.install_language(app, "en")
    assert QCoreApplication.translate("settings", SETTINGS_SOURCE) == SETTINGS_SOURCE
    missing = [r for r in caplog.records if "ido_kiosk_en.qm" in r.getMessage()]
    assert len(missing) == 1
    assert i18n.current_language() == "en"  # Qt's own parts and the locale are English still
    assert QLocale().name() == "en_GB"


def test_an_unknown_language_falls_back_to_dutch(app: QApplication) -> None:
    i18n.install_language(app, "en")
    i18n.install_language(app, "xx")
    assert i18n.current_language() == "nl"
    assert phrase("settings.language_unknown") == SETTINGS_SOURCE


def test_stored_language_is_read_cheaply_before_the_database_opens(
    ui_kiosk: Kiosk, tmp_path: Path
) -> None:
    database = ui_kiosk.paths.database
    assert i18n.stored_language(tmp_path / "nothing-here.sqlite3") == "nl"
    assert i18n.stored_language(database) == "nl"
    ui_kiosk.settings.save(language="en")  # what the settings page saves, start-up reads
    assert i18n.stored_language(database) == "en"
    empty = tmp_path / "empty.sqlite3"
    empty.write_bytes(b"")  # a database without tables yet
    assert i18n.stored_language(empty) == "nl"
    with ui_kiosk.db.write() as session:
        session.execute(
            text("UPDATE app_setting SET value = 'fr' WHERE key = :k"), {"k": i18n.SETTING_KEY}
        )
    assert i18n.stored_language(database) == "nl"


def test_qt_print_preview_and_text_menus_speak_dutch(app: QApplication) -> None:
    i18n.install_language(app, "nl")
    translate = QCoreApplication.translate
    assert translate("QPrintPreviewDialog", "Page setup") == "Pagina-instellingen"
    assert translate("QPrintPreviewDialog", "Fit width") == "Passend in de breedte"
    assert translate("QLineEdit", "Select All") == "Alles selecteren"
    i18n.install_language(app, "en")
    assert translate("QLineEdit", "Select All") == "Select All"


def test_the_crash_message_and_dates_follow_the_language(app: QApplication) -> None:
    from datetime import datetime

    from ui.crash import MESSAGE, message

    moment = datetime(2026, 11, 7, 9, 5)
    i18n.install_language(app, "nl")
    assert message() == MESSAGE
    assert i18n.short_moment(moment) == "07-11-2026 09:05"
    i18n.install_language(app, "en")
    assert message().startswith("Something unexpected went wrong.")
    assert "crash.log" in message()
    assert i18n.short_moment(moment) == "07/11/2026 09:05"
    assert i18n.short_moment(moment, with_date=False) == "09:05"
    i18n.install_language(app, "nl")
