"""The Overzicht's charts: each a Vega-Lite chart, its table and a one-line summary, in words.

:func:`desk_charts` makes the charts of a :class:`~kiosk.overview.figures.DeskFigures` (visits
and questions over time, the code lists, the weekday x hour grid, how visits were entered);
:func:`season_charts` those of a Belastinghulp season. The drawings come from the dashboard's
builders (:mod:`kiosk.charts`: colour-blind-safe, a number on every bar); the table holds the
same numbers (the accessible form of the chart) and the summary says the gist in one line.
Codes become catalogue labels in the current language; nothing here draws or reads data.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from kiosk import charts as builders
from ui.marks import QT_TRANSLATE_NOOP
from ui.overview import texts
from ui.overview.texts import tr, translate
from ui.planning.texts import status_word

if TYPE_CHECKING:
    from kiosk.overview.figures import DeskFigures, SeasonFigures, StatusCounts, Tally

#: A catalogue label in the current language: ``label(list_name, code)``.
Labeller = Callable[[str, str], str]
Cell = str | int
_STATUSES = ("booked", "attended", "no_show", "cancelled")
#: The charts of the code lists: (figures field, catalogue list, title, category, per visit).
_LISTS = (
    ("topics", "topic", QT_TRANSLATE_NOOP("Overview", "Onderwerpen"),
     QT_TRANSLATE_NOOP("Overview", "Onderwerp"), False),
    ("organisations", "organisation", QT_TRANSLATE_NOOP("Overview", "Organisaties"),
     QT_TRANSLATE_NOOP("Overview", "Organisatie"), False),
    ("kinds", "kind", QT_TRANSLATE_NOOP("Overview", "Soort vraag"),
     QT_TRANSLATE_NOOP("Overview", "Soort"), False),
    ("help", "help", QT_TRANSLATE_NOOP("Overview", "Geboden hulp"),
     QT_TRANSLATE_NOOP("Overview", "Hulp"), False),
    ("referral", "referral", QT_TRANSLATE_NOOP("Overview", "Doorverwezen naar"),
     QT_TRANSLATE_NOOP("Overview", "Doorverwezen naar"), False),
    ("channel", "channel", QT_TRANSLATE_NOOP("Overview", "Kanaal"),
     QT_TRANSLATE_NOOP("Overview", "Kanaal"), True),
    ("duration", "duration", QT_TRANSLATE_NOOP("Overview", "Duur"),
     QT_TRANSLATE_NOOP("Overview", "Duur"), True),
    ("entry", "", QT_TRANSLATE_NOOP("Overview", "Hoe ingevoerd"),
     QT_TRANSLATE_NOOP("Overview", "Invoer"), True),
)  # fmt: skip


@dataclass(frozen=True)
class Chart:
    """One chart of the page: its drawing, its numbers as a table and a summary in words.

    Attributes:
        key: stable name of the chart (``topics``), kept across periods and languages.
        title: the chart's name in the list and above it.
        summary: one line in words and numbers (the chart's accessible description).
        headings: the table's column headings.
        rows: the table's rows (words and whole numbers).
        spec: the Vega-Lite specification with its data (:func:`kiosk.charts.with_data`).
    """

    key: str
    title: str
    summary: str
    headings: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    spec: dict[str, Any] = field(compare=False)

    @property
    def empty(self) -> bool:
        """Return True when there is nothing to draw (no rows, or only zeros)."""
        return not any(isinstance(c, int) and c for row in self.rows for c in row)


def top_rows(rows: Sequence[tuple[Cell, ...]]) -> str:
    """Return "DigiD (34), Toeslagen (20) en Paspoort (12)": the first three rows."""
    items = [f"{row[0]} ({texts.number(int(row[1]))})" for row in rows[:3]]
    if len(items) < 2:
        return "".join(items)
    return translate("Overview", "{first} en {last}").format(
        first=", ".join(items[:-1]), last=items[-1]
    )


def _tally_chart(
    key: str,
    title: str,
    tallies: Sequence[Tally],
    name: Callable[[str], str],
    *,
    category: str,
    counted: str,
) -> Chart:
    """Horizontal bars, largest first: one per code, labelled by *name*."""
    rows = tuple((name(t.code), t.count) for t in tallies)
    spec = builders.bar("label", "count", x_title=category, y_title=counted)
    records = [{"label": label, "count": count} for label, count in rows]
    if rows:
        summary = translate("Overview", "{title}: het meest {top}.").format(
            title=title, top=top_rows(rows)
        )
    else:
        summary = translate("Overview", "{title}: niets in deze periode.").format(title=title)
    return Chart(key, title, summary, (category, counted), rows, builders.with_data(spec, records))


def _axis(bucket: str) -> str:
    """Return the name of the time axis for *bucket*: "Dag", "Week" or "Maand"."""
    return {"day": translate("Overview", "Dag"), "week": translate("Overview", "Week")}.get(
        bucket, translate("Overview", "Maand")
    )


def time_titles() -> list[str]:
    """Return every title the chart over time can have (per day, week or month)."""
    return [_time_title(_axis(bucket)) for bucket in ("day", "week", "month")]


def _time_title(axis: str) -> str:
    return translate("Overview", "Bezoeken en vragen per {bucket}").format(bucket=axis.lower())


def _time_chart(figures: DeskFigures) -> Chart:
    bucket = figures.period.bucket
    axis = _axis(bucket)
    names = (translate("Overview", "Bezoeken"), translate("Overview", "Vragen"))
    rows = tuple(
        (texts.bucket_label(bucket, b.first), b.visits, b.questions) for b in figures.buckets
    )
    spec = builders.line(
        "label",
        "visits",
        "questions",
        x_title=axis,
        y_title=translate("Overview", "Aantal"),
        series_titles=names,
    )
    records = [{"label": r[0], "visits": r[1], "questions": r[2]} for r in rows]
    title = _time_title(axis)
    summary = f"{title}: {texts.visits(figures.visits)}, {texts.questions(figures.questions)}."
    busiest = max(rows, key=lambda row: int(row[1]), default=None)
    if busiest is not None and len(rows) > 1 and int(busiest[1]):
        summary += " " + translate("Overview", "Het drukst: {bucket} ({visits}).").format(
            bucket=busiest[0], visits=texts.visits(int(busiest[1]))
        )
    return Chart("time", title, summary, (axis, *names), rows, builders.with_data(spec, records))


def _hours_chart(figures: DeskFigures) -> Chart:
    title = translate("Overview", "Drukte per dag en uur")
    day, hour, counted = (
        translate("Overview", "Dag"),
        translate("Overview", "Uur"),
        translate("Overview", "Bezoeken"),
    )
    cells = {(c.weekday, c.hour): c.visits for c in figures.hours}
    weekdays = sorted({*range(1, 6), *(w for w, _ in cells)})
    hours = sorted(h for _, h in cells) or [9, 17]
    span = range(min(hours[0], 9), max(hours[-1], 16) + 1)
    names = {w: texts.weekday_name(w) for w in weekdays}
    records = [
        {"day": names[w], "hour": f"{h:02d}", "visits": cells.get((w, h), 0)}
        for w in weekdays
        for h in span
    ]
    spec = builders.heatmap(
        "hour",
        "day",
        "visits",
        x_title=translate("Overview", "Uur (begin van het bezoek)"),
        y_title=day,
        value_title=counted,
        x_order=[f"{h:02d}" for h in span],
        y_order=[names[w] for w in weekdays],
    )
    rows = tuple(
        (names[w], f"{h:02d}:00", count) for (w, h), count in sorted(cells.items()) if count
    )
    busiest = max(rows, key=lambda row: int(row[2]), default=None)
    if busiest is None:
        summary = translate("Overview", "{title}: niets in deze periode.").format(title=title)
    else:
        summary = translate(
            "Overview", "{title}: het drukst op {day} om {hour} ({visits})."
        ).format(title=title, day=busiest[0], hour=busiest[1], visits=texts.visits(int(busiest[2])))
    return Chart(
        "hours", title, summary, (day, hour, counted), rows, builders.with_data(spec, records)
    )


def desk_charts(figures: DeskFigures, label: Labeller) -> list[Chart]:
    """Return the charts of *figures*, in the order of the page's list."""
    questions, visits = translate("Overview", "Vragen"), translate("Overview", "Bezoeken")

    def catalogue(list_name: str) -> Callable[[str], str]:
        return lambda code: label(list_name, code)

    def entry(code: str) -> str:
        return tr(texts.ENTRY_WORDS[code]) if code in texts.ENTRY_WORDS else code

    made = [_time_chart(figures)]
    for key, list_name, title, category, per_visit in _LISTS:
        name = entry if key == "entry" else catalogue(list_name)
        counted = visits if per_visit else questions
        tallies = getattr(figures, key)
        made.append(
            _tally_chart(key, tr(title), tallies, name, category=tr(category), counted=counted)
        )
    made.insert(6, _hours_chart(figures))
    return made


def _status_chart(
    key: str, title: str, category: str, rows: Sequence[tuple[str, Sequence[int]]], *, down: bool
) -> Chart:
    """Bookings by status, one stacked bar per week, helper or partner."""
    words = tuple(status_word(s).capitalize() for s in _STATUSES)
    table: tuple[tuple[Cell, ...], ...] = tuple((name, *counts) for name, counts in rows)
    spec = builders.stacked_bar(
        "name",
        _STATUSES,
        x_title=category,
        y_title=translate("Overview", "Afspraken"),
        series_titles=words,
        horizontal=down,
    )
    records = [{"name": name, **dict(zip(_STATUSES, counts, strict=True))} for name, counts in rows]
    totals = [sum(counts) for _, counts in rows]
    if not any(totals):
        summary = translate("Overview", "{title}: nog geen afspraken.").format(title=title)
    else:
        parts = ", ".join(
            f"{texts.number(sum(counts[i] for _, counts in rows))} {words[i].lower()}"
            for i in range(len(_STATUSES))
        )
        summary = translate("Overview", "{title}: {total} afspraken ({parts}).").format(
            title=title, total=texts.number(sum(totals)), parts=parts
        )
    return Chart(key, title, summary, (category, *words), table, builders.with_data(spec, records))


def season_charts(season: SeasonFigures) -> list[Chart]:
    """Return the Belastinghulp charts of *season*: per week, helper and partner; waiting list."""
    weeks = [(texts.bucket_label("week", w.first), _counts_of(w.counts)) for w in season.weeks]
    helpers = [(h.name, _counts_of(h.counts)) for h in season.helpers]
    partners = [(p.name, _counts_of(p.counts)) for p in season.partners]
    made = [
        _status_chart(
            "season_weeks",
            translate("Overview", "Belastinghulp per week"),
            translate("Overview", "Week"),
            weeks,
            down=False,
        ),
        _status_chart(
            "season_helpers",
            translate("Overview", "Belastinghulp per helper"),
            translate("Overview", "Helper"),
            helpers,
            down=True,
        ),
        _status_chart(
            "season_partners",
            translate("Overview", "Belastinghulp per organisatie"),
            translate("Overview", "Organisatie"),
            partners,
            down=True,
        ),
    ]
    title = translate("Overview", "Wachtlijst Belastinghulp")
    rows: tuple[tuple[Cell, ...], ...] = (
        (translate("Overview", "Op de wachtlijst"), season.waiting_total),
        (translate("Overview", "Daarvan een afspraak gekregen"), season.waiting_served),
    )
    spec = builders.bar(
        "label",
        "count",
        x_title=translate("Overview", "Wachtlijst"),
        y_title=translate("Overview", "Aantal"),
        sort=False,
    )
    records = [{"label": r[0], "count": r[1]} for r in rows]
    summary = translate("Overview", "{title}: {served} van de {total} geholpen.").format(
        title=title,
        served=texts.number(season.waiting_served),
        total=texts.number(season.waiting_total),
    )
    headings = (translate("Overview", "Wachtlijst"), translate("Overview", "Aantal"))
    made.append(
        Chart("season_waiting", title, summary, headings, rows, builders.with_data(spec, records))
    )
    return made


def _counts_of(counts: StatusCounts) -> tuple[int, int, int, int]:
    return counts.booked, counts.attended, counts.no_show, counts.cancelled
