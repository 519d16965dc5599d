"""Dashboard accounts: add, find, list and disable them.

A username is a login name or an e-mail address, stored in lower case so ``A.Jansen`` and
``a.jansen`` are one account. Accounts are never deleted (the audit log refers to them);
disabling one ends its sessions in the same transaction.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Connection

from kiosk.ids import new_id
from sync.central.accounts.roles import Role
from sync.central.accounts.sessions import revoke_sessions
from sync.central.tables import account, account_session

USERNAME = re.compile(r"[a-z0-9][a-z0-9._@+-]{0,253}")
MAX_DISPLAY_NAME = 200


class AccountExistsError(ValueError):
    """An account with that username exists already."""


class UsernameError(ValueError):
    """A username is not a login name or an e-mail address."""


@dataclass(frozen=True)
class Account:
    """One account, without its password hash."""

    id: str
    username: str
    display_name: str
    role: Role
    scope: str | None
    created_at: datetime
    disabled_at: datetime | None

    @property
    def disabled(self) -> bool:
        """True once the account was disabled: it can no longer sign in."""
        return self.disabled_at is not None


_COLUMNS = (
    account.c.id,
    account.c.username,
    account.c.display_name,
    account.c.role,
    account.c.scope,
    account.c.created_at,
    account.c.disabled_at,
)


def _account(values: Mapping[Any, Any]) -> Account:
    return Account(
        id=values["id"],
        username=values["username"],
        display_name=values["display_name"],
        role=Role(values["role"]),
        scope=values["scope"],
        created_at=values["created_at"],
        disabled_at=values["disabled_at"],
    )


def normalise_username(text: str) -> str:
    """Return *text* as stored (trimmed, lower case); raise :class:`UsernameError` if invalid."""
    name = text.strip().lower()
    if USERNAME.fullmatch(name) is None:
        raise UsernameError(
            "a username is 1 to 254 letters, digits and . _ @ + - (a login name or an e-mail "
            "address), starting with a letter or digit"
        )
    return name


def add_account(
    conn: Connection,
    *,
    username: str,
    display_name: str | None,
    role: Role,
    scope: str | None,
    password_hash: str,
    now: datetime,
) -> Account:
    """Store a new account; *scope* must have passed :func:`~.roles.check_scope` for *role*."""
    name = normalise_username(username)
    shown = (display_name or "").strip() or name
    if len(shown) > MAX_DISPLAY_NAME or not shown.isprintable():
        raise ValueError(f"a display name is 1 to {MAX_DISPLAY_NAME} printable characters")
    if find_account(conn, name) is not None:
        raise AccountExistsError(name)
    row = {
        "id": new_id(),
        "username": name,
        "display_name": shown,
        "role": role.value,
        "scope": scope,
        "password_hash": password_hash,
        "created_at": now,
        "disabled_at": None,
    }
    conn.execute(sa.insert(account).values(**row))
    return _account(row)


def find_account(conn: Connection, username: str) -> Account | None:
    """Return the account named *username* (any case), or None."""
    name = username.strip().lower()
    row = conn.execute(sa.select(*_COLUMNS).where(account.c.username == name)).first()
    return None if row is None else _account(row._mapping)


def account_by_id(conn: Connection, account_id: str) -> Account:
    """Return the account with id *account_id* (it exists: accounts are never deleted)."""
    row = conn.execute(sa.select(*_COLUMNS).where(account.c.id == account_id)).one()
    return _account(row._mapping)


def login_record(conn: Connection, username: str) -> tuple[Account, str] | None:
    """Return the account named *username* with its password hash, for a sign-in."""
    name = username.strip().lower()
    row = conn.execute(
        sa.select(*_COLUMNS, account.c.password_hash).where(account.c.username == name)
    ).first()
    return None if row is None else (_account(row._mapping), str(row.password_hash))


def set_password_hash(conn: Connection, account_id: str, password_hash: str) -> None:
    """Store a new hash for an account (a rehash at sign-in, or a new password)."""
    conn.execute(
        sa.update(account).where(account.c.id == account_id).values(password_hash=password_hash)
    )


def list_accounts(conn: Connection, now: datetime) -> list[dict[str, object]]:
    """Every account with its number of live sessions, by username."""
    live = (
        sa.select(sa.func.count())
        .where(
            account_session.c.account_id == account.c.id,
            account_session.c.ended_at.is_(None),
            account_session.c.expires_at > now,
        )
        .scalar_subquery()
    )
    rows = conn.execute(sa.select(*_COLUMNS, live.label("sessions")).order_by(account.c.username))
    return [{**_account(row._mapping).__dict__, "sessions": int(row.sessions)} for row in rows]


def disable_account(conn: Connection, username: str, now: datetime) -> tuple[Account, int]:
    """Disable an account and end its sessions; return it and how many sessions ended.

    Raises LookupError for an unknown username. Disabling a disabled account changes nothing
    but still ends any session (there should be none).
    """
    found = find_account(conn, username)
    if found is None:
        raise LookupError(username)
    if found.disabled_at is None:
        conn.execute(sa.update(account).where(account.c.id == found.id).values(disabled_at=now))
        found = replace(found, disabled_at=now)
    return found, revoke_sessions(conn, found.id, now, reason="disabled")
