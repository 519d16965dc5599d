"""Open a database filled from a migration seed, upgraded to head as the app opens it."""

from __future__ import annotations

from pathlib import Path

from kiosk.db import Database, create_sqlite_engine, migrate

SEEDS = Path(__file__).resolve().parents[1] / "migration_seeds"


def seeded_database(path: Path, revision: str) -> Database:
    """Create *path* at *revision*, load that revision's seed, then open it (upgrading)."""
    engine = create_sqlite_engine(path)
    migrate(engine, revision)
    raw = engine.raw_connection()
    try:
        seed = (SEEDS / f"{revision}.sql").read_text(encoding="utf-8")
        raw.driver_connection.executescript(f"BEGIN;\n{seed}\nCOMMIT;")  # type: ignore[union-attr]
    finally:
        raw.close()
    engine.dispose()
    return Database(path)
