"""Concurrent copies of one batch: every op is stored exactly once, whatever the interleaving."""

from __future__ import annotations

import json
import threading
from datetime import timedelta
from functools import partial

import pytest
from fastapi.testclient import TestClient  # conftest imported it quietly first

from sync.central import ingest
from sync.central.app import create_app
from sync.central.pipeline.core import Core
from sync.central.pipeline.ops import Context

ROUNDS = 4


def run_together(*functions):
    """Run *functions* in threads released at the same moment; return their results."""
    barrier = threading.Barrier(len(functions))
    results = [None] * len(functions)

    def runner(i, function):
        barrier.wait(5)
        results[i] = function()

    threads = [threading.Thread(target=runner, args=(i, f)) for i, f in enumerate(functions)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    return results


def test_same_batch_posted_twice_at_once_is_stored_once(central, desk):
    for _ in range(ROUNDS):
        ops = [desk.visit() for _ in range(20)]
        batch = desk.batch(ops)
        first, second = run_together(partial(desk.post, batch), partial(desk.post, batch))
        codes = sorted([first.status_code, second.status_code])
        assert codes in ([200, 200], [200, 409]), (first.text, second.text)
        for response in (first, second):
            if response.status_code == 200:
                assert {r["status"] for r in response.json()["results"]} <= {
                    "accepted",
                    "duplicate",
                }
    assert central.count("applied_op") == 20 * ROUNDS
    assert central.count("visit") == 20 * ROUNDS
    assert central.branch_stats()["visits"] == 20 * ROUNDS


def test_same_ops_in_two_batches_through_two_servers_at_once(central, desk, settings, server_clock):
    """Two server processes on one database (PostgreSQL: advisory lock + branch row lock)."""
    other = create_app(settings, now=server_clock.now)
    with TestClient(other) as second_server:
        for _ in range(ROUNDS):
            ops = [desk.visit() for _ in range(20)]
            a, b = desk.batch(ops), desk.batch(ops)  # other batch ids, same ops
            same = desk.batch(ops)
            headers = {**desk.headers, "Content-Type": "application/json"}
            results = run_together(
                partial(desk.post, a),
                partial(second_server.post, "/v1/batches", content=json.dumps(b), headers=headers),
                partial(desk.post, same),  # byte-identical copies of one batch
                partial(
                    second_server.post, "/v1/batches", content=json.dumps(same), headers=headers
                ),
            )
            statuses = [r.status_code for r in results]
            assert statuses[:2] == [200, 200]
            assert set(statuses[2:]) <= {200, 409}
            per_op = zip(*(r.json()["results"] for r in results[:2]), strict=True)
            for pair in per_op:  # one of the two stored it, the other saw a duplicate
                assert sorted(r["status"] for r in pair) in (
                    ["accepted", "duplicate"],
                    ["duplicate", "duplicate"],
                )
                assert len({r["server_seq"] for r in pair}) == 1
    assert central.count("applied_op") == 20 * ROUNDS
    assert central.count("visit") == 20 * ROUNDS


# SQLite serialises writers (BEGIN IMMEDIATE): there, this race cannot happen.
@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
def test_insert_race_falls_back_on_the_primary_key(central, monkeypatch):
    """Two transactions that both saw the op as new: the primary key decides, once."""
    central.add_branch("b2")
    one, two = central.enroll("b1"), central.enroll("b2", name="Laptop")
    op = one.visit()
    real_read = Core.read
    barrier = threading.Barrier(2)
    attempts = []

    def read_then_wait(self):
        real_read(self)
        attempts.append(self.ctx.device_id)
        if len(attempts) <= 2:
            barrier.wait(10)  # both transactions hold a snapshot without the op

    monkeypatch.setattr(Core, "read", read_then_wait)
    catalogues = central.central.catalogues.catalogues
    now = central.clock.now()

    def store(device, batch_id):
        ops = ingest.prepare([dict(op)], catalogues, 16384)
        ctx = Context(device.device_id, device.branch_id, batch_id, now, timedelta(0))
        return ingest.store_batch(
            central.db, ctx, ops, body_sha256=batch_id, skew_seconds=0, clock_flag=None
        )

    first, second = run_together(
        lambda: store(one, one.batch([])["batch_id"]), lambda: store(two, two.batch([])["batch_id"])
    )
    outcomes = sorted([first["results"][0]["status"], second["results"][0]["status"]])
    assert outcomes == ["accepted", "duplicate"]
    assert len(attempts) == 3  # the loser redid its transaction once
    assert central.count("applied_op") == 1
    assert central.count("visit") == 1
