"""The view "Bezoekers aan het woord": the visitors' own answers to the survey at the desk.

Counts straight from the stored responses (``survey_response``, ``survey_answer``;
:mod:`sync.central.surveys`): per question of the survey, how many responses gave each
answer and how many skipped it, and how many responses came in per year. The filter's months
pick the responses' local dates, its places, organisations and branches the branches
(:func:`~sync.central.figures.queries.branch_ids`); its channels, IDO forms and the
organisations asked about do not apply to a visitor's answers. Questions and answers are
worded as in the newest survey version that has them (Dutch); every table goes through
:func:`~sync.central.figures.tablekit.table`, so small counts are hidden for the public.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable
from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlalchemy.sql.elements import ColumnElement

from kiosk.survey.definition import SurveySet
from sync.central.figures import wording
from sync.central.figures.queries import Filter, branch_ids
from sync.central.figures.tablekit import NONE_SHOWN, Context, chart, table, top_summary
from sync.central.figures.views import Column, Table
from sync.central.tables import survey_answer, survey_response

SKIPPED = "Niet beantwoord"
Summary = Callable[[list[tuple[Any, ...]], bool], str]
n = wording.number


def _where(f: Filter, within: ColumnElement[bool] | None) -> list[ColumnElement[bool]]:
    """The responses *f* and *within* pick: their local dates and their branches."""
    where: list[ColumnElement[bool]] = []
    if f.first is not None:
        where.append(survey_response.c.day >= date(f.first // 100, f.first % 100, 1))
    if f.last is not None:
        year, month = divmod(f.last, 100)
        end = date(year, month, calendar.monthrange(year, month)[1])
        where.append(survey_response.c.day <= end)
    ids = branch_ids(f, within)
    if ids is not None:
        where.append(survey_response.c.branch_id.in_(ids.scalar_subquery()))
    return where


def counts(ctx: Context) -> tuple[dict[int, int], dict[tuple[str, str], int]]:
    """Responses per year, and answers per (question, choice), of the responses picked."""
    where = _where(ctx.f, ctx.within)
    year = sa.extract("year", survey_response.c.day)
    per_year = {
        int(y): int(c)
        for y, c in ctx.conn.execute(
            sa.select(year, sa.func.count()).where(*where).group_by(year)
        ).all()
    }
    answered = ctx.conn.execute(
        sa.select(survey_answer.c.question, survey_answer.c.choice, sa.func.count())
        .join(survey_response, survey_response.c.id == survey_answer.c.response_id)
        .where(*where)
        .group_by(survey_answer.c.question, survey_answer.c.choice)
    ).all()
    return per_year, {(str(q), str(c)): int(k) for q, c, k in answered}


def _wording(surveys: SurveySet) -> dict[str, tuple[str, list[tuple[str, str]]]]:
    """Per question code: its Dutch text and its (choice code, Dutch label), newest first wins."""
    found: dict[str, tuple[str, list[tuple[str, str]]]] = {}
    for survey in reversed(list(surveys)):
        for question in survey.questions:
            _text, choices = found.setdefault(question.code, (question.text["nl"], []))
            known = {code for code, _ in choices}
            choices += [(c.code, c.label["nl"]) for c in question.choices if c.code not in known]
    return found


def bezoekers(ctx: Context) -> list[Table]:
    """Responses per year, then one table per question: each answer, and how many skipped."""
    from sync.central.surveys import installed

    per_year, answered = counts(ctx)
    total = sum(per_year.values())
    tables = [_years(ctx, per_year)]
    for code, (text, choices) in _wording(installed().surveys).items():
        rows: list[tuple[Any, ...]] = [
            (label, answered.get((code, choice), 0)) for choice, label in choices
        ]
        given = sum(answered.get((code, choice), 0) for choice, _ in choices)
        if total:
            rows.append((SKIPPED, total - given))
        cols = (Column("antwoord", "Antwoord"), Column("reacties", "Reacties", "count"))
        spec = chart("bar", "antwoord", "reacties", x_title="Antwoord", y_title="Reacties")
        summary = _answered(top_summary("bezoekers", "antwoordden"))
        tables.append(table(ctx, f"vraag-{code}", text, cols, rows if total else [], summary, spec))
    return tables


def _answered(summarise: Summary) -> Summary:
    """*summarise* over the answers only: the most given answer is never "not answered"."""
    return lambda rows, hidden: summarise([r for r in rows if r[0] != SKIPPED], hidden)


def _years(ctx: Context, per_year: dict[int, int]) -> Table:
    rows: list[tuple[Any, ...]] = [(str(y), per_year[y]) for y in sorted(per_year)]
    cols = (Column("jaar", "Jaar"), Column("reacties", "Reacties", "count"))

    def summarise(rows: list[tuple[Any, ...]], hidden: bool) -> str:
        counted = [r[1] for r in rows if r[1] is not None]
        if not counted:
            return NONE_SHOWN
        more = " (en enkele die te weinig zijn om te tonen)" if hidden else ""
        return f"{n(sum(counted))} bezoekers vulden de vragenlijst in{more}."

    spec = chart("bar", "jaar", "reacties", x_title="Jaar", y_title="Reacties")
    return table(ctx, "reacties", "Ingevulde vragenlijsten per jaar", cols, rows, summarise, spec)
