"""The choices of the dashboard's filter form, limited to what the viewer may see.

The form is one ``GET`` form (its fields are :mod:`sync.central.figures.params`' parameters),
so the filter lives in the address. Each field offers only values the viewer may choose: the
public and executives no organisations or branches, a municipality account its own
municipality and the branches in it, an organisation account its own branches. The size of
the service area (``grootte``) is offered to the public, national and organisation viewers:
the classes of :data:`sync.central.organisations.SIZES`. A value the
form does not offer is still refused by :func:`~sync.central.figures.params.parse` if it lies
outside the scope.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy import Connection

from kiosk import municipalities
from kiosk.catalogue import CatalogueSet
from sync.central import organisations as registry
from sync.central.accounts.roles import Role
from sync.central.accounts.scope import Level, Visibility
from sync.central.figures import queries, wording
from sync.central.figures.queries import Filter
from sync.central.tables import branch, library_organisation

Choice = tuple[str, str]  # (value, Dutch label)


@dataclass(frozen=True)
class Field:
    """One ``<select>`` of the form: its parameter, label, choices and what is chosen."""

    name: str
    label: str
    everything: str  # the first option's text: no choice
    choices: list[Choice]
    chosen: frozenset[str] = field(default_factory=frozenset)


@dataclass(frozen=True)
class Form:
    """The filter form: the selects in order, and the month range's two inputs."""

    fields: list[Field]
    first: str  # YYYY-MM or ""
    last: str

    def described(self) -> str:
        """The filter in words, for the page and its print: ``jaar: 2026; gemeente: Tilburg``."""
        parts = []
        for f in self.fields:
            labels = [label for value, label in f.choices if value in f.chosen]
            if labels:
                parts.append(f"{f.label.lower()}: {', '.join(labels)}")
            if f.name == "kwartaal":
                parts += [
                    f"{name} {_month_words(value)}"
                    for name, value in (("van", self.first), ("tot en met", self.last))
                    if value
                ]
        return "; ".join(parts) if parts else "alle cijfers"


def _options(catalogues: CatalogueSet, list_name: str) -> list[Choice]:
    catalogue = catalogues.current
    if list_name not in catalogue.lists:
        return []
    return [(o.code, o.nl) for o in catalogue.options(list_name)]


def _month_words(text: str) -> str:
    year, month = text.split("-")
    return wording.month_long(int(year) * 100 + int(month))


def _month_text(value: int | None) -> str:
    return "" if value is None else f"{value // 100:04d}-{value % 100:02d}"


def _period(f: Filter) -> tuple[str, str, str, str]:
    """(jaar, kwartaal, van, tot) as the form shows *f*'s months."""
    first, last = f.first, f.last
    if first is not None and last is not None and first // 100 == last // 100:
        year, start, end = str(first // 100), first % 100, last % 100
        if (start, end) == (1, 12):
            return year, "", "", ""
        if end == start + 2 and start % 3 == 1:
            return year, str(start // 3 + 1), "", ""
    return "", "", _month_text(first), _month_text(last)


def build_form(
    conn: Connection,
    f: Filter,
    visibility: Visibility,
    catalogues: CatalogueSet,
    query: Mapping[str, Sequence[str]],
) -> Form:
    """The form for *f* (the filter shown now) as *visibility*'s viewer may fill it in."""
    role, scope, day = visibility.viewer.role, visibility.viewer.scope, visibility.day
    year, quarter, first, last = _period(f)
    start = queries.first_month(conn)
    years = range(day.year, (start // 100 if start else day.year) - 1, -1)
    fields = [
        Field("jaar", "Jaar", "Alle jaren", [(str(y), str(y)) for y in years], frozenset({year})),
        Field(
            "kwartaal",
            "Kwartaal",
            "Het hele jaar",
            [(str(q), f"{q}e kwartaal") for q in range(1, 5)],
            frozenset({quarter}),
        ),
    ]
    reference = municipalities.shipped()
    if Level.PROVINCE in visibility.levels:
        provinces = sorted(reference.provinces.values(), key=lambda p: p.name)
        choices = [(p.code, p.name) for p in provinces]
        fields.append(Field("provincie", "Provincie", "Alle provincies", choices, f.provinces))
    if Level.MUNICIPALITY in visibility.levels:
        listed = reference.municipalities_on(day)
        if role is Role.MUNICIPALITY:
            listed = [m for m in listed if m.code == scope]
        choices = [(m.code, m.name) for m in sorted(listed, key=lambda m: m.name)]
        everything = "Alle gemeenten" if role is not Role.MUNICIPALITY else "Hele gemeente"
        fields.append(Field("gemeente", "Gemeente", everything, choices, f.municipalities))
    if role in (Role.NATIONAL, Role.ORGANISATION):
        query_ = sa.select(library_organisation.c.code, library_organisation.c.name)
        if role is Role.ORGANISATION:
            query_ = query_.where(library_organisation.c.code == scope)
        choices = [
            (r.code, r.name) for r in conn.execute(query_.order_by(library_organisation.c.name))
        ]
        fields.append(
            Field(
                "organisatie",
                "Bibliotheekorganisatie",
                "Alle organisaties",
                choices,
                f.organisations,
            )
        )
    if visibility.viewer.is_public or role in (Role.NATIONAL, Role.ORGANISATION):
        sizes = [(size.code, size.label) for size in registry.SIZES]
        fields.append(Field("grootte", "Grootte werkgebied", "Alle groottes", sizes, f.sizes))
    if Level.BRANCH in visibility.levels and not visibility.viewer.is_public:
        rows = conn.execute(
            sa.select(branch.c.id, branch.c.name)
            .where(visibility.branch_clause())
            .order_by(branch.c.name)
        )
        choices = [(r.id, r.name) for r in rows]
        fields.append(Field("vestiging", "Vestiging", "Alle vestigingen", choices, f.branches))
    fields.append(
        Field("kanaal", "Kanaal", "Alle kanalen", _options(catalogues, "channel"), f.channels)
    )
    forms: frozenset[str] = getattr(f, "forms", frozenset())
    fields.append(Field("vorm", "IDO-vorm", "Alle vormen", _options(catalogues, "ido_form"), forms))
    inside = getattr(f, "inside", None)
    place = frozenset() if inside is None else frozenset({"binnen" if inside else "buiten"})
    places = [("binnen", "In de bibliotheek"), ("buiten", "Buiten de bibliotheek")]
    fields.append(Field("plek", "Plek van het IDO", "Binnen en buiten", places, place))
    if role is not Role.EXECUTIVE:
        layers = frozenset(v for v in query.get("laag", ()) if v)
        fields.append(
            Field(
                "laag", "Bestuurslaag", "Alle bestuurslagen", _options(catalogues, "layer"), layers
            )
        )
        asked = f.asked if not layers else frozenset(v for v in query.get("instantie", ()) if v)
        fields.append(
            Field(
                "instantie",
                "Instantie",
                "Alle instanties",
                _options(catalogues, "organisation"),
                asked,
            )
        )
    return Form(fields, first, last)


def through_text(moment: datetime | None) -> str:
    """The line saying up to when the figures run (Dutch local time)."""
    if moment is not None:
        return f"Cijfers bijgewerkt tot {wording.moment(moment)}."
    return "De cijfers zijn nog niet berekend."
