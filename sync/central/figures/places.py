"""Where a branch's figures are summed: its province, municipality and organisation, by code.

A branch is registered with a CBS municipality code (``branch.municipality_code``, kept as
registered) and a library organisation code (``branch.organisation_code``). Its figures count
under the municipality that code **rolls into on the day asked for** (the shipped reference,
:func:`kiosk.municipalities.successor_on`), so last years' figures of a branch registered in
Weesp (GM0457) count under Amsterdam (GM0363); under the province of that municipality
(``PV20`` .. ``PV31``); and under its organisation code. A branch without codes counts in the
country only.

SQL cannot call Python, so the reference goes into a statement as data: :func:`rolled_sql`
is a ``CASE`` over the codes a reorganisation moved (a few dozen), :func:`province_sql` a
``CASE`` of twelve ``IN`` lists, one per province. Both are small and need no table of their
own: the reference ships with the code and changes only with a release, so a table filled
from it would only be one more thing to keep in step. The refresher evaluates them once per
branch into ``fig_place`` (:mod:`sync.central.figures.refresh`); the filters
(:mod:`sync.central.figures.queries`) turn codes into lists of registered codes in Python.

A *division* (:func:`division`) names the municipal division of a day: the reference's
version and the day of the last reorganisation by then. Area sums are built for one division
(``fig_state.division``); when a reorganisation's day passes, the name changes and the
refresher rebuilds the areas.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime
from functools import cache
from typing import Any

import sqlalchemy as sa
from sqlalchemy.sql.elements import ColumnElement

from kiosk import municipalities
from sync.central.branches import codes_rolling_into, local_day
from sync.central.tables import FIGURE_AREAS


def today() -> date:
    """The calendar day in the Netherlands now (the division figures are rolled up to)."""
    return local_day(datetime.now(UTC))


@cache
def division(day: date) -> str:
    """The name of the municipal division on *day*: reference version and last change."""
    reference = municipalities.shipped()
    changes = [r.day for r in reference.reorganisations if r.day <= day]
    last = max(changes, default=reference.first_day)
    return f"{reference.version.isoformat()}/{last.isoformat()}"


@cache
def rolled(day: date) -> dict[str, str]:
    """Every known code whose figures roll into another code on *day*: code -> that code."""
    reference = municipalities.shipped()
    moved: dict[str, str] = {}
    for code in reference.by_code:
        into = reference.successor_on(code, day)
        if into is not None and into != code:
            moved[code] = into
    return moved


@cache
def provinces(day: date) -> dict[str, frozenset[str]]:
    """Per province code: every registered code whose figures count in it on *day*.

    The province of the municipality the code rolls into (a code merged into a
    municipality of another province moves with it).
    """
    reference = municipalities.shipped()
    moved = rolled(day)
    found: dict[str, set[str]] = {code: set() for code in reference.provinces}
    for code in reference.by_code:
        into = reference.get(moved.get(code, code))
        if into is not None:
            found[into.province].add(code)
    return {code: frozenset(codes) for code, codes in found.items()}


def municipality_codes(codes: Iterable[str], day: date) -> frozenset[str]:
    """The registered codes that count under the municipality *codes* on *day*."""
    found: set[str] = set()
    for code in codes:
        found |= codes_rolling_into(code.strip().upper(), day)
    return frozenset(found)


def province_codes(codes: Iterable[str], day: date) -> frozenset[str]:
    """The registered municipality codes that count under the province *codes* on *day*."""
    by_province = provinces(day)
    found: set[str] = set()
    for code in codes:
        found |= by_province.get(code.strip().upper(), frozenset())
    return frozenset(found)


def is_current(code: str, day: date) -> bool:
    """Whether municipality *code* is one figures roll into on *day* (it exists then)."""
    return municipalities.successor_on(code, day) == code


def rolled_sql(column: Any, day: date) -> ColumnElement[str]:
    """The municipality code *column* (as registered) rolled into on *day*, in SQL."""
    moved = rolled(day)
    if not moved:
        return sa.cast(column, sa.String())
    return sa.case(*((column == old, new) for old, new in sorted(moved.items())), else_=column)


def province_sql(column: Any, day: date) -> ColumnElement[str]:
    """The province code (PVxx) the municipality code *column* counts in on *day* (or NULL)."""
    whens = [
        (column.in_(sorted(codes)), code) for code, codes in sorted(provinces(day).items()) if codes
    ]
    return sa.case(*whens, else_=sa.null())


def area_sql(kind: str, value: Any) -> ColumnElement[str]:
    """The area name of *value* (NULL stays NULL: no area) for *kind* (``FIGURE_AREAS``)."""
    name: ColumnElement[str] = sa.literal(FIGURE_AREAS[kind], sa.String()) + value
    return name


def area_name(kind: str, code: str) -> str:
    """The area name of *code* for *kind*, as :func:`area_sql` makes it."""
    return FIGURE_AREAS[kind] + code
