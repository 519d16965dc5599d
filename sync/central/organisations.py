"""The registry of library organisations: a short stable code and the name people read.

Branches (``branch.organisation_code``) and organisation accounts (``account.scope``) refer to
an organisation by its code: lower-case letters and digits in words joined by ``-``
(``bibliotheek-midden-brabant``), at most 64 characters, never changed once given. The name is
what a desk and the dashboard show. ``ido-central org-add``, ``org-set`` and ``org-list``
manage it; migration 0008 filled it from the free text the branches had.

An organisation may state the number of inhabitants of its service area (werkgebied), as it
reports it to the KB (migration 0012). The dashboard's ``grootte`` filter groups the
organisations into the size classes of :data:`SIZES`, defined here and nowhere else; an
organisation that stated no number is in no class. The numbers are what the organisations
say, never a reference the server invents.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Connection

from sync.central.tables import branch, library_organisation

CODE = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
MAX_CODE = 64
MAX_NAME = 200
#: The most inhabitants a service area may state: more than the whole country has.
MAX_INHABITANTS = 20_000_000
_DIGITS = re.compile(r"[0-9]+")


class OrganisationError(ValueError):
    """A code or a name that cannot be registered; the message says why."""


class OrganisationExistsError(OrganisationError):
    """The code or the name is registered already."""


@dataclass(frozen=True)
class Organisation:
    """One registered library organisation (``inhabitants``: of its service area, if stated)."""

    code: str
    name: str
    created_at: datetime
    inhabitants: int | None = None


@dataclass(frozen=True)
class SizeClass:
    """A class of service-area sizes: ``low`` <= inhabitants < ``high`` (None: no top)."""

    code: str  # the value of the dashboard's ``grootte`` parameter
    label: str  # Dutch, as the filter form shows it
    low: int
    high: int | None

    def holds(self, inhabitants: int | None) -> bool:
        """True when an organisation with *inhabitants* is in this class (None: in none)."""
        if inhabitants is None:
            return False
        return self.low <= inhabitants and (self.high is None or inhabitants < self.high)


#: The size classes of the dashboard's ``grootte`` filter, smallest first.
SIZES: tuple[SizeClass, ...] = (
    SizeClass("tot-30000", "tot 30.000 inwoners", 0, 30_000),
    SizeClass("30000-60000", "30.000 tot 60.000 inwoners", 30_000, 60_000),
    SizeClass("60000-100000", "60.000 tot 100.000 inwoners", 60_000, 100_000),
    SizeClass("vanaf-100000", "100.000 inwoners of meer", 100_000, None),
)


def size_class(inhabitants: int | None) -> SizeClass | None:
    """The class an organisation with *inhabitants* is in (None when it stated no number)."""
    return next((size for size in SIZES if size.holds(inhabitants)), None)


def in_sizes(column: Any, codes: Collection[str]) -> sa.ColumnElement[bool]:
    """A condition on an inhabitants *column*: in one of the classes *codes* names."""
    chosen = [size for size in SIZES if size.code in codes]
    if not chosen:
        return sa.false()
    return sa.or_(
        *(
            sa.and_(column >= size.low, *(() if size.high is None else (column < size.high,)))
            for size in chosen
        )
    )


def check_inhabitants(value: int | str) -> int:
    """*value* as a stated number of inhabitants; raise :class:`OrganisationError` if it is not.

    A whole number from 1 to :data:`MAX_INHABITANTS`, written in digits only (``45000``).
    """
    text = str(value).strip()
    number = int(text) if _DIGITS.fullmatch(text) else 0
    if not 1 <= number <= MAX_INHABITANTS:
        raise OrganisationError(
            f"{str(value)!r} is not a number of inhabitants: a whole number from 1 to "
            f"{MAX_INHABITANTS}, in digits only (45000)"
        )
    return number


def normalise_code(text: str) -> str:
    """*text* as a registry code is stored (trimmed, lower case); raise if it cannot be one."""
    code = text.strip().lower()
    if len(code) > MAX_CODE or CODE.fullmatch(code) is None:
        raise OrganisationError(
            f"{text!r} is not an organisation code: lower-case letters and digits in words "
            f"joined by '-' (bibliotheek-utrecht), at most {MAX_CODE} characters"
        )
    return code


def add_organisation(
    conn: Connection, code: str, name: str, now: datetime, inhabitants: int | None = None
) -> Organisation:
    """Register an organisation; raise :class:`OrganisationError` for a bad or taken one.

    *inhabitants*: of its service area, when it states them (:func:`check_inhabitants`).
    """
    stored = normalise_code(code)
    counted = None if inhabitants is None else check_inhabitants(inhabitants)
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
    conn.execute(
        sa.insert(library_organisation).values(
            code=stored, name=shown, created_at=now, inhabitants=counted
        )
    )
    return Organisation(stored, shown, now, counted)


def set_inhabitants(conn: Connection, code: str, inhabitants: int | None) -> Organisation:
    """State (or, with None, withdraw) the inhabitants of an organisation's service area.

    Raises :class:`OrganisationError` for a bad number or code, LookupError for a code that
    is not registered.
    """
    counted = None if inhabitants is None else check_inhabitants(inhabitants)
    found = find(conn, normalise_code(code))
    if found is None:
        raise LookupError(code)
    conn.execute(
        sa.update(library_organisation)
        .where(library_organisation.c.code == found.code)
        .values(inhabitants=counted)
    )
    return replace(found, inhabitants=counted)


def find(conn: Connection, code: str) -> Organisation | None:
    """The organisation with *code* (any case), or None."""
    row = conn.execute(
        sa.select(library_organisation).where(library_organisation.c.code == code.strip().lower())
    ).first()
    if row is None:
        return None
    return Organisation(row.code, row.name, row.created_at, row.inhabitants)


def codes(conn: Connection) -> Collection[str]:
    """Every registered code (the organisation scopes an account may have)."""
    return frozenset(conn.execute(sa.select(library_organisation.c.code)).scalars())


def list_organisations(conn: Connection) -> list[dict[str, Any]]:
    """Every organisation by code, with how many branches it has and its stated size."""
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
        {
            "code": r.code,
            "name": r.name,
            "branches": int(r.branches),
            "inhabitants": r.inhabitants,
            "size": None if (size := size_class(r.inhabitants)) is None else size.code,
            "created_at": r.created_at,
        }
        for r in rows
    ]
