"""The daily backup of the desk's database, and the list of backups a repair can restore.

A backup is a copy made with SQLite's online backup API into :attr:`AppPaths.backup_dir
<kiosk.paths.AppPaths.backup_dir>`, named by its moment (``kiosk-20261203-141500.sqlite3``,
UTC). The copy is made in steps while the backup's own connection holds one read transaction
on the database: in WAL mode a reader never blocks a writer, so the clerk's saves go on
between the steps, and the held snapshot keeps SQLite from restarting the copy after each of
them. The copy is written under a temporary name, checked with ``PRAGMA integrity_check``,
fsynced and only then renamed (:func:`kiosk.files.publish`): a file with a backup's name is
whole and was found sound when it was made. A failure (a full disk, a failing drive) leaves
no file behind and raises :class:`BackupError` with a code. After a good backup the oldest
ones beyond the number kept are removed.

A backup whose copy fails the check proves the database itself is damaged (the copy is
page for page): :func:`make_backup` then confirms it on the database and raises ``damaged``,
and the caller marks the database for repair at the next start (:mod:`kiosk.repair`).
"""

from __future__ import annotations

import contextlib
import logging
import re
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Final

from kiosk.files import publish, temporary_name

log = logging.getLogger(__name__)

#: Pages copied per step (4 KiB pages: 16 MiB); the snapshot is held between steps.
STEP_PAGES: Final = 4096
#: A temporary copy older than this was left by a run that died: it is removed.
STALE_SECONDS: Final = 24 * 3600.0
_STAMP: Final = "%Y%m%d-%H%M%S"
_NAME: Final = re.compile(r"^kiosk-(\d{8}-\d{6})\.sqlite3$")
_TEMPORARY: Final = re.compile(r"^\.kiosk-\d{8}-\d{6}\.sqlite3\.\d+\.tmp")
_FULL: Final = frozenset({sqlite3.SQLITE_FULL})
_DAMAGE: Final = frozenset({sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB})


class BackupError(RuntimeError):
    """A backup could not be made; ``code`` says why.

    ``full`` (no room on the disk), ``io`` (the disk or the folder refused), ``damaged``
    (the database itself failed the integrity check: it needs a repair).
    """

    def __init__(self, code: str, detail: str = "") -> None:
        """Keep the *code* and, for the log, the *detail*."""
        self.code = code
        super().__init__(f"backup.{code}" + (f": {detail}" if detail else ""))


@dataclass(frozen=True)
class Backup:
    """One backup file and the moment (UTC) it was made."""

    path: Path
    made_at: datetime


def backup_name(moment: datetime) -> str:
    """Return the file name of a backup made at *moment*."""
    return f"kiosk-{moment.astimezone(UTC).strftime(_STAMP)}.sqlite3"


def backups(folder: Path) -> list[Backup]:
    """Return the backups in *folder*, newest first (other files are ignored)."""
    try:
        names = [entry.name for entry in folder.iterdir()]
    except OSError:  # no folder yet, or unreadable: no backups to offer
        return []
    found = []
    for name in names:
        match = _NAME.match(name)
        if match is None:
            continue
        try:
            made = datetime.strptime(match.group(1), _STAMP).replace(tzinfo=UTC)
        except ValueError:
            continue
        found.append(Backup(folder / name, made))
    return sorted(found, key=lambda backup: backup.made_at, reverse=True)


def due(folder: Path, now: datetime) -> bool:
    """Tell whether a backup is due: none was made yet on *now*'s day (local time)."""
    found = backups(folder)
    today = now.astimezone().date()
    return not found or found[0].made_at.astimezone().date() < today


def make_backup(
    database: Path,
    folder: Path,
    *,
    keep: int,
    now: datetime,
    progress: Callable[[int, int], object] | None = None,
) -> Backup:
    """Copy *database* into *folder*, check the copy, publish it, keep the newest *keep*.

    *progress* is called after each step with the pages remaining and the total.

    Raises :class:`BackupError`; then no new file is left in *folder* and nothing is pruned.
    """
    if not database.is_file():
        raise BackupError("io", f"no database at {database}")
    target = folder / backup_name(now)
    temporary = temporary_name(target)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        # A leftover at this name (same process id) is overwritten whole by the copy.
        _copy(database, temporary, progress)
        problems = _check(temporary, "integrity_check")
        if problems:
            raise _damaged_or_io(database, "; ".join(problems[:3]))
        publish(temporary, target)
    except sqlite3.Error as exc:
        _remove(temporary)
        code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
        if code in _DAMAGE:
            raise _damaged_or_io(database, repr(exc)) from exc
        raise BackupError("full" if code in _FULL else "io", repr(exc)) from exc
    except OSError as exc:
        _remove(temporary)
        raise BackupError("full" if exc.errno == 28 else "io", repr(exc)) from exc
    except BaseException:
        _remove(temporary)
        raise
    made = Backup(target, datetime.strptime(target.name[6:21], _STAMP).replace(tzinfo=UTC))
    prune(folder, keep)
    return made


def prune(folder: Path, keep: int) -> list[Path]:
    """Remove the backups beyond the newest *keep* (at least one stays); return them."""
    removed = []
    for old in backups(folder)[max(keep, 1) :]:
        try:
            old.path.unlink()
        except OSError as exc:
            log.warning("Old backup %s not removed: %r", old.path.name, exc)
            continue
        removed.append(old.path)
    _remove_stale(folder)
    return removed


def check(path: Path, pragma: str = "quick_check") -> list[str]:
    """Return what SQLite's *pragma* (``quick_check`` or ``integrity_check``) finds wrong.

    An empty list: the file is sound. A file SQLite cannot read at all gives its error.
    """
    try:
        return _check(path, pragma)
    except sqlite3.Error as exc:
        return [repr(exc)]


def _damaged_or_io(database: Path, detail: str) -> BackupError:
    """The copy is the database page for page: confirm the damage on the database itself."""
    return BackupError("damaged" if check(database) else "io", detail)


def _copy(database: Path, temporary: Path, progress: Callable[[int, int], object] | None) -> None:
    source = sqlite3.connect(database, isolation_level=None, timeout=5.0)
    try:
        source.execute("BEGIN")  # one read snapshot for every step (see the module text)
        source.execute("SELECT count(*) FROM sqlite_master").fetchone()
        copy = sqlite3.connect(temporary, isolation_level=None)
        try:
            source.backup(
                copy,
                pages=STEP_PAGES,
                progress=None
                if progress is None
                else lambda _s, left, total: progress(left, total),
            )
            # The copy stands alone: no WAL beside it, whatever the database used.
            copy.execute("PRAGMA journal_mode = DELETE").fetchone()
        finally:
            copy.close()
    finally:
        with contextlib.suppress(sqlite3.Error):
            source.execute("ROLLBACK")
        source.close()


def _check(path: Path, pragma: str) -> list[str]:
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        rows = connection.execute(f"PRAGMA {pragma}").fetchall()
    finally:
        connection.close()
    found = [str(row[0]) for row in rows]
    return [] if found == ["ok"] else found


def _remove(temporary: Path) -> None:
    for extra in ("", "-journal", "-wal", "-shm"):
        with contextlib.suppress(OSError):
            temporary.with_name(temporary.name + extra).unlink()


def _remove_stale(folder: Path) -> None:
    limit = time.time() - STALE_SECONDS
    with contextlib.suppress(OSError):
        for entry in folder.iterdir():
            if _TEMPORARY.match(entry.name) and entry.stat().st_mtime < limit:
                with contextlib.suppress(OSError):
                    entry.unlink()


def backup_if_due(database: Path, folder: Path, *, keep: int, now: datetime) -> Backup | None:
    """Make today's backup if none was made yet; None when not due or when it failed.

    For the app's daily job: a failure is logged, never raised (the clerk is not alarmed;
    the next check tries again). A database the check finds damaged is marked for repair
    at the next start (:func:`kiosk.repair.mark_damaged`).
    """
    if not due(folder, now):
        return None
    try:
        made = make_backup(database, folder, keep=keep, now=now)
    except BackupError as failure:
        if failure.code == "damaged":
            from kiosk.repair import mark_damaged

            mark_damaged(database, str(failure))
        else:
            log.warning("Daily backup not made: %s", failure)
        return None
    log.info("Daily backup made: %s", made.path.name)
    return made
