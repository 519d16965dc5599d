"""``/metrics``: counts equal what was sent, bounded labels, the per-branch gauge, access."""

from __future__ import annotations

import gzip
import json
import warnings
from collections.abc import Callable, Iterator

import pytest
from prometheus_client.parser import text_string_to_metric_families

from sync.central.app import create_app
from sync.central.metrics import (
    DEFAULT_ALLOW,
    METRICS_ALLOW_ENV,
    address_allowed,
    allowed_networks,
)
from sync.central.settings import Settings
from tests.sync.central.conftest import ADMIN_TOKEN, START, Central, Desk, ServerClock

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

Samples = dict[tuple[str, frozenset[tuple[str, str]]], float]


def scrape(central: Central, token: str | None = ADMIN_TOKEN) -> tuple[str, Samples]:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    response = central.client.get("/metrics", headers=headers)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/plain")
    text = response.text
    samples: Samples = {}
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            samples[sample.name, frozenset(sample.labels.items())] = sample.value
    return text, samples


def value(samples: Samples, name: str, **labels: str) -> float:
    return samples.get((name, frozenset(labels.items())), 0.0)


def ops(samples: Samples, outcome: str, kind: str = "visit.recorded") -> float:
    return value(samples, "ido_central_operations_total", kind=kind, outcome=outcome)


def batches(samples: Samples, outcome: str) -> float:
    return value(samples, "ido_central_batches_total", outcome=outcome)


def test_counts_equal_what_was_sent(central: Central, desk: Desk) -> None:
    _text, before = scrape(central)
    assert batches(before, "stored") == 0 and ops(before, "accepted") == 0

    first = [desk.visit() for _ in range(3)]
    assert [r["status"] for r in desk.send(first)["results"]] == ["accepted"] * 3
    # The desk never heard the answer and sends the same ops in a new batch: duplicates.
    desk.send(first)
    # An exact resend of a batch is answered with its stored answer: not counted again.
    batch = desk.batch([desk.visit(), desk.void(desk.visits[0])])
    assert desk.post(batch).status_code == 200
    central.clock.advance(seconds=30)
    replay = desk.post(batch)
    assert replay.status_code == 200
    assert [r["status"] for r in replay.json()["results"]] == ["accepted", "accepted"]
    # A broken op: rejected with its code; an unknown kind: deferred.
    broken = desk.visit()
    broken["sha256"] = "0" * 64
    unknown = desk.op("visit.teleported", {"x": 1}, None)
    desk.send([broken, unknown])

    _text, after = scrape(central)
    assert batches(after, "stored") == 4
    assert batches(after, "replayed") == 1
    assert ops(after, "accepted") == 4
    assert ops(after, "duplicate") == 3
    assert ops(after, "accepted", kind="visit.voided") == 1
    assert ops(after, "rejected") == 1
    assert ops(after, "deferred", kind="other") == 1  # an unknown kind is not a label value
    codes = "ido_central_operation_rejections_total"
    assert value(after, codes, code="payload_hash_mismatch") == 1
    assert value(after, codes, code="unsupported_kind") == 1
    assert "visit.teleported" not in _text


def test_refused_batches_and_problems_count_by_code(central: Central, desk: Desk) -> None:
    response = desk.post(b"{}", headers={"Content-Type": "text/plain"})
    assert response.status_code == 415
    assert desk.post(b"not json").status_code == 400
    assert central.client.post("/v1/batches", content=b"{}").status_code == 401
    assert central.client.get("/admin/devices").status_code == 401
    _text, samples = scrape(central)
    assert batches(samples, "unsupported_media_type") == 1
    assert batches(samples, "bad_request") == 1
    assert batches(samples, "unauthorized") == 1
    assert batches(samples, "stored") == 0
    problems = "ido_central_problems_total"
    assert value(samples, problems, code="unauthorized") == 2
    assert value(samples, problems, code="unsupported_media_type") == 1


def test_latency_is_labelled_by_route_template_never_by_raw_path(
    central: Central, desk: Desk
) -> None:
    device_id = desk.device_id
    assert (
        central.client.post(
            f"/admin/devices/{device_id}/revoke", headers=central.admin_headers()
        ).status_code
        == 200
    )
    assert central.client.get("/no/such/path/12345").status_code == 404
    # A gzip batch goes through the body limit's copy of the request: still its template.
    other = central.enroll(name="Balie 2")
    body = gzip.compress(json.dumps(other.batch([other.visit()])).encode())
    assert other.post(body, headers={"Content-Encoding": "gzip"}).status_code == 200
    text, samples = scrape(central)
    count = "ido_central_request_duration_seconds_count"
    revoke = "/admin/devices/{device_id}/revoke"
    assert value(samples, count, method="POST", route=revoke) == 1
    assert value(samples, count, method="GET", route="unmatched") == 1
    assert value(samples, count, method="POST", route="/v1/batches") == 1
    assert device_id not in text and "12345" not in text


def test_last_sync_per_branch_is_read_from_the_database(
    make_central: Callable[..., Central], server_clock: ServerClock
) -> None:
    central = make_central()
    central.add_branch("b2")
    desk = central.enroll("b1")
    quiet = central.enroll("b2")
    _text, samples = scrape(central)
    gauge = "ido_central_branch_last_sync_timestamp_seconds"
    assert value(samples, "ido_central_database_up") == 1
    assert (gauge, frozenset({("branch", "b1")})) not in samples  # nothing stored yet

    desk.send([desk.visit()])
    server_clock.advance(minutes=5)
    quiet.send([quiet.visit()])
    text, samples = scrape(central)
    assert value(samples, gauge, branch="b1") == START.timestamp()
    assert value(samples, gauge, branch="b2") == START.timestamp() + 300
    assert "Vestiging" not in text and "Balie" not in text  # ids, never names

    # A second instance on the same database reports the same, without a batch of its own.
    second = make_central()
    _text, theirs = scrape(second)
    assert value(theirs, gauge, branch="b1") == START.timestamp()
    assert batches(theirs, "stored") == 0


@pytest.fixture
def fresh_app(settings: Settings, server_clock: ServerClock) -> Iterator[Callable[..., TestClient]]:
    """A TestClient for an app with *metrics_allow*, seen from *client*'s address."""
    opened: list[TestClient] = []

    def start(client: str, metrics_allow: str | None = None) -> TestClient:
        app = create_app(settings, now=server_clock.now, metrics_allow=metrics_allow)
        test_client = TestClient(app, client=(client, 50000))
        test_client.__enter__()
        opened.append(test_client)
        return test_client

    yield start
    for test_client in opened:
        test_client.__exit__(None, None, None)


def test_metrics_need_the_admin_token_from_an_address_not_allowed(
    central: Central, desk: Desk
) -> None:
    # The test client's address ("testclient") is no loopback address.
    for headers in ({}, desk.headers, {"Authorization": "Bearer wrong"}):
        response = central.client.get("/metrics", headers=headers)
        assert response.status_code == 401, headers
        assert response.headers["content-type"].startswith("application/problem+json")
        assert "ido_central" not in response.text
    scrape(central, ADMIN_TOKEN)


def test_loopback_is_allowed_by_default(
    fresh_app: Callable[..., TestClient], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(METRICS_ALLOW_ENV, raising=False)
    assert fresh_app("127.0.0.1").get("/metrics").status_code == 200
    assert fresh_app("::1").get("/metrics").status_code == 200
    assert fresh_app("192.0.2.10").get("/metrics").status_code == 401


def test_the_allowed_networks_come_from_the_setting_or_the_environment(
    fresh_app: Callable[..., TestClient], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert fresh_app("10.1.2.3", "10.0.0.0/8").get("/metrics").status_code == 200
    assert fresh_app("127.0.0.1", "10.0.0.0/8").get("/metrics").status_code == 401
    assert fresh_app("127.0.0.1", "").get("/metrics").status_code == 401  # the token only
    monkeypatch.setenv(METRICS_ALLOW_ENV, "192.0.2.0/24")
    assert fresh_app("192.0.2.10").get("/metrics").status_code == 200
    assert fresh_app("127.0.0.1").get("/metrics").status_code == 401


def test_address_rules() -> None:
    loopback = allowed_networks(DEFAULT_ALLOW)
    assert address_allowed("127.0.0.1", loopback)
    assert address_allowed("::ffff:127.0.0.1", loopback)  # IPv4 on a dual-stack socket
    assert not address_allowed("testclient", loopback)
    assert not address_allowed(None, loopback)
    assert not address_allowed("10.0.0.1", loopback)
    assert allowed_networks(" ") == ()
    with pytest.raises(ValueError):
        allowed_networks("10.0.0.0/33")


def test_counts_hold_with_ingestion_worker_processes(
    backend: str, settings: Settings, server_clock: ServerClock
) -> None:
    """Batches stored by a worker process are counted in the front, where /metrics is."""
    if backend != "postgresql":
        pytest.skip("ingestion workers need PostgreSQL")
    app = create_app(settings, now=server_clock.now, ingest_workers=1)
    with TestClient(app) as client:
        central = Central(client, server_clock)
        central.add_branch("b1")
        desk = central.enroll()
        sent = [desk.visit() for _ in range(5)]
        desk.send(sent)
        desk.send(sent[:2])
        _text, samples = scrape(central)
    assert batches(samples, "stored") == 2
    assert ops(samples, "accepted") == 5
    assert ops(samples, "duplicate") == 2


def test_op_kinds_are_read_in_order_even_when_a_payload_looks_like_an_op() -> None:
    from sync.central.metrics import _op_kinds

    ops = [
        {"kind": "visit.recorded", "payload": {"questions": [{"kind": "digital_government"}]}},
        {"payload": {"kind": "visit.voided"}, "kind": "visit.corrected"},  # a dotted decoy
        {"kind": "no.such_kind"},
        {"header": "broken"},
    ]
    body = json.dumps({"ops": ops}).encode()
    expected = ["visit.recorded", "visit.corrected", "other", "other"]
    assert _op_kinds(body, 4, scan=False) == expected  # some op refused: parsed
    assert _op_kinds(body, 5) == expected  # the scan finds 4 for 5 ops: parsed
    compact = json.dumps({"ops": ops[:1]}, separators=(",", ":")).encode()
    assert _op_kinds(compact, 1) == ["visit.recorded"]
