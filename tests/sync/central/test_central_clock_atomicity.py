"""Device clocks days off (accepted, flagged, corrected), whole-batch atomicity on faults, and
the COPY path storing exactly what an INSERT stores."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import sqlalchemy as sa

from sync.central.db import copy_rows, insert_rows
from sync.central.pipeline import writes
from sync.central.tables import batch


@pytest.mark.parametrize("offset", [timedelta(days=3), -timedelta(days=3)], ids=["ahead", "behind"])
def test_skewed_clock_is_accepted_flagged_and_corrected(central, desk, offset):
    desk.device_clock_offset = offset
    record = desk.visit()
    body = desk.send([record])

    assert [r["status"] for r in body["results"]] == ["accepted"]
    skew = int(offset.total_seconds())
    assert body["clock"] == {"skew_seconds": skew, "flag": "device_clock_skew"}
    assert body["server_time"] == "2026-11-28T16:00:00.000Z"
    row = central.table("visit")[0]
    server_now = datetime(2026, 11, 28, 16, 0, tzinfo=UTC)
    assert row.occurred_at == server_now + offset  # as the device said
    assert row.occurred_at_corrected == server_now  # minus the skew
    applied = central.table("applied_op")[0]
    assert applied.occurred_at_device == server_now + offset
    assert applied.occurred_at_corrected == server_now
    device = central.rows("SELECT clock_skew_seconds, clock_flag FROM device")[0]
    assert (device.clock_skew_seconds, device.clock_flag) == (skew, "device_clock_skew")
    assert central.branch_stats()["devices_clock_flagged"] == 1

    desk.device_clock_offset = timedelta(seconds=-200)  # IT fixed the clock: within 5 minutes
    body = desk.send([desk.visit()])
    assert body["clock"] == {"skew_seconds": -200, "flag": None}
    assert central.rows("SELECT clock_flag FROM device")[0].clock_flag is None


def test_a_fault_halfway_stores_nothing_of_the_batch(central, desk, monkeypatch):
    earlier = desk.visit()
    desk.send([earlier])
    before = {
        t: central.count(t) for t in ("applied_op", "visit", "question", "rejection", "batch")
    }
    real = {"insert_rows": writes.insert_rows, "copy_rows": writes.copy_rows}

    def failing(write):
        def fail_after_questions(conn, table, rows):
            write(conn, table, rows)
            if table.name == "question":  # applied_op and visit rows are written by now
                raise RuntimeError("disk on fire")

        return fail_after_questions

    # SQLite writes with INSERT, PostgreSQL with COPY: break whichever the backend uses.
    for name, write in real.items():
        monkeypatch.setattr(writes, name, failing(write))
    bad = desk.visit(channel="telepathy")  # a rejection too: dead letters must roll back as well
    ops = [desk.visit(), bad, desk.visit(), desk.void(earlier["entity_id"])]
    batch = desk.batch(ops)
    response = desk.post(batch)

    assert response.status_code == 500
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["code"] == "internal"
    after = {t: central.count(t) for t in before}
    assert after == before
    assert central.rows("SELECT voided_at FROM visit")[0].voided_at is None
    last_seq = central.rows("SELECT last_seq FROM branch")[0].last_seq
    assert last_seq == 1

    for name, write in real.items():
        monkeypatch.setattr(writes, name, write)
    retry = desk.post(batch)  # the desk resends the same batch: everything lands once
    assert retry.status_code == 200
    assert [r["status"] for r in retry.json()["results"]] == [
        "accepted",
        "rejected",
        "accepted",
        "accepted",
    ]
    assert central.count("visit") == 3
    assert central.count("applied_op") == 5
    assert central.branch_stats()["visits"] == 2


def test_a_naive_time_is_never_stored_whatever_row_it_is_in(central, backend):
    """COPY (PostgreSQL) skips the column type's refusal of naive times: copy_rows checks
    them itself, as the INSERT path (SQLite) does through ``UtcDateTime``."""
    write = copy_rows if backend == "postgresql" else insert_rows

    aware = datetime(2026, 11, 28, 16, 0, tzinfo=UTC)
    rows = [
        {
            "batch_id": f"00000000-0000-0000-0000-00000000000{n}",
            "device_id": "d",
            "body_sha256": "x",
            "op_count": 0,
            "skew_seconds": 0,
            "response": "{}",
            "created_at": aware if n != 3 else aware.replace(tzinfo=None),
        }
        for n in range(1, 5)
    ]
    refused = pytest.raises((ValueError, sa.exc.StatementError), match="naive")
    with refused, central.db.write() as conn:
        write(conn, batch, rows)
    assert central.count("batch") == 0


@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
def test_copy_stores_exactly_what_an_insert_stores(central):
    """COPY sends rows in PostgreSQL's binary format: awkward values read back as INSERTed."""
    amsterdam = ZoneInfo("Europe/Amsterdam")
    awkward = [
        ("tab\tnew\nline\\back\"quote'", 2**31 - 1, datetime(2026, 3, 29, 2, 30, tzinfo=UTC)),
        ("ĳsbaan — 🧾 ẞ", -(2**31), datetime(2026, 10, 25, 2, 30, 0, 123456, tzinfo=amsterdam)),
        ("", 0, datetime(1999, 12, 31, 23, 59, 59, 999999, tzinfo=amsterdam)),
        ("\\N", 1, datetime(2038, 1, 19, 3, 14, 8, tzinfo=UTC)),
    ]

    def rows(prefix: str) -> list[dict[str, object]]:
        return [
            {
                "batch_id": f"{prefix}0000000-0000-0000-0000-00000000000{n}",
                "device_id": text,
                "body_sha256": "x",
                "op_count": number,
                "skew_seconds": -(number // 3),
                "response": text * 3,
                "created_at": when,
            }
            for n, (text, number, when) in enumerate(awkward)
        ]

    with central.db.write() as conn:
        copy_rows(conn, batch, rows("c"))
        insert_rows(conn, batch, rows("i"))
    stored = central.rows("SELECT * FROM batch ORDER BY batch_id")
    copied = [tuple(r)[1:] for r in stored if r.batch_id.startswith("c")]
    inserted = [tuple(r)[1:] for r in stored if r.batch_id.startswith("i")]
    assert len(copied) == len(awkward) and copied == inserted
    # (in UTC: an ambiguous local time never equals another zone's time in Python)
    assert [r[-1] for r in copied] == [when.astimezone(UTC) for _text, _number, when in awkward]
