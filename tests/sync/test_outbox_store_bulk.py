"""The outbox's batch-wide statements: the range claim, the set-based answer, the wire text."""

from __future__ import annotations

import json
import sqlite3
from datetime import timedelta
from typing import Any

import pytest

from kiosk.app import Kiosk
from kiosk.clock import to_utc_text
from kiosk.locations import DeskInfo
from sync import outbox_store
from sync.backoff import deferred_delay
from sync.outbox_store import OutboxRaceError, OutboxStore
from sync.wire import Batch
from tests.conftest import FakeClock
from tests.sync.test_outbox_store import BIG, claim, record, rows

FUTURE = "2099-01-01T00:00:00.000Z"
RESULT_COLUMNS = (
    "state",
    "result_status",
    "result_code",
    "result_detail",
    "server_seq",
    "acked_at",
    "next_attempt_at",
)


def edit(app: Kiosk, sql: str, *params: Any) -> None:
    with sqlite3.connect(app.paths.database) as conn:
        conn.execute(sql, params)


def test_the_range_claim_leaves_the_rows_it_skipped_alone(
    kiosk_app: Kiosk, desk: DeskInfo, clock: FakeClock
) -> None:
    record(kiosk_app, desk, 8)
    edit(kiosk_app, "UPDATE outbox SET next_attempt_at = ? WHERE local_seq = 2", FUTURE)
    edit(kiosk_app, "UPDATE outbox SET state = 'acked' WHERE local_seq = 3")
    edit(kiosk_app, "UPDATE outbox SET state = 'rejected', attempts = 4 WHERE local_seq = 5")
    edit(kiosk_app, "UPDATE outbox SET payload = '{broken' WHERE local_seq = 6")
    before = rows(kiosk_app)
    store = OutboxStore(kiosk_app.db, clock.now)

    batch = claim(store, max_ops=4)  # reads 1, 4, 6, 7: 6 is quarantined, 8 is left for later

    assert batch.local_seqs == (1, 4, 7)
    after = rows(kiosk_app)
    for seq in (1, 4, 7):
        assert (after[seq]["state"], after[seq]["batch_id"]) == ("inflight", batch.batch_id)
        assert after[seq]["attempts"] == before[seq]["attempts"] + 1
    for seq in (2, 3, 5, 8):  # not due, not pending, or past the end: untouched
        assert after[seq] == before[seq]
    assert (after[6]["state"], after[6]["attempts"]) == ("quarantined", before[6]["attempts"])
    assert after[6]["batch_id"] is None
    assert claim(store).local_seqs == (8,)


def test_the_range_claim_refuses_a_batch_that_is_not_the_whole_range(
    kiosk_app: Kiosk, desk: DeskInfo, clock: FakeClock
) -> None:
    record(kiosk_app, desk, 3)
    store = OutboxStore(kiosk_app.db, clock.now)
    [first, _, third] = claim(store).ops
    store.reset_inflight()
    before = rows(kiosk_app)
    # A batch that skips a due pending row inside its range: the count check must catch it.
    gappy = Batch("gappy", (first, third))

    with pytest.raises(OutboxRaceError), kiosk_app.db.write() as session:
        outbox_store._assign_claimed(session, gappy, "2000-01-01T00:00:00.000Z")

    assert rows(kiosk_app) == before  # rolled back


@pytest.mark.parametrize("set_based", [True, False], ids=["set-based", "per-op"])
def test_every_outcome_is_stored_the_same_either_way(
    kiosk_app: Kiosk,
    desk: DeskInfo,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
    set_based: bool,
) -> None:
    if set_based and not outbox_store._set_based_supported():
        pytest.skip("this SQLite has no UPDATE ... FROM json_each")
    monkeypatch.setattr(outbox_store, "_SET_BASED", set_based)
    record(kiosk_app, desk, 9)
    # An earlier round left a result behind: acks and COALESCE keep what no new value replaces.
    edit(
        kiosk_app,
        "UPDATE outbox SET result_detail = 'old', server_seq = 99, acked_at = 'then', "
        "next_attempt_at = '2000-01-01T00:00:00.000Z' WHERE local_seq IN (1, 2, 5, 6)",
    )
    store = OutboxStore(kiosk_app.db, clock.now)
    batch = claim(store)
    ids = batch.op_ids
    results = [
        {"op_id": ids[0], "status": "accepted", "code": None, "server_seq": 11, "errors": []},
        {"op_id": ids[1], "status": "accepted", "server_seq": True},  # not a server_seq
        {"op_id": ids[2], "status": "duplicate", "code": "already_stored", "server_seq": 7},
        {"op_id": ids[3], "status": "accepted", "server_seq": 2**63 - 1},
        {"op_id": ids[4], "status": "rejected", "code": "validation_failed", "errors": [1]},
        {"op_id": ids[5], "status": "conflict", "code": 5},  # a code that is not text
        {"op_id": ids[6], "status": "deferred", "code": "depends_on_pending"},
        {"op_id": ids[7], "status": 3},  # a status this client cannot read
        # ids[8]: no result
        {"op_id": ids[0], "status": "rejected"},  # repeated: the first result counts
        {"op_id": "not-ours", "status": "accepted", "server_seq": 1},
    ]

    applied = store.apply_results(batch.batch_id, results)

    assert (applied.acked, applied.rejected, applied.conflicted, applied.deferred) == (4, 1, 1, 3)
    acked_at = to_utc_text(clock.now())
    later = to_utc_text(clock.now() + timedelta(seconds=deferred_delay(1)))  # one attempt
    seen = {s: tuple(r[c] for c in RESULT_COLUMNS) for s, r in rows(kiosk_app).items()}
    assert seen == {
        1: ("acked", "accepted", None, "old", 11, acked_at, None),
        2: ("acked", "accepted", None, "old", 99, acked_at, None),
        3: ("acked", "duplicate", "already_stored", None, 7, acked_at, None),
        4: ("acked", "accepted", None, None, 2**63 - 1, acked_at, None),
        5: ("rejected", "rejected", "validation_failed", '{"errors": [1]}', 99, "then", None),
        6: ("conflicted", "conflict", None, "old", 99, "then", None),
        7: ("pending", "deferred", "depends_on_pending", None, None, None, later),
        8: ("pending", "deferred", None, None, None, None, later),
        9: ("pending", None, "no_result", None, None, None, later),
    }
    assert store.claim(max_ops=500, max_bytes=BIG) is None  # the deferred ones wait


def test_an_answer_sqlite_cannot_store_as_it_is_still_acks_the_ops(
    kiosk_app: Kiosk, desk: DeskInfo, clock: FakeClock
) -> None:
    # A server_seq beyond SQLite's INTEGER, a code with a lone surrogate: the ops are acked
    # (the server has them) without what cannot be kept, so the desk never resends forever.
    record(kiosk_app, desk, 3)
    store = OutboxStore(kiosk_app.db, clock.now)
    batch = claim(store)
    ids = batch.op_ids

    applied = store.apply_results(
        batch.batch_id,
        [
            {"op_id": ids[0], "status": "accepted", "server_seq": 1},
            {"op_id": ids[1], "status": "accepted", "server_seq": 2**63},
            {"op_id": ids[2], "status": "rejected", "code": "x\ud800", "errors": ["\udfff"]},
        ],
    )

    assert (applied.acked, applied.rejected) == (2, 1)
    seen = rows(kiosk_app)
    assert [seen[s]["state"] for s in sorted(seen)] == ["acked", "acked", "rejected"]
    assert [seen[s]["server_seq"] for s in sorted(seen)][:2] == [1, None]


def test_the_wire_text_escapes_stored_values_like_json_dumps(
    kiosk_app: Kiosk, desk: DeskInfo, clock: FakeClock
) -> None:
    record(kiosk_app, desk)
    odd_id = 'a"b\\c\n\x01\x7f\u2028é😀'
    edit(
        kiosk_app,
        "UPDATE outbox SET entity_id = ?, kind = ?, schema_ver = 1.5, base_version = 3",
        odd_id,
        "kind\t2",
    )
    [op] = claim(OutboxStore(kiosk_app.db, clock.now)).ops
    row = rows(kiosk_app)[1]

    head = json.dumps(
        {
            "op_id": row["op_id"],
            "local_seq": 1,
            "kind": "kind\t2",
            "schema": 1.5,
            "entity_id": odd_id,
            "base_version": 3,
            "occurred_at_device": row["occurred_at"],
        },
        separators=(",", ":"),
        ensure_ascii=False,
    )
    sha = json.dumps(row["payload_sha256"])
    assert op.text == f'{head[:-1]},"payload":{row["payload"]},"sha256":{sha}}}'
    assert op.size == len(op.text.encode("utf-8"))
    assert json.loads(op.text)["entity_id"] == odd_id
