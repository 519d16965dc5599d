"""Pauses (401, 403, 426), poison ops (400, 413), client-bug answers (415, 422), per-op results."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import httpx
import pytest

from kiosk.app import Kiosk
from kiosk.locations import DeskInfo
from sync.client import SyncClient
from tests.conftest import FakeClock
from tests.sync.test_fake_central import (
    FakeCentral,
    always,
    enrolled_client,
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


def attempts(app: Kiosk) -> list[int]:
    return [row["attempts"] for row in table(app, "outbox")]


# -- a person has to act: pause, keep the data ----------------------------------------------


def test_401_pauses_for_reenrollment_and_keeps_every_op(
    client: SyncClient, kiosk_app: Kiosk, desk: DeskInfo, central: FakeCentral, clock: FakeClock
) -> None:
    record(kiosk_app, desk, 3)
    central.script.append(always(problem(401, "unauthorized")))

    result = client.sync_once()

    assert not result.ok and result.paused_reason == "reenroll"
    assert "opnieuw worden gekoppeld" in said(result.error)
    assert result.next_attempt_at is None
    assert states(kiosk_app) == ["pending"] * 3
    assert attempts(kiosk_app) == [0, 0, 0]  # the token was judged, not the ops
    assert sync_state(kiosk_app)["paused_reason"] == "reenroll"

    central.requests.clear()
    clock.advance(hours=5)
    assert client.sync_once(force=True).paused_reason == "reenroll"
    assert central.requests == []  # no retry loop against a refused token

    central.codes.add("NEW-CODE")
    client.enroll("https://central.test", "NEW-CODE", "Balie 1")
    assert client.sync_once().ok
    assert states(kiosk_app) == ["acked"] * 3


def test_403_stops_for_good_and_the_data_stays_exportable(
    client: SyncClient,
    kiosk_app: Kiosk,
    desk: DeskInfo,
    central: FakeCentral,
    clock: FakeClock,
    tmp_path: Path,
) -> None:
    record(kiosk_app, desk, 2)
    central.rule = always(problem(403, "device_revoked"))

    result = client.sync_once()

    assert result.paused_reason == "revoked" and "uitgeschakeld" in said(result.error)
    central.requests.clear()
    for _ in range(3):
        clock.advance(days=1)
        assert client.sync_once(force=True).paused_reason == "revoked"
    assert central.requests == []
    assert states(kiosk_app) == ["pending"] * 2
    out = tmp_path / "export.json"
    assert client.store.export(out, ("pending",)) == 2


def test_a_403_on_config_pauses_before_any_op_is_claimed(
    client: SyncClient, kiosk_app: Kiosk, desk: DeskInfo, central: FakeCentral
) -> None:
    record(kiosk_app, desk)
    central.config_answer = lambda: problem(403, "device_revoked")

    assert client.sync_once().paused_reason == "revoked"
    assert central.paths() == ["/v1/config"]
    assert attempts(kiosk_app) == [0]


def test_426_pauses_until_the_protocol_is_served_again(
    client: SyncClient, kiosk_app: Kiosk, desk: DeskInfo, central: FakeCentral, clock: FakeClock
) -> None:
    record(kiosk_app, desk)
    central.script.append(always(problem(426, "protocol_unsupported")))

    result = client.sync_once()

    assert result.paused_reason == "update_required" and "nieuwste versie" in said(result.error)
    assert result.next_attempt_at == clock.now() + timedelta(minutes=15)  # looked at again
    assert client.sync_once().skipped
    clock.advance(minutes=15)
    assert client.sync_once().ok  # the server speaks v1 again: the pause lifts by itself
    assert sync_state(kiosk_app)["paused_reason"] is None


def test_a_400_refusing_the_protocol_pauses_instead_of_quarantining(
    client: SyncClient, kiosk_app: Kiosk, desk: DeskInfo, central: FakeCentral
) -> None:
    record(kiosk_app, desk, 4)
    central.rule = always(problem(400, "unsupported_protocol"))

    assert client.sync_once().paused_reason == "update_required"
    assert states(kiosk_app) == ["pending"] * 4
    assert len(central.batches) == 1


def test_a_config_outside_our_protocol_range_pauses(
    client: SyncClient, kiosk_app: Kiosk, desk: DeskInfo, central: FakeCentral
) -> None:
    record(kiosk_app, desk)
    central.config["protocol"] = {"min": 2, "max": 3}

    assert client.sync_once().paused_reason == "update_required"
    assert central.count("/v1/batches") == 0


# -- the envelope breaks on one op: bisect, quarantine that op, send the rest ---------------


@pytest.mark.parametrize(("status", "code"), [(413, "payload_too_large"), (400, "bad_request")])
def test_a_poison_op_is_isolated_and_quarantined(
    client: SyncClient,
    kiosk_app: Kiosk,
    desk: DeskInfo,
    central: FakeCentral,
    status: int,
    code: str,
) -> None:
    record(kiosk_app, desk, 10)
    poison = table(kiosk_app, "outbox")[6]["op_id"]
    central.rule = lambda body: (
        problem(status, code) if poison in {op["op_id"] for op in body["ops"]} else None
    )

    result = client.sync_once()

    assert result.ok
    assert (result.acked, result.quarantined, result.pending_left) == (9, 1, 0)
    assert states(kiosk_app) == ["acked"] * 6 + ["quarantined"] + ["acked"] * 3
    row = table(kiosk_app, "outbox")[6]
    assert row["result_code"] == code
    assert json.loads(row["result_detail"])["status"] == status
    assert len(central.batches) <= 2 * 4 + 1  # bisection, not one request per op
    accepted_order = [op["local_seq"] for b in central.batches for op in b["ops"]]
    assert sorted(set(accepted_order)) == list(range(1, 11))


def test_a_400_that_is_not_our_servers_problem_is_not_a_reason_to_quarantine(
    client: SyncClient, kiosk_app: Kiosk, desk: DeskInfo, central: FakeCentral
) -> None:
    record(kiosk_app, desk, 4)
    portal = httpx.Response(400, text="<html>Log in to the library Wi-Fi</html>")
    central.rule = always(portal)

    result = client.sync_once()

    assert not result.ok and result.quarantined == 0
    assert states(kiosk_app) == ["pending"] * 4
    assert len(central.batches) == 1


def test_422_resends_the_same_ops_under_a_new_batch_id_once(
    client: SyncClient, kiosk_app: Kiosk, desk: DeskInfo, central: FakeCentral
) -> None:
    record(kiosk_app, desk, 3)
    central.script.append(always(problem(422, "idempotency_key_reused")))

    assert client.sync_once().ok

    first, second = central.batches
    assert first["batch_id"] != second["batch_id"]
    assert first["ops"] == second["ops"]
    assert states(kiosk_app) == ["acked"] * 3


def test_422_twice_is_a_transient_failure(
    client: SyncClient, kiosk_app: Kiosk, desk: DeskInfo, central: FakeCentral
) -> None:
    record(kiosk_app, desk)
    central.rule = always(problem(422, "idempotency_key_reused"))

    assert not client.sync_once().ok
    assert len(central.batches) == 2
    assert states(kiosk_app) == ["pending"]


def test_415_falls_back_to_an_uncompressed_body(
    client: SyncClient, kiosk_app: Kiosk, desk: DeskInfo, central: FakeCentral
) -> None:
    record(kiosk_app, desk, 60)
    central.script.append(always(problem(415, "unsupported_media_type")))

    assert client.sync_once().ok
    gzipped = [
        r.headers.get("content-encoding") for r in central.requests if r.url.path == "/v1/batches"
    ]
    assert gzipped == ["gzip", None]


# -- a 200 decides each op on its own ------------------------------------------------------


def test_each_op_gets_its_own_fate(
    client: SyncClient, kiosk_app: Kiosk, desk: DeskInfo, central: FakeCentral, clock: FakeClock
) -> None:
    record(kiosk_app, desk, 5)
    rows = table(kiosk_app, "outbox")
    fates = {
        rows[1]["op_id"]: {"status": "rejected", "code": "validation_failed", "errors": []},
        rows[2]["op_id"]: {"status": "conflict", "code": "depends_on_conflicted"},
        rows[3]["op_id"]: {"status": "deferred", "code": "unsupported_kind", "retryable": True},
    }
    central.op_result = lambda op: fates.get(op["op_id"])

    result = client.sync_once()

    assert result.ok
    assert (result.acked, result.rejected, result.conflicted, result.deferred) == (2, 1, 1, 1)
    assert states(kiosk_app) == ["acked", "rejected", "conflicted", "pending", "acked"]
    assert len(central.batches) == 1  # the deferred op waits; it does not loop
    assert result.pending_left == 1

    central.op_result = lambda op: None
    clock.advance(minutes=2)
    assert client.sync_once().acked == 1
    assert states(kiosk_app) == ["acked", "rejected", "conflicted", "acked", "acked"]


def test_an_unreadable_200_is_treated_as_no_answer(
    client: SyncClient, kiosk_app: Kiosk, desk: DeskInfo, central: FakeCentral
) -> None:
    record(kiosk_app, desk, 2)
    central.script.append(always(httpx.Response(200, text="<html>proxy</html>")))

    result = client.sync_once()

    assert not result.ok and result.next_attempt_at is not None
    assert states(kiosk_app) == ["pending"] * 2


def test_the_clock_the_server_measured_is_recorded(
    client: SyncClient, kiosk_app: Kiosk, desk: DeskInfo, central: FakeCentral
) -> None:
    record(kiosk_app, desk)
    central.clock = {"skew_seconds": -172801, "flag": "device_clock_skew"}

    result = client.sync_once()

    assert result.clock_flag == "device_clock_skew"
    state = sync_state(kiosk_app)
    assert (state["last_skew_seconds"], state["clock_flag"]) == (-172801, "device_clock_skew")
    assert state["write_checkpoint"] == central.server_seq
