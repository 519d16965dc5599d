"""The dashboard's filter in the address bar: parse a query string, and write one back.

Every view's address carries its filter (``/dashboard/vragen?jaar=2026&gemeente=GM0363``), so a
link shows the same figures and the browser's Back button goes to the previous choice.
:func:`parse` reads the Dutch parameters into a :class:`~sync.central.figures.queries.Filter`
and checks every value against the viewer's scope; :func:`to_query` writes a filter back in
one canonical order (the download links and the navigation use it).

==============  =========================================================================
parameter       value
==============  =========================================================================
jaar            a year (2026); with ``kwartaal`` (1-4) one quarter of it
van, tot        a month range ``YYYY-MM`` (either end may be left open); not with ``jaar``
provincie       a province code (``PV27``)
gemeente        a CBS code (``GM0363``); a former code means the municipality it went into
organisatie     a code of the library organisation registry
grootte         a size class of the service area (``tot-30000``, ``30000-60000``,
                ``60000-100000``, ``vanaf-100000``): the organisations whose stated
                inhabitants lie in it (:data:`sync.central.organisations.SIZES`)
vestiging       a branch id
kanaal          a channel code of the catalogue (``in_person``)
vorm            an IDO form code of the catalogue (``basis``)
plek            ``binnen`` or ``buiten`` (the IDO inside or outside the library)
laag            a government layer (``rijk``): the questions about its organisations
instantie       an organisation code of the question catalogue (``belastingdienst``)
==============  =========================================================================

A parameter may repeat (``kanaal=phone&kanaal=online``: either); an empty value is no choice.
Unknown parameter names are ignored. A malformed or unknown value is refused with
:class:`FilterError` 400, naming the field; a value outside the viewer's scope (another
organisation's branch, a municipality outside a municipality account's area, any branch for
the public) with 403 and one fixed message, whatever the value, so a refusal never tells
whether a code exists.

``grootte`` may be chosen by whoever may choose an organisation (national and organisation
accounts) and by the public: it only narrows which organisations' branches an aggregate
counts, and the public's small counts stay hidden as ever. A municipality or executive
account is refused with 403, like for ``organisatie``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import fields
from typing import Any
from urllib.parse import urlencode

import sqlalchemy as sa
from sqlalchemy import Connection

from kiosk import municipalities
from kiosk.catalogue import CatalogueSet
from sync.central import organisations as registry
from sync.central.accounts.roles import Role
from sync.central.accounts.scope import Level, Visibility
from sync.central.figures.queries import Filter
from sync.central.tables import branch, library_organisation

OUTSIDE = "Deze keuze valt buiten de cijfers die u mag bekijken. Kies een andere waarde."
MAX_VALUES = 50  # per parameter: a form never sends more; a longer list is tampering
FIRST_YEAR, LAST_YEAR = 2000, 2100
_MONTH = re.compile(r"(\d{4})-(\d{2})")
_YEAR = re.compile(r"\d{4}")
_CODE = re.compile(r"[A-Za-z0-9_.\-]{1,64}")

#: The parameters in canonical order, with the Dutch name a refusal uses.
NAMES: dict[str, str] = {
    "jaar": "jaar",
    "kwartaal": "kwartaal",
    "van": "van (maand)",
    "tot": "tot en met (maand)",
    "provincie": "provincie",
    "gemeente": "gemeente",
    "organisatie": "bibliotheekorganisatie",
    "grootte": "grootte werkgebied",
    "vestiging": "vestiging",
    "kanaal": "kanaal",
    "vorm": "IDO-vorm",
    "plek": "plek van het IDO",
    "laag": "bestuurslaag",
    "instantie": "instantie",
}
PLACES = {"binnen": True, "buiten": False}


class FilterError(ValueError):
    """A filter the dashboard refuses: ``status`` 400 (bad value) or 403 (outside scope).

    ``message`` is Dutch, for the person; it never says whether a code outside the scope
    exists.
    """

    def __init__(self, status: int, message: str) -> None:
        """Refuse with HTTP *status* and the Dutch *message*."""
        super().__init__(message)
        self.status = status
        self.message = message


def _bad(name: str, hint: str) -> FilterError:
    return FilterError(400, f"De keuze voor ‘{NAMES[name]}’ klopt niet: {hint}")


def _outside() -> FilterError:
    return FilterError(403, OUTSIDE)


def _values(query: Mapping[str, Sequence[str]], name: str) -> list[str]:
    raw = query.get(name, ())
    if isinstance(raw, str):
        raw = [raw]
    values = [v.strip() for v in raw if v is not None and v.strip()]
    if len(values) > MAX_VALUES:
        raise _bad(name, f"kies er hoogstens {MAX_VALUES}.")
    return list(dict.fromkeys(values))


def _single(query: Mapping[str, Sequence[str]], name: str) -> str | None:
    values = _values(query, name)
    if len(values) > 1:
        raise _bad(name, "kies één waarde.")
    return values[0] if values else None


def _month(query: Mapping[str, Sequence[str]], name: str) -> int | None:
    text = _single(query, name)
    if text is None:
        return None
    found = _MONTH.fullmatch(text)
    if found is None or not 1 <= int(found[2]) <= 12:
        raise _bad(name, "geef een maand als jjjj-mm, bijvoorbeeld 2026-03.")
    year = int(found[1])
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise _bad(name, f"kies een jaar van {FIRST_YEAR} tot en met {LAST_YEAR}.")
    return year * 100 + int(found[2])


def _period(query: Mapping[str, Sequence[str]]) -> tuple[int | None, int | None]:
    year_text = _single(query, "jaar")
    quarter_text = _single(query, "kwartaal")
    first, last = _month(query, "van"), _month(query, "tot")
    if year_text is None:
        if quarter_text is not None:
            raise _bad("kwartaal", "kies ook een jaar.")
        if first is not None and last is not None and first > last:
            raise _bad("tot", "de laatste maand ligt voor de eerste.")
        return first, last
    if first is not None or last is not None:
        raise _bad("jaar", "kies een jaar of een reeks maanden, niet allebei.")
    if _YEAR.fullmatch(year_text) is None or not FIRST_YEAR <= int(year_text) <= LAST_YEAR:
        raise _bad("jaar", f"kies een jaar van {FIRST_YEAR} tot en met {LAST_YEAR}.")
    year = int(year_text)
    if quarter_text is None:
        return year * 100 + 1, year * 100 + 12
    if quarter_text not in ("1", "2", "3", "4"):
        raise _bad("kwartaal", "kies 1, 2, 3 of 4.")
    quarter = int(quarter_text)
    return year * 100 + 3 * quarter - 2, year * 100 + 3 * quarter


def _catalogue_codes(catalogues: CatalogueSet, list_name: str) -> frozenset[str]:
    return frozenset(
        option.code
        for catalogue in catalogues
        if list_name in catalogue.lists
        for option in catalogue.options(list_name, include_retired=True)
    )


def _codes(
    query: Mapping[str, Sequence[str]],
    name: str,
    known: Iterable[str],
    hint: str,
    normalise: Callable[[str], str] = str,
) -> frozenset[str]:
    allowed = frozenset(known)
    picked = set()
    for value in _values(query, name):
        code = normalise(value)
        if code not in allowed:
            raise _bad(name, hint)
        picked.add(code)
    return frozenset(picked)


def _provinces(query: Mapping[str, Sequence[str]], visibility: Visibility) -> frozenset[str]:
    values = _values(query, "provincie")
    if values and Level.PROVINCE not in visibility.levels:
        raise _outside()
    known = municipalities.shipped().provinces
    return _codes(query, "provincie", known, "gebruik een provinciecode zoals PV27.", str.upper)


def _municipalities(query: Mapping[str, Sequence[str]], visibility: Visibility) -> frozenset[str]:
    reference = municipalities.shipped()
    picked: set[str] = set()
    for value in _values(query, "gemeente"):
        code = value.upper()
        today = reference.successor_on(code, visibility.day) if code in reference.by_code else None
        if today is None:
            raise _bad("gemeente", "gebruik een CBS-code zoals GM0363.")
        if not visibility.may_see_municipality(today):
            raise _outside()
        picked.add(today)
    return frozenset(picked)


def _organisations(
    query: Mapping[str, Sequence[str]], visibility: Visibility, conn: Connection
) -> frozenset[str]:
    values = [v.lower() for v in _values(query, "organisatie")]
    if not values:
        return frozenset()
    role, scope = visibility.viewer.role, visibility.viewer.scope
    if role is Role.ORGANISATION:
        if any(v != scope for v in values):
            raise _outside()
        return frozenset(values)
    if role is not Role.NATIONAL:
        raise _outside()
    if any(_CODE.fullmatch(v) is None for v in values):
        raise _bad("organisatie", "kies een organisatie uit de lijst.")
    known = set(
        conn.execute(
            sa.select(library_organisation.c.code).where(library_organisation.c.code.in_(values))
        ).scalars()
    )
    if set(values) - known:
        raise _bad("organisatie", "kies een organisatie uit de lijst.")
    return frozenset(values)


def _sizes(query: Mapping[str, Sequence[str]], visibility: Visibility) -> frozenset[str]:
    values = _values(query, "grootte")
    if not values:
        return frozenset()
    viewer = visibility.viewer
    if not (viewer.is_public or viewer.role in (Role.NATIONAL, Role.ORGANISATION)):
        raise _outside()
    known = [size.code for size in registry.SIZES]
    hint = f"kies een grootte uit de lijst ({', '.join(known)})."
    return _codes(query, "grootte", known, hint, str.lower)


def _branches(
    query: Mapping[str, Sequence[str]], visibility: Visibility, conn: Connection
) -> frozenset[str]:
    values = _values(query, "vestiging")
    if not values:
        return frozenset()
    if Level.BRANCH not in visibility.levels:
        raise _outside()
    national = visibility.viewer.role is Role.NATIONAL
    rows = {
        row.id: row
        for row in conn.execute(
            sa.select(branch.c.id, branch.c.organisation_code, branch.c.municipality_code).where(
                branch.c.id.in_(values)
            )
        )
    }
    for value in values:
        row = rows.get(value)
        if row is None:
            if national:
                raise _bad("vestiging", "kies een vestiging uit de lijst.")
            raise _outside()
        if not visibility.may_see_branch(
            organisation_code=row.organisation_code,
            municipality_code=row.municipality_code,
            branch_id=row.id,
        ):
            raise _outside()
    return frozenset(values)


def _asked(
    query: Mapping[str, Sequence[str]], visibility: Visibility, catalogues: CatalogueSet
) -> frozenset[str]:
    """The organisation codes questions are about: ``instantie`` and ``laag`` together."""
    known = _catalogue_codes(catalogues, "organisation")
    hint = "kies een instantie uit de lijst."
    asked = _codes(query, "instantie", known, hint, str.lower)
    for code in asked:
        if not visibility.may_see_organisation_code(code):
            raise _outside()
    layers = _codes(
        query,
        "laag",
        _catalogue_codes(catalogues, "layer"),
        "kies een bestuurslaag uit de lijst.",
        str.lower,
    )
    if layers:
        version = catalogues.current.version
        of_layers = frozenset(c for c in known if catalogues.layer(version, c) in layers)
        asked = (asked & of_layers) if asked else of_layers
        if not asked:
            raise _bad("laag", "geen van de gekozen instanties hoort bij deze bestuurslaag.")
    if visibility.viewer.role is Role.EXECUTIVE:
        own = frozenset({visibility.viewer.scope or ""})
        if asked and not asked <= own:
            raise _outside() if not layers else _bad("laag", "uw instantie hoort er niet bij.")
        asked = own
    return asked


def parse(
    query: Mapping[str, Sequence[str]],
    visibility: Visibility,
    conn: Connection,
    catalogues: CatalogueSet,
) -> Filter:
    """The filter the *query* (a multi-dict of the address's parameters) asks for.

    Raises :class:`FilterError`: 400 for a malformed or unknown value (naming the field),
    403 for a value outside what *visibility* allows.
    """
    first, last = _period(query)
    values: dict[str, Any] = {
        "first": first,
        "last": last,
        "provinces": _provinces(query, visibility),
        "municipalities": _municipalities(query, visibility),
        "organisations": _organisations(query, visibility, conn),
        "sizes": _sizes(query, visibility),
        "branches": _branches(query, visibility, conn),
        "channels": _codes(
            query,
            "kanaal",
            _catalogue_codes(catalogues, "channel"),
            "kies een kanaal uit de lijst.",
        ),
        "asked": _asked(query, visibility, catalogues),
    }
    forms = _codes(
        query, "vorm", _catalogue_codes(catalogues, "ido_form"), "kies een IDO-vorm uit de lijst."
    )
    place = _single(query, "plek")
    if place is not None and place.lower() not in PLACES:
        raise _bad("plek", "kies binnen of buiten de bibliotheek.")
    supported = {f.name for f in fields(Filter)}
    if "forms" in supported:
        values["forms"] = forms
    if "inside" in supported:
        values["inside"] = None if place is None else PLACES[place.lower()]
    if "day" in supported:
        values["day"] = visibility.day
    return Filter(**values)


def _period_pairs(f: Filter) -> list[tuple[str, str]]:
    first, last = f.first, f.last
    if first is not None and last is not None and first // 100 == last // 100:
        year, start, end = first // 100, first % 100, last % 100
        if (start, end) == (1, 12):
            return [("jaar", str(year))]
        if end == start + 2 and start % 3 == 1:
            return [("jaar", str(year)), ("kwartaal", str(start // 3 + 1))]
    pairs = []
    if first is not None:
        pairs.append(("van", f"{first // 100:04d}-{first % 100:02d}"))
    if last is not None:
        pairs.append(("tot", f"{last // 100:04d}-{last % 100:02d}"))
    return pairs


def to_query(f: Filter) -> str:
    """*f* as a query string (no leading ``?``), in one canonical order; empty for no filter.

    A government layer was turned into its organisations by :func:`parse`, so it comes back
    as ``instantie`` values.
    """
    pairs = _period_pairs(f)
    sizes = [size.code for size in registry.SIZES if size.code in f.sizes]  # smallest first
    lists: tuple[tuple[str, Sequence[str]], ...] = (
        ("provincie", sorted(f.provinces)),
        ("gemeente", sorted(f.municipalities)),
        ("organisatie", sorted(f.organisations)),
        ("grootte", sizes),
        ("vestiging", sorted(f.branches)),
        ("kanaal", sorted(f.channels)),
        ("vorm", sorted(getattr(f, "forms", frozenset()))),
    )
    for name, codes in lists:
        pairs += [(name, code) for code in codes]
    inside = getattr(f, "inside", None)
    if inside is not None:
        pairs.append(("plek", "binnen" if inside else "buiten"))
    pairs += [("instantie", code) for code in sorted(f.asked)]
    return urlencode(pairs)
