"""The Overzicht's survey charts: this desk's visitors' answers, one chart per question.

:func:`read_survey` reads, on the database lane, how often each answer was given in a period
(:meth:`kiosk.survey.service.SurveyService.counts`) with every installed survey version for
the words; :func:`survey_charts` makes one chart per question answered in the period: each
choice counted, in the survey's order, plus "Niet beantwoord". The question and the choices
are shown in the desk's language from the survey's own data (it holds Dutch and English).
Only counts are shown: the desk's staff see their own desk's answers, nothing more. The
branch has no survey figures, and a period without responses has no survey charts.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kiosk import charts as builders
from ui.marks import QT_TRANSLATE_NOOP
from ui.overview import texts
from ui.overview.charts import Cell, Chart, top_rows
from ui.overview.texts import tr, translate

#: The row of the visitors who skipped the question.
NOT_ANSWERED = QT_TRANSLATE_NOOP("Overview", "Niet beantwoord")

if TYPE_CHECKING:
    from kiosk.app import Kiosk
    from kiosk.overview.periods import Period
    from kiosk.survey.definition import Question, Survey

# {question code: {choice code: responses, None: skipped}}.
Counts = Mapping[str, Mapping[str | None, int]]
# The prefix of a survey chart's key (survey_helped).
KEY_PREFIX = "survey_"


@dataclass(frozen=True)
class SurveyAnswers:
    """The answers of a period on this desk and the survey versions that name them.

    Attributes:
        surveys: every installed survey version, oldest first.
        counts: the answers counted per question and choice (None: not answered).
    """

    surveys: tuple[Survey, ...]
    counts: Counts


def read_survey(kiosk: Kiosk, period: Period) -> SurveyAnswers | None:
    """On the database lane: the period's survey answers on this desk, or None when none."""
    service = kiosk.survey
    counts = service.counts(period.first, period.last)
    return SurveyAnswers(tuple(service.surveys), counts) if counts else None


def survey_charts(answers: SurveyAnswers | None, language: str) -> list[Chart]:
    """Return one chart per question answered (or skipped) in the period, in survey order."""
    if answers is None:
        return []
    newest_first = answers.surveys[::-1]
    order: list[str] = []
    for survey in newest_first:
        order += [q.code for q in survey.questions if q.code not in order]
    order += sorted(code for code in answers.counts if code not in order)
    return [
        _question_chart(code, newest_first, answers.counts[code], language)
        for code in order
        if code in answers.counts
    ]


def _question_chart(
    code: str, surveys: tuple[Survey, ...], counted: Mapping[str | None, int], language: str
) -> Chart:
    """Bars of one question: each choice in the survey's order, then "Niet beantwoord"."""
    asked = [q for q in (s.question(code) for s in surveys) if q is not None]
    title = _words(asked[0].text, language) if asked else code
    choices: list[str] = []
    for question in asked:
        choices += [c.code for c in question.choices if c.code not in choices]
    choices += sorted(c for c in counted if c is not None and c not in choices)
    rows: tuple[tuple[Cell, ...], ...] = (
        *((_label(asked, choice, language), counted.get(choice, 0)) for choice in choices),
        (tr(NOT_ANSWERED), counted.get(None, 0)),
    )
    answer, visitors = translate("Overview", "Antwoord"), translate("Overview", "Bezoekers")
    spec = builders.bar("label", "count", x_title=answer, y_title=visitors, sort=False)
    records = [{"label": label, "count": count} for label, count in rows]
    return Chart(
        KEY_PREFIX + code,
        title,
        _summary(title, rows),
        (answer, visitors),
        rows,
        builders.with_data(spec, records),
    )


def _summary(title: str, rows: tuple[tuple[Cell, ...], ...]) -> str:
    """Return "Bent u goed geholpen? Het meest: Ja (12), Deels (3). Niet beantwoord: 2."."""
    given = sorted((row for row in rows[:-1] if int(row[1])), key=lambda row: -int(row[1]))
    skipped = texts.number(int(rows[-1][1]))
    if not given:
        return translate("Overview", "{title} Niet beantwoord: {skipped}.").format(
            title=title, skipped=skipped
        )
    return translate("Overview", "{title} Het meest: {top}. Niet beantwoord: {skipped}.").format(
        title=title, top=top_rows(given), skipped=skipped
    )


def _label(asked: list[Question], choice: str, language: str) -> str:
    """The choice's label from the newest version that has it (its code when none has)."""
    found = next((c for c in (q.choice(choice) for q in asked) if c is not None), None)
    return _words(found.label, language) if found is not None else choice


def _words(text: Mapping[str, str], language: str) -> str:
    """A survey text in *language*; Dutch when the survey has no text in it."""
    return text.get(language) or text["nl"]
