"""Retention on the server: contact fields cleared past the branch's retention; old batch
answers pruned; ``ido-central purge`` and ``serve``'s start-up run (docs/belastinghulp.md §6).
"""

from __future__ import annotations

import json
import time

from fastapi.testclient import TestClient  # conftest imported it quietly first

from sync.central.app import create_app
from sync.central.cli import main
from sync.central.planning.purge import purge_all
from tests.sync.central.test_central_planning import Planner, feed, statuses

OLD_DAY = "2026-10-01"  # 58 days before the test clock's 2026-11-28
RECENT_DAY = "2026-11-20"  # 8 days before


def _setup(desk):
    plan = Planner(desk)
    old_slot, create_old = plan.slot(day=OLD_DAY, capacity=1)
    new_slot, create_new = plan.slot(day=RECENT_DAY)
    old, book_old = plan.book(old_slot)
    lost, book_lost = plan.book(old_slot, name="Verloren")  # full: stored as conflict
    recent, book_recent = plan.book(new_slot)
    old_wait, wait_old = plan.record(
        "waiting", name="W. Oud", phone="0600000000", created_at=f"{OLD_DAY}T09:00:00.000Z"
    )
    new_wait, wait_new = plan.record(
        "waiting", name="W. Nieuw", position=2, created_at="2026-11-27T09:00:00.000Z"
    )
    body = desk.send([create_old, create_new, book_old, book_lost, book_recent, wait_old, wait_new])
    assert statuses(body)[3] == ("conflict", "slot_full")
    return old, lost, recent, old_wait, new_wait


def test_purge_clears_contact_fields_past_retention(central, desk):
    old, lost, recent, old_wait, new_wait = _setup(desk)
    report = purge_all(central.db, central.clock.now())
    assert (report.bookings, report.waiting) == (2, 1)
    rows = {r.id: r for r in central.table("plan_booking")}
    for purged in (old, lost):
        row = rows[purged]
        assert (row.name, row.phone, row.email, row.remark) == (None, None, None, None)
        assert row.purged_at is not None and row.status == "booked" and row.purpose == ["aangifte"]
    assert rows[recent].name == "J. Jansen" and rows[recent].purged_at is None
    records = {r.id: r for r in central.table("plan_record")}
    assert records[old_wait].data["name"] is None and records[old_wait].purged_at is not None
    assert records[new_wait].data["name"] == "W. Nieuw"
    # No copy keeps them: not the feed, not the dead letter of the conflicting booking.
    for change in feed(desk):
        if change["id"] in (old, lost, old_wait):
            assert change["data"]["name"] is None and change["data"].get("phone") is None
    letters = [json.loads(r.payload) for r in central.table("rejection")]
    assert [op["payload"]["name"] for op in letters] == [None]
    # Purging again finds nothing new.
    assert purge_all(central.db, central.clock.now()).bookings == 0
    # A desk's late upsert of the purged entry (sent before it purged) brings nothing back.
    _, late = Planner(desk).record("waiting", old_wait, name="W. Oud", phone="0600000000")
    assert statuses(desk.send([late])) == [("accepted", None)]
    entry = {r.id: r for r in central.table("plan_record")}[old_wait]
    assert (
        entry.data["name"] is None and entry.data["phone"] is None and entry.data["position"] == 1
    )


def test_branch_retention_setting_and_cli(central, desk, database_url, capsys, monkeypatch):
    _old, _lost, recent, _ow, _nw = _setup(desk)
    # The command reads the wall clock; here it reads the test's, so the days stay fixed.
    monkeypatch.setattr("sync.central.cli._now", central.clock.now)
    assert (
        main(["--database-url", database_url, "plan-retention", "--branch", "b1", "--days", "5"])
        == 0
    )
    assert (
        main(["--database-url", database_url, "plan-retention", "--branch", "zz", "--days", "5"])
        == 1
    )
    assert main(["--database-url", database_url, "purge"]) == 0
    assert "Purged 3 bookings and 1 waiting entries" in capsys.readouterr().out
    rows = {r.id: r for r in central.table("plan_booking")}
    assert rows[recent].name is None  # 8 days ago > 5 days of retention


def test_old_batch_answers_are_pruned(central, desk):
    desk.send([desk.visit()])
    central.clock.advance(days=6)
    desk.send([desk.visit()])
    central.clock.advance(days=2)
    assert purge_all(central.db, central.clock.now()).batches == 1
    assert central.count("batch") == 1
    assert central.count("applied_op") == 2  # the ops themselves are never pruned


def test_serve_purges_at_start_up(central, desk, settings, server_clock):
    old, *_ = _setup(desk)
    app = create_app(settings, now=server_clock.now, purge_every=3600)
    with TestClient(app):
        for _ in range(100):
            if central.table("plan_booking") and any(
                r.id == old and r.purged_at for r in central.table("plan_booking")
            ):
                break
            time.sleep(0.05)
    row = next(r for r in central.table("plan_booking") if r.id == old)
    assert row.name is None and row.purged_at is not None


def test_a_refused_booking_never_stored_loses_its_contact_after_the_retention(central, desk):
    """A dead letter whose booking was never stored has no booking purge to follow it."""
    plan = Planner(desk)
    slot, create = plan.slot(day=RECENT_DAY)
    _, refused = plan.book(slot, name="A. Weigering", purpose=["geen_bestaand_doel"])
    desk.rehash(refused)
    body = desk.send([create, refused])
    assert statuses(body)[1] == ("rejected", "validation_failed")
    assert central.count("plan_booking") == 0

    def letter():
        (row,) = central.table("rejection")
        return json.loads(row.payload)

    purge_all(central.db, central.clock.now())  # not yet past the retention: kept for support
    assert letter()["payload"]["name"] == "A. Weigering"
    central.clock.advance(days=29)
    purge_all(central.db, central.clock.now())
    op = letter()
    assert [op["payload"][name] for name in ("name", "phone", "email")] == [None, None, None]
    assert op["payload"]["purpose"] == ["geen_bestaand_doel"]  # the reason stays readable
    (row,) = central.table("rejection")
    assert row.code == "validation_failed"
