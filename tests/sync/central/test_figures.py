"""The dashboard's figures against counts made in Python from the same generated visits.

Every ``fig_*`` table is compared row for row with a count of the visits that count (not
voided, not superseded), on SQLite and PostgreSQL: after the first build, after voids and
corrections (one moving its visit to another month) rebuilt from their marks, for visits at
23:30 and 00:30 local time next to a month's edge and across both daylight-saving changes,
and with batches committing while the refresher runs. The queries are compared with the same
counts under filters.
"""

from __future__ import annotations

import json
import random
import threading
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
import sqlalchemy as sa

from kiosk import municipalities
from sync.central.db import Database, insert_rows, update_rows
from sync.central.demo.visits import generate, make_branches
from sync.central.figures import marks, queries, refresh
from sync.central.figures.local import month_of
from sync.central.tables import (
    branch,
    fig_dirty,
    fig_health,
    fig_help,
    fig_pairs,
    fig_questions,
    fig_referral,
    fig_time,
    fig_visits,
    library_organisation,
    question,
    visit,
)

Row = dict[str, Any]
NOW = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)
TODAY = NOW.date()


def with_codes(branches: list[Row]) -> tuple[list[Row], list[Row]]:
    """The generated branches with their codes, and the library organisations they name.

    The generator puts a CBS code in the municipality text; the organisation's code is made
    from its name here (unless the generator gave codes already).
    """
    organisations: dict[str, Row] = {}
    coded = []
    for b in branches:
        code = b.get("organisation_code") or b["organisation"].lower().replace(" ", "-")
        organisations.setdefault(
            code, {"code": code, "name": b["organisation"] or code, "created_at": NOW}
        )
        municipality = b.get("municipality_code") or b["municipality"].upper()
        coded.append({**b, "municipality_code": municipality, "organisation_code": code})
    return coded, list(organisations.values())


def insert_branches(db: Database, branches: list[Row]) -> list[Row]:
    """Store *branches* with their codes (and organisations); return them as stored."""
    coded, organisations = with_codes(branches)
    with db.write() as conn:
        known = set(conn.execute(sa.select(library_organisation.c.code)).scalars())
        insert_rows(
            conn, library_organisation, [o for o in organisations if o["code"] not in known]
        )
        insert_rows(conn, branch, coded)
    return coded


def areas_of(home: Row, day: date = TODAY) -> list[str]:
    """The areas a branch's figures count in, from the reference in Python (not SQL)."""
    found = ["NL"]
    code = home.get("municipality_code")
    if code:
        into = municipalities.successor_on(code, day) or code
        province = municipalities.province_of(into)
        found.append(f"municipality:{into}")
        if province is not None:
            found.append(f"province:{province.code}")
    if home.get("organisation_code"):
        found.append(f"org:{home['organisation_code']}")
    return found


class Data:
    """The generated visits and questions as stored, changed as the test changes them."""

    def __init__(self, branches: list[Row], visits: list[Row], asked: list[Row]) -> None:
        self.branches = branches
        self.visits = {v["visit_id"]: v for v in visits}
        self.questions: dict[str, list[Row]] = {}
        for q in asked:
            self.questions.setdefault(q["visit_id"], []).append(q)

    def counting(self) -> Iterable[Row]:
        return (
            v for v in self.visits.values() if v["voided_at"] is None and v["superseded_by"] is None
        )


def local(v: Row) -> datetime:
    return v["occurred_at_corrected"] + timedelta(minutes=v["occurred_offset"])


def expected(data: Data, day: date = TODAY) -> dict[str, Counter[tuple[Any, ...]]]:
    """Every figures table's rows, counted in Python: key columns -> counts.

    The areas as of the municipal division of *day*.
    """
    out: dict[str, Counter[tuple[Any, ...]]] = {t.name: Counter() for t in refresh.FIGURES}
    for v in data.counting():
        at = local(v)
        month = at.year * 100 + at.month
        base = (v["branch_id"], month, v["channel"])
        asked = data.questions[v["visit_id"]]
        key = (*base, v["duration"], v["mode"], v["source"])
        out["fig_visits"][(*key, "visits")] += 1
        out["fig_visits"][(*key, "questions")] += len(asked)
        out["fig_time"][(*base, at.isoweekday(), at.hour, "visits")] += 1
        for q in asked:
            out["fig_questions"][(*base, q["kind"], q["organisation"], q["topic"], "n")] += 1
            for code in json.loads(q["help"]):
                out["fig_help"][(*base, q["organisation"], q["topic"], code, "n")] += 1
            for code in json.loads(q["referral"]):
                out["fig_referral"][(*base, q["organisation"], q["topic"], code, "n")] += 1
        topics = sorted({q["topic"] for q in asked})
        for i, a in enumerate(topics):
            for b in topics[i + 1 :]:
                out["fig_pairs"][(*base, a, b, "n")] += 1
    for v in data.visits.values():
        at = local(v)
        base = (v["branch_id"], at.year * 100 + at.month, v["channel"])
        health = out["fig_health"]
        health[(*base, "recorded")] += 1
        health[(*base, "voided")] += v["voided_at"] is not None
        health[(*base, "corrected")] += v["superseded_by"] is not None
        health[(*base, "tally")] += v["source"] == "tally"
        health[(*base, "backdated")] += v["recorded_at"] - v["occurred_at"] >= timedelta(hours=1)
    by_id = {b["id"]: b for b in data.branches}
    for table in refresh.FIGURES:
        area: Counter[tuple[Any, ...]] = Counter()
        for (branch_id, *rest), n in out[table.name].items():
            for name in areas_of(by_id[branch_id], day):
                area[(name, *rest)] += n
        out[f"{table.name}_area"] = area
    return {name: +counter for name, counter in out.items()}


def stored(db: Database) -> dict[str, Counter[tuple[Any, ...]]]:
    """Every figures table's rows as stored, in the shape of :func:`expected`."""
    out: dict[str, Counter[tuple[Any, ...]]] = {}
    with db.read() as conn:
        for table in [*refresh.FIGURES, *refresh.AREAS.values()]:
            counts = [c.name for c in table.columns if not c.primary_key]
            found: Counter[tuple[Any, ...]] = Counter()
            for row in conn.execute(sa.select(table)).mappings():
                key = tuple(row[c.name] for c in table.columns if c.primary_key)
                for name in counts:
                    found[(*key, name)] = row[name]
            out[table.name] = +found
    return out


def assert_figures(db: Database, data: Data, day: date = TODAY) -> None:
    want, got = expected(data, day), stored(db)
    for table in [*refresh.FIGURES, *refresh.AREAS.values()]:
        assert got[table.name] == want[table.name], table.name


def edge_visits(branch_id: str) -> tuple[list[Row], list[Row]]:
    """Visits next to a month's edge and across both daylight-saving changes (Amsterdam)."""
    cases = [
        ("edge-2330", datetime(2026, 1, 31, 22, 30), 60),  # Sat 31 Jan 23:30 local
        ("edge-0030", datetime(2026, 1, 31, 23, 30), 60),  # Sun 1 Feb 00:30 local
        ("dst-0130", datetime(2026, 3, 29, 0, 30), 60),  # 01:30 CET, before the change
        ("dst-0330", datetime(2026, 3, 29, 1, 30), 120),  # 03:30 CEST, an hour later
        ("dst-0230a", datetime(2026, 10, 25, 0, 30), 120),  # 02:30 CEST
        ("dst-0230b", datetime(2026, 10, 25, 1, 30), 60),  # 02:30 CET, an hour later
        ("west-2330", datetime(2026, 5, 1, 2, 30), -180),  # 23:30 on 30 April at UTC-3
    ]
    visits, asked = [], []
    for visit_id, utc, offset in cases:
        at = utc.replace(tzinfo=UTC)
        visits.append(visit_row(visit_id, branch_id, at, offset))
        asked.append(question_row(visit_id, 1, "digid_kwijt", "logius", ["samen_gedaan"], []))
        asked.append(
            question_row(visit_id, 2, "toeslag_huur", "toeslagen", ["doorverwezen"], ["welzijn"])
        )
    return visits, asked


def visit_row(visit_id: str, branch_id: str, at: datetime, offset: int, **changes: Any) -> Row:
    row = {
        "visit_id": visit_id,
        "op_id": f"op-{visit_id}",
        "branch_id": branch_id,
        "device_id": "device-1",
        "location_id": "location-1",
        "desk_id": "desk-1",
        "occurred_at": at,
        "occurred_offset": offset,
        "occurred_at_corrected": at,
        "recorded_at": at,
        "channel": "in_person",
        "duration": "5_15",
        "mode": "counter",
        "source": "live",
        "catalogue_version": 1,
        "corrects": None,
        "voided_at": None,
        "void_op_id": None,
        "superseded_by": None,
    }
    row.update(changes)
    return row


def question_row(
    visit_id: str,
    position: int,
    topic: str,
    organisation: str,
    helped: list[str],
    referral: list[str],
) -> Row:
    return {
        "question_id": f"{visit_id}-q{position}",
        "visit_id": visit_id,
        "position": position,
        "kind": "digital_government",
        "organisation": organisation,
        "topic": topic,
        "digid_followup": None,
        "help": json.dumps(helped),
        "referral": json.dumps(referral),
    }


def store(
    db: Database, data: Data, visits: Sequence[Row], asked: Sequence[Row], *, mark: bool
) -> None:
    """Store visits as ingest does: rows and, when *mark*, their marks, in one transaction."""
    with db.write() as conn:
        insert_rows(conn, visit, list(visits))
        insert_rows(conn, question, list(asked))
        if mark:
            by_branch: dict[str, list[Row]] = {}
            for v in visits:
                by_branch.setdefault(v["branch_id"], []).append(v)
            for branch_id, rows in by_branch.items():
                marks.mark_batch(conn, branch_id, rows, [], NOW)
    data.visits.update({v["visit_id"]: v for v in visits})
    for q in asked:
        data.questions.setdefault(q["visit_id"], []).append(q)


@pytest.fixture
def loaded(database_url: str) -> Any:
    db = Database(database_url)
    branches = make_branches(12)
    visits: list[Row] = []
    asked: list[Row] = []
    for chunk_visits, chunk_asked in generate(
        branches, 2500, months=14, start=datetime(2025, 6, 1)
    ):
        visits += chunk_visits
        asked += chunk_asked
    edge, edge_asked = edge_visits(branches[0]["id"])
    branches = insert_branches(db, branches)
    data = Data(branches, [], [])
    store(db, data, visits + edge, asked + edge_asked, mark=False)
    yield db, data
    db.close()


def test_first_build_counts_every_visit_as_python_does(loaded: Any) -> None:
    db, data = loaded
    done = refresh.refresh(db, now=lambda: NOW)
    assert done.rebuilt == -1 and done.left == 0 and done.through == NOW
    assert_figures(db, data)
    with db.read() as conn:
        assert queries.through(conn) == NOW
        # Nothing was left out: every counting question and visit is in the figures.
        totals = conn.execute(
            sa.select(sa.func.sum(fig_visits.c.visits), sa.func.sum(fig_visits.c.questions))
        ).one()
    counting = list(data.counting())
    assert totals == (len(counting), sum(len(data.questions[v["visit_id"]]) for v in counting))


def test_local_month_weekday_and_hour_by_the_visits_own_offset(loaded: Any) -> None:
    db, data = loaded
    refresh.refresh(db, now=lambda: NOW)
    b = data.branches[0]["id"]
    with db.read() as conn:

        def hours(month: int) -> Counter[tuple[int, int]]:
            rows = conn.execute(
                sa.select(fig_time.c.weekday, fig_time.c.hour, fig_time.c.visits).where(
                    fig_time.c.branch_id == b, fig_time.c.month == month
                )
            )
            return Counter({(r.weekday, r.hour): r.visits for r in rows})

        generated = {
            k: v for k, v in data.visits.items() if not k.startswith(("edge", "dst", "west"))
        }
        base = Data(data.branches, list(generated.values()), [])

        def generated_hours(month: int) -> Counter[tuple[int, int]]:
            return Counter(
                (local(v).isoweekday(), local(v).hour)
                for v in base.counting()
                if v["branch_id"] == b
                and month_of(v["occurred_at_corrected"], v["occurred_offset"]) == month
            )

        # 23:30 on Saturday 31 January stays in January; 00:30 on Sunday 1 February is February.
        assert hours(202601) - generated_hours(202601) == Counter({(6, 23): 1})
        assert hours(202602) - generated_hours(202602) == Counter({(7, 0): 1})
        # Spring: 01:30 CET and 03:30 CEST (no 02:xx that night); autumn: 02:30 twice.
        assert hours(202603) - generated_hours(202603) == Counter({(7, 1): 1, (7, 3): 1})
        assert hours(202610) - generated_hours(202610) == Counter({(7, 2): 2})
        # 02:30 UTC on 1 May at UTC-3 is 23:30 on Thursday 30 April.
        assert hours(202604) - generated_hours(202604) == Counter({(4, 23): 1})


def test_voids_and_corrections_rebuild_from_their_marks(loaded: Any) -> None:
    db, data = loaded
    refresh.refresh(db, now=lambda: NOW)
    rng = random.Random(3)
    live = sorted(v["visit_id"] for v in data.counting())
    voided = rng.sample(live, 15)
    corrected = rng.sample(sorted(set(live) - set(voided)), 15)
    new_visits, new_questions = [], []
    with db.write() as conn:
        for visit_id in voided:
            data.visits[visit_id]["voided_at"] = NOW
        update_rows(conn, visit, "visit_id", [{"visit_id": i, "voided_at": NOW} for i in voided])
        for n, visit_id in enumerate(corrected):
            original = data.visits[visit_id]
            # Half move to another month (a wrong date fixed), half stay (a wrong topic).
            moved = original["occurred_at_corrected"] + timedelta(days=40 * (n % 2))
            fixed = visit_row(
                f"fix-{n}",
                original["branch_id"],
                moved,
                original["occurred_offset"],
                source="correction",
                corrects=visit_id,
                channel="phone",
            )
            new_visits.append(fixed)
            new_questions.append(
                question_row(fixed["visit_id"], 1, "rijbewijs", "cbr", ["wegwijs"], [])
            )
            data.visits[visit_id]["superseded_by"] = fixed["visit_id"]
        update_rows(
            conn,
            visit,
            "visit_id",
            [{"visit_id": i, "superseded_by": data.visits[i]["superseded_by"]} for i in corrected],
        )
        for branch_id in {data.visits[i]["branch_id"] for i in voided + corrected}:
            mine = [v for v in new_visits if v["branch_id"] == branch_id]
            changed = [i for i in voided + corrected if data.visits[i]["branch_id"] == branch_id]
            marks.mark_batch(conn, branch_id, mine, changed, NOW)
        insert_rows(conn, visit, new_visits)
        insert_rows(conn, question, new_questions)
        marked = conn.execute(sa.select(sa.func.count()).select_from(fig_dirty)).scalar_one()
    data.visits.update({v["visit_id"]: v for v in new_visits})
    for q in new_questions:
        data.questions.setdefault(q["visit_id"], []).append(q)
    assert marked > 0
    later = NOW + timedelta(minutes=1)
    done = refresh.refresh(db, now=lambda: later)
    assert done.rebuilt == marked and done.left == 0 and done.through == later
    assert_figures(db, data)


def test_queries_sum_the_figures_under_filters(loaded: Any) -> None:
    db, data = loaded
    refresh.refresh(db, now=lambda: NOW)
    organisation = data.branches[4]["organisation_code"]
    province = areas_of(data.branches[2])[2].removeprefix("province:")
    municipality = data.branches[1]["municipality_code"]
    cases = [
        (queries.Filter(), lambda v: True),
        (queries.Filter.year(2026), lambda v: local(v).year == 2026),
        (queries.Filter.year(2025, 4), lambda v: local(v).year == 2025 and local(v).month >= 10),
        (
            queries.Filter(first=202511, last=202602, channels=frozenset({"phone"})),
            lambda v: (
                202511 <= local(v).year * 100 + local(v).month <= 202602 and v["channel"] == "phone"
            ),
        ),
        (
            queries.Filter(organisations=frozenset({organisation})),
            lambda v: home(v)["organisation_code"] == organisation,
        ),
        (
            queries.Filter(provinces=frozenset({province})),
            lambda v: f"province:{province}" in areas_of(home(v)),
        ),
        (
            queries.Filter(municipalities=frozenset({municipality.lower()})),
            lambda v: home(v)["municipality_code"] == municipality,
        ),
        (queries.Filter(branches=frozenset({"br0003"})), lambda v: v["branch_id"] == "br0003"),
        (
            queries.Filter(
                provinces=frozenset({province}), organisations=frozenset({organisation})
            ),
            lambda v: (
                f"province:{province}" in areas_of(home(v))
                and home(v)["organisation_code"] == organisation
            ),
        ),
    ]
    by_id = {b["id"]: b for b in data.branches}

    def home(v: Row) -> Row:
        return by_id[v["branch_id"]]

    for f, keep in cases:
        chosen = [v for v in data.counting() if keep(v)]
        asked = [q for v in chosen for q in data.questions[v["visit_id"]]]
        with db.read() as conn:
            page = queries.page(conn, f, {"logius": "rijk", "toeslagen": "uitvoeringsorganisatie"})
            rows = list(queries.csv_rows(conn, f))
        month = lambda v: local(v).year * 100 + local(v).month  # noqa: E731
        want_months = Counter(month(v) for v in chosen)
        assert {r.month: r.visits for r in page["months"]} == want_months
        assert {r.month: r.branches for r in page["registering"]} == {
            m: len({v["branch_id"] for v in chosen if month(v) == m}) for m in want_months
        }
        assert {r.topic: r.questions for r in page["topics"]} == Counter(q["topic"] for q in asked)
        assert {r.kind: r.questions for r in page["kinds"]} == Counter(q["kind"] for q in asked)
        layer = {"logius": "rijk", "toeslagen": "uitvoeringsorganisatie"}
        assert {r.layer: r.questions for r in page["layers"]} == Counter(
            layer.get(q["organisation"], "overig") for q in asked
        )
        assert {(r.topic, r.help): r.questions for r in page["help"]} == Counter(
            (q["topic"], h) for q in asked for h in json.loads(q["help"])
        )
        assert {(r.topic, r.referral): r.questions for r in page["referrals"]} == Counter(
            (q["topic"], h) for q in asked for h in json.loads(q["referral"])
        )
        assert {(r.channel, r.duration): r.visits for r in page["channels"]} == Counter(
            (v["channel"], v["duration"]) for v in chosen
        )
        assert {(r.weekday, r.hour): r.visits for r in page["week"]} == Counter(
            (local(v).isoweekday(), local(v).hour) for v in chosen
        )
        pairs = Counter(
            pair
            for v in chosen
            for topics in [sorted({q["topic"] for q in data.questions[v["visit_id"]]})]
            for i, a in enumerate(topics)
            for pair in ((a, b) for b in topics[i + 1 :])
        )
        top = {(r.topic_a, r.topic_b): r.visits for r in page["pairs"]}
        assert all(pairs[k] == n for k, n in top.items())
        assert len(top) == min(25, len(pairs))
        assert (
            sorted(top.values(), reverse=True) == sorted(pairs.values(), reverse=True)[: len(top)]
        )
        assert sum(r[-1] for r in rows) == len(asked)
        assert [r[0] for r in rows] == sorted(r[0] for r in rows)
    with db.read() as conn:
        # A viewer's scope (Visibility.branch_clause) narrows like a filter of the same branches.
        scoped = queries.page(
            conn, queries.Filter(), within=branch.c.organisation_code == organisation
        )
        chosen_org = queries.page(conn, queries.Filter(organisations=frozenset({organisation})))
        assert scoped == chosen_org
        assert queries.first_month(conn) == min(
            month_of(v["occurred_at_corrected"], v["occurred_offset"]) for v in data.counting()
        )


def test_batches_committing_while_the_refresher_runs_are_never_lost(loaded: Any) -> None:
    """Ingest keeps its transaction open after marking; the refresher runs in a loop."""
    db, data = loaded
    refresh.refresh(db, now=lambda: NOW)
    stop = threading.Event()
    passes: list[refresh.Pass] = []
    errors: list[BaseException] = []

    def refresher() -> None:
        try:
            while not stop.is_set():
                passes.append(refresh.refresh(db))
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    thread = threading.Thread(target=refresher)
    thread.start()
    rng = random.Random(11)
    branches = [b["id"] for b in data.branches[:3]]
    try:
        for n in range(40):
            branch_id = rng.choice(branches)
            at = datetime(2026, 1 + n % 3, 10, 10, tzinfo=UTC) + timedelta(hours=n)
            rows = [visit_row(f"late-{n}-{i}", branch_id, at, 60) for i in range(5)]
            asked = [
                question_row(r["visit_id"], 1, "bsn_opvragen", "gemeente", ["informatie"], [])
                for r in rows
            ]
            with db.write() as conn:
                marks.mark_batch(conn, branch_id, rows, [], NOW)
                time.sleep(rng.random() * 0.02)  # the batch's other statements
                insert_rows(conn, visit, rows)
                insert_rows(conn, question, asked)
            data.visits.update({r["visit_id"]: r for r in rows})
            for q in asked:
                data.questions.setdefault(q["visit_id"], []).append(q)
    finally:
        # On SQLite every write waits its turn, so the loop above may have kept the refresher
        # out until its end: give it the time to rebuild what the batches marked.
        deadline = time.monotonic() + 30
        while not errors and not any(p.rebuilt > 0 for p in passes):
            if time.monotonic() > deadline:
                break
            time.sleep(0.05)
        stop.set()
        thread.join(60)
    assert not errors
    assert any(p.rebuilt > 0 for p in passes)
    refresh.refresh(db)
    assert_figures(db, data)
    with db.read() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(fig_dirty)).scalar_one() == 0


def test_a_second_refresher_waits_its_turn(database_url: str) -> None:
    """Two refreshers at once (two servers) never rebuild the same figures twice."""
    db = Database(database_url)
    try:
        branches = insert_branches(db, make_branches(3))
        data = Data(branches, [], [])
        refresh.refresh(db)
        for n in range(6):
            rows = [
                visit_row(
                    f"r{n}-{i}", branches[i % 3]["id"], datetime(2026, 1 + n, 5, 9, tzinfo=UTC), 60
                )
                for i in range(6)
            ]
            asked = [
                question_row(r["visit_id"], 1, "bsn_opvragen", "gemeente", ["informatie"], [])
                for r in rows
            ]
            store(db, data, rows, asked, mark=True)
        results: list[refresh.Pass] = []
        threads = [
            threading.Thread(target=lambda: results.append(refresh.refresh(db))) for _ in range(3)
        ]
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
        assert len(results) == 3
        assert sum(max(r.rebuilt, 0) for r in results) >= 18 // 6
        refresh.refresh(db)
        assert_figures(db, data)
    finally:
        db.close()


@pytest.mark.parametrize(
    "table", [fig_visits, fig_questions, fig_help, fig_referral, fig_pairs, fig_time, fig_health]
)
def test_every_figures_table_is_rebuilt(table: sa.Table) -> None:
    assert table in refresh.FIGURES
