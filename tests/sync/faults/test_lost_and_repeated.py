"""Scenarios 1-4: a desk killed mid-send, replies lost, batches twice, the server killed.

Each test drives real processes over loopback through the fault proxy and ends with a drain
with faults off and the invariants (``converged``).
"""

from __future__ import annotations

import json
import signal
import threading

import pytest
import sqlalchemy as sa
from fault_proxy import (
    CUT_RESPONSE,
    DROP_RESPONSE,
    HOLD,
    REFUSE,
    REPLAY_CONCURRENT,
    REPLAY_SEQUENTIAL,
    Fault,
)

pytestmark = pytest.mark.slow
BOTH = pytest.mark.parametrize("backend", ["sqlite", "postgresql"], indirect=True)


@pytest.mark.parametrize("committed", [False, True], ids=["before-server", "after-commit"])
def test_1_desk_killed_while_its_post_is_held(central, proxy, enrolled, converged, committed):
    """SIGKILL ``ui sync --once`` while the proxy holds its POST; the restart converges."""
    desk = enrolled
    desk.record(visits=30)
    desk.void(3)
    hold = proxy.script(Fault(HOLD, forward_first=committed, then=REFUSE))[0]
    process = desk.sync_process()
    try:
        assert hold.arrived.wait(60), "the desk never posted"
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=10)
    finally:
        hold.release.set()
        if process.poll() is None:
            process.kill()
    assert desk.states()["inflight"] == desk.known_ops  # the kill left them in flight
    stored_before = len(central.applied_ops())
    assert stored_before == (33 if committed else 0)

    restart = desk.sync_process()
    assert restart.wait(timeout=60) == 0, (desk.home / "sync-cli.log").read_text()

    statuses = {r[0] for r in desk.execute("SELECT DISTINCT result_status FROM outbox")}
    assert statuses == ({"duplicate"} if committed else {"accepted"})
    converged(central, [desk])


@BOTH
@pytest.mark.parametrize("fault", [DROP_RESPONSE, CUT_RESPONSE])
def test_2_server_commits_and_the_reply_is_lost(central, proxy, enrolled, converged, fault):
    """The server stores the batch, the desk never hears: the resends are duplicates."""
    desk = enrolled
    desk.record(visits=40, count=3)
    desk.void(5)
    desk.answer_survey(7)  # of yesterday: the first run writes their 7 ops
    total = len(desk.known_ops) + 7
    proxy.script(*[fault] * 3)
    for _ in range(3):
        result = desk.sync()
        assert not result.ok and result.pending_left == total
        assert len(central.applied_ops()) == total  # committed each time, counted once
    desk.drain()
    assert desk.execute("SELECT count(*) FROM outbox WHERE result_status = 'duplicate'") == [
        (total,)
    ]
    converged(central, [desk])


def test_3_the_same_batch_twice_in_turn_and_at_once(central, proxy, enrolled, converged):
    """Replayed byte-identical batches (sequential, concurrent) store each op once."""
    desk = enrolled
    desk.record(visits=50)
    proxy.script(REPLAY_SEQUENTIAL)
    desk.drain()
    [replayed] = proxy.batches()
    assert replayed.replay_statuses == [200, 200]
    first, second = (json.loads(b)["results"] for b in replayed.replay_bodies)
    # Same ops, same server_seq: the replay changed nothing (the stored answer again).
    assert [(r["op_id"], r["server_seq"]) for r in first] == [
        (r["op_id"], r["server_seq"]) for r in second
    ]
    assert {r["status"] for r in second} == {"accepted"}

    desk.record(visits=50)
    desk.answer_survey(4)
    proxy.script(REPLAY_CONCURRENT)
    desk.drain()
    concurrent = proxy.batches()[1]
    assert sorted(concurrent.replay_statuses) in ([200, 200], [200, 409])
    converged(central, [desk])


def test_3_an_exact_replay_gets_the_identical_answer(central, proxy, enrolled):
    """Design §6 #4: the same batch_id and body twice get byte-identical results."""
    desk = enrolled
    desk.record(visits=5)
    proxy.script(REPLAY_SEQUENTIAL)
    desk.drain()
    [replayed] = proxy.batches()
    first, second = (json.loads(b)["results"] for b in replayed.replay_bodies)
    assert first == second


def test_3_two_sync_processes_on_one_desk_database(central, proxy, enrolled, converged):
    """Two concurrent ``sync --once`` on one desk database: the ops are stored once."""
    desk = enrolled
    central.restart(limits={"max_ops": 400})
    desk.record(visits=10, count=100)  # 1,010 ops: three batches
    desk.void(10)
    first, second = desk.sync_process(), desk.sync_process()
    codes = (first.wait(timeout=120), second.wait(timeout=120))
    assert set(codes) <= {0, 1}, (desk.home / "sync-cli.log").read_text()
    desk.drain()
    converged(central, [desk])


@BOTH
@pytest.mark.parametrize("moment", ["request-held", "request-forwarded"])
def test_4_server_killed_mid_batch(central, proxy, enrolled, converged, moment):
    """SIGKILL the server while the proxy holds or has just forwarded a 500-op batch."""
    desk = enrolled
    desk.record(visits=5, count=200)
    desk.void(20)
    hold = proxy.script(Fault(HOLD, forward_first=moment == "request-forwarded"))[0]
    outcome: list[object] = []
    worker = threading.Thread(target=lambda: outcome.append(desk.sync()))
    worker.start()
    if moment == "request-forwarded":
        # Kill as soon as the whole body is on its way: the server is mid-batch or done.
        assert hold.forwarded.wait(60)
    else:
        assert hold.arrived.wait(60)
    central.kill()
    hold.release.set()
    worker.join(60)
    [result] = outcome
    assert not result.ok  # type: ignore[attr-defined]
    assert desk.client.store.counts()["inflight"] == 0
    central.start()
    desk.drain()
    converged(central, [desk])


def test_the_link_check_finds_each_broken_link(central, enrolled, converged):
    """The check that replaced six foreign keys (migrations 0003, 0004) finds every kind of
    broken link, so an ingestion bug that wrote one would fail the scenarios."""
    desk = enrolled
    desk.record(visits=4, questions=2)
    desk.drain()
    converged(central, [desk])
    with central.engine.begin() as conn:
        stored = conn.execute(sa.text("SELECT visit_id, op_id FROM visit ORDER BY visit_id"))
        (v0, _), (_, o1), (v2, _), (v3, o3) = stored.all()
        for sql, key in (
            ("DELETE FROM visit WHERE visit_id = :k", v0),  # leaves its 2 questions behind
            ("DELETE FROM applied_op WHERE op_id = :k", o1),
            ("UPDATE visit SET corrects = 'no-such-visit' WHERE visit_id = :k", v2),
            ("UPDATE visit SET device_id = 'no-such-device' WHERE visit_id = :k", v3),
            ("UPDATE applied_op SET device_id = 'no-such-device' WHERE op_id = :k", o3),
        ):
            conn.execute(sa.text(sql), {"k": key})
    assert central.broken_links() == {
        "question without visit": 2,
        "visit without its accepted op": 1,  # o1 is gone (v3 and o3 still agree)
        "correction of no visit": 1,
        "visit without device or branch": 1,
        "applied_op without device": 1,
    }
