"""Server-side dashboard sessions: a random token in the cookie, only its hash in the database.

A session starts at sign-in with a fresh 256-bit token (so a token planted before sign-in is
worth nothing) and a fresh CSRF token for its forms. It ends at the first of: sign-out,
revocation (one session, or every session of an account, as ``ido-central
user-sessions-revoke`` and disabling an account do), :attr:`SessionPolicy.idle` without a
request, or :attr:`SessionPolicy.lifetime` after sign-in. A database leak yields no usable
session: the cookie's token is stored as its SHA-256 only (a fast hash suits a random
secret of this size, as for device tokens).
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlalchemy import Connection

from sync.central.accounts.csrf import new_csrf_token
from sync.central.tables import account, account_session

# last_seen_at is refreshed at most this often: idle expiry is exact to within this.
SEEN_RESOLUTION = timedelta(seconds=60)
# Ended sessions are kept this long (for support), then deleted at a later sign-in.
KEEP_ENDED = timedelta(days=30)
MAX_TOKEN_LENGTH = 128  # a longer cookie is not one of ours: no hashing, no lookup


@dataclass(frozen=True)
class SessionPolicy:
    """How long a session lives: *idle* without a request, *lifetime* after sign-in."""

    idle: timedelta
    lifetime: timedelta


@dataclass(frozen=True)
class ActiveSession:
    """A session that is still valid, as read for one request."""

    id: str  # the token's SHA-256: safe to log and to revoke by
    account_id: str
    csrf_token: str
    created_at: datetime
    expires_at: datetime
    last_seen_at: datetime

    def stale(self, now: datetime) -> bool:
        """True when *now* should be stored as the last request (see SEEN_RESOLUTION)."""
        return now - self.last_seen_at >= SEEN_RESOLUTION


def session_id(token: str) -> str:
    """Return the stored id of the session whose cookie holds *token*."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def start_session(
    conn: Connection,
    account_id: str,
    now: datetime,
    policy: SessionPolicy,
    *,
    address: str | None = None,
) -> tuple[str, ActiveSession]:
    """Start a session for *account_id*; return the cookie's token (shown once) and the session."""
    conn.execute(
        sa.delete(account_session).where(
            sa.or_(
                account_session.c.expires_at < now - KEEP_ENDED,
                account_session.c.ended_at < now - KEEP_ENDED,
            )
        )
    )
    token = secrets.token_urlsafe(32)
    session = ActiveSession(
        id=session_id(token),
        account_id=account_id,
        csrf_token=new_csrf_token(),
        created_at=now,
        expires_at=now + policy.lifetime,
        last_seen_at=now,
    )
    conn.execute(
        sa.insert(account_session).values(
            id=session.id,
            account_id=account_id,
            csrf_token=session.csrf_token,
            address=address,
            created_at=now,
            last_seen_at=now,
            expires_at=session.expires_at,
        )
    )
    return token, session


def resume_session(
    conn: Connection, token: str, now: datetime, policy: SessionPolicy
) -> ActiveSession | None:
    """Return the live session whose cookie holds *token*, or None.

    None for an unknown, ended, idle or expired session and for one whose account is
    disabled. Idle time is measured with the policy as it is now, so shortening the idle
    time in the settings ends sessions idle for longer at once. Reads only: a caller that
    serves the request calls :func:`touch_session` when :meth:`ActiveSession.stale` says so.
    """
    if not token or len(token) > MAX_TOKEN_LENGTH:
        return None
    row = conn.execute(
        sa.select(account_session, account.c.disabled_at)
        .join(account, account.c.id == account_session.c.account_id)
        .where(account_session.c.id == session_id(token))
    ).first()
    if row is None or row.ended_at is not None or row.disabled_at is not None:
        return None
    if now >= row.expires_at or now >= row.last_seen_at + policy.idle:
        return None
    return ActiveSession(
        id=row.id,
        account_id=row.account_id,
        csrf_token=row.csrf_token,
        created_at=row.created_at,
        expires_at=row.expires_at,
        last_seen_at=row.last_seen_at,
    )


def touch_session(conn: Connection, session: str, now: datetime) -> None:
    """Note that session *session* served a request at *now* (idle expiry counts from here)."""
    conn.execute(
        sa.update(account_session)
        .where(account_session.c.id == session, account_session.c.ended_at.is_(None))
        .values(last_seen_at=now)
    )


def end_session(conn: Connection, session: str, now: datetime, *, reason: str) -> bool:
    """End the session with id *session* (sign-out or revocation); False if it had ended."""
    result = conn.execute(
        sa.update(account_session)
        .where(account_session.c.id == session, account_session.c.ended_at.is_(None))
        .values(ended_at=now, end_reason=reason)
    )
    return result.rowcount == 1


def revoke_sessions(conn: Connection, account_id: str, now: datetime, *, reason: str) -> int:
    """End every session of *account_id* that is still open; return how many."""
    result = conn.execute(
        sa.update(account_session)
        .where(
            account_session.c.account_id == account_id,
            account_session.c.ended_at.is_(None),
            account_session.c.expires_at > now,
        )
        .values(ended_at=now, end_reason=reason)
    )
    return int(result.rowcount)
