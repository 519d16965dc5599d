"""A sync run on a full disk: it stops with a plain message, loses nothing, and the next run
sends everything once there is room (issue 17 §2)."""

from __future__ import annotations

import resource
import signal
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from kiosk.app import Kiosk
from kiosk.locations import DeskInfo
from tests.conftest import FakeClock
from tests.sync.test_fake_central import FakeCentral, enrolled_client, record, said, states


@pytest.fixture
def full_disk() -> Iterator[Callable[[], None]]:
    """A real write failure from the OS for every file this process makes grow past 1 kB:
    SQLite's write-ahead log cannot take a single page (SQLITE_FULL), nor can any file.
    Gives the way back: room again."""
    before = resource.getrlimit(resource.RLIMIT_FSIZE)
    previous = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (1_000, before[1]))
    try:
        yield lambda: resource.setrlimit(resource.RLIMIT_FSIZE, before)
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, before)
        signal.signal(signal.SIGXFSZ, previous)


def test_a_full_disk_stops_the_run_plainly_and_the_next_one_sends(
    kiosk_app: Kiosk,
    desk: DeskInfo,
    clock: FakeClock,
    tmp_path: Path,
    request: pytest.FixtureRequest,
) -> None:
    central = FakeCentral()
    client = enrolled_client(kiosk_app, central, clock.now, tmp_path / "config")
    try:
        record(kiosk_app, desk, count=3)
        kiosk_app.db.engine.dispose()  # the WAL folded in: the next write must grow a file
        with kiosk_app.db.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        room_again = request.getfixturevalue("full_disk")

        result = client.sync_once(force=True)
        assert not result.ok and result.error is not None
        assert result.error.code in ("sync.stopped_storage", "sync.stopped_disk")
        assert said(result.error).startswith("Synchroniseren is gestopt")

        room_again()
        assert set(states(kiosk_app)) <= {"pending", "inflight", "acked"}  # nothing lost
        clock.advance(minutes=10)
        assert client.sync_once(force=True).ok  # room again: no restart
        assert states(kiosk_app) == ["acked"] * 3 or states(kiosk_app) == []
    finally:
        client.close()
