"""The counted questions of a period, one row each, for the exports (never a note).

The same visits as the figures (:mod:`kiosk.overview.counted`): voided ones left
out, a chain of corrections once, as its last correction says, at the original's moment. The
period is read a week of local days at a time, each in its own read, so an export of a year
holds one week's rows in memory and never keeps the database busy for long.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, timedelta
from typing import Final

from sqlalchemy import text

from kiosk.catalogue import CatalogueSet
from kiosk.db import Database
from kiosk.overview.counted import (
    COUNTED_SQL,
    DAYS_SCOPE,
    days_scope,
    entry,
    local_day_hour,
    local_moment,
)
from kiosk.overview.figures import QuestionRow
from kiosk.overview.periods import Period

#: Local days read together.
CHUNK_DAYS: Final = 7

_ROWS_SQL: Final = f"""
SELECT c.head_id, c.occurred_at, c.occurred_offset, c.recorded_at, c.recorded_offset,
       c.root_source, c.channel, c.duration, c.mode, c.source, c.catalogue_version,
       q.position, q.kind, q.organisation, q.topic, q.help, q.referral, q.digid_followup
FROM ({COUNTED_SQL.format(scope=DAYS_SCOPE)}) c JOIN question q ON q.visit_id = c.head_id
"""


def question_rows(db: Database, catalogues: CatalogueSet, period: Period) -> Iterator[QuestionRow]:
    """Yield one :class:`QuestionRow` per counted question of *period*, in local time order.

    Rows of the same moment follow the visit's id, then the question's position.
    """
    reader = _Reader(catalogues)
    first = period.first
    while first <= period.last:
        last = min(first + timedelta(days=CHUNK_DAYS - 1), period.last)
        yield from _chunk(db, reader, first, last)
        first = last + timedelta(days=1)


def _chunk(db: Database, reader: _Reader, first: date, last: date) -> list[QuestionRow]:
    with db.query() as conn:
        found = conn.execute(text(_ROWS_SQL), days_scope(first, last)).all()
    days = (first.isoformat(), last.isoformat())
    rows = [row for r in found if (row := reader.row(days, *r)) is not None]
    rows.sort(key=lambda row: (row.occurred_local, row.visit_id, row.position))
    return rows


class _Reader:
    """Turns result rows into :class:`QuestionRow`, remembering code lists and layers seen."""

    def __init__(self, catalogues: CatalogueSet) -> None:
        self.catalogues = catalogues
        self.lists: dict[str | None, tuple[str, ...]] = {}
        self.layers: dict[tuple[int, str], str | None] = {}

    def row(
        self,
        days: tuple[str, str],
        visit_id: str,
        occurred_at: str,
        occurred_offset: int,
        recorded_at: str,
        recorded_offset: int,
        root_source: str,
        channel: str,
        duration: str,
        mode: str,
        source: str,
        version: int,
        position: int,
        kind: str,
        organisation: str,
        topic: str,
        help_: str | None,
        referral: str | None,
        digid_followup: str | None,
    ) -> QuestionRow | None:
        """Return one row (arguments: *days* and the query's columns); None off those days."""
        day = local_day_hour(occurred_at, occurred_offset)[0]
        if not days[0] <= day <= days[1]:
            return None
        key = (version, organisation)
        if key not in self.layers:
            self.layers[key] = (
                self.catalogues.layer(version, organisation) if organisation else None
            )
        return QuestionRow(
            visit_id=visit_id,
            occurred_local=local_moment(occurred_at, occurred_offset),
            channel=channel,
            duration=duration,
            mode=mode,
            source=source,
            entry=entry(day, root_source, recorded_at, recorded_offset),
            position=position,
            kind=kind,
            organisation=organisation,
            layer=self.layers[key],
            topic=topic,
            help=self.codes(help_),
            referral=self.codes(referral),
            digid_followup=digid_followup,
        )

    def codes(self, raw: str | None) -> tuple[str, ...]:
        """Return a JSON code list column as a tuple (nothing for NULL or anything unreadable)."""
        found = self.lists.get(raw)
        if found is None:
            found = self.lists[raw] = codes(raw)
        return found


def codes(raw: str | None) -> tuple[str, ...]:
    """Return a JSON code list column as a tuple (nothing for NULL or anything unreadable)."""
    if not raw:
        return ()
    try:
        found = json.loads(raw)
    except ValueError:
        return ()
    return tuple(str(code) for code in found) if isinstance(found, list) else ()
