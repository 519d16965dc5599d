"""End to end: a desk's set-up and its change reach a real central server, each version once.

The desk states its set-up at the first start, records a visit, and changes the set-up from
the next year on; it enrolls with ``python -m sync.central.cli serve`` and syncs. The server
keeps both versions and answers "the set-up of this location on that day" for either year.
Then every answer is lost and the desk sends it all again: nothing is stored twice.
"""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date, time
from pathlib import Path

import pytest
import sqlalchemy as sa
from keyring.backends import fail

from kiosk.app import Kiosk
from kiosk.locations import Hours, LocationInput, Staffing
from sync.central.db import Database
from sync.central.locations import history, setup_on
from sync.central.settings import DATABASE_FILE, sqlite_url
from sync.client import SyncClient
from sync.credentials import TokenStore
from tests.conftest import FakeClock, make_visit_input
from tests.sync.test_end_to_end import BRANCH, Central
from tests.sync.test_end_to_end import central as central  # the fixture: a real server

pytestmark = pytest.mark.slow


def test_a_desks_set_up_and_its_change_reach_the_server_once(
    central: Central, kiosk_app: Kiosk, clock: FakeClock, tmp_path: Path
) -> None:
    kiosk_app.locations.now = clock.now
    first_day = clock.now().date()
    desk = kiosk_app.locations.create(
        LocationInput(
            organisation="Bibliotheek Proefstad",
            branch="Vestiging Centrum",
            municipality="Proefstad",
            province="Utrecht",
            ido_name="IDO Centrum",
            ido_form="basis",
            inside_library=True,
            desk_name="Balie 1",
            hours=(Hours(2, time(10), time(12)),),
            staffing=(Staffing("staff", 4),),
        )
    )
    kiosk_app.registration.record(desk.desk_id, make_visit_input())
    stated = kiosk_app.locations.setup()
    assert stated is not None
    next_year = date(first_day.year + 1, 1, 1)
    kiosk_app.locations.change_setup(
        replace(stated.setup, hours_kind="appointment", staffing=(Staffing("volunteer", 6),)),
        valid_from=next_year,
    )
    expected = 3  # the set-up, a visit, the change

    code = central.admin("enroll-code", "--branch", BRANCH).strip().splitlines()[-1].strip()
    client = SyncClient.for_kiosk(
        kiosk_app, tokens=TokenStore(tmp_path / "config", backend=fail.Keyring())
    )
    try:
        client.enroll(central.url, code, "Balie 1")
        result = client.sync_once()
        assert result.ok, result.error
        assert (result.acked, result.rejected, result.pending_left) == (expected, 0, 0)

        # Every answer lost: the desk sends it all again, the server counts nothing twice.
        with sqlite3.connect(kiosk_app.paths.database) as conn:
            conn.execute("UPDATE outbox SET state = 'pending'")
        again = client.sync_once(force=True)
        assert again.ok and again.acked == expected
    finally:
        client.close()

    database = Database(sqlite_url(tmp_path / "central" / DATABASE_FILE))
    try:
        with database.read() as conn:
            versions = history(conn, desk.location_id)
            assert [(v.version, v.valid_from, v.branch_id) for v in versions] == [
                (1, first_day, BRANCH),
                (2, next_year, BRANCH),
            ]
            this_year = setup_on(conn, desk.location_id, first_day)
            assert this_year is not None
            assert (this_year.hours_kind, this_year.staffing) == (
                "open",
                [{"kind": "staff", "hours_per_week": 4}],
            )
            assert this_year.hours == [{"weekday": 2, "starts": "10:00", "ends": "12:00"}]
            later = setup_on(conn, desk.location_id, date(next_year.year, 6, 1))
            assert later is not None and later.hours_kind == "appointment"
            stored = conn.execute(
                sa.text("SELECT count(*) FROM applied_op WHERE kind = 'location.setup'")
            ).scalar_one()
            assert stored == 2
    finally:
        database.close()
