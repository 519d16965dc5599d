""" "Nieuwe versie beschikbaar": the status bar, the Synchronisatie screen and the command line.

The status comes as the sync client reads it (:class:`~sync.state.SyncStatus` with its
:class:`~sync.app_update.AppUpdate`); the texts are checked in Dutch and in English.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kiosk import __version__
from kiosk.errors import Message
from sync.app_update import AppUpdate
from tests.ui.test_sync_ui import status
from tools import translations
from ui import i18n
from ui.cli_status import status_text
from ui.sync_bar import SyncBar
from ui.sync_summary import SyncSummary
from ui.words import text

URL = "https://intranet.example.nl/ido-kiosk/"


def newer(**changes: object) -> AppUpdate:
    values: dict[str, object] = {
        "current": "1.2.0",
        "recommended_version": "1.4.0",
        "minimum_version": "1.0",
        "download_url": URL,
    }
    values.update(changes)
    return AppUpdate(**values)  # type: ignore[arg-type]


def too_old() -> Message:
    return Message(
        "sync.app_too_old", {"version": "1.2.0", "minimum": "1.4.0", "download_url": URL}
    )


@pytest.fixture(params=["nl", "en"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    if translations.stale():
        translations.build()
    i18n.install_language(qapp, request.param)
    yield str(request.param)
    i18n.uninstall_language(qapp)


WORDS = {
    "nl": {
        "notice": "Nieuwe versie beschikbaar",
        "advice": "Versie 1.4.0 van IDO Kiosk is beschikbaar; deze computer heeft versie 1.2.0. "
        "Vraag uw ICT-afdeling om de nieuwe versie te installeren.",
        "paused": "● Nieuwe versie nodig",
        "too_old": "Deze balie verstuurt nu niets naar de centrale server. De server vraagt "
        "versie 1.4.0 van IDO Kiosk of nieuwer; deze computer heeft versie 1.2.0. Vraag uw "
        f"ICT-afdeling om de nieuwe versie te installeren. Te downloaden via {URL}. "
        "Registreren gaat gewoon door",
        "caption": "Versie",
        "needed": "<b>Nieuwe versie nodig: 1.4.0</b>",
        "download": f'Downloaden: <a href="{URL}">{URL}</a>',
        "cli": "Nieuwe versie beschikbaar: Versie 1.4.0 van IDO Kiosk is beschikbaar",
    },
    "en": {
        "notice": "New version available",
        "advice": "Version 1.4.0 of IDO Kiosk is available; this computer has version 1.2.0. "
        "Ask your IT department to install the new version.",
        "paused": "● New version needed",
        "too_old": "This desk is not sending anything to the central server now. The server "
        "asks for version 1.4.0 of IDO Kiosk or newer; this computer has version 1.2.0. Ask "
        f"your IT department to install the new version. Download it from {URL}. Recording "
        "goes on as usual",
        "caption": "Version",
        "needed": "<b>New version needed: 1.4.0</b>",
        "download": f'Download: <a href="{URL}">{URL}</a>',
        "cli": "New version available: Version 1.4.0 of IDO Kiosk is available",
    },
}


def test_the_status_bar_says_a_new_version_is_available(qtbot: QtBot, language: str) -> None:
    words = WORDS[language]
    bar = SyncBar()
    qtbot.addWidget(bar)
    bar.show()

    bar.show_status(status())
    assert not bar.update_notice.isVisible()
    bar.show_status(status(app_update=newer(recommended_version="1.2")))  # the same version
    assert not bar.update_notice.isVisible()

    bar.show_status(status(app_update=newer()))
    assert bar.update_notice.isVisible() and bar.update_notice.text() == words["notice"]
    assert words["advice"] in bar.update_notice.toolTip()
    assert bar.update_notice.property("tone") == "warning"
    assert bar.connection.property("tone") == "ok"  # the desk goes on working
    with qtbot.waitSignal(bar.page_requested, timeout=1000):
        qtbot.mouseClick(bar.update_notice, Qt.MouseButton.LeftButton)

    paused = status(
        paused_reason="update_required",
        last_error=too_old(),
        app_update=newer(recommended_version="1.4.0", minimum_version="1.4.0"),
    )
    bar.show_status(paused)
    assert not bar.update_notice.isVisible()  # the connection says it, in red
    assert bar.connection.text() == words["paused"]
    assert words["too_old"] in bar.connection.toolTip()


def test_the_paused_message_without_an_address(language: str) -> None:
    said = text(Message("sync.app_too_old", {"version": "1.2.0", "minimum": "1.4.0"}))
    assert "1.4.0" in said and "http" not in said and "{" not in said


def test_the_sync_screen_shows_the_versions_and_the_address(qtbot: QtBot, language: str) -> None:
    words = WORDS[language]
    summary = SyncSummary()
    qtbot.addWidget(summary)
    summary.show()
    label = summary.values["version"]

    summary.show_status(status())
    assert label.text() == __version__ and summary.captions["version"].text() == words["caption"]

    summary.show_status(status(app_update=newer()))
    assert label.text().startswith("1.2.0 · <b>")
    assert words["download"] in label.text()
    assert label.openExternalLinks()
    assert label.textInteractionFlags() & Qt.TextInteractionFlag.LinksAccessibleByKeyboard
    assert label.focusPolicy() != Qt.FocusPolicy.NoFocus  # Tab reaches the link

    summary.show_status(status(app_update=newer(minimum_version="1.3")))
    assert words["needed"] in label.text()


def test_the_address_is_shown_as_text_never_as_markup(qtbot: QtBot) -> None:
    summary = SyncSummary()
    qtbot.addWidget(summary)
    hostile = 'https://a.nl/"><img src=x onerror=alert(1)>'

    summary.show_status(status(app_update=newer(download_url=hostile)))
    shown = summary.values["version"].text()
    assert "<img" not in shown and "&lt;img" in shown and "&quot;&gt;" in shown

    summary.show_status(status(app_update=newer(current="<i>1</i>", recommended_version=None)))
    assert summary.values["version"].text() == "&lt;i&gt;1&lt;/i&gt;"


def test_the_command_line_status_says_it_too(language: str) -> None:
    words = WORDS[language]
    counts = dict.fromkeys(("pending", "inflight", "acked", "rejected", "conflicted"), 0)
    counts["quarantined"] = 0

    shown = status_text(status(counts=counts, app_update=newer()))

    assert words["cli"] in shown and URL in shown.splitlines()[-1]
    current = status(counts=counts, app_update=newer(recommended_version="1.0"))
    assert "1.4.0" not in status_text(current)
