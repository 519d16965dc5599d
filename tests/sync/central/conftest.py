"""Fixtures for the central endpoint: every test runs on SQLite and on PostgreSQL.

PostgreSQL comes from ``$KIOSK_TEST_POSTGRES_URL`` (``source .ci/postgres.sh`` starts one).
Without it the PostgreSQL variants are skipped, except when ``$CI`` is ``true``: then they
fail, so CI can never go green on SQLite alone. Each test gets a fresh database: a copy of a
migrated SQLite file, or a PostgreSQL database cloned from a migrated template and dropped
afterwards.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import uuid
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

with warnings.catch_warnings():
    # Starlette deprecates httpx in its TestClient; the lock file has no httpx2 yet.
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from kiosk.clock import to_utc_text
from kiosk.ids import new_id
from sync.central import branches, organisations
from sync.central.app import create_app
from sync.central.db import Database
from sync.central.settings import Settings
from sync.central.tables import metadata
from tests.conftest import drop_pg_database

PG_ENV = "KIOSK_TEST_POSTGRES_URL"
ADMIN_TOKEN = "admin-secret-for-tests"
START = datetime(2026, 11, 28, 16, 0, tzinfo=UTC)


def _pg_url() -> str | None:
    return os.environ.get(PG_ENV) or None


def _require_pg() -> str:
    url = _pg_url()
    if url is None:
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI=true but ${PG_ENV} is not set: source .ci/postgres.sh first")
        pytest.skip(f"${PG_ENV} not set (source .ci/postgres.sh to run the PostgreSQL variant)")
    return url


def _pg_admin_engine(url: str) -> sa.Engine:
    return sa.create_engine(url, isolation_level="AUTOCOMMIT", poolclass=sa.NullPool)


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("central-template") / "central.sqlite3"
    Database(f"sqlite:///{path}").close()
    return path


@pytest.fixture(scope="session")
def pg_template() -> Iterator[str]:
    """The name of a migrated database that every PostgreSQL test database is cloned from."""
    url = _require_pg()
    name = f"ido_tmpl_{uuid.uuid4().hex[:12]}"
    admin_engine = _pg_admin_engine(url)
    with admin_engine.connect() as conn:
        conn.exec_driver_sql(f"CREATE DATABASE {name}")
    Database(sa.make_url(url).set(database=name).render_as_string(False)).close()
    yield name
    drop_pg_database(admin_engine, name)
    admin_engine.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, migrated database for this test, on each backend."""
    if request.param == "sqlite":
        template: Path = request.getfixturevalue("sqlite_template")
        path = tmp_path / "central.sqlite3"
        shutil.copyfile(template, path)
        yield f"sqlite:///{path}"
        return
    url = _require_pg()
    template_name: str = request.getfixturevalue("pg_template")
    name = f"ido_test_{uuid.uuid4().hex[:12]}"
    admin_engine = _pg_admin_engine(url)
    with admin_engine.connect() as conn:
        conn.exec_driver_sql(f"CREATE DATABASE {name} TEMPLATE {template_name}")
    try:
        yield sa.make_url(url).set(database=name).render_as_string(False)
    finally:
        drop_pg_database(admin_engine, name)
        admin_engine.dispose()


@pytest.fixture
def backend(database_url: str) -> str:
    return sa.make_url(database_url).get_backend_name()


class ServerClock:
    """The server's clock in tests: stands still until moved."""

    def __init__(self, start: datetime = START) -> None:
        self.current = start

    def now(self) -> datetime:
        return self.current

    def advance(self, **parts: float) -> datetime:
        self.current += timedelta(**parts)
        return self.current


@pytest.fixture
def server_clock() -> ServerClock:
    return ServerClock()


@pytest.fixture
def settings(database_url: str, tmp_path: Path) -> Settings:
    # Generous rate limits: the tests that exercise them set their own.
    return Settings(
        database_url=database_url,
        data_dir=tmp_path / "central-data",
        admin_token=ADMIN_TOKEN,
        rate_per_second=1000.0,
        rate_burst=1000,
        enroll_rate_per_second=1000.0,
        enroll_burst=1000,
        overloaded_retry_after=(7, 7),
        db_pool_size=4,
    )


def sha(payload: dict[str, Any]) -> str:
    text = json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def visit_payload(visit_id: str, when: datetime, **changes: Any) -> dict[str, Any]:
    """A valid visit payload as ``kiosk.registration`` writes it (one rent-benefit question)."""
    question = {
        "question_id": new_id(),
        "position": 1,
        "kind": "digital_government",
        "organisation": "toeslagen",
        "topic": "toeslag_huur",
        "digid_followup": None,
        "help": ["informatie"],
        "referral": [],
        "note": None,
    }
    payload = {
        "visit_id": visit_id,
        "desk_id": "desk-1",
        "location_id": "location-1",
        "occurred_at": to_utc_text(when),
        "occurred_offset": 60,
        "recorded_at": to_utc_text(when),
        "recorded_offset": 60,
        "channel": "in_person",
        "duration": "5_15",
        "mode": "counter",
        "source": "live",
        "catalogue_version": 1,
        "corrects": None,
        "questions": [question],
    }
    payload.update(changes)
    return payload


@dataclass
class Desk:
    """An enrolled device that builds ops like the desk does and posts them."""

    client: TestClient
    clock: ServerClock
    device_id: str
    token: str
    branch_id: str
    device_clock_offset: timedelta = timedelta(0)
    local_seq: int = 0
    visits: list[str] = field(default_factory=list)

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}

    def device_now(self) -> datetime:
        return self.clock.now() + self.device_clock_offset

    def op(
        self, kind: str, payload: dict[str, Any], entity_id: str | None, **changes: Any
    ) -> dict[str, Any]:
        self.local_seq += 1
        op = {
            "op_id": new_id(),
            "local_seq": self.local_seq,
            "kind": kind,
            "schema": 1,
            "entity_id": entity_id,
            "base_version": None,
            "occurred_at_device": to_utc_text(self.device_now()),
            "payload": payload,
            "sha256": sha(payload),
        }
        op.update(changes)
        return op

    def rehash(self, op: dict[str, Any]) -> dict[str, Any]:
        """Fix an edited op's sha256 (the way a desk would have computed it)."""
        op["sha256"] = sha(op["payload"])
        return op

    def visit(self, **changes: Any) -> dict[str, Any]:
        visit_id = new_id()
        self.visits.append(visit_id)
        payload = visit_payload(visit_id, self.device_now(), **changes)
        return self.op("visit.recorded", payload, visit_id)

    def correction(self, original: str, **changes: Any) -> dict[str, Any]:
        visit_id = new_id()
        fields = {"source": "correction", "corrects": original, **changes}
        payload = visit_payload(visit_id, self.device_now(), **fields)
        return self.op("visit.corrected", payload, visit_id)

    def void(self, visit_id: str, reason: str = "dubbel") -> dict[str, Any]:
        payload = {
            "visit_id": visit_id,
            "reason": reason,
            "desk_id": "desk-1",
            "recorded_at": to_utc_text(self.device_now()),
            "recorded_offset": 60,
        }
        return self.op("visit.voided", payload, visit_id)

    def batch(self, ops: list[dict[str, Any]], batch_id: str | None = None) -> dict[str, Any]:
        return {
            "protocol": 1,
            "batch_id": batch_id or new_id(),
            "device_id": self.device_id,
            "sent_at_device": to_utc_text(self.device_now()),
            "ops": ops,
        }

    def post(self, body: Any, **kwargs: Any) -> Any:
        """Post a batch (a dict), raw bytes, or an iterator of byte chunks (streamed)."""
        headers = {**self.headers, "Content-Type": "application/json", **kwargs.pop("headers", {})}
        content = json.dumps(body).encode() if isinstance(body, dict) else body
        return self.client.post("/v1/batches", content=content, headers=headers, **kwargs)

    def send(self, ops: list[dict[str, Any]], **kwargs: Any) -> dict[str, Any]:
        response = self.post(self.batch(ops), **kwargs)
        assert response.status_code == 200, response.text
        return response.json()


class Central:
    """The app under test with shortcuts to its database."""

    def __init__(self, client: TestClient, clock: ServerClock) -> None:
        self.client = client
        self.clock = clock
        self.central = client.app.state.central  # type: ignore[attr-defined]
        self.db: Database = self.central.db

    def add_branch(self, branch_id: str = "b1") -> None:
        values = {
            "id": branch_id,
            "name": f"Vestiging {branch_id}",
            "organisation": "bibliotheek-midden-brabant",
            "municipality": "GM0855",  # Tilburg, Noord-Brabant
        }
        with self.db.write() as conn:
            if organisations.find(conn, values["organisation"]) is None:
                organisations.add_organisation(
                    conn, values["organisation"], "Bibliotheek Midden-Brabant", self.clock.now()
                )
            with contextlib.suppress(branches.BranchExistsError):  # a second app, same database
                branches.add_branch(conn, values, self.clock.now())

    def admin_headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {ADMIN_TOKEN}"}

    def code(self, branch_id: str = "b1") -> str:
        response = self.client.post(
            "/admin/enrollments", json={"branch": branch_id}, headers=self.admin_headers()
        )
        assert response.status_code == 201, response.text
        return str(response.json()["code"])

    def enroll(self, branch_id: str = "b1", name: str = "Balie 1", kind: str = "counter") -> Desk:
        body = {"code": self.code(branch_id), "device_name": name, "device_kind": kind}
        response = self.client.post("/v1/enroll", json=body)
        assert response.status_code == 201, response.text
        data = response.json()
        return Desk(self.client, self.clock, data["device_id"], data["token"], branch_id)

    def count(self, table: str, where: str = "") -> int:
        with self.db.read() as conn:
            return int(conn.execute(sa.text(f"SELECT count(*) FROM {table} {where}")).scalar_one())

    def rows(self, sql: str, **params: Any) -> list[Any]:
        with self.db.read() as conn:
            return list(conn.execute(sa.text(sql), params).all())

    def table(self, name: str) -> list[Any]:
        """Every row of a server table, typed (aware datetimes on both backends)."""
        with self.db.read() as conn:
            return list(conn.execute(sa.select(metadata.tables[name])).all())

    def stats(self) -> dict[str, Any]:
        response = self.client.get("/admin/stats", headers=self.admin_headers())
        assert response.status_code == 200, response.text
        return response.json()

    def branch_stats(self, branch_id: str = "b1") -> dict[str, Any]:
        return next(b for b in self.stats()["branches"] if b["branch_id"] == branch_id)


@pytest.fixture
def make_central(settings: Settings, server_clock: ServerClock) -> Iterator[Callable[..., Central]]:
    """Start the app with *settings* changed as given; closed after the test."""
    clients: list[TestClient] = []

    def start(**changes: Any) -> Central:
        limits = changes.pop("limits", None)
        chosen = Settings(**{**settings.__dict__, **changes})
        if limits:
            chosen = chosen.with_limits(**limits)
        client = TestClient(create_app(chosen, now=server_clock.now), raise_server_exceptions=False)
        client.__enter__()
        clients.append(client)
        central = Central(client, server_clock)
        central.add_branch("b1")
        return central

    yield start
    for client in clients:
        client.__exit__(None, None, None)


@pytest.fixture
def central(make_central: Callable[..., Central]) -> Central:
    return make_central()


@pytest.fixture
def desk(central: Central) -> Desk:
    return central.enroll()


@pytest.fixture
def desk_ops(server_clock: ServerClock) -> Callable[[str, int], dict[str, Any]]:
    """Build a batch of *n* new visits for *device_id*, without a client (for real servers)."""

    def build(device_id: str, n: int) -> dict[str, Any]:
        desk = Desk(None, server_clock, device_id, "", "")  # type: ignore[arg-type]
        return desk.batch([desk.visit() for _ in range(n)])

    return build
