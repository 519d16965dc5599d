"""The SQLite layer: connection settings, transactions and failures the clerk can act on."""

from __future__ import annotations

import errno
import sqlite3
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, select, text
from sqlalchemy.exc import IntegrityError, OperationalError

import kiosk.changes
import kiosk.db
from kiosk.app import Kiosk
from kiosk.db import Database
from kiosk.errors import StorageError, storage_error_from
from kiosk.locations import DeskInfo, demo_location
from kiosk.models import Desk, LibraryOrganisation, Question
from kiosk.paths import app_paths
from kiosk.visits import VisitInput
from ui import words

MakeVisit = Callable[..., VisitInput]
TABLES = ("visit", "question", "visit_void", "outbox")


def counts(app: Kiosk) -> dict[str, int]:
    with app.db.engine.connect() as conn:
        return {t: conn.exec_driver_sql(f"SELECT count(*) FROM {t}").scalar_one() for t in TABLES}


def on_every_new_connection(app: Kiosk, pragma: str) -> Callable[[], None]:
    """Run *pragma* on each new pooled connection (drops the open ones); return an undo."""

    def apply(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        dbapi_connection.execute(pragma)

    event.listen(app.db.engine, "connect", apply)
    app.db.engine.dispose()

    def undo() -> None:
        event.remove(app.db.engine, "connect", apply)
        app.db.engine.dispose()

    return undo


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = Database(tmp_path / "test.sqlite3")
    yield database
    database.close()


# -- connection settings --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("pragma", "expected"),
    [
        ("journal_mode", "wal"),
        ("synchronous", 2),  # FULL: a commit is on disk before "opgeslagen"
        ("foreign_keys", 1),
        ("busy_timeout", 5000),
    ],
)
def test_every_connection_has_the_app_pragmas(db: Database, pragma: str, expected: object) -> None:
    # Check two connections at once: the settings are per connection, not per file.
    with db.engine.connect() as first, db.engine.connect() as second:
        for conn in (first, second):
            assert conn.exec_driver_sql(f"PRAGMA {pragma}").scalar() == expected


def test_foreign_keys_are_enforced(db: Database) -> None:
    with pytest.raises(IntegrityError), db.write() as session:
        session.add(
            Question(
                id="q1",
                visit_id="no-such-visit",
                position=1,
                kind="library",
                organisation="nvt",
                topic="bieb_pas",
                help="[]",
                referral="[]",
            )
        )


def test_write_takes_the_write_lock_at_the_start(db: Database) -> None:
    """BEGIN IMMEDIATE: a second writer waits from the first statement, even a read."""
    with db.write() as session:
        session.execute(select(Desk)).all()
        other = sqlite3.connect(db.path, timeout=0, isolation_level=None)
        try:
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
        finally:
            other.close()


# -- transactions ---------------------------------------------------------------------------


def test_write_commits_when_the_block_ends(db: Database) -> None:
    with db.write() as session:
        session.add(LibraryOrganisation(id="org", name="Bibliotheek"))

    with db.read() as session:
        assert session.get(LibraryOrganisation, "org") is not None


def test_write_rolls_back_entirely_on_an_exception(db: Database) -> None:
    with pytest.raises(RuntimeError, match="boom"), db.write() as session:
        session.add(LibraryOrganisation(id="a", name="Eerste"))
        session.flush()
        session.add(LibraryOrganisation(id="b", name="Tweede"))
        session.flush()
        raise RuntimeError("boom")

    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM library_organisation").scalar() == 0


def test_constraint_violation_is_not_a_storage_error(db: Database) -> None:
    with db.write() as session:
        session.add(LibraryOrganisation(id="org", name="Bibliotheek"))
    with pytest.raises(IntegrityError), db.write() as session:
        session.add(LibraryOrganisation(id="other", name="Andere"))
        session.flush()
        session.add(LibraryOrganisation(id="org", name="Dubbel"))

    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT id FROM library_organisation").scalars().all() == [
            "org"
        ]


def test_query_reads_on_a_plain_connection(db: Database) -> None:
    with db.write() as session:
        session.add(LibraryOrganisation(id="org", name="Bibliotheek"))
    with db.query() as connection:
        assert not hasattr(connection, "get")  # no ORM session: plain SQL only
        name = connection.execute(text("SELECT name FROM library_organisation")).scalar_one()
    assert name == "Bibliotheek"


# -- what a write changed -------------------------------------------------------------------


def test_a_committed_write_tells_the_tables_it_changed(db: Database) -> None:
    assert not db.take_changes()
    with db.write() as session:
        session.add(LibraryOrganisation(id="org", name="Bibliotheek"))
        session.flush()
        session.execute(
            text(
                """
                -- a comment and blank lines before the statement
                UPDATE library_organisation SET name = 'Bieb' WHERE id = 'org'
                """
            )
        )
        session.execute(text("SELECT count(*) FROM desk")).all()  # reads change nothing
        session.execute(text("DELETE FROM desk WHERE id = 'none'"))  # no row: no change
    changes = db.take_changes()
    assert changes.tables == {"library_organisation"}
    assert changes.touches(kiosk.changes.LOCATION)
    assert not changes.touches(kiosk.changes.VISITS, kiosk.changes.PLANNING_BOOK)
    assert not db.take_changes()  # handed over once


def test_a_rolled_back_write_changed_nothing(db: Database) -> None:
    with pytest.raises(RuntimeError, match="boom"), db.write() as session:
        session.add(LibraryOrganisation(id="a", name="Eerste"))
        session.flush()
        raise RuntimeError("boom")
    assert not db.take_changes()


def test_changes_are_kept_per_thread(db: Database) -> None:
    def elsewhere() -> None:
        with db.write() as session:
            session.add(LibraryOrganisation(id="other", name="Andere"))

    worker = threading.Thread(target=elsewhere)
    worker.start()
    worker.join()
    assert not db.take_changes()  # that thread's writes are that thread's to hand on
    with db.write() as session:
        session.execute(text("INSERT OR IGNORE INTO app_setting (key, value) VALUES ('k', 'v')"))
    assert db.take_changes().tables == {"app_setting"}


# -- mapping SQLite failures ----------------------------------------------------------------


def sqlite_error(code: int, cls: type[sqlite3.Error] = sqlite3.OperationalError) -> sqlite3.Error:
    exc = cls("simulated")
    exc.sqlite_errorcode = code  # type: ignore[attr-defined]
    return exc


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        (sqlite3.SQLITE_FULL, "full"),
        (sqlite3.SQLITE_BUSY, "locked"),
        (sqlite3.SQLITE_BUSY_SNAPSHOT, "locked"),  # extended code: primary code in the low byte
        (sqlite3.SQLITE_LOCKED, "locked"),
        (sqlite3.SQLITE_READONLY, "readonly"),
        (sqlite3.SQLITE_READONLY_DBMOVED, "readonly"),
        (sqlite3.SQLITE_IOERR, "io"),
        (sqlite3.SQLITE_IOERR_WRITE, "io"),
        (sqlite3.SQLITE_IOERR_FSYNC, "io"),
        (sqlite3.SQLITE_CANTOPEN, "cantopen"),
    ],
)
def test_environment_failures_map_to_storage_errors(code: int, expected: str) -> None:
    error = storage_error_from(sqlite_error(code))
    assert error is not None
    assert error.code == expected
    assert str(error) == f"storage.{expected}"
    assert words.has_words(error.message.code)  # a Dutch sentence for the clerk


def test_wrapped_sqlalchemy_error_is_mapped_by_its_original() -> None:
    wrapped = OperationalError("INSERT ...", {}, sqlite_error(sqlite3.SQLITE_FULL))
    error = storage_error_from(wrapped)
    assert error is not None
    assert error.code == "full"


def test_out_of_space_outside_sqlite_maps_to_full() -> None:
    error = storage_error_from(OSError(errno.ENOSPC, "No space left on device"))
    assert error is not None
    assert error.code == "full"


@pytest.mark.parametrize(
    "exc",
    [
        pytest.param(
            sqlite_error(sqlite3.SQLITE_CONSTRAINT_UNIQUE, sqlite3.IntegrityError), id="unique"
        ),
        pytest.param(sqlite_error(sqlite3.SQLITE_ERROR), id="sql-error"),
        pytest.param(sqlite3.OperationalError("no code"), id="no-code"),
        pytest.param(OSError(errno.EACCES, "denied"), id="other-oserror"),
        pytest.param(ValueError("bug"), id="bug"),
    ],
)
def test_bugs_and_constraint_violations_are_not_mapped(exc: BaseException) -> None:
    assert storage_error_from(exc) is None


# -- real failures, provoked ----------------------------------------------------------------


def test_locked_database_raises_locked_and_saves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, clock: Any, make_visit: MakeVisit
) -> None:
    monkeypatch.setattr(kiosk.db, "BUSY_TIMEOUT_MS", 100)
    app = Kiosk.open(app_paths(tmp_path), now=clock.now)
    try:
        desk = app.locations.create(demo_location(), demo=True)
        app.registration.record(desk.desk_id, make_visit())
        before = counts(app)
        other = sqlite3.connect(app.db.path, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")  # another writer holds the lock
        try:
            with pytest.raises(StorageError) as caught:
                app.registration.record(desk.desk_id, make_visit(count=3))
        finally:
            other.execute("ROLLBACK")
            other.close()

        assert caught.value.code == "locked"
        assert counts(app) == before
        # Once the other writer is gone, saving works again.
        app.registration.record(desk.desk_id, make_visit())
        assert counts(app)["visit"] == before["visit"] + 1
    finally:
        app.close()


def test_full_disk_raises_full_and_keeps_earlier_visits(
    kiosk_app: Kiosk, desk: DeskInfo, make_visit: MakeVisit
) -> None:
    earlier = kiosk_app.registration.record(desk.desk_id, make_visit(count=2)).visit_ids
    before = counts(kiosk_app)
    with kiosk_app.db.engine.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
    # The file may not grow by a single page: SQLite reports SQLITE_FULL, as on a full disk.
    undo = on_every_new_connection(kiosk_app, f"PRAGMA max_page_count = {pages}")
    try:
        with pytest.raises(StorageError) as caught:
            kiosk_app.registration.record(desk.desk_id, make_visit(count=200))
    finally:
        undo()

    assert caught.value.code == "full"
    assert counts(kiosk_app) == before
    assert {r.id for r in kiosk_app.registration.day(desk.desk_id).rows} == set(earlier)
    kiosk_app.registration.record(desk.desk_id, make_visit())  # space again: saving works
    assert counts(kiosk_app)["visit"] == before["visit"] + 1


def test_read_only_database_raises_readonly_and_saves_nothing(
    kiosk_app: Kiosk, desk: DeskInfo, make_visit: MakeVisit
) -> None:
    kiosk_app.registration.record(desk.desk_id, make_visit())
    before = counts(kiosk_app)
    # query_only makes SQLite refuse every write with SQLITE_READONLY (works as root too,
    # unlike file permissions).
    undo = on_every_new_connection(kiosk_app, "PRAGMA query_only = 1")
    try:
        with pytest.raises(StorageError) as caught:
            kiosk_app.registration.record(desk.desk_id, make_visit())
        assert kiosk_app.registration.day(desk.desk_id).visits == 1  # reading still works
    finally:
        undo()

    assert caught.value.code == "readonly"
    assert counts(kiosk_app) == before
