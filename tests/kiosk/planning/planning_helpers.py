"""Helpers shared by the planning tests: inputs, outbox readers, raw queries."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import Any

from kiosk.app import Kiosk
from kiosk.planning.records import BookingInput, Helper, Partner, Season


@dataclass(frozen=True)
class World:
    """A season (March-April 2027) with two partners, two helpers and weekly templates."""

    season: Season
    fnv: Partner
    humanitas: Partner
    anja: Helper
    kees: Helper


def person(**changes: Any) -> BookingInput:
    """A valid booking input: a name, a mobile number, the tax return."""
    base: dict[str, Any] = {"name": "Jan Jansen", "phone": "06 12345678", "purpose": ("aangifte",)}
    base.update(changes)
    return BookingInput(**base)


def last_seq(app: Kiosk) -> int:
    """The newest outbox row's local_seq (0 when empty)."""
    with app.db.engine.connect() as conn:
        return int(conn.exec_driver_sql("SELECT coalesce(max(local_seq), 0) FROM outbox").scalar())


def ops_since(app: Kiosk, seq: int) -> list[dict[str, Any]]:
    """Outbox rows after *seq*, oldest first, with the payload parsed."""
    with app.db.engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT kind, entity_id, base_version, payload, state FROM outbox "
            "WHERE local_seq > ? ORDER BY local_seq",
            (seq,),
        ).all()
    return [
        {
            "kind": r.kind,
            "entity_id": r.entity_id,
            "base_version": r.base_version,
            "payload": json.loads(r.payload),
            "state": r.state,
        }
        for r in rows
    ]


def query(app: Kiosk, sql: str, *params: Any) -> list[dict[str, Any]]:
    """Rows of a raw query as dicts."""
    with app.db.engine.connect() as conn:
        return [dict(r._mapping) for r in conn.exec_driver_sql(sql, params)]


def tuesday(day: int = 2, month: int = 3) -> date:
    """A day of 2027 (default: Tuesday 2 March, Anja's first day)."""
    return date(2027, month, day)
