"""The Belastinghulp sheet: a season's bookings for the partner organisations, counts only.

Per ISO week of the slots' dates, per helper and per partner organisation: booked, attended,
no-show and cancelled, and the waiting list (signed up, and booked from it). Helpers and
organisations are named (volunteers and organisations, not citizens); a citizen's name or
phone number never reaches this sheet: :class:`~kiosk.overview.figures.SeasonFigures` holds
counts only.

A season goes into an export when one of its weeks touches the export's period
(:func:`touches`); the sheet then shows the whole season, as a partner reads it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import timedelta

from kiosk.overview.figures import SeasonFigures, StatusCounts
from kiosk.overview.periods import Period
from kiosk.report.summary import BLANK, HEADING, NOTE, ROW, TITLE, TOTAL, Line
from kiosk.report.words import ReportWords

_STATUSES = ("booked", "attended", "no_show", "cancelled", "total")


def touches(season: SeasonFigures, period: Period) -> bool:
    """Tell whether a week of *season* lies (partly) in *period*."""
    if not season.weeks:
        return False
    first, last = season.weeks[0].first, season.weeks[-1].first + timedelta(days=6)
    return first <= period.last and period.first <= last


def season_lines(season: SeasonFigures, words: ReportWords) -> Iterator[Line]:
    """Yield the sheet's lines for *season*: weeks, helpers, partners, the waiting list."""
    statuses = tuple(words.seasons(s) for s in _STATUSES)
    yield Line(TITLE, (words.seasons("title", year=season.year),))
    yield Line(NOTE, (words.seasons("note"),))
    yield Line(BLANK)
    yield Line(TITLE, (words.seasons("weeks"),))
    yield Line(HEADING, (words.seasons("week"), words.seasons("monday"), *statuses))
    for week in season.weeks:
        iso = week.first.isocalendar()
        yield Line(ROW, (f"{iso.year}-W{iso.week:02d}", week.first, *_counts(week.counts)))
    yield Line(TOTAL, ("", words.seasons("total"), *_sum(w.counts for w in season.weeks)))
    yield Line(BLANK)
    for key, named in (("helpers", season.helpers), ("partners", season.partners)):
        yield Line(TITLE, (words.seasons(key),))
        yield Line(HEADING, (words.seasons(key[:-1]), *statuses))
        for item in named:
            yield Line(ROW, (item.name, *_counts(item.counts)))
        yield Line(TOTAL, (words.seasons("total"), *_sum(n.counts for n in named)))
        yield Line(BLANK)
    yield Line(TITLE, (words.seasons("waiting"),))
    yield Line(ROW, (words.seasons("waiting_total"), season.waiting_total))
    yield Line(ROW, (words.seasons("waiting_served"), season.waiting_served))


def _counts(counts: StatusCounts) -> tuple[int, ...]:
    return (counts.booked, counts.attended, counts.no_show, counts.cancelled, counts.total)


def _sum(all_counts: Iterable[StatusCounts]) -> tuple[int, ...]:
    totals = [0] * len(_STATUSES)
    for counts in all_counts:
        for i, n in enumerate(_counts(counts)):
            totals[i] += n
    return tuple(totals)
