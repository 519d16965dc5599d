"""Self-repair at start: real damage found, the file kept, a backup restored, waiting ops saved."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from kiosk.app import Kiosk
from kiosk.backup import BackupError, make_backup
from kiosk.errors import StorageError
from kiosk.locations import DeskInfo
from kiosk.paths import AppPaths
from kiosk.repair import (
    RESTORE_FLOOR_KEY,
    continue_numbering,
    damage_mark,
    health,
    repair,
    restore_floor,
)
from tests.conftest import make_visit_input

BACKUP_AT = datetime(2026, 11, 27, 18, 0, tzinfo=UTC)
REPAIR_AT = datetime(2026, 11, 28, 9, 0, tzinfo=UTC)


def rows(path: Path, sql: str) -> list[tuple[Any, ...]]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


def pages_of(path: Path, table: str) -> list[int]:
    """The page numbers of *table*'s b-tree (SQLite's dbstat), leaves last."""
    try:
        found = rows(path, f"SELECT pageno, pagetype FROM dbstat WHERE name = '{table}'")
    except sqlite3.OperationalError:
        pytest.skip("this SQLite has no dbstat table")
    return [int(p) for p, kind in sorted(found, key=lambda r: (r[1] == "leaf", r[0]))]


def garble(path: Path, pages: list[int], page_size: int = 4096) -> None:
    """Overwrite whole pages of the file with garbage, as a failing disk does."""
    with path.open("r+b") as file:
        for page in pages:
            file.seek((page - 1) * page_size)
            file.write(bytes((page * 37 + i * 11) % 251 for i in range(page_size)))


def closed_with(kiosk_app: Kiosk) -> AppPaths:
    """Close the app (its WAL checkpointed into the file) and return its paths."""
    kiosk_app.close()
    return kiosk_app.paths


def record(kiosk_app: Kiosk, desk: DeskInfo, times: int) -> None:
    for _ in range(times):
        kiosk_app.registration.record(desk.desk_id, make_visit_input())


def test_a_sound_database_needs_no_repair(kiosk_app: Kiosk, desk: DeskInfo) -> None:
    record(kiosk_app, desk, 2)
    paths = kiosk_app.paths
    assert health(paths.database) is None
    assert repair(paths, REPAIR_AT) is None
    assert health(paths.data_dir / "no-such.sqlite3") is None  # a new desk


def test_a_truncated_database_is_set_aside_and_the_backup_restored(
    kiosk_app: Kiosk, desk: DeskInfo
) -> None:
    record(kiosk_app, desk, 3)
    make_backup(kiosk_app.paths.database, kiosk_app.paths.backup_dir, keep=7, now=BACKUP_AT)
    record(kiosk_app, desk, 2)
    paths = closed_with(kiosk_app)
    size = paths.database.stat().st_size
    with paths.database.open("r+b") as file:
        file.truncate(size // 2 + 100)  # cut short, and not on a page boundary
    damaged = paths.database.read_bytes()

    assert health(paths.database) == "truncated"
    outcome = repair(paths, REPAIR_AT)

    assert outcome is not None
    assert outcome.reason == "truncated"
    assert outcome.restored_from == BACKUP_AT
    assert outcome.damaged_copy.name == "kiosk.sqlite3.damaged-20261128-090000"
    assert outcome.damaged_copy.read_bytes() == damaged  # kept as it was, never deleted
    assert rows(paths.database, "SELECT count(*) FROM visit") == [(3,)]
    assert health(paths.database) is None
    reopened = Kiosk.open(paths)
    try:
        assert restore_floor(reopened.db) is not None  # sending waits for the server's numbers
    finally:
        reopened.close()


def test_a_file_that_is_no_database_without_a_backup_gives_a_fresh_one(
    kiosk_app: Kiosk, desk: DeskInfo
) -> None:
    record(kiosk_app, desk, 2)
    paths = closed_with(kiosk_app)
    garble(paths.database, [1])
    with pytest.raises(sqlite3.DatabaseError, match="not a database"):
        rows(paths.database, "SELECT count(*) FROM visit")

    assert health(paths.database) == "header"
    outcome = repair(paths, REPAIR_AT)

    assert outcome is not None and outcome.restored_from is None
    assert outcome.damaged_copy.exists()
    assert rows(paths.database, "SELECT count(*) FROM visit") == [(0,)]


def test_damage_the_start_check_cannot_see_is_found_by_the_backup_and_repaired_next_start(
    kiosk_app: Kiosk, desk: DeskInfo
) -> None:
    record(kiosk_app, desk, 3)
    first = make_backup(kiosk_app.paths.database, kiosk_app.paths.backup_dir, keep=7, now=BACKUP_AT)
    record(kiosk_app, desk, 4)  # not sent: these wait in the outbox
    paths = closed_with(kiosk_app)
    waiting = rows(paths.database, "SELECT op_id FROM outbox ORDER BY local_seq")
    highest = rows(paths.database, "SELECT max(local_seq) FROM outbox")[0][0]
    garble(paths.database, pages_of(paths.database, "question")[-1:])
    assert health(paths.database) is None  # the start check reads no table pages

    with pytest.raises(BackupError) as failed:
        make_backup(paths.database, paths.backup_dir, keep=7, now=REPAIR_AT)
    assert failed.value.code == "damaged"
    damage_mark(paths.database).write_text("found by the daily backup")  # what the UI does

    assert health(paths.database) == "marked"
    outcome = repair(paths, REPAIR_AT + timedelta(hours=1))

    assert outcome is not None and outcome.restored_from == first.made_at
    assert outcome.salvaged == 4  # the ops made after the backup, read from the damaged file
    carried = rows(paths.database, "SELECT op_id, state FROM outbox ORDER BY local_seq")
    assert [op for op, _ in carried] == [op for (op,) in waiting]  # each once, in order
    assert {state for _, state in carried} == {"pending"}
    assert rows(paths.database, "SELECT seq FROM sqlite_sequence WHERE name = 'outbox'") == [
        (highest,)
    ]
    assert not damage_mark(paths.database).exists()


def test_a_damaged_outbox_page_loses_only_its_own_rows(kiosk_app: Kiosk, desk: DeskInfo) -> None:
    record(kiosk_app, desk, 400)  # several outbox pages
    paths = closed_with(kiosk_app)
    leaves = pages_of(paths.database, "outbox")
    assert len(leaves) > 4
    garble(paths.database, [leaves[len(leaves) // 2]])
    with pytest.raises(sqlite3.DatabaseError):
        rows(paths.database, "SELECT count(*) FROM outbox NOT INDEXED WHERE length(payload) > 0")
    damage_mark(paths.database).write_text("found")

    outcome = repair(paths, REPAIR_AT)

    assert outcome is not None and outcome.restored_from is None  # no backup: a fresh one
    carried = rows(paths.database, "SELECT local_seq, payload, payload_sha256 FROM outbox")
    assert 300 < len(carried) < 400  # most rows survive, those on the damaged page do not
    from kiosk.protocol.canonical import payload_hash

    assert all(payload_hash(str(payload)) == sha for _, payload, sha in carried)
    assert rows(paths.database, "SELECT seq FROM sqlite_sequence WHERE name = 'outbox'") == [(400,)]


def test_ops_recorded_after_a_restore_are_numbered_on_above_the_servers(
    kiosk_app: Kiosk, desk: DeskInfo
) -> None:
    record(kiosk_app, desk, 3)
    make_backup(kiosk_app.paths.database, kiosk_app.paths.backup_dir, keep=7, now=BACKUP_AT)
    record(kiosk_app, desk, 3)
    paths = closed_with(kiosk_app)
    paths.database.write_bytes(b"")  # emptied by a crash: nothing to salvage
    assert repair(paths, REPAIR_AT) is not None
    app = Kiosk.open(paths)
    try:
        assert restore_floor(app.db) == 3
        record(app, desk, 2)  # numbered 4 and 5: numbers the server holds for other ops
        before = rows(paths.database, "SELECT op_id FROM outbox WHERE local_seq > 3")

        assert continue_numbering(app.db, 3, highest=6) == 3

        after = rows(paths.database, "SELECT local_seq, op_id FROM outbox ORDER BY local_seq")
        assert [seq for seq, _ in after] == [1, 2, 3, 7, 8]
        assert [(op,) for seq, op in after if seq > 3] == before  # same ops, same ids
        assert restore_floor(app.db) is None
        record(app, desk, 1)
        assert rows(paths.database, "SELECT max(local_seq) FROM outbox") == [(9,)]
        assert (
            rows(paths.database, f"SELECT 1 FROM app_setting WHERE key = '{RESTORE_FLOOR_KEY}'")
            == []
        )
    finally:
        app.close()


def test_a_save_sqlite_refuses_as_corrupt_says_so_and_repairs_at_next_start(
    kiosk_app: Kiosk, desk: DeskInfo
) -> None:
    record(kiosk_app, desk, 50)
    make_backup(kiosk_app.paths.database, kiosk_app.paths.backup_dir, keep=7, now=BACKUP_AT)
    paths = closed_with(kiosk_app)
    garble(paths.database, pages_of(paths.database, "visit"))  # where the next save goes
    assert health(paths.database) is None
    app = Kiosk.open(paths)
    try:
        with pytest.raises(StorageError) as refused:
            record(app, desk, 1)
    finally:
        app.close()

    assert refused.value.code == "corrupt"
    assert health(paths.database) == "marked"
    outcome = repair(paths, REPAIR_AT)
    assert outcome is not None and outcome.restored_from == BACKUP_AT
    assert rows(paths.database, "SELECT count(*) FROM visit") == [(50,)]


def test_a_damaged_newest_backup_is_passed_over_for_an_older_good_one(
    kiosk_app: Kiosk, desk: DeskInfo
) -> None:
    record(kiosk_app, desk, 2)
    older = make_backup(kiosk_app.paths.database, kiosk_app.paths.backup_dir, keep=7, now=BACKUP_AT)
    record(kiosk_app, desk, 2)
    newer = make_backup(
        kiosk_app.paths.database,
        kiosk_app.paths.backup_dir,
        keep=7,
        now=BACKUP_AT + timedelta(days=1),
    )
    paths = closed_with(kiosk_app)
    garble(newer.path, [1])  # the disk damaged the newest backup too
    paths.database.write_bytes(b"")

    outcome = repair(paths, REPAIR_AT + timedelta(days=1))

    assert outcome is not None and outcome.restored_from == older.made_at
    assert rows(paths.database, "SELECT count(*) FROM visit") == [(2,)]
    assert newer.path.exists()  # a damaged backup is left for IT, not deleted


def test_survey_responses_given_since_the_backup_are_carried_over_and_sent_once(
    kiosk_app: Kiosk, desk: DeskInfo
) -> None:
    answers = {"helped": "yes", "self_next_time": None, "found_via": "library"}
    answers |= {"recommend": None, "age_band": None}
    kiosk_app.survey.record(1, "nl", answers)
    make_backup(kiosk_app.paths.database, kiosk_app.paths.backup_dir, keep=7, now=BACKUP_AT)
    kiosk_app.survey.record(1, "ar", answers)  # held: no op yet, only its row
    kiosk_app.survey.record(1, "tr", answers | {"helped": "no"})
    paths = closed_with(kiosk_app)
    connection = sqlite3.connect(paths.database)  # and one row no desk writes: not taken
    connection.execute(
        "INSERT INTO survey_response (id, survey_version, language, day, answers) "
        "VALUES ('x', 1, 'nl', 'gisteren', '{}')"
    )
    connection.commit()
    connection.close()
    damage_mark(paths.database).write_text("found")

    assert repair(paths, REPAIR_AT) is not None

    languages = rows(paths.database, "SELECT language FROM survey_response ORDER BY language")
    assert languages == [("ar",), ("nl",), ("tr",)]
    reopened = Kiosk.open(paths)
    try:
        later = date(2099, 1, 1)  # any later day releases what was held
        assert reopened.survey.release(later) == 3  # each response's op once, carried ones too
        assert reopened.survey.release(later + timedelta(days=1)) == 0
    finally:
        reopened.close()
