"""The summary sheet: the totals in the categories of the national registration.

The KB's IDO registration form (Bibliotheekmonitor, since 2024) records a visit with one or
more questions: per visit the channel and the duration, per question its kind, the
organisation it concerns (with its government layer, a filter of the KB dashboard), the topic,
the DigiD follow-up, the help given and the referral (``../shared/domain.md``,
``../shared/research/domain.md`` §1.2-1.3 and §2.1). The sheet counts exactly those, in that
order, with every answer of the catalogue (zeros included, in the catalogue's order, which
follows the form), so a clerk copies the numbers into the form without recounting; then the
visits and questions per month of the period.

:class:`Summary` counts while the question sheet is written, from the very same rows, so its
totals always equal that sheet: questions are its rows, visits the rows of a visit's first
question. A single-answer list (kind, organisation, layer, topic, DigiD follow-up) adds up to
the questions, with a row for "none" or "unknown" where a question may lack the answer; help
given and referral count a question once under each code it holds (their total is the codes
given, with a row for questions without one).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Final

from kiosk.catalogue import CatalogueSet
from kiosk.overview.figures import QuestionRow
from kiosk.overview.periods import Period
from kiosk.report.questions import Labels
from kiosk.report.words import ReportWords

#: Lists counted in visits (from a visit's first question) and in questions.
VISIT_LISTS: Final = ("channel", "duration")
QUESTION_LISTS: Final = ("kind", "organisation", "layer", "topic", "digid_followup")
CODE_LISTS: Final = ("help", "referral")
#: The sections in the order of the sheet (after the totals).
SECTIONS: Final = (*VISIT_LISTS, *QUESTION_LISTS, *CODE_LISTS)
#: The style of a line: a section's title, a heading row, a count row, a total, a note.
TITLE, HEADING, ROW, TOTAL, NOTE, BLANK = "title", "heading", "row", "total", "note", "blank"
_FOUR_DAYS: Final = timedelta(days=4)


@dataclass(frozen=True)
class Line:
    """One row of the summary sheet: its *style* and its cells."""

    style: str
    cells: tuple[str | int | date, ...] = ()


@dataclass
class Summary:
    """The counts of the rows given to :meth:`add` (see the module's docstring)."""

    visits: int = 0
    questions: int = 0
    counts: dict[str, Counter[str | None]] = field(
        default_factory=lambda: {name: Counter() for name in SECTIONS}
    )
    without: Counter[str] = field(default_factory=Counter)  # questions with no help/referral
    months: dict[date, list[int]] = field(default_factory=dict)  # 1st: [visits, questions]

    def add(self, row: QuestionRow) -> None:
        """Count one question (and its visit, if it is the visit's first)."""
        self.questions += 1
        month = self.months.setdefault(row.occurred_local.date().replace(day=1), [0, 0])
        month[1] += 1
        counts = self.counts
        if row.position == 1:
            self.visits += 1
            month[0] += 1
            counts["channel"][row.channel] += 1
            counts["duration"][row.duration] += 1
        counts["kind"][row.kind] += 1
        counts["organisation"][row.organisation] += 1
        counts["layer"][row.layer] += 1
        counts["topic"][row.topic] += 1
        counts["digid_followup"][row.digid_followup] += 1
        for name, codes in (("help", row.help), ("referral", row.referral)):
            if codes:
                counts[name].update(codes)
            else:
                self.without[name] += 1


def summary_lines(
    summary: Summary, period: Period, catalogues: CatalogueSet, words: ReportWords
) -> Iterator[Line]:
    """Yield the summary sheet's lines: the totals, the months, then every section."""
    label = Labels(catalogues, words.language)
    yield Line(TITLE, (words.sums("title"),))
    yield Line(HEADING, (words.sums("totals"), "", words.sums("count")))
    yield Line(ROW, ("", words.sums("visits"), summary.visits))
    yield Line(ROW, ("", words.sums("questions"), summary.questions))
    yield Line(BLANK)
    yield from _month_lines(summary, period, words)
    for name in SECTIONS:
        yield from _section_lines(name, summary, catalogues, label, words)


def _month_lines(summary: Summary, period: Period, words: ReportWords) -> Iterator[Line]:
    yield Line(TITLE, (words.sums("months"),))
    yield Line(HEADING, (words.sums("month"), "", words.sums("visits"), words.sums("questions")))
    month = period.first.replace(day=1)
    while month <= period.last:
        visits, questions = summary.months.get(month, (0, 0))
        name = f"{_pick(words.months, month.month - 1)} {month.year}"
        yield Line(ROW, (f"{month:%Y-%m}", name, visits, questions))
        month = (month.replace(day=28) + _FOUR_DAYS).replace(day=1)
    yield Line(TOTAL, ("", words.sums("total"), summary.visits, summary.questions))
    yield Line(BLANK)


def _section_lines(
    name: str, summary: Summary, catalogues: CatalogueSet, label: Labels, words: ReportWords
) -> Iterator[Line]:
    counts = summary.counts[name]
    unit = words.sums("visits") if name in VISIT_LISTS else words.sums("questions")
    yield Line(TITLE, (words.sums(name),))
    yield Line(HEADING, (words.sums("code"), words.sums("label"), unit))
    total = 0
    for code in ordered_codes(name, counts, catalogues):
        total += counts[code]
        yield Line(ROW, (code, label(name, code), counts[code]))
    missing = counts[None] if name in QUESTION_LISTS else summary.without[name]
    if name == "layer" and missing:
        yield Line(ROW, ("", words.sums("unknown"), missing))
    elif name in ("digid_followup", *CODE_LISTS):
        yield Line(ROW, ("", words.sums("none"), missing))
    total += missing
    yield Line(TOTAL, ("", words.sums("total"), total))
    if name in CODE_LISTS:
        yield Line(NOTE, (words.sums("per_code"),))
    yield Line(BLANK)


def ordered_codes(name: str, counts: Counter[str | None], catalogues: CatalogueSet) -> list[str]:
    """Return the codes of section *name*: the catalogue's in its order, then any others seen.

    The newest catalogue's current answers come first, zeros included; a code it retired or
    does not know (an older record) follows when it was counted, largest first.
    """
    listed = catalogues.current.lists.get(name, ())
    codes = [o.code for o in listed if not o.retired]
    known = set(codes)
    others = sorted(
        (c for c, n in counts.items() if c is not None and c not in known and n),
        key=lambda c: (-counts[c], c),
    )
    return codes + others


def _pick(names: tuple[str, ...], index: int) -> str:
    return names[index] if 0 <= index < len(names) else str(index + 1)
