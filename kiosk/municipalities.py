"""Dutch municipalities by CBS code, with the reorganisations since 2019, as shipped data.

The reference file ``resources/reference/municipalities.json`` lists every municipality
(``GM`` + four digits, CBS's code) that existed on some day from 1 January 2019 on, with its
name, its province (``PV20`` .. ``PV31``), the days it began and ended and the years whose
1 January division holds it; and every reorganisation (herindeling): which code ended on which
day and which codes took its territory over. ``resources/reference/README.md`` names the
sources. Nothing here reads the network; the file is read once, on first use.

Rolling figures up to a later division (:meth:`Municipalities.successor_on`): a code that ended
is replaced by the code it went into, again and again until a code that exists on the day asked
for. A municipality that was split over several others (Haaren in 2021, over Boxtel,
Oisterwijk, Tilburg and Vught) rolls up **wholly into its main successor**, the one that took
the largest part of its addresses (for Haaren: Oisterwijk); :meth:`Municipalities.successors_on`
gives every code that holds part of its former territory instead.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, NamedTuple

SUPPORTED_FORMAT = 1
CODE_PATTERN = re.compile(r"GM\d{4}")
PROVINCE_CODES = tuple(f"PV{number}" for number in range(20, 32))
_SUFFIX = re.compile(r"\s*\([^)]*\)\s*$")  # "Hengelo (O.)" -> "Hengelo"
_NOT_ALNUM = re.compile(r"[^0-9a-z]+")


class MunicipalityDataError(ValueError):
    """The reference file is malformed; the text says what, for the log and the tests."""


@dataclass(frozen=True)
class Province:
    """A province: CBS code (``PV20`` .. ``PV31``) and the Dutch name the app uses."""

    code: str
    name: str


@dataclass(frozen=True)
class FormerName:
    """A name a municipality carried until *until* (the first 1 January with the new name)."""

    name: str
    until: date


@dataclass(frozen=True)
class Municipality:
    """One municipality code over its lifetime within the reference file.

    ``valid_from`` is None when the code existed before the file's first day; ``valid_until``
    is the first day it no longer exists (the day of its reorganisation), None while it exists.
    """

    code: str
    name: str
    province: str
    valid_from: date | None
    valid_until: date | None
    years: tuple[int, ...]
    former_names: tuple[FormerName, ...] = ()

    def valid_on(self, day: date) -> bool:
        """Return whether the code exists on *day*."""
        started = self.valid_from is None or self.valid_from <= day
        return started and (self.valid_until is None or day < self.valid_until)

    def name_on(self, day: date) -> str:
        """Return the name the municipality carried on *day*."""
        for former in self.former_names:
            if day < former.until:
                return former.name
        return self.name


@dataclass(frozen=True)
class Reorganisation:
    """One code ending: on *day* its territory went into *into*; *main* took the largest part."""

    day: date
    code: str
    into: tuple[str, ...]
    main: str

    @property
    def is_split(self) -> bool:
        """Return whether the territory went to more than one municipality."""
        return len(self.into) > 1


class Listing(NamedTuple):
    """A municipality as the division of one day lists it."""

    code: str
    name: str
    province: str


def normalise_name(text: str) -> str:
    """Return *text* folded for comparison: no accents, case or punctuation, single spaces.

    ``"Súdwest-Fryslân"``, ``"sudwest fryslan"`` and ``" SUDWEST-FRYSLAN "`` fold alike, and
    so do ``"'s-Gravenhage"`` and ``"s Gravenhage"``.
    """
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    plain = plain.replace("'", "").replace("\u2019", "").replace("`", "")
    return _NOT_ALNUM.sub(" ", plain).strip()


class Municipalities:
    """The parsed reference file; build it with :func:`parse` or :func:`shipped`."""

    def __init__(
        self,
        *,
        version: date,
        first_day: date,
        provinces: Iterable[Province],
        municipalities: Iterable[Municipality],
        reorganisations: Iterable[Reorganisation],
        aliases: Mapping[str, str],
    ) -> None:
        """Index the records; :func:`parse` checks them first."""
        self.version = version
        self.first_day = first_day
        self.provinces: dict[str, Province] = {p.code: p for p in provinces}
        self.by_code: dict[str, Municipality] = {m.code: m for m in municipalities}
        self.reorganisations: tuple[Reorganisation, ...] = tuple(
            sorted(reorganisations, key=lambda r: (r.day, r.code))
        )
        self._ended: dict[str, Reorganisation] = {r.code: r for r in self.reorganisations}
        self._names = self._name_index(aliases)

    def _name_index(self, aliases: Mapping[str, str]) -> dict[str, str | None]:
        """Map each folded name to its code; a name two codes share maps to None."""
        candidates: dict[str, set[str]] = {}
        for municipality in self.by_code.values():
            names = {municipality.name, *(f.name for f in municipality.former_names)}
            names |= {_SUFFIX.sub("", name) for name in names}
            for name in names:
                candidates.setdefault(normalise_name(name), set()).add(municipality.code)
        index = {
            key: (codes.pop() if len(codes) == 1 else None) for key, codes in candidates.items()
        }
        for alias, code in aliases.items():
            index.setdefault(normalise_name(alias), code)
        return index

    def get(self, code: str) -> Municipality | None:
        """Return the municipality with CBS *code*, or None when the file does not know it."""
        return self.by_code.get(code)

    def municipalities_on(self, day: date) -> list[Listing]:
        """Return the municipalities that exist on *day*, by code, with that day's name.

        A day after the newest division in the file is answered with that division (later
        reorganisations are not known yet). A day before the file's first day is refused.
        """
        if day < self.first_day:
            raise ValueError(f"the municipality list starts on {self.first_day.isoformat()}")
        return [
            Listing(m.code, m.name_on(day), m.province)
            for m in sorted(self.by_code.values(), key=lambda m: m.code)
            if m.valid_on(day)
        ]

    def province_of(self, code: str) -> Province | None:
        """Return the province of municipality *code*, or None for an unknown code."""
        municipality = self.by_code.get(code)
        return None if municipality is None else self.provinces[municipality.province]

    def successor_on(self, code: str, day: date) -> str | None:
        """Return the code that *code*'s figures roll up into on *day*.

        The code itself while it exists; after a merger the code it went into; after a split
        its main successor (the largest part); followed through every later reorganisation.
        None for an unknown code or a day before the code began.
        """
        municipality = self.by_code.get(code)
        if municipality is None or (
            municipality.valid_from is not None and day < municipality.valid_from
        ):
            return None
        while (ended := self._ended.get(code)) is not None and ended.day <= day:
            code = ended.main
        return code

    def successors_on(self, code: str, day: date) -> frozenset[str]:
        """Return every code that holds part of *code*'s territory on *day*.

        One code for a merger, several for a split (all of them, not only the main one);
        empty for an unknown code or a day before the code began.
        """
        if self.successor_on(code, day) is None:
            return frozenset()
        found: set[str] = set()
        pending = [code]
        while pending:
            current = pending.pop()
            ended = self._ended.get(current)
            if ended is not None and ended.day <= day:
                pending.extend(ended.into)
            else:
                found.add(current)
        return frozenset(found)

    def code_for_name(self, name: str, on: date | None = None) -> str | None:
        """Return the code of the municipality called *name*, or None when unknown or ambiguous.

        Case, accents, punctuation and spacing do not matter; former names, the name without
        CBS's province suffix (``"Hengelo"`` for ``"Hengelo (O.)"``, unless two municipalities
        would share it, like ``"Bergen"``) and the common names in the file's ``aliases``
        (``"Den Haag"``) are known. With *on*, the code is rolled up to that day
        (:meth:`successor_on`), so ``"Weesp"`` on 2026-01-01 gives Amsterdam's code.
        """
        code = self._names.get(normalise_name(name))
        if code is None or on is None:
            return code
        return self.successor_on(code, on)


def _day(value: Any, what: str) -> date:
    if not isinstance(value, str):
        raise MunicipalityDataError(f"{what}: expected a date YYYY-MM-DD, got {value!r}")
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise MunicipalityDataError(f"{what}: not a date: {value!r}") from exc


def _optional_day(value: Any, what: str) -> date | None:
    return None if value is None else _day(value, what)


def _text(value: Any, what: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise MunicipalityDataError(f"{what}: expected a non-empty text, got {value!r}")
    return value


def _code(value: Any, what: str) -> str:
    text = _text(value, what)
    if not CODE_PATTERN.fullmatch(text):
        raise MunicipalityDataError(f"{what}: {text!r} is not a CBS code GM + four digits")
    return text


def _list(value: Any, what: str) -> list[Any]:
    if not isinstance(value, list):
        raise MunicipalityDataError(f"{what}: expected a list")
    return value


def _object(value: Any, what: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise MunicipalityDataError(f"{what}: expected an object")
    return value


def _municipality(raw: Any, provinces: Mapping[str, Province]) -> Municipality:
    item = _object(raw, "municipality")
    code = _code(item.get("code"), "municipality code")
    province = _text(item.get("province"), f"{code} province")
    if province not in provinces:
        raise MunicipalityDataError(f"{code}: unknown province {province!r}")
    years = _list(item.get("years"), f"{code} years")
    if not all(isinstance(y, int) and not isinstance(y, bool) for y in years):
        raise MunicipalityDataError(f"{code}: years must be whole numbers")
    former = []
    for raw_former in _list(item.get("former_names", []), f"{code} former names"):
        entry = _object(raw_former, f"{code} former name")
        former.append(
            FormerName(
                _text(entry.get("name"), f"{code} former name"),
                _day(entry.get("until"), f"{code} former name until"),
            )
        )
    return Municipality(
        code=code,
        name=_text(item.get("name"), f"{code} name"),
        province=province,
        valid_from=_optional_day(item.get("from"), f"{code} from"),
        valid_until=_optional_day(item.get("until"), f"{code} until"),
        years=tuple(years),
        former_names=tuple(sorted(former, key=lambda f: f.until)),
    )


def _reorganisation(raw: Any) -> Reorganisation:
    item = _object(raw, "reorganisation")
    code = _code(item.get("code"), "reorganisation code")
    into = tuple(_code(c, f"{code} into") for c in _list(item.get("into"), f"{code} into"))
    return Reorganisation(
        day=_day(item.get("date"), f"{code} reorganisation date"),
        code=code,
        into=into,
        main=_code(item.get("main"), f"{code} main successor"),
    )


def _check(result: Municipalities) -> None:
    """Check that the records agree with each other; raise MunicipalityDataError if not."""
    last_year = result.version.year
    for m in result.by_code.values():
        if m.valid_from and m.valid_until and m.valid_until <= m.valid_from:
            raise MunicipalityDataError(f"{m.code}: ends before it begins")
        expected = tuple(
            year
            for year in range(result.first_day.year, last_year + 1)
            if m.valid_on(date(year, 1, 1))
        )
        if m.years != expected:
            raise MunicipalityDataError(f"{m.code}: years {m.years} but dates give {expected}")
        if m.valid_until is not None and m.code not in result._ended:
            raise MunicipalityDataError(f"{m.code}: ends without a reorganisation")
    for r in result.reorganisations:
        ended = result.by_code.get(r.code)
        if ended is None or ended.valid_until != r.day:
            raise MunicipalityDataError(f"{r.code}: reorganisation date is not its end date")
        if not r.into or r.main not in r.into or len(set(r.into)) != len(r.into):
            raise MunicipalityDataError(f"{r.code}: main successor must be one of its successors")
        for successor in r.into:
            target = result.by_code.get(successor)
            if target is None or not target.valid_on(r.day):
                raise MunicipalityDataError(f"{r.code}: successor {successor} does not exist then")
    if len(result._ended) != len(result.reorganisations):
        raise MunicipalityDataError("a code has more than one reorganisation")


def parse(data: Mapping[str, Any]) -> Municipalities:
    """Build :class:`Municipalities` from the decoded reference file, checking it throughout."""
    if data.get("format") != SUPPORTED_FORMAT:
        raise MunicipalityDataError(f"unsupported format {data.get('format')!r}")
    provinces = []
    for raw in _list(data.get("provinces"), "provinces"):
        item = _object(raw, "province")
        code = _text(item.get("code"), "province code")
        if code not in PROVINCE_CODES:
            raise MunicipalityDataError(f"province code {code!r} is not PV20 .. PV31")
        provinces.append(Province(code, _text(item.get("name"), f"{code} name")))
    by_province = {p.code: p for p in provinces}
    municipalities = [
        _municipality(raw, by_province) for raw in _list(data.get("municipalities"), "list")
    ]
    codes = [m.code for m in municipalities]
    if len(set(codes)) != len(codes):
        raise MunicipalityDataError("a municipality code is listed twice")
    aliases = _object(data.get("aliases", {}), "aliases")
    for alias, code in aliases.items():
        if code not in codes:
            raise MunicipalityDataError(f"alias {alias!r}: unknown code {code!r}")
    result = Municipalities(
        version=_day(data.get("version"), "version"),
        first_day=_day(data.get("first_day"), "first_day"),
        provinces=provinces,
        municipalities=municipalities,
        reorganisations=[
            _reorganisation(raw) for raw in _list(data.get("reorganisations"), "reorganisations")
        ],
        aliases={_text(alias, "alias"): code for alias, code in aliases.items()},
    )
    _check(result)
    return result


def load_file(path: Path) -> Municipalities:
    """Read and check a reference file at *path*."""
    try:
        data = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError) as exc:
        raise MunicipalityDataError(f"{path.name}: cannot read: {exc}") from exc
    return parse(_object(data, path.name))


@cache
def shipped() -> Municipalities:
    """Return the reference file shipped in ``resources/reference`` (read once)."""
    entry = resources.files("resources") / "reference" / "municipalities.json"
    return parse(_object(json.loads(entry.read_text("utf-8")), "municipalities.json"))


def municipalities_on(day: date) -> list[Listing]:
    """Return the municipalities that exist on *day*, with that day's names."""
    return shipped().municipalities_on(day)


def province_of(code: str) -> Province | None:
    """Return the province of municipality *code*, or None for an unknown code."""
    return shipped().province_of(code)


def successor_on(code: str, day: date) -> str | None:
    """Return the code *code*'s figures roll up into on *day* (main successor for a split)."""
    return shipped().successor_on(code, day)


def successors_on(code: str, day: date) -> frozenset[str]:
    """Return every code holding part of *code*'s former territory on *day*."""
    return shipped().successors_on(code, day)


def code_for_name(name: str, on: date | None = None) -> str | None:
    """Return the code for a free-text municipality *name*, rolled up to *on* if given."""
    return shipped().code_for_name(name, on)
