"""The counted questions of a period, one row each, for the exports (never a note).

The same visits as the figures (:data:`kiosk.overview.rollup.COUNTED_SQL`): voided ones left
out, a chain of corrections once, as its last correction says, at the original's moment. The
period is read a week of local days at a time, each in its own read, so an export of a year
holds one week's rows in memory and never keeps the database busy for long.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any, Final

from sqlalchemy import text

from kiosk.catalogue import CatalogueSet
from kiosk.clock import local_from
from kiosk.db import Database
from kiosk.overview.figures import QuestionRow
from kiosk.overview.periods import Period
from kiosk.overview.rollup import COUNTED_SQL, DAYS_SCOPE, days_scope

#: Local days read together.
CHUNK_DAYS: Final = 7

_ROWS_SQL: Final = f"""
SELECT c.head_id, c.occurred_at, c.occurred_offset, c.channel, c.duration, c.mode, c.source,
       c.entry, c.catalogue_version, q.position, q.kind, q.organisation, q.topic, q.help,
       q.referral, q.digid_followup
FROM ({COUNTED_SQL.format(scope=DAYS_SCOPE)}) c JOIN question q ON q.visit_id = c.head_id
"""


def question_rows(db: Database, catalogues: CatalogueSet, period: Period) -> Iterator[QuestionRow]:
    """Yield one :class:`QuestionRow` per counted question of *period*, in local time order.

    Rows of the same moment follow the visit's id, then the question's position.
    """
    first = period.first
    while first <= period.last:
        last = min(first + timedelta(days=CHUNK_DAYS - 1), period.last)
        yield from _chunk(db, catalogues, first, last)
        first = last + timedelta(days=1)


def _chunk(db: Database, catalogues: CatalogueSet, first: date, last: date) -> list[QuestionRow]:
    with db.query() as conn:
        found = conn.execute(text(_ROWS_SQL), days_scope(first, last)).all()
    rows = [_row(r, catalogues) for r in found]
    rows.sort(key=lambda row: (row.occurred_local, row.visit_id, row.position))
    return rows


def _row(r: Any, catalogues: CatalogueSet) -> QuestionRow:
    local = local_from(r.occurred_at, r.occurred_offset).replace(tzinfo=None)
    organisation = str(r.organisation)
    return QuestionRow(
        visit_id=r.head_id,
        occurred_local=local,
        channel=r.channel,
        duration=r.duration,
        mode=r.mode,
        source=r.source,
        entry=r.entry,
        position=int(r.position),
        kind=r.kind,
        organisation=organisation,
        layer=catalogues.layer(int(r.catalogue_version), organisation) if organisation else None,
        topic=r.topic,
        help=_codes(r.help),
        referral=_codes(r.referral),
        digid_followup=r.digid_followup,
    )


def _codes(raw: str | None) -> tuple[str, ...]:
    """Return a JSON code list column as a tuple (nothing for NULL or anything unreadable)."""
    if not raw:
        return ()
    try:
        found = json.loads(raw)
    except ValueError:
        return ()
    return tuple(str(code) for code in found) if isinstance(found, list) else ()
