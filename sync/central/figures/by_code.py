"""One branch's figures in codes, for its desks (``GET /v1/branch-figures``).

The dashboard's views (:mod:`~sync.central.figures.views`) answer in the viewer's words:
catalogue labels, ``jan 2026``, weekday names. A desk shows the figures in its own language,
so it needs the codes the figures are kept in. :func:`branch_figures` reads the same
``fig_*`` tables through the same queries (:mod:`~sync.central.figures.queries`) as the
views, for one branch and a :class:`~sync.central.figures.queries.Filter`, and keeps the
codes. Nothing is hidden: a desk sees its own branch in full, as on ``/v1/figures``.

Every list leaves out zeros. Lists of :class:`CodeCount` run largest first, then by code;
``kinds``, ``topics``, ``organisations``, ``help`` and ``referral`` count questions (a
question with two kinds of help counts under both), ``channel``, ``duration`` and ``source``
(``live``, ``tally``, ``correction``: how the counted visit was written) count visits.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from pydantic import BaseModel, Field
from sqlalchemy import Connection

from sync.central.figures import queries
from sync.central.figures.queries import Filter
from sync.central.tables import branch


class CodeCount(BaseModel):
    """How many visits or questions carry a catalogue code."""

    code: str
    count: int = Field(ge=0)


class MonthCount(BaseModel):
    """The visits and questions of one local month."""

    month: str = Field(pattern=r"^\d{4}-\d{2}$", description="YYYY-MM")
    visits: int = Field(ge=0)
    questions: int = Field(ge=0)


class HourCount(BaseModel):
    """The visits of one local weekday and hour."""

    weekday: int = Field(ge=1, le=7, description="ISO weekday, 1 (Monday) to 7")
    hour: int = Field(ge=0, le=23, description="Local hour of the visit")
    visits: int = Field(ge=0)


class BranchFiguresView(BaseModel):
    """A desk's own branch's figures in codes: lists without zeros, largest first."""

    branch: str = Field(description="The desk's branch id")
    through: datetime | None = Field(description="Up to when the figures run (ISO 8601)")
    filter: str = Field(description="The filter as a canonical query string (no '?')")
    months: list[MonthCount] = Field(description="Months with visits, in order")
    kinds: list[CodeCount] = Field(description="Questions per kind")
    topics: list[CodeCount] = Field(description="Questions per topic")
    organisations: list[CodeCount] = Field(description="Questions per organisation")
    help: list[CodeCount] = Field(description="Questions per kind of help given")
    referral: list[CodeCount] = Field(description="Questions per referral")
    channel: list[CodeCount] = Field(description="Visits per channel")
    duration: list[CodeCount] = Field(description="Visits per duration")
    source: list[CodeCount] = Field(description="Visits per source: live, tally, correction")
    hours: list[HourCount] = Field(description="Visits per local weekday and hour")


def _counts(rows: Iterable[Any], key: str, count: str) -> list[CodeCount]:
    found = [(str(getattr(r, key)), int(getattr(r, count))) for r in rows]
    found.sort(key=lambda pair: (-pair[1], pair[0]))
    return [CodeCount(code=code, count=n) for code, n in found if n]


def branch_figures(conn: Connection, branch_id: str, f: Filter, query: str) -> BranchFiguresView:
    """The figures of branch *branch_id* under filter *f* (written as *query*), in codes."""
    within = branch.c.id == branch_id

    def asked(dimension: str) -> list[CodeCount]:
        rows = queries.questions_by(conn, f, dimension, within=within)
        return _counts(rows, dimension, "questions")

    def visits(dimension: str) -> list[CodeCount]:
        return _counts(queries.visits_by(conn, f, dimension, within=within), dimension, "visits")

    return BranchFiguresView(
        branch=branch_id,
        through=queries.through(conn),
        filter=query,
        months=[
            MonthCount(
                month=f"{int(r.month) // 100:04d}-{int(r.month) % 100:02d}",
                visits=int(r.visits),
                questions=int(r.questions),
            )
            for r in queries.months(conn, f, within)
            if r.visits or r.questions
        ],
        kinds=asked("kind"),
        topics=asked("topic"),
        organisations=asked("organisation"),
        help=_counts(queries.help_given(conn, f, within=within), "help", "questions"),
        referral=_counts(queries.referrals(conn, f, within=within), "referral", "questions"),
        channel=visits("channel"),
        duration=visits("duration"),
        source=visits("source"),
        hours=[
            HourCount(weekday=int(r.weekday), hour=int(r.hour), visits=int(r.visits))
            for r in queries.week(conn, f, within)
            if r.visits
        ],
    )
