"""``serve --ingest-workers``: batches stored by worker processes, on a real PostgreSQL server.

The server runs as it does in production (``python -m sync.central.cli serve``), with two
ingestion processes; the tests post real batches over loopback and read the database back.
"""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import psutil
import pytest
import sqlalchemy as sa

from tests.sync.central.conftest import Desk, ServerClock
from tests.sync.central.test_central_cli_server import ADMIN, ROOT, add_branch, cli_env, free_port

PG_ONLY = pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
WORKERS = 2


class Served:
    """A running ``serve`` process with its ingestion workers."""

    def __init__(self, database_url: str, folder: Path) -> None:
        add_branch(database_url)
        self.database_url = database_url
        self.log = folder / "server.log"
        port = free_port()
        with self.log.open("w") as out:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "sync.central.cli", "serve", "--port", str(port),
                 "--database-url", database_url, "--log-level", "warning",
                 "--ingest-workers", str(WORKERS), "--rate-per-second", "1000",
                 "--rate-burst", "1000"],
                cwd=ROOT, env=cli_env(), stdout=out, stderr=subprocess.STDOUT,
            )  # fmt: skip
        self.base = f"http://127.0.0.1:{port}"
        self.http = httpx.Client(base_url=self.base, timeout=30)
        deadline = time.monotonic() + 60
        while True:
            try:
                if self.http.get("/openapi.json", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert self.process.poll() is None, self.log.read_text()
            assert time.monotonic() < deadline, "server did not start"
            time.sleep(0.1)

    def workers(self) -> list[psutil.Process]:
        """The ingestion worker processes (children of the server running ``spawn_main``)."""
        children = psutil.Process(self.process.pid).children(recursive=True)
        return [c for c in children if "--multiprocessing-fork" in " ".join(c.cmdline())]

    def enroll(self, clock: ServerClock, name: str = "Balie") -> Desk:
        admin = {"Authorization": f"Bearer {ADMIN}"}
        code = self.http.post("/admin/enrollments", json={"branch": "b1"}, headers=admin)
        enrolled = self.http.post(
            "/v1/enroll",
            json={"code": code.json()["code"], "device_name": name, "device_kind": "counter"},
        ).json()
        return Desk(None, clock, enrolled["device_id"], enrolled["token"], "b1")  # type: ignore[arg-type]

    def post(self, desk: Desk, body: dict[str, Any] | bytes) -> httpx.Response:
        content = body if isinstance(body, bytes) else json.dumps(body).encode()
        headers = {**desk.headers, "Content-Type": "application/json"}
        return self.http.post("/v1/batches", content=content, headers=headers)

    def count(self, sql: str, **params: Any) -> int:
        engine = sa.create_engine(self.database_url, poolclass=sa.NullPool)
        try:
            with engine.connect() as conn:
                return int(conn.execute(sa.text(sql), params).scalar_one())
        finally:
            engine.dispose()

    def stop(self) -> None:
        self.http.close()
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(10)


@pytest.fixture
def served(database_url: str, tmp_path: Path) -> Iterator[Served]:
    server = Served(database_url, tmp_path)
    yield server
    server.stop()


def at_once(*calls: Callable[[], httpx.Response]) -> list[httpx.Response]:
    with ThreadPoolExecutor(max_workers=len(calls)) as pool:
        return list(pool.map(lambda call: call(), calls))


@PG_ONLY
def test_workers_store_the_batches_of_several_desks_at_once(served, server_clock):
    assert len(served.workers()) == WORKERS
    assert (
        served.http.get("/v1/config", headers=served.enroll(server_clock).headers).json()["limits"][
            "max_inflight"
        ]
        == 2
    )
    desks = [served.enroll(server_clock, f"Balie {n}") for n in range(3)]
    # The first desk has two batches in flight, as a desk draining a backlog does.
    first = desks[0].batch([desks[0].visit() for _ in range(40)])
    second = desks[0].batch([desks[0].visit() for _ in range(40)])
    others = [d.batch([d.visit() for _ in range(25)]) for d in desks[1:]]

    answers = at_once(
        lambda: served.post(desks[0], first),
        lambda: served.post(desks[0], second),
        *[lambda d=d, b=b: served.post(d, b) for d, b in zip(desks[1:], others, strict=True)],
    )

    for answer in answers:
        assert answer.status_code == 200, answer.text
        assert {r["status"] for r in answer.json()["results"]} == {"accepted"}
    assert served.count("SELECT count(*) FROM visit") == 80 + 2 * 25
    assert served.count("SELECT count(*) FROM applied_op") == 80 + 2 * 25
    # Stored one after the other: the device's watermark covers both batches.
    assert (
        served.count(
            "SELECT max_contiguous_local_seq FROM device WHERE id = :d", d=desks[0].device_id
        )
        == 80
    )
    server_seqs = [r["server_seq"] for a in answers for r in a.json()["results"]]
    assert len(set(server_seqs)) == len(server_seqs)


@PG_ONLY
def test_the_same_batch_twice_at_once_is_stored_once(served, server_clock):
    desk = served.enroll(server_clock)
    body = json.dumps(desk.batch([desk.visit() for _ in range(200)])).encode()

    answers = at_once(lambda: served.post(desk, body), lambda: served.post(desk, body))

    statuses = sorted(a.status_code for a in answers)
    assert statuses in ([200, 200], [200, 409]), [a.text for a in answers]
    stored = [a.json() for a in answers if a.status_code == 200]
    assert all(s == stored[0] for s in stored)  # a replay gets the answer stored first
    assert served.count("SELECT count(*) FROM applied_op") == 200
    assert served.count("SELECT count(*) FROM batch") == 1


@PG_ONLY
def test_what_a_worker_refuses_arrives_as_problem_details(served, server_clock):
    desk, other = served.enroll(server_clock), served.enroll(server_clock, "Balie 2")

    not_json = served.post(desk, b'{"protocol": 1, "ops": [')
    assert not_json.status_code == 400
    assert not_json.headers["content-type"] == "application/problem+json"
    assert not_json.json()["code"] == "bad_request"

    elsewhere = served.post(desk, other.batch([other.visit()]))
    assert elsewhere.status_code == 403 and elsewhere.json()["code"] == "device_mismatch"

    body = desk.batch([desk.visit()])
    body["ops"][0]["sha256"] = "0" * 64
    refused = served.post(desk, body)
    assert refused.status_code == 200
    assert refused.json()["results"][0]["code"] == "payload_hash_mismatch"
    assert served.count("SELECT count(*) FROM visit") == 0


@PG_ONLY
def test_a_killed_worker_costs_at_most_one_answer(served, server_clock):
    desk = served.enroll(server_clock)
    victim = served.workers()[0]
    victim.send_signal(signal.SIGKILL)
    victim.wait(10)

    statuses = []
    for _ in range(4):
        answer = served.post(desk, desk.batch([desk.visit() for _ in range(10)]))
        statuses.append(answer.status_code)
        if answer.status_code != 200:
            assert answer.status_code == 500 and answer.json()["code"] == "internal"
    assert statuses.count(500) <= 1 and statuses[-1] == 200
    assert served.count("SELECT count(*) FROM visit") == 10 * statuses.count(200)
    deadline = time.monotonic() + 30
    while len(served.workers()) < WORKERS and time.monotonic() < deadline:
        time.sleep(0.1)  # the new pool's workers start in the background
    assert len(served.workers()) == WORKERS
    assert victim.pid not in {w.pid for w in served.workers()}


@PG_ONLY
def test_workers_end_with_the_server_even_when_it_is_killed(served):
    workers = served.workers()
    assert len(workers) == WORKERS
    served.process.send_signal(signal.SIGKILL)
    served.process.wait(10)
    _gone, alive = psutil.wait_procs(workers, timeout=15)
    assert alive == []
