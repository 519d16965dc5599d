"""End to end: a desk enrolls with the real central endpoint and drains its outbox.

Starts ``python -m sync.central.cli serve`` on loopback (plain http is allowed there only),
enrolls with a code from the server's own CLI, records a few hundred visits, syncs, and asks
the server's ``ack-state`` what it stored. Then it replays everything, as after a lost
answer: the server must count nothing twice.
"""

from __future__ import annotations

import os
import socket
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from keyring.backends import fail

from kiosk.app import Kiosk
from kiosk.locations import DeskInfo
from sync.client import SyncClient
from sync.credentials import TokenStore
from tests.conftest import make_visit_input

pytest.importorskip("sync.central.cli")
pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
BRANCH = "br-e2e"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class Central:
    """The server process and its admin CLI, on one data folder."""

    def __init__(self, folder: Path) -> None:
        self.cli = [sys.executable, "-m", "sync.central.cli", "--data-dir", str(folder)]
        self.env = {
            **os.environ,
            "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]),
        }
        self.url = f"http://127.0.0.1:{free_port()}"
        self.log = folder.parent / "central.log"
        self.process: subprocess.Popen[bytes] | None = None

    def admin(self, *args: str) -> str:
        done = subprocess.run(
            [*self.cli, *args], cwd=ROOT, env=self.env, capture_output=True, text=True, timeout=60
        )
        assert done.returncode == 0, done.stderr
        return done.stdout

    def start(self) -> None:
        port = self.url.rsplit(":", 1)[1]
        with self.log.open("wb") as out:
            self.process = subprocess.Popen(
                [*self.cli, "serve", "--host", "127.0.0.1", "--port", port],
                cwd=ROOT,
                env=self.env,
                stdout=out,
                stderr=subprocess.STDOUT,
            )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            assert self.process.poll() is None, self.log.read_text()
            try:
                httpx.get(f"{self.url}/v1/config", timeout=1)  # any answer: it listens
                return
            except httpx.TransportError:
                time.sleep(0.1)
        raise AssertionError(f"server did not start:\n{self.log.read_text()}")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)


@pytest.fixture
def central(tmp_path: Path) -> Iterator[Central]:
    server = Central(tmp_path / "central")
    server.admin("migrate")
    server.admin("org-add", "--code", "bibliotheek-proefstad", "--name", "Bibliotheek Proefstad")
    server.admin(
        "branch-add",
        *("--id", BRANCH, "--name", "Vestiging E2E"),
        *("--organisation", "bibliotheek-proefstad", "--municipality", "GM0344"),
    )
    server.start()
    yield server
    server.stop()


def test_a_desk_enrolls_and_drains_a_few_hundred_visits_exactly_once(
    central: Central, kiosk_app: Kiosk, desk: DeskInfo, tmp_path: Path
) -> None:
    record = kiosk_app.registration
    record.record(desk.desk_id, make_visit_input(count=200))
    record.record(desk.desk_id, make_visit_input(count=150))
    first = record.day(desk.desk_id).rows[0].id
    record.void(desk.desk_id, first, "dubbel geregistreerd")
    expected = 351

    code = central.admin("enroll-code", "--branch", BRANCH).strip().splitlines()[-1].strip()
    client = SyncClient.for_kiosk(
        kiosk_app, tokens=TokenStore(tmp_path / "config", backend=fail.Keyring())
    )
    try:
        enrolled = client.enroll(central.url, code, "Balie E2E")
        assert enrolled.branch_id == BRANCH

        result = client.sync_once()

        assert result.ok, result.error
        assert (result.acked, result.rejected, result.pending_left) == (expected, 0, 0)
        assert client.status().counts["acked"] == expected
        token = client.tokens.load(enrolled.device_id)
        assert token is not None
        ack = httpx.get(
            f"{central.url}/v1/devices/me/ack-state",
            headers={"Authorization": f"Bearer {token}"},
        ).json()
        assert ack["ops_stored"] == expected
        assert ack["max_contiguous_local_seq"] == expected

        # Every answer lost (or the desk restored from a backup): send it all again.
        with sqlite3.connect(kiosk_app.paths.database) as conn:
            conn.execute("UPDATE outbox SET state = 'pending'")
        again = client.sync_once(force=True)

        assert again.ok and again.acked == expected
        stored = httpx.get(
            f"{central.url}/v1/devices/me/ack-state",
            headers={"Authorization": f"Bearer {token}"},
        ).json()["ops_stored"]
        assert stored == expected  # nothing counted twice
    finally:
        client.close()
