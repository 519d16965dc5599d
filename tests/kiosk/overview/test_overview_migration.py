"""Migration 0007 (the Overzicht's rollup) on a database that already holds visits.

The tables start empty with a rebuild asked; the first figures count every visit stored before
the upgrade. Deleting or changing a visit, question or void sets the rebuild mark (triggers);
appending does not. Downgrading removes tables and triggers, upgrading again brings them back.
Start-up never loads the overview code: only ``Kiosk.overview`` does.
"""

from __future__ import annotations

import subprocess
import sys
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import alembic.command
from alembic.config import Config
from overview_oracle import QUESTIONS, Ledger

from kiosk.app import Kiosk
from kiosk.db import create_sqlite_engine
from kiosk.locations import DeskInfo
from kiosk.overview.periods import custom
from tests.conftest import FakeClock

AMS = ZoneInfo("Europe/Amsterdam")
ROOT = Path(__file__).resolve().parents[3]
TRIGGERS = {
    f"overview_{table}_{event}"
    for table in ("visit", "question", "visit_void")
    for event in ("update", "delete")
}


def to_revision(path: Path, revision: str, *, down: bool) -> None:
    """Move the database at *path* to *revision* with Alembic."""
    config = Config()
    config.set_main_option("script_location", "kiosk:migrations")
    engine = create_sqlite_engine(path)
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            (alembic.command.downgrade if down else alembic.command.upgrade)(config, revision)
    finally:
        engine.dispose()


def schema(path: Path) -> tuple[set[str], set[str], tuple[int, ...] | None]:
    """The overview tables, the triggers, and the state row of the database at *path*."""
    engine = create_sqlite_engine(path)
    try:
        with engine.connect() as conn:
            names = {
                (kind, name)
                for kind, name in conn.exec_driver_sql("SELECT type, name FROM sqlite_master")
            }
            tables = {n for k, n in names if k == "table" and n.startswith("overview_")}
            state = None
            if "overview_state" in tables:
                row = conn.exec_driver_sql(
                    "SELECT id, visit_mark, void_mark, rebuild FROM overview_state"
                ).one()
                state = tuple(int(v) for v in row)
            return tables, {n for k, n in names if k == "trigger"}, state
    finally:
        engine.dispose()


def test_upgrade_counts_the_visits_stored_before(
    kiosk_app: Kiosk, desk: DeskInfo, clock: FakeClock, tmp_path: Path
) -> None:
    ledger = Ledger(kiosk_app, clock, desk.desk_id)
    first = ledger.record(datetime(2026, 11, 2, 10, tzinfo=AMS), QUESTIONS[:2])[0]
    ledger.record(datetime(2026, 11, 3, 23, 30, tzinfo=AMS), QUESTIONS[2:3], count=2)
    gone = ledger.record(datetime(2026, 11, 4, 9, tzinfo=AMS), QUESTIONS[3:4])[0]
    ledger.void(gone, recorded=datetime(2026, 11, 4, 10, tzinfo=AMS))
    ledger.correct(first, QUESTIONS[4:5], recorded=datetime(2026, 11, 5, 9, tzinfo=AMS))
    path = kiosk_app.paths.database
    kiosk_app.db.close()

    to_revision(path, "0006", down=True)
    assert schema(path) == (set(), set(), None)
    to_revision(path, "head", down=False)
    tables, triggers, state = schema(path)
    assert tables == {"overview_day", "overview_month", "overview_state"}
    assert triggers >= TRIGGERS
    assert state == (1, 0, 0, 1)  # nothing counted yet, rebuild asked

    app = Kiosk.open(kiosk_app.paths, now=clock.now)
    try:
        ledger.app = app
        november = custom(date(2026, 11, 1), date(2026, 11, 30))
        assert app.overview.figures(november) == ledger.expected(november)
        assert app.overview.figures(november).visits == 3
        _, _, state = schema(path)
        assert state is not None and state[3] == 0 and state[1] > 0 and state[2] > 0
    finally:
        app.close()


def test_triggers_ask_for_a_rebuild_on_change_not_on_append(
    kiosk_app: Kiosk, desk: DeskInfo, clock: FakeClock
) -> None:
    ledger = Ledger(kiosk_app, clock, desk.desk_id)
    path = kiosk_app.paths.database
    ids = ledger.record(datetime(2026, 11, 2, 10, tzinfo=AMS), QUESTIONS[:1], count=3)
    kiosk_app.overview.catch_up()
    assert schema(path)[2] == (1, 3, 0, 0)
    ledger.void(ids[0], recorded=datetime(2026, 11, 2, 11, tzinfo=AMS))
    ledger.correct(ids[1], QUESTIONS[1:2], recorded=datetime(2026, 11, 2, 12, tzinfo=AMS))
    assert schema(path)[2] == (1, 3, 0, 0)  # appended: found by the marks, no rebuild
    assert kiosk_app.overview.catch_up() == 1
    assert schema(path)[2] == (1, 4, 1, 0)
    for statement in (
        "UPDATE question SET note = NULL WHERE visit_id = ?",
        "DELETE FROM visit_void WHERE visit_id = ?",
        "UPDATE visit SET channel = 'phone' WHERE id = ?",
    ):
        with kiosk_app.db.write() as session:
            session.connection().exec_driver_sql(statement, (ids[0],))
        state = schema(path)[2]
        assert state is not None and state[3] == 1, statement
        assert kiosk_app.overview.catch_up() == -1
        state = schema(path)[2]
        assert state is not None and state[3] == 0, statement
    assert schema(path)[2] == (1, 4, 0, 0)  # the void's row is gone: no void counted


def test_start_up_does_not_load_the_overview(tmp_path: Path) -> None:
    code = f"""
import sys
from kiosk.app import Kiosk
from kiosk.paths import app_paths
app = Kiosk.open(app_paths({str(tmp_path / "home")!r}))
app.registration.day_count("nobody")
app.history, app.settings
assert not [m for m in sys.modules if m.startswith("kiosk.overview")], "loaded at start"
app.overview
assert "kiosk.overview.service" in sys.modules
assert "kiosk.overview.seasons" not in sys.modules
app.close()
"""
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
