"""Records from the server's change feed that this desk could not apply, kept aside.

A desk trusts no record the server sends: a record whose shape it does not know, or that its
tables refuse, is noted here (type, id, version, what was wrong) and the pull goes on past it,
so one bad record never stops a desk from seeing every later change. A later version of the
same record that applies removes the note. Never the record's data: a booking holds contact
details, and this table is not purged.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Final

from sqlalchemy import text
from sqlmodel import Session

from kiosk.protocol.errors import Errors

#: The record's shape is not what the contract says (``detail`` lists the problems).
INVALID: Final = "invalid_record"
#: The shape was fine but this desk's tables refused it.
CANNOT_APPLY: Final = "cannot_apply"
_MAX_ID = 64  # a malformed id is kept cut short (it is only shown)


@dataclass(frozen=True, slots=True)
class SetAside:
    """One record kept aside: what it was, why, and when it arrived."""

    type: str
    entity_id: str
    version: int | None
    code: str
    problems: tuple[tuple[str, str], ...]  # (path, message) pairs
    received_at: str


def put_aside(
    session: Session,
    kind: str,
    entity_id: object,
    version: object,
    code: str,
    errors: Errors,
    received_at: str,
) -> None:
    """Note that the record *kind*/*entity_id* could not be applied (replacing an older note)."""
    number = version if isinstance(version, int) and not isinstance(version, bool) else None
    if number is not None and not -(2**63) <= number < 2**63:
        number = None
    session.execute(
        text(
            "INSERT INTO pull_set_aside (type, entity_id, version, code, detail, received_at) "
            "VALUES (:type, :id, :version, :code, :detail, :at) "
            "ON CONFLICT (type, entity_id) DO UPDATE SET version = excluded.version, "
            "code = excluded.code, detail = excluded.detail, received_at = excluded.received_at"
        ),
        {
            "type": _short(kind),
            "id": _short(entity_id),
            "version": number,
            "code": code,
            "detail": json.dumps(errors, ensure_ascii=True),
            "at": received_at,
        },
    )


def clear(session: Session, kind: str, entity_id: str) -> None:
    """Forget the note on a record once a version of it applied."""
    # At the driver: it runs for every change a pull applies, and nearly always finds nothing.
    session.connection().exec_driver_sql(
        "DELETE FROM pull_set_aside WHERE type = ? AND entity_id = ?", (kind, entity_id)
    )


def count(session: Session) -> int:
    """Return how many records are kept aside."""
    return int(session.execute(text("SELECT count(*) FROM pull_set_aside")).scalar_one())


def listed(session: Session, limit: int = 1000) -> list[SetAside]:
    """Return the newest *limit* notes, newest first."""
    rows = session.execute(
        text(
            "SELECT type, entity_id, version, code, detail, received_at FROM pull_set_aside "
            "ORDER BY received_at DESC, id DESC LIMIT :limit"
        ),
        {"limit": limit},
    ).all()
    return [
        SetAside(r.type, r.entity_id, r.version, r.code, _problems(r.detail), r.received_at)
        for r in rows
    ]


def _short(value: object) -> str:
    shown = value if isinstance(value, str) else json.dumps(value, ensure_ascii=True)
    return shown.encode("ascii", "backslashreplace").decode("ascii")[:_MAX_ID]


def _problems(detail: str) -> tuple[tuple[str, str], ...]:
    try:
        errors = json.loads(detail)
        return tuple((str(e["path"]), str(e["msg"])) for e in errors)
    except (ValueError, TypeError, KeyError):
        return ()
