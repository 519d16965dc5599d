"""The limits held in PostgreSQL: two app objects with their own pools on one database share them.

(Two real server processes: ``tests/sync/faults/test_two_instances.py``.)
"""

from __future__ import annotations

import time

import pytest
import sqlalchemy as sa

from sync.central.db import Database
from sync.central.problems import ProblemError
from sync.central.shared_limits import (
    SharedConcurrencyGate,
    SharedTokenBucket,
    bucket_key,
)
from sync.central.throttle import ConcurrencyGate, TokenBucket
from tests.sync.central.test_accounts_web import CHEAP, add_user, browser, sign_in

ON_POSTGRES = pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)


def test_sqlite_keeps_the_limits_in_the_process(make_central, backend):
    central = make_central().central
    if backend == "sqlite":
        assert isinstance(central.buckets, TokenBucket)
        assert isinstance(central.gate, ConcurrencyGate)
    else:
        assert isinstance(central.buckets, SharedTokenBucket)
        assert isinstance(central.gate, SharedConcurrencyGate)


@ON_POSTGRES
def test_two_apps_limit_a_device_as_one(make_central):
    first = make_central(rate_per_second=0.001, rate_burst=3)
    second = make_central(rate_per_second=0.001, rate_burst=3)
    desk = first.enroll()
    statuses = [
        app.client.get("/v1/config", headers=desk.headers).status_code
        for app in (first, second, first, second, first)
    ]
    assert statuses == [200, 200, 200, 429, 429]


@ON_POSTGRES
def test_two_apps_share_the_batch_gate(make_central):
    first = make_central(max_concurrent_batches=1)
    second = make_central(max_concurrent_batches=1)
    desk = first.enroll()
    desk.client = second.client
    with first.central.gate.admit():  # a batch in progress on the first
        refused = desk.post(desk.batch([desk.visit()]))
        assert refused.status_code == 503
        assert refused.json()["code"] == "overloaded"
    desk.send([desk.visit()])  # the place is free again


@ON_POSTGRES
def test_two_apps_share_the_sign_in_throttle(make_central):
    first = make_central(**CHEAP, login_burst=2, login_rate_per_second=1 / 60)
    second = make_central(**CHEAP, login_burst=2, login_rate_per_second=1 / 60)
    add_user(first)
    for app in (first, second):
        assert "klopt niet" in sign_in(browser(app), password="wrong password 123").text
    assert sign_in(browser(second)).status_code == 429
    assert sign_in(browser(first)).status_code == 429


@ON_POSTGRES
def test_a_bucket_refills_on_the_database_clock_and_keeps_no_raw_key(database_url):
    db = Database(database_url, pool_size=1)
    try:
        bucket = SharedTokenBucket(db, "test", rate=0.5, burst=1)
        assert bucket.take("10.1.2.3") is None
        wait = bucket.take("10.1.2.3")
        assert wait is not None and 1.5 < wait <= 2.0
        with pytest.raises(ProblemError) as refused:
            bucket.check("10.1.2.3")
        assert refused.value.status_code == 429
        assert refused.value.headers == {"Retry-After": "2"}
        with db.read() as conn:
            keys = conn.execute(sa.text("SELECT key FROM throttle_bucket")).scalars().all()
        assert keys == [bucket_key("10.1.2.3")]
        assert "10.1.2.3" not in keys[0]
    finally:
        db.close()


@ON_POSTGRES
def test_full_buckets_are_swept(database_url, monkeypatch):
    from sync.central import shared_limits

    monkeypatch.setattr(shared_limits, "SWEEP_EVERY", 3)
    db = Database(database_url, pool_size=1)
    try:
        bucket = SharedTokenBucket(db, "test", rate=100.0, burst=1)  # full after 10 ms
        bucket.take("a")
        bucket.take("b")
        time.sleep(0.05)
        bucket.take("c")  # the third take sweeps: a and b are full again
        with db.read() as conn:
            left = conn.execute(sa.text("SELECT count(*) FROM throttle_bucket")).scalar_one()
        assert left == 1
    finally:
        db.close()


def _gate_locks(db: Database) -> int:
    with db.read() as conn:
        return int(
            conn.execute(
                sa.text(
                    "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'"
                    " AND classid = 7412302 AND granted"
                )
            ).scalar_one()
        )


def _settles_at(db: Database, expected: int) -> bool:
    """Whether the gate's locks come to *expected* within 10 s (a session ends a moment
    after its connection closes)."""
    deadline = time.monotonic() + 10
    while _gate_locks(db) != expected:
        if time.monotonic() > deadline:
            return False
        time.sleep(0.02)
    return True


@ON_POSTGRES
def test_gate_places_are_counted_over_processes_and_freed_with_their_connection(database_url):
    one, two = Database(database_url, pool_size=1), Database(database_url, pool_size=1)
    first, second = SharedConcurrencyGate(one, 3, (4, 4)), SharedConcurrencyGate(two, 3, (4, 4))
    try:
        held = [first.acquire(), first.acquire()]  # a session's locks stack: two places
        assert first.held_here() == 2 and _gate_locks(one) == 2
        kept = second.acquire()
        with pytest.raises(ProblemError) as refused:
            second.acquire()
        assert refused.value.status_code == 503
        assert refused.value.headers == {"Retry-After": "4"}
        first.release(held.pop())
        assert _gate_locks(one) == 2
        held.append(second.acquire())
        first.close()  # the process ends: its connection and its place go
        assert _settles_at(one, 2)
        # A connection the database ended (a restart, an idle timeout): its places are
        # gone, the next batch connects again, and the old place's release changes nothing.
        with one.write() as conn:
            conn.execute(
                sa.text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                    " WHERE application_name = 'ido-central gate'"
                )
            )
        assert _settles_at(one, 0)
        again = second.acquire()
        second.release(kept)
        assert _gate_locks(one) == 1 and second.held_here() == 1
        second.release(again)
        assert _gate_locks(one) == 0
    finally:
        first.close()
        second.close()
        one.close()
        two.close()
