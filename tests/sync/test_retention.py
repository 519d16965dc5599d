"""Purge of acked outbox rows after the retention window: acked and old only, in chunks."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from sqlalchemy import text

from kiosk.app import Kiosk
from kiosk.clock import to_utc_text
from kiosk.locations import DeskInfo
from sync.retention import RETENTION, purge_acked, purge_if_due
from sync.schedule import JobTimes
from tests.conftest import FakeClock, make_visit_input
from tests.sync.test_fake_central import FakeCentral, enrolled_client, table

STATES = ("pending", "inflight", "rejected", "conflicted", "quarantined")


def set_row(app: Kiosk, seq: int, state: str, acked_at: str | None) -> None:
    with app.db.write() as session:
        session.execute(
            text("UPDATE outbox SET state = :s, acked_at = :a WHERE local_seq = :q"),
            {"s": state, "a": acked_at, "q": seq},
        )


def test_only_acked_rows_past_the_window_are_deleted(
    kiosk_app: Kiosk, desk: DeskInfo, clock: FakeClock
) -> None:
    kiosk_app.registration.record(desk.desk_id, make_visit_input(count=12))
    now = clock.now()
    old = to_utc_text(now - RETENTION - timedelta(minutes=1))
    recent = to_utc_text(now - RETENTION + timedelta(minutes=1))
    # Every other state survives, even with an old acked_at (a row requeued after an ack).
    for seq, state in enumerate(STATES, start=1):
        set_row(kiosk_app, seq, state, old)
    set_row(kiosk_app, 6, "acked", recent)
    set_row(kiosk_app, 7, "acked", None)  # no ack time: never assumed old
    for seq in range(8, 13):
        set_row(kiosk_app, seq, "acked", old)

    deleted = purge_acked(kiosk_app.db, now, chunk=2)  # three chunks: 2 + 2 + 1

    assert deleted == 5
    left = {row["local_seq"]: row["state"] for row in table(kiosk_app, "outbox")}
    assert left == {**dict(enumerate(STATES, start=1)), 6: "acked", 7: "acked"}
    # The visits stay: only their outbox rows went.
    assert len(table(kiosk_app, "visit")) == 12
    assert purge_acked(kiosk_app.db, now) == 0


def test_the_purge_runs_at_most_once_a_day(
    kiosk_app: Kiosk, desk: DeskInfo, clock: FakeClock, tmp_path: Path
) -> None:
    jobs = JobTimes(tmp_path)
    kiosk_app.registration.record(desk.desk_id, make_visit_input(count=2))
    old = to_utc_text(clock.now() - RETENTION - timedelta(days=1))
    assert purge_if_due(kiosk_app.db, jobs, clock.now()) == 0
    set_row(kiosk_app, 1, "acked", old)
    clock.advance(hours=23)
    assert purge_if_due(kiosk_app.db, jobs, clock.now()) == 0  # not due yet
    clock.advance(hours=1)
    assert purge_if_due(kiosk_app.db, jobs, clock.now()) == 1


def test_a_sync_run_purges_what_it_acked_a_month_ago(
    kiosk_app: Kiosk, desk: DeskInfo, clock: FakeClock, tmp_path: Path
) -> None:
    central = FakeCentral()
    client = enrolled_client(kiosk_app, central, clock.now, tmp_path / "config")
    try:
        kiosk_app.registration.record(desk.desk_id, make_visit_input(count=3))
        first = client.sync_once()
        assert first.ok and first.acked == 3 and first.purged == 0
        clock.advance(RETENTION + timedelta(days=1))
        kiosk_app.registration.record(desk.desk_id, make_visit_input(count=1))

        result = client.sync_once()

        assert result.ok and result.purged == 3 and result.acked == 1
        assert [row["state"] for row in table(kiosk_app, "outbox")] == ["acked"]
    finally:
        client.close()
