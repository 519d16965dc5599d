"""Two desks book the last place of a slot at the same moment: exactly one gets it.

Real concurrent HTTP requests against a real uvicorn server (threads, one per desk), on SQLite
and on PostgreSQL; and, on PostgreSQL, two raw connections racing for the slot row lock.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from datetime import timedelta

import httpx
import pytest
import sqlalchemy as sa
import uvicorn

from sync.central import ingest
from sync.central.app import create_app
from sync.central.pipeline.core import decide
from sync.central.pipeline.ops import Context
from sync.central.pipeline.writes import write
from sync.central.tables import plan_slot
from tests.sync.central.test_central_planning import Planner, statuses

ROUNDS = 5


class Server:
    """The app on a real uvicorn server in a thread, on a free loopback port."""

    def __init__(self, app: object) -> None:
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        config = uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> Server:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            assert time.monotonic() < deadline, "uvicorn did not start"
            time.sleep(0.05)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(20)


@pytest.fixture
def live(central, settings, server_clock, backend) -> Iterator[Server]:
    # On PostgreSQL as served in production: batches stored by worker processes.
    workers = 2 if backend == "postgresql" else 0
    with Server(create_app(settings, now=server_clock.now, ingest_workers=workers)) as server:
        yield server


def test_parallel_requests_for_the_last_place_one_wins(central, live):
    one, two = central.enroll(name="Balie 1"), central.enroll(name="Balie 2")
    plan1, plan2 = Planner(one), Planner(two)
    for round_ in range(ROUNDS):
        slot_id, create = plan1.slot(starts=f"{10 + round_:02d}:00", ends=f"{10 + round_:02d}:30")
        one.send([create])
        bodies = [one.batch([plan1.book(slot_id)[1]]), two.batch([plan2.book(slot_id)[1]])]
        barrier = threading.Barrier(2)
        answers: list[httpx.Response | None] = [None, None]

        def post(i: int, desk=(one, two), bodies=bodies, answers=answers, barrier=barrier) -> None:
            with httpx.Client(base_url=live.url, timeout=30) as client:
                barrier.wait(5)
                answers[i] = client.post(
                    "/v1/batches",
                    json=bodies[i],
                    headers={**desk[i].headers, "Content-Type": "application/json"},
                )

        threads = [threading.Thread(target=post, args=(i,)) for i in (0, 1)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(30)
        results = []
        for answer in answers:
            assert answer is not None and answer.status_code == 200, answer and answer.text
            results += statuses(answer.json())
        assert sorted(results) == [("accepted", None), ("conflict", "slot_full")]
        held = central.count(
            "plan_booking", f"WHERE slot_id = '{slot_id}' AND sync_state = 'confirmed'"
        )
        assert held == 1
        assert central.count("plan_conflict", "WHERE resolved_at IS NULL") == round_ + 1


# The slot row lock itself (batches of one branch also queue on the branch row; here the
# two transactions belong to two branches' devices and meet only on the slot row).
@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
def test_slot_row_lock_serialises_two_transactions(central, monkeypatch):
    desk = central.enroll()
    plan = Planner(desk)
    slot_id, create = plan.slot()
    desk.send([create])
    catalogues = central.central.catalogues.catalogues
    now = central.clock.now()
    locked = threading.Event()
    release = threading.Event()

    def hold_the_slot() -> None:
        with central.db.write() as conn:
            conn.execute(sa.select(plan_slot).where(plan_slot.c.id == slot_id).with_for_update())
            locked.set()
            release.wait(10)
            booking = plan.book(slot_id)[1]
            ops = ingest.prepare([booking], catalogues, 16384)
            ctx = Context(desk.device_id, "b1", desk.batch([])["batch_id"], now, timedelta(0))
            # Book inside the transaction holding the lock (what a first batch does).
            outcome = decide(conn, ctx, ops, 0)
            write(conn, outcome)
            results.append(outcome.results[0]["status"])

    results: list[str] = []
    holder = threading.Thread(target=hold_the_slot)
    holder.start()
    assert locked.wait(10)
    second: list[dict] = []
    booker = threading.Thread(target=lambda: second.append(desk.send([plan.book(slot_id)[1]])))
    booker.start()
    time.sleep(0.5)
    assert booker.is_alive()  # waiting for the slot row
    release.set()
    holder.join(20)
    booker.join(20)
    assert results == ["accepted"]
    assert statuses(second[0]) == [("conflict", "slot_full")]
