"""Limits: body size (gzip bombs included) counted while streaming, ops per batch, bytes per op,
rate limits (429), the concurrency gate (503), batches in progress (409), and problem details
on every error."""

from __future__ import annotations

import asyncio
import gzip
import json
import threading
import tracemalloc

import pytest

from kiosk.ids import new_id
from sync.central import batches as batches_module
from sync.central.bodylimit import BodyLimitMiddleware


def assert_problem(response, status, code):
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/problem+json"
    body = response.json()
    assert (body["status"], body["code"]) == (status, code)
    assert body["type"].endswith(code) and body["title"] and body["detail"]
    return body


def test_too_many_ops_is_413(make_central):
    central = make_central(limits={"max_ops": 3})
    desk = central.enroll()
    body = assert_problem(
        desk.post(desk.batch([desk.visit() for _ in range(4)])), 413, "payload_too_large"
    )
    assert body["limits"] == {"max_ops": 3}
    assert desk.post(desk.batch([desk.visit() for _ in range(3)])).status_code == 200


def test_too_big_body_is_413_declared_or_streamed(make_central):
    central = make_central(limits={"max_body_bytes": 4096})
    desk = central.enroll()
    raw = json.dumps(desk.batch([desk.visit() for _ in range(8)])).encode()
    assert len(raw) > 4096
    assert_problem(desk.post(raw), 413, "payload_too_large")  # Content-Length says so

    def chunks():  # no Content-Length: counted as it arrives
        for start in range(0, len(raw), 1000):
            yield raw[start : start + 1000]

    assert_problem(desk.post(chunks()), 413, "payload_too_large")
    assert central.count("applied_op") == 0


def test_oversized_op_is_413(make_central):
    central = make_central(limits={"max_op_bytes": 2000})
    desk = central.enroll()
    many = desk.visit()
    question = many["payload"]["questions"][0]
    many["payload"]["questions"] = [
        {**question, "question_id": new_id(), "position": i + 1} for i in range(10)
    ]
    desk.rehash(many)
    body = assert_problem(desk.post(desk.batch([desk.visit(), many])), 413, "payload_too_large")
    assert body["limits"] == {"max_op_bytes": 2000}
    assert body["op_index"] == 1
    assert central.count("applied_op") == 0


def test_gzip_body_is_accepted(central, desk):
    raw = json.dumps(desk.batch([desk.visit(), desk.visit()])).encode()
    response = desk.post(gzip.compress(raw), headers={"Content-Encoding": "gzip"})
    assert response.status_code == 200, response.text
    assert [r["status"] for r in response.json()["results"]] == ["accepted", "accepted"]


def test_gzip_bomb_and_bad_encodings(central, desk):
    bomb = gzip.compress(b"0" * (10 * 1024 * 1024), compresslevel=9)
    assert len(bomb) < 20_000
    response = desk.post(bomb, headers={"Content-Encoding": "gzip"})
    assert_problem(response, 413, "payload_too_large")
    assert response.json()["limits"] == {"max_body_bytes": 4 * 1024 * 1024}

    assert_problem(
        desk.post(b"\x1f\x8bnot gzip", headers={"Content-Encoding": "gzip"}), 400, "bad_request"
    )
    truncated = gzip.compress(json.dumps(desk.batch([desk.visit()])).encode())[:-12]
    assert_problem(desk.post(truncated, headers={"Content-Encoding": "gzip"}), 400, "bad_request")
    assert_problem(
        desk.post(b"{}", headers={"Content-Encoding": "br"}), 415, "unsupported_media_type"
    )


def test_body_limit_reads_a_gzip_bomb_in_bounded_memory():
    """The middleware never holds more than the limit, however far the body would inflate."""
    limit = 1024 * 1024
    bomb = gzip.compress(b"\0" * (200 * 1024 * 1024), compresslevel=9)  # 200 MB inflated
    seen: list[int] = []
    sent: list[dict] = []

    async def inner(scope, receive, send):
        total = 0
        while True:
            message = await receive()
            total += len(message.get("body", b""))
            seen.append(total)
            if not message.get("more_body"):
                break

    async def receive_chunks():
        for start in range(0, len(bomb), 16 * 1024):
            yield {
                "type": "http.request",
                "body": bomb[start : start + 16 * 1024],
                "more_body": True,
            }
        yield {"type": "http.request", "body": b"", "more_body": False}

    async def run():
        chunks = receive_chunks()
        middleware = BodyLimitMiddleware(inner, limit_for=lambda _path: limit, drain_bytes=1 << 30)
        scope = {
            "type": "http",
            "path": "/v1/batches",
            "headers": [(b"content-encoding", b"gzip")],
        }

        async def send(message):
            sent.append(message)

        with pytest.raises(Exception) as raised:
            await middleware(scope, chunks.__anext__, send)
        return raised.value

    tracemalloc.start()
    try:
        error = asyncio.run(run())
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert getattr(error, "status_code", None) == 413
    assert max(seen, default=0) <= limit  # the application never got more than the limit
    assert peak < 8 * 1024 * 1024, peak  # inflating 200 MB never held more than a few MB


def test_rate_limit_is_429_with_retry_after(make_central):
    central = make_central(rate_per_second=0.01, rate_burst=2)
    desk, other = central.enroll(), central.enroll(name="Balie 2")
    assert desk.client.get("/v1/config", headers=desk.headers).status_code == 200
    assert desk.post(desk.batch([desk.visit()])).status_code == 200
    response = desk.post(desk.batch([desk.visit()]))
    assert_problem(response, 429, "rate_limited")
    assert 1 <= int(response.headers["retry-after"]) <= 100
    assert other.client.get("/v1/config", headers=other.headers).status_code == 200
    assert central.count("applied_op") == 1


def test_enroll_is_rate_limited_per_address(make_central):
    central = make_central(enroll_rate_per_second=0.01, enroll_burst=2)
    for _ in range(2):
        central.client.post(
            "/v1/enroll", json={"code": "XXXX-XXXX", "device_name": "a", "device_kind": "counter"}
        )
    response = central.client.post(
        "/v1/enroll", json={"code": central.code(), "device_name": "a", "device_kind": "counter"}
    )
    assert_problem(response, 429, "rate_limited")
    assert "retry-after" in response.headers


@pytest.fixture
def held_batches(monkeypatch):
    """Make batches wait inside the server until released (to have one in progress)."""
    entered = threading.Event()
    release = threading.Event()
    real = batches_module.store_batch

    def slow(*args, **kwargs):
        entered.set()
        assert release.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(batches_module, "store_batch", slow)
    yield entered, release
    release.set()


def in_background(function):
    results = {}
    thread = threading.Thread(target=lambda: results.setdefault("value", function()))
    thread.start()
    return thread, results


def test_concurrency_gate_is_503_with_retry_after(make_central, held_batches):
    entered, release = held_batches
    central = make_central(max_concurrent_batches=1)
    desk, other = central.enroll(), central.enroll(name="Balie 2")
    thread, results = in_background(lambda: desk.post(desk.batch([desk.visit()])))
    assert entered.wait(10)
    response = other.post(other.batch([other.visit()]))
    assert_problem(response, 503, "overloaded")
    assert response.headers["retry-after"] == "7"
    release.set()
    thread.join(10)
    assert results["value"].status_code == 200
    assert other.post(other.batch([other.visit()])).status_code == 200


def test_same_batch_in_progress_is_409_and_other_body_422(central, desk, held_batches):
    entered, release = held_batches
    batch = desk.batch([desk.visit()])
    thread, results = in_background(lambda: desk.post(batch))
    assert entered.wait(10)
    response = desk.post(batch)
    assert_problem(response, 409, "batch_in_progress")
    assert response.headers["retry-after"] == "2"
    assert_problem(desk.post({**batch, "ops": [desk.visit()]}), 422, "idempotency_key_reused")
    release.set()
    thread.join(10)
    assert results["value"].status_code == 200
    assert central.count("visit") == 1


def test_routing_errors_are_problems(central, desk):
    assert_problem(central.client.get("/nope"), 404, "not_found")
    response = central.client.delete("/v1/config", headers=desk.headers)
    assert_problem(response, 405, "method_not_allowed")
    assert "GET" in response.headers["allow"]
    assert_problem(
        central.client.get("/v1/changes?limit=x", headers=desk.headers), 400, "bad_request"
    )
    huge = central.client.post(
        "/v1/enroll",
        content=b"{" + b" " * 100_000 + b"}",
        headers={"Content-Type": "application/json"},
    )
    assert_problem(huge, 413, "payload_too_large")
