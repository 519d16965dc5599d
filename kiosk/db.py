"""The local SQLite database: connection settings, migrations, transactions.

Every connection runs with WAL, ``synchronous=FULL`` (a commit is on disk before the UI says
"opgeslagen"), foreign keys on and a busy timeout. Writes use ``BEGIN IMMEDIATE`` so two writers
(the UI's worker and the sync thread) queue for the lock instead of deadlocking on an upgrade.

Each write transaction notes the tables its statements changed; :meth:`Database.take_changes`
hands them to whoever ran the writes on that thread (the UI's workers pass them on, so a screen
redraws only for changes it shows: :mod:`kiosk.changes`).
"""

from __future__ import annotations

import logging
import re
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import QueuePool

from kiosk.changes import NOTHING, Changes
from kiosk.errors import StorageError, storage_error_from
from kiosk.migrations import HEAD

if TYPE_CHECKING:
    from sqlmodel import Session

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 5000
_BEGIN_OPTION = "kiosk_begin"
# The table a data-changing statement writes (after leading blanks and line comments).
_WRITTEN_TABLE = re.compile(
    r"(?:\s|--[^\n]*\n)*(?:INSERT(?:\s+OR\s+\w+)?\s+INTO|REPLACE\s+INTO|"
    r"UPDATE(?:\s+OR\s+\w+)?|DELETE\s+FROM)\s+[\"`\[]?(\w+)",
    re.IGNORECASE,
)


def install_sqlite_settings(engine: Engine, *, busy_timeout_ms: int, begin_option: str) -> None:
    """Give every connection of *engine* the durable settings; BEGIN as *begin_option* says.

    WAL, ``synchronous=FULL``, foreign keys and the busy timeout on connect; each transaction
    starts with ``BEGIN <mode>``, where the mode is the execution option *begin_option*
    (``IMMEDIATE`` for writers, ``DEFERRED`` otherwise). Used by the desk and the endpoint.
    """

    def on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event issue BEGIN itself (see on_begin).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {busy_timeout_ms}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.close()

    def on_begin(connection: Any) -> None:
        mode = connection.get_execution_options().get(begin_option, "DEFERRED")
        connection.exec_driver_sql(f"BEGIN {mode}")

    event.listen(engine, "connect", on_connect)
    event.listen(engine, "begin", on_begin)


def create_sqlite_engine(path: Path) -> Engine:
    """Return an engine on the SQLite file at *path* with the app's settings."""
    engine = create_engine(
        f"sqlite:///{path}",
        poolclass=QueuePool,
        pool_size=4,
        max_overflow=4,
        connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
    )
    install_sqlite_settings(engine, busy_timeout_ms=BUSY_TIMEOUT_MS, begin_option=_BEGIN_OPTION)
    return engine


class _Notes(threading.local):
    """Per thread: the tables the open write transaction changed, and those committed since."""

    def __init__(self) -> None:
        self.writing: set[str] | None = None
        self.committed: set[str] = set()


class Database:
    """The app's database: an engine, migrated to the current schema on open."""

    def __init__(self, path: Path) -> None:
        """Open (and create or upgrade) the database file at *path*."""
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        self.engine = create_sqlite_engine(path)
        self._writer = self.engine.execution_options(**{_BEGIN_OPTION: "IMMEDIATE"})
        self._notes = _Notes()
        try:
            migrate(self.engine)
        except DBAPIError as exc:
            known = storage_error_from(exc)
            if known is not None:
                self._note_damage(known, exc)
                raise known from exc
            raise
        event.listen(self.engine, "after_cursor_execute", self._note_statement)

    @contextmanager
    def write(self) -> Iterator[Session]:
        """Run one write transaction: committed (and on disk) when the block ends normally.

        Environment failures (disk full, locked) surface as :class:`~kiosk.errors.StorageError`
        after a full rollback, so nothing half-written remains. The tables the transaction
        changed are noted for :meth:`take_changes` once it is committed.
        """
        from sqlmodel import Session  # the ORM loads on the first write, not at start-up

        notes = self._notes
        outer, notes.writing = notes.writing, set()
        written = notes.writing
        session = Session(self._writer, expire_on_commit=False)
        try:
            with session.begin():
                yield session
        except DBAPIError as exc:
            known = storage_error_from(exc)
            if known is not None:
                self._note_damage(known, exc)
                raise known from exc
            raise
        finally:
            notes.writing = outer
            session.close()
        notes.committed |= written

    def _note_damage(self, error: StorageError, cause: BaseException) -> None:
        """A file SQLite finds damaged is repaired at the next start (:mod:`kiosk.repair`)."""
        if error.code == "corrupt":
            from kiosk.repair import mark_damaged

            mark_damaged(self.path, repr(cause))

    def take_changes(self) -> Changes:
        """Return what the writes committed on this thread changed since the last call."""
        notes = self._notes
        if not notes.committed:
            return NOTHING
        changes, notes.committed = Changes.of(notes.committed), set()
        return changes

    def _note_statement(
        self,
        _connection: Any,
        cursor: sqlite3.Cursor,
        statement: str,
        _parameters: Any,
        _context: Any,
        _executemany: bool,
    ) -> None:
        written = self._notes.writing
        if written is None or cursor.rowcount == 0:  # a read, or a write that changed no row
            return
        match = _WRITTEN_TABLE.match(statement)
        if match is not None:
            written.add(match.group(1).lower())

    @contextmanager
    def read(self) -> Iterator[Session]:
        """Open a read session (a consistent snapshot for the block's queries)."""
        from sqlmodel import Session

        session = Session(self.engine, expire_on_commit=False)
        try:
            with session.begin():
                yield session
        finally:
            session.close()

    @contextmanager
    def query(self) -> Iterator[Connection]:
        """Open a plain read (a consistent snapshot for the block's SQL), without the ORM.

        For the reads the desk screen needs at start-up: they run before the ORM is loaded.
        """
        with self.engine.connect() as connection, connection.begin():
            yield connection

    def close(self) -> None:
        """Close every pooled connection (the WAL is checkpointed by the last one)."""
        self.engine.dispose()


def current_revision(engine: Engine) -> str | None:
    """Return the schema revision stored in the database, or None for a new database."""
    with engine.connect() as conn:
        exists = conn.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).first()
        if exists is None:
            return None
        row = conn.exec_driver_sql("SELECT version_num FROM alembic_version").first()
        return None if row is None else str(row[0])


def migrate(engine: Engine, target: str = "head") -> None:
    """Upgrade the database schema in place to *target* (default: the newest revision).

    A current database is recognised from one row, without importing Alembic (start-up time).
    """
    found = current_revision(engine)
    if target == "head" and found == HEAD:
        return
    from alembic import command
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", "kiosk:migrations")
    known = {script.revision for script in ScriptDirectory.from_config(config).walk_revisions()}
    if found is not None and found not in known:
        raise StorageError("newer")
    writer = engine.execution_options(**{_BEGIN_OPTION: "IMMEDIATE"})
    with writer.connect() as connection:
        # Batch migrations copy a table and drop the old one; with foreign keys on, dropping a
        # table that other rows reference fails. The pragma is a no-op inside a transaction,
        # so switch it off before BEGIN, and check every reference before committing.
        dbapi_connection = connection.connection.driver_connection
        assert dbapi_connection is not None
        dbapi_connection.execute("PRAGMA foreign_keys = OFF")
        try:
            with connection.begin():
                config.attributes["connection"] = connection
                log.info("Upgrading database schema to %s", target)
                command.upgrade(config, target)
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").first()
                if broken is not None:
                    raise RuntimeError(f"migration to {target} broke a reference: {tuple(broken)}")
        finally:
            dbapi_connection.execute("PRAGMA foreign_keys = ON")
