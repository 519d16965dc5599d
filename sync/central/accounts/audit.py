"""The audit log: who signed in (or failed to), signed out, downloaded what, changed accounts.

Each row says who (the account, and the username as it was then), when, what (the event and
a short detail: a failure's reason, a download's name) and from where (the client address;
none for the command line). Never a password: a failed sign-in with a username that has no
account keeps no username either, since people type their password into the wrong field.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

import sqlalchemy as sa
from sqlalchemy import Connection

from sync.central.tables import audit_event

MAX_DETAIL = 500


class Event(StrEnum):
    """What happened; the values are stored in ``audit_event.event``."""

    SIGN_IN = "sign_in"
    SIGN_IN_FAILED = "sign_in_failed"
    SIGN_OUT = "sign_out"
    DOWNLOAD = "download"
    ACCOUNT_ADDED = "account_added"
    ACCOUNT_DISABLED = "account_disabled"
    SESSIONS_REVOKED = "sessions_revoked"


class Failure(StrEnum):
    """Why a sign-in failed (the detail of a ``sign_in_failed`` row)."""

    UNKNOWN_USER = "unknown_user"
    WRONG_PASSWORD = "wrong_password"
    DISABLED = "disabled"
    THROTTLED = "throttled"


@dataclass(frozen=True)
class AuditEntry:
    """One row of the audit log."""

    id: int
    occurred_at: datetime
    event: Event
    account_id: str | None
    username: str | None
    address: str | None
    detail: str | None


def record(
    conn: Connection,
    event: Event,
    now: datetime,
    *,
    account_id: str | None = None,
    username: str | None = None,
    address: str | None = None,
    detail: str | None = None,
) -> None:
    """Add one row to the audit log (in the caller's transaction)."""
    conn.execute(
        sa.insert(audit_event).values(
            occurred_at=now,
            event=event.value,
            account_id=account_id,
            username=username,
            address=None if address is None else address[:64],
            detail=None if detail is None else detail[:MAX_DETAIL],
        )
    )


def entries(
    conn: Connection, *, account_id: str | None = None, limit: int = 100
) -> list[AuditEntry]:
    """The newest *limit* rows, newest first; only *account_id*'s when given."""
    query = sa.select(audit_event).order_by(audit_event.c.id.desc()).limit(limit)
    if account_id is not None:
        query = query.where(audit_event.c.account_id == account_id)
    return [
        AuditEntry(
            id=row.id,
            occurred_at=row.occurred_at,
            event=Event(row.event),
            account_id=row.account_id,
            username=row.username,
            address=row.address,
            detail=row.detail,
        )
        for row in conn.execute(query)
    ]
