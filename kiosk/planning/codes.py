"""The Belastinghulp code lists (``docs/belastinghulp.md`` §4): purposes and what to bring.

Codes are stable (they travel in operations and exports); labels are Dutch, with an English
label for the second UI language. A helper's ``topics`` use the purpose codes.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Code:
    """One entry of a code list: the stable code, its Dutch label and its English label."""

    code: str
    label: str
    label_en: str


#: Why a citizen comes (also the topics a helper handles), in display order.
PURPOSES: tuple[Code, ...] = (
    Code("aangifte", "Aangifte inkomstenbelasting", "Income tax return"),
    Code(
        "toeslagen",
        "Toeslagen (huur-, zorg-, kinderopvangtoeslag)",
        "Benefits (rent, healthcare, childcare)",
    ),
    Code("voorlopige_aanslag", "Voorlopige aanslag", "Provisional assessment"),
    Code(
        "kwijtschelding",
        "Kwijtschelding gemeentelijke belastingen",
        "Remission of municipal taxes",
    ),
    Code("digid", "DigiD of machtiging regelen", "Arrange DigiD or authorisation"),
    Code("overig", "Overig", "Other"),
)

#: What the citizen should bring (printed on the appointment slip), in display order.
CHECKLIST: tuple[Code, ...] = (
    Code("digid_zelf", "DigiD-inlog van uzelf", "Your own DigiD login"),
    Code("digid_partner", "DigiD-inlog van uw partner", "Your partner's DigiD login"),
    Code(
        "jaaropgaven",
        "Jaaropgaven (werk, uitkering, pensioen)",
        "Annual statements (work, benefits, pension)",
    ),
    Code("bankafschriften", "Bankafschriften (saldo 1 januari)", "Bank statements (1 January)"),
    Code(
        "woz",
        "WOZ-beschikking en hypotheekgegevens",
        "WOZ valuation and mortgage details",
    ),
    Code("zorgkosten", "Specificatie zorgkosten", "Healthcare costs"),
    Code("toeslagbeschikking", "Beschikkingen toeslagen", "Benefit decisions"),
    Code("id_bewijs", "Identiteitsbewijs", "Proof of identity"),
)

PURPOSE_CODES: frozenset[str] = frozenset(c.code for c in PURPOSES)
CHECKLIST_CODES: frozenset[str] = frozenset(c.code for c in CHECKLIST)

_BY_CODE: dict[str, Code] = {c.code: c for c in (*PURPOSES, *CHECKLIST)}


def label(code: str, *, english: bool = False) -> str:
    """Return the label of a purpose or checklist *code* (the code itself if unknown)."""
    found = _BY_CODE.get(code)
    if found is None:
        return code
    return found.label_en if english else found.label


def labels(codes: tuple[str, ...] | list[str], *, english: bool = False) -> tuple[str, ...]:
    """Return the labels of *codes*, in the given order."""
    return tuple(label(c, english=english) for c in codes)
