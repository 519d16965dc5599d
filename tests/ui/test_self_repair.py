"""Self-repair in the app: the clerk's message after a repair at start, and the daily backup."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from kiosk.app import Kiosk
from kiosk.backup import backups, make_backup
from kiosk.locations import DeskInfo
from kiosk.paths import AppPaths
from tests.conftest import make_visit_input
from ui.self_repair import DailyBackup, repair_at_start, repair_notice
from ui.tasks import Lane, TaskRunner

BACKUP_AT = datetime(2026, 11, 27, 17, 30, tzinfo=UTC)


def damaged_with_backup(kiosk_app: Kiosk, desk: DeskInfo, *, backup: bool) -> AppPaths:
    kiosk_app.registration.record(desk.desk_id, make_visit_input())
    if backup:
        make_backup(kiosk_app.paths.database, kiosk_app.paths.backup_dir, keep=7, now=BACKUP_AT)
    kiosk_app.close()
    with kiosk_app.paths.database.open("r+b") as file:
        file.write(b"this is no database any more")
    return kiosk_app.paths


def test_the_clerk_is_told_the_backup_was_put_back_and_closes_it_by_keyboard(
    qtbot: QtBot, kiosk_app: Kiosk, desk: DeskInfo
) -> None:
    paths = damaged_with_backup(kiosk_app, desk, backup=True)
    outcome = repair_at_start(paths)
    assert outcome is not None and outcome.restored_from == BACKUP_AT
    window = QWidget()
    qtbot.addWidget(window)
    window.show()

    box = repair_notice(window, outcome)

    qtbot.waitUntil(box.isVisible)
    text = box.text()
    assert text.startswith("De gegevens op deze pc waren beschadigd.")
    assert "reservekopie van 27-11-2026" in text
    assert "staan veilig op de server" in text
    assert "U hoeft niets te doen." in text and "ICT-helpdesk" in text
    assert box.windowTitle() == box.accessibleName() == "Gegevens hersteld"
    assert box.windowModality() == Qt.WindowModality.WindowModal
    assert box.icon() == QMessageBox.Icon.Information
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not box.isVisible())
    assert outcome.damaged_copy.exists()  # kept for IT


def test_without_a_backup_the_clerk_is_told_to_call_the_helpdesk(
    qtbot: QtBot, kiosk_app: Kiosk, desk: DeskInfo
) -> None:
    paths = damaged_with_backup(kiosk_app, desk, backup=False)
    outcome = repair_at_start(paths)
    assert outcome is not None and outcome.restored_from is None
    window = QWidget()
    qtbot.addWidget(window)

    box = repair_notice(window, outcome)

    assert "geen goede reservekopie" in box.text()
    assert "Waarschuw de ICT-helpdesk" in box.text()
    box.done(0)


def test_a_sound_database_is_left_alone_at_start(kiosk_app: Kiosk, desk: DeskInfo) -> None:
    kiosk_app.registration.record(desk.desk_id, make_visit_input())
    assert repair_at_start(kiosk_app.paths) is None


def test_the_daily_backup_runs_on_its_own_lane_once_a_day(
    qtbot: QtBot, kiosk_app: Kiosk, desk: DeskInfo
) -> None:
    kiosk_app.settings.save(backups_kept=2)
    runner = TaskRunner()
    owner = QWidget()
    qtbot.addWidget(owner)
    daily = DailyBackup(owner, runner, kiosk_app)
    assert daily.timer.isActive()  # the first check waits until the desk has settled

    daily.check()
    runner.wait_idle(Lane.BACKUP)
    qtbot.waitUntil(lambda: not daily._busy)
    made = backups(kiosk_app.paths.backup_dir)
    assert len(made) == 1
    daily.check()  # the same day: nothing more
    runner.wait_idle(Lane.BACKUP)
    qtbot.waitUntil(lambda: not daily._busy)
    assert backups(kiosk_app.paths.backup_dir) == made
    runner.shutdown()
