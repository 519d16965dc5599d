"""Scenarios 5-10: outage backlog, 429/503, a poison op, an oversized body, revocation, skew."""

from __future__ import annotations

import hashlib
import json
import time
from datetime import timedelta

import pytest
import sqlalchemy as sa
from fault_proxy import REFUSE, RESPOND, Fault

from kiosk.clock import from_utc_text
from sync.central.settings import Limits
from sync.central.tables import visit


@pytest.mark.slow
def test_5_outage_with_50000_queued_ops_then_the_drain(central, proxy, enrolled, converged):
    """50,000 tally-recorded visits queue during an outage, then drain in full batches.

    How fast is the benchmarks' business (benchmarks/bench_sync.py); here the drain must send
    each op once, in as few batches as the batch limit allows, and lose nothing.
    """
    desk = enrolled
    central.stop()
    started = time.monotonic()
    desk.record(visits=250, count=200)
    recorded = time.monotonic() - started
    assert len(desk.known_ops) == 50_000
    offline = desk.sync()
    assert not offline.ok and offline.pending_left == 50_000
    central.start()
    before = len(proxy.batches())
    started = time.monotonic()
    result = desk.drain()
    drained = time.monotonic() - started
    sent = len(proxy.batches()) - before
    print(f"50,000 ops: recorded in {recorded:.1f} s, drained in {drained:.1f} s, {sent} batches")
    assert result.acked == 50_000
    assert sent == 50_000 // Limits().max_ops  # full batches as the server allows, none resent
    converged(central, [desk])


@pytest.mark.parametrize("status", [429, 503])
def test_6_retry_after_is_honoured_and_the_client_never_gives_up(
    central, proxy, enrolled, converged, status
):
    """429/503 with Retry-After from the proxy: the client waits that long, keeps the data."""
    desk = enrolled
    desk.record(visits=20)
    proxy.script(*[Fault(RESPOND, status=status, retry_after="120")] * 8)
    for round_ in range(8):
        before = desk.clock.now()
        result = desk.sync(force=True)
        assert not result.ok and not result.skipped and result.pending_left == 20
        assert result.next_attempt_at is not None
        assert result.next_attempt_at >= before + timedelta(seconds=119)
        state = desk.client.states.get()
        assert from_utc_text(state.retry_after_until) >= before + timedelta(seconds=119)
        assert state.paused_reason is None and state.backoff_attempt == round_ + 1
        # Even a forced run waits for Retry-After: no request reaches the proxy.
        seen = len(proxy.batches())
        assert desk.sync(force=True).skipped and len(proxy.batches()) == seen
        desk.clock.offset += timedelta(seconds=121)  # time passes
    desk.drain()
    converged(central, [desk])


@pytest.mark.parametrize("corruption", ["bad-hash", "invalid-payload", "unparseable"])
def test_7_one_malformed_op_among_500(central, proxy, enrolled, converged, corruption):
    """One corrupted outbox row ends rejected or quarantined; the other 499 are stored."""
    desk = enrolled
    desk.record(visits=5, count=100)
    [(seq, payload)] = desk.execute("SELECT local_seq, payload FROM outbox WHERE local_seq = 250")
    if corruption == "bad-hash":
        desk.execute("UPDATE outbox SET payload_sha256 = ? WHERE local_seq = ?", ("0" * 64, seq))
        final = ("rejected", "payload_hash_mismatch")
    elif corruption == "invalid-payload":
        data = json.loads(payload)
        data["questions"][0]["topic"] = "no_such_topic"
        text = json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
        digest = hashlib.sha256(text.encode()).hexdigest()
        desk.execute(
            "UPDATE outbox SET payload = ?, payload_sha256 = ? WHERE local_seq = ?",
            (text, digest, seq),
        )
        final = ("rejected", "validation_failed")
    else:
        desk.execute("UPDATE outbox SET payload = ? WHERE local_seq = ?", ("{not json", seq))
        final = ("quarantined", "unreadable_payload")
    desk.drain()
    [(state, code)] = desk.execute(
        "SELECT state, result_code FROM outbox WHERE local_seq = ?", (seq,)
    )
    assert (state, code) == final
    assert len(desk.states()["acked"]) == 499
    desk.record(visits=3)  # later batches are not blocked
    desk.drain()
    converged(central, [desk], all_stored=False)


def test_8_oversized_body_is_split_and_stored(central, proxy, enrolled, converged):
    """The server's body limit drops under a client's cached config: 413, split, stored."""
    desk = enrolled
    desk.record(visits=2)
    desk.drain()  # the client now caches the 1 MiB limit for an hour
    central.restart(limits={"max_body_bytes": 24_000})
    desk.record(visits=4, count=150)
    result = desk.drain()
    assert result.quarantined == 0
    statuses = [r.client_status for r in proxy.batches()]
    assert 413 in statuses
    assert len(desk.states()["acked"]) == 602
    converged(central, [desk])


def test_9_revoked_device_pauses_keeps_data_and_drains_after_reenrollment(
    central, proxy, enrolled, converged
):
    """``ido-central revoke``: the desk pauses 'revoked' without retrying, then re-enrolls."""
    desk = enrolled
    desk.record(visits=10)
    desk.drain()
    central.cli("revoke", desk.device_ids[-1])
    desk.record(visits=15)
    desk.void(2)
    result = desk.sync()
    assert not result.ok and result.paused_reason == "revoked"
    assert desk.client.store.counts()["pending"] == 17
    requests = len(proxy.records)
    for _ in range(3):
        again = desk.sync()
        assert again.paused_reason == "revoked"
    assert len(proxy.records) == requests  # no retry loop
    desk.enroll(central, proxy.url)
    desk.drain()
    converged(central, [desk])
    assert central.branch_stats()["devices_revoked"] == 1


@pytest.mark.parametrize("days", [3, -3])
def test_10_clock_days_off(central, proxy, make_desk, converged, days):
    """A desk clock three days off: stored, flagged, and the corrected time stored."""
    desk = make_desk(offset=timedelta(days=days))
    desk.enroll(central, proxy.url)
    desk.record(visits=10)
    desk.void(1)
    proxy.script(Fault(REFUSE))  # one failed attempt first, for good measure
    assert not desk.sync().ok
    result = desk.drain()
    assert result.clock_flag == "device_clock_skew"
    converged(central, [desk])
    skew = central.scalar("SELECT clock_skew_seconds FROM device")
    assert abs(skew - days * 86400) < 60
    assert central.branch_stats()["devices_clock_flagged"] == 1
    with central.engine.connect() as conn:
        rows = conn.execute(sa.select(visit.c.occurred_at, visit.c.occurred_at_corrected)).all()
    assert len(rows) == 10
    for occurred, corrected in rows:
        assert abs((occurred - corrected).total_seconds() - days * 86400) < 60
