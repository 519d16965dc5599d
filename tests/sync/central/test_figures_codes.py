"""Figures by code: provinces, municipalities (mergers rolled up) and organisations.

Branches in Amsterdam and in Weesp (merged into Amsterdam on 24 March 2022), in Haaren (split
in 2021, rolled wholly into Oisterwijk), in Utrecht and Rotterdam, and one without codes, with
visits from 2021 to 2023. The area sums and the filters are held to counts made in Python
from the generated rows and the reference (``kiosk.municipalities``), on SQLite and
PostgreSQL: today's division, a division of 2021, a division that changes between two refresh
passes, and a branch whose codes change (``branch-set``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any

import pytest
import sqlalchemy as sa

from sync.central.branches import set_branch
from sync.central.db import Database
from sync.central.demo.visits import generate
from sync.central.figures import queries, refresh
from sync.central.tables import branch, fig_place, fig_state, fig_visits_area
from tests.sync.central.test_figures import (
    NOW,
    Data,
    Row,
    areas_of,
    assert_figures,
    insert_branches,
    local,
    store,
)


def place(branch_id: str, municipality: str | None, organisation: str | None) -> Row:
    return {
        "id": branch_id,
        "name": f"Vestiging {branch_id}",
        "organisation": organisation or "onbekend",
        "municipality": municipality or "onbekend",
        "province": "onbekend",
        "last_seq": 0,
        "created_at": datetime(2020, 1, 1, tzinfo=UTC),
        "municipality_code": municipality,
        "organisation_code": organisation,
    }


BRANCHES = [
    place("ams", "GM0363", "oba"),
    place("wsp", "GM0457", "oba"),  # Weesp: part of Amsterdam since 24 March 2022
    place("hrn", "GM0788", "bibliotheek-haaren"),  # Haaren: split in 2021, main: Oisterwijk
    place("utr", "GM0344", "bibliotheek-utrecht"),
    place("rtm", "GM0599", "bibliotheek-rotterdam"),
    place("none", None, None),  # no codes: counts in the country only
]


@pytest.fixture
def coded(database_url: str) -> Any:
    db = Database(database_url)
    stored_rows = insert_branches(db, [dict(b) for b in BRANCHES if b["id"] != "none"])
    with db.write() as conn:
        conn.execute(sa.insert(branch).values(**BRANCHES[-1]))
    rows = [*stored_rows, dict(BRANCHES[-1])]
    visits: list[Row] = []
    asked: list[Row] = []
    for chunk_visits, chunk_asked in generate(
        rows, 3000, start=datetime(2021, 1, 1), months=36, seed=5
    ):
        visits += chunk_visits
        asked += chunk_asked
    data = Data(rows, [], [])
    store(db, data, visits, asked, mark=False)
    yield db, data
    db.close()


def month(v: Row) -> int:
    at = local(v)
    return at.year * 100 + at.month


def check(
    db: Database, data: Data, f: queries.Filter, keep: Callable[[Row], bool], **within: Any
) -> None:
    """The months and topics of *f* equal the counts of the visits *keep* picks."""
    chosen = [v for v in data.counting() if keep(v)]
    want = Counter(month(v) for v in chosen if _in(f, month(v)))
    with db.read() as conn:
        got = {r.month: r.visits for r in queries.months(conn, f, **within)}
        topics = {r.topic: r.questions for r in queries.questions_by(conn, f, "topic", **within)}
        rows = list(queries.csv_rows(conn, f, **within))
    assert got == want
    asked = [q for v in chosen if _in(f, month(v)) for q in data.questions[v["visit_id"]]]
    assert topics == Counter(q["topic"] for q in asked)
    assert sum(r[-1] for r in rows) == len(asked)


def _in(f: queries.Filter, m: int) -> bool:
    return (f.first is None or m >= f.first) and (f.last is None or m <= f.last)


def of(*ids: str) -> Callable[[Row], bool]:
    return lambda v: v["branch_id"] in ids


def test_areas_by_code_roll_merged_municipalities_into_todays(coded: Any) -> None:
    db, data = coded
    refresh.refresh(db, now=lambda: NOW)
    assert_figures(db, data)
    # The reference, in Python: Weesp counts under Amsterdam, Haaren under Oisterwijk.
    by_id = {b["id"]: b for b in data.branches}
    assert areas_of(by_id["wsp"]) == ["NL", "municipality:GM0363", "province:PV27", "org:oba"]
    assert "municipality:GM0824" in areas_of(by_id["hrn"])
    assert areas_of(by_id["none"]) == ["NL"]
    with db.read() as conn:
        places = {r.branch_id: r for r in conn.execute(sa.select(fig_place))}
        areas = set(conn.execute(sa.select(fig_visits_area.c.area).distinct()).scalars())
    assert places["none"].province is None and places["none"].organisation is None
    assert "municipality:GM0457" not in areas and "municipality:GM0788" not in areas
    y2021 = queries.Filter.year(2021)
    # A Weesp branch's figures of 2021 show under Amsterdam for 2021 (area sums).
    check(
        db, data, queries.Filter.year(2021, municipalities=frozenset({"GM0363"})), of("ams", "wsp")
    )
    # ... and the same from the branches' figures (a viewer's clause forces them).
    check(
        db,
        data,
        queries.Filter.year(2021, municipalities=frozenset({"gm0363"})),
        of("ams", "wsp"),
        within=sa.true(),
    )
    # Weesp's own code: its branch only (no area of its own any more).
    check(db, data, queries.Filter(municipalities=frozenset({"GM0457"})), of("wsp"))
    # On a day of 2021 Weesp was a municipality of its own.
    day = date(2021, 6, 1)
    check(db, data, queries.Filter(municipalities=frozenset({"GM0363"}), day=day), of("ams"))
    check(db, data, queries.Filter(provinces=frozenset({"PV27"}), day=day), of("ams", "wsp"))
    check(db, data, queries.Filter(provinces=frozenset({"PV27"})), of("ams", "wsp"))
    check(db, data, queries.Filter(provinces=frozenset({"PV30"})), of("hrn"))
    check(db, data, queries.Filter(municipalities=frozenset({"GM0824"})), of("hrn"))
    check(db, data, queries.Filter(provinces=frozenset({"PV26", "PV28"})), of("utr", "rtm"))
    check(db, data, queries.Filter(organisations=frozenset({"oba"})), of("ams", "wsp"))
    check(
        db,
        data,
        queries.Filter(organisations=frozenset({"oba"}), provinces=frozenset({"PV27"})),
        of("ams", "wsp"),
    )
    # The branch without codes: in the country's figures, found by its id, in no area.
    check(db, data, y2021, lambda v: True)
    check(db, data, queries.Filter(branches=frozenset({"none"})), of("none"))
    every_province = frozenset(f"PV{n}" for n in range(20, 32))
    check(db, data, queries.Filter(provinces=every_province), lambda v: v["branch_id"] != "none")
    with db.read() as conn:
        rows = list(queries.csv_rows(conn, queries.Filter(branches=frozenset({"wsp", "none"}))))
    assert {(r[1], r[2], r[3], r[4]) for r in rows} == {
        ("PV27", "GM0363", "oba", "Vestiging wsp"),
        (None, None, None, "Vestiging none"),
    }


def test_refresh_rebuilds_the_areas_when_the_division_changes(coded: Any) -> None:
    db, data = coded
    in_2021 = datetime(2021, 6, 1, 10, tzinfo=UTC)
    refresh.refresh(db, now=lambda: in_2021)
    assert_figures(db, data, in_2021.date())
    with db.read() as conn:
        areas = set(conn.execute(sa.select(fig_visits_area.c.area).distinct()).scalars())
    assert {"municipality:GM0457", "municipality:GM0363"} <= areas
    # The day of a 2021 filter matches the division built: the area sums answer it.
    check(
        db,
        data,
        queries.Filter(municipalities=frozenset({"GM0457"}), day=in_2021.date()),
        of("wsp"),
    )
    # Weesp merges into Amsterdam: the next pass adds the areas up again.
    refresh.refresh(db, now=lambda: NOW)
    assert_figures(db, data)
    with db.read() as conn:
        areas = set(conn.execute(sa.select(fig_visits_area.c.area).distinct()).scalars())
    assert "municipality:GM0457" not in areas
    check(db, data, queries.Filter(municipalities=frozenset({"GM0363"})), of("ams", "wsp"))


def test_a_branch_whose_codes_change_moves_to_its_new_areas(coded: Any) -> None:
    db, data = coded
    refresh.refresh(db, now=lambda: NOW)
    with db.write() as conn:
        set_branch(conn, "none", NOW, organisation="oba", municipality="GM0344")
        set_branch(conn, "rtm", NOW, organisation="bibliotheek-utrecht")
    for b in data.branches:
        if b["id"] == "none":
            b.update(municipality_code="GM0344", organisation_code="oba")
        if b["id"] == "rtm":
            b.update(organisation_code="bibliotheek-utrecht")
    later = datetime(2026, 11, 30, 12, 5, tzinfo=UTC)
    done = refresh.refresh(db, now=lambda: later)
    assert done.rebuilt == 0  # no visit changed: only the areas moved
    assert_figures(db, data)
    check(db, data, queries.Filter(organisations=frozenset({"oba"})), of("ams", "wsp", "none"))
    check(db, data, queries.Filter(municipalities=frozenset({"GM0344"})), of("utr", "none"))
    check(
        db,
        data,
        queries.Filter(organisations=frozenset({"bibliotheek-utrecht"})),
        of("utr", "rtm"),
    )
    # A new branch (no figures yet) gets its places too.
    with db.write() as conn:
        conn.execute(sa.insert(branch).values(**place("new", "GM0599", None)))
    refresh.refresh(db, now=lambda: later)
    with db.read() as conn:
        row = conn.execute(sa.select(fig_place).where(fig_place.c.branch_id == "new")).one()
    assert (row.province, row.municipality, row.organisation) == (
        "province:PV28",
        "municipality:GM0599",
        None,
    )


def test_areas_built_before_codes_are_built_again_by_code(coded: Any) -> None:
    """After migration 0011 (no division remembered) a pass adds every area up by code."""
    db, data = coded
    refresh.refresh(db, now=lambda: NOW)
    with db.write() as conn:
        conn.execute(sa.update(fig_state).values(division=None))
        conn.execute(sa.delete(fig_place))
        conn.execute(sa.delete(fig_visits_area).where(fig_visits_area.c.area != "NL"))
    done = refresh.refresh(db, now=lambda: NOW)
    assert done.rebuilt == 0
    assert_figures(db, data)
