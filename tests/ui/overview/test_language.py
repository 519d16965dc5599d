"""The Overzicht switches language while open: texts, charts, tables and numbers."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.ui.overview.conftest import reload
from ui.i18n import install_language
from ui.overview import render
from ui.overview.page import OverviewPage

Open = Callable[..., OverviewPage]


@pytest.fixture
def english(qapp: QApplication) -> Iterator[Callable[[], None]]:
    """Return a switch to English (the page's texts rewritten); Dutch again after the test."""

    def switch() -> None:
        install_language(qapp, "en")
        qapp.processEvents()

    yield switch
    install_language(qapp, "nl")
    qapp.processEvents()


def test_a_switch_to_english_rewrites_the_page(
    qtbot: QtBot, open_overview: Open, english: Callable[[], None]
) -> None:
    page = open_overview()
    page.chart_list.setCurrentRow([c.key for c in page.charts].index("topics"))
    english()
    assert page.heading.text() == "This desk · November 2026"
    assert page.headline.text() == "5 visits · 6 questions"
    assert page.bar.period.currentText() == "This month"
    assert page.bar.scope.itemText(1) == "Whole branch"
    assert page.table_button.text() == "Ta&ble"
    titles = [page.chart_list.title(row) for row in range(page.chart_list.count())]
    assert titles[:3] == ["Visits and questions per day", "Topics", "Organisations"]
    chart = page.current_chart()
    assert chart is not None and chart.key == "topics"  # the same chart, in English
    assert page.chart_title.text() == "Topics"
    assert page.table.model().headerData(0, Qt.Orientation.Horizontal) == "Topic"
    assert chart.rows == (("Rent benefit", 5), ("Applying for DigiD", 1))
    assert page.area.accessibleDescription() == (
        "Topics: most often Rent benefit (5) and Applying for DigiD (1)."
    )
    assert dict(page.shortcut_help())["Ctrl+T"] == "Table or chart"


def test_back_in_dutch_after_a_period_change(
    qtbot: QtBot, open_overview: Open, qapp: QApplication
) -> None:
    page = open_overview()
    install_language(qapp, "en")
    try:
        reload(qtbot, page, lambda: page.bar.choose("month", previous=True))
        assert page.headline.text() == "1 visit · 1 question"
    finally:
        install_language(qapp, "nl")
        qapp.processEvents()
    assert page.headline.text() == "1 bezoek · 1 vraag"
    assert page.heading.text() == "Deze balie · oktober 2026"


def test_numbers_in_the_charts_follow_the_language() -> None:
    spec = {"config": {"locale": {"number": {"decimal": ",", "thousands": "."}}}}
    english = render.prepared(spec, 400, "en")
    assert english["config"]["locale"]["number"]["thousands"] == ","
    assert render.prepared(spec, 400, "nl")["config"]["locale"]["number"]["thousands"] == "."
