"""The restore drill of docs/central-server.md, end to end on PostgreSQL (issue 17 §4).

The real server (uvicorn, :class:`~conftest.CentralServer`) and three real desks (their own
databases, the real :class:`~sync.client.SyncClient`): they sync, ``packaging/central/
backup.sh`` dumps the database, the desks go on (visits, a tally, a correction, a void,
Belastinghulp bookings, a rotated token, a desk enrolled after the dump), the server stops,
``packaging/central/restore.sh`` restores the older dump into a fresh database, and the
server starts on it. Then the desks sync: a desk the restored server still knows learns of
the restore from the feed (``410``) and sends again what the dump lacked; so does a desk whose
token was renewed after the dump, with the token before (kept for this); a desk enrolled after
the dump is told, in plain words, to re-enroll, and after that sends again what it had sent
under the lost enrollment. In the end the server holds every record once:
:func:`~conftest.assert_converged`, the planning tables, and the branch's figures as the
desks read them.
"""

from __future__ import annotations

import subprocess
import sys
import uuid
from collections.abc import Callable, Iterator
from datetime import time, timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from kiosk.errors import Message
from kiosk.overview.periods import period
from kiosk.planning.records import BookingInput, TemplateInput
from sync.branch_figures import fetch
from sync.state import PAUSED_REENROLL
from tests.conftest import drop_pg_database, make_question, make_visit_input

# No ``from conftest import``: with tests/sync/central in the same run, "conftest" is that
# folder's. The suite's pieces come through its fixtures (the server, the desks, the check).
ROOT = Path(__file__).resolve().parents[3]
SCRIPTS = ROOT / "packaging" / "central"
CentralServer = Any  # conftest.CentralServer, reached through the central fixture
DeskHome = Any  # conftest.DeskHome, made by the make_desk fixture

pytestmark = [pytest.mark.slow, pytest.mark.parametrize("backend", ["postgresql"], indirect=True)]


class Drill:
    """The scripts of packaging/central/ run as IT runs them, on this test's databases."""

    def __init__(self, folder: Path, env: dict[str, str]) -> None:
        """Keep dumps, environment files and an ``ido-central`` in *folder*; run with *env*."""
        self.folder = folder
        self.env = env
        self.dumps = folder / "dumps"
        folder.mkdir(parents=True, exist_ok=True)
        # The console script as the venv installs it (the test runs from the checkout).
        self.program = folder / "ido-central"
        self.program.write_text(
            f'#!/bin/sh\nexec "{sys.executable}" -m sync.central.cli "$@"\n', encoding="utf-8"
        )
        self.program.chmod(0o755)

    def run(self, script: str, database_url: str, *args: str) -> subprocess.CompletedProcess[str]:
        """Run *script* with a central.env naming *database_url*; return what it did."""
        env_file = self.folder / f"{uuid.uuid4().hex[:8]}.env"
        env_file.write_text(f"IDO_CENTRAL_DATABASE_URL={database_url}\n", encoding="utf-8")
        env_file.chmod(0o600)
        env = {
            **self.env,
            "IDO_BACKUP_ENV_FILE": str(env_file),
            "IDO_BACKUP_DIR": str(self.dumps),
            "IDO_BACKUP_IDO_CENTRAL": str(self.program),
            "IDO_CENTRAL_DATA_DIR": str(self.folder / "data"),
        }
        env.pop("IDO_CENTRAL_DATABASE_URL", None)  # the file says it, as on a server
        return subprocess.run(
            ["bash", str(SCRIPTS / script), *args],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )

    def backup(self, database_url: str) -> Path:
        """Run backup.sh; return the dump it wrote."""
        done = self.run("backup.sh", database_url)
        assert done.returncode == 0, done.stderr
        (dump,) = self.dumps.glob("*.dump")
        assert not list(self.dumps.glob(".*.partial"))
        assert str(dump) in done.stdout
        return dump


@pytest.fixture
def fresh_database(central: CentralServer) -> Iterator[str]:
    """The URL of a database that does not exist yet, beside the server's (dropped after)."""
    name = f"ido_drill_{uuid.uuid4().hex[:12]}"
    url = sa.make_url(central.database_url)
    yield url.set(database=name).render_as_string(False)
    maintenance = sa.create_engine(url, isolation_level="AUTOCOMMIT", poolclass=sa.NullPool)
    try:
        drop_pg_database(maintenance, name)
    finally:
        maintenance.dispose()


@pytest.fixture
def restored(central: CentralServer) -> Iterator[list[CentralServer]]:
    """Holds the server started on the restored database, stopped after the test (first)."""
    servers: list[CentralServer] = []
    yield servers
    for server in servers:
        server.stop()
        server.engine.dispose()


def plan_and_book(desk: DeskHome, people: int) -> tuple[str, list[str]]:
    """Set up a Belastinghulp season from today, book *people* into a slot; return both ids."""
    planning = desk.app.planning
    today = desk.clock.now().date()
    season = planning.save_season("Belastinghulp", today, today + timedelta(days=13))
    partner = planning.save_partner("Humanitas")
    helper = planning.save_helper("Henk", partner.id, ["aangifte"])
    weekday = (today + timedelta(days=1)).isoweekday()
    template = TemplateInput(helper.id, weekday, time(10, 0), time(11, 0), 60, capacity=4)
    planning.save_template(season.id, template)
    assert planning.generate(season.id) >= 1
    slot = min(planning.grid(season.id).cells.values(), key=lambda s: (s.day, s.starts))
    booked = [planning.book(slot.id, citizen(f"Burger {n}")).id for n in range(people)]
    desk.remember()
    return slot.id, booked


def citizen(name: str) -> BookingInput:
    """A booking as a clerk types it."""
    return BookingInput(name=name, phone="0612345678", purpose=("aangifte",))


def server_bookings(server: CentralServer) -> dict[str, str]:
    """Every booking the server holds: id -> status."""
    with server.engine.connect() as conn:
        rows = conn.execute(sa.text("SELECT id, status FROM plan_booking")).all()
    return {r.id: r.status for r in rows}


def figures(desk: DeskHome) -> tuple[int, int]:
    """The branch's visits and questions this year, as the desk's Overzicht reads them."""
    got = fetch(desk.app, period("year", desk.clock.now().date()), tokens=desk.tokens)
    return got.visits, got.questions


def test_the_restore_drill_gets_back_everything_the_dump_lacked(
    central: CentralServer,
    make_desk: Callable[..., DeskHome],
    converged: Callable[..., None],
    fresh_database: str,
    restored: list[CentralServer],
    tmp_path: Path,
) -> None:
    drill = Drill(tmp_path / "drill", dict(central.env))
    a, b = make_desk("Balie"), make_desk("Balie")
    for desk in (a, b):
        desk.enroll(central, central.url)
    first = a.record(visits=2, questions=2)
    b.record(visits=1, count=4)  # a tally of four
    for desk in (a, b):
        desk.drain()

    dump = drill.backup(central.database_url)

    # After the dump: more of everything, a new token for A, a new desk C.
    before_rotation = a.token()
    assert a.client.rotate_token().token_rotated
    later = a.record(visits=2)
    record = a.app.registration
    record.void(a.desk.desk_id, later[0], "dubbel")  # a visit the dump lacks, voided
    record.void(a.desk.desk_id, first[1], "dubbel")  # one it holds, voided after it
    record.correct(a.desk.desk_id, first[0], make_visit_input(make_question(), make_question()))
    a.remember()
    slot, booked = plan_and_book(a, people=3)
    a.app.planning.cancel(booked[2], "afgezegd")
    a.remember()
    b.record(visits=3)
    b.void(1)
    c = make_desk("Balie")
    c.enroll(central, central.url)
    c.record(visits=2, count=3)
    c.record(visits=1)
    for desk in (a, b, c):
        desk.drain()
    b.sync()  # B pulls A's planning, then books into the same slot
    booked.append(b.app.planning.book(slot, citizen("Burger B")).id)
    b.remember()
    b.drain()
    converged(central, [a, b, c])
    before = central.active()
    bookings_before = server_bookings(central)
    assert set(bookings_before) == set(booked)

    # The server goes; the older dump comes back into a new database; the server starts on it.
    central.stop()
    done = drill.run("restore.sh", fresh_database, str(dump))
    assert done.returncode == 0, done.stderr
    again = drill.run("restore.sh", fresh_database, str(dump))
    assert again.returncode == 2 and "not empty" in again.stderr  # never over data
    server = type(central)(fresh_database, tmp_path / "restored")
    server.port, server.url = central.port, central.url  # the address the desks know
    restored.append(server)
    server.start()
    assert server.active() != before  # the dump lacks what came after it

    # B: known to the dump. The feed's new epoch tells it; it sends what the dump lacks,
    # but its booking waits (deferred) until A has sent the slot again.
    result = b.sync()
    assert result.ok and result.requeued == 5 and result.deferred == 1, result
    # A: its token was renewed after the dump. The restored server refuses it and takes the
    # one before, which A kept: it goes on as the same device and sends what the dump lacks.
    result = a.sync()
    assert result.ok and result.requeued > 0 and result.rejected == 0, result
    assert a.token() == before_rotation and len(a.device_ids) == 1
    # C, enrolled after the dump, is unknown: told to re-enroll, then sends everything again.
    stopped = c.sync()
    assert not stopped.ok and stopped.paused_reason == PAUSED_REENROLL
    assert stopped.error == Message("sync.reenroll")
    assert c.states().get("pending", set()) == set()  # nothing waits: all was acked
    c.enroll(server, server.url)
    for desk in (a, b, c):
        desk.drain()

    converged(server, [a, b, c])
    assert server.active() == before
    assert server_bookings(server) == bookings_before
    server.cli("figures-refresh")
    visits, questions = before
    for desk in (a, b, c):
        assert figures(desk) == (visits, questions)

    # A day later the daily check finds nothing more to send, and nothing is counted twice.
    stored = server.applied_ops()
    for desk in (a, b, c):
        desk.clock.offset += timedelta(days=1)
        next_day = desk.sync()
        assert next_day.ok and next_day.requeued == 0 and next_day.pushed == 0, next_day
    assert server.applied_ops() == stored and server.active() == before
