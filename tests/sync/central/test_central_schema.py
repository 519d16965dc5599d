"""The migrations match the tables on both backends; the canonical JSON matches the desk's."""

from __future__ import annotations

import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

from kiosk.outbox import canonical_json as desk_canonical_json
from sync.central.db import SCRIPT_LOCATION, Database, current_revision
from sync.central.migrations import HEAD
from sync.central.payloads import canonical_json
from sync.central.tables import metadata


def test_head_names_the_newest_script():
    config = Config()
    config.set_main_option("script_location", SCRIPT_LOCATION)
    assert ScriptDirectory.from_config(config).get_current_head() == HEAD


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
