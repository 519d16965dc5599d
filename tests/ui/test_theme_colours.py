"""Colours in item models follow the theme: high contrast gives its own, not the normal ones."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import QApplication

from kiosk.registration import VisitRow
from ui import theme
from ui.day_list import DayModel
from ui.sync_problems import ProblemModel, ProblemRow


@pytest.fixture
def restore(qapp: QApplication) -> Iterator[QApplication]:
    """Put the app's style sheet and palette back afterwards."""
    sheet, palette = qapp.styleSheet(), QPalette(qapp.palette())
    yield qapp
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)


def _problem(state: str) -> ProblemRow:
    return ProblemRow(
        local_seq=1,
        recorded_at=datetime(2026, 3, 2, 10, 0),
        kind="visit.recorded",
        state=state,
        code=None,
        what="Bezoek vastgelegd: Huurtoeslag",
        state_text="Geweigerd",
        reason="De server keurt de gegevens af.",
        next_step="Waarschuw de ICT-afdeling.",
        technical="code invalid",
    )


@pytest.mark.parametrize("contrast", ["normal", "high"])
def test_problem_states_take_the_themes_colours(restore: QApplication, contrast: str) -> None:
    theme.apply_theme(restore, contrast=contrast)
    model = ProblemModel()
    model.set_rows([_problem("rejected"), _problem("conflicted"), _problem("quarantined")])
    for row, name in enumerate(["error_text", "warning_text"]):
        brush = model.data(model.index(row, 2), Qt.ItemDataRole.ForegroundRole)
        assert isinstance(brush, QBrush)
        assert brush.color() == theme.colour(name), (contrast, name)
    assert model.data(model.index(2, 2), Qt.ItemDataRole.ForegroundRole) is None  # plain text


def test_a_void_visit_is_greyed_in_the_themes_muted_colour(restore: QApplication) -> None:
    row = VisitRow(
        id="v1",
        occurred_local=datetime(2026, 3, 2, 10, 0),
        topics=("toeslag_huur",),
        question_count=1,
        channel="in_person",
        duration="lt5",
        source="live",
        status="void",
        corrects_id=None,
        sent=False,
    )
    model = DayModel()
    model.set_rows([row])
    for contrast in ("normal", "high"):
        theme.apply_theme(restore, contrast=contrast)
        brush = model.data(model.index(0, 1), Qt.ItemDataRole.ForegroundRole)
        assert isinstance(brush, QBrush)
        assert brush.color() == theme.colour("muted_text")
    assert theme.colour("muted_text").name() != theme.COLOURS["normal"]["muted_text"]  # high
