"""Self-repair at start: find a damaged database, set it aside, restore the newest good backup.

:func:`health` is the check at every start, before anything opens the database. It has to be
cheap (the start-up benchmark): SQLite's own ``quick_check`` reads every page, about 7 s for
a database of a million visits, so the start checks what a damaged file shows at once: the
header (a file that is no SQLite database, or is cut short of the size its header states),
the schema and the schema revision, read through SQLite ("file is not a database",
"database disk image is malformed"). The full check runs every day on the backup lane: the
backup's ``integrity_check`` reads every page of the copy, and a copy that fails it marks
the database for repair at the next start (:func:`mark_damaged`); so does a write that
SQLite refuses as corrupt (:mod:`kiosk.db`).

:func:`repair` then moves the damaged file aside (``kiosk.sqlite3.damaged-<moment>``, with
its WAL, never deleted), copies in the newest backup that still passes ``quick_check`` (or
starts a fresh database when there is none), carries over the operations the server had not
acknowledged that can still be read from the damaged file (:mod:`kiosk.salvage`), and leaves
a mark (:data:`RESTORE_FLOOR_KEY`) that stops the sync client from sending until it has
asked the server which ``local_seq`` numbers this desk already used: a restored outbox
numbers from where the backup stood, behind what the server holds
(:func:`continue_numbering`, called by ``sync/restored.py``).
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Final

from kiosk.backup import Backup, backups, check
from kiosk.files import publish, temporary_name

if TYPE_CHECKING:
    from sqlmodel import Session

    from kiosk.db import Database
    from kiosk.paths import AppPaths

log = logging.getLogger(__name__)

#: ``app_setting`` key: the outbox's last ``local_seq`` when the database was restored; while
#: it is there, nothing is sent until the server's numbers are known.
RESTORE_FLOOR_KEY: Final = "repair.restore_floor"
_MAGIC: Final = b"SQLite format 3\x00"
_MARK_SUFFIX: Final = ".needs-repair"


@dataclass(frozen=True)
class RepairOutcome:
    """What a repair at start did, for the clerk's message and the log.

    Attributes:
        reason: what showed the damage (``header``, ``truncated``, ``unreadable``, ``marked``).
        damaged_copy: where the damaged file now is (kept for IT).
        restored_from: the moment (UTC) of the backup put back; None: a fresh database.
        salvaged: operations not yet acknowledged, carried over from the damaged file.
    """

    reason: str
    damaged_copy: Path
    restored_from: datetime | None
    salvaged: int


def damage_mark(database: Path) -> Path:
    """Return the file whose presence says *database* must be repaired at the next start."""
    return database.with_name(database.name + _MARK_SUFFIX)


def mark_damaged(database: Path, detail: str) -> None:
    """Ask for a repair at the next start (a full check or a write found *database* damaged)."""
    log.error("Database %s is damaged (%s): it is repaired at the next start", database, detail)
    with contextlib.suppress(OSError):
        damage_mark(database).write_text(detail[:2000] + "\n", encoding="utf-8")


def health(database: Path) -> str | None:
    """Return why *database* cannot be used (a code), or None when it looks sound.

    Cheap enough for every start (see the module text); a missing file is sound (new desk).
    """
    if damage_mark(database).exists():
        return "marked"
    try:
        with database.open("rb") as file:
            header = file.read(100)
            size = os.fstat(file.fileno()).st_size
    except FileNotFoundError:
        return None
    except OSError:
        return "unreadable"
    if size == 0:
        return "truncated"
    if len(header) < 100 or header[:16] != _MAGIC:
        return "header"
    page = int.from_bytes(header[16:18], "big")
    page = 65536 if page == 1 else page
    if page < 512 or page & (page - 1):
        return "header"
    pages = int.from_bytes(header[28:32], "big")
    # The header's page count is valid when its two counters agree; a WAL with frames in it
    # may still complete a checkpoint that a crash cut short, so then only the page size counts.
    counted = header[24:28] == header[92:96] and not _has_frames(database)
    if size % page or (counted and size < pages * page):
        return "truncated"
    try:
        connection = sqlite3.connect(f"{database.resolve().as_uri()}?mode=ro", uri=True)
        try:
            connection.execute("SELECT count(*), max(rootpage) FROM sqlite_master").fetchone()
            connection.execute("SELECT version_num FROM alembic_version").fetchall()
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        if "no such table" in str(exc):  # made but never migrated: the app migrates it
            return None
        code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
        if code in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
            return "unreadable"
        log.warning("Start-up check could not read the database: %r", exc)
    return None


def _has_frames(database: Path) -> bool:
    try:
        return database.with_name(database.name + "-wal").stat().st_size > 32
    except OSError:
        return False


def repair(paths: AppPaths, now: datetime) -> RepairOutcome | None:
    """Repair the database of *paths* if :func:`health` finds it damaged; None: it is sound."""
    database = paths.database
    reason = health(database)
    if reason is None:
        return None
    log.error("Database damaged (%s): setting it aside and restoring a backup", reason)
    aside = _set_aside(database, now)
    backup = _restore_newest(paths.backup_dir, database)
    from kiosk.db import Database
    from kiosk.salvage import carry_over
    from kiosk.salvage_survey import carry_over_responses

    db = Database(database)  # a fresh database, or the backup brought up to this schema
    try:
        salvaged = carry_over(aside, db)
        responses = carry_over_responses(aside, db)  # held answers have no op yet
        mark_restored(db, salvaged.highest)
    finally:
        db.close()
    damage_mark(database).unlink(missing_ok=True)
    outcome = RepairOutcome(reason, aside, None if backup is None else backup.made_at, salvaged.ops)
    log.warning(
        "Database repaired: damaged file kept as %s, backup %s restored, %d waiting op(s) "
        "and %d survey response(s) carried over, %d unreadable",
        aside.name,
        "none" if backup is None else backup.path.name,
        salvaged.ops,
        responses,
        salvaged.unreadable,
    )
    return outcome


def mark_restored(db: Database, highest: int) -> None:
    """Note that nothing may be sent before the server's ``local_seq`` numbers are known.

    *highest* is the highest ``local_seq`` read anywhere (the damaged file included): the
    outbox numbers on above it at once.
    """
    from sqlalchemy import text

    with db.write() as session:
        _raise_sequence(session, highest)
        floor = int(
            session.execute(
                text("SELECT coalesce(max(seq), 0) FROM sqlite_sequence WHERE name = 'outbox'")
            ).scalar_one()
        )
        session.execute(
            text(
                "INSERT INTO app_setting (key, value) VALUES (:k, :v) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value"
            ),
            {"k": RESTORE_FLOOR_KEY, "v": str(floor)},
        )


def restore_floor(db: Database) -> int | None:
    """Return the outbox's last number at the restore, while the numbering is unsettled."""
    from sqlalchemy import text

    with db.query() as connection:
        row = connection.execute(
            text("SELECT value FROM app_setting WHERE key = :k"), {"k": RESTORE_FLOOR_KEY}
        ).first()
    return None if row is None else int(row[0])


def continue_numbering(db: Database, floor: int, highest: int) -> int:
    """Number the outbox on above *highest*, the server's highest ``local_seq`` of this desk.

    Operations recorded since the restore (``local_seq`` above *floor*) were never sent (the
    mark kept them back), so they can move up; their ``op_id`` stays. Clears the mark and
    returns how far they moved (0: the numbers were already clear of the server's).
    """
    from sqlalchemy import text

    shift = max(highest - floor, 0)
    with db.write() as session:
        if shift:
            # Two steps, so no row ever lands on a number another row still holds.
            session.execute(
                text("UPDATE outbox SET local_seq = -local_seq WHERE local_seq > :f"), {"f": floor}
            )
            session.execute(
                text("UPDATE outbox SET local_seq = :s - local_seq WHERE local_seq < 0"),
                {"s": shift},
            )
        _raise_sequence(session, highest)
        session.execute(text("DELETE FROM app_setting WHERE key = :k"), {"k": RESTORE_FLOOR_KEY})
    return shift


def _raise_sequence(session: Session, highest: int) -> None:
    from sqlalchemy import text

    top = session.execute(text("SELECT coalesce(max(local_seq), 0) FROM outbox")).scalar_one()
    wanted = max(int(top), highest)
    changed = session.execute(
        text("UPDATE sqlite_sequence SET seq = max(seq, :n) WHERE name = 'outbox'"), {"n": wanted}
    )
    if not changed.rowcount:  # type: ignore[attr-defined]  # no row yet: nothing numbered
        session.execute(
            text("INSERT INTO sqlite_sequence (name, seq) VALUES ('outbox', :n)"), {"n": wanted}
        )


def _set_aside(database: Path, now: datetime) -> Path:
    """Move the damaged file (and its WAL and shared memory) aside; return its new name."""
    stamp = now.astimezone(UTC).strftime("%Y%m%d-%H%M%S")
    aside = database.with_name(f"{database.name}.damaged-{stamp}")
    for extra in ("-wal", "-shm", ""):  # the database last: a crash between leaves it found
        part = database.with_name(database.name + extra)
        with contextlib.suppress(FileNotFoundError):
            part.replace(aside.with_name(aside.name + extra))
    return aside


def _restore_newest(folder: Path, database: Path) -> Backup | None:
    """Copy the newest backup that passes ``quick_check`` to *database*; None: there is none."""
    for candidate in backups(folder):
        problems = check(candidate.path)
        if problems:
            log.error("Backup %s is damaged too: %s", candidate.path.name, problems[:3])
            continue
        temporary = temporary_name(database)
        try:
            shutil.copyfile(candidate.path, temporary)
            publish(temporary, database)
        except OSError as exc:
            temporary.unlink(missing_ok=True)
            log.error("Backup %s could not be restored: %r", candidate.path.name, exc)
            continue
        return candidate
    log.error("No good backup in %s: starting with a fresh database", folder)
    return None
