"""Two central server processes on one PostgreSQL behave as one server (issue 17 §4).

Each test starts two real ``create_app`` processes under uvicorn (as ``ido-central serve``
runs, with ingestion worker processes) on one PostgreSQL database: a device's requests
spread over both are rate-limited as one (429), the batch gate counts the batches of both
(503), one batch sent to both at once is stored once, a killed instance's gate places free
themselves, and three desks whose every request goes to the next instance (a round-robin
proxy with faults) converge.
"""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
from conftest import CentralServer, wait_for
from fault_proxy import REPLAY_CONCURRENT, FaultProxy
from fault_scenarios import MIXED, three_devices_converge

from kiosk.clock import to_utc_text
from kiosk.ids import new_id
from tests.sync.central.conftest import sha, visit_payload

pytestmark = [pytest.mark.slow, pytest.mark.parametrize("backend", ["postgresql"], indirect=True)]


@pytest.fixture
def pair(central_db_url: str, tmp_path: Path) -> Iterator[Callable[..., list[CentralServer]]]:
    """Start two instances on this test's PostgreSQL database with the given settings."""
    servers: list[CentralServer] = []

    def start(**overrides: Any) -> list[CentralServer]:
        for name in ("a", "b"):
            server = CentralServer(central_db_url, tmp_path / f"central-{name}")
            servers.append(server)
        servers[0].add_branch()
        for server in servers:  # one ingestion worker each: six processes are a lot for 2 cores
            server.start(ingest_workers=1, **overrides)
        return servers

    yield start
    for server in servers:
        server.stop()
        server.engine.dispose()


class Device:
    """A device enrolled on the pair, speaking the protocol with plain HTTP."""

    def __init__(self, server: CentralServer) -> None:
        answer = httpx.post(
            f"{server.url}/v1/enroll",
            json={"code": server.code(), "device_name": "Balie", "device_kind": "counter"},
            timeout=10,
        )
        assert answer.status_code == 201, answer.text
        self.device_id = answer.json()["device_id"]
        self.headers = {"Authorization": f"Bearer {answer.json()['token']}"}
        self.local_seq = 0

    def batch(self, visits: int = 1) -> bytes:
        """A new batch of *visits* visits, as the bytes a desk posts."""
        ops = []
        now = datetime.now(UTC)
        for _ in range(visits):
            self.local_seq += 1
            visit_id = new_id()
            payload = visit_payload(visit_id, now)
            ops.append(
                {
                    "op_id": new_id(),
                    "local_seq": self.local_seq,
                    "kind": "visit.recorded",
                    "schema": 1,
                    "entity_id": visit_id,
                    "base_version": None,
                    "occurred_at_device": to_utc_text(now),
                    "payload": payload,
                    "sha256": sha(payload),
                }
            )
        body = {
            "protocol": 1,
            "batch_id": new_id(),
            "device_id": self.device_id,
            "sent_at_device": to_utc_text(now),
            "ops": ops,
        }
        return json.dumps(body).encode()

    def post(self, server: CentralServer, body: bytes) -> httpx.Response:
        headers = {**self.headers, "Content-Type": "application/json"}
        return httpx.post(f"{server.url}/v1/batches", content=body, headers=headers, timeout=30)


def test_a_burst_over_both_instances_is_limited_as_one(pair):
    """The device's bucket is one: spread over two instances it still gets *burst* requests."""
    a, b = pair(rate_per_second=0.01, rate_burst=4)
    device = Device(a)
    answers = [
        httpx.get(f"{server.url}/v1/config", headers=device.headers, timeout=10)
        for server in (a, b) * 5
    ]
    statuses = [answer.status_code for answer in answers]
    # Per process the two would have let 4 + 4 through; shared, 4 in all (at 0.01 tokens per
    # second none refills while this runs).
    assert statuses == [200] * 4 + [429] * 6, statuses
    refused = answers[-2:]  # one from each instance
    for answer in refused:
        assert answer.json()["code"] == "rate_limited"
        assert 1 <= int(answer.headers["Retry-After"]) <= 100  # one token at 0.01/s
    assert a.scalar("SELECT count(*) FROM throttle_bucket WHERE limiter = 'device'") == 1


def _hold_a_place(server: CentralServer, device: Device) -> socket.socket:
    """Start a batch upload to *server* and stop halfway: the batch holds a gate place."""
    body = device.batch()
    head = (
        f"POST /v1/batches HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        f"Authorization: {device.headers['Authorization']}\r\n"
        f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
    ).encode()
    sock = socket.create_connection(("127.0.0.1", server.port), timeout=10)
    sock.sendall(head + body[: len(body) // 2])
    return sock


def _gate_places(server: CentralServer) -> int:
    return int(
        server.scalar(
            "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND classid = 7412302"
            " AND granted"
        )
    )


def test_the_gate_counts_the_batches_of_both_and_a_killed_instance_frees_its_places(pair):
    """One place in all: a batch in progress on A makes B answer 503; killing A frees it."""
    a, b = pair(max_concurrent_batches=1, overloaded_retry_after=[3, 3])
    device, other = Device(a), Device(a)
    held = _hold_a_place(a, device)
    try:
        wait_for(lambda: _gate_places(a) == 1, 30, "A to take the place")
        refused = other.post(b, other.batch())
        assert refused.status_code == 503, refused.text
        assert refused.json()["code"] == "overloaded"
        assert refused.headers["Retry-After"] == "3"
        a.kill()  # SIGKILL: no shutdown, no unlock
        wait_for(lambda: _gate_places(b) == 0, 30, "the dead instance's place to free")
        answer = other.post(b, other.batch())
        assert answer.status_code == 200, answer.text
        assert _gate_places(b) == 0  # given back after the batch
    finally:
        held.close()


def test_one_batch_sent_to_both_at_once_is_stored_once(pair):
    """The same batch at both instances at the same moment: stored once, answered alike."""
    a, b = pair()
    device = Device(a)
    for _ in range(5):
        body = device.batch(visits=200)
        answers = _at_once(device, body, a, b)
        statuses = sorted(answer.status_code for answer in answers.values())
        assert statuses in ([200, 200], [200, 409]), [r.text for r in answers.values()]
        ok = [answer.json() for answer in answers.values() if answer.status_code == 200]
        assert all(r["status"] == "accepted" for r in ok[0]["results"])
        if len(ok) == 2:  # the second was the stored answer, word for word
            assert ok[0] == ok[1]
        retry = [answer for answer in answers.values() if answer.status_code == 409]
        assert all(r.headers["Retry-After"] for r in retry)
    assert a.scalar("SELECT count(*) FROM batch") == 5
    assert a.scalar("SELECT count(*) FROM applied_op") == 1000
    assert a.scalar("SELECT count(*) FROM visit") == 1000


def _at_once(device: Device, body: bytes, *servers: CentralServer) -> dict[int, httpx.Response]:
    """Post *body* to every server at the same moment; return their answers by port."""
    start = threading.Barrier(len(servers))
    answers: dict[int, httpx.Response] = {}

    def send(server: CentralServer) -> None:
        start.wait()
        answers[server.port] = device.post(server, body)

    threads = [threading.Thread(target=send, args=(server,)) for server in servers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    return answers


def test_desks_spread_over_two_instances_converge(pair, make_desk):
    """Scenario 12 behind a round-robin proxy: every request may meet the other instance."""
    a, b = pair()
    proxy = FaultProxy([a.port, b.port]).start()
    try:
        desks = [make_desk("Balie"), make_desk("Balie"), make_desk("Laptop")]
        # More concurrent replays than scenario 12: here they reach both instances at once.
        weights = {**MIXED, REPLAY_CONCURRENT: 2}
        three_devices_converge(a, proxy, desks, seed=17, weights=weights, other=b)
        assert {record.upstream_status for record in proxy.records} >= {200}
    finally:
        proxy.stop()
