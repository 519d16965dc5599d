"""The registry of library organisations: a short stable code and the name people read.

Branches (``branch.organisation_code``) and organisation accounts (``account.scope``) refer to
an organisation by its code: lower-case letters and digits in words joined by ``-``
(``bibliotheek-midden-brabant``), at most 64 characters, never changed once given. The name is
what a desk and the dashboard show. ``ido-central org-add`` and ``org-list`` manage it;
migration 0008 filled it from the free text the branches had.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Connection

from sync.central.tables import branch, library_organisation

CODE = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
MAX_CODE = 64
MAX_NAME = 200


class OrganisationError(ValueError):
    """A code or a name that cannot be registered; the message says why."""


class OrganisationExistsError(OrganisationError):
    """The code or the name is registered already."""


@dataclass(frozen=True)
class Organisation:
    """One registered library organisation."""

    code: str
    name: str
    created_at: datetime


def normalise_code(text: str) -> str:
    """*text* as a registry code is stored (trimmed, lower case); raise if it cannot be one."""
    code = text.strip().lower()
    if len(code) > MAX_CODE or CODE.fullmatch(code) is None:
        raise OrganisationError(
            f"{text!r} is not an organisation code: lower-case letters and digits in words "
            f"joined by '-' (bibliotheek-utrecht), at most {MAX_CODE} characters"
        )
    return code


def add_organisation(conn: Connection, code: str, name: str, now: datetime) -> Organisation:
    """Register an organisation; raise :class:`OrganisationError` for a bad or taken one."""
    stored = normalise_code(code)
    shown = " ".join(name.split())
    if not shown or len(shown) > MAX_NAME or not shown.isprintable():
        raise OrganisationError(f"name: 1 to {MAX_NAME} printable characters")
    if find(conn, stored) is not None:
        raise OrganisationExistsError(f"organisation {stored!r} exists already")
    same_name = conn.execute(
        sa.select(library_organisation.c.code).where(
            sa.func.lower(library_organisation.c.name) == shown.lower()
        )
    ).scalar()
    if same_name is not None:
        raise OrganisationExistsError(f"{shown!r} is registered already, as {same_name!r}")
    conn.execute(sa.insert(library_organisation).values(code=stored, name=shown, created_at=now))
    return Organisation(stored, shown, now)


def find(conn: Connection, code: str) -> Organisation | None:
    """The organisation with *code* (any case), or None."""
    row = conn.execute(
        sa.select(library_organisation).where(library_organisation.c.code == code.strip().lower())
    ).first()
    return None if row is None else Organisation(row.code, row.name, row.created_at)


def codes(conn: Connection) -> Collection[str]:
    """Every registered code (the organisation scopes an account may have)."""
    return frozenset(conn.execute(sa.select(library_organisation.c.code)).scalars())


def list_organisations(conn: Connection) -> list[dict[str, Any]]:
    """Every organisation by code, with how many branches it has."""
    counts = (
        sa.select(branch.c.organisation_code, sa.func.count().label("n"))
        .group_by(branch.c.organisation_code)
        .subquery()
    )
    rows = conn.execute(
        sa.select(library_organisation, sa.func.coalesce(counts.c.n, 0).label("branches"))
        .select_from(
            library_organisation.outerjoin(
                counts, counts.c.organisation_code == library_organisation.c.code
            )
        )
        .order_by(library_organisation.c.code)
    )
    return [
        {"code": r.code, "name": r.name, "branches": int(r.branches), "created_at": r.created_at}
        for r in rows
    ]
