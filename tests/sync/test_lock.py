"""One sync run per desk database: a second process finds the lock, does nothing, exits 0."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from keyring.backends import fail

from kiosk.app import Kiosk
from kiosk.errors import Message
from kiosk.locations import demo_location
from kiosk.paths import app_paths
from sync.credentials import TokenStore
from sync.lock import SyncLock, lock_path
from sync.state import StateStore
from tests.conftest import FakeClock, make_visit_input
from tests.sync.test_fake_central import FakeCentral, enrolled_client, sync_state, table
from ui.sync_status import summary
from ui.words import phrase

ROOT = Path(__file__).resolve().parents[2]
HOLD = (
    "import sys; from pathlib import Path; from sync.lock import SyncLock\n"
    "with SyncLock(Path(sys.argv[1])).hold() as held:\n"
    "    print('held' if held else 'busy', flush=True); sys.stdin.read()\n"
)


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])  # nobody listens there once the probe closes


def child_env() -> dict[str, str]:
    return {
        **os.environ,  # KIOSK_HOME: the test's own data folder
        "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]),
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
    }


@pytest.fixture
def enrolled_home() -> Iterator[Kiosk]:
    """The KIOSK_HOME desk, enrolled at a loopback address nobody answers, 2 ops waiting."""
    app = Kiosk.open(app_paths())
    desk = app.locations.create(demo_location())
    app.registration.record(desk.desk_id, make_visit_input(count=2))
    StateStore(app.db).update(
        device_id="dev-1", server_url=f"http://127.0.0.1:{closed_port()}", enrolled_at=None
    )
    TokenStore(app.paths.config_dir, backend=fail.Keyring()).save("dev-1", "secret-token")
    yield app
    app.close()


def sync_once_in_a_process() -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ui", "sync", "--once"],
        cwd=ROOT,
        env=child_env(),
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_a_second_process_skips_its_run_and_exits_0(enrolled_home: Kiosk) -> None:
    database = enrolled_home.paths.database
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(database)],
        cwd=ROOT,
        env=child_env(),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        before = sync_state(enrolled_home)

        done = sync_once_in_a_process()

        assert done.returncode == 0, done.stderr
        assert done.stdout.strip() == phrase("sync.elsewhere")
        assert sync_state(enrolled_home) == before  # not even the attempt time was written
        assert [row["state"] for row in table(enrolled_home, "outbox")] == ["pending"] * 2
    finally:
        assert holder.stdin is not None
        holder.stdin.close()
        holder.wait(timeout=30)

    # The lock went with the holder: the next run is a real one (and finds no server).
    done = sync_once_in_a_process()
    assert done.returncode == 1, done.stdout + done.stderr
    assert "niet bereikbaar" in done.stderr
    assert sync_state(enrolled_home)["last_attempt_at"] is not None


def test_a_lock_dies_with_its_holder(tmp_path: Path) -> None:
    database = tmp_path / "kiosk.sqlite3"
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(database)],
        cwd=ROOT,
        env=child_env(),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
    with SyncLock(database).hold() as held:
        assert not held
    holder.kill()  # no clean release: the OS drops the lock
    holder.wait(timeout=30)
    with SyncLock(database).hold() as held:
        assert held
    assert lock_path(database).parent == database.parent


def test_a_run_in_this_process_while_another_holds_the_lock_changes_nothing(
    kiosk_app: Kiosk, clock: FakeClock, tmp_path: Path
) -> None:
    central = FakeCentral()
    client = enrolled_client(kiosk_app, central, clock.now, tmp_path / "config")
    desk = kiosk_app.locations.create(demo_location())
    kiosk_app.registration.record(desk.desk_id, make_visit_input(count=2))
    before = sync_state(kiosk_app)
    try:
        with SyncLock(kiosk_app.paths.database).hold() as held:
            assert held
            result = client.sync_once(force=True)
        assert result.elsewhere and result.skipped and not result.ok
        assert result.error == Message("sync.elsewhere") and result.pending_left == 2
        assert summary(result) == phrase("sync.elsewhere")
        assert central.requests == [] and sync_state(kiosk_app) == before

        assert client.sync_once(force=True).acked == 2  # free again
    finally:
        client.close()
