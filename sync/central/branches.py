"""Branches and where each is, in codes: a CBS municipality code and a registry organisation.

A branch is registered with a code of the library organisation registry
(:mod:`sync.central.organisations`) and a CBS municipality code that exists on the day
(``GM0363``); the province follows from the municipality (the shipped reference,
:mod:`kiosk.municipalities`). The code is kept **as registered**: after a reorganisation the
branch keeps its old code, and figures and scopes roll it up to the division of the day asked
for (:func:`codes_rolling_into`, ``successor_on``), so last year's figures land in today's
municipalities without rewriting a row.

The free-text columns (``organisation``, ``municipality``, ``province``) keep the names as
they were registered; for a branch added with codes they hold the names of those codes then.
A branch migrated from free text whose text could not be mapped has a NULL code: it keeps
working, its desks are told the text, and ``ido-central branch-list --unmapped`` lists it until
``branch-set`` gives it a code. Desks are told names a clerk can read (:func:`desk_info`).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from functools import cache
from typing import Any
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from sqlalchemy import Connection

from kiosk import municipalities
from kiosk.clock import to_utc_text
from kiosk.municipalities import CODE_PATTERN, Municipality
from sync.central import organisations
from sync.central.tables import branch, library_organisation

LOCAL = ZoneInfo("Europe/Amsterdam")  # reorganisations take effect at local midnight
MAX_ID = 64
MAX_NAME = 200


class BranchExistsError(ValueError):
    """A branch with that id exists already."""


class UnknownCodeError(ValueError):
    """A municipality or organisation code that cannot be used; the message says why."""


def local_day(moment: datetime) -> date:
    """The calendar day in the Netherlands at *moment* (an aware datetime)."""
    return moment.astimezone(LOCAL).date()


def municipality_on(text: str, day: date) -> Municipality:
    """The municipality with CBS code *text* (any case) if it exists on *day*; else raise."""
    code = text.strip().upper()
    reference = municipalities.shipped()
    found = reference.get(code) if CODE_PATTERN.fullmatch(code) else None
    if found is None:
        raise UnknownCodeError(f"{text.strip()!r} is not a CBS municipality code (GM0363)")
    if not found.valid_on(day):
        successor = reference.successor_on(code, day)
        into = reference.get(successor) if successor else None
        since = f": since {found.valid_until} part of {into.code} ({into.name})" if into else ""
        raise UnknownCodeError(f"{code} ({found.name}) is not a municipality on {day}{since}")
    return found


@cache
def codes_rolling_into(code: str, day: date) -> frozenset[str]:
    """Every code whose figures roll up into *code* on *day* (*code* itself included).

    GM0363 (Amsterdam) on any day from 24 March 2022 on: GM0363 and GM0457 (Weesp). A split
    municipality rolls up wholly into its main successor only (Haaren into Oisterwijk).
    """
    reference = municipalities.shipped()
    return frozenset(
        {code} | {c for c in reference.by_code if reference.successor_on(c, day) == code}
    )


def _organisation(conn: Connection, text: str) -> organisations.Organisation:
    try:
        found = organisations.find(conn, organisations.normalise_code(text))
    except organisations.OrganisationError as exc:
        raise UnknownCodeError(str(exc)) from None
    if found is None:
        raise UnknownCodeError(
            f"no library organisation {text.strip()!r} (ido-central org-list; org-add adds one)"
        )
    return found


def _text(name: str, value: str, longest: int) -> str:
    cleaned = value.strip()
    if not cleaned or len(cleaned) > longest or not cleaned.isprintable():
        raise ValueError(f"{name}: 1 to {longest} printable characters")
    return cleaned


def add_branch(conn: Connection, values: Mapping[str, str], now: datetime) -> dict[str, Any]:
    """Register a branch; return it as :func:`describe` does.

    *values* holds ``id``, ``name``, ``organisation`` (a registry code) and ``municipality``
    (a CBS code that exists on the day of *now*); the province follows from the municipality.
    Raises :class:`UnknownCodeError` for a code that cannot be used, :class:`BranchExistsError`
    for a taken id and ValueError for an id or name that is not 1..64 / 1..200 printable
    characters.
    """
    branch_id = _text("id", values["id"], MAX_ID)
    name = _text("name", values["name"], MAX_NAME)
    if conn.execute(sa.select(branch.c.id).where(branch.c.id == branch_id)).first() is not None:
        raise BranchExistsError(branch_id)
    day = local_day(now)
    organisation = _organisation(conn, values["organisation"])
    municipality = municipality_on(values["municipality"], day)
    conn.execute(
        sa.insert(branch).values(
            id=branch_id,
            name=name,
            organisation=organisation.name,
            municipality=municipality.name_on(day),
            province=municipalities.shipped().provinces[municipality.province].name,
            municipality_code=municipality.code,
            organisation_code=organisation.code,
            created_at=now,
        )
    )
    return describe(_row(conn, branch_id), {organisation.code: organisation.name}, day)


def set_branch(
    conn: Connection,
    branch_id: str,
    now: datetime,
    *,
    organisation: str | None = None,
    municipality: str | None = None,
) -> dict[str, Any]:
    """Give a branch another organisation and/or municipality code (one that exists today).

    The free-text columns keep what was registered. Raises LookupError for an unknown branch,
    :class:`UnknownCodeError` for a code that cannot be used.
    """
    day = local_day(now)
    changes: dict[str, str] = {}
    if organisation is not None:
        changes["organisation_code"] = _organisation(conn, organisation).code
    if municipality is not None:
        changes["municipality_code"] = municipality_on(municipality, day).code
    if not changes:
        raise ValueError("nothing to set: give --organisation and/or --municipality")
    done = conn.execute(sa.update(branch).where(branch.c.id == branch_id).values(**changes))
    if done.rowcount != 1:
        raise LookupError(branch_id)
    return describe(_row(conn, branch_id), _organisation_names(conn), day)


def _row(conn: Connection, branch_id: str) -> Any:
    return conn.execute(sa.select(branch).where(branch.c.id == branch_id)).one()


def _organisation_names(conn: Connection) -> dict[str, str]:
    query = sa.select(library_organisation.c.code, library_organisation.c.name)
    return {code: name for code, name in conn.execute(query)}


def desk_info(row: Any, organisation_names: Mapping[str, str], day: date) -> dict[str, str]:
    """What a desk is told of its branch: names a clerk reads, from the codes where set.

    The organisation's registry name, the municipality's name on *day* as the reference has it
    (the name of the code as registered, so a desk sees no change when its municipality is
    merged later) and its province; the registered text where a code is missing.
    """
    reference = municipalities.shipped()
    found = reference.get(row.municipality_code) if row.municipality_code else None
    return {
        "id": row.id,
        "name": row.name,
        "organisation": organisation_names.get(row.organisation_code or "", row.organisation),
        "municipality": found.name_on(day) if found else row.municipality,
        "province": reference.provinces[found.province].name if found else row.province,
    }


def describe(row: Any, organisation_names: Mapping[str, str], day: date) -> dict[str, Any]:
    """A branch for IT (``branch-list``, the statistics): codes, names, and what is missing."""
    info = desk_info(row, organisation_names, day)
    code = row.municipality_code
    province = municipalities.province_of(code) if code else None
    return {
        **info,
        "organisation_code": row.organisation_code,
        "municipality_code": code,
        "municipality_today": municipalities.successor_on(code, day) if code else None,
        "province_code": province.code if province else None,
        "registered": {
            "organisation": row.organisation,
            "municipality": row.municipality,
            "province": row.province,
        },
        "unmapped": [
            field
            for field, value in (("municipality", code), ("organisation", row.organisation_code))
            if value is None
        ],
        "created_at": to_utc_text(row.created_at),
    }


UNMAPPED = sa.or_(branch.c.municipality_code.is_(None), branch.c.organisation_code.is_(None))


def list_branches(
    conn: Connection, now: datetime, *, unmapped: bool = False
) -> list[dict[str, Any]]:
    """Every branch by id (with *unmapped*: those still missing a code), described."""
    query = sa.select(branch).order_by(branch.c.id)
    if unmapped:
        query = query.where(UNMAPPED)
    names = _organisation_names(conn)
    day = local_day(now)
    return [describe(row, names, day) for row in conn.execute(query)]


def count_unmapped(conn: Connection) -> int:
    """How many branches still miss a municipality or organisation code."""
    return int(conn.execute(sa.select(sa.func.count()).where(UNMAPPED)).scalar_one())


def branch_info(conn: Connection, branch_id: str, now: datetime) -> dict[str, str]:
    """What a desk of *branch_id* is told about its branch at enrollment."""
    row = _row(conn, branch_id)
    names = _organisation_names(conn) if row.organisation_code else {}
    return desk_info(row, names, local_day(now))
