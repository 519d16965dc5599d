"""The migrations match the tables on both backends; the canonical JSON matches the desk's."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from hypothesis import example, given, settings
from hypothesis import strategies as st

from kiosk.outbox import canonical_json as desk_canonical_json
from sync.central import tables
from sync.central.db import SCRIPT_LOCATION, Database, current_revision, migrate
from sync.central.ingest import _canonical_size
from sync.central.migrations import HEAD, SCRIPT_NAME
from sync.central.payloads import canonical_bytes, canonical_json, compact_size, loads
from sync.central.tables import metadata
from tests.conftest import drop_pg_database
from tests.sync.central.conftest import _pg_admin_engine, _require_pg

# Guaranteed by ingestion instead (migrations 0003 and 0004): PostgreSQL checked each per row,
# and together they cost about as much database time as COPYing the rows.
DROPPED_FKS = {
    ("visit", ("branch_id",)),
    ("visit", ("device_id",)),
    ("question", ("visit_id",)),
    ("visit", ("op_id",)),
    ("visit", ("corrects",)),
    ("applied_op", ("device_id",)),
}
INGESTED = ("applied_op", "visit", "question")


def test_head_names_the_newest_script():
    config = Config()
    config.set_main_option("script_location", SCRIPT_LOCATION)
    assert ScriptDirectory.from_config(config).get_current_head() == HEAD


def test_every_script_is_named_by_its_revision_in_one_line():
    """HEAD is read from the file names: each names its revision, one after the other."""
    config = Config()
    config.set_main_option("script_location", SCRIPT_LOCATION)
    scripts = list(ScriptDirectory.from_config(config).walk_revisions())
    for script in scripts:
        assert script.path is not None
        match = SCRIPT_NAME.fullmatch(Path(script.path).name)
        assert match is not None, f"{script.path}: name it v<revision>_<what>.py"
        assert match["revision"] == script.revision
    numbers = sorted(int(s.revision) for s in scripts)
    assert numbers == list(range(1, len(scripts) + 1))
    assert all(
        s.down_revision == (f"{int(s.revision) - 1:04d}" if s.revision != "0001" else None)
        for s in scripts
    )


def test_migrated_schema_matches_the_tables(database_url):
    db = Database(database_url)
    try:
        assert current_revision(db.engine) == HEAD
        with db.engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            assert compare_metadata(context, metadata) == []
            assert conn.execute(sa.text("SELECT count(*) FROM server_state")).scalar_one() == 1
    finally:
        db.close()


def test_durability_settings(database_url, backend):
    if backend != "sqlite":
        db = Database(database_url)
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("SHOW fsync").scalar() == "on"
        db.close()
        return
    db = Database(database_url)
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    db.close()


def test_canonical_json_is_the_desks():
    payload = {"b": [1, "é", None, True], "a": {"z": "ß", "y": 0}, "c": "x\u2028y"}
    assert canonical_json(payload) == desk_canonical_json(payload)


# What a desk's payload can hold: objects, lists, text (any code point but lone surrogates,
# control characters included), 64-bit integers, booleans, null. Never floats.
_TEXT = st.text(st.characters(exclude_categories=["Cs"]), max_size=12)
_JSON = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**63), 2**63 - 1) | _TEXT,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(_TEXT, inner, max_size=4),
    max_leaves=20,
)


@settings(max_examples=300, deadline=None)
@given(payload=st.dictionaries(_TEXT, _JSON, max_size=6))
def test_fast_canonical_bytes_are_the_desks(payload):
    """orjson's sorted output is the desk's canonical JSON, and parses back to the same."""
    expected = desk_canonical_json(payload).encode("utf-8")
    assert canonical_bytes(payload) == expected
    assert compact_size(payload) == len(expected)
    assert loads(expected) == payload


@settings(max_examples=200, deadline=None)
@given(header=st.dictionaries(_TEXT.filter(lambda k: k != "payload"), _JSON, max_size=6))
@example(header={})
def test_op_size_counts_the_payload_once(header):
    """An op's size, measured from its payload's canonical bytes, is its compact JSON's size."""
    payload = {"visit_id": "v", "note": "é\u2028", "n": [1, None]}
    op = {**header, "payload": payload}
    size, payload_bytes = _canonical_size(op)
    assert payload_bytes == canonical_bytes(payload)
    assert size == len(json.dumps(op, ensure_ascii=False, separators=(",", ":")).encode())
    not_an_object = {**header, "payload": [1]}
    assert _canonical_size(not_an_object) == (compact_size(not_an_object), None)


def test_what_orjson_refuses_takes_the_standard_library():
    huge = {"n": 2**64}  # beyond 64 bits: orjson can't write it, the desk's JSON can
    assert canonical_bytes(huge) == desk_canonical_json(huge).encode()
    with pytest.raises(ValueError, match="NaN is not a JSON value"):
        loads(b'{"x": NaN}')  # not JSON (orjson would write it back as null)
    assert loads(b'{"x": "\\ud800"}') == {"x": "\ud800"}  # a lone surrogate, read as text
    with pytest.raises(UnicodeEncodeError):
        canonical_bytes({"x": "\ud800"})


def _foreign_keys(engine: sa.Engine, *tables: str) -> set[tuple[str, tuple[str, ...]]]:
    inspector = sa.inspect(engine)
    return {
        (table, tuple(fk["constrained_columns"]))
        for table in tables
        for fk in inspector.get_foreign_keys(table)
    }


def test_ingested_tables_have_no_foreign_keys(database_url):
    db = Database(database_url)
    try:
        assert _foreign_keys(db.engine, *INGESTED) == set()
        # The indexes on those columns stay.
        unique = {
            tuple(u["column_names"]) for u in sa.inspect(db.engine).get_unique_constraints("visit")
        }
        assert ("op_id",) in unique
        indexes = {i["name"] for i in sa.inspect(db.engine).get_indexes("question")}
        assert "ix_question_visit_id" in indexes
        indexes = {i["name"] for i in sa.inspect(db.engine).get_indexes("visit")}
        assert "ix_visit_branch_occurred" in indexes
    finally:
        db.close()


@pytest.fixture(params=["sqlite", "postgresql"])
def empty_database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A database with no tables at all, on each backend."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'empty.sqlite3'}"
        return
    url = _require_pg()
    name = f"ido_empty_{uuid.uuid4().hex[:12]}"
    admin_engine = _pg_admin_engine(url)
    with admin_engine.connect() as conn:
        conn.exec_driver_sql(f"CREATE DATABASE {name}")
    try:
        yield sa.make_url(url).set(database=name).render_as_string(False)
    finally:
        drop_pg_database(admin_engine, name)
        admin_engine.dispose()


def test_migrations_0003_and_0004_keep_stored_visits(empty_database_url):
    db = Database(empty_database_url, migrate_on_open=False)
    now = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)
    try:
        migrate(db.engine, "0002")
        with db.write() as conn:
            _stored_visit(conn, now)
        migrate(db.engine)
        assert current_revision(db.engine) == HEAD
        assert _foreign_keys(db.engine, *INGESTED) == set()
        with db.read() as conn:
            assert conn.execute(sa.text("SELECT visit_id FROM question")).scalars().all() == ["v1"]
            assert conn.execute(sa.text("SELECT device_id FROM visit")).scalars().all() == ["d1"]
            assert conn.execute(sa.text("SELECT op_id FROM applied_op")).scalars().all() == ["o1"]
        _downgrade(db.engine, "0002")  # and back: the constraints return, the rows stay
        assert _foreign_keys(db.engine, *INGESTED) == DROPPED_FKS
        with db.read() as conn:
            assert conn.execute(sa.text("SELECT count(*) FROM question")).scalar_one() == 1
    finally:
        db.close()


def _downgrade(engine: sa.Engine, target: str) -> None:
    config = Config()
    config.set_main_option("script_location", SCRIPT_LOCATION)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, target)


def _stored_visit(conn: sa.Connection, now: datetime) -> None:
    conn.execute(
        sa.text(
            "INSERT INTO branch (id, name, organisation, municipality, province, created_at)"
            " VALUES ('b1', 'B', 'O', 'M', 'P', :now)"
        ),
        {"now": now},
    )
    conn.execute(
        sa.text(
            "INSERT INTO device (id, branch_id, name, kind, token_hash, created_at)"
            " VALUES ('d1', 'b1', 'Balie', 'counter', 't', :now)"
        ),
        {"now": now},
    )
    conn.execute(
        sa.text(
            "INSERT INTO applied_op (op_id, device_id, branch_id, local_seq, kind, sha256,"
            " status, batch_id, received_at, occurred_at_device, occurred_at_corrected)"
            " VALUES ('o1', 'd1', 'b1', 1, 'visit.recorded', 's', 'accepted', 'x', :now, :now,"
            " :now)"
        ),
        {"now": now},
    )
    conn.execute(
        sa.text(
            "INSERT INTO visit (visit_id, op_id, branch_id, device_id, location_id, desk_id,"
            " occurred_at, occurred_offset, occurred_at_corrected, recorded_at, channel,"
            " duration, mode, source, catalogue_version)"
            " VALUES ('v1', 'o1', 'b1', 'd1', 'l', 'k', :now, 60, :now, :now, 'c', 'd',"
            " 'counter', 'live', 1)"
        ),
        {"now": now},
    )
    conn.execute(
        sa.text(
            "INSERT INTO question (question_id, visit_id, position, kind, organisation, topic,"
            " help, referral) VALUES ('q1', 'v1', 1, 'k', 'o', 't', '[]', '[]')"
        ),
        {"now": now},
    )


def test_stored_answers_read_back_word_for_word_lz4_on_postgresql(database_url, backend):
    answer = json.dumps({"results": [{"op_id": str(uuid.uuid4()), "n": n} for n in range(1500)]})
    db = Database(database_url)
    try:
        with db.write() as conn:
            conn.execute(
                sa.insert(tables.batch).values(
                    batch_id="b1",
                    device_id="d1",
                    body_sha256="0" * 64,
                    op_count=1500,
                    skew_seconds=0,
                    response=answer,
                    created_at=datetime(2026, 11, 29, tzinfo=UTC),
                )
            )
        with db.read() as conn:
            stored = conn.execute(sa.select(tables.batch.c.response)).scalar_one()
            if backend == "postgresql":  # Debian's PostgreSQL offers LZ4 (migration 0005)
                method = conn.execute(
                    sa.text("SELECT pg_column_compression(response) FROM batch")
                ).scalar_one()
                assert method == "lz4"
        assert stored == answer
    finally:
        db.close()
