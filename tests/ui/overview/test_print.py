"""The Overzicht on paper: heading, headline numbers, every chart with its drawing and table."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.ui.planning.pdf_text import compact, pdf_text
from ui.overview.page import OverviewPage
from ui.overview.print import OverviewDocument

Open = Callable[..., OverviewPage]


def pdf_pages(path: Path) -> int:
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", path.read_bytes()))


def test_the_print_preview_holds_every_chart_and_its_table(
    qtbot: QtBot, open_overview: Open
) -> None:
    page = open_overview()
    page.print_overview()
    qtbot.waitUntil(lambda: page.preview is not None, timeout=30000)
    preview = page.preview
    document = getattr(preview, "document", None)
    assert isinstance(document, OverviewDocument)
    text = document.plain_text()
    assert text.startswith("Overzicht\nDeze balie · november 2026\n5 bezoeken · 6 vragen\n")
    for chart in page.charts:
        assert chart.title in text and chart.summary in text
    assert "Onderwerp\nVragen\nHuurtoeslag\n5\nDigiD aanvragen\n1\n" in text  # the table
    images = [c.key for c in page.charts if not c.empty]
    assert document.images == images  # every chart with something to count is drawn
    assert document.running_header() == "Overzicht · Deze balie · november 2026"
    preview.reject()  # type: ignore[union-attr]


def test_the_pdf_has_the_period_the_numbers_and_the_tables(
    qtbot: QtBot, open_overview: Open, tmp_path: Path
) -> None:
    page = open_overview()
    page.print_overview()
    qtbot.waitUntil(lambda: page.preview is not None, timeout=30000)
    document = getattr(page.preview, "document", None)
    assert isinstance(document, OverviewDocument)
    path = tmp_path / "overzicht.pdf"
    pages = document.save_pdf(path)
    assert path.read_bytes().startswith(b"%PDF")
    assert pages >= 2 and pdf_pages(path) == pages
    text = pdf_text(path.read_bytes())
    for words in (
        "Deze balie · november 2026",
        "5 bezoeken · 6 vragen",
        "Onderwerpen",
        "Huurtoeslag",
        "DigiD aanvragen",
        "Aan de balie",
        "Telefonisch",
        f"Pagina 1 van {pages}",
    ):
        assert compact(words) in text, words
