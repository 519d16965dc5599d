"""Ingest marks the figures it changes: visits, voids and corrections through real batches.

After each batch one refresh pass must leave the figures equal to the visits that count,
including a correction that moves its visit to another month and a void of a visit stored by
an earlier batch; the ``figures-refresh`` command runs a pass too.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from kiosk.clock import to_utc_text
from sync.central import cli
from sync.central.figures import queries, refresh
from sync.central.tables import fig_dirty, fig_visits
from tests.sync.central.conftest import Central, Desk


def by_month(central: Central) -> dict[int, int]:
    with central.db.read() as conn:
        rows = conn.execute(
            sa.select(fig_visits.c.month, sa.func.sum(fig_visits.c.visits))
            .where(fig_visits.c.branch_id == "b1")
            .group_by(fig_visits.c.month)
        ).all()
    return {int(m): int(n) for m, n in rows if n}


def marks_waiting(central: Central) -> int:
    with central.db.read() as conn:
        return int(conn.execute(sa.select(sa.func.count()).select_from(fig_dirty)).scalar_one())


def at(text: str) -> dict[str, Any]:
    moment = datetime.fromisoformat(text).replace(tzinfo=UTC)
    return {"occurred_at": to_utc_text(moment), "recorded_at": to_utc_text(moment)}


def test_batches_mark_what_they_change(central: Central, desk: Desk, tmp_path: Path) -> None:
    refresh.refresh(central.db)  # the first build (nothing stored yet)
    first = [desk.visit(**at("2026-11-10T10:00:00")) for _ in range(3)]
    # 23:30 UTC on 30 November is 00:30 on 1 December in Amsterdam.
    first.append(desk.visit(**at("2026-11-30T23:30:00")))
    answer = desk.send(first)
    assert {r["status"] for r in answer["results"]} == {"accepted"}
    assert marks_waiting(central) == 2  # November and December of b1
    refresh.refresh(central.db)
    assert by_month(central) == {202611: 3, 202612: 1}
    assert marks_waiting(central) == 0

    moved, voided = desk.visits[0], desk.visits[1]
    answer = desk.send([desk.correction(moved, **at("2026-10-05T09:00:00")), desk.void(voided)])
    assert {r["status"] for r in answer["results"]} == {"accepted"}
    refresh.refresh(central.db)
    assert by_month(central) == {202610: 1, 202611: 1, 202612: 1}
    with central.db.read() as conn:
        health = {r.month: r for r in queries.health(conn, queries.Filter())}
    assert (health[202611].recorded, health[202611].voided, health[202611].corrected) == (3, 1, 1)

    # A visit recorded and voided in the same batch never counts, but its month is rebuilt.
    extra = desk.visit(**at("2026-09-01T12:00:00"))
    answer = desk.send([extra, desk.void(desk.visits[-1])])
    assert {r["status"] for r in answer["results"]} == {"accepted"}
    refresh.refresh(central.db)
    assert by_month(central) == {202610: 1, 202611: 1, 202612: 1}

    desk.send([desk.visit(**at("2026-08-03T08:00:00"))])
    assert marks_waiting(central) == 1
    url = central.db.engine.url.render_as_string(hide_password=False)
    base = ["--database-url", url, "--data-dir", str(tmp_path)]
    assert cli.main([*base, "figures-refresh"]) == 0
    assert by_month(central)[202608] == 1
    assert cli.main([*base, "figures-refresh", "--all"]) == 0
    assert by_month(central) == {202608: 1, 202610: 1, 202611: 1, 202612: 1}
