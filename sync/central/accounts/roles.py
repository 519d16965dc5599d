"""The roles of dashboard accounts and the scope each role needs.

==============  ===========================================================  ================
role            sees                                                         scope
==============  ===========================================================  ================
national        everything                                                   none
organisation    its own branches in detail, national figures to compare      a code of the
                                                                             library
                                                                             organisation
                                                                             registry
municipality    its own area (the branches in it)                            a CBS code that
                                                                             exists on the
                                                                             day, ``GM0363``
executive       questions about its own services, nationally                 an organisation
                                                                             code of the
                                                                             question catalogue
==============  ===========================================================  ================

A scope is checked before it is stored (:func:`check_scope`), against the organisation
registry (``ido-central org-list``), the shipped municipality reference and the catalogues
the server publishes, so an account never points at nothing.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from datetime import date
from enum import StrEnum

from kiosk import municipalities
from kiosk.catalogue import CatalogueSet

MUNICIPALITY_CODE = re.compile(r"GM\d{4}")


class Role(StrEnum):
    """What an account is for; the values are stored in ``account.role``."""

    NATIONAL = "national"
    ORGANISATION = "organisation"
    MUNICIPALITY = "municipality"
    EXECUTIVE = "executive"

    @property
    def label(self) -> str:
        """The role's Dutch name, as the dashboard shows it."""
        return _LABELS[self]


_LABELS = {
    Role.NATIONAL: "landelijk",
    Role.ORGANISATION: "bibliotheekorganisatie",
    Role.MUNICIPALITY: "gemeente",
    Role.EXECUTIVE: "uitvoeringsorganisatie",
}


class ScopeError(ValueError):
    """A role was given a scope it cannot have; the message says what is expected."""


def parse_role(text: str) -> Role:
    """Return the role named *text*; raise :class:`ScopeError` for an unknown one."""
    try:
        return Role(text.strip().lower())
    except ValueError:
        names = ", ".join(r.value for r in Role)
        raise ScopeError(f"unknown role {text!r}: one of {names}") from None


def check_scope(
    role: Role,
    scope: str | None,
    *,
    organisations: Collection[str],
    organisation_codes: Collection[str],
    day: date,
) -> str | None:
    """Return *scope* as stored for *role*, or raise :class:`ScopeError`.

    *organisations* are the codes of the library organisation registry, *organisation_codes*
    the organisation codes of the question catalogues; a municipality's CBS code must exist
    on *day* (a code that ended in a reorganisation names its successor in the message).
    """
    text = (scope or "").strip()
    if role is Role.NATIONAL:
        if text:
            raise ScopeError("the national role has no scope: it sees everything")
        return None
    if not text:
        raise ScopeError(f"the {role.value} role needs a scope")
    if role is Role.MUNICIPALITY:
        return _municipality(text, day)
    code = text.lower()
    if role is Role.ORGANISATION:
        if code not in organisations:
            raise ScopeError(
                f"no library organisation with code {text!r} (ido-central org-list shows them)"
            )
        return code
    if code not in organisation_codes:
        raise ScopeError(f"{text!r} is not an organisation code of the question catalogue")
    return code


def _municipality(text: str, day: date) -> str:
    code = text.upper()
    if MUNICIPALITY_CODE.fullmatch(code) is None:
        raise ScopeError(f"{text!r} is not a CBS municipality code (GM and 4 digits: GM0363)")
    reference = municipalities.shipped()
    found = reference.get(code)
    if found is None:
        raise ScopeError(f"{code} is not a CBS municipality code the reference knows")
    if not found.valid_on(day):
        later = reference.successor_on(code, day)
        hint = f"; its area is now part of {later}" if later and later != code else ""
        raise ScopeError(f"{code} ({found.name}) is not a municipality on {day}{hint}")
    return code


def catalogue_organisation_codes(catalogues: CatalogueSet) -> frozenset[str]:
    """Every organisation code of every catalogue version (retired codes too)."""
    return frozenset(
        option.code
        for catalogue in catalogues
        for option in catalogue.options("organisation", include_retired=True)
    )
