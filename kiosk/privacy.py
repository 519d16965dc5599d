"""Detect personal data in free-text notes before they are stored.

The Informatiepunt registers questions anonymously, so the short notes staff type must not
contain a BSN, a phone number, an e-mail address, an IBAN or an address (postcode with house
number). Detection favours precision: every number-like kind is validated and checked for
boundaries, so dates, times, amounts, years, versions and case or form numbers in ordinary desk
notes are not reported.

The number rules come from maintained libraries rather than tables kept here: the BSN elfproef
from ``stdnum.nl.bsn``, every country's IBAN length, layout and check digits from ``stdnum.iban``,
and the numbering plans from ``phonenumbers``, whose ``PhoneNumberMatcher`` finds the numbers in
a text (Dutch ones however a clerk groups them, foreign ones after + or 00). Both libraries are
imported on first need, not with this module: importing them takes several times as long as the
module itself, and most notes never need them.

What is found is told as a :class:`~kiosk.errors.Message` (``privacy.personal_data`` with the
kinds and texts found); the words, the kinds' names among them, are the UI's.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Final

from kiosk.errors import Message

if TYPE_CHECKING:
    from phonenumbers import PhoneNumber

#: Per kind, the message that names it ("BSN (burgerservicenummer)" in Dutch).
LABELS: Final[dict[str, Message]] = {
    "bsn": Message("privacy.kind.bsn"),
    "phone": Message("privacy.kind.phone"),
    "email": Message("privacy.kind.email"),
    "iban": Message("privacy.kind.iban"),
    "postcode_address": Message("privacy.kind.postcode_address"),
}
#: Between the texts found, in the ``texts`` parameter of ``privacy.personal_data`` (no text
#: found holds a control character).
TEXT_SEPARATOR: Final = "\x1f"
MASKS: Final[dict[str, str]] = {
    "bsn": "[BSN]",
    "phone": "[telefoon]",
    "email": "[e-mail]",
    "iban": "[IBAN]",
    "postcode_address": "[adres]",
}


@dataclass(frozen=True)
class Finding:
    """One piece of personal data found in a text: ``text == source[start:end]``.

    ``label`` names the kind (a message: the words are the UI's).
    """

    kind: str
    text: str
    start: int
    end: int
    label: Message


Span = tuple[int, int]

# A number must not continue an earlier/later number: "1.123456782", "123456782,50", "12:30".
_NUM_START: Final = r"(?<!\w)(?<![0-9][.,:/-])"
_NUM_END: Final = r"(?!\w)(?![.,:/-][0-9])"
_NUM_END_RE: Final = re.compile(_NUM_END)
_PHONE_START_RE: Final = re.compile(r"(?<![\w+])(?<![0-9][.,:/-])")

_BSN_RE: Final = re.compile(
    r"(?:(?<!\w)|(?<=bsn)|(?<=BSN)|(?<=Bsn))(?<![0-9][.,:/-])(?:[0-9]{8,9}"  # "BSN123456782"
    r"|[0-9]{4}(?P<a>[ .-])[0-9]{2}(?P=a)[0-9]{3}"
    r"|[0-9]{3}(?P<b>[ .-])[0-9]{3}(?P=b)[0-9]{3}"
    r"|[0-9]{3}(?P<c>[ .-])[0-9]{2}(?P=c)[0-9]{4})" + _NUM_END
)
_SPACED_BEFORE: Final = re.compile(r"[0-9] $")
_SPACED_AFTER: Final = re.compile(r" [0-9]")
_CURRENCY_BEFORE: Final = re.compile(r"(?:€|\beur(?:o|os)?)\s*$", re.IGNORECASE)
_CURRENCY_AFTER: Final = re.compile(r"\s*(?:€|eur(?:o|os)?\b|cent\b|,-)", re.IGNORECASE)

# Only text with six digits, at most four separators apart, can hold a valid number (the
# shortest in the numbering plans: a two-digit country code and four digits); other notes skip
# the matcher and never import it. "x" and "\u30fc" are separators to the matcher as well.
_PHONE_HINT: Final = re.compile(r"(?:\d(?:[^\w]|[xX\u30fc]){0,4}){5}\d")
_MIN_PHONE_DIGITS: Final = 6
_MAX_PHONE_DIGITS: Final = 17  # "00", a country code and the longest national number
_MAX_PHONE_GROUPS: Final = 8  # "+31 (0) 6 12 34 56 78" is seven
# Public numbers staff refer people to (Belastingtelefoon, DigiD, Juridisch Loket, politie),
# national significant numbers; and the municipalities' "14 0xx(x)" numbers.
_PUBLIC_NUMBERS: Final = frozenset({"8000543", "881236555", "8008020", "9008844"})
_MUNICIPAL_PREFIX: Final = "140"
# The matcher drops a whole run of digit groups that holds a date with slashes or is followed
# by a time ("12/3/2024 06-12345678", "06-17460817 07:13"). Dates and clock times are blanked
# with spaces of the same length before it looks; no phone number contains one.
_DATE_OR_TIME_RE: Final = re.compile(
    r"(?<![\d/.:-])(?:(?P<d>\d{1,2})(?P<s>[-/.])(?P<m>\d{1,2})(?P=s)(?:\d{4}|\d{2})"
    r"|\d{4}(?P<t>[-/.])(?P<m2>\d{1,2})(?P=t)(?P<d2>\d{1,2})|(?:[01]?\d|2[0-3]):[0-5]\d)"
    r"(?![\d]|[-/.:]\d)"
)
# Space-separated groups of digits (with their own punctuation), where a number may begin or
# end at any group: "06 1234 5678 2 keer".
_PHONE_CHUNK: Final = r"[+\uff0b(]*\d[\d().\-/]*"
_PHONE_CHUNK_RE: Final = re.compile(_PHONE_CHUNK)
_PHONE_RUN_RE: Final = re.compile(
    _PHONE_CHUNK + r"(?:[^\S\n]+(?:[-/][^\S\n]+)?" + _PHONE_CHUNK + ")+"
)
_LEAD_GROUP_RE: Final = re.compile(r"\(?\s*(\d+)")  # the first digits, unless "+" comes first
_TIME_RANGE_RE: Final = re.compile(r"\(?(\d\d)[.:]?(\d\d) ?[-\u2013]? ?(\d\d)[.:]?(\d\d)(?!\d)")
_NUMBER_LEAD_RE: Final = re.compile(r"[\d+\uff0b]")

_EMAIL_RE: Final = re.compile(
    r"(?<![A-Za-z0-9._%+'-])[A-Za-z0-9._%+'-]+"
    r"@(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,63}(?![A-Za-z0-9-])"
)

# Two letters, two check digits and 10-30 more; stdnum.iban decides which length is an IBAN.
_IBAN_RE: Final = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]{2}[0-9]{2}(?: ?[A-Za-z0-9]){10,30}")
_IBAN_MIN_LENGTH: Final = 15  # Norway

_POSTCODE: Final = r"(?P<digits>[1-9][0-9]{3})(?P<sp> ?)(?P<letters>[A-Za-z]{2})(?![A-Za-z0-9])"
_HOUSE_NUMBER: Final = (
    r"[1-9][0-9]{0,4}(?:-?[A-Za-z](?![A-Za-z])|[-/][0-9]{1,4}| ?-?bis(?![A-Za-z]))?"
    r"(?![0-9])(?![.,:/][0-9])"
)
_PC_THEN_NUMBER_RE: Final = re.compile(_NUM_START + _POSTCODE + r"[ -]" + _HOUSE_NUMBER)
_STREET: Final = r"(?:(?<![\w'.-])(?P<street>[^\W\d_](?:[^\W\d_]|['.-])*) )?"
_NUMBER_THEN_PC_RE: Final = re.compile(
    _STREET + _NUM_START + _HOUSE_NUMBER + r"(?:, ?| )" + _NUM_START + _POSTCODE
)
_STREET_SUFFIX_RE: Final = re.compile(
    r"(?:straat|laan|weg|plein|gracht|kade|singel|dijk|park|hof|pad|dreef|steeg|markt|"
    r"plantsoen|allee|erf|veld|burg|berg|dam|haven|kamp|wal|ring|baan|lei|oord)$",
    re.IGNORECASE,
)
# Letter pairs that never start a postcode, and abbreviations/units that follow numbers.
_INVALID_LETTERS: Final = frozenset({"SA", "SD", "SS"})
# Real postcode letters that are also words after a year or amount ("aangifte 2023 IB 60",
# "2024 EU regels", "2025 OK"): spaced, they only count with the rest of an address.
_SPACED_AMBIGUOUS: Final = frozenset({"IB", "OK", "NL", "EU", "BV", "NV"})
_YEARS: Final = range(1900, 2050)
_UNITS: Final = frozenset({"km", "kg", "cm", "mm", "ml", "cl", "dl", "mg", "gb", "mb", "kb", "kw"})


def _is_date(digits: str) -> bool:
    """Return whether eight digits read as a date, DDMMYYYY or YYYYMMDD (1900-2099)."""
    for day, month, year in (
        (digits[:2], digits[2:4], digits[4:]),
        (digits[6:], digits[4:6], digits[:4]),
    ):
        try:
            date(int(year), int(month), int(day))
        except ValueError:
            continue
        if 1900 <= int(year) <= 2099:
            return True
    return False


def _bsn_valid(digits: str) -> bool:
    """Return whether nine digits pass the BSN elfproef (stdnum also refuses all zeros)."""
    from stdnum.nl import bsn

    return bsn.is_valid(digits)


def _find_bsn(text: str) -> Iterator[Span]:
    for m in _BSN_RE.finditer(text):
        raw, start, end = m.group(), m.start(), m.end()
        if " " in raw and (_SPACED_BEFORE.search(text, 0, start) or _SPACED_AFTER.match(text, end)):
            continue  # a space-grouped run that continues: part of a longer number
        digits = "".join(c for c in raw if c.isdigit())
        if len(digits) == 8:
            if raw != digits or _is_date(digits):
                continue
            digits = "0" + digits
        if not _bsn_valid(digits):
            continue
        before = _CURRENCY_BEFORE.search(text, max(0, start - 12), start)
        if before or _CURRENCY_AFTER.match(text, end):
            continue  # an amount, not a BSN
        yield start, end


def _is_time_range(raw: str) -> bool:
    """Return whether ``raw`` starts with opening hours: "0900-1700", "09.00 - 17.30"."""
    m = _TIME_RANGE_RE.match(raw)
    if m is None:
        return False
    hours, minutes = [int(g) for g in m.group(1, 3)], [int(g) for g in m.group(2, 4)]
    return max(hours) <= 23 and max(minutes) <= 59 and minutes[1] % 15 == 0


def _is_personal_number(raw: str, number: PhoneNumber) -> bool:
    """Return whether a valid number found in a note, written as ``raw``, may be someone's own."""
    from phonenumbers import national_significant_number

    if _is_time_range(raw):
        return False
    lead = _LEAD_GROUP_RE.match(raw)  # None after "+"
    if lead:
        group = "".join(str(int(c)) for c in lead.group(1))
        if group == "00" and not raw[lead.end() :].startswith(" "):
            return False  # "00.43 1300": a time; "00 31 6 ..." is an international number
        if not group.startswith("0") or (len(group) <= 2 and group not in ("00", "06")):
            return False  # "31793218 7 15", "09-09-1993": numbers are written 0.., 06, 00.., +
    if number.country_code == 31:
        national = national_significant_number(number)
        if national in _PUBLIC_NUMBERS:
            return False
        if national.startswith(_MUNICIPAL_PREFIX) and len(national) <= 6:
            return False  # "14 020": the municipality's public number
    return True


def _blank(m: re.Match[str]) -> str:
    day, month = m.group("d") or m.group("d2"), m.group("m") or m.group("m2")
    if day and not (1 <= int(day) <= 31 and 1 <= int(month) <= 12):
        return m.group()
    return " " * len(m.group())


def _phone_spans(text: str, blanked: str, start: int, end: int) -> list[Span]:
    """Return the personal numbers the matcher finds in ``blanked[start:end]``."""
    from phonenumbers import Leniency, PhoneNumberMatcher

    spans: list[Span] = []
    # VALID: a number of the numbering plan, grouped however the clerk wrote it.
    for match in PhoneNumberMatcher(blanked[start:end], "NL", leniency=Leniency.VALID):
        first, last = start + match.start, start + match.end
        raw = text[first:last]
        lead = _NUMBER_LEAD_RE.search(raw)
        if raw.startswith("(") and ")" not in raw and lead:
            first += lead.start()  # "( 085-1234567": the bracket opens a remark
            raw = raw[lead.start() :]
        if not (_PHONE_START_RE.match(text, first) and _NUM_END_RE.match(text, last)):
            continue  # continues an amount or a longer number: "0612345678,50"
        if _is_personal_number(raw, match.number):
            spans.append((first, last))
    return spans


def _digit_count(text: str, start: int, end: int) -> int:
    return sum(c.isdecimal() for c in text[start:end])


def _numbers_in_groups(text: str, blanked: str, chunks: Sequence[Span]) -> Iterator[Span]:
    """Find numbers in consecutive groups of digits, the longest stretch from each start first.

    A stretch starts at a group that can begin a number (0, + or a bracket) and holds at most
    as many digits and groups as a written number has, so the work grows linearly with the note.
    """
    counts = [_digit_count(blanked, start, end) for start, end in chunks]
    i = 0
    while i < len(chunks):
        following = i + 1
        lead = blanked[chunks[i][0]]
        if lead in "+\uff0b(" or int(lead) == 0:  # a number is written 0..., 00..., +...
            last, total = i, counts[i]
            while (
                last + 1 < min(len(chunks), i + _MAX_PHONE_GROUPS)
                and total + counts[last + 1] <= _MAX_PHONE_DIGITS
            ):
                last += 1
                total += counts[last]
            for j in range(last, i - 1, -1):
                if total < _MIN_PHONE_DIGITS:
                    break
                spans = _phone_spans(text, blanked, chunks[i][0], chunks[j][1])
                if spans:
                    yield from spans
                    following = next(
                        (k for k in range(i, len(chunks)) if chunks[k][0] >= spans[-1][1]),
                        len(chunks),
                    )
                    break
                total -= counts[j]
        i = following


def _find_phones(text: str) -> Iterator[Span]:
    if not _PHONE_HINT.search(text):
        return
    blanked = _DATE_OR_TIME_RE.sub(_blank, text)
    if not _PHONE_HINT.search(blanked):
        return  # only dates and times
    spans = _phone_spans(text, blanked, 0, len(text))
    yield from spans
    # The matcher gives up on a run of groups that holds a number and more ("06 1234 5678 2
    # keer", "+31 6 12345678 14 uur"): look again in the groups where it found nothing.
    for run in _PHONE_RUN_RE.finditer(blanked):
        group: list[Span] = []
        for chunk in _PHONE_CHUNK_RE.finditer(blanked, run.start(), run.end()):
            if any(s < chunk.end() and chunk.start() < e for s, e in spans):
                yield from _numbers_in_groups(text, blanked, group)
                group = []
            else:
                group.append(chunk.span())
        yield from _numbers_in_groups(text, blanked, group)


def _find_ibans(text: str) -> Iterator[Span]:
    pos = 0
    while (m := _IBAN_RE.search(text, pos)) is not None:
        from stdnum import iban

        idx = [i for i in range(m.start(), m.end()) if text[i] != " "]
        pos = m.start() + 1
        for n in range(len(idx), _IBAN_MIN_LENGTH - 1, -1):
            end = idx[n - 1] + 1
            if text[end : end + 1].isalnum():
                continue  # an IBAN ends where the word or group ends
            groups = text[m.start() : end].split(" ")  # compact, or spaced in groups of four
            if len(groups) > 1 and any(len(g) != 4 for g in groups[:-1]):
                continue
            # Length, layout and check digits of the country; not stdnum's national extras
            # (Belgium's list of bank codes, for one): an unlisted bank is still an account.
            if iban.is_valid("".join(text[i] for i in idx[:n]), check_country=False):
                yield m.start(), end
                pos = end
                break


def _postcode_ok(text: str, m: re.Match[str], street: str | None = None) -> bool:
    """Judge the postcode in ``m``.

    ``street`` is None when the house number follows the postcode; otherwise it is the word
    before the house number ("" when there is none).
    """
    letters, spaced = m.group("letters"), bool(m.group("sp"))
    if letters.upper() in _INVALID_LETTERS:
        return False
    if not letters.isupper():
        return not spaced and letters.lower() not in _UNITS  # "1234ab" yes, "2024 en" no
    if not (spaced and letters in _SPACED_AMBIGUOUS):
        return True
    if street is not None:  # "Dorpsstraat 12, 4975 IB" yes, "op 12 2024 EU" no
        return _STREET_SUFFIX_RE.search(street) is not None
    # A house number follows: "4975 IB 185a" yes, "aangifte 2023 IB 60" and "€ 1500 NL 3" no.
    before = _CURRENCY_BEFORE.search(text, max(0, m.start() - 12), m.start())
    return int(m.group("digits")) not in _YEARS and not before


def _find_addresses(text: str) -> Iterator[Span]:
    for m in _PC_THEN_NUMBER_RE.finditer(text):
        if _postcode_ok(text, m):
            yield m.start(), m.end()
    for m in _NUMBER_THEN_PC_RE.finditer(text):
        street = m.group("street")
        if _postcode_ok(text, m, street=street or ""):
            if street and not (street[0].isupper() or _STREET_SUFFIX_RE.search(street)):
                yield m.end("street") + 1, m.end()  # "woont op 12 1234 AB": not a street
            else:
                yield m.start(), m.end()


# Earlier detectors win when spans overlap (an e-mail address may contain a number).
_DETECTORS: Final[tuple[tuple[str, Callable[[str], Iterator[Span]]], ...]] = (
    ("email", lambda text: (m.span() for m in _EMAIL_RE.finditer(text))),
    ("iban", _find_ibans),
    ("phone", _find_phones),
    ("bsn", _find_bsn),
    ("postcode_address", _find_addresses),
)


def find_personal_data(text: str) -> list[Finding]:
    """Return the personal data in ``text``, sorted by position and never overlapping."""
    found: list[Finding] = []
    for kind, detector in _DETECTORS:
        for start, end in detector(text):
            if all(end <= f.start or start >= f.end for f in found):
                found.append(Finding(kind, text[start:end], start, end, LABELS[kind]))
    return sorted(found, key=lambda f: f.start)


def describe_findings(findings: Sequence[Finding]) -> Message:
    """Return the message telling a clerk what was found and what to do about it.

    ``privacy.personal_data`` names the kinds (comma-separated, in order) and the texts found
    (separated by :data:`TEXT_SEPARATOR`), so the clerk sees what to take out.
    """
    if not findings:
        return Message("privacy.none")
    return Message(
        "privacy.personal_data",
        {
            "kinds": ",".join(f.kind for f in findings),
            "texts": TEXT_SEPARATOR.join(f.text for f in findings),
        },
    )


def mask(text: str, findings: Sequence[Finding]) -> str:
    """Return ``text`` with every finding replaced by a placeholder such as ``[BSN]``.

    Raises ``ValueError`` if a finding does not match ``text`` at its offsets; findings that
    overlap an earlier one are skipped.
    """
    parts: list[str] = []
    pos = 0
    for f in sorted(findings, key=lambda f: (f.start, f.end)):
        if f.start < 0 or text[f.start : f.end] != f.text:
            raise ValueError(f"finding {f.kind!r} at {f.start}:{f.end} does not match the text")
        if f.start < pos:
            continue
        parts += [text[pos : f.start], MASKS.get(f.kind, "[persoonsgegeven]")]
        pos = f.end
    parts.append(text[pos:])
    return "".join(parts)


class PersonalDataError(ValueError):
    """Free text contains personal data; ``findings`` lists it, ``message`` tells the clerk.

    ``message`` is :func:`describe_findings` (code ``privacy.personal_data``, with the kinds
    and texts found); ``str()`` is the code and the kinds only, so a log never holds the
    personal data itself.
    """

    def __init__(self, findings: Sequence[Finding]) -> None:
        """Store the findings and what to tell the clerk about them."""
        self.findings: tuple[Finding, ...] = tuple(findings)
        self.message: Message = describe_findings(self.findings)
        super().__init__(f"{self.message.code} ({', '.join(f.kind for f in self.findings)})")


def check_free_text(text: str) -> None:
    """Raise :class:`PersonalDataError` if ``text`` contains any personal data."""
    findings = find_personal_data(text)
    if findings:
        raise PersonalDataError(findings)
