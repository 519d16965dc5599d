"""The IDO's set-up as a filter and a view, against the set-up history in Python.

Set-ups change in mid-year (Amsterdam moves its IDO out of the library on 15 July 2021), a
later version corrects earlier ones from an earlier day (Weesp), and a branch gets a second
IDO (Utrecht). The filters ``forms`` and ``inside`` count a (branch, month) when the set-up
valid on the month's last day says so; :func:`setups.setups` and :func:`setups.setup_rows`
count and list the set-ups valid on a period's last day. On SQLite and PostgreSQL.
"""

from __future__ import annotations

import calendar
import json
from collections import Counter
from datetime import date
from typing import Any

import pytest
import sqlalchemy as sa

from sync.central.figures import queries, refresh, setups
from sync.central.tables import branch, ido_setup
from tests.sync.central.test_figures import NOW, Row
from tests.sync.central.test_figures_codes import check, coded, month

__all__ = ["coded"]  # the fixture, used by name

HOURS = [
    {"weekday": 2, "starts": "10:00", "ends": "12:30"},
    {"weekday": 4, "starts": "13:00", "ends": "17:00"},
]


def version(
    location: str,
    branch_id: str,
    number: int,
    valid_from: date,
    form: str,
    inside: bool,
    *,
    staffing: tuple[tuple[str, int], ...] = (("staff", 8),),
    hours_kind: str = "open",
) -> Row:
    return {
        "op_id": f"{location}-v{number}",
        "branch_id": branch_id,
        "device_id": "device-1",
        "location_id": location,
        "version": number,
        "valid_from": valid_from,
        "ido_name": f"IDO {location}",
        "ido_form": form,
        "inside_library": inside,
        "hours_kind": hours_kind,
        "hours": json.dumps(HOURS),
        "staffing": json.dumps([{"kind": k, "hours_per_week": h} for k, h in staffing]),
        "catalogue_version": 1,
        "received_at": NOW,
    }


SETUPS = [
    version("ams-1", "ams", 1, date(2021, 1, 1), "basis", True),
    version("ams-1", "ams", 2, date(2021, 7, 15), "altijd_beschikbaar", False),
    version("wsp-1", "wsp", 1, date(2021, 3, 10), "basis", True, hours_kind="appointment"),
    version("wsp-1", "wsp", 2, date(2022, 1, 1), "basis", False),
    # A correction: a higher version from an earlier day holds from then on (2 never does).
    version(
        "wsp-1",
        "wsp",
        3,
        date(2021, 9, 1),
        "altijd_beschikbaar",
        True,
        staffing=(("staff", 4), ("volunteer", 6)),
    ),
    version("utr-1", "utr", 1, date(2020, 1, 1), "basis", True),
    version(
        "utr-2",
        "utr",
        1,
        date(2022, 5, 20),
        "altijd_beschikbaar",
        False,
        staffing=(("partner", 3), ("volunteer", 2)),
    ),
]


def valid_on(day: date) -> dict[str, Row]:
    """Each location's set-up on *day*, in Python: the highest version holding by then."""
    found: dict[str, Row] = {}
    for row in SETUPS:
        if row["valid_from"] <= day:
            held = found.get(row["location_id"])
            if held is None or row["version"] > held["version"]:
                found[row["location_id"]] = row
    return found


def last_day(m: int) -> date:
    year, number = divmod(m, 100)
    return date(year, number, calendar.monthrange(year, number)[1])


def matches(branch_id: str, m: int, forms: set[str], inside: bool | None) -> bool:
    return any(
        row["branch_id"] == branch_id
        and (not forms or row["ido_form"] in forms)
        and (inside is None or row["inside_library"] == inside)
        for row in valid_on(last_day(m)).values()
    )


@pytest.fixture
def with_setups(coded: Any) -> Any:
    db, data = coded
    with db.write() as conn:
        conn.execute(sa.insert(ido_setup), SETUPS)
    refresh.refresh(db, now=lambda: NOW)
    return db, data


@pytest.mark.parametrize(
    ("forms", "inside"),
    [
        ({"basis"}, None),
        ({"altijd_beschikbaar"}, None),
        (set(), True),
        (set(), False),
        ({"altijd_beschikbaar"}, True),
        ({"basis", "altijd_beschikbaar"}, False),
    ],
)
def test_form_and_inside_pick_branch_months_by_the_set_up_then(
    with_setups: Any, forms: set[str], inside: bool | None
) -> None:
    db, data = with_setups
    keep = lambda v: matches(v["branch_id"], month(v), forms, inside)  # noqa: E731
    f = queries.Filter(forms=frozenset(forms), inside=inside)
    check(db, data, f, keep)
    check(db, data, queries.Filter.year(2021, forms=frozenset(forms), inside=inside), keep)
    # With a place: the set-up narrows the branches the place picks.
    check(
        db,
        data,
        queries.Filter(municipalities=frozenset({"GM0363"}), forms=frozenset(forms), inside=inside),
        lambda v: v["branch_id"] in ("ams", "wsp") and keep(v),
    )
    with db.read() as conn:
        registering = {r.month: r.branches for r in queries.registering(conn, f)}
    chosen = [v for v in data.counting() if keep(v)]
    assert registering == {
        m: len({v["branch_id"] for v in chosen if month(v) == m})
        for m in {month(v) for v in chosen}
    }


def test_a_set_up_change_in_mid_year_switches_in_its_month(with_setups: Any) -> None:
    db, data = with_setups
    outside = queries.Filter.year(2021, branches=frozenset({"ams"}), inside=False)
    with db.read() as conn:
        months = {r.month for r in queries.months(conn, outside)}
    # Amsterdam's IDO left the library on 15 July 2021: July counts outside (its last day).
    assert months and min(months) == 202107
    assert months == {m for m in range(202107, 202113)} & {
        month(v) for v in data.counting() if v["branch_id"] == "ams"
    }


def expected_counts(day: date, keep: Any = lambda row: True) -> dict[tuple[Any, ...], Any]:
    counts: Counter[tuple[Any, ...]] = Counter()
    for row in valid_on(day).values():
        if not keep(row):
            continue
        key = (row["ido_form"], row["inside_library"], row["hours_kind"])
        counts[(*key, "idos")] += 1
        for entry in json.loads(row["staffing"]):
            counts[(*key, entry["kind"])] += entry["hours_per_week"]
    return dict(+counts)


def got_counts(rows: list[Any]) -> dict[tuple[Any, ...], Any]:
    counts: dict[tuple[Any, ...], Any] = {}
    for r in rows:
        key = (r.ido_form, bool(r.inside_library), r.hours_kind)
        for name in ("idos", "staff", "volunteer", "partner"):
            if getattr(r, name):
                counts[(*key, name)] = int(getattr(r, name))
    return counts


def test_setups_are_counted_on_the_periods_last_day(with_setups: Any) -> None:
    db, _ = with_setups
    with db.read() as conn:
        for f, day in [
            (queries.Filter.year(2021), date(2021, 12, 31)),
            (queries.Filter.year(2021, 2), date(2021, 6, 30)),
            (queries.Filter.year(2022), date(2022, 12, 31)),
            (queries.Filter(day=date(2022, 5, 19)), date(2022, 5, 19)),
            (queries.Filter(first=202101, last=202208, day=date(2022, 5, 25)), date(2022, 5, 25)),
        ]:
            assert setups.last_day(f) == day
            assert got_counts(setups.setups(conn, f)) == expected_counts(day)
        # Places, forms and inside narrow the IDOs counted.
        f = queries.Filter.year(2022, municipalities=frozenset({"GM0363"}), inside=True)
        assert got_counts(setups.setups(conn, f)) == expected_counts(
            date(2022, 12, 31),
            lambda row: row["branch_id"] in ("ams", "wsp") and row["inside_library"],
        )
        f = queries.Filter.year(2022, forms=frozenset({"altijd_beschikbaar"}))
        assert got_counts(setups.setups(conn, f)) == expected_counts(
            date(2022, 12, 31), lambda row: row["ido_form"] == "altijd_beschikbaar"
        )
        # Before any set-up: nothing.
        assert setups.setups(conn, queries.Filter.year(2019)) == []


def test_setup_rows_list_the_idos_of_the_branches_a_viewer_may_see(with_setups: Any) -> None:
    db, _ = with_setups
    with db.read() as conn:
        rows = setups.setup_rows(
            conn, queries.Filter.year(2022), within=branch.c.organisation_code == "oba"
        )
        every = setups.setup_rows(conn, queries.Filter.year(2022))
        none = setups.setup_rows(conn, queries.Filter.year(2022), within=sa.false())
    assert [(r.branch_id, r.location_id, r.ido_form, r.inside_library) for r in rows] == [
        ("ams", "ams-1", "altijd_beschikbaar", False),
        ("wsp", "wsp-1", "altijd_beschikbaar", True),
    ]
    weesp = rows[1]
    assert weesp.branch_name == "Vestiging wsp"
    assert weesp.hours_per_week == 6.5  # 2.5 on Tuesday, 4 on Thursday
    assert weesp.staffing == {"staff": 4, "volunteer": 6}
    assert weesp.valid_from == date(2021, 9, 1)
    assert {r.location_id for r in every} == {"ams-1", "wsp-1", "utr-1", "utr-2"}
    assert none == []
