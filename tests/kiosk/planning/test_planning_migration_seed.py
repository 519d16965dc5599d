"""The 0003 seed's planning rows survive an upgrade to head and read back through the service."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from planning_seed import seeded_database

from kiosk.db import Database
from kiosk.planning.service import PlanningService

SEASON = "018f3a00-0000-7000-8000-000000000100"


def test_seeded_planning_reads_back(tmp_path: Path) -> None:
    db: Database = seeded_database(tmp_path / "seed.sqlite3", "0003")
    try:
        planning = PlanningService(db)
        [season] = planning.seasons()
        assert (season.name, season.starts_on) == ("Belastinghulp 2027", date(2027, 3, 1))
        assert [p.name for p in planning.partners()] == ["FNV Belastingservice", "Humanitas"]
        assert [h.topics for h in planning.helpers()] == [
            ("aangifte", "toeslagen"),
            ("kwijtschelding",),
        ]
        assert len(planning.templates(SEASON)) == 2
        assert [c.reason for c in planning.closures(SEASON)] == ["Verbouwing"]
        grid = planning.grid(SEASON)
        assert len(grid.cells) == 3
        statuses = sorted(b.status for s in grid.cells.values() for b in s.bookings)
        assert statuses == ["attended", "booked", "booked", "booked", "cancelled"]
        [conflict] = planning.attention()
        assert conflict.conflict_code == "slot_closed"
        assert [w.name for w in planning.waiting(SEASON)] == ["R. Visser"]
        lines = planning.day_list(date(2027, 3, 2)).lines
        assert [line.name for line in lines].count(None) == 1  # the purged booking
    finally:
        db.close()
