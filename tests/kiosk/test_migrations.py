"""Schema migrations: the scripts match the models, and every older database upgrades intact.

A seed file ``migration_seeds/<revision>.sql`` holds plain INSERTs of realistic data as that
revision stored it, a row in every table. The upgrade test loads into a database at each
revision the newest seed at or before it, opens it the way the app does (which upgrades to
head) and checks that every seeded row is still there and reads back through the services.
So a migration that only adds a nullable column (or one with a default) needs no seed; one
that adds a table, or a column an older seed cannot leave out, needs its own (the test says
which).
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

import alembic.command
import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.operations import Operations
from alembic.script import ScriptDirectory
from sqlalchemy import CheckConstraint, Connection, Engine
from sqlmodel import SQLModel

# Registers every table on SQLModel.metadata: the registration ones and the planning ones.
import kiosk.models
import kiosk.planning.models  # noqa: F401
from kiosk.catalogue import load_catalogues
from kiosk.clock import from_utc_text
from kiosk.db import Database, create_sqlite_engine, current_revision, migrate
from kiosk.migrations import HEAD, SCRIPT_NAME
from kiosk.registration import RegistrationService
from kiosk.visits import QuestionInput, VisitInput

ROOT = Path(__file__).resolve().parents[2]
SEEDS = Path(__file__).resolve().parent / "migration_seeds"
Rows = dict[str, dict[tuple[Any, ...], dict[str, Any]]]


def script_directory() -> ScriptDirectory:
    config = Config()
    config.set_main_option("script_location", "kiosk:migrations")
    return ScriptDirectory.from_config(config)


def revisions_from_base() -> list[str]:
    return [script.revision for script in reversed(list(script_directory().walk_revisions()))]


def snapshot(path: Path) -> Rows:
    """Every row of every app table, keyed by table and primary key."""
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    try:
        tables = [
            name
            for (name,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%' AND name != 'alembic_version'"
            )
        ]
        result: Rows = {}
        for table in tables:
            info = conn.execute(f"PRAGMA table_info({table})").fetchall()
            key = [col["name"] for col in sorted(info, key=lambda c: c["pk"]) if col["pk"]]
            result[table] = {
                tuple(row[k] for k in key): dict(row)
                for row in conn.execute(f"SELECT * FROM {table}")
            }
        return result
    finally:
        conn.close()


def seed_for(revision: str) -> Path:
    """Return the newest seed file at or before *revision* (in the scripts' order)."""
    revisions = revisions_from_base()
    for earlier in reversed(revisions[: revisions.index(revision) + 1]):
        seed = SEEDS / f"{earlier}.sql"
        if seed.is_file():
            return seed
    raise AssertionError(f"no seed file at or before revision {revision}")


def seeded_engine(path: Path, revision: str) -> Engine:
    """Return an engine on a new database at *revision*, filled from its seed (:func:`seed_for`)."""
    engine = create_sqlite_engine(path)
    migrate(engine, revision)
    assert current_revision(engine) == revision
    seed = seed_for(revision)
    raw = engine.raw_connection()
    try:
        raw.driver_connection.executescript(  # type: ignore[union-attr]
            f"BEGIN;\n{seed.read_text(encoding='utf-8')}\nCOMMIT;"
        )
    except sqlite3.Error as exc:
        raise AssertionError(
            f"{seed.name} does not load at revision {revision} ({exc}): "
            f"add a seed file {revision}.sql with the data as {revision} stores it"
        ) from exc
    finally:
        raw.close()
    return engine


def schema_of(path: Path) -> list[tuple[Any, ...]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT * FROM sqlite_master ORDER BY name").fetchall()
    finally:
        conn.close()


# -- the scripts ----------------------------------------------------------------------------


def test_head_constant_matches_the_scripts() -> None:
    heads = script_directory().get_heads()
    assert heads == [HEAD], "HEAD is the newest script's revision: keep one linear history"


def test_every_script_is_named_by_its_revision_in_one_line() -> None:
    """HEAD is read from the file names: each names its revision, one after the other."""
    scripts = list(script_directory().walk_revisions())
    for script in scripts:
        assert script.path is not None
        match = SCRIPT_NAME.fullmatch(Path(script.path).name)
        assert match is not None, f"{script.path}: name it <revision>_<what>.py"
        assert match["revision"] == script.revision
    numbers = sorted(int(s.revision) for s in scripts)
    assert numbers == list(range(1, len(scripts) + 1))
    assert all(
        s.down_revision == (f"{int(s.revision) - 1:04d}" if s.revision != "0001" else None)
        for s in scripts
    )


def test_migrated_schema_equals_the_models(tmp_path: Path) -> None:
    db = Database(tmp_path / "fresh.sqlite3")
    try:
        with db.engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            assert compare_metadata(context, SQLModel.metadata) == []
            table_sql = dict(
                conn.exec_driver_sql(
                    "SELECT name, sql FROM sqlite_master WHERE type = 'table'"
                ).fetchall()
            )
    finally:
        db.close()
    # Autogenerate does not compare CHECK constraints or AUTOINCREMENT: check them here.
    for table in SQLModel.metadata.sorted_tables:
        for constraint in table.constraints:
            if isinstance(constraint, CheckConstraint):
                assert f"CONSTRAINT {constraint.name} CHECK" in table_sql[table.name]
    assert "AUTOINCREMENT" in table_sql["outbox"]  # local_seq is never reused


# -- upgrading older databases --------------------------------------------------------------


def test_every_seed_file_belongs_to_a_revision() -> None:
    assert {p.stem for p in SEEDS.glob("*.sql")} <= set(revisions_from_base())
    assert (SEEDS / f"{revisions_from_base()[0]}.sql").is_file(), "the first revision needs a seed"


@pytest.mark.parametrize("revision", revisions_from_base())
def test_upgrade_from_revision_keeps_every_row(tmp_path: Path, revision: str) -> None:
    path = tmp_path / "old.sqlite3"
    seeded_engine(path, revision).dispose()
    before = snapshot(path)
    assert before["visit"], "the seed should hold visits"
    empty = sorted(table for table, rows in before.items() if not rows)
    assert not empty, (
        f"{seed_for(revision).name} leaves {', '.join(empty)} empty at revision {revision}: "
        f"add a seed file {revision}.sql with rows in every table"
    )

    db = Database(path)  # as the app opens it: upgrades to head
    try:
        assert current_revision(db.engine) == HEAD
        after = snapshot(path)
        for table, seeded in before.items():
            assert table in after, f"table {table} disappeared"
            for key, row in seeded.items():
                assert key in after[table], f"{table} row {key} disappeared"
                kept = after[table][key]
                assert {c: kept[c] for c in row if c in kept} == {
                    c: v for c, v in row.items() if c in kept
                }
        check_readable(db, before)
    finally:
        db.close()


def check_readable(db: Database, seeded: Rows) -> None:
    """Every seeded visit shows in its day list, with its status and topics, and reads back."""
    service = RegistrationService(db, load_catalogues())
    visits = list(seeded["visit"].values())
    questions = sorted(seeded["question"].values(), key=lambda q: q["position"])
    voided = {v["visit_id"] for v in seeded["visit_void"].values()}
    corrected = {v["corrects_id"] for v in visits}
    for visit in visits:
        local_day = from_utc_text(visit["occurred_at"]).astimezone().date()
        listed = {row.id: row for row in service.day(visit["desk_id"], local_day).rows}
        row = listed[visit["id"]]
        expected_status = (
            "void"
            if visit["id"] in voided
            else "corrected"
            if visit["id"] in corrected
            else "active"
        )
        assert row.status == expected_status
        assert row.topics == tuple(q["topic"] for q in questions if q["visit_id"] == visit["id"])
        assert service.visit_input(visit["id"]) is not None

    # The upgraded schema takes new visits too.
    desk_id = visits[0]["desk_id"]
    now = max(from_utc_text(v["recorded_at"]) for v in visits) + timedelta(minutes=1)
    service.now = lambda: now.astimezone()
    question = QuestionInput(topic="bieb_pas", help=("informatie",))
    visit = VisitInput(questions=(question,), channel="in_person", duration="lt5")
    [new_id] = service.record(desk_id, visit).visit_ids
    assert service.visit_input(new_id) is not None


# -- a current database ---------------------------------------------------------------------


def test_opening_a_current_database_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "current.sqlite3"
    Database(path).close()
    schema = schema_of(path)

    Database(path).close()

    assert schema_of(path) == schema


def test_opening_a_current_database_does_not_import_alembic(tmp_path: Path) -> None:
    current = tmp_path / "current.sqlite3"
    Database(current).close()
    # In a fresh interpreter: open the current database, then (as a control) a new one.
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from kiosk.db import Database\n"
        "Database(Path(sys.argv[1])).close()\n"
        "print('alembic' in sys.modules)\n"
        "Database(Path(sys.argv[2])).close()\n"
        "print('alembic' in sys.modules)\n"
    )
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]),
    }
    result = subprocess.run(
        [sys.executable, "-c", code, str(current), str(tmp_path / "new.sqlite3")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["False", "True"]


# -- how migrate() runs a migration ---------------------------------------------------------


def fake_upgrade(
    monkeypatch: pytest.MonkeyPatch, body: Callable[[Operations, Connection], None]
) -> None:
    """Make migrate() run *body* as the migration (on the connection it hands to Alembic)."""

    def upgrade(config: Config, target: str) -> None:
        connection = config.attributes["connection"]
        context = MigrationContext.configure(connection, opts={"render_as_batch": True})
        body(Operations(context), connection)
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = ?", (target,))

    monkeypatch.setattr(alembic.command, "upgrade", upgrade)


def test_a_migration_can_rebuild_a_referenced_table_that_holds_data(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Batch mode copies and drops ``visit``, which questions and voids reference."""

    def rebuild_visit(op: Operations, _connection: Connection) -> None:
        with op.batch_alter_table("visit", recreate="always") as batch:
            batch.add_column(sa.Column("extra", sa.String(), nullable=True))

    path = tmp_path / "old.sqlite3"
    engine = seeded_engine(path, "0001")
    before = snapshot(path)
    fake_upgrade(monkeypatch, rebuild_visit)
    try:
        migrate(engine, "next")

        assert current_revision(engine) == "next"
        with engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        engine.dispose()
    after = snapshot(path)
    assert after["visit"].keys() == before["visit"].keys()
    assert after["question"] == before["question"]


def test_a_migration_that_breaks_a_reference_is_rolled_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def orphan_questions(_op: Operations, connection: Connection) -> None:
        connection.exec_driver_sql("DELETE FROM visit")

    path = tmp_path / "old.sqlite3"
    engine = seeded_engine(path, "0001")
    before = snapshot(path)
    fake_upgrade(monkeypatch, orphan_questions)
    try:
        with pytest.raises(RuntimeError, match="reference"):
            migrate(engine, "next")

        assert current_revision(engine) == "0001"
        with engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        engine.dispose()
    assert snapshot(path) == before


def test_database_from_a_newer_version_is_refused_plainly(tmp_path) -> None:
    import sqlite3

    import pytest

    from kiosk.db import Database
    from kiosk.errors import StorageError

    path = tmp_path / "newer.sqlite3"
    Database(path).close()
    with sqlite3.connect(path) as raw:
        raw.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(StorageError) as refused:
        Database(path)
    assert refused.value.code == "newer"
    assert str(refused.value) == "storage.newer"

    from ui import words

    assert "nieuwere versie" in words.error_text(refused.value)
