"""The daily backup: a whole, checked copy or no file at all; the newest N kept."""

from __future__ import annotations

import sqlite3
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

import kiosk.backup as backup_module
from kiosk.app import Kiosk
from kiosk.backup import BackupError, backups, check, due, make_backup, prune
from kiosk.files import temporary_name
from kiosk.locations import DeskInfo
from tests.conftest import make_visit_input

MOMENT = datetime(2026, 11, 28, 13, 0, tzinfo=UTC)


def visit_count(path: Path) -> int:
    connection = sqlite3.connect(path)
    try:
        return int(connection.execute("SELECT count(*) FROM visit").fetchone()[0])
    finally:
        connection.close()


def test_a_backup_is_a_checked_copy_named_by_its_moment(kiosk_app: Kiosk, desk: DeskInfo) -> None:
    kiosk_app.registration.record(desk.desk_id, make_visit_input())
    folder = kiosk_app.paths.backup_dir

    made = make_backup(kiosk_app.paths.database, folder, keep=7, now=MOMENT)

    assert made.path.name == "kiosk-20261128-130000.sqlite3"
    assert made.made_at == MOMENT
    assert [b.path for b in backups(folder)] == [made.path]
    assert visit_count(made.path) == 1
    assert check(made.path, "integrity_check") == []
    assert not made.path.with_name(made.path.name + "-wal").exists()  # stands alone
    assert sorted(p.name for p in folder.iterdir()) == [made.path.name]


def test_the_newest_backups_are_kept_and_the_oldest_removed(
    kiosk_app: Kiosk, desk: DeskInfo
) -> None:
    folder = kiosk_app.paths.backup_dir
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "notes.txt").write_text("IT's own file")
    for day in range(9):
        make_backup(kiosk_app.paths.database, folder, keep=3, now=MOMENT + timedelta(days=day))

    kept = backups(folder)
    assert [b.made_at for b in kept] == [MOMENT + timedelta(days=d) for d in (8, 7, 6)]
    assert (folder / "notes.txt").exists()  # only backups are ever pruned
    assert prune(folder, 0) == [kept[1].path, kept[2].path]  # at least one always stays
    assert backups(folder) == [kept[0]]


def test_a_backup_is_due_once_a_day(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    now = datetime(2026, 11, 28, 12, 0).astimezone()
    assert due(folder, now)  # no folder, no backup: due
    folder.mkdir()
    (folder / f"kiosk-{now.astimezone(UTC):%Y%m%d-%H%M%S}.sqlite3").write_bytes(b"")
    assert not due(folder, now + timedelta(hours=1))
    assert due(folder, now + timedelta(days=1))


def test_a_full_disk_leaves_no_half_file_and_keeps_the_old_backups(
    kiosk_app: Kiosk, desk: DeskInfo
) -> None:
    if not Path("/dev/full").exists():
        pytest.skip("needs /dev/full (Linux) to make a write fail with ENOSPC")
    folder = kiosk_app.paths.backup_dir
    old = make_backup(kiosk_app.paths.database, folder, keep=1, now=MOMENT)
    later = MOMENT + timedelta(days=1)
    # The temporary copy is written through /dev/full: every write fails with "disk full".
    temporary = temporary_name(folder / f"kiosk-{later:%Y%m%d-%H%M%S}.sqlite3")
    temporary.symlink_to("/dev/full")

    with pytest.raises(BackupError) as failed:
        make_backup(kiosk_app.paths.database, folder, keep=1, now=later)

    assert failed.value.code == "full"
    assert backups(folder) == [old]  # the good one is neither replaced nor pruned
    assert sorted(p.name for p in folder.iterdir()) == [old.path.name]  # no half file


def test_a_folder_that_cannot_be_written_is_an_io_failure(kiosk_app: Kiosk, tmp_path: Path) -> None:
    blocked = tmp_path / "a-file-not-a-folder"
    blocked.write_text("")
    with pytest.raises(BackupError) as failed:
        make_backup(kiosk_app.paths.database, blocked / "backups", keep=7, now=MOMENT)
    assert failed.value.code == "io"


def test_a_writer_saves_while_the_backup_copies_and_the_copy_is_one_snapshot(
    kiosk_app: Kiosk, desk: DeskInfo, monkeypatch: pytest.MonkeyPatch
) -> None:
    for _ in range(300):
        kiosk_app.registration.record(desk.desk_id, make_visit_input())
    monkeypatch.setattr(backup_module, "STEP_PAGES", 2)  # many steps, a save between each
    saved: list[str] = []

    def save_between_steps(_left: int, _total: int) -> None:
        # A save on another thread, done before the next step: the copy's held snapshot does
        # not block it (a blocked writer would wait out the busy timeout and fail).
        worker = threading.Thread(
            target=lambda: saved.extend(
                kiosk_app.registration.record(desk.desk_id, make_visit_input()).visit_ids
            )
        )
        worker.start()
        worker.join(timeout=30)
        assert not worker.is_alive()

    made = make_backup(
        kiosk_app.paths.database,
        kiosk_app.paths.backup_dir,
        keep=7,
        now=MOMENT,
        progress=save_between_steps,
    )

    assert len(saved) > 10  # the clerk saved between the steps
    assert visit_count(made.path) == 300  # the copy is the snapshot taken when it began
    assert visit_count(kiosk_app.paths.database) == 300 + len(saved)
    assert check(made.path, "integrity_check") == []
