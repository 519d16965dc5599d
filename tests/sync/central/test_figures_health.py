"""The data-health figures against what Python reads from the same generated rows.

Branches, devices, set-ups and dead letters come from the demo's generators, visits from the
figures generator (built into ``fig_health`` by a refresh), plus hand-made cases: a revoked
device silent for months (left out), a device that never sent a batch (silent from its
enrollment), one enrolled yesterday (not silent), an op refused twice (counted once), an old
dead letter, a branch whose only visit this month was voided, and a branch with a set-up but
no device. Every function is compared with a Python count, with filters and a viewer's
scope, on SQLite and PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
import sqlalchemy as sa

from kiosk.catalogue import load_catalogues
from sync.central.accounts.roles import Role
from sync.central.accounts.scope import Visibility
from sync.central.accounts.viewer import Viewer
from sync.central.db import Database
from sync.central.demo import places
from sync.central.demo.visits import generate, make_places, write
from sync.central.figures import health, health_tables, queries, refresh
from sync.central.figures.local import month_of
from sync.central.figures.queries import Filter
from sync.central.figures.tablekit import Context
from sync.central.tables import branch, device, ido_setup, library_organisation, rejection

Row = dict[str, Any]
NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
MONTH = 202611


class Data:
    """The stored rows the health figures read."""

    def __init__(self) -> None:
        self.branches = make_places(14, 3, prefix="h-", code_prefix="t-")
        self.roles = places.Roles.of(self.branches)
        self.devices = places.devices(self.branches, self.roles, NOW, 5)
        self.setups = places.setups(
            self.branches, self.roles, datetime(2025, 1, 1).date(), NOW, 5, 2
        )
        self.rejections = places.rejections(self.branches, NOW, 5)
        self.visits: list[Row] = []
        self.home = {b["id"]: b for b in self.branches}

    def add_cases(self) -> None:
        ids = [b["id"] for b in self.branches]
        template = self.devices[0]
        self.devices += [
            {
                **template,
                "id": "revoked",
                "branch_id": ids[0],
                "token_hash": "1" * 64,
                "last_batch_at": NOW - timedelta(days=90),
                "revoked_at": NOW - timedelta(days=89),
            },
            {
                **template,
                "id": "never",
                "branch_id": ids[1],
                "token_hash": "2" * 64,
                "created_at": NOW - timedelta(days=30),
                "last_batch_at": None,
                "last_seen_at": None,
            },
            {
                **template,
                "id": "fresh",
                "branch_id": ids[2],
                "token_hash": "3" * 64,
                "created_at": NOW - timedelta(days=1),
                "last_batch_at": None,
                "last_seen_at": None,
            },
            {
                **template,
                "id": "flag-no-skew",
                "branch_id": ids[2],
                "token_hash": "4" * 64,
                "clock_flag": "device_clock_skew",
                "clock_skew_seconds": None,
            },
        ]
        again = {**self.rejections[0], "batch_id": "retry", "received_at": NOW}
        old = {
            **self.rejections[0],
            "op_id": "old-op",
            "code": "conflict",
            "received_at": NOW - timedelta(days=400),
        }
        self.rejections += [again, old]
        # No device at the branch that only ever set up; no set-up where a device is enough.
        # Branch 9 has neither (not an IDO, whatever it registered).
        self.devices = [d for d in self.devices if d["branch_id"] not in (ids[4], ids[9])]
        self.setups = [s for s in self.setups if s["branch_id"] != ids[5]]

    def counting(self) -> Iterator[Row]:
        return (v for v in self.visits if v["voided_at"] is None and v["superseded_by"] is None)


@pytest.fixture
def loaded(database_url: str) -> Iterator[tuple[Database, Data]]:
    db = Database(database_url)
    data = Data()
    data.add_cases()
    quiet = {data.roles.silent: datetime(2026, 10, 25)}
    talking = [b for b in data.branches if b["id"] not in (data.roles.new, data.branches[6]["id"])]
    for visits, _ in generate(
        talking, 3000, start=datetime(2026, 6, 1), end=datetime(2026, 11, 20, 12), quiet=quiet
    ):
        data.visits += visits
    asked: list[Row] = []
    # Branch 6's only visits this month were voided: it did not register.
    only = data.branches[6:7]
    for visits, questions in generate(
        only, 1, start=datetime(2026, 11, 3), end=datetime(2026, 11, 4)
    ):
        for v in visits:
            v["visit_id"] = "only-" + v["visit_id"]
            v["op_id"] = "only-" + v["op_id"]
            v["voided_at"], v["void_op_id"], v["superseded_by"] = NOW, "void-it", None
        for q in questions:
            q["visit_id"] = "only-" + q["visit_id"]
            q["question_id"] = "only-" + q["question_id"]
        data.visits += [v for v in visits if v["source"] != "correction"]
        asked += [q for q in questions if not q["visit_id"].startswith("only-c")]
    with db.write() as conn:
        conn.execute(sa.insert(library_organisation), places.organisations(data.branches, NOW))
        conn.execute(sa.insert(branch), data.branches)
        conn.execute(sa.insert(device), data.devices)
        conn.execute(sa.insert(ido_setup), data.setups)
        conn.execute(sa.insert(rejection), data.rejections)
        write(conn, data.visits, asked)
    refresh.refresh(db, now=lambda: NOW)
    yield db, data
    db.close()


def scopes(data: Data) -> list[tuple[Filter | None, Any, Callable[[str], bool]]]:
    """(filter, within, which branch ids they keep) for every comparison."""
    organisation = data.branches[0]["organisation_code"]
    one = data.roles.silent
    return [
        (None, None, lambda b: True),
        (Filter(branches=frozenset({one})), None, lambda b: b == one),
        (
            None,
            branch.c.organisation_code == organisation,
            lambda b: data.home[b]["organisation_code"] == organisation,
        ),
        (Filter(organisations=frozenset({organisation})), sa.false(), lambda b: False),
    ]


def test_silent_devices_and_branches(loaded: tuple[Database, Data]) -> None:
    db, data = loaded
    since = NOW - timedelta(days=7)
    live = [d for d in data.devices if d["revoked_at"] is None]

    def last(d: Row) -> datetime:
        at: datetime = d["last_batch_at"] or d["created_at"]
        return at

    with db.read() as conn:
        for f, within, keep in scopes(data):
            found = health.silent_devices(conn, NOW, 7, f, within)
            want = [d for d in live if last(d) <= since and keep(d["branch_id"])]
            assert sorted(d.device_id for d in found) == sorted(d["id"] for d in want)
            assert [last_of(d, data) for d in found] == sorted(last_of(d, data) for d in found)
            branches = health.silent_branches(conn, NOW, 7, f, within)
            newest: dict[str, datetime] = {}
            for d in live:
                newest[d["branch_id"]] = max(newest.get(d["branch_id"], last(d)), last(d))
            silent = {b for b, at in newest.items() if at <= since and keep(b)}
            assert {b.branch_id for b in branches} == silent
    assert data.roles.silent in silent_ids(db)
    assert "never" in {d.device_id for d in silent_devices(db)}
    assert not {"revoked", "fresh"} & {d.device_id for d in silent_devices(db)}


def last_of(found: health.SilentDevice, data: Data) -> datetime:
    row = next(d for d in data.devices if d["id"] == found.device_id)
    at: datetime = row["last_batch_at"] or row["created_at"]
    return at


def silent_ids(db: Database) -> set[str]:
    with db.read() as conn:
        return {b.branch_id for b in health.silent_branches(conn, NOW)}


def silent_devices(db: Database) -> list[health.SilentDevice]:
    with db.read() as conn:
        return health.silent_devices(conn, NOW)


def test_clock_warnings(loaded: tuple[Database, Data]) -> None:
    db, data = loaded
    with db.read() as conn:
        for f, within, keep in scopes(data):
            found = health.clock_warnings(conn, f, within)
            want = {
                d["id"]: (d["clock_skew_seconds"], d["clock_flag"])
                for d in data.devices
                if d["clock_flag"] and d["revoked_at"] is None and keep(d["branch_id"])
            }
            assert {w.device_id: (w.clock_skew_seconds, w.clock_flag) for w in found} == want
        every = health.clock_warnings(conn)
    assert every[0].device_id == f"d-{data.roles.skewed}"  # the farthest first
    assert every[0].clock_skew_seconds == places.CLOCK_SKEW_SECONDS


def test_dead_letters(loaded: tuple[Database, Data]) -> None:
    db, data = loaded
    since = NOW - timedelta(days=365)
    with db.read() as conn:
        for f, within, keep in scopes(data):
            for start in (None, since):
                rows = [
                    r
                    for r in data.rejections
                    if keep(r["branch_id"]) and (start is None or r["received_at"] >= start)
                ]
                found = health.dead_letters(conn, f, within, start)
                ops: dict[str, set[str]] = {}
                codes: dict[str, dict[str, set[str]]] = {}
                newest: dict[str, datetime] = {}
                for r in rows:
                    ops.setdefault(r["branch_id"], set()).add(r["op_id"])
                    codes.setdefault(r["branch_id"], {}).setdefault(r["code"], set()).add(
                        r["op_id"]
                    )
                    at = r["received_at"]
                    newest[r["branch_id"]] = max(newest.get(r["branch_id"], at), at)
                assert {d.branch_id: d.ops for d in found} == {b: len(o) for b, o in ops.items()}
                assert {d.branch_id: d.codes for d in found} == {
                    b: {c: len(o) for c, o in per.items()} for b, per in codes.items()
                }
                assert {d.branch_id: d.newest for d in found} == newest
                assert [d.ops for d in found] == sorted((d.ops for d in found), reverse=True)
                assert found or not keep(data.rejections[0]["branch_id"])


def test_idos_without_registrations(loaded: tuple[Database, Data]) -> None:
    db, data = loaded
    registered: dict[str, set[int]] = {}
    for v in data.counting():
        month = month_of(v["occurred_at_corrected"], v["occurred_offset"])
        registered.setdefault(v["branch_id"], set()).add(month)
    idos = {d["branch_id"] for d in data.devices if d["revoked_at"] is None}
    idos |= {s["branch_id"] for s in data.setups}
    assert health.this_month(NOW) == MONTH
    with db.read() as conn:
        for f, within, keep in scopes(data):
            for month in (MONTH, 202610):
                found = health.without_registrations(conn, month, f, within)
                want = {
                    b: max((m for m in registered.get(b, ()) if m <= month), default=None)
                    for b in idos
                    if keep(b) and month not in registered.get(b, set())
                }
                assert {u.branch_id: u.last_month for u in found} == want
        now = {u.branch_id for u in health.without_registrations(conn, MONTH)}
    assert {data.roles.silent, data.roles.new, data.branches[6]["id"]} <= now
    assert data.branches[9]["id"] not in now


def test_setup_filters_take_the_set_up_of_the_month(loaded: tuple[Database, Data]) -> None:
    db, data = loaded

    def setup_of(branch_id: str, month: int) -> Row | None:
        held = [
            s
            for s in data.setups
            if s["branch_id"] == branch_id
            and s["valid_from"].year * 100 + s["valid_from"].month <= month
        ]
        return max(held, key=lambda s: s["version"]) if held else None

    def outside(branch_id: str, month: int) -> bool:
        setup = setup_of(branch_id, month)
        return setup is not None and not setup["inside_library"]

    f = Filter(inside=False)
    with db.read() as conn:
        every = {d.device_id: d.branch_id for d in health.silent_devices(conn, NOW)}
        chosen = {d.device_id for d in health.silent_devices(conn, NOW, 7, f)}
        assert chosen == {d for d, b in every.items() if outside(b, MONTH)}
        for month in (MONTH, 202610):
            every_quiet = health.without_registrations(conn, month)
            quiet = {u.branch_id for u in health.without_registrations(conn, month, f)}
            assert quiet == {u.branch_id for u in every_quiet if outside(u.branch_id, month)}
    assert any(outside(b["id"], MONTH) for b in data.branches)


def test_the_view_tables_list_branches_for_those_who_may_see_them(
    loaded: tuple[Database, Data],
) -> None:
    db, data = loaded
    catalogues = load_catalogues()
    national = Visibility.of(Viewer(role=Role.NATIONAL), 5, NOW.date())
    organisation = data.branches[0]["organisation_code"]
    own = Visibility.of(Viewer(role=Role.ORGANISATION, scope=organisation), 5, NOW.date())
    with db.read() as conn:
        full = health_tables.tables(Context(conn, Filter(), None, national, catalogues))
        scoped = health_tables.tables(Context(conn, Filter(), own.branch_clause(), own, catalogues))
        public = Visibility.of(Viewer(), 5, NOW.date())
        assert health_tables.tables(Context(conn, Filter(), None, public, catalogues)) == []
        through = queries.through(conn)
        assert through is not None
        silent = health.silent_branches(conn, through)
        quiet = health.without_registrations(conn, health.this_month(through))
    by_id = {t.id: t for t in full}
    assert [r[0] for r in by_id["stille-vestigingen"].rows] == [s.branch for s in silent]
    assert [r[0] for r in by_id["zonder-registraties"].rows] == [u.branch for u in quiet]
    assert by_id["klokwaarschuwingen"].rows[0][2] == "1 uur en 2 minuten voor"
    assert by_id["klokwaarschuwingen"].summary == "2 balies hebben een klok die afwijkt."
    assert by_id["stille-vestigingen"].summary == "1 vestiging stuurde al een tijd niets."
    assert "onjuiste gegevens" in " ".join(r[3] for r in by_id["geweigerd"].rows) or any(
        "hoort bij" in r[3] for r in by_id["geweigerd"].rows
    )
    names = {b["name"] for b in data.branches if b["organisation_code"] == organisation}
    for t in scoped:
        assert {r[0] for r in t.rows} <= names, t.id
