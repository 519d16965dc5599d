"""Applying an availability sheet (:mod:`kiosk.planning.availability`) to a season.

:func:`plan_availability` matches helpers and organisations by name (case and spacing
ignored) and checks every row against the season and what exists; :func:`apply_availability`
then creates the missing organisations and helpers and one template per row through
:class:`PlanningBackend` (the planning service). By default it is **all or nothing**: with any
problem (in the sheet or against the season and what exists) it raises
:class:`~kiosk.errors.InputError` before the first write. ``skip_errors=True`` applies the good
rows only and reports the skipped ones. A row whose template already exists unchanged is
skipped silently, so importing the same sheet twice (or again after an interrupted import)
creates nothing twice.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, fields
from typing import Final, Protocol

from kiosk.errors import InputError, Message, Problem
from kiosk.planning import codes
from kiosk.planning.availability import (
    AvailabilityRow,
    AvailabilitySheet,
    RowError,
    name_key,
    overlaps,
)
from kiosk.planning.records import Helper, Partner, Season, Template, TemplateInput
from kiosk.planning.sheet_cells import nl_date
from kiosk.planning.store import hhmm

#: The topics a helper created by an import gets: every purpose.
ALL_TOPICS: Final = tuple(c.code for c in codes.PURPOSES)
#: What makes two templates of one helper the same (the fields of a template but the helper).
_PATTERN: Final = tuple(f.name for f in fields(TemplateInput) if f.name != "helper_id")


class PlanningBackend(Protocol):
    """What applying an import needs of :class:`kiosk.planning.service.PlanningService`."""

    def seasons(self) -> list[Season]:
        """Every season."""
        ...

    def partners(self) -> list[Partner]:
        """Every partner organisation."""
        ...

    def helpers(self, include_inactive: bool = False) -> list[Helper]:
        """The helpers."""
        ...

    def templates(self, season_id: str) -> list[Template]:
        """The season's templates."""
        ...

    def save_partner(self, name: str, id: str | None = None) -> Partner:
        """Create (or rename) a partner organisation."""
        ...

    def save_helper(
        self,
        name: str,
        partner_id: str | None,
        topics: tuple[str, ...] | list[str],
        active: bool = True,
        id: str | None = None,
    ) -> Helper:
        """Create (or edit) a helper."""
        ...

    def save_template(
        self, season_id: str, template: TemplateInput, id: str | None = None
    ) -> Template:
        """Create (or edit) a template."""
        ...


@dataclass(frozen=True, slots=True)
class ImportPlan:
    """What applying a sheet would do, and every problem that stops a row."""

    season: Season
    rows: tuple[AvailabilityRow, ...]  # rows that would create a template
    unchanged: tuple[AvailabilityRow, ...]  # rows whose template already exists
    new_partners: tuple[str, ...]
    new_helpers: tuple[tuple[str, str], ...]  # (name, organisation or "")
    errors: tuple[RowError, ...]

    @property
    def ok(self) -> bool:
        """True when nothing is wrong: :func:`apply_availability` would apply every row."""
        return not self.errors

    def summary(self) -> Message:
        """Return the counts as ``planning.import.summary`` ("8 nieuwe roosterregels, ...").

        Parameters: ``templates``, ``helpers``, ``partners``, ``unchanged`` and
        ``error_rows`` (the rows with at least one problem).
        """
        return Message(
            "planning.import.summary",
            {
                "templates": len(self.rows),
                "helpers": len(self.new_helpers),
                "partners": len(self.new_partners),
                "unchanged": len(self.unchanged),
                "error_rows": len({e.row for e in self.errors}),
            },
        )


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What :func:`apply_availability` created; ``skipped`` are the rows left out."""

    templates: int
    helpers: int
    partners: int
    unchanged: int
    skipped: tuple[RowError, ...] = field(default=())


class _Matcher:
    """Finds the existing helper and organisation for a row's names."""

    def __init__(self, helpers: Sequence[Helper], partners: Sequence[Partner]) -> None:
        self.partners = {name_key(p.name): p for p in partners}
        self.helpers: dict[str, list[Helper]] = {}
        for helper in helpers:
            self.helpers.setdefault(name_key(helper.name), []).append(helper)

    def helper(self, row: AvailabilityRow) -> tuple[Helper | None, Problem | None]:
        """Return (existing helper or None for a new one, problem or None)."""
        found = self.helpers.get(name_key(row.helper_name), [])
        wanted = name_key(row.partner_name)
        if wanted and found:
            same = [h for h in found if name_key(h.partner_name) == wanted]
            if not same:
                # One organisation a line ("" for none): names are one line (clean_text).
                names = "\n".join(sorted({h.partner_name or "" for h in found}))
                return None, Problem(
                    "helper",
                    "planning.import.helper_other_partner",
                    {"helper": row.helper_name, "partners": names, "partner": row.partner_name},
                )
            found = same
        if len(found) > 1:
            return None, Problem(
                "helper", "planning.import.helper_ambiguous", {"helper": row.helper_name}
            )
        if found and not found[0].active:
            return None, Problem(
                "helper", "planning.import.helper_inactive", {"helper": found[0].name}
            )
        return (found[0] if found else None), None


def plan_availability(
    backend: PlanningBackend, season_id: str, sheet: AvailabilitySheet
) -> ImportPlan:
    """Check *sheet* against the season and what exists; return what applying would do."""
    return _plan(backend, season_id, sheet)[0]


def _plan(
    backend: PlanningBackend, season_id: str, sheet: AvailabilitySheet
) -> tuple[ImportPlan, _Matcher]:
    """:func:`plan_availability`, plus the matcher it used (applying reuses it)."""
    season = next((s for s in backend.seasons() if s.id == season_id), None)
    if season is None:
        raise InputError.single("season", "planning.gone.season")
    matcher = _Matcher(backend.helpers(include_inactive=True), backend.partners())
    templates = backend.templates(season_id)
    errors = list(sheet.errors)
    rows: list[AvailabilityRow] = []
    unchanged: list[AvailabilityRow] = []
    new_partners: dict[str, str] = {}
    new_helpers: dict[tuple[str, str], tuple[str, str]] = {}
    period = {"first": nl_date(season.starts_on), "last": nl_date(season.ends_on)}
    for row in sheet.rows:
        problems: list[Problem] = []
        for bound in sorted({b for b in (row.valid_from, row.valid_to) if b is not None}):
            if not season.starts_on <= bound <= season.ends_on:
                problems.append(
                    Problem(
                        "day",
                        "planning.import.outside_season",
                        {"day": nl_date(bound), **period},
                    )
                )
        helper, problem = matcher.helper(row)
        if problem:
            problems.append(problem)
        if helper is not None:
            own = [t for t in templates if t.helper_id == helper.id]
            if any(_same_pattern(t, row) for t in own):
                if not problems:
                    unchanged.append(row)
                continue
            clash = next((t for t in own if overlaps(t, row)), None)
            if clash is not None:
                problems.append(
                    Problem(
                        "helper",
                        "planning.import.overlaps_template",
                        {
                            "helper": helper.name,
                            "weekday": clash.weekday,
                            "starts": hhmm(clash.starts),
                            "ends": hhmm(clash.ends),
                        },
                    )
                )
        if problems:
            errors.extend(RowError.of(row.row, p) for p in problems)
            continue
        rows.append(row)
        if helper is None:
            partner = name_key(row.partner_name)
            new_helpers.setdefault(
                (name_key(row.helper_name), partner), (row.helper_name, row.partner_name)
            )
            if partner and partner not in matcher.partners:
                new_partners.setdefault(partner, row.partner_name)
    errors.sort(key=lambda e: e.row)
    plan = ImportPlan(
        season=season,
        rows=tuple(rows),
        unchanged=tuple(unchanged),
        new_partners=tuple(new_partners.values()),
        new_helpers=tuple(new_helpers.values()),
        errors=tuple(errors),
    )
    return plan, matcher


def _same_pattern(template: Template, row: AvailabilityRow) -> bool:
    """Whether *template* already is what *row* asks for (its helper aside)."""
    return all(getattr(template, name) == getattr(row, name) for name in _PATTERN)


def apply_availability(
    backend: PlanningBackend,
    season_id: str,
    sheet: AvailabilitySheet,
    *,
    skip_errors: bool = False,
    topics: Sequence[str] = ALL_TOPICS,
) -> ImportResult:
    """Create the organisations, helpers and templates *sheet* asks for in the season.

    All or nothing by default: with any problem, raise :class:`InputError` (one problem per
    problem of a row, ``planning.import.row``: "Rij 4: ...") before anything is written. With
    *skip_errors* apply the good rows and return the others in ``skipped``. New helpers get
    *topics* (every purpose by default; the library narrows them in the helper editor). Every
    service call is its own transaction: a storage failure halfway leaves the rows before it
    applied, and a second import of the same sheet then adds only the rest.
    """
    plan, matcher = _plan(backend, season_id, sheet)
    if plan.errors and not skip_errors:
        raise InputError(Problem("import", e.message.code, e.message.params) for e in plan.errors)
    partner_ids = {key: p.id for key, p in matcher.partners.items()}
    helper_ids: dict[tuple[str, str], str] = {}
    created_partners = created_helpers = 0
    for row in plan.rows:
        key = (name_key(row.helper_name), name_key(row.partner_name))
        helper_id = helper_ids.get(key)
        if helper_id is None:
            existing, _problem = matcher.helper(row)  # a planned row has no problem
            if existing is not None:
                helper_id = existing.id
            else:
                partner_id = partner_ids.get(key[1]) if key[1] else None
                if key[1] and partner_id is None:
                    partner_id = backend.save_partner(row.partner_name).id
                    partner_ids[key[1]] = partner_id
                    created_partners += 1
                helper_id = backend.save_helper(row.helper_name, partner_id, tuple(topics)).id
                created_helpers += 1
            helper_ids[key] = helper_id
        backend.save_template(season_id, row.template(helper_id))
    return ImportResult(
        templates=len(plan.rows),
        helpers=created_helpers,
        partners=created_partners,
        unchanged=len(plan.unchanged),
        skipped=plan.errors,
    )
