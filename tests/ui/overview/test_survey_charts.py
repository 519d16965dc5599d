"""The Overzicht shows this desk's survey answers: one chart per question, as the others."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontInfo, QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kiosk.app import Kiosk
from kiosk.overview.figures import Bucket, DeskFigures, Tally
from kiosk.overview.periods import Period
from tests.conftest import FakeClock
from tests.ui.overview.conftest import reload
from ui.i18n import install_language
from ui.overview.page import OverviewPage

Open = Callable[..., OverviewPage]
HELPED = "Bent u vandaag goed geholpen?"


def _answer(kiosk: Kiosk, clock: FakeClock, day: date, **answers: str | None) -> None:
    """Record one response on *day*: the questions not named are skipped."""
    clock.set(datetime(day.year, day.month, day.day, 12, 0).astimezone())
    survey = kiosk.survey.current()
    given = {q.code: answers.get(q.code) for q in survey.questions}
    kiosk.survey.record(survey.version, "nl", given)


@pytest.fixture
def answered(visits: Kiosk, clock: FakeClock) -> Iterator[Kiosk]:
    """Four responses in November (one skipped "helped"), one in October; clock on today."""
    november = date(2026, 11, 3)
    _answer(visits, clock, november, helped="yes", found_via="organisation")
    _answer(visits, clock, november, helped="yes", age_band="65_74")
    _answer(visits, clock, date(2026, 11, 27), helped="partly", found_via="organisation")
    _answer(visits, clock, date(2026, 11, 27), recommend="yes")
    _answer(visits, clock, date(2026, 10, 15), helped="no")
    clock.set(datetime(2026, 11, 28, 14, 0).astimezone())
    yield visits


def _survey_charts(page: OverviewPage) -> dict[str, tuple[tuple[object, ...], ...]]:
    return {c.key: c.rows for c in page.charts if c.key.startswith("survey_")}


def _choose(page: OverviewPage, key: str) -> None:
    page.chart_list.setCurrentRow([c.key for c in page.charts].index(key))


def test_one_chart_per_question_with_its_answers_and_the_unanswered(
    answered: Kiosk, open_overview: Open
) -> None:
    page = open_overview()
    charts = _survey_charts(page)
    assert list(charts) == [
        "survey_helped",
        "survey_self_next_time",
        "survey_found_via",
        "survey_recommend",
        "survey_age_band",
    ]  # after the other charts, in the survey's order
    assert list(page.charts)[-5].key == "survey_helped"
    assert charts["survey_helped"] == (
        ("Ja", 2),
        ("Gedeeltelijk", 1),
        ("Nee", 0),
        ("Niet beantwoord", 1),
    )
    assert charts["survey_self_next_time"][-1] == ("Niet beantwoord", 4)
    assert ("Via een hulpverlener of organisatie", 2) in charts["survey_found_via"]
    _choose(page, "survey_helped")
    assert page.chart_title.text() == HELPED
    assert page.chart_list.title(page.chart_list.currentRow()) == HELPED
    assert page.area.accessibleName() == HELPED
    assert page.area.accessibleDescription() == (
        f"{HELPED} Het meest: Ja (2) en Gedeeltelijk (1). Niet beantwoord: 1."
    )
    _choose(page, "survey_self_next_time")
    assert page.area.accessibleDescription() == (
        "Kunt u dit de volgende keer zelf doen? Niet beantwoord: 4."
    )


def test_the_table_and_copy_hold_the_answers(
    qtbot: QtBot, answered: Kiosk, open_overview: Open
) -> None:
    page = open_overview()
    _choose(page, "survey_helped")
    page.chart_list.setFocus()
    QTest.keyClick(page.chart_list, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert page.stack.currentWidget() is page.table
    assert page.table.model().rowCount() == 4
    QGuiApplication.clipboard().clear()
    page.copy_button.click()
    assert QGuiApplication.clipboard().text() == (
        "Antwoord\tBezoekers\nJa\t2\nGedeeltelijk\t1\nNee\t0\nNiet beantwoord\t1\n"
    )


def test_the_chart_is_drawn_with_whole_labels(
    qtbot: QtBot, answered: Kiosk, open_overview: Open
) -> None:
    page = open_overview()
    _choose(page, "survey_found_via")
    qtbot.waitUntil(lambda: bool(page.area.chart.svg), timeout=20000)
    assert "Via een hulpverlener of organisatie" in page.area.chart.svg


def test_a_period_without_answers_has_no_survey_charts(
    qtbot: QtBot, answered: Kiosk, open_overview: Open
) -> None:
    page = open_overview()
    reload(qtbot, page, lambda: page.bar.choose("today", previous=False))
    assert _survey_charts(page) == {}
    reload(qtbot, page, lambda: page.bar.choose("month", previous=True))
    assert _survey_charts(page)["survey_helped"][:3] == (("Ja", 0), ("Gedeeltelijk", 0), ("Nee", 1))


def test_the_branch_has_no_survey_charts(
    qtbot: QtBot, answered: Kiosk, open_overview: Open
) -> None:
    def branch(_kiosk: object, asked: Period) -> DeskFigures:
        empty: tuple[Tally, ...] = ()
        return DeskFigures(
            asked, "branch", datetime(2026, 11, 28, 10, 42), 40, 52,
            (Bucket(asked.first, 40, 52),), empty, empty, empty, empty, empty, empty, empty,
            (), empty,
        )  # fmt: skip

    page = open_overview(branch)
    assert _survey_charts(page)
    reload(qtbot, page, lambda: page.bar.scope.setCurrentIndex(1))
    assert page.bar.scope_code == "branch"
    assert _survey_charts(page) == {}


def test_the_survey_charts_switch_to_english(
    qtbot: QtBot, answered: Kiosk, open_overview: Open, qapp: QApplication
) -> None:
    page = open_overview()
    _choose(page, "survey_helped")
    install_language(qapp, "en")
    try:
        qapp.processEvents()
        chart = page.current_chart()
        assert chart is not None and chart.key == "survey_helped"
        assert page.chart_title.text() == "Did you get good help today?"
        assert chart.rows == (("Yes", 2), ("Partly", 1), ("No", 0), ("Not answered", 1))
        assert chart.headings == ("Answer", "Visitors")
    finally:
        install_language(qapp, "nl")
        qapp.processEvents()
    assert page.chart_title.text() == HELPED


def test_a_long_answer_is_drawn_whole_in_the_font_qt_draws_with(qtbot: QtBot) -> None:
    """vl_convert measures the labels in the family Qt draws them in, and leaves them room."""
    from kiosk import charts as builders
    from ui.overview import render

    render.ChartRenderer().deleteLater()
    label = "Via een hulpverlener of organisatie"
    spec = builders.with_data(
        builders.bar("label", "count", x_title="Antwoord", y_title="Bezoekers", sort=False),
        [{"label": "Via internet", "count": 27}, {"label": label, "count": 103}],
    )
    family = QFontInfo(QApplication.font()).family()  # the family found, not the one asked
    assert render.prepared(spec, 700, "nl")["config"]["font"] == family
    svg = render.svg_for(spec, 700, "nl")
    assert f">{label}</text>" in svg and "…" not in svg
