"""One sync run per desk database, across processes.

The app's background sync and a scheduled ``ido-kiosk sync --once`` may start at the same
moment on the same data folder. The server's dedup by ``op_id`` already makes that safe; this
lock makes it tidy: the second run sees the first one holding the lock, changes nothing and
says so, instead of racing for the same outbox rows.

The lock is an operating-system lock (``flock`` on Unix, ``LockFileEx`` on Windows through
``filelock``) on a file next to the database. The OS drops it when the holder exits, even on
a crash or a kill, so a stale lock can never stop a desk from syncing. The soft fallback of
``filelock`` (a marker file) is refused for that reason: on a file system without OS locks
the run goes ahead unlocked and relies on the server's dedup, as before.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from filelock import FileLock, Timeout

log = logging.getLogger(__name__)

LOCK_SUFFIX = ".sync-lock"
# How long a second run waits for the first before it gives up: long enough to ride out the
# release of a run that is just finishing, short enough never to hold up the caller.
WAIT_SECONDS = 0.2


def lock_path(database: Path) -> Path:
    """Return the lock file of the desk database at *database* (same folder)."""
    return database.with_name(database.name + LOCK_SUFFIX)


class SyncLock:
    """The cross-process lock of one desk database's sync runs."""

    def __init__(self, database: Path, *, wait: float = WAIT_SECONDS) -> None:
        """Lock on the file next to *database*; wait at most *wait* seconds for it."""
        self.path = lock_path(database)
        self.wait = wait

    @contextmanager
    def hold(self) -> Iterator[bool]:
        """Hold the lock for the ``with`` block; yield False if another process holds it.

        Yields True when the lock is held, and also when this file system offers no OS lock
        (logged): the run may go ahead, the server's dedup keeps it correct.
        """
        self.path.parent.mkdir(parents=True, exist_ok=True)
        # thread_local=False: the app's worker may take and release it on different threads.
        lock = FileLock(self.path, timeout=self.wait, thread_local=False, fallback_to_soft=False)
        outcome = _acquire(lock)
        if outcome != "held":
            yield outcome == "unlocked"
            return
        try:
            yield True
        finally:
            lock.release()


def _acquire(lock: FileLock) -> str:
    """Return ``held``, ``busy`` (another process has it) or ``unlocked`` (no OS lock here)."""
    try:
        lock.acquire()
    except Timeout:
        return "busy"
    except OSError as exc:
        log.warning("No OS file lock on %s (%r); syncing without it", lock.lock_file, exc)
        return "unlocked"
    return "held"
