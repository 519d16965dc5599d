"""Detect personal data in free-text notes before they are stored.

The Informatiepunt registers questions anonymously, so the short notes staff type must not
contain a BSN, a phone number, an e-mail address, an IBAN or an address (postcode with house
number). Detection favours precision: every number-like kind is validated (elfproef, mod-97,
Dutch numbering plan) and checked for boundaries, so dates, times, amounts, years, versions and
case or form numbers in ordinary desk notes are not reported. Standard library only.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Final

LABELS: Final[dict[str, str]] = {
    "bsn": "BSN (burgerservicenummer)",
    "phone": "telefoonnummer",
    "email": "e-mailadres",
    "iban": "IBAN (rekeningnummer)",
    "postcode_address": "postcode met huisnummer",
}
MASKS: Final[dict[str, str]] = {
    "bsn": "[BSN]",
    "phone": "[telefoon]",
    "email": "[e-mail]",
    "iban": "[IBAN]",
    "postcode_address": "[adres]",
}


@dataclass(frozen=True)
class Finding:
    """One piece of personal data found in a text: ``text == source[start:end]``."""

    kind: str
    text: str
    start: int
    end: int
    label: str


Span = tuple[int, int]

# A number must not continue an earlier/later number: "1.123456782", "123456782,50", "12:30".
_NUM_START: Final = r"(?<!\w)(?<![0-9][.,:/-])"
_NUM_END: Final = r"(?!\w)(?![.,:/-][0-9])"
_NUM_END_RE: Final = re.compile(_NUM_END)

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

_PHONE_RE: Final = re.compile(
    r"(?<![\w+])(?<![0-9][.,:/-])"
    r"(?:(?P<intl>(?:\+|00) ?31)(?: ?- ?| )?(?:\( ?0 ?\) ?-? ?)?|\(?(?=0))"
    r"(?P<num>[0-9](?:(?: ?[-./] ?| |\) ?)?[0-9])*)"
)
_DATE_START: Final = re.compile(r"\(?[0-9]{1,2}[-./][0-9]{1,2}[-./][0-9]{2,4}(?![-./]?[0-9])")
_SERVICE_PREFIXES: Final = frozenset({"0800", "0900", "0906", "0909"})
# Public helplines staff refer people to (Belastingtelefoon, DigiD, Juridisch Loket, politie).
_PUBLIC_NUMBERS: Final = frozenset({"08000543", "0881236555", "08008020", "09008844"})

_EMAIL_RE: Final = re.compile(
    r"(?<![A-Za-z0-9._%+'-])[A-Za-z0-9._%+'-]+"
    r"@(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,63}(?![A-Za-z0-9-])"
)

_IBAN_RE: Final = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]{2}[0-9]{2}(?: ?[A-Za-z0-9]){10,30}")
# ISO 13616 registry: country code followed by the total IBAN length.
_IBAN_REGISTRY: Final = (
    "AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BI27 BR29 BY28 CH21 CR22 CY28 CZ24 DE22 "
    "DJ27 DK18 DO28 EE20 EG29 ES24 FI18 FK18 FO18 FR27 GB22 GE22 GI23 GL18 GR27 GT28 HN28 "
    "HR21 HU28 IE22 IL23 IQ23 IS26 IT27 JO30 KW30 KZ20 LB28 LC32 LI21 LT20 LU20 LV21 LY25 "
    "MC27 MD24 ME22 MK19 MN20 MR27 MT31 MU30 NI28 NL18 NO15 OM23 PK24 PL28 PS29 PT25 QA29 "
    "RO24 RS22 RU33 SA24 SC31 SD18 SE24 SI19 SK24 SM27 SO23 ST25 SV28 TL23 TN24 TR26 UA29 "
    "VA22 VG24 XK20 YE30"
)
_IBAN_LENGTHS: Final[dict[str, int]] = {c[:2]: int(c[2:]) for c in _IBAN_REGISTRY.split()}

_POSTCODE: Final = r"[1-9][0-9]{3}(?P<sp> ?)(?P<letters>[A-Za-z]{2})(?![A-Za-z0-9])"
_HOUSE_NUMBER: Final = (
    r"[1-9][0-9]{0,4}(?:-?[A-Za-z](?![A-Za-z])|[-/][0-9]{1,4})?(?![0-9])(?![.,:/][0-9])"
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
_SPACED_EXCLUDED: Final = frozenset({"IB", "OK", "NL", "EU", "BV", "NV"})
_UNITS: Final = frozenset({"km", "kg", "cm", "mm", "ml", "cl", "dl", "mg", "gb", "mb", "kb", "kw"})


def _elfproef(digits: str) -> bool:
    """Return whether nine digits pass the BSN 11-test (and are not all zeros)."""
    if len(digits) != 9 or digits == "000000000":
        return False
    weights = (9, 8, 7, 6, 5, 4, 3, 2, -1)
    return sum(int(d) * w for d, w in zip(digits, weights, strict=True)) % 11 == 0


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
        if not _elfproef(digits):
            continue
        before = _CURRENCY_BEFORE.search(text, max(0, start - 12), start)
        if before or _CURRENCY_AFTER.match(text, end):
            continue  # an amount, not a BSN
        yield start, end


def _valid_phone(digits: str, intl: bool, first_group: int) -> bool:
    """Check digits against the Dutch numbering plan; ``first_group`` is the unseparated lead."""
    if intl:
        digits = "0" + digits.removeprefix("0")  # "+31 (0)6" and "+31 06" both occur
    elif first_group < 2 or (first_group == 2 and not digits.startswith("06")):
        return False  # "09.00-17.00", "01-03-2024": no Dutch number starts like that
    if digits in _PUBLIC_NUMBERS:
        return False
    service = digits[:4] in _SERVICE_PREFIXES
    if len(digits) == 10:
        return digits[1] != "0" and not service
    if not service or len(digits) not in (8, 11) or (not intl and first_group < 4):
        return False
    hh, mm = int(digits[4:6]), int(digits[6:8])
    return len(digits) == 11 or not (hh <= 23 and mm in (0, 15, 30, 45))  # "0900-1700"


def _phone_span(text: str, m: re.Match[str]) -> Span | None:
    if not m.group("intl") and _DATE_START.match(text, m.start()):
        return None
    idx = [i for i in range(m.start("num"), m.end("num")) if text[i].isdigit()]
    first_group = 1
    while first_group < len(idx) and idx[first_group] == idx[first_group - 1] + 1:
        first_group += 1
    for k in range(min(len(idx), 11), 0, -1):  # no Dutch number has more than 11 digits
        end = idx[k - 1] + 1
        if k < len(idx) and (end == idx[k] or text[end : idx[k]].strip(" ")):
            continue  # only cut a run between space-separated groups
        if k == len(idx) and not _NUM_END_RE.match(text, end):
            return None
        digits = "".join(text[i] for i in idx[:k])
        if _valid_phone(digits, bool(m.group("intl")), min(first_group, k)):
            return m.start(), end
    return None


def _find_phones(text: str) -> Iterator[Span]:
    pos = 0
    while (m := _PHONE_RE.search(text, pos)) is not None:
        span = _phone_span(text, m)
        if span is not None:
            yield span
            pos = span[1]
            continue
        gap = _SPACED_AFTER.search(text, m.start("num"), m.end())
        pos = gap.start() + 1 if gap else m.end()


def _iban_checksum_ok(iban: str) -> bool:
    rearranged = iban[4:] + iban[:4]
    return int("".join(str(int(c, 36)) for c in rearranged)) % 97 == 1


def _find_ibans(text: str) -> Iterator[Span]:
    pos = 0
    while (m := _IBAN_RE.search(text, pos)) is not None:
        idx = [i for i in range(m.start(), m.end()) if text[i] != " "]
        expected = _IBAN_LENGTHS.get(text[m.start() : m.start() + 2].upper())
        lengths = [expected] if expected else list(range(len(idx), 14, -1))
        pos = m.start() + 1
        for n in (n for n in lengths if n <= len(idx)):
            end = idx[n - 1] + 1
            compact = "".join(text[i] for i in idx[:n]).upper()
            groups = text[m.start() : end].split(" ")  # compact, or spaced in groups of four
            grouped = len(groups) == 1 or all(len(g) == 4 for g in groups[:-1])
            if grouped and not text[end : end + 1].isalnum() and _iban_checksum_ok(compact):
                yield m.start(), end
                pos = end
                break


def _postcode_ok(m: re.Match[str]) -> bool:
    letters, spaced = m.group("letters"), bool(m.group("sp"))
    if letters.upper() in _INVALID_LETTERS:
        return False
    if not letters.isupper():
        return not spaced and letters.lower() not in _UNITS  # "1234ab" yes, "2024 en" no
    return not (spaced and letters in _SPACED_EXCLUDED)


def _find_addresses(text: str) -> Iterator[Span]:
    for m in _PC_THEN_NUMBER_RE.finditer(text):
        if _postcode_ok(m):
            yield m.start(), m.end()
    for m in _NUMBER_THEN_PC_RE.finditer(text):
        if _postcode_ok(m):
            street = m.group("street")
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


def describe_findings(findings: Sequence[Finding]) -> str:
    """Return one Dutch sentence telling a clerk what was found and what to do about it."""
    if not findings:
        return "De notitie bevat geen persoonsgegevens."
    listed = ", ".join(f'{f.label} "{f.text}"' for f in findings)
    pronoun = "ze" if len(findings) > 1 else "het"
    return (
        f"De notitie bevat persoonsgegevens en is niet opgeslagen: {listed}. "
        f"Haal {pronoun} weg; de registratie is anoniem."
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
    """Free text contains personal data; ``findings`` lists it, ``str()`` explains it."""

    def __init__(self, findings: Sequence[Finding]) -> None:
        """Store the findings and use :func:`describe_findings` as the message."""
        self.findings: tuple[Finding, ...] = tuple(findings)
        super().__init__(describe_findings(self.findings))


def check_free_text(text: str) -> None:
    """Raise :class:`PersonalDataError` if ``text`` contains any personal data."""
    findings = find_personal_data(text)
    if findings:
        raise PersonalDataError(findings)
