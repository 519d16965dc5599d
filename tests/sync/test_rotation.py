"""Device token rotation against the real central app: scheduled, on request, and after crashes.

The desk's client talks to the FastAPI app in-process (Starlette's test transport), so every
token the test checks is checked by the server's own authentication. :class:`RealCentral` is
also used by ``test_reconcile.py`` (it can restart the server on a restored database file).
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
import warnings
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from keyring.backends import fail

from kiosk.app import Kiosk
from kiosk.locations import DeskInfo
from sync.central import branches, organisations
from sync.central.app import create_app
from sync.central.settings import Settings
from sync.client import SyncClient
from sync.credentials import TokenStore
from sync.rotation import ROTATE_AFTER
from tests.conftest import FakeClock, make_visit_input
from tests.sync.central.conftest import ServerClock
from tests.sync.test_fake_central import FakeCentral, enrolled_client
from ui.cli import EXIT_OK, main
from ui.words import phrase

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # Starlette's TestClient warns about httpx
    from fastapi.testclient import TestClient

SERVER_URL = "http://127.0.0.1:8765"  # never dialled: the test transport answers in-process
ADMIN = "admin-secret-for-rotation-tests"
BRANCH = {
    "id": "b1",
    "name": "Vestiging Centrum",
    "organisation": "bibliotheek-proefstad",
    "municipality": "GM0344",  # Utrecht
}


class RealCentral:
    """The central app on a SQLite file, restartable (e.g. on a file restored from a backup)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.database = folder / "central.sqlite3"
        self.clock = ServerClock()
        self.client: TestClient | None = None
        self.start()
        with self.app_db().write() as conn:
            organisations.add_organisation(
                conn, BRANCH["organisation"], "Bibliotheek Proefstad", self.clock.now()
            )
            branches.add_branch(conn, BRANCH, self.clock.now())

    def start(self) -> None:
        settings = Settings(
            database_url=f"sqlite:///{self.database}",
            data_dir=self.folder / "data",
            admin_token=ADMIN,
            rate_per_second=1000.0,
            rate_burst=1000,
            enroll_rate_per_second=1000.0,
            enroll_burst=1000,
        )
        self.client = TestClient(create_app(settings, now=self.clock.now))
        self.client.__enter__()

    def stop(self) -> None:
        if self.client is not None:
            self.client.__exit__(None, None, None)
            self.client = None

    def app_db(self) -> Any:
        assert self.client is not None
        return self.client.app.state.central.db  # type: ignore[attr-defined]

    def transport(self) -> httpx.BaseTransport:
        assert self.client is not None
        return self.client._transport  # the app, in-process

    def code(self) -> str:
        assert self.client is not None
        answer = self.client.post(
            "/admin/enrollments",
            json={"branch": "b1"},
            headers={"Authorization": f"Bearer {ADMIN}"},
        )
        assert answer.status_code == 201, answer.text
        return str(answer.json()["code"])

    def get(self, path: str, token: str) -> httpx.Response:
        assert self.client is not None
        return self.client.get(path, headers={"Authorization": f"Bearer {token}"})

    def rotate(self, token: str) -> str:
        """Ask for a new token directly (a rotation whose answer the desk never saw)."""
        assert self.client is not None
        answer = self.client.post("/v1/token/rotate", headers={"Authorization": f"Bearer {token}"})
        assert answer.status_code == 200, answer.text
        return str(answer.json()["token"])

    def backup(self) -> Path:
        """Take a consistent copy (SQLite's backup API: the WAL's content included)."""
        copy = self.folder / "backup.sqlite3"
        with (
            contextlib.closing(sqlite3.connect(self.database)) as source,
            contextlib.closing(sqlite3.connect(copy)) as target,
        ):
            source.backup(target)
        return copy

    def restore(self, backup: Path) -> None:
        """Stop, put *backup* in place of the database (and drop its WAL), start again."""
        self.stop()
        for suffix in ("-wal", "-shm"):
            Path(f"{self.database}{suffix}").unlink(missing_ok=True)
        shutil.copyfile(backup, self.database)
        self.start()


@pytest.fixture
def real_central(tmp_path: Path) -> Iterator[RealCentral]:
    server = RealCentral(tmp_path / "central")
    yield server
    server.stop()


@pytest.fixture
def tokens(tmp_path: Path) -> TokenStore:
    return TokenStore(tmp_path / "config", backend=fail.Keyring())


@pytest.fixture
def desk_client(
    kiosk_app: Kiosk,
    desk: DeskInfo,
    real_central: RealCentral,
    tokens: TokenStore,
    clock: FakeClock,
) -> Iterator[SyncClient]:
    client = SyncClient.for_kiosk(
        kiosk_app, transport=real_central.transport(), tokens=tokens, now=clock.now
    )
    client.enroll(SERVER_URL, real_central.code(), "Balie 1")
    yield client
    client.close()


def device_id(client: SyncClient) -> str:
    found = client.states.get().device_id
    assert found is not None
    return found


def current_token(client: SyncClient) -> str:
    token = client.tokens.load(device_id(client))
    assert token is not None
    return token


def later(clock: FakeClock, server: RealCentral, delta: timedelta) -> None:
    clock.advance(delta)
    server.clock.advance(seconds=delta.total_seconds())


def test_a_young_token_is_left_alone(
    desk_client: SyncClient, kiosk_app: Kiosk, desk: DeskInfo, real_central: RealCentral
) -> None:
    before = current_token(desk_client)
    kiosk_app.registration.record(desk.desk_id, make_visit_input(count=2))

    result = desk_client.sync_once()

    assert result.ok and result.acked == 2 and not result.token_rotated
    assert current_token(desk_client) == before


def test_an_old_token_is_rotated_and_the_old_one_retired(
    desk_client: SyncClient,
    kiosk_app: Kiosk,
    desk: DeskInfo,
    real_central: RealCentral,
    clock: FakeClock,
) -> None:
    old = current_token(desk_client)
    later(clock, real_central, ROTATE_AFTER + timedelta(days=1))
    kiosk_app.registration.record(desk.desk_id, make_visit_input(count=3))

    result = desk_client.sync_once()

    assert result.ok and result.token_rotated and result.acked == 3
    new = current_token(desk_client)
    assert new != old and desk_client.tokens.staged(device_id(desk_client)) is None
    assert real_central.get("/v1/config", new).status_code == 200
    # The new token was used, so the server no longer takes the old one.
    assert real_central.get("/v1/config", old).status_code == 401
    # Rotated means young again: the next run leaves it alone.
    assert not desk_client.sync_once(force=True).token_rotated
    assert current_token(desk_client) == new


def test_a_rotation_whose_answer_was_lost_costs_nothing(
    desk_client: SyncClient, real_central: RealCentral, clock: FakeClock
) -> None:
    old = current_token(desk_client)
    later(clock, real_central, ROTATE_AFTER + timedelta(days=1))
    real_central.rotate(old)  # the server issued a token the desk never received
    later(clock, real_central, timedelta(days=1))  # the next try, within the 7-day grace

    result = desk_client.sync_once()

    assert result.ok and result.token_rotated
    assert real_central.get("/v1/config", current_token(desk_client)).status_code == 200
    assert real_central.get("/v1/config", old).status_code == 401


def test_a_crash_after_staging_is_finished_by_the_next_run(
    desk_client: SyncClient, real_central: RealCentral
) -> None:
    old = current_token(desk_client)
    fresh = real_central.rotate(old)
    desk_client.tokens.stage(device_id(desk_client), fresh)  # then the process died

    result = desk_client.sync_once()

    assert result.ok and result.token_rotated
    assert current_token(desk_client) == fresh
    assert desk_client.tokens.staged(device_id(desk_client)) is None
    assert real_central.get("/v1/config", old).status_code == 401


def test_a_crash_after_the_new_token_was_used_does_not_lock_the_desk_out(
    desk_client: SyncClient, real_central: RealCentral
) -> None:
    old = current_token(desk_client)
    fresh = real_central.rotate(old)
    desk_client.tokens.stage(device_id(desk_client), fresh)
    assert real_central.get("/v1/config", fresh).status_code == 200  # proven, then a crash
    assert real_central.get("/v1/config", old).status_code == 401  # the old one is gone

    result = desk_client.sync_once()

    assert result.ok and result.paused_reason is None
    assert current_token(desk_client) == fresh


def test_a_staged_token_the_server_never_kept_is_dropped(desk_client: SyncClient) -> None:
    old = current_token(desk_client)
    desk_client.tokens.stage(device_id(desk_client), "not-a-token-the-server-knows")

    result = desk_client.sync_once()

    assert result.ok and not result.token_rotated
    assert current_token(desk_client) == old
    assert desk_client.tokens.staged(device_id(desk_client)) is None


def test_the_rotate_token_command_renews_the_token_now(
    real_central: RealCentral, tokens: TokenStore, capsys: pytest.CaptureFixture[str]
) -> None:
    transport = real_central.transport()
    code = real_central.code()
    assert (
        main(["enroll", "--server", SERVER_URL, "--code", code], transport=transport, tokens=tokens)
        == EXIT_OK
    )
    [device] = [k for k in tokens._read_file() if "+" not in k]
    old = tokens.load(device)
    assert old is not None

    assert main(["rotate-token"], transport=transport, tokens=tokens) == EXIT_OK

    assert phrase("sync.token_rotated") in capsys.readouterr().out
    new = tokens.load(device)
    assert new is not None and new != old
    assert real_central.get("/v1/config", new).status_code == 200
    assert real_central.get("/v1/config", old).status_code == 401


def test_a_server_without_rotation_is_asked_again_only_the_next_day(
    kiosk_app: Kiosk, clock: FakeClock, tmp_path: Path
) -> None:
    central = FakeCentral()  # answers 404 to /v1/token/rotate
    client = enrolled_client(kiosk_app, central, clock.now, tmp_path / "config")
    clock.advance(ROTATE_AFTER + timedelta(days=1))
    try:
        assert client.sync_once().ok
        assert client.sync_once(force=True).ok
        assert central.count("/v1/token/rotate") == 1
        clock.advance(days=1)
        assert client.sync_once(force=True).ok
        assert central.count("/v1/token/rotate") == 2
    finally:
        client.close()
