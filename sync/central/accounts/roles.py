"""The roles of dashboard accounts and the scope each role needs.

==============  ===========================================================  ================
role            sees                                                         scope
==============  ===========================================================  ================
national        everything                                                   none
organisation    its own branches in detail, national figures to compare      an organisation
                                                                             of the branches
municipality    its own area (the branches in it)                            a CBS code,
                                                                             ``GM0363``
executive       questions about its own services, nationally                 an organisation
                                                                             code of the
                                                                             question catalogue
==============  ===========================================================  ================

A scope is checked before it is stored (:func:`check_scope`), against the branches the server
knows and the catalogues it publishes, so an account never points at nothing.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from enum import StrEnum

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
) -> str | None:
    """Return *scope* as stored for *role*, or raise :class:`ScopeError`.

    *organisations* are the library organisations of the registered branches,
    *organisation_codes* the organisation codes of the question catalogues.
    """
    text = (scope or "").strip()
    if role is Role.NATIONAL:
        if text:
            raise ScopeError("the national role has no scope: it sees everything")
        return None
    if not text:
        raise ScopeError(f"the {role.value} role needs a scope")
    if role is Role.MUNICIPALITY:
        code = text.upper()
        if MUNICIPALITY_CODE.fullmatch(code) is None:
            raise ScopeError(f"{text!r} is not a CBS municipality code (GM and 4 digits: GM0363)")
        return code
    if role is Role.ORGANISATION:
        if text not in organisations:
            raise ScopeError(f"no branch belongs to organisation {text!r}")
        return text
    code = text.lower()
    if code not in organisation_codes:
        raise ScopeError(f"{text!r} is not an organisation code of the question catalogue")
    return code


def catalogue_organisation_codes(catalogues: CatalogueSet) -> frozenset[str]:
    """Every organisation code of every catalogue version (retired codes too)."""
    return frozenset(
        option.code
        for catalogue in catalogues
        for option in catalogue.options("organisation", include_retired=True)
    )
