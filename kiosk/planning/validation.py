"""Checking what a clerk types for a booking or a waiting-list entry (``docs/belastinghulp.md`` §4).

A booking needs a name and a Dutch phone number (a walk-in only a name); an e-mail address is
optional and checked for shape. The remark passes :mod:`kiosk.privacy` (no BSN, IBAN, ...) and
is also refused when it holds a DigiD machtigingscode: such a code is never written down. Every
problem is reported at once, as a code (``planning.booking.*``, ``planning.text.*``, and the
privacy guard's own); nothing is stored when one is found.

Every text is first tidied by :func:`kiosk.cleantext.clean_text` (invisible control and format
characters removed; the remark keeps its line breaks), and every check runs on the tidied text:
a value with nothing visible left counts as empty.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final

from kiosk.cleantext import clean_text
from kiosk.errors import InputError, Problem
from kiosk.planning.codes import CHECKLIST_CODES, PURPOSE_CODES
from kiosk.planning.records import BookingInput
from kiosk.privacy import PersonalDataError, check_free_text

MAX_NAME = 100
MAX_EMAIL = 254
MAX_REMARK = 500
MAX_REASON = 200

_PHONE_CHARS: Final = re.compile(r"^\+?[0-9 ().-]+$")
_EMAIL: Final = re.compile(
    r"^[A-Za-z0-9._%+'-]+@(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$"
)
# "machtigingscode: AB12CD34", "machtigings-code 1234 5678", "DigiD-code X7Y8Z9": a keyword
# followed closely by a token with a digit in it. The keyword alone ("machtigingscode
# meenemen") is fine: it says what to bring, not the code itself.
_CODE_KEYWORD: Final = re.compile(
    r"(?:machtiging(?:s)?[ -]?code|activerings[ -]?code|digid[ -]?code|sms[ -]?code)"
    r"\W{0,6}(?:is|was|luidt)?\W{0,6}"
    r"(?P<code>[A-Za-z0-9]{4,}(?:[ -][A-Za-z0-9]{4,})*)",
    re.IGNORECASE,
)
# A code on its own in the shape such codes are handed out: groups of four letters and digits
# joined by dashes ("A1B2-C3D4-E5F6"), with at least one letter and one digit.
_CODE_SHAPE: Final = re.compile(r"(?<![\w-])[A-Za-z0-9]{4}(?:-[A-Za-z0-9]{4}){2,3}(?![\w-])")


@dataclass(frozen=True, slots=True)
class ValidBooking:
    """A booking or waiting-list entry that passed every check, trimmed and de-duplicated."""

    name: str
    phone: str | None
    email: str | None
    purpose: tuple[str, ...]
    checklist: tuple[str, ...]
    remark: str | None
    walk_in: bool
    overbook_reason: str | None


def validate_booking(entry: BookingInput, *, phone_required: bool | None = None) -> ValidBooking:
    """Check *entry*; return it cleaned up, or raise :class:`InputError` with every problem.

    The phone is required unless the entry is a walk-in (*phone_required* overrides that, e.g.
    for the waiting list, where the library must be able to call back).
    """
    problems: list[Problem] = []
    name = clean_text(entry.name)
    if not name:
        problems.append(Problem("name", "planning.booking.name_missing"))
    elif len(name) > MAX_NAME:
        problems.append(Problem("name", "planning.booking.name_too_long", {"max": MAX_NAME}))
    need_phone = (not entry.walk_in) if phone_required is None else phone_required
    phone = clean_text(entry.phone)
    if not phone:
        if need_phone:
            problems.append(Problem("phone", "planning.booking.phone_missing"))
    elif not is_dutch_phone(phone):
        problems.append(Problem("phone", "planning.booking.phone_invalid"))
    email = clean_text(entry.email)
    if email and (len(email) > MAX_EMAIL or not _EMAIL.match(email)):
        problems.append(Problem("email", "planning.booking.email_invalid"))
    purpose = _unique(entry.purpose)
    unknown = [c for c in purpose if c not in PURPOSE_CODES]
    if unknown:
        problems.append(
            Problem("purpose", "planning.booking.purpose_unknown", {"codes": ", ".join(unknown)})
        )
    checklist = _unique(entry.checklist)
    unknown = [c for c in checklist if c not in CHECKLIST_CODES]
    if unknown:
        problems.append(
            Problem(
                "checklist", "planning.booking.checklist_unknown", {"codes": ", ".join(unknown)}
            )
        )
    remark = _collect(problems, "remark", entry.remark, MAX_REMARK, multiline=True)
    reason = None
    if entry.overbook_reason is not None:
        reason = _collect(problems, "overbook_reason", entry.overbook_reason, MAX_REASON)
        if reason is None:
            problems.append(Problem("overbook_reason", "planning.overbook.reason_missing"))
    if problems:
        raise InputError(problems)
    return ValidBooking(
        name=name,
        phone=phone or None,
        email=email or None,
        purpose=purpose,
        checklist=checklist,
        remark=remark,
        walk_in=entry.walk_in,
        overbook_reason=reason,
    )


def check_text(value: str, field: str, max_length: int = MAX_REASON) -> str | None:
    """Return a reason (one line of free text) tidied, None when empty; raise if refused."""
    problems: list[Problem] = []
    cleaned = _collect(problems, field, value, max_length)
    if problems:
        raise InputError(problems)
    return cleaned


def is_dutch_phone(value: str) -> bool:
    """Return whether *value* is a Dutch phone number: 10 digits from 0, or +31/0031 then 9."""
    if not _PHONE_CHARS.match(value):
        return False
    compact = re.sub(r"[ ().-]", "", value.replace("(0)", ""))
    if compact.startswith("+31"):
        compact = "0" + compact[3:]
    elif compact.startswith("0031"):
        compact = "0" + compact[4:]
    return len(compact) == 10 and compact.isdigit() and compact[0] == "0" and compact[1] != "0"


def contains_code(text: str) -> bool:
    """Return whether *text* seems to hold a machtigingscode or a similar DigiD code."""
    for match in _CODE_KEYWORD.finditer(text):
        if any(ch.isdigit() for ch in match.group("code")):
            return True
    for match in _CODE_SHAPE.finditer(text):
        token = match.group(0)
        if any(ch.isdigit() for ch in token) and any(ch.isalpha() for ch in token):
            return True
    return False


def _collect(
    problems: list[Problem], field: str, value: str, max_length: int, *, multiline: bool = False
) -> str | None:
    """Check one free-text field, appending problems; return it tidied (None when empty).

    One line (a reason) unless *multiline* (a remark: line breaks kept).
    """
    text = clean_text(value, multiline=multiline)
    if not text:
        return None
    if len(text) > max_length:
        problems.append(Problem(field, "planning.text.too_long", {"max": max_length}))
        return None
    try:
        check_free_text(text)
    except PersonalDataError as exc:  # privacy.personal_data, with what was found
        problems.append(Problem(field, exc.message.code, exc.message.params))
        return None
    if contains_code(text):
        problems.append(Problem(field, "planning.text.digid_code"))
        return None
    return text


def _unique(codes: Iterable[str]) -> tuple[str, ...]:
    """Return *codes* tidied, without blanks and repeats, first occurrence first."""
    return tuple(dict.fromkeys(c for c in map(clean_text, codes) if c))
