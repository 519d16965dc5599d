"""Shared pieces of the fault-injection suite: a real central server process, desks, invariants.

Every scenario runs the central endpoint as its own process on loopback (SQLite by default,
PostgreSQL for the parametrised ones, from ``$KIOSK_TEST_POSTGRES_URL``), puts the
:class:`~fault_proxy.FaultProxy` in front of it, and drives real desk databases through the
real :class:`~sync.client.SyncClient` (in-process, or ``python -m ui sync --once`` as a
subprocess where a kill is part of the scenario). Each scenario ends with
:func:`assert_converged`: nothing lost, nothing counted twice, nothing stuck in flight.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
import sqlalchemy as sa
from keyring.backends import fail

from kiosk.app import Kiosk
from kiosk.locations import demo_location
from kiosk.paths import app_paths
from sync.central import auth, branches, organisations
from sync.central.db import Database as CentralDatabase
from sync.client import SyncClient
from sync.credentials import TokenStore
from sync.result import SyncResult
from tests.conftest import drop_pg_database, make_visit_input

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fault_proxy import FaultProxy

ROOT = Path(__file__).resolve().parents[3]
HERE = Path(__file__).resolve().parent
BRANCH = "br-faults"
PG_ENV = "KIOSK_TEST_POSTGRES_URL"
INGEST_WORKERS = 2  # on PostgreSQL the server stores batches in worker processes, as serve does
START_TIMEOUT = 90.0  # a loaded 2-core machine starting two servers and their workers
# Generous throttles: the scenarios inject 429/503 themselves, through the proxy.
SERVER_SETTINGS: dict[str, Any] = {
    "rate_per_second": 1000.0,
    "rate_burst": 1000,
    "enroll_rate_per_second": 1000.0,
    "enroll_burst": 1000,
    "overloaded_retry_after": [1, 1],
    "db_pool_size": 4,
}
TERMINAL = ("acked", "rejected", "conflicted", "quarantined")


def free_port() -> int:
    """Return a TCP port that is free on loopback right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def child_env(**extra: str) -> dict[str, str]:
    """Return the environment for server and desk subprocesses (no proxies, file tokens)."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k.lower() not in ("http_proxy", "https_proxy", "all_proxy")
    }
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])
    env["NO_PROXY"] = env["no_proxy"] = "127.0.0.1,localhost"
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    env.update(extra)
    return env


def wait_for(condition: Callable[[], bool], timeout: float = 30.0, what: str = "") -> None:
    """Poll *condition* every 20 ms until it holds; fail after *timeout* seconds."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what or condition}")
        time.sleep(0.02)


# -- databases ------------------------------------------------------------------------------


def require_pg() -> str:
    """Return the PostgreSQL URL; skip without one, fail without one when ``CI=true``."""
    url = os.environ.get(PG_ENV) or None
    if url is None:
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI=true but ${PG_ENV} is not set: source .ci/postgres.sh first")
        pytest.skip(f"${PG_ENV} not set (source .ci/postgres.sh to run the PostgreSQL variant)")
    return url


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    """The server's database backend: ``sqlite`` unless a test parametrises it (indirect)."""
    return str(getattr(request, "param", "sqlite"))


@pytest.fixture
def central_db_url(backend: str, tmp_path: Path) -> Iterator[str]:
    """A fresh, migrated central database on *backend* for this test."""
    if backend == "sqlite":
        url = f"sqlite:///{tmp_path / 'central.sqlite3'}"
        CentralDatabase(url, pool_size=1).close()
        yield url
        return
    base = require_pg()
    name = f"ido_faults_{uuid.uuid4().hex[:12]}"
    maintenance = sa.create_engine(base, isolation_level="AUTOCOMMIT", poolclass=sa.NullPool)
    with maintenance.connect() as conn:
        conn.exec_driver_sql(f"CREATE DATABASE {name}")
    url = sa.make_url(base).set(database=name).render_as_string(False)
    try:
        CentralDatabase(url, pool_size=1).close()
        yield url
    finally:
        drop_pg_database(maintenance, name)
        maintenance.dispose()


# -- the central server process ---------------------------------------------------------------


class CentralServer:
    """A central endpoint process on a fixed loopback port, its CLI and its database."""

    def __init__(self, database_url: str, folder: Path) -> None:
        """Serve *database_url* (data folder *folder*) on a free port once started."""
        self.database_url = database_url
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = folder / "central.log"
        self.process: subprocess.Popen[bytes] | None = None
        self.engine = sa.create_engine(database_url, poolclass=sa.NullPool)
        self.env = child_env()

    # process control

    def start(self, *, ingest_workers: int = INGEST_WORKERS, **overrides: Any) -> None:
        """Start the server with :data:`SERVER_SETTINGS` plus *overrides*; wait until it answers.

        On PostgreSQL it stores batches in *ingest_workers* worker processes.
        """
        assert self.process is None or self.process.poll() is not None, "already running"
        settings = json.dumps({**SERVER_SETTINGS, **overrides})
        command = [
            sys.executable,
            str(HERE / "central_server.py"),
            "--database-url",
            self.database_url,
            "--data-dir",
            str(self.folder),
            "--port",
            str(self.port),
            "--settings",
            settings,
        ]
        if self.database_url.startswith("postgresql"):
            command += ["--ingest-workers", str(ingest_workers)]
        with self.log.open("ab") as out:
            self.process = subprocess.Popen(
                command, cwd=ROOT, env=self.env, stdout=out, stderr=subprocess.STDOUT
            )
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise AssertionError(f"server exited:\n{self.log.read_text()}")
            try:
                httpx.get(f"{self.url}/v1/config", timeout=1)  # any answer: it listens
                return
            except httpx.TransportError:
                time.sleep(0.05)
        raise AssertionError(f"server did not start:\n{self.log.read_text()}")

    def kill(self) -> None:
        """SIGKILL the server (no shutdown, no rollback courtesy) and reap it."""
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(timeout=10)

    def stop(self) -> None:
        """Stop the server politely (SIGTERM), killing it if it hangs."""
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.kill()

    def restart(self, **overrides: Any) -> None:
        """Stop (politely) and start again on the same port and database."""
        self.stop()
        self.start(**overrides)

    # administration

    def cli(self, *args: str) -> str:
        """Run ``ido-central --database-url URL ARGS`` and return its output (exit code 0)."""
        command = [sys.executable, "-m", "sync.central.cli", "--database-url", self.database_url]
        command += ["--data-dir", str(self.folder), *args]
        done = subprocess.run(
            command, cwd=ROOT, env=self.env, capture_output=True, text=True, timeout=60
        )
        assert done.returncode == 0, done.stderr
        return done.stdout

    def add_branch(self, branch_id: str = BRANCH) -> None:
        """Register a branch (directly in the database: quicker than the CLI)."""
        values = {
            "id": branch_id,
            "name": f"Vestiging {branch_id}",
            "organisation": "bibliotheek-proefstad",
            "municipality": "GM0344",  # Utrecht
        }
        now = datetime.now(UTC)
        with self.engine.begin() as conn:
            if organisations.find(conn, values["organisation"]) is None:
                organisations.add_organisation(
                    conn, values["organisation"], "Bibliotheek Proefstad", now
                )
            branches.add_branch(conn, values, now)

    def code(self, branch_id: str = BRANCH) -> str:
        """Return a fresh single-use enrollment code for *branch_id*."""
        with self.engine.begin() as conn:
            code, _ = auth.create_enrollment_code(
                conn, branch_id, datetime.now(UTC), timedelta(minutes=15)
            )
        return code

    def stats(self) -> dict[str, Any]:
        """Return ``ido-central stats --json`` (the CLI, as an administrator would run it)."""
        return json.loads(self.cli("stats", "--json"))

    def branch_stats(self, branch_id: str = BRANCH) -> dict[str, Any]:
        """Return one branch's entry of :meth:`stats`."""
        return next(b for b in self.stats()["branches"] if b["branch_id"] == branch_id)

    # direct reads

    def applied_ops(self) -> dict[str, tuple[str, str]]:
        """Return every stored op: op_id -> (status, device_id)."""
        with self.engine.connect() as conn:
            rows = conn.execute(sa.text("SELECT op_id, status, device_id FROM applied_op")).all()
        return {r.op_id: (r.status, r.device_id) for r in rows}

    def active(self, device_ids: list[str] | None = None) -> tuple[int, int]:
        """Return the active (not voided, not superseded) visits and their questions."""
        where = "v.voided_at IS NULL AND v.superseded_by IS NULL"
        params: dict[str, Any] = {}
        if device_ids is not None:
            where += " AND v.device_id IN :devices"
            params["devices"] = list(device_ids)
        visits = sa.text(f"SELECT count(*) FROM visit v WHERE {where}")
        questions = sa.text(
            f"SELECT count(*) FROM question q JOIN visit v ON q.visit_id = v.visit_id WHERE {where}"
        )
        if device_ids is not None:
            visits = visits.bindparams(sa.bindparam("devices", expanding=True))
            questions = questions.bindparams(sa.bindparam("devices", expanding=True))
        with self.engine.connect() as conn:
            return (
                int(conn.execute(visits, params).scalar_one()),
                int(conn.execute(questions, params).scalar_one()),
            )

    def broken_links(self) -> dict[str, int]:
        """Count stored rows whose link ingestion guarantees (no foreign keys) is broken.

        Migrations 0003 and 0004 replaced these six foreign keys with ingestion's own
        guarantees; an empty answer is what those guarantees promise.
        """
        checks = {
            "applied_op without device": "SELECT count(*) FROM applied_op a"
            " WHERE NOT EXISTS (SELECT 1 FROM device d WHERE d.id = a.device_id)",
            "visit without its accepted op": "SELECT count(*) FROM visit v WHERE NOT EXISTS"
            " (SELECT 1 FROM applied_op a WHERE a.op_id = v.op_id AND a.status = 'accepted'"
            " AND a.device_id = v.device_id)",
            "visit without device or branch": "SELECT count(*) FROM visit v"
            " WHERE NOT EXISTS (SELECT 1 FROM device d"
            " WHERE d.id = v.device_id AND d.branch_id = v.branch_id)",
            "correction of no visit": "SELECT count(*) FROM visit v WHERE v.corrects IS NOT NULL"
            " AND NOT EXISTS (SELECT 1 FROM visit t WHERE t.visit_id = v.corrects)",
            "question without visit": "SELECT count(*) FROM question q"
            " WHERE NOT EXISTS (SELECT 1 FROM visit v WHERE v.visit_id = q.visit_id)",
        }
        with self.engine.connect() as conn:
            counts = {
                name: int(conn.execute(sa.text(sql)).scalar_one()) for name, sql in checks.items()
            }
        return {name: count for name, count in counts.items() if count}

    def scalar(self, sql: str, **params: Any) -> Any:
        """Run one scalar query on the server's database."""
        with self.engine.connect() as conn:
            return conn.execute(sa.text(sql), params).scalar()

    def ack_state(self, token: str) -> dict[str, Any]:
        """Ask the server (directly, not through the proxy) what it holds of a device."""
        response = httpx.get(
            f"{self.url}/v1/devices/me/ack-state",
            headers={"Authorization": f"Bearer {token}"},
            timeout=10,
        )
        assert response.status_code == 200, response.text
        return dict(response.json())


@pytest.fixture
def central(central_db_url: str, tmp_path: Path) -> Iterator[CentralServer]:
    """A running central server with branch :data:`BRANCH`, on this test's backend."""
    server = CentralServer(central_db_url, tmp_path / "central")
    server.add_branch()
    server.start()
    yield server
    server.stop()
    server.engine.dispose()


@pytest.fixture
def proxy(central: CentralServer) -> Iterator[FaultProxy]:
    """The fault proxy in front of :func:`central` (everything passes until scripted)."""
    front = FaultProxy(central.port).start()
    yield front
    front.stop()


# -- desks ------------------------------------------------------------------------------------


class ShiftClock:
    """The real clock moved by :attr:`offset` (a desk with a wrong clock, or a test's jump)."""

    def __init__(self, offset: timedelta = timedelta(0)) -> None:
        """Start *offset* away from the real time."""
        self.offset = offset

    def now(self) -> datetime:
        """Return the shifted local time (aware)."""
        return datetime.now().astimezone() + self.offset


class DeskHome:
    """One desk's data directory: the kiosk app, its sync client, and what it recorded."""

    def __init__(self, home: Path, name: str = "Balie", clock: ShiftClock | None = None) -> None:
        """Open (and set up) a desk database in *home*."""
        self.home = home
        self.name = name
        self.clock = clock or ShiftClock()
        self.paths = app_paths(home)
        self.app = Kiosk.open(self.paths, now=self.clock.now)
        found = self.app.locations.current()
        self.desk = found or self.app.locations.create(demo_location())
        self.tokens = TokenStore(self.paths.config_dir, backend=fail.Keyring())
        self.client = self.new_client()
        self.device_ids: list[str] = []
        self.known_ops: set[str] = set()
        self._last_seq = 0

    def new_client(self) -> SyncClient:
        """Return a fresh sync client on this desk (as after an app restart)."""
        return SyncClient.for_kiosk(self.app, tokens=self.tokens, now=self.clock.now)

    def restart_client(self) -> None:
        """Drop the client (its cached config, its connections) and make a new one."""
        self.client.close()
        self.client = self.new_client()

    def close(self) -> None:
        """Close the client and the database."""
        self.client.close()
        self.app.close()

    # writes

    def enroll(self, central: CentralServer, url: str, branch_id: str = BRANCH) -> str:
        """Enroll through *url* with a fresh code of *branch_id*; return the device id."""
        result = self.client.enroll(url, central.code(branch_id), self.name)
        self.device_ids.append(result.device_id)
        return result.device_id

    def record(self, visits: int = 1, count: int = 1, questions: int = 1) -> list[str]:
        """Record *visits* entries of *count* identical visits each; return the visit ids."""
        from tests.conftest import make_question

        qs = tuple(make_question() for _ in range(questions))
        ids: list[str] = []
        for _ in range(visits):
            saved = self.app.registration.record(
                self.desk.desk_id, make_visit_input(*qs, count=count)
            )
            ids.extend(saved.visit_ids)
        self.remember()
        return ids

    def answer_survey(self, responses: int = 1) -> None:
        """Store *responses* visitors' survey answers of yesterday (each a different first answer).

        The desk writes their ops at its next sync run (``kiosk.survey.release``).
        """
        survey = self.app.survey.current()
        first, *rest = survey.questions
        self.clock.offset -= timedelta(days=1)  # answered yesterday: the clock has moved a day
        try:
            for n in range(responses):
                answers = {q.code: None for q in rest}
                answers[first.code] = first.choices[n % len(first.choices)].code
                self.app.survey.record(survey.version, "nl", answers)
        finally:
            self.clock.offset += timedelta(days=1)

    def void(self, how_many: int, reason: str = "dubbel") -> int:
        """Void up to *how_many* of the newest active visits; return how many were voided."""
        with self._sql() as conn:
            ids = [
                r[0]
                for r in conn.execute(
                    "SELECT id FROM visit v WHERE NOT EXISTS "
                    "(SELECT 1 FROM visit_void w WHERE w.visit_id = v.id) AND NOT EXISTS "
                    "(SELECT 1 FROM visit c WHERE c.corrects_id = v.id) "
                    "ORDER BY rowid DESC LIMIT ?",
                    (how_many,),
                )
            ]
        for visit_id in ids:
            self.app.registration.void(self.desk.desk_id, visit_id, reason)
        self.remember()
        return len(ids)

    def remember(self) -> None:
        """Note the op ids written since the last call (to prove none is ever deleted)."""
        with self._sql() as conn:
            rows = conn.execute(
                "SELECT local_seq, op_id FROM outbox WHERE local_seq > ? ORDER BY local_seq",
                (self._last_seq,),
            ).fetchall()
        if rows:
            self._last_seq = rows[-1][0]
            self.known_ops.update(r[1] for r in rows)

    def _sql(self) -> Any:
        """Return a plain sqlite3 connection to the desk database (a context manager)."""
        import sqlite3

        return _Closing(sqlite3.connect(self.paths.database, timeout=10))

    def execute(self, sql: str, params: tuple[Any, ...] = ()) -> list[Any]:
        """Run SQL on the desk database directly (committed); return the rows."""
        with self._sql() as conn:
            rows = conn.execute(sql, params).fetchall()
            conn.commit()
        return rows

    # syncing

    def sync(self, *, force: bool = True) -> SyncResult:
        """One sync run."""
        return self.client.sync_once(force=force)

    def drain(self, rounds: int = 30) -> SyncResult:
        """Sync until nothing waits (faults off); Retry-After waits of up to 5 s are slept.

        Ops the server deferred (e.g. a void whose visit another run was sending at the same
        moment) wait a minute before they are offered again: the drain lets that minute pass
        by making them due at once.
        """
        result = self.sync()
        for _ in range(rounds):
            if result.ok and result.pending_left == 0:
                return result
            if result.skipped and result.next_attempt_at is not None:
                wait = (result.next_attempt_at - self.clock.now()).total_seconds()
                assert wait <= 5, f"drain would wait {wait:.0f} s: {result}"
                time.sleep(max(wait, 0) + 0.05)
            elif result.ok and result.pending_left and not result.pushed:
                self.execute(
                    "UPDATE outbox SET next_attempt_at = NULL "
                    "WHERE state = 'pending' AND next_attempt_at IS NOT NULL"
                )
            result = self.sync()
        raise AssertionError(f"{self.name} did not drain: {result} {self.client.store.counts()}")

    def sync_process(self, *args: str) -> subprocess.Popen[bytes]:
        """Start ``python -m ui sync --once`` on this desk's data directory."""
        log = (self.home / "sync-cli.log").open("ab")
        return subprocess.Popen(
            [sys.executable, "-m", "ui", "sync", "--once", *args],
            cwd=ROOT,
            env=child_env(KIOSK_HOME=str(self.home)),
            stdout=log,
            stderr=subprocess.STDOUT,
        )

    # what the desk holds

    def states(self) -> dict[str, set[str]]:
        """Return the outbox op ids per state."""
        found: dict[str, set[str]] = {}
        for op_id, state in self.execute("SELECT op_id, state FROM outbox"):
            found.setdefault(state, set()).add(op_id)
        return found

    def expected_active(self, *, acked_only: bool = True) -> tuple[int, int]:
        """Return the active visits and questions the server should hold for this desk.

        With *acked_only*, a visit counts when its op is acked, and a void or correction only
        when its own op is acked (what reached the server); else everything the desk shows.
        """

        def reached(alias: str) -> str:
            if not acked_only:
                return ""
            return (
                " AND EXISTS (SELECT 1 FROM outbox o "
                f"WHERE o.op_id = {alias}.op_id AND o.state = 'acked')"
            )

        sql = (
            "SELECT count(*), coalesce(sum((SELECT count(*) FROM question q "
            f"WHERE q.visit_id = v.id)), 0) FROM visit v WHERE 1 = 1{reached('v')} "
            "AND NOT EXISTS (SELECT 1 FROM visit_void w "
            f"WHERE w.visit_id = v.id{reached('w')}) "
            "AND NOT EXISTS (SELECT 1 FROM visit c "
            f"WHERE c.corrects_id = v.id{reached('c')})"
        )
        [(visits, questions)] = self.execute(sql)
        return int(visits), int(questions)

    def token(self) -> str:
        """Return the current device token."""
        found = self.tokens.load(self.device_ids[-1])
        assert found is not None
        return found


class _Closing:
    """Close a sqlite3 connection at the end of a with-block."""

    def __init__(self, conn: Any) -> None:
        self.conn = conn

    def __enter__(self) -> Any:
        return self.conn

    def __exit__(self, *exc: object) -> None:
        self.conn.close()


@pytest.fixture
def make_desk(tmp_path: Path) -> Iterator[Callable[..., DeskHome]]:
    """Open desks in their own folders under tmp_path; closed after the test."""
    desks: list[DeskHome] = []

    def make(name: str = "Balie", offset: timedelta = timedelta(0)) -> DeskHome:
        home = tmp_path / f"desk-{len(desks)}"
        desk = DeskHome(home, f"{name} {len(desks) + 1}", ShiftClock(offset))
        desks.append(desk)
        return desk

    yield make
    for desk in desks:
        desk.close()


# -- the invariants ---------------------------------------------------------------------------


def assert_converged(
    central: CentralServer,
    desks: list[DeskHome],
    *,
    branch_id: str | None = BRANCH,
    all_stored: bool = True,
) -> None:
    """Nothing lost, nothing counted twice, nothing stuck in flight (for *desks* on *central*).

    - every desk op still in the outbox (none deleted) and in a final state (none pending or
      inflight);
    - the server's accepted ops are exactly the desks' acked ops (nothing lost, nothing extra);
      rejected and quarantined ops are not among them;
    - per desk, the server's accepted ops of its devices equal its acked count, and the
      ack-state of its current device agrees with the database;
    - the server's active visits and questions per desk equal what the desk's acked ops say;
      with *all_stored* every op is acked and that is what the desk shows;
    - no visit is stored twice, and no stored row breaks a link that ingestion guarantees
      instead of a foreign key (:meth:`CentralServer.broken_links`);
    - with *branch_id*, ``ido-central stats --json`` for the branch equals the desks' sum.
    """
    stored = central.applied_ops()
    accepted = {op for op, (status, _) in stored.items() if status == "accepted"}
    all_acked: set[str] = set()
    sums = [0, 0]
    for desk in desks:
        desk.remember()
        states = desk.states()
        present = set().union(*states.values()) if states else set()
        missing = desk.known_ops - present
        assert not missing, f"{desk.name}: {len(missing)} ops deleted from the outbox"
        stuck = {s: len(states.get(s, ())) for s in ("pending", "inflight")}
        assert stuck == {"pending": 0, "inflight": 0}, f"{desk.name}: stuck ops {stuck}"
        assert set(states) <= set(TERMINAL), states.keys()
        acked = states.get("acked", set())
        if all_stored:
            assert acked == present, {s: len(v) for s, v in states.items()}
        for state in ("rejected", "quarantined"):
            assert not states.get(state, set()) & accepted, f"{state} ops stored as accepted"
        assert not acked & all_acked, "two desks acked the same op id"
        all_acked |= acked
        mine = {op for op in accepted if stored[op][1] in desk.device_ids}
        assert mine == acked, (
            f"{desk.name}: server holds {len(mine)} accepted ops, desk acked {len(acked)} "
            f"(lost {len(acked - mine)}, unexpected {len(mine - acked)})"
        )
        current = desk.device_ids[-1]
        ack = central.ack_state(desk.token())
        on_current = sum(1 for s, d in stored.values() if d == current and s == "accepted")
        assert ack["by_status"].get("accepted", 0) == on_current
        assert ack["ops_stored"] == sum(1 for _, d in stored.values() if d == current)
        expected = desk.expected_active()
        if all_stored:
            assert expected == desk.expected_active(acked_only=False)
        assert central.active(desk.device_ids) == expected, desk.name
        sums[0] += expected[0]
        sums[1] += expected[1]
    assert accepted == all_acked, (
        f"server accepted {len(accepted)}, desks acked {len(all_acked)} "
        f"(lost {len(all_acked - accepted)}, unexpected {len(accepted - all_acked)})"
    )
    duplicates = central.scalar(
        "SELECT count(*) FROM (SELECT op_id FROM visit GROUP BY op_id HAVING count(*) > 1) d"
    )
    assert duplicates == 0
    # Visitors' survey answers: one stored response per acked op, each once.
    answered = sum(
        desk.execute(
            "SELECT count(*) FROM outbox WHERE kind = 'survey.answered' AND state = 'acked'"
        )[0][0]
        for desk in desks
    )
    assert central.scalar("SELECT count(*) FROM survey_response") == answered
    for desk in desks:  # each response of an earlier day released once, with one op
        today = desk.clock.now().date().isoformat()
        [(held, released, ops)] = desk.execute(
            "SELECT (SELECT count(*) FROM survey_response WHERE released_on IS NULL "
            "AND day < ?), (SELECT count(*) FROM survey_response WHERE released_on IS NOT "
            "NULL), (SELECT count(*) FROM outbox WHERE kind = 'survey.answered')",
            (today,),
        )
        assert (held, released) == (0, ops), desk.name
    assert central.broken_links() == {}
    if branch_id is not None:
        entry = next(b for b in central.stats()["branches"] if b["branch_id"] == branch_id)
        assert (entry["visits"], entry["questions"]) == tuple(sums), entry


@pytest.fixture
def converged() -> Callable[..., None]:
    """The invariant check, :func:`assert_converged`, for tests (they don't import conftest)."""
    return assert_converged


@pytest.fixture
def enrolled(
    central: CentralServer, proxy: FaultProxy, make_desk: Callable[..., DeskHome]
) -> DeskHome:
    """One desk, enrolled through the proxy."""
    desk = make_desk()
    desk.enroll(central, proxy.url)
    return desk
