"""The client's reaction to every envelope answer of POST /v1/batches (docs/sync-v1.md).

A scripted peer (tests/sync/test_fake_central.py) behind httpx.MockTransport plays the
server; time and jitter are fixed (jitter draws 0.5, so the delay is half the ceiling).
"""

from __future__ import annotations

import gzip
import json
import threading
import time
from collections.abc import Iterator
from datetime import timedelta
from email.utils import format_datetime
from pathlib import Path
from typing import Any

import httpx
import pytest

from kiosk.app import Kiosk
from kiosk.clock import from_utc_text, to_utc_text
from kiosk.locations import DeskInfo
from sync.client import SyncClient
from sync.http import USER_AGENT
from tests.conftest import FakeClock
from tests.sync.test_fake_central import (
    DEVICE_ID,
    TOKEN,
    FakeCentral,
    always,
    enrolled_client,
    new_client,
    problem,
    record,
    said,
    states,
    sync_state,
    table,
)


@pytest.fixture
def central() -> FakeCentral:
    return FakeCentral()


@pytest.fixture
def client(
    kiosk_app: Kiosk, desk: DeskInfo, central: FakeCentral, clock: FakeClock, tmp_path: Path
) -> Iterator[SyncClient]:
    sync = enrolled_client(kiosk_app, central, clock.now, tmp_path / "config")
    yield sync
    sync.close()


def outbox(app: Kiosk) -> dict[int, dict[str, Any]]:
    return {row["local_seq"]: row for row in table(app, "outbox")}


# -- success --------------------------------------------------------------------------------


def test_a_run_pushes_everything_then_pulls_and_records_success(
    client: SyncClient, kiosk_app: Kiosk, desk: DeskInfo, central: FakeCentral, clock: FakeClock
) -> None:
    record(kiosk_app, desk, 3)

    result = client.sync_once()

    assert result.ok and result.error is None
    assert (result.pushed, result.acked, result.pending_left) == (3, 3, 0)
    assert states(kiosk_app) == ["acked"] * 3
    assert central.paths() == ["/v1/config", "/v1/batches", "/v1/changes"]
    assert all(r.headers["user-agent"] == USER_AGENT for r in central.requests)
    assert all(r.headers["authorization"] == f"Bearer {TOKEN}" for r in central.requests)
    assert all(TOKEN not in str(r.url) for r in central.requests)
    [batch] = central.batches
    assert batch["protocol"] == 1 and batch["device_id"] == DEVICE_ID
    assert batch["sent_at_device"] == to_utc_text(clock.now())
    assert [op["local_seq"] for op in batch["ops"]] == [1, 2, 3]
    state = sync_state(kiosk_app)
    assert state["last_success_at"] == to_utc_text(clock.now())
    assert (state["backoff_attempt"], state["not_before"], state["last_error"]) == (0, None, None)
    assert result.next_attempt_at == clock.now() + timedelta(seconds=60)


def test_the_claim_is_committed_before_the_request_leaves(
    client: SyncClient, kiosk_app: Kiosk, desk: DeskInfo, central: FakeCentral
) -> None:
    record(kiosk_app, desk, 3)
    seen: list[set[tuple[str, str]]] = []
    central.on_batch = lambda body: seen.append(
        {(r["state"], r["batch_id"]) for r in outbox(kiosk_app).values()}
    )

    client.sync_once()

    assert seen == [{("inflight", central.batches[0]["batch_id"])}]


def test_ops_left_inflight_by_a_killed_run_are_sent_by_the_next_one(
    client: SyncClient,
    kiosk_app: Kiosk,
    desk: DeskInfo,
    central: FakeCentral,
    clock: FakeClock,
    tmp_path: Path,
) -> None:
    record(kiosk_app, desk, 3)
    client.store.claim(max_ops=2, max_bytes=1_000_000)  # the run that was killed mid-send
    client.close()
    assert states(kiosk_app) == ["inflight", "inflight", "pending"]

    restarted = new_client(kiosk_app, central, clock.now, tmp_path / "config")
    try:
        assert restarted.sync_once().acked == 3
    finally:
        restarted.close()
    assert states(kiosk_app) == ["acked"] * 3
    assert [op["local_seq"] for op in central.batches[0]["ops"]] == [1, 2, 3]


def test_bodies_above_8_kb_are_gzipped(
    client: SyncClient, kiosk_app: Kiosk, desk: DeskInfo, central: FakeCentral
) -> None:
    record(kiosk_app, desk, 1)
    client.sync_once()
    record(kiosk_app, desk, 60)
    client.sync_once()

    small, large = [r for r in central.requests if r.url.path == "/v1/batches"]
    assert "content-encoding" not in small.headers
    assert large.headers["content-encoding"] == "gzip"
    assert len(json.loads(gzip.decompress(large.content))["ops"]) == 60


def test_batches_follow_the_limits_the_server_advertises(
    client: SyncClient, kiosk_app: Kiosk, desk: DeskInfo, central: FakeCentral
) -> None:
    central.config["limits"] = {"max_ops": 40, "max_body_bytes": 20_000, "max_op_bytes": 16_384}
    record(kiosk_app, desk, 100)

    result = client.sync_once()

    assert result.ok and result.acked == 100
    sizes = [len(b["ops"]) for b in central.batches]
    assert sum(sizes) == 100 and max(sizes) <= 40
    for request in central.requests:
        if request.url.path == "/v1/batches":
            raw = request.content
            if request.headers.get("content-encoding") == "gzip":
                raw = gzip.decompress(raw)
            assert len(raw) <= 20_000
    assert [op["local_seq"] for b in central.batches for op in b["ops"]] == list(range(1, 101))


# -- several batches in flight (the server's max_inflight) ----------------------------------


def in_flight(central: FakeCentral, depth: int) -> None:
    """Advertise *depth* batches in flight (and small batches, so there are many)."""
    central.config["limits"] = {
        "max_ops": 10,
        "max_body_bytes": 1_048_576,
        "max_op_bytes": 16_384,
        "max_inflight": depth,
    }


def first_seq(body: dict[str, Any]) -> int:
    return int(body["ops"][0]["local_seq"])


def test_the_next_batch_leaves_before_the_answer_to_the_one_in_flight(
    client: SyncClient, kiosk_app: Kiosk, desk: DeskInfo, central: FakeCentral
) -> None:
    in_flight(central, 2)
    record(kiosk_app, desk, 60)
    second_arrived = threading.Event()

    def hold_the_first(body: dict[str, Any]) -> None:
        if first_seq(body) == 1:  # answered only once the second batch is on the wire
            assert second_arrived.wait(10)
        elif first_seq(body) == 11:
            second_arrived.set()

    central.on_batch = hold_the_first

    result = client.sync_once()

    assert result.ok and result.acked == 60
    assert second_arrived.is_set()
    assert central.most_on_wire == 2  # two at once, never more
    assert states(kiosk_app) == ["acked"] * 60
    assert sorted(first_seq(b) for b in central.batches) == [1, 11, 21, 31, 41, 51]


def test_a_server_that_does_not_say_gets_one_batch_at_a_time(
    client: SyncClient, kiosk_app: Kiosk, desk: DeskInfo, central: FakeCentral
) -> None:
    in_flight(central, 2)
    del central.config["limits"]["max_inflight"]
    record(kiosk_app, desk, 40)
    central.on_batch = lambda body: time.sleep(0.01)  # room for a second one, were it sent

    assert client.sync_once().acked == 40
    assert central.most_on_wire == 1


def test_a_refusal_with_a_batch_in_flight_keeps_that_batchs_answer(
    client: SyncClient, kiosk_app: Kiosk, desk: DeskInfo, central: FakeCentral
) -> None:
    in_flight(central, 2)
    record(kiosk_app, desk, 30)
    second_arrived = threading.Event()

    def busy_first(body: dict[str, Any]) -> httpx.Response | None:
        if first_seq(body) == 1:  # refused only once the second batch is on the wire
            assert second_arrived.wait(10)
            return problem(503, "overloaded", headers={"Retry-After": "30"})
        second_arrived.set()
        return None

    central.rule = busy_first

    result = client.sync_once()

    assert not result.ok
    # The second batch's 200 came back while the run was stopping: it is recorded, not
    # resent; the refused batch and the one never sent wait for the next run.
    assert states(kiosk_app) == ["pending"] * 10 + ["acked"] * 10 + ["pending"] * 10
    assert sorted(first_seq(b) for b in central.batches) == [1, 11]


def test_a_poison_op_is_quarantined_while_other_batches_fly(
    client: SyncClient, kiosk_app: Kiosk, desk: DeskInfo, central: FakeCentral
) -> None:
    in_flight(central, 2)
    record(kiosk_app, desk, 50)
    poison = table(kiosk_app, "outbox")[13]["op_id"]
    central.rule = lambda body: (
        problem(413, "payload_too_large") if poison in {op["op_id"] for op in body["ops"]} else None
    )

    result = client.sync_once()

    assert result.ok and (result.acked, result.quarantined, result.pending_left) == (49, 1, 0)
    assert states(kiosk_app) == ["acked"] * 13 + ["quarantined"] + ["acked"] * 36
    assert central.most_on_wire <= 2


# -- no answer, or a server fault: back to pending, back off --------------------------------


@pytest.mark.parametrize("status", [500, 502, 504])
def test_a_server_fault_returns_the_batch_and_backs_off(
    client: SyncClient,
    kiosk_app: Kiosk,
    desk: DeskInfo,
    central: FakeCentral,
    clock: FakeClock,
    status: int,
) -> None:
    record(kiosk_app, desk, 3)
    central.script.append(always(problem(status, "internal")))

    result = client.sync_once()

    assert not result.ok and result.acked == 0 and result.pending_left == 3
    assert "storing" in said(result.error)
    assert states(kiosk_app) == ["pending"] * 3
    assert {r["attempts"] for r in outbox(kiosk_app).values()} == {1}
    assert central.count("/v1/changes") == 0
    assert result.next_attempt_at == clock.now() + timedelta(seconds=1)  # 0.5 x 2 s
    assert sync_state(kiosk_app)["backoff_attempt"] == 1

    central.requests.clear()
    assert client.sync_once().skipped and central.requests == []  # not due yet
    clock.advance(seconds=2)
    assert client.sync_once().ok
    assert states(kiosk_app) == ["acked"] * 3
    assert sync_state(kiosk_app)["backoff_attempt"] == 0


@pytest.mark.parametrize(
    ("error", "words"),
    [
        (httpx.ConnectError("refused"), "niet bereikbaar"),
        (httpx.ReadTimeout("slow"), "niet op tijd"),
        (httpx.RemoteProtocolError("peer closed"), "niet bereikbaar"),
    ],
)
def test_no_answer_is_handled_like_a_server_fault(
    client: SyncClient,
    kiosk_app: Kiosk,
    desk: DeskInfo,
    central: FakeCentral,
    error: Exception,
    words: str,
) -> None:
    record(kiosk_app, desk, 2)

    def broken(body: dict[str, Any]) -> httpx.Response:
        raise error

    central.script.append(broken)

    result = client.sync_once()

    assert not result.ok and words in said(result.error)
    assert states(kiosk_app) == ["pending"] * 2


def test_an_answer_lost_after_the_server_committed_ends_acked_once(
    client: SyncClient, kiosk_app: Kiosk, desk: DeskInfo, central: FakeCentral, clock: FakeClock
) -> None:
    record(kiosk_app, desk, 4)

    def commit_then_drop(body: dict[str, Any]) -> httpx.Response:
        for op in body["ops"]:
            central._result(op)  # the server stores the ops ...
        raise httpx.ReadError("connection reset")  # ... and the answer never arrives

    central.script.append(commit_then_drop)
    assert not client.sync_once().ok
    clock.advance(minutes=1)

    assert client.sync_once().acked == 4

    assert states(kiosk_app) == ["acked"] * 4
    assert len(central.stored) == 4
    assert {op["op_id"] for op in central.batches[0]["ops"]} == set(central.stored)


def test_backoff_grows_with_each_failure_and_never_gives_up(
    client: SyncClient, kiosk_app: Kiosk, desk: DeskInfo, central: FakeCentral, clock: FakeClock
) -> None:
    record(kiosk_app, desk)
    central.rule = always(problem(500, "internal"))
    delays = []
    for _ in range(14):
        result = client.sync_once()
        assert result.next_attempt_at is not None and not result.skipped
        delays.append((result.next_attempt_at - clock.now()).total_seconds())
        clock.set(result.next_attempt_at)
    assert delays[:5] == [1, 2, 4, 8, 16]
    assert delays[-1] == 450  # half the 15-minute cap
    assert states(kiosk_app) == ["pending"]


# -- busy: wait at least Retry-After --------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "code"), [(429, "rate_limited"), (503, "overloaded"), (409, "batch_in_progress")]
)
def test_busy_answers_wait_for_retry_after_even_when_forced(
    client: SyncClient,
    kiosk_app: Kiosk,
    desk: DeskInfo,
    central: FakeCentral,
    clock: FakeClock,
    status: int,
    code: str,
) -> None:
    record(kiosk_app, desk, 2)
    central.script.append(always(problem(status, code, headers={"Retry-After": "120"})))

    result = client.sync_once()

    assert not result.ok and "druk" in said(result.error)
    assert states(kiosk_app) == ["pending"] * 2
    assert result.next_attempt_at == clock.now() + timedelta(seconds=120)
    central.requests.clear()
    clock.advance(seconds=119)
    assert client.sync_once(force=True).skipped
    assert central.requests == []
    clock.advance(seconds=2)
    assert client.sync_once(force=True).ok
    assert states(kiosk_app) == ["acked"] * 2


def test_retry_after_as_an_http_date(
    client: SyncClient, kiosk_app: Kiosk, desk: DeskInfo, central: FakeCentral, clock: FakeClock
) -> None:
    record(kiosk_app, desk)
    until = clock.now().replace(microsecond=0) + timedelta(minutes=10)
    header = format_datetime(until, usegmt=False)
    central.script.append(always(problem(503, "overloaded", headers={"Retry-After": header})))

    result = client.sync_once()

    assert result.next_attempt_at == until
    assert from_utc_text(sync_state(kiosk_app)["retry_after_until"]) == until


def test_force_skips_the_backoff_but_not_retry_after(
    client: SyncClient, kiosk_app: Kiosk, desk: DeskInfo, central: FakeCentral
) -> None:
    record(kiosk_app, desk)
    central.script.append(always(problem(500, "internal")))
    client.sync_once()

    assert client.sync_once().skipped
    assert client.sync_once(force=True).ok  # "Sync now" after a plain failure
