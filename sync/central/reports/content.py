"""What an accountability report holds, and who may ask for one.

A report is built from the dashboard's views (:func:`sync.central.figures.views.build_view`)
for one *subject* (a municipality or a library organisation) and a period, for a viewer:

==============  ===================================================================
national        any municipality, any library organisation (the command line too)
municipality    its own municipality only
organisation    its own library organisation only
others          none (the public, executives and desks)
==============  ===================================================================

A refusal says the same thing whether the code exists or not (:data:`REFUSED`, 403), so a
report page never tells which codes exist. The period and the subject go through
:func:`sync.central.figures.params.parse`, the same as a page's filter.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Final

from sqlalchemy import Connection

from kiosk import municipalities
from kiosk.catalogue import CatalogueSet
from sync.central import organisations
from sync.central.accounts.roles import Role
from sync.central.accounts.scope import Visibility
from sync.central.branches import codes_rolling_into
from sync.central.figures import export, params, views
from sync.central.figures.views import Table

log = logging.getLogger(__name__)

REFUSED: Final = (
    "U kunt voor deze gemeente of organisatie geen verantwoording maken. Controleer de code, of "
    "log in met het account van die gemeente of bibliotheekorganisatie."
)
NO_PERIOD: Final = "Kies een jaar, een kwartaal of een reeks maanden voor de verantwoording."
#: The period parameters a report takes from a request (the subject is added by the report).
PERIOD_PARAMETERS: Final = ("jaar", "kwartaal", "van", "tot")
#: The report's sections: a dashboard view each, in the order a municipality reads them.
SECTIONS: Final = (
    ("opzet", "De IDO's en hun opzet"),
    ("overzicht", "Bezoeken en vragen per maand"),
    ("vragen", "Vragen per onderwerp en bestuurslaag"),
    ("hulp", "Geboden hulp en doorverwijzingen"),
    ("kanaal", "Kanaal en duur"),
    ("belastinghulp", "Belastinghulp"),
)


class SubjectKind(StrEnum):
    """What a report is about; the values are the filter's parameter names."""

    MUNICIPALITY = "gemeente"
    ORGANISATION = "organisatie"


@dataclass(frozen=True)
class Subject:
    """The municipality (CBS code) or library organisation (registry code) reported on."""

    kind: SubjectKind
    code: str


class ReportError(ValueError):
    """A report that cannot be made: ``status`` 400 (bad request) or 403 (refused)."""

    def __init__(self, status: int, message: str) -> None:
        """Refuse with HTTP *status* and the Dutch *message* for the person."""
        super().__init__(message)
        self.status = status
        self.message = message


@dataclass(frozen=True)
class Section:
    """One part of the report: a view's tables under a heading."""

    title: str
    tables: list[Table]
    notes: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Report:
    """A finished report, ready to be written as PDF or XLSX."""

    title: str
    subject: str  # "Gemeente Amsterdam (GM0363)"
    period: str  # "2026", "1e kwartaal 2026", ...
    generated: datetime
    through: datetime | None
    described: list[tuple[str, str]]  # the filter, as (label, value) lines
    method: list[tuple[str, str]]  # how it was counted, as (heading, text)
    sections: list[Section]
    file_stem: str  # "verantwoording-GM0363-2026"


def resolve(conn: Connection, subject: Subject, visibility: Visibility) -> tuple[Subject, str]:
    """*subject* with its code as stored and its name, if *visibility* may report on it.

    Raises :class:`ReportError` (403, :data:`REFUSED`) for a code that does not exist and for
    one outside the viewer's scope alike. A former municipality code means the municipality
    it went into.
    """
    role, scope = visibility.viewer.role, visibility.viewer.scope
    refused = ReportError(403, REFUSED)
    text = subject.code.strip()
    if subject.kind is SubjectKind.MUNICIPALITY:
        reference = municipalities.shipped()
        code = text.upper()
        today = reference.successor_on(code, visibility.day) if code in reference.by_code else None
        if today is None or role not in (Role.NATIONAL, Role.MUNICIPALITY):
            raise refused
        if role is Role.MUNICIPALITY and today != scope:
            raise refused
        found = reference.get(today)
        name = f"{found.name} ({today})" if found else today
        return Subject(subject.kind, today), name
    code = text.lower()
    if role not in (Role.NATIONAL, Role.ORGANISATION) or (
        role is Role.ORGANISATION and code != scope
    ):
        raise refused
    organisation = organisations.find(conn, code)
    if organisation is None:
        raise refused
    return Subject(subject.kind, organisation.code), f"{organisation.name} ({organisation.code})"


def _method(
    subject: Subject, name: str, visibility: Visibility, day: datetime | None
) -> list[tuple[str, str]]:
    lines = [
        (
            "Wat telt",
            "Elk bezoek dat een balie van het IDO registreerde en dat de centrale server "
            "ontving. Een ingetrokken bezoek (bijvoorbeeld dubbel ingevoerd) telt nergens mee; "
            "een gecorrigeerd bezoek telt één keer, met de antwoorden van de correctie.",
        ),
        (
            "Tijd",
            "Maand, dag en uur zijn de plaatselijke tijd van de balie op het moment van het "
            "bezoek, niet het moment waarop het de server bereikte. Een vraag om 23.30 uur op "
            "31 maart telt in maart.",
        ),
    ]
    if subject.kind is SubjectKind.MUNICIPALITY:
        reference = municipalities.shipped()
        former = sorted(codes_rolling_into(subject.code, visibility.day) - {subject.code})
        area = f"Alle vestigingen in de gemeente {name}."
        if former:
            names = ", ".join(
                f"{found.name} ({code})" if (found := reference.get(code)) else code
                for code in former
            )
            area += (
                " Vestigingen die zijn geregistreerd in een gemeente die later is opgegaan in "
                f"deze gemeente tellen mee, ook over de tijd daarvoor: {names}."
            )
    else:
        area = f"Alle vestigingen van {name}, waar ze ook liggen."
    lines.append(("Gebied", area))
    if visibility.min_count > 1:
        small = (
            f"Aantallen kleiner dan {visibility.min_count} zijn niet getoond (verborgen), en ook "
            "aantallen waaruit zo'n klein aantal af te leiden zou zijn."
        )
    else:
        small = (
            "Dit rapport toont alle aantallen, ook kleine. Deel het alleen met wie het voor de "
            "verantwoording nodig heeft."
        )
    lines.append(("Kleine aantallen", small))
    lines.append(
        (
            "Volledigheid",
            f"De cijfers bevatten alles wat de server ontving vóór {export.through_text(day)}. "
            "Wat balies later versturen (bijvoorbeeld na een storing) kan ze nog aanvullen.",
        )
    )
    return lines


def build_report(
    conn: Connection,
    subject: Subject,
    period: Mapping[str, Sequence[str]],
    visibility: Visibility,
    catalogues: CatalogueSet,
    now: datetime,
) -> Report:
    """The report on *subject* over *period* (``jaar``, ``kwartaal``, ``van``, ``tot``).

    Raises :class:`ReportError` for a subject the viewer may not report on (or that does not
    exist) and for a missing period, :class:`~sync.central.figures.params.FilterError` for a
    malformed one.
    """
    subject, name = resolve(conn, subject, visibility)
    label = f"Gemeente {name}" if subject.kind is SubjectKind.MUNICIPALITY else name
    query = {k: list(period.get(k, ())) for k in PERIOD_PARAMETERS}
    query[subject.kind.value] = [subject.code]
    f = params.parse(query, visibility, conn, catalogues)
    if f.first is None or f.last is None:
        raise ReportError(400, NO_PERIOD)
    sections: list[Section] = []
    through: datetime | None = None
    for slug, title in SECTIONS:
        try:
            view = views.build_view(conn, slug, f, visibility, catalogues)
        except KeyError:
            log.warning("The report's section %r has no dashboard view", slug)
            continue
        except params.FilterError as exc:
            sections.append(Section(title, [], [exc.message]))
            continue
        through = through or view.through
        sections.append(Section(title, list(view.tables), list(view.notes)))
    period_text = export.period_text(f.first, f.last)
    said = {"Periode", *(export.FILTER_LABELS[k] for k in ("municipalities", "organisations"))}
    described = [line for line in export.describe_filter(f) if line[0] not in said]
    return Report(
        title="Verantwoording Informatiepunt Digitale Overheid",
        subject=label,
        period=period_text,
        generated=now,
        through=through,
        described=described,
        method=_method(subject, name, visibility, through),
        sections=sections,
        file_stem=f"verantwoording-{subject.code}-{export.period_slug(f.first, f.last)}",
    )
