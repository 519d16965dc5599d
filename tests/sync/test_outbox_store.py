"""The client outbox state machine: claim, answer, release, quarantine; nothing unacked lost."""

from __future__ import annotations

import json
import sqlite3
from datetime import timedelta
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.app import Kiosk
from kiosk.locations import DeskInfo
from sync.outbox_store import ENVELOPE_BYTES, OutboxStore
from sync.wire import Batch, op_bytes
from tests.conftest import FakeClock, make_visit_input

BIG = 10_000_000


def record(app: Kiosk, desk: DeskInfo, count: int = 1) -> None:
    app.registration.record(desk.desk_id, make_visit_input(count=count))


def rows(app: Kiosk) -> dict[int, dict[str, Any]]:
    """The outbox as another process sees it (only committed data)."""
    conn = sqlite3.connect(app.paths.database)
    conn.row_factory = sqlite3.Row
    try:
        return {r["local_seq"]: dict(r) for r in conn.execute("SELECT * FROM outbox")}
    finally:
        conn.close()


def states(app: Kiosk) -> dict[int, str]:
    return {seq: row["state"] for seq, row in rows(app).items()}


def claim(store: OutboxStore, max_ops: int = 500, max_bytes: int = BIG) -> Batch:
    batch = store.claim(max_ops=max_ops, max_bytes=max_bytes)
    assert batch is not None
    return batch


def test_claim_takes_the_oldest_pending_and_commits_inflight_before_returning(
    kiosk_app: Kiosk, desk: DeskInfo, clock: FakeClock
) -> None:
    record(kiosk_app, desk, 5)
    store = OutboxStore(kiosk_app.db, clock.now)

    batch = claim(store, max_ops=3)

    assert batch.local_seqs == (1, 2, 3)
    seen = rows(kiosk_app)  # a separate connection: the claim is committed
    assert [seen[s]["state"] for s in (1, 2, 3, 4, 5)] == ["inflight"] * 3 + ["pending"] * 2
    assert {seen[s]["batch_id"] for s in (1, 2, 3)} == {batch.batch_id}
    assert all(seen[s]["attempts"] == 1 for s in (1, 2, 3))
    assert claim(store).local_seqs == (4, 5)
    assert store.claim(max_ops=500, max_bytes=BIG) is None


def test_the_wire_op_carries_what_the_contract_names(
    kiosk_app: Kiosk, desk: DeskInfo, clock: FakeClock
) -> None:
    record(kiosk_app, desk)
    [op] = claim(OutboxStore(kiosk_app.db, clock.now)).ops
    row = rows(kiosk_app)[1]
    assert (op.local_seq, op.op_id, op.size) == (1, row["op_id"], len(op.text.encode()))
    assert row["payload"] in op.text  # the stored canonical JSON, spliced as it is
    assert json.loads(op.text) == {
        "op_id": row["op_id"],
        "local_seq": 1,
        "kind": "visit.recorded",
        "schema": 1,
        "entity_id": row["entity_id"],
        "base_version": None,
        "occurred_at_device": row["occurred_at"],
        "payload": json.loads(row["payload"]),
        "sha256": row["payload_sha256"],
    }


def test_a_redacted_op_says_so_on_the_wire(
    kiosk_app: Kiosk, desk: DeskInfo, clock: FakeClock
) -> None:
    """``outbox.redacted`` (set by the retention purge) adds ``"redacted": true``, else nothing."""
    record(kiosk_app, desk, 2)
    with kiosk_app.db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE outbox SET redacted = 1 WHERE local_seq = 2")
    plain, redacted = claim(OutboxStore(kiosk_app.db, clock.now)).ops
    assert "redacted" not in json.loads(plain.text)
    sent = json.loads(redacted.text)
    assert sent["redacted"] is True and sent["sha256"] == rows(kiosk_app)[2]["payload_sha256"]
    assert redacted.size == len(redacted.text.encode())


def test_a_batch_is_bounded_by_the_bytes_of_its_serialised_ops(
    kiosk_app: Kiosk, desk: DeskInfo, clock: FakeClock
) -> None:
    record(kiosk_app, desk, 10)
    store = OutboxStore(kiosk_app.db, clock.now)
    size = op_bytes(claim(store, max_ops=1).ops[0]) + 1
    store.reset_inflight()

    batch = claim(store, max_bytes=ENVELOPE_BYTES + 3 * size + size // 2)

    assert len(batch.ops) == 3
    assert sum(op_bytes(op) + 1 for op in batch.ops) <= 3 * size + size // 2


def test_an_op_larger_than_the_limits_travels_alone(
    kiosk_app: Kiosk, desk: DeskInfo, clock: FakeClock
) -> None:
    record(kiosk_app, desk, 4)
    store = OutboxStore(kiosk_app.db, clock.now)
    assert claim(store, max_bytes=10).local_seqs == (1,)  # even a tiny budget sends one op
    batch = store.claim(max_ops=500, max_bytes=BIG, max_op_bytes=10)
    assert batch is not None and batch.local_seqs == (2,)


def test_inflight_rows_go_back_to_pending_at_start(
    kiosk_app: Kiosk, desk: DeskInfo, clock: FakeClock
) -> None:
    record(kiosk_app, desk, 3)
    store = OutboxStore(kiosk_app.db, clock.now)
    claim(store, max_ops=2)

    assert OutboxStore(kiosk_app.db, clock.now).reset_inflight() == 2

    assert set(states(kiosk_app).values()) == {"pending"}
    assert claim(store).local_seqs == (1, 2, 3)  # order kept: same op ids, same local_seq


def test_results_move_each_op_to_its_state(
    kiosk_app: Kiosk, desk: DeskInfo, clock: FakeClock
) -> None:
    record(kiosk_app, desk, 6)
    store = OutboxStore(kiosk_app.db, clock.now)
    batch = claim(store)
    ids = batch.op_ids
    results = [
        {"op_id": ids[0], "status": "accepted", "server_seq": 11},
        {"op_id": ids[1], "status": "duplicate", "server_seq": 7},
        {"op_id": ids[2], "status": "rejected", "code": "validation_failed", "errors": [{"p": 1}]},
        {"op_id": ids[3], "status": "conflict", "code": "depends_on_conflicted"},
        {"op_id": ids[4], "status": "deferred", "code": "depends_on_pending", "retryable": True},
        # ids[5]: the server said nothing about it
        {"op_id": "not-ours", "status": "accepted"},
    ]

    applied = store.apply_results(batch.batch_id, results)

    assert (applied.acked, applied.rejected, applied.conflicted, applied.deferred) == (2, 1, 1, 2)
    seen = rows(kiosk_app)
    assert [seen[s]["state"] for s in range(1, 7)] == [
        "acked",
        "acked",
        "rejected",
        "conflicted",
        "pending",
        "pending",
    ]
    assert (seen[1]["server_seq"], seen[2]["server_seq"]) == (11, 7)
    assert seen[1]["acked_at"] is not None and seen[3]["acked_at"] is None
    assert seen[3]["result_code"] == "validation_failed"
    assert json.loads(seen[3]["result_detail"]) == {"errors": [{"p": 1}]}
    assert seen[5]["result_code"] == "depends_on_pending"
    assert seen[6]["result_code"] == "no_result"
    # Deferred ops wait: not offered again until their time has come.
    assert store.claim(max_ops=500, max_bytes=BIG) is None
    clock.advance(minutes=2)
    assert claim(store).local_seqs == (5, 6)


def test_a_late_answer_to_an_old_batch_changes_nothing(
    kiosk_app: Kiosk, desk: DeskInfo, clock: FakeClock
) -> None:
    record(kiosk_app, desk, 2)
    store = OutboxStore(kiosk_app.db, clock.now)
    old = claim(store)
    store.release(old.batch_id)
    new = claim(store)

    store.apply_results(old.batch_id, [{"op_id": i, "status": "rejected"} for i in old.op_ids])

    assert set(states(kiosk_app).values()) == {"inflight"}
    store.apply_results(new.batch_id, [{"op_id": i, "status": "accepted"} for i in new.op_ids])
    assert set(states(kiosk_app).values()) == {"acked"}


def test_release_returns_the_batch_and_can_take_back_the_attempt(
    kiosk_app: Kiosk, desk: DeskInfo, clock: FakeClock
) -> None:
    record(kiosk_app, desk, 2)
    store = OutboxStore(kiosk_app.db, clock.now)
    batch = claim(store)
    assert store.release(batch.batch_id) == 2
    assert {r["attempts"] for r in rows(kiosk_app).values()} == {1}

    batch = claim(store)
    assert store.release(batch.batch_id, count_attempt=False) == 2
    assert {(r["state"], r["attempts"]) for r in rows(kiosk_app).values()} == {("pending", 1)}


def test_split_and_remint_keep_the_ops_inflight_under_new_ids(
    kiosk_app: Kiosk, desk: DeskInfo, clock: FakeClock
) -> None:
    record(kiosk_app, desk, 5)
    store = OutboxStore(kiosk_app.db, clock.now)
    batch = claim(store)

    first, second = store.split(batch)
    third = store.remint(second)

    assert (first.local_seqs, third.local_seqs) == ((1, 2), (3, 4, 5))
    assert len({batch.batch_id, first.batch_id, second.batch_id, third.batch_id}) == 4
    seen = rows(kiosk_app)
    assert {seen[s]["batch_id"] for s in (1, 2)} == {first.batch_id}
    assert {seen[s]["batch_id"] for s in (3, 4, 5)} == {third.batch_id}
    assert set(states(kiosk_app).values()) == {"inflight"}
    assert store.release(batch.batch_id) == 0  # the old id no longer owns anything


def test_quarantine_takes_one_op_out_of_the_queue_for_good(
    kiosk_app: Kiosk, desk: DeskInfo, clock: FakeClock
) -> None:
    record(kiosk_app, desk, 3)
    store = OutboxStore(kiosk_app.db, clock.now)
    batch = claim(store, max_ops=1)

    assert store.quarantine(batch.local_seqs[0], "payload_too_large", '{"status": 413}')
    store.reset_inflight()

    assert states(kiosk_app) == {1: "quarantined", 2: "pending", 3: "pending"}
    assert claim(store).local_seqs == (2, 3)
    assert not store.quarantine(1, "again")  # only pending or inflight ops


def test_quarantined_ops_can_be_requeued_by_support(
    kiosk_app: Kiosk, desk: DeskInfo, clock: FakeClock
) -> None:
    record(kiosk_app, desk, 3)
    store = OutboxStore(kiosk_app.db, clock.now)
    for seq in (1, 2):
        store.quarantine(seq, "payload_too_large")

    assert store.requeue_quarantined([2]) == 1
    assert states(kiosk_app) == {1: "quarantined", 2: "pending", 3: "pending"}
    assert store.requeue_quarantined() == 1
    assert set(states(kiosk_app).values()) == {"pending"}


def test_an_op_whose_payload_no_longer_parses_is_quarantined_at_claim(
    kiosk_app: Kiosk, desk: DeskInfo, clock: FakeClock
) -> None:
    record(kiosk_app, desk, 2)
    with sqlite3.connect(kiosk_app.paths.database) as conn:
        conn.execute("UPDATE outbox SET payload = '{broken' WHERE local_seq = 1")
    store = OutboxStore(kiosk_app.db, clock.now)

    assert claim(store).local_seqs == (2,)
    assert rows(kiosk_app)[1]["state"] == "quarantined"
    assert rows(kiosk_app)[1]["result_code"] == "unreadable_payload"


def test_counts_name_every_state(kiosk_app: Kiosk, desk: DeskInfo, clock: FakeClock) -> None:
    record(kiosk_app, desk, 3)
    store = OutboxStore(kiosk_app.db, clock.now)
    claim(store, max_ops=1)
    assert store.counts() == {
        "pending": 2,
        "inflight": 1,
        "acked": 0,
        "rejected": 0,
        "conflicted": 0,
        "quarantined": 0,
    }
    assert store.waiting() == 3


def test_export_writes_the_problem_rows_for_support(
    kiosk_app: Kiosk, desk: DeskInfo, clock: FakeClock, tmp_path: Path
) -> None:
    record(kiosk_app, desk, 4)
    store = OutboxStore(kiosk_app.db, clock.now)
    batch = claim(store)
    ids = batch.op_ids
    store.apply_results(
        batch.batch_id,
        [
            {"op_id": ids[0], "status": "accepted"},
            {"op_id": ids[1], "status": "rejected", "code": "validation_failed"},
            {"op_id": ids[2], "status": "conflict", "code": "x"},
            {"op_id": ids[3], "status": "deferred"},
        ],
    )

    out = tmp_path / "support" / "export.json"
    assert store.export(out, context={"device_id": "dev-1"}) == 2
    document = json.loads(out.read_text(encoding="utf-8"))
    assert document["device_id"] == "dev-1"
    assert [(op["local_seq"], op["state"]) for op in document["ops"]] == [
        (2, "rejected"),
        (3, "conflicted"),
    ]
    assert document["ops"][0]["payload"]["visit_id"]  # the payload itself, parsed

    assert store.export(out, ("pending", "inflight", "acked", *document["states"])) == 4
    assert not list(out.parent.glob(".*.tmp"))  # written whole, no leftovers


# -- the invariant: a row leaves the table never, and "acked" only through a server answer ---

STEPS = st.lists(
    st.one_of(
        st.tuples(st.just("claim"), st.integers(1, 4)),
        st.tuples(
            st.just("answer"),
            st.lists(
                st.sampled_from(["accepted", "duplicate", "rejected", "conflict", "deferred"])
            ),
        ),
        st.tuples(st.just("release"), st.booleans()),
        st.tuples(st.just("split"), st.just(0)),
        st.tuples(st.just("quarantine"), st.just(0)),
        st.tuples(st.just("restart"), st.just(0)),
        st.tuples(st.just("wait"), st.integers(0, 90)),
    ),
    max_size=25,
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(steps=STEPS)
def test_no_sequence_of_steps_loses_an_op(
    kiosk_app: Kiosk, desk: DeskInfo, clock: FakeClock, steps: list[tuple[str, Any]]
) -> None:
    with sqlite3.connect(kiosk_app.paths.database) as conn:  # fresh queue per example
        conn.execute("UPDATE outbox SET state = 'acked'")
    record(kiosk_app, desk, 6)
    before = {seq: row["op_id"] for seq, row in rows(kiosk_app).items()}
    store = OutboxStore(kiosk_app.db, clock.now)
    batches: list[Batch] = []
    acked_by_answer: set[int] = {s for s, r in rows(kiosk_app).items() if r["state"] == "acked"}
    for action, arg in steps:
        if action == "claim":
            batch = store.claim(max_ops=arg, max_bytes=BIG)
            if batch is not None:
                batches.append(batch)
        elif action == "answer" and batches:
            batch = batches.pop(0)
            results = [{"op_id": i, "status": s} for i, s in zip(batch.op_ids, arg, strict=False)]
            was_inflight = {s for s, st_ in states(kiosk_app).items() if st_ == "inflight"}
            store.apply_results(batch.batch_id, results)
            now = states(kiosk_app)
            acked_by_answer |= {s for s in was_inflight if now[s] == "acked"}
        elif action == "release" and batches:
            store.release(batches.pop(0).batch_id, count_attempt=arg)
        elif action == "split" and batches and len(batches[0].ops) > 1:
            batches.extend(store.split(batches.pop(0)))
        elif action == "quarantine" and batches and len(batches[0].ops) == 1:
            store.quarantine(batches.pop(0).local_seqs[0], "test")  # as the pusher does
        elif action == "restart":
            store.reset_inflight()
            batches.clear()
        elif action == "wait":
            clock.advance(timedelta(minutes=arg))

        after = rows(kiosk_app)
        assert {seq: row["op_id"] for seq, row in after.items()} == before
        assert {s for s, r in after.items() if r["state"] == "acked"} <= acked_by_answer


def test_a_split_overtaken_by_another_run_stops_cleanly(
    kiosk_app: Kiosk, desk: DeskInfo, clock: FakeClock
) -> None:
    import pytest

    from sync.outbox_store import OutboxRaceError

    record(kiosk_app, desk, 4)
    store = OutboxStore(kiosk_app.db, clock.now)
    batch = claim(store)
    # A second process (the app beside `ido-kiosk sync`) resets the in-flight rows meanwhile.
    assert OutboxStore(kiosk_app.db, clock.now).reset_inflight() == 4
    with pytest.raises(OutboxRaceError):
        store.split(batch)
    assert set(states(kiosk_app).values()) == {"pending"}  # nothing lost, nothing half-moved
    assert claim(store).local_seqs == (1, 2, 3, 4)
