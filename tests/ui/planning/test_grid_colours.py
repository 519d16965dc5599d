"""The planning grid's colours in both themes: AA contrast, and a theme switch repaints."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.ui.test_theme import ratio
from ui.planning.colours import QUIET, cell_colours
from ui.planning.grid_model import KIND_ROLE
from ui.planning.planning_page import PlanningPage
from ui.theme import apply_theme

KINDS = ("none", "closed", "free", "partial", "full", "over", "conflict", "done")


@pytest.fixture
def restore_theme(qapp: QApplication) -> Iterator[QApplication]:
    palette = qapp.palette()
    yield qapp
    qapp.setStyleSheet("")
    qapp.setPalette(palette)
    qapp.setProperty("theme_contrast", None)


@pytest.mark.parametrize("contrast", ["normal", "high"])
def test_every_cell_reads_at_aa_contrast(contrast: str) -> None:
    colours = cell_colours(contrast)
    for kind in KINDS:
        back = colours.background(kind).color().name()
        assert ratio(colours.text(kind).name(), back) >= 4.5, (contrast, kind)
        assert ratio(colours.focus.name(), back) >= 3, (contrast, kind)
    selected = colours.selected_back.color().name()
    assert ratio(colours.text("full", selected=True).name(), selected) >= 4.5
    assert ratio(colours.separator.name(), colours.background("free").color().name()) >= 3


def test_high_contrast_cells_are_black_with_a_stripe_for_their_kind() -> None:
    colours = cell_colours("high")
    assert {colours.background(kind).color().name() for kind in KINDS} == {"#000000"}
    assert {colours.text(kind).name() for kind in KINDS if kind not in QUIET} == {"#ffffff"}
    assert set(colours.stripes) == {"partial", "full", "over", "conflict", "done"}
    assert colours.focus.name() != "#ffb000"  # the theme's focus colour, not the old amber


def _cell_pixel(page: PlanningPage, row: int, column: int) -> QColor:
    """Return the colour painted near the right edge of a cell (clear of its text)."""
    grid = page.grid
    index = grid.grid_model.index(row, column)
    grid.scrollTo(index)
    rect = grid.visualRect(index)
    image = grid.viewport().grab().toImage()
    return image.pixelColor(QPoint(rect.right() - 8, rect.center().y()))


def test_a_theme_switch_repaints_the_grid_in_its_colours(
    planning: PlanningPage, qtbot: QtBot, restore_theme: QApplication
) -> None:
    model = planning.grid.grid_model
    column = 0
    row = 1  # not the cursor's cell (row 0)
    kind = model.data(model.index(row, column), KIND_ROLE)
    apply_theme(restore_theme, contrast="normal")
    assert _cell_pixel(planning, row, column) == cell_colours("normal").background(kind).color()
    apply_theme(restore_theme, contrast="high")
    assert _cell_pixel(planning, row, column).name() == "#000000"
    background = model.data(model.index(row, column), Qt.ItemDataRole.BackgroundRole)
    assert background.color().name() == "#000000"
    apply_theme(restore_theme, contrast="normal")
    assert _cell_pixel(planning, row, column) == cell_colours("normal").background(kind).color()
