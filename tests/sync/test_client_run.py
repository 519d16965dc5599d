"""Enrollment, the config exchange, pulling catalogues, and the status the UI shows."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import timedelta
from importlib import resources
from pathlib import Path
from typing import Any

import httpx
import pytest

from kiosk import set_aside
from kiosk.app import Kiosk
from kiosk.catalogue import load_catalogues
from kiosk.clock import to_utc_text
from kiosk.errors import Message
from kiosk.locations import DeskInfo
from kiosk.paths import app_paths
from sync import pull
from sync.client import SyncClient
from sync.http import SyncError, check_server_url
from tests.conftest import FakeClock
from tests.sync.test_fake_central import (
    BRANCH,
    DEVICE_ID,
    GOOD_CODE,
    SERVER_URL,
    TOKEN,
    FakeCentral,
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
def fresh(
    kiosk_app: Kiosk, desk: DeskInfo, central: FakeCentral, clock: FakeClock, tmp_path: Path
) -> Iterator[SyncClient]:
    sync = new_client(kiosk_app, central, clock.now, tmp_path / "config")
    yield sync
    sync.close()


@pytest.fixture
def client(
    kiosk_app: Kiosk, desk: DeskInfo, central: FakeCentral, clock: FakeClock, tmp_path: Path
) -> Iterator[SyncClient]:
    sync = enrolled_client(kiosk_app, central, clock.now, tmp_path / "config")
    yield sync
    sync.close()


#: The first catalogue version the app does not ship (a pull installs it).
NEW = load_catalogues().current.version + 1


def catalogue(version: int) -> dict[str, Any]:
    shipped = resources.files("resources") / "catalogue" / "catalogue-1.json"
    data: dict[str, Any] = json.loads(shipped.read_text("utf-8"))
    return {**data, "version": version}


def change(seq: int, data: Any, *, id_: Any = None, **extra: Any) -> dict[str, Any]:
    version = data.get("version") if isinstance(data, dict) else None
    return {
        "change_seq": seq,
        "type": "catalogue",
        "id": str(version) if id_ is None else id_,
        "version": version,
        "deleted": False,
        "data": data,
        **extra,
    }


# -- enrollment -----------------------------------------------------------------------------


def test_enroll_keeps_the_identity_in_the_database_and_the_token_outside_it(
    fresh: SyncClient, kiosk_app: Kiosk, central: FakeCentral, clock: FakeClock
) -> None:
    result = fresh.enroll(SERVER_URL + "/", GOOD_CODE, " Balie 1 ", "walking")

    assert (result.device_id, result.branch_id) == (DEVICE_ID, BRANCH["id"])
    assert result.token_location == "file"
    [request] = central.requests
    assert json.loads(request.content) == {
        "code": GOOD_CODE,
        "device_name": "Balie 1",
        "device_kind": "walking",
    }
    state = sync_state(kiosk_app)
    assert state["device_id"] == DEVICE_ID
    assert (state["branch_id"], state["branch_name"]) == (BRANCH["id"], BRANCH["name"])
    assert (state["server_url"], state["device_name"]) == (SERVER_URL, "Balie 1")
    assert state["enrolled_at"] == to_utc_text(clock.now())
    assert fresh.tokens.load(DEVICE_ID) == TOKEN
    kiosk_app.close()
    for path in kiosk_app.paths.data_dir.rglob("*"):
        if path.is_file():
            assert TOKEN.encode() not in path.read_bytes(), path
    assert fresh.status().enrolled


def test_a_wrong_code_is_refused_plainly_and_changes_nothing(
    fresh: SyncClient, kiosk_app: Kiosk
) -> None:
    with pytest.raises(SyncError) as refused:
        fresh.enroll(SERVER_URL, "WRONG", "Balie 1")
    assert refused.value.kind == "refused"
    assert "koppelcode" in said(refused.value.message)
    assert not fresh.status().enrolled


def test_enroll_while_offline_is_a_transient_error(fresh: SyncClient, central: FakeCentral) -> None:
    def offline(body: dict[str, Any]) -> httpx.Response:
        raise httpx.ConnectError("no route")

    central.enroll_answer = offline
    with pytest.raises(SyncError) as failed:
        fresh.enroll(SERVER_URL, GOOD_CODE, "Balie 1")
    assert failed.value.kind == "transient"


def test_the_device_name_loses_invisible_characters_and_cannot_be_empty(
    fresh: SyncClient, central: FakeCentral, kiosk_app: Kiosk
) -> None:
    sent: list[str] = []

    def record_name(body: dict[str, Any]) -> None:
        sent.append(body["device_name"])

    central.enroll_answer = record_name
    with pytest.raises(SyncError) as failed:
        fresh.enroll(SERVER_URL, GOOD_CODE, " \u200b\x00 ")
    assert failed.value.kind == "refused" and "naam" in said(failed.value.message)
    assert sent == []  # refused before any request
    fresh.enroll(SERVER_URL, GOOD_CODE, "Balie\x00 1\ufeff")
    assert sent == ["Balie 1"]
    assert sync_state(kiosk_app)["device_name"] == "Balie 1"


@pytest.mark.parametrize(
    "url",
    ["http://sync.example.org", "ftp://x", "sync.example.org", "https://a@b.org", "https://x/?a"],
)
def test_a_server_address_that_would_leak_the_token_is_refused(
    fresh: SyncClient, central: FakeCentral, url: str
) -> None:
    with pytest.raises(SyncError) as refused:
        fresh.enroll(url, GOOD_CODE, "Balie 1")
    assert refused.value.kind == "refused" and "ongeldig" in said(refused.value.message)
    assert refused.value.message == Message("sync.url_invalid")
    assert central.requests == []


def test_plain_http_is_allowed_on_this_machine_only() -> None:
    assert check_server_url("http://127.0.0.1:8765/") == "http://127.0.0.1:8765"
    assert check_server_url("http://localhost:8000") == "http://localhost:8000"
    assert check_server_url("https://sync.example.org/") == "https://sync.example.org"


def test_reenrolling_keeps_the_outbox_and_forgets_the_old_token(
    client: SyncClient, kiosk_app: Kiosk, desk: DeskInfo, central: FakeCentral
) -> None:
    record(kiosk_app, desk, 2)
    op_ids = [row["op_id"] for row in table(kiosk_app, "outbox")]
    central.codes.add("SECOND")
    central.enroll_answer = lambda body: httpx.Response(
        201,
        json={"device_id": "dev-2", "branch": BRANCH, "token": "tok-2", "server_time": "x"},
    )
    central.token = "tok-2"

    client.enroll(SERVER_URL, "SECOND", "Balie 1")

    assert client.tokens.load(DEVICE_ID) is None
    assert states(kiosk_app) == ["pending", "pending"]
    assert client.sync_once().acked == 2
    assert {b["device_id"] for b in central.batches} == {"dev-2"}
    # The same ops, never re-minted (protocol §2.5 rule 1).
    assert [op["op_id"] for b in central.batches for op in b["ops"]] == op_ids


# -- before and around a run ----------------------------------------------------------------


def test_a_desk_that_is_not_enrolled_makes_no_request(
    fresh: SyncClient, kiosk_app: Kiosk, desk: DeskInfo, central: FakeCentral
) -> None:
    record(kiosk_app, desk)
    result = fresh.sync_once()
    assert not result.ok and "niet gekoppeld" in said(result.error)
    assert result.pending_left == 1
    assert central.requests == []


def test_a_missing_token_pauses_for_reenrollment(client: SyncClient, central: FakeCentral) -> None:
    client.tokens.delete(DEVICE_ID)
    result = client.sync_once()
    assert result.paused_reason == "reenroll" and "sleutel" in said(result.error)
    assert central.requests == []


def test_the_config_is_asked_once_an_hour_and_measures_the_clock(
    client: SyncClient, kiosk_app: Kiosk, central: FakeCentral, clock: FakeClock
) -> None:
    central.config["server_time"] = to_utc_text(clock.now() - timedelta(minutes=10))
    central.config["poll_seconds"] = 30

    client.sync_once(force=True)
    clock.advance(minutes=30)
    client.sync_once(force=True)

    assert central.count("/v1/config") == 1
    assert client.poll_seconds == 30
    state = sync_state(kiosk_app)
    assert (state["last_skew_seconds"], state["clock_flag"]) == (600, "device_clock_skew")
    clock.advance(minutes=31)
    client.sync_once(force=True)
    assert central.count("/v1/config") == 2


def test_status_sums_up_the_outbox_and_the_last_run(
    client: SyncClient, kiosk_app: Kiosk, desk: DeskInfo, central: FakeCentral, clock: FakeClock
) -> None:
    record(kiosk_app, desk, 3)
    client.sync_once()
    record(kiosk_app, desk, 2)
    central.script.append(lambda body: problem(500, "internal"))
    client.sync_once()

    status = client.status()

    assert status.enrolled and status.branch_name == BRANCH["name"]
    assert status.counts["acked"] == 3 and status.waiting == 2
    assert status.last_success_at == to_utc_text(clock.now())
    assert "storing" in said(status.last_error)
    assert status.next_attempt_at is not None
    assert status.clock_offset_seconds == -3
    assert json.loads(json.dumps(status.to_json()))["waiting"] == 2


def test_the_last_message_is_kept_as_a_code_with_the_retry_time(
    client: SyncClient, kiosk_app: Kiosk, desk: DeskInfo, central: FakeCentral, clock: FakeClock
) -> None:
    record(kiosk_app, desk)
    central.script.append(lambda body: problem(503, "overloaded"))

    result = client.sync_once()

    assert result.next_attempt_at is not None
    retry_at = to_utc_text(result.next_attempt_at)
    assert result.error == Message("sync.busy", {"retry_at": retry_at})
    stored = sync_state(kiosk_app)["last_error"]
    assert Message.from_json(stored) == result.error
    assert client.status().last_error == result.error
    assert client.status().to_json()["last_error"] == {
        "code": "sync.busy",
        "params": {"retry_at": retry_at},
    }
    local = f"{result.next_attempt_at.astimezone():%H:%M}"
    assert said(result.error).endswith(f"Ze worden later verstuurd. Nieuwe poging om {local}.")
    skipped = client.sync_once()  # not due yet: the kept message again
    assert skipped.skipped and skipped.error == result.error


def test_a_last_message_an_older_version_kept_in_dutch_is_shown_as_it_is(
    client: SyncClient,
) -> None:
    dutch = "De centrale server heeft een storing. Nieuwe poging om 10:50."
    client.states.update(last_error=dutch)

    kept = client.status().last_error

    assert kept == Message("sync.stored_text", {"text": dutch})
    assert said(kept) == dutch


# -- pull -----------------------------------------------------------------------------------


def test_a_pulled_catalogue_is_installed_for_the_next_start(
    client: SyncClient, kiosk_app: Kiosk, central: FakeCentral
) -> None:
    central.changes = [change(1, catalogue(NEW))]

    result = client.sync_once()

    assert result.ok and result.pulled == 1 and result.new_catalogues == (NEW,)
    assert (kiosk_app.paths.catalogue_dir / f"catalogue-{NEW}.json").is_file()
    assert sync_state(kiosk_app)["pull_cursor"] == "c1"
    reopened = Kiosk.open(app_paths(kiosk_app.paths.data_dir.parent))
    try:
        assert reopened.catalogues.current.version == NEW
    finally:
        reopened.close()

    central.requests.clear()
    assert client.sync_once(force=True).new_catalogues == ()
    [pulled] = [r for r in central.requests if r.url.path == "/v1/changes"]
    assert pulled.url.params["cursor"] == "c1"


def test_pages_are_followed_and_the_cursor_moves_page_by_page(
    client: SyncClient, kiosk_app: Kiosk, central: FakeCentral, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pull, "PAGE_SIZE", 2)
    central.changes = [change(n, catalogue(NEW - 1 + n)) for n in range(1, 6)]
    cursors: list[str | None] = []

    def watch(cursor: str | None) -> None:
        cursors.append(sync_state(kiosk_app)["pull_cursor"])

    central.changes_answer = lambda cursor: watch(cursor)  # type: ignore[func-returns-value]

    result = client.sync_once()

    assert result.pulled == 5 and result.new_catalogues == tuple(range(NEW, NEW + 5))
    assert cursors == [None, "c2", "c4"]
    assert sync_state(kiosk_app)["pull_cursor"] == "c5"


def test_the_cursor_moves_only_after_the_file_is_on_disk(
    client: SyncClient, kiosk_app: Kiosk, central: FakeCentral, monkeypatch: pytest.MonkeyPatch
) -> None:
    central.changes = [change(1, catalogue(NEW))]

    def full_disk(path: Path, data: bytes, *, mode: int = 0o644) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(pull, "write_durably", full_disk)

    result = client.sync_once()

    assert not result.ok and "schijf vol" in said(result.error)
    assert sync_state(kiosk_app)["pull_cursor"] is None


@pytest.mark.parametrize(
    ("bad", "set_aside_as"),
    [
        (change(1, {"format": 1, "version": 2}), "catalogue"),  # not a valid catalogue
        (change(1, catalogue(2), id_="../../evil"), "catalogue"),  # id and version disagree
        (change(1, "not an object"), "catalogue"),
        (change(1, catalogue(2), deleted=True), None),  # withdrawn: old records still need it
        (change(1, catalogue(1)), None),  # shipped with the app: the shipped file wins anyway
        ({"change_seq": 1, "type": "slot", "id": "s1", "data": {}}, "slot"),  # incomplete
    ],
)
def test_changes_that_cannot_be_installed_are_skipped_and_passed(
    client: SyncClient,
    kiosk_app: Kiosk,
    central: FakeCentral,
    bad: dict[str, Any],
    set_aside_as: str | None,
) -> None:
    central.changes = [bad, change(2, catalogue(3))]

    result = client.sync_once()

    assert result.ok and result.new_catalogues == (3,)
    assert sorted(p.name for p in kiosk_app.paths.catalogue_dir.iterdir()) == ["catalogue-3.json"]
    assert sync_state(kiosk_app)["pull_cursor"] == "c2"
    with kiosk_app.db.read() as session:
        noted = [note.type for note in set_aside.listed(session)]
    assert noted == ([set_aside_as] if set_aside_as else [])


def test_an_expired_cursor_starts_the_pull_over(
    client: SyncClient, kiosk_app: Kiosk, central: FakeCentral
) -> None:
    central.changes = [change(1, catalogue(2))]
    client.sync_once()
    expired = {"c1"}
    central.changes_answer = lambda cursor: (
        problem(410, "cursor_expired") if cursor in expired else None
    )

    result = client.sync_once(force=True)

    assert result.ok and result.pulled == 1
    assert [r.url.params.get("cursor") for r in central.requests[-2:]] == ["c1", None]


def test_a_failed_pull_keeps_what_the_push_achieved(
    client: SyncClient, kiosk_app: Kiosk, desk: DeskInfo, central: FakeCentral
) -> None:
    record(kiosk_app, desk, 2)
    central.changes_answer = lambda cursor: problem(503, "overloaded", headers={"Retry-After": "5"})

    result = client.sync_once()

    assert not result.ok and result.acked == 2
    assert states(kiosk_app) == ["acked", "acked"]
    assert sync_state(kiosk_app)["last_success_at"] is None
