"""A mutation fuzzer for ``POST /v1/batches``, on SQLite and PostgreSQL side by side.

Batches of valid operations of every kind, some mutated the way a buggy or compromised desk
would send them (a member dropped, a value swapped for junk: NUL and other control
characters, huge numbers, floats, Arabic-Indic digits, far dates, lists, objects), are sent
to a server on SQLite and to one on PostgreSQL. After every batch: no answer is a 5xx, both
backends answer the same (status and per-op status and code), and another desk of the branch
applies the whole change feed with the desk's own code without setting a record aside.
Seeded, so a failure repeats; bounded by a batch count.
"""

from __future__ import annotations

import copy
import json
import random
import shutil
import uuid
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient

from kiosk import set_aside
from kiosk.app import Kiosk
from kiosk.clock import to_utc_text
from kiosk.ids import new_id
from kiosk.paths import app_paths
from kiosk.planning.pull import apply_change
from sync.central.app import create_app
from sync.central.settings import Settings
from tests.conftest import drop_pg_database
from tests.sync.central.conftest import (
    ADMIN_TOKEN,
    Central,
    Desk,
    ServerClock,
    _pg_admin_engine,
    _require_pg,
    sha,
    visit_payload,
)
from tests.sync.central.test_central_planning import HELPER, NAMESPACE, RECORD_DATA, SEASON

SEED = 20261202
BATCHES = 200
OPS_PER_BATCH = 8
JUNK: list[Any] = [
    None,
    True,
    0,
    -1,
    2**31,
    2**63,
    2**64 + 1,
    -(2**63) - 1,
    1.5,
    "",
    " ",
    "a\x00b",
    "\x1b[1m",
    "\u200b",
    "x" * 5000,
    "١٠:٠٠",
    "٢٠٢٧-٠٣-٠٢",
    "9999-12-31",
    "0001-01-01",
    "2027-02-30",
    "24:00",
    "10:00",
    "2027-03-02",
    "2199-12-31T23:59:59.999Z",
    "1900-01-01T00:00:00.000Z",
    "aangifte",
    "onbekend",
    SEASON,
    HELPER,
    [],
    ["aangifte", "aangifte"],
    [None],
    {},
    {"a": {"b": [1, {"c": None}]}},
]


class Pair:
    """The same fuzzed traffic to two servers; answers compared op by op."""

    def __init__(self, centrals: dict[str, Central], tmp_path: Path) -> None:
        self.centrals = centrals
        self.desks = {name: c.enroll() for name, c in centrals.items()}
        self.peers = {name: Kiosk.open(app_paths(tmp_path / f"peer-{name}")) for name in centrals}
        self.cursors: dict[str, str | None] = dict.fromkeys(centrals)
        self.clock = next(iter(self.desks.values())).clock
        self.builder = Desk(None, self.clock, "", "", "")  # type: ignore[arg-type]

    def close(self) -> None:
        for app in self.peers.values():
            app.close()

    def op(self, kind: str, payload: Any, entity_id: Any) -> dict[str, Any]:
        """An op as a desk writes it (the same local_seq on both servers)."""
        return self.builder.op(kind, payload, entity_id)

    def send(self, ops: list[dict[str, Any]], sent_at: str) -> list[tuple[str, str | None]] | int:
        answers: dict[str, Any] = {}
        for name, desk in self.desks.items():
            body = {
                "protocol": 1,
                "batch_id": str(uuid.uuid5(uuid.NAMESPACE_URL, json.dumps(ops, default=str))),
                "device_id": desk.device_id,
                "sent_at_device": sent_at,
                "ops": ops,
            }
            response = desk.post(body)
            assert response.status_code < 500, (name, response.text[:2000], ops)
            if response.status_code == 200:
                answers[name] = [(r["status"], r["code"]) for r in response.json()["results"]]
            else:
                answers[name] = response.status_code
        first, *rest = answers.values()
        assert all(answer == first for answer in rest), (answers, ops)
        return first  # type: ignore[no-any-return]

    def peers_pull(self) -> None:
        """Another desk of the branch applies every new change, as the desk's pull does."""
        for name, desk in self.desks.items():
            app = self.peers[name]
            while True:
                params: dict[str, Any] = {"limit": 200}
                if self.cursors[name]:
                    params["cursor"] = self.cursors[name]
                page = desk.client.get("/v1/changes", params=params, headers=desk.headers)
                assert page.status_code == 200, page.text
                data = page.json()
                with app.db.write() as session:
                    for change in data["changes"]:
                        if change["type"] != "catalogue":
                            apply_change(session, change)
                    assert set_aside.listed(session) == [], (name, data["changes"])
                self.cursors[name] = data["next_cursor"]
                if not data["has_more"]:
                    break


def _hash(payload: Any) -> str:
    try:
        return sha(payload)
    except (UnicodeEncodeError, TypeError, ValueError):
        return "0" * 64


def _valid_ops(pair: Pair, rng: random.Random, visits: list[str]) -> list[dict[str, Any]]:
    """One op of each kind, valid (the fuzzer mutates some of them)."""
    now = pair.clock.now()
    visit_id = new_id()
    visits.append(visit_id)
    day = f"2027-03-{rng.randint(1, 28):02d}"
    hour = rng.randint(8, 18)
    slot_id = str(uuid.uuid5(NAMESPACE, f"{SEASON}/{HELPER}/{day}/{hour}"))
    booking_id = new_id()
    ops = [
        pair.op("visit.recorded", visit_payload(visit_id, now), visit_id),
        pair.op(
            "slot.create",
            {
                "slot_id": slot_id,
                "season_id": SEASON,
                "helper_id": HELPER,
                "day": day,
                "starts": f"{hour:02d}:00",
                "ends": f"{hour:02d}:30",
                "capacity": 2,
                "template_id": None,
            },
            slot_id,
        ),
        pair.op(
            "booking.create",
            {
                "booking_id": booking_id,
                "slot_id": slot_id,
                "name": "J. Jansen",
                "phone": "0612345678",
                "email": None,
                "purpose": ["aangifte"],
                "checklist": [],
                "remark": "",
                "walk_in": False,
                "overbook_reason": None,
            },
            booking_id,
        ),
        pair.op(
            "booking.update",
            {"booking_id": booking_id, "fields": {"status": "attended"}},
            booking_id,
        ),
    ]
    for record in rng.sample(sorted(RECORD_DATA), 3):
        record_id = {"season": SEASON, "helper": HELPER}.get(record) or new_id()
        payload = {
            "record": record,
            "id": record_id,
            "data": dict(RECORD_DATA[record]),
            "deleted": False,
        }
        ops.append(pair.op("plan.upsert", payload, record_id))
    if len(visits) > 2:
        target = rng.choice(visits[:-1])
        void = {
            "visit_id": target,
            "reason": "dubbel",
            "desk_id": "desk-1",
            "recorded_at": to_utc_text(now),
            "recorded_offset": 60,
        }
        ops.append(pair.op("visit.voided", void, target))
    return ops


def _mutate(op: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """Break one thing in *op* (its header or somewhere in its payload); rehash mostly."""
    op = copy.deepcopy(op)
    where = rng.random()
    if where < 0.15:
        key = rng.choice(
            [
                "local_seq",
                "kind",
                "schema",
                "entity_id",
                "base_version",
                "occurred_at_device",
                "payload",
                "sha256",
            ]
        )
        if rng.random() < 0.3:
            op.pop(key, None)
        else:
            op[key] = rng.choice(JUNK)
    else:
        holder, key = _pick(op["payload"], rng)
        roll = rng.random()
        if roll < 0.2 and isinstance(holder, dict):
            holder.pop(key, None)
        elif roll < 0.3 and isinstance(holder, dict):
            holder[rng.choice(["extra", "na\x00me", "id"])] = rng.choice(JUNK)
        else:
            holder[key] = rng.choice(JUNK)
    if rng.random() < 0.9 and "payload" in op:
        op["sha256"] = _hash(op["payload"])
    return op


def _pick(value: Any, rng: random.Random) -> tuple[Any, Any]:
    """A random (container, key) inside *value*, preferring depth."""
    holder, key = value, rng.choice(list(value)) if value else None
    while True:
        inner = holder[key] if key is not None else None
        if isinstance(inner, dict) and inner and rng.random() < 0.6:
            holder, key = inner, rng.choice(list(inner))
        elif isinstance(inner, list) and inner and rng.random() < 0.6:
            holder, key = inner, rng.randrange(len(inner))
        else:
            return holder, key


@pytest.fixture
def pair(sqlite_template: Path, tmp_path: Path) -> Iterator[Pair]:
    clock = ServerClock()
    urls: dict[str, str] = {}
    path = tmp_path / "central.sqlite3"
    shutil.copyfile(sqlite_template, path)
    urls["sqlite"] = f"sqlite:///{path}"
    pg_url = _require_pg()
    name = f"ido_fuzz_{uuid.uuid4().hex[:12]}"
    admin_engine = _pg_admin_engine(pg_url)
    with admin_engine.connect() as conn:
        conn.exec_driver_sql(f"CREATE DATABASE {name}")
    urls["postgresql"] = sa.make_url(pg_url).set(database=name).render_as_string(False)
    clients = []
    try:
        centrals = {}
        for backend, url in urls.items():
            settings = Settings(
                database_url=url,
                data_dir=tmp_path / f"data-{backend}",
                admin_token=ADMIN_TOKEN,
                rate_per_second=1000.0,
                rate_burst=1000,
                enroll_rate_per_second=1000.0,
                enroll_burst=1000,
                db_pool_size=2,
            )
            client = TestClient(create_app(settings, now=clock.now), raise_server_exceptions=False)
            client.__enter__()
            clients.append(client)
            centrals[backend] = Central(client, clock)
            centrals[backend].add_branch("b1")
        result = Pair(centrals, tmp_path)
        yield result
        result.close()
    finally:
        for client in clients:
            client.__exit__(None, None, None)
        drop_pg_database(admin_engine, name)
        admin_engine.dispose()


def test_mutated_batches_never_fail_and_both_backends_agree(pair: Pair) -> None:
    rng = random.Random(SEED)
    visits: list[str] = []
    # The season and helper every slot names, then fuzzed batches.
    base = [
        pair.op("plan.upsert", {"record": r, "id": i, "data": RECORD_DATA[r], "deleted": False}, i)
        for r, i in (("season", SEASON), ("helper", HELPER))
    ]
    assert pair.send(base, to_utc_text(pair.clock.now())) == [("accepted", None)] * 2
    refused = accepted = 0
    for number in range(BATCHES):
        ops = _valid_ops(pair, rng, visits)
        ops = [_mutate(op, rng) if rng.random() < 0.5 else op for op in ops]
        rng.shuffle(ops)
        ops = ops[:OPS_PER_BATCH]
        moment = pair.clock.now() + timedelta(days=rng.choice([0, 0, 0, 3, -3, 365 * 150]))
        sent_at = rng.choice([to_utc_text(moment)] * 9 + [rng.choice(JUNK)])
        answer = pair.send(ops, sent_at if isinstance(sent_at, str) else to_utc_text(moment))
        if isinstance(answer, list):
            accepted += sum(1 for status, _ in answer if status in ("accepted", "duplicate"))
            refused += sum(1 for status, _ in answer if status == "rejected")
        pair.peers_pull()
        pair.clock.advance(minutes=1 + number % 3)
    # The fuzzer did both: stored real records and refused broken ones.
    assert accepted > BATCHES and refused > BATCHES / 2
