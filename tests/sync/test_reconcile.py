"""Ack-state reconciliation (scenario 21): a server restored from a backup gets its ops back.

The end-to-end cases restore the real central app's SQLite file from a copy taken earlier;
the rule itself (which gaps prove a loss, which don't) is checked on the desk's outbox.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import httpx
import pytest
from sqlalchemy import text

from kiosk.app import Kiosk
from kiosk.clock import to_utc_text
from kiosk.locations import DeskInfo
from sync.central import cli
from sync.client import SyncClient
from sync.credentials import TokenStore
from sync.reconcile import requeue_lost
from sync.schedule import JobTimes
from sync.state import PAUSED_REENROLL
from tests.conftest import FakeClock, make_visit_input
from tests.sync.test_fake_central import FakeCentral, enrolled_client, problem, states
from tests.sync.test_rotation import (
    SERVER_URL,
    RealCentral,
    current_token,
    desk_client,
    device_id,
    real_central,
    tokens,
)
from ui.sync_status import summary

__all__ = ["desk_client", "real_central", "tokens"]  # fixtures shared with test_rotation


def ack_state(server: RealCentral, client: SyncClient) -> dict[str, int]:
    answer = server.get("/v1/devices/me/ack-state", current_token(client))
    assert answer.status_code == 200, answer.text
    data: dict[str, int] = answer.json()
    return data


def test_a_server_restored_from_a_backup_gets_the_lost_ops_again(
    desk_client: SyncClient,
    kiosk_app: Kiosk,
    desk: DeskInfo,
    real_central: RealCentral,
    clock: FakeClock,
) -> None:
    record = kiosk_app.registration
    record.record(desk.desk_id, make_visit_input(count=4))
    assert desk_client.sync_once().acked == 4
    backup = real_central.backup()
    clock.advance(hours=1)
    record.record(desk.desk_id, make_visit_input(count=3))
    assert desk_client.sync_once(force=True).acked == 3
    real_central.restore(backup)  # the server lost the last hour
    desk_client.transport = real_central.transport()
    desk_client.close()
    assert ack_state(real_central, desk_client)["max_contiguous_local_seq"] == 4

    clock.advance(days=1)  # the daily check is due
    result = desk_client.sync_once()

    assert result.ok and result.requeued == 3 and result.acked == 3
    assert states(kiosk_app) == ["acked"] * 7
    state = ack_state(real_central, desk_client)
    assert (state["max_contiguous_local_seq"], state["ops_stored"]) == (7, 7)
    assert "opnieuw in de wachtrij 3" in summary(result)


@pytest.mark.parametrize("same_server", [True, False])
def test_a_desk_refused_by_a_restored_server_resends_its_acked_ops_once_re_enrolled(
    kiosk_app: Kiosk,
    desk: DeskInfo,
    real_central: RealCentral,
    tokens: TokenStore,
    clock: FakeClock,
    same_server: bool,
) -> None:
    """Enrolled after the backup: the restored server refuses the token, and lacks its ops."""
    before_enrollment = real_central.backup()
    client = SyncClient.for_kiosk(
        kiosk_app, transport=real_central.transport(), tokens=tokens, now=clock.now
    )
    try:
        client.enroll(SERVER_URL, real_central.code(), "Balie 1")
        kiosk_app.registration.record(desk.desk_id, make_visit_input(count=3))
        assert client.sync_once().acked == 3
        real_central.restore(before_enrollment)
        client.transport = real_central.transport()
        client.close()

        clock.advance(minutes=5)
        refused = client.sync_once(force=True)
        assert refused.paused_reason == PAUSED_REENROLL
        # Re-enrolled on the same server (or moved to another one: nothing is resent there).
        url = SERVER_URL if same_server else "http://127.0.0.1:8766"
        client.enroll(url, real_central.code(), "Balie 1")
        result = client.sync_once()

        state = ack_state(real_central, client)
        if same_server:
            assert result.ok and result.acked == 3
            assert (state["max_contiguous_local_seq"], state["ops_stored"]) == (3, 3)
        else:
            assert result.ok and result.pushed == 0 and state["ops_stored"] == 0
        assert states(kiosk_app) == ["acked"] * 3
        clock.advance(days=1)  # the daily check sends nothing twice
        assert client.sync_once().requeued == 0
    finally:
        client.close()


def test_a_server_restored_from_before_a_rotation_takes_the_previous_token_again(
    desk_client: SyncClient,
    kiosk_app: Kiosk,
    desk: DeskInfo,
    real_central: RealCentral,
    clock: FakeClock,
) -> None:
    record = kiosk_app.registration
    record.record(desk.desk_id, make_visit_input(count=2))
    assert desk_client.sync_once().acked == 2
    backup = real_central.backup()
    before_rotation = current_token(desk_client)
    assert desk_client.rotate_token().token_rotated
    clock.advance(minutes=5)
    record.record(desk.desk_id, make_visit_input(count=3))
    assert desk_client.sync_once(force=True).acked == 3
    real_central.restore(backup)  # it knows only the token before the rotation
    restored = f"sqlite:///{real_central.database}"
    assert cli.main(["--database-url", restored, "mark-restored"]) == 0  # as restore.sh does
    desk_client.transport = real_central.transport()
    desk_client.close()

    result = desk_client.sync_once(force=True)

    assert result.ok and result.requeued == 3 and result.acked == 3, result
    assert current_token(desk_client) == before_rotation
    assert desk_client.tokens.previous(device_id(desk_client)) is None
    state = ack_state(real_central, desk_client)
    assert (state["max_contiguous_local_seq"], state["ops_stored"]) == (5, 5)


def test_a_previous_token_the_server_refuses_too_is_forgotten(
    desk_client: SyncClient, real_central: RealCentral
) -> None:
    assert desk_client.rotate_token().token_rotated
    assert desk_client.rotate_token().token_rotated
    device = device_id(desk_client)
    assert desk_client.tokens.previous(device) is not None
    with real_central.app_db().write() as conn:  # neither token is the server's any more
        conn.execute(text("UPDATE device SET token_hash = 'x', previous_token_hash = NULL"))

    result = desk_client.sync_once(force=True)

    assert result.paused_reason == PAUSED_REENROLL
    assert desk_client.tokens.previous(device) is None


def test_re_enrolling_without_a_refusal_resends_nothing(
    desk_client: SyncClient,
    kiosk_app: Kiosk,
    desk: DeskInfo,
    real_central: RealCentral,
    clock: FakeClock,
) -> None:
    kiosk_app.registration.record(desk.desk_id, make_visit_input(count=2))
    assert desk_client.sync_once().acked == 2
    clock.advance(minutes=5)
    desk_client.enroll(SERVER_URL, real_central.code(), "Balie 1")  # moved to another desk id

    result = desk_client.sync_once(force=True)

    assert result.ok and result.pushed == 0 and states(kiosk_app) == ["acked"] * 2


def test_a_server_that_lost_nothing_gets_nothing_again(
    desk_client: SyncClient, kiosk_app: Kiosk, desk: DeskInfo, clock: FakeClock
) -> None:
    kiosk_app.registration.record(desk.desk_id, make_visit_input(count=5))
    assert desk_client.sync_once().acked == 5
    clock.advance(days=1)

    result = desk_client.sync_once()

    assert result.ok and result.requeued == 0 and result.pushed == 0


# -- the rule, on the desk's outbox -----------------------------------------------------------


@pytest.fixture
def outbox(kiosk_app: Kiosk, desk: DeskInfo, clock: FakeClock) -> Iterator[Kiosk]:
    """Ten ops, all acked now (after an enrollment an hour ago)."""
    kiosk_app.registration.record(desk.desk_id, make_visit_input(count=10))
    set_rows(kiosk_app, "state = 'acked', acked_at = :at", at=to_utc_text(clock.now()))
    yield kiosk_app


def set_rows(app: Kiosk, assignments: str, where: str = "1 = 1", **params: object) -> None:
    with app.db.write() as session:
        session.execute(text(f"UPDATE outbox SET {assignments} WHERE {where}"), params)


def enrolled(clock: FakeClock) -> str:
    return to_utc_text(clock.now() - timedelta(hours=1))


def test_acked_ops_above_a_gap_the_server_lost_go_back_to_pending(
    outbox: Kiosk, clock: FakeClock, tmp_path: Path
) -> None:
    moved = requeue_lost(outbox.db, 6, since=enrolled(clock), jobs=JobTimes(tmp_path))
    assert moved == 4
    assert states(outbox) == ["acked"] * 6 + ["pending"] * 4


@pytest.mark.parametrize("state", ["pending", "inflight", "quarantined", "rejected"])
def test_a_gap_the_desk_itself_explains_proves_nothing(
    outbox: Kiosk, clock: FakeClock, tmp_path: Path, state: str
) -> None:
    set_rows(outbox, "state = :s", "local_seq = 7", s=state)
    assert requeue_lost(outbox.db, 6, since=enrolled(clock), jobs=JobTimes(tmp_path)) == 0
    assert states(outbox).count("acked") == 9


def test_ops_acked_under_an_earlier_enrollment_are_left_alone(
    outbox: Kiosk, clock: FakeClock, tmp_path: Path
) -> None:
    # Re-enrolled a minute ago: the new device's count starts from nothing at the server.
    since = to_utc_text(clock.now() + timedelta(minutes=1))
    assert requeue_lost(outbox.db, 0, since=since, jobs=JobTimes(tmp_path)) == 0
    assert states(outbox) == ["acked"] * 10


def test_the_same_gap_is_not_resent_twice(outbox: Kiosk, clock: FakeClock, tmp_path: Path) -> None:
    jobs = JobTimes(tmp_path)
    assert requeue_lost(outbox.db, 6, since=enrolled(clock), jobs=jobs) == 4
    set_rows(outbox, "state = 'acked', acked_at = :at", at=to_utc_text(clock.now()))
    # Sent again, acked again, and the server still counts only up to 6: don't loop.
    assert requeue_lost(outbox.db, 6, since=enrolled(clock), jobs=jobs) == 0
    # Once the server has moved on, a later loss is found again.
    assert requeue_lost(outbox.db, 10, since=enrolled(clock), jobs=jobs) == 0
    assert requeue_lost(outbox.db, 6, since=enrolled(clock), jobs=jobs) == 4


# -- when the check runs ----------------------------------------------------------------------


def with_ack_state(central: FakeCentral, answer: dict[str, int]) -> httpx.MockTransport:
    """The fake central plus an ack-state endpoint giving *answer*."""

    def handle(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/devices/me/ack-state":
            central.requests.append(request)
            return httpx.Response(200, content=json.dumps(answer).encode())
        return central.handle(request)

    return httpx.MockTransport(handle)


def test_the_check_runs_once_a_day_and_after_a_cursor_expired(
    kiosk_app: Kiosk, desk: DeskInfo, clock: FakeClock, tmp_path: Path
) -> None:
    central = FakeCentral()
    client = enrolled_client(kiosk_app, central, clock.now, tmp_path / "config")
    client.transport = with_ack_state(central, {"max_contiguous_local_seq": 2, "ops_stored": 2})
    client.close()
    try:
        kiosk_app.registration.record(desk.desk_id, make_visit_input(count=2))
        assert client.sync_once().ok  # nothing acked before this run: no check
        assert central.count("/v1/devices/me/ack-state") == 0
        assert client.sync_once(force=True).ok
        assert client.sync_once(force=True).ok
        assert central.count("/v1/devices/me/ack-state") == 1  # once a day

        central.changes_answer = lambda cursor: (
            problem(410, "cursor_expired") if cursor is not None else None
        )
        assert client.sync_once(force=True).ok
        assert central.count("/v1/devices/me/ack-state") == 2  # a restore sign: check now
    finally:
        client.close()


def test_a_failing_check_does_not_fail_the_run(
    kiosk_app: Kiosk, desk: DeskInfo, clock: FakeClock, tmp_path: Path
) -> None:
    central = FakeCentral()  # answers 404: no ack-state on this server
    client = enrolled_client(kiosk_app, central, clock.now, tmp_path / "config")
    try:
        kiosk_app.registration.record(desk.desk_id, make_visit_input(count=2))
        assert client.sync_once().ok
        result = client.sync_once(force=True)
        assert result.ok and result.requeued == 0
        assert central.count("/v1/devices/me/ack-state") == 1
    finally:
        client.close()
