"""The dashboard's views against counts made in Python from the demo's stored visits.

``run_demo`` fills a database (eight branches in three library organisations, one of them in
Weesp, merged into Amsterdam; voids, corrections, set-ups); each test counts the visits that
count straight from the ``visit`` and ``question`` rows, by their own local time, and holds a
view built by :func:`build_view` to it, for the roles: national, an organisation (its
branches, with the nation to compare), a municipality (Amsterdam with Weesp), an executive
(its own questions only) and the public (small counts hidden). On SQLite and PostgreSQL.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
import sqlalchemy as sa

from kiosk.catalogue import CatalogueSet
from sync.central.accounts.roles import Role
from sync.central.accounts.scope import Visibility
from sync.central.accounts.viewer import PUBLIC, Viewer
from sync.central.catalogues import load_server_catalogues
from sync.central.db import Database
from sync.central.demo import run_demo
from sync.central.figures import params, wording
from sync.central.figures.params import FilterError
from sync.central.figures.views import VIEWS, View, build_view
from sync.central.tables import branch, question, visit

NOW = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)
DAY = date(2026, 11, 30)
ORGANISATION = "demo-bibliotheek-amsterdam"


@dataclass
class Demo:
    db: Database
    catalogues: CatalogueSet
    visits: list[dict[str, Any]]  # the visits that count, with their local time and questions
    branches: dict[str, Any]  # id -> branch row

    def view(self, viewer: Viewer, slug: str, **query: str) -> View:
        visibility = Visibility.of(viewer, 5, day=DAY)
        with self.db.read() as conn:
            f = params.parse({k: [v] for k, v in query.items()}, visibility, conn, self.catalogues)
            return build_view(conn, slug, f, visibility, self.catalogues)

    def counting(self, branches: set[str] | None = None, year: int | None = None) -> list[Any]:
        return [
            v
            for v in self.visits
            if (branches is None or v["branch_id"] in branches)
            and (year is None or v["local"].year == year)
        ]


@pytest.fixture
def demo(database_url: str) -> Iterator[Demo]:
    db = Database(database_url)
    run_demo(db, branches=8, years=2, now=NOW, questions=3000)
    with db.read() as conn:
        asked: dict[str, list[Any]] = {}
        for q in conn.execute(
            sa.select(question.c.visit_id, question.c.topic, question.c.organisation)
        ):
            asked.setdefault(q.visit_id, []).append(q)
        visits = [
            {
                "branch_id": v.branch_id,
                "local": v.occurred_at_corrected + timedelta(minutes=v.occurred_offset),
                "questions": asked.get(v.visit_id, []),
            }
            for v in conn.execute(
                sa.select(visit).where(visit.c.voided_at.is_(None), visit.c.superseded_by.is_(None))
            )
        ]
        branches = {b.id: b for b in conn.execute(sa.select(branch))}
    yield Demo(db, load_server_catalogues(None).catalogues, visits, branches)
    db.close()


def rows(view: View, table_id: str) -> list[tuple[Any, ...]]:
    (found,) = [t for t in view.tables if t.id == table_id]
    return found.rows


def per_month(visits: list[Any]) -> dict[str, tuple[int, int]]:
    out: dict[str, tuple[int, int]] = {}
    for v in visits:
        key = wording.month(v["local"].year * 100 + v["local"].month)
        seen, asked = out.get(key, (0, 0))
        out[key] = (seen + 1, asked + len(v["questions"]))
    return out


NATIONAL = Viewer(role=Role.NATIONAL)


def test_overview_counts_every_visit_by_its_local_month(demo: Demo) -> None:
    view = demo.view(NATIONAL, "overzicht", jaar="2026")
    want = per_month(demo.counting(year=2026))
    got = {month: (v, q) for month, v, q in rows(view, "per-maand")}
    assert {m: c for m, c in got.items() if c != (0, 0)} == want
    months = list(got)
    assert months[0] == "jan 2026" and months[-1] == "nov 2026"  # up to the figures' end
    visits = sum(v for v, _ in want.values())
    asked = sum(q for _, q in want.values())
    assert rows(view, "totalen") == [("Bezoeken", visits), ("Vragen", asked)]
    assert view.through is not None
    for table in view.tables:
        assert table.summary and table.hidden == 0


def test_questions_per_topic_and_week_grid(demo: Demo) -> None:
    view = demo.view(NATIONAL, "vragen", van="2025-03", tot="2026-02")
    chosen = [
        v for v in demo.visits if 202503 <= v["local"].year * 100 + v["local"].month <= 202602
    ]
    topics = Counter(
        demo.catalogues.label("topic", q.topic) for v in chosen for q in v["questions"]
    )
    assert dict(rows(view, "onderwerpen")) == dict(topics)
    counts = [n for _, n in rows(view, "onderwerpen")]
    assert counts == sorted(counts, reverse=True)
    grid = Counter(
        (wording.weekday(v["local"].isoweekday()), wording.hour(v["local"].hour)) for v in chosen
    )
    week = demo.view(NATIONAL, "tijd", van="2025-03", tot="2026-02")
    assert {(d, h): n for d, h, n in rows(week, "week")} == dict(grid)


def test_organisation_sees_its_branches_and_the_nation_to_compare(demo: Demo) -> None:
    own = {b for b, row in demo.branches.items() if row.organisation_code == ORGANISATION}
    viewer = Viewer(role=Role.ORGANISATION, scope=ORGANISATION)
    view = demo.view(viewer, "overzicht", jaar="2026")
    got = {m: (v, q) for m, v, q in rows(view, "per-maand") if (v, q) != (0, 0)}
    assert got == per_month(demo.counting(own, 2026))
    national = {m: (v, q) for m, v, q in rows(view, "landelijk") if (v, q) != (0, 0)}
    assert national == per_month(demo.counting(year=2026))
    # One of its branches only, by the filter.
    one = sorted(own)[1]
    view = demo.view(viewer, "overzicht", jaar="2026", vestiging=one)
    got = {m: (v, q) for m, v, q in rows(view, "per-maand") if (v, q) != (0, 0)}
    assert got == per_month(demo.counting({one}, 2026))


def test_municipality_sees_its_area_with_the_merged_municipality(demo: Demo) -> None:
    area = {b for b, row in demo.branches.items() if row.municipality_code in ("GM0363", "GM0457")}
    assert len(area) == 2
    view = demo.view(Viewer(role=Role.MUNICIPALITY, scope="GM0363"), "overzicht", jaar="2026")
    got = {m: (v, q) for m, v, q in rows(view, "per-maand") if (v, q) != (0, 0)}
    assert got == per_month(demo.counting(area, 2026))
    # The national viewer's filter on Weesp's former code means Amsterdam today.
    national = demo.view(NATIONAL, "overzicht", jaar="2026", gemeente="GM0457")
    assert rows(national, "totalen") == rows(view, "totalen")


def test_executive_sees_questions_about_its_own_organisation_only(demo: Demo) -> None:
    executive = Viewer(role=Role.EXECUTIVE, scope="toeslagen")
    view = demo.view(executive, "vragen", jaar="2026")
    label = demo.catalogues.label("organisation", "toeslagen")
    asked = sum(
        1 for v in demo.counting(year=2026) for q in v["questions"] if q.organisation == "toeslagen"
    )
    assert rows(view, "instanties") == [(label, asked)]
    assert "combinaties" not in [t.id for t in view.tables]  # pairs are not per organisation
    for slug in ("overzicht", "kanaal", "tijd", "gezondheid", "opzet"):
        with pytest.raises(FilterError) as refused:
            demo.view(executive, slug)
        assert refused.value.status == 403


def test_public_view_hides_small_counts_and_shows_no_branch(demo: Demo) -> None:
    names = {row.name for row in demo.branches.values()}
    for slug, spec in VIEWS.items():
        if None not in spec.roles:
            with pytest.raises(FilterError):
                demo.view(PUBLIC, slug)
            continue
        view = demo.view(PUBLIC, slug, jaar="2026")
        for table in view.tables:
            counts = [i for i, c in enumerate(table.columns) if c.kind == "count"]
            for row in table.rows:
                assert not names & {str(cell) for cell in row}, (slug, table.id)
                for i in counts:
                    assert row[i] is None or row[i] == 0 or row[i] >= 5, (slug, table.id, row)
    # The demo's quiet months leave small counts somewhere: some table hides cells.
    hulp = demo.view(PUBLIC, "hulp", kwartaal="1", jaar="2026", gemeente="GM0014")
    assert sum(t.hidden for t in hulp.tables) > 0
    assert any(cell is None for t in hulp.tables for row in t.rows for cell in row)


def test_every_view_builds_for_every_role_it_allows(demo: Demo) -> None:
    viewers = {
        None: PUBLIC,
        Role.NATIONAL: NATIONAL,
        Role.ORGANISATION: Viewer(role=Role.ORGANISATION, scope=ORGANISATION),
        Role.MUNICIPALITY: Viewer(role=Role.MUNICIPALITY, scope="GM0363"),
        Role.EXECUTIVE: Viewer(role=Role.EXECUTIVE, scope="toeslagen"),
    }
    for slug, spec in VIEWS.items():
        for role, viewer in viewers.items():
            if role not in spec.roles:
                continue
            view = demo.view(viewer, slug, jaar="2026")
            assert view.slug == slug and view.title == spec.title
            for table in view.tables:
                assert table.summary, (slug, table.id)
                assert all(len(row) == len(table.columns) for row in table.rows)
    with pytest.raises(KeyError):
        demo.view(NATIONAL, "bestaat-niet")


def test_a_desk_reads_its_own_branch_only(demo: Demo) -> None:
    desk = Viewer.of_device("demo-0003")
    view = demo.view(desk, "overzicht", jaar="2026")
    got = {m: (v, q) for m, v, q in rows(view, "per-maand") if (v, q) != (0, 0)}
    assert got == per_month(demo.counting({"demo-0003"}, 2026))
    assert all(t.hidden == 0 for t in view.tables)  # its own figures, unhidden
    with pytest.raises(FilterError) as refused:
        demo.view(desk, "gezondheid")
    assert refused.value.status == 403
