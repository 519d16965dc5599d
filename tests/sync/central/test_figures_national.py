"""The figures at the country's scale: 700 branches over three years, counted as Python does.

The demo generator fills 700 branches (every province, Weesp before and after its merger into
Amsterdam, a desk whose clock ran ahead, voids, corrections, tallies, a question at 23:30)
with a few thousand visits; the figures are then checked against counts made in Python from
the stored visits, per branch and month, per province and municipality area (a merged
municipality rolled into today's), and nationally per topic. Then every (branch, month) is
marked as ingest would mark it and rebuilt in one pass: more marks than one chunk, more
branches than one batch of area lookups, and the same figures come out.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest
import sqlalchemy as sa

from kiosk import municipalities
from sync.central.db import Database
from sync.central.demo import run_demo
from sync.central.figures import marks, queries, refresh
from sync.central.figures.local import month_of
from sync.central.tables import branch, fig_dirty, fig_visits, question, visit

NOW = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)
TODAY = date(2026, 11, 30)
BRANCHES = 700


@pytest.fixture
def national(database_url: str) -> Iterator[Database]:
    db = Database(database_url)
    run_demo(db, now=NOW, branches=BRANCHES, years=3, seed=11, questions=6000)
    yield db
    db.close()


def _counted(db: Database) -> tuple[Counter[tuple[str, int]], Counter[str], dict[str, str]]:
    """Visits that count per (branch, local month), questions per topic, each branch's code."""
    with db.read() as conn:
        rows = conn.execute(
            sa.select(
                visit.c.visit_id,
                visit.c.branch_id,
                visit.c.occurred_at_corrected,
                visit.c.occurred_offset,
            ).where(visit.c.voided_at.is_(None), visit.c.superseded_by.is_(None))
        ).all()
        topics = conn.execute(sa.select(question.c.visit_id, question.c.topic)).all()
        codes = dict(conn.execute(sa.select(branch.c.id, branch.c.municipality_code)).all())
    per_month: Counter[tuple[str, int]] = Counter()
    for r in rows:
        per_month[r.branch_id, month_of(r.occurred_at_corrected, r.occurred_offset)] += 1
    counting = {r.visit_id for r in rows}
    per_topic = Counter(t for v, t in topics if v in counting)
    return per_month, per_topic, codes


def _figures(db: Database) -> dict[tuple[str, int], int]:
    with db.read() as conn:
        return {
            (b, int(m)): int(n)
            for b, m, n in conn.execute(
                sa.select(
                    fig_visits.c.branch_id, fig_visits.c.month, sa.func.sum(fig_visits.c.visits)
                ).group_by(fig_visits.c.branch_id, fig_visits.c.month)
            )
        }


def test_figures_of_700_branches_equal_python_counts_and_rebuild_alike(
    national: Database,
) -> None:
    """One demo per backend (it takes a while): first the counts, then a rebuild of all."""
    per_month, per_topic, codes = _counted(national)
    assert len(codes) == BRANCHES
    assert _figures(national) == dict(per_month)
    reference = municipalities.shipped()
    today = {b: reference.successor_on(code, TODAY) for b, code in codes.items()}
    with national.read() as conn:
        # Every province's and every municipality's area as Python adds them up.
        for code in sorted({c for c in today.values() if c})[:: max(1, len(codes) // 60)]:
            want = sum(n for (b, _), n in per_month.items() if today[b] == code)
            got = sum(
                r.visits
                for r in queries.months(
                    conn, queries.Filter(municipalities=frozenset({code}), day=TODAY)
                )
            )
            assert got == want, code
        for province in sorted(reference.provinces):
            want = sum(
                n
                for (b, _), n in per_month.items()
                if today[b] and reference.by_code[today[b]].province == province
            )
            f = queries.Filter(provinces=frozenset({province}), day=TODAY)
            assert sum(r.visits for r in queries.months(conn, f)) == want, province
        # Amsterdam today holds Weesp's past.
        weesp = [b for b, code in codes.items() if code == "GM0457"]
        assert weesp, "the demo registers a branch in Weesp"
        f = queries.Filter(municipalities=frozenset({"GM0363"}), day=TODAY)
        want = sum(n for (b, _), n in per_month.items() if today[b] == "GM0363")
        assert sum(r.visits for r in queries.months(conn, f)) == want
        assert want > sum(n for (b, _), n in per_month.items() if codes[b] == "GM0363")
        nation = {
            r.topic: int(r.questions) for r in queries.questions_by(conn, queries.Filter(), "topic")
        }
    assert nation == dict(per_topic)

    # Every (branch, month) marked as ingest marks them, rebuilt in one pass.
    before = _figures(national)
    pairs = sorted(before)
    assert len(pairs) > refresh.CHUNK * 3
    with national.write() as conn:
        marks.mark(conn, pairs, NOW)
    done = refresh.refresh(national, now=lambda: NOW)
    assert done.rebuilt == len(pairs) and done.left == 0
    with national.read() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(fig_dirty)).scalar_one() == 0
    assert _figures(national) == before
    with national.read() as conn:  # the area sums were taken off and added back, not doubled
        nation = sum(r.visits for r in queries.months(conn, queries.Filter()))
        province = queries.Filter(provinces=frozenset({"PV27"}), day=TODAY)
        from_area = sum(r.visits for r in queries.months(conn, province))
        # within= makes the same query add up the branches' own figures instead.
        from_branches = sum(r.visits for r in queries.months(conn, province, within=sa.true()))
        assert from_area == from_branches > 0
    assert nation == sum(before.values())
