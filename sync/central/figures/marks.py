"""Ingest's part of the figures: mark the (branch, month) pairs a batch changes.

Called inside the batch's transaction, so a mark commits with the visits it stands for (and
rolls back with them). One upsert per batch adds each pair to ``fig_dirty`` or bumps its
version; the refresher (:mod:`sync.central.figures.refresh`) rebuilds the pair and drops the
mark only at the version it rebuilt. A batch's visits belong to one branch and usually to one
or two months, so a drain of thousands of visits a batch writes one or two small rows.

Which pairs a batch changes:

* a new visit (recorded or a correction): its own local month;
* a void or a correction of a stored visit: that visit's month, read back from ``visit``
  (only batches that void or correct stored visits pay for that one lookup).

``IDO_CENTRAL_FIGURES_AT_INGEST=off`` in the server's environment stops the marking, for
measuring what it costs (``benchmarks/bench_dashboard.py``); the figures then go stale.
"""

from __future__ import annotations

import os
from collections.abc import Collection, Iterable, Mapping, Sequence
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Connection
from sqlalchemy.dialects import postgresql, sqlite

from sync.central.figures.local import month_of, month_range
from sync.central.tables import fig_dirty, visit

#: Whether ingest marks what it changes (on unless the environment says ``off``).
AT_INGEST = os.environ.get("IDO_CENTRAL_FIGURES_AT_INGEST", "on").lower() != "off"


def mark_batch(
    conn: Connection,
    branch_id: str,
    new_visits: Iterable[Mapping[str, Any]],
    changed_visit_ids: Collection[str],
    now: datetime,
) -> None:
    """Mark the months a batch of branch *branch_id* changes.

    *new_visits*: the rows of ``visit`` it stores; *changed_visit_ids*: the stored visits it
    voids or corrects.
    """
    if not AT_INGEST:
        return
    months: set[int] = set()
    for row in new_visits:
        moment = row["occurred_at_corrected"]
        day = moment.day
        if 2 < day < 27:  # two days from the month's edges: no offset (18 h at most) moves it
            months.add(moment.year * 100 + moment.month)
        else:
            months.add(month_of(moment, row["occurred_offset"]))
    pairs = {(branch_id, month) for month in months}
    if changed_visit_ids:
        pairs |= stored_months(conn, changed_visit_ids)
    mark(conn, pairs, now)


def stored_months(conn: Connection, visit_ids: Collection[str]) -> set[tuple[str, int]]:
    """The (branch, local month) pairs of the stored visits *visit_ids*."""
    found: set[tuple[str, int]] = set()
    ids = sorted(visit_ids)
    for start in range(0, len(ids), 500):
        rows = conn.execute(
            sa.select(
                visit.c.branch_id, visit.c.occurred_at_corrected, visit.c.occurred_offset
            ).where(visit.c.visit_id.in_(ids[start : start + 500]))
        )
        found.update(
            (r.branch_id, month_of(r.occurred_at_corrected, r.occurred_offset)) for r in rows
        )
    return found


def mark(conn: Connection, pairs: Iterable[tuple[str, int]], now: datetime) -> None:
    """Add each (branch, month) of *pairs* to ``fig_dirty``, or bump its version.

    In key order, the order the refresher locks marks in, so the two never wait on each
    other in a circle.
    """
    rows: Sequence[dict[str, Any]] = [
        {"branch_id": b, "month": m, "version": 1, "since": now, "lo": lo, "hi": hi}
        for b, m in sorted(set(pairs))
        for lo, hi in (month_range(m),)
    ]
    if not rows:
        return
    dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
    insert = dialect.insert(fig_dirty)
    conn.execute(
        insert.values(rows).on_conflict_do_update(
            index_elements=[fig_dirty.c.branch_id, fig_dirty.c.month],
            set_={"version": fig_dirty.c.version + 1},
        )
    )
