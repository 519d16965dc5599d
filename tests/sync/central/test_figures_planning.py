"""The Belastinghulp figures against counts made in Python from the same generated rows.

The demo's planning generator (seasons, partners, helpers, slots, bookings, a waiting list)
is stored as the planning rules would have stored it, plus a few hand-made cases (a booking
in conflict, a closed slot with a booking, a deleted waiting entry, a helper of a deleted
partner); :mod:`sync.central.figures.planning` must count exactly what Python counts, per
month, per partner, both, in total, under month and branch filters and a viewer's scope, on
SQLite and PostgreSQL.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, date, datetime
from typing import Any

import pytest
import sqlalchemy as sa

from kiosk.catalogue import load_catalogues
from sync.central.accounts.roles import Role
from sync.central.accounts.scope import Visibility
from sync.central.accounts.viewer import Viewer
from sync.central.db import Database
from sync.central.demo import belastinghulp, places
from sync.central.demo.visits import make_places
from sync.central.figures import planning, planning_tables
from sync.central.figures.queries import Filter
from sync.central.figures.tablekit import Context
from sync.central.tables import (
    branch,
    ido_setup,
    library_organisation,
    plan_booking,
    plan_record,
    plan_slot,
)

Row = dict[str, Any]
NOW = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)


class Data:
    """The stored planning rows, and their branches."""

    def __init__(
        self, branches: list[Row], plan: belastinghulp.Planning, setups: list[Row]
    ) -> None:
        self.branches = branches
        self.setups = setups
        self.plan = plan
        self.records = {r["id"]: r for r in plan.records}
        self.slots = {s["id"]: s for s in plan.slots}

    def partner_of(self, slot: Row) -> str | None:
        helper = self.records.get(slot["helper_id"])
        partner_id = helper["data"].get("partner_id") if helper else None
        partner = self.records.get(partner_id) if partner_id else None
        return partner["data"]["name"] if partner else None

    def setup_of(self, branch_id: str, month: int) -> Row | None:
        """The branch's set-up valid in *month* (on its last day), as Python reads it."""
        held = [
            s
            for s in self.setups
            if s["branch_id"] == branch_id
            and s["valid_from"].year * 100 + s["valid_from"].month <= month
        ]
        return max(held, key=lambda s: s["version"]) if held else None


def month(day: date) -> int:
    return day.year * 100 + day.month


def expected(
    data: Data, by: Sequence[str], keep: Callable[[Row], bool] = lambda s: True
) -> dict[tuple[Any, ...], tuple[int, ...]]:
    """Counts per key, in Python: slots, capacity, bookings, the statuses, walk-ins."""
    counts: dict[tuple[Any, ...], Counter[str]] = {}

    def key(slot: Row) -> tuple[Any, ...]:
        iso = slot["day"].isocalendar()
        parts = {
            "month": month(slot["day"]),
            "week": iso.year * 100 + iso.week,
            "partner": data.partner_of(slot),
        }
        return tuple(parts[k] for k in by)

    for slot in data.plan.slots:
        if keep(slot) and not slot["closed"]:
            c = counts.setdefault(key(slot), Counter())
            c["slots"] += 1
            c["capacity"] += slot["capacity"]
    for booking in data.plan.bookings:
        slot = data.slots[booking["slot_id"]]
        if keep(slot):
            c = counts.setdefault(key(slot), Counter())
            c["bookings"] += 1
            c[booking["status"]] += 1
            c["walk_ins"] += booking["walk_in"]
    return {k: tuple(c[name] for name in planning.COUNTS) for k, c in counts.items()}


def got(rows: Sequence[Any], by: Sequence[str]) -> dict[tuple[Any, ...], tuple[int, ...]]:
    n = len(by)
    return {tuple(r[:n]): tuple(int(v) for v in r[n:]) for r in rows}


def extra(data: Data) -> None:
    """Hand-made cases the generator does not make."""
    first = data.plan.slots[0]
    branch_id = first["branch_id"]
    season_id = first["season_id"]
    closed = {**first, "id": "closed-slot", "closed": True, "starts": "14:00", "ends": "14:45"}
    data.plan.slots.append(closed)
    template = data.plan.bookings[0]
    data.plan.bookings.append(
        {**template, "id": "on-closed", "slot_id": "closed-slot", "status": "booked"}
    )
    data.plan.bookings.append(
        {
            **template,
            "id": "in-conflict",
            "slot_id": first["id"],
            "status": "booked",
            "walk_in": False,
            "sync_state": "conflict",
            "conflict_code": "slot_full",
        }
    )
    gone = {"name": "Opgeheven partner"}
    stamp = datetime(2025, 1, 1, tzinfo=UTC)
    data.plan.records.append(
        {
            "id": "gone-partner",
            "branch_id": branch_id,
            "record": "partner",
            "version": 2,
            "data": gone,
            "deleted": True,
            "updated_at": stamp,
            "op_id": "op-gone-partner",
            "purged_at": None,
        }
    )
    helper: Row = {"name": "Vrijwilliger Z (demo)", "partner_id": "gone-partner", "topics": []}
    helper["active"] = False
    data.plan.records.append(
        {
            "id": "late-helper",
            "branch_id": branch_id,
            "record": "helper",
            "version": 1,
            "data": helper,
            "deleted": False,
            "updated_at": stamp,
            "op_id": "op-late-helper",
            "purged_at": None,
        }
    )
    data.plan.slots.append(
        {**first, "id": "late-slot", "helper_id": "late-helper", "starts": "15:00"}
    )
    # ISO weeks across a year's edge: 30 December 2024 is 2025-W01, 31 December 2026 2026-W53.
    for day in (date(2024, 12, 30), date(2026, 12, 31)):
        data.plan.slots.append({**first, "id": f"edge-{day}", "day": day})
    waiting = next(r for r in data.plan.records if r["record"] == "waiting")
    data.plan.records.append({**waiting, "id": "deleted-waiting", "deleted": True})
    data.records = {r["id"]: r for r in data.plan.records}
    data.slots = {s["id"]: s for s in data.plan.slots}
    assert season_id in data.records


@pytest.fixture
def loaded(database_url: str) -> Iterator[tuple[Database, Data]]:
    db = Database(database_url)
    rows = make_places(9, 5, prefix="b-", code_prefix="t-")
    plan = belastinghulp.generate(rows, 2024, NOW, seed=11)
    roles = places.Roles.of(rows)
    data = Data(rows, plan, places.setups(rows, roles, date(2024, 1, 1), NOW, 11, 2))
    extra(data)
    with db.write() as conn:
        conn.execute(sa.insert(library_organisation), places.organisations(rows, NOW))
        conn.execute(sa.insert(branch), rows)
        conn.execute(sa.insert(plan_record), data.plan.records)
        conn.execute(sa.insert(plan_slot), data.plan.slots)
        conn.execute(sa.insert(plan_booking), data.plan.bookings)
        conn.execute(sa.insert(ido_setup), data.setups)
    yield db, data
    db.close()


def test_the_generated_planning_has_every_case(loaded: tuple[Database, Data]) -> None:
    _, data = loaded
    statuses = Counter(b["status"] for b in data.plan.bookings)
    assert set(statuses) == {"booked", "attended", "no_show", "cancelled"}
    assert any(b["walk_in"] for b in data.plan.bookings)
    assert {data.partner_of(s) for s in data.plan.slots} >= {None, "Opgeheven partner"}
    assert len({s["day"].year for s in data.plan.slots}) == 3  # 2024, 2025, 2026
    weeks = {s["day"].isocalendar()[:2] for s in data.plan.slots}
    assert {(2025, 1), (2026, 53)} <= weeks


@pytest.mark.parametrize(
    "by", [("month",), ("week",), ("partner",), ("month", "partner"), ("week", "partner"), ()]
)
def test_appointments_match_python_counts(loaded: tuple[Database, Data], by: Any) -> None:
    db, data = loaded
    with db.read() as conn:
        rows = planning.appointments(conn, Filter(), by=by)
    assert got(rows, by) == expected(data, by)
    assert len(rows) == len(expected(data, by))  # one row per key


def test_filters_and_scope_narrow_the_counts(loaded: tuple[Database, Data]) -> None:
    db, data = loaded
    home = {b["id"]: b for b in data.branches}
    organisation = data.branches[3]["organisation_code"]
    one = data.plan.slots[-5]["branch_id"]

    def form(slot: Row) -> str | None:
        setup = data.setup_of(slot["branch_id"], month(slot["day"]))
        return setup["ido_form"] if setup else None

    def inside(slot: Row) -> bool | None:
        setup = data.setup_of(slot["branch_id"], month(slot["day"]))
        return setup["inside_library"] if setup else None

    assert len({form(s) for s in data.plan.slots}) >= 2
    assert {inside(s) for s in data.plan.slots} >= {True, False}
    cases: list[tuple[Filter, Any, Callable[[Row], bool]]] = [
        (Filter.year(2025), None, lambda s: s["day"].year == 2025),
        (Filter.year(2026, 2), None, lambda s: month(s["day"]) in (202604, 202605, 202606)),
        (Filter(first=202404, last=202503), None, lambda s: 202404 <= month(s["day"]) <= 202503),
        (Filter(branches=frozenset({one})), None, lambda s: s["branch_id"] == one),
        (
            Filter(),
            branch.c.organisation_code == organisation,
            lambda s: home[s["branch_id"]]["organisation_code"] == organisation,
        ),
        (Filter(), sa.false(), lambda s: False),
        (Filter(forms=frozenset({"basis"})), None, lambda s: form(s) == "basis"),
        (Filter(inside=False), None, lambda s: inside(s) is False),
        (
            Filter.year(2025, inside=True),
            None,
            lambda s: inside(s) is True and s["day"].year == 2025,
        ),
    ]
    with db.read() as conn:
        for f, within, keep in cases:
            for by in (("month",), ("partner",)):
                rows = planning.appointments(conn, f, within, by=by)
                assert got(rows, by) == expected(data, by, keep), (f, by)


def test_an_unknown_key_is_refused(loaded: tuple[Database, Data]) -> None:
    db, _ = loaded
    with db.read() as conn, pytest.raises(ValueError, match="unknown keys"):
        planning.appointments(conn, Filter(), by=("helper",))


def test_waiting_list_matches_python_counts(loaded: tuple[Database, Data]) -> None:
    db, data = loaded
    seasons = {r["id"]: r for r in data.plan.records if r["record"] == "season"}
    home = {b["id"]: b for b in data.branches}

    def count(keep: Callable[[Row], bool]) -> dict[int, tuple[int, ...]]:
        out: dict[int, Counter[str]] = {}
        for r in data.plan.records:
            if r["record"] != "waiting" or r["deleted"] or not keep(r):
                continue
            year = int(seasons[r["data"]["season_id"]]["data"]["starts_on"][:4])
            c = out.setdefault(year, Counter())
            c["entries"] += 1
            c[{"booked": "served", "removed": "removed", None: "waiting"}[r["data"]["done"]]] += 1
        return {y: tuple(c[n] for n in planning.WAITING) for y, c in out.items()}

    organisation = data.branches[0]["organisation_code"]
    with db.read() as conn:
        every = planning.waiting_list(conn, Filter())
        year = planning.waiting_list(conn, Filter.year(2025))
        scoped = planning.waiting_list(conn, Filter(), branch.c.organisation_code == organisation)
        basis = planning.waiting_list(conn, Filter(forms=frozenset({"basis"})))
    assert {r.year: tuple(r[1:]) for r in every} == count(lambda r: True)
    assert sum(r.entries for r in every) > 0
    assert {r.year: tuple(r[1:]) for r in year} == count(
        lambda r: seasons[r["data"]["season_id"]]["data"]["starts_on"].startswith("2025")
    )
    assert {r.year: tuple(r[1:]) for r in scoped} == count(
        lambda r: home[r["branch_id"]]["organisation_code"] == organisation
    )

    def season_form(r: Row) -> str | None:
        starts_on = seasons[r["data"]["season_id"]]["data"]["starts_on"]
        setup = data.setup_of(r["branch_id"], int(starts_on[:4] + starts_on[5:7]))
        return setup["ido_form"] if setup else None

    assert {r.year: tuple(r[1:]) for r in basis} == count(lambda r: season_form(r) == "basis")


def test_nothing_about_a_person_is_read(loaded: tuple[Database, Data]) -> None:
    """The statements name no contact column and no helper's or visitor's name."""
    db, _ = loaded
    seen: list[str] = []

    def log(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        seen.append(statement)

    sa.event.listen(db.engine, "before_cursor_execute", log)
    try:
        with db.read() as conn:
            planning.appointments(conn, Filter(), by=("month", "partner"))
            planning.waiting_list(conn, Filter())
    finally:
        sa.event.remove(db.engine, "before_cursor_execute", log)
    text = " ".join(seen).lower()
    for column in ("phone", "email", "remark", "checklist", "plan_booking.name"):
        assert column not in text


def test_the_view_tables_show_the_counts(loaded: tuple[Database, Data]) -> None:
    """The Belastinghulp view's tables: the same counts, in Dutch, small ones hidden publicly."""
    db, data = loaded
    catalogues = load_catalogues()
    national = Visibility.of(Viewer(role=Role.NATIONAL), 5, NOW.date())
    public = Visibility.of(Viewer(), 5, NOW.date())
    with db.read() as conn:
        full = planning_tables.belastinghulp(Context(conn, Filter(), None, national, catalogues))
        hidden = planning_tables.belastinghulp(Context(conn, Filter(), None, public, catalogues))
    by_id = {t.id: t for t in full}
    assert list(by_id) == ["afspraken-per-maand", "afspraken-per-partner", "wachtlijst"]
    months = by_id["afspraken-per-maand"]
    want = expected(data, ("month",))
    assert len(months.rows) == len(want)
    assert sum(r[2] for r in months.rows) == sum(c[2] for c in want.values())  # bookings
    assert [c.key for c in months.columns][:3] == ["maand", "plekken", "afspraken"]
    assert months.chart is not None and months.summary.startswith("Van ")
    partners = {r[0]: r for r in by_id["afspraken-per-partner"].rows}
    assert planning_tables.NO_PARTNER in partners
    assert (
        partners["Opgeheven partner"][1] == expected(data, ("partner",))[("Opgeheven partner",)][1]
    )
    assert by_id["wachtlijst"].rows and "wachtlijst" in by_id["wachtlijst"].summary
    for t in hidden:
        for row in t.rows:
            assert not [v for v in row if isinstance(v, int) and 0 < v < 5], t.id
