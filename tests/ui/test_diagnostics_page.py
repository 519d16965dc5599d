"""The Synchronisatie screen's "Diagnose voor helpdesk": by keyboard, in the background, plain."""

from __future__ import annotations

import json
import threading
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kiosk import diagnostics
from kiosk.app import Kiosk
from kiosk.locations import DeskInfo
from sync.client import SyncClient
from sync.credentials import TokenStore
from tests.conftest import make_question, make_visit_input
from tools import translations
from ui import diagnostics_export, i18n
from ui.sync_controller import SyncController
from ui.sync_page import SyncPage
from ui.tasks import Lane, TaskRunner

NOTE = "uitleg over de huurtoeslag gegeven"
PHONE = "06 12345678"


@pytest.fixture(autouse=True)
def dutch(qapp: QApplication) -> Iterator[None]:
    """The app speaks Dutch with its translations loaded (singular forms: "1 stukje")."""
    if translations.stale():
        translations.build()
    i18n.install_language(qapp, "nl")
    yield
    i18n.uninstall_language(qapp)


@pytest.fixture
def page(
    qtbot: QtBot, ui_kiosk: Kiosk, ui_desk: DeskInfo, runner: TaskRunner, tmp_path: Path
) -> Iterator[SyncPage]:
    ui_kiosk.registration.record(ui_desk.desk_id, make_visit_input(make_question(note=NOTE)))
    ui_kiosk.paths.log_file.write_text(
        f"2026-03-02 10:00:00,000 INFO    kiosk.x: asked to call back on {PHONE}\n",
        encoding="utf-8",
    )

    def client(kiosk: Kiosk) -> SyncClient:
        tokens = TokenStore(tmp_path / "config", backend=fail.Keyring())
        return SyncClient.for_kiosk(kiosk, tokens=tokens)

    controller = SyncController(ui_kiosk, runner, client_factory=client, automatic=False)
    sync_page = SyncPage(ui_kiosk, runner, controller)
    qtbot.addWidget(sync_page)
    with qtbot.waitSignal(sync_page.loaded, timeout=5000):
        sync_page.reload()
        sync_page.show()
    yield sync_page
    controller.shutdown()


def test_diagnose_by_keyboard_writes_the_zip_without_personal_data(
    page: SyncPage, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "helpdesk" / "diagnose.zip"
    target.parent.mkdir()
    monkeypatch.setattr(diagnostics_export, "ask_path", lambda _parent: target)
    lanes: list[str] = []  # where the slow part ran: not where the saves queue
    real = diagnostics.write_readings

    def write_readings(*args: Any) -> Any:
        lanes.append(threading.current_thread().name)
        return real(*args)

    monkeypatch.setattr(diagnostics, "write_readings", write_readings)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow, timeout=2000)
    assert page.diagnostics_button.toolTip()
    with qtbot.waitSignal(page.diagnosed, timeout=10000) as diagnosed:
        qtbot.keyClick(page, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    assert diagnosed.args == [True]
    assert [lane.split("_")[0] for lane in lanes] == [Lane.NETWORK.value]
    assert str(target) in page.feedback.text()
    assert "stukje tekst" in page.feedback.text()  # the phone number in the log
    assert page.diagnostics_button.isEnabled()
    with zipfile.ZipFile(target) as archive:
        everything = "\n".join(archive.read(n).decode("utf-8") for n in archive.namelist())
        about = json.loads(archive.read("about.json"))
    assert NOTE not in everything and PHONE not in everything
    assert about["app"]["qt_platform"] == "offscreen" and about["app"]["screens"]


def test_an_unwritable_place_is_said_plainly(page: SyncPage, qtbot: QtBot, tmp_path: Path) -> None:
    with qtbot.waitSignal(page.diagnosed, timeout=10000) as diagnosed:
        page.diagnose_to(tmp_path / "nergens" / "diagnose.zip")
    assert diagnosed.args == [False]
    assert "map bestaat niet" in page.feedback.text()
    assert page.feedback.property("state") == "error"
    assert not (tmp_path / "nergens").exists()
