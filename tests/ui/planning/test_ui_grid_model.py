"""The planning grid model: texts, markers, roles, and Qt's model checks."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.planning.sample import sample_grid
from ui.planning.grid_model import (
    BOOKINGS_ROLE,
    DAY_START_ROLE,
    FREE_ROLE,
    KIND_ROLE,
    SLOT_ID_ROLE,
    STATUS_ROLE,
    PlanningGridModel,
)

DISPLAY = Qt.ItemDataRole.DisplayRole


def test_model_passes_qt_model_tester(qtmodeltester) -> None:
    model = PlanningGridModel()
    model.set_grid(sample_grid())
    qtmodeltester.check(model)
    model.set_grid(None)
    qtmodeltester.check(model)


def test_cells_say_their_state_in_words_and_markers() -> None:
    model = PlanningGridModel()
    model.set_grid(sample_grid())

    def text(row: int, column: int, role: int = DISPLAY) -> object:
        return model.data(model.index(row, column), role)

    assert text(0, 0) == "◷ J. Jansen"
    assert "voorlopig" in str(text(0, 0, STATUS_ROLE))
    assert text(1, 0) == "✓ P. de Vries"
    assert text(2, 0) == "✗ A. Ali"
    assert text(0, 1) == "M. Kok · 2 van 3 vrij"  # the cancelled booking is not shown
    assert text(1, 1) == "E. Bos, ⚠ T. Lam · 2 van 3 vrij"
    assert text(1, 1, KIND_ROLE) == "conflict"
    assert text(0, 2) == "vrij"
    assert text(0, 2, FREE_ROLE) == 1
    assert text(3, 2) == "⊘ gesloten"
    assert text(2, 2) == ""
    assert text(2, 2, KIND_ROLE) == "none"
    assert text(0, 2, SLOT_ID_ROLE) == "slot-0-2"
    assert len(text(0, 1, BOOKINGS_ROLE)) == 1  # type: ignore[arg-type]
    spoken = str(text(0, 0, Qt.ItemDataRole.AccessibleTextRole))
    assert "dinsdag 2 mrt 2027 10:00" in spoken and "J. Jansen" in spoken
    tip = str(text(0, 1, Qt.ItemDataRole.ToolTipRole))
    assert "• M. Kok, 0612345678: geboekt" in tip and "Oud, 0612345678: geannuleerd" in tip


def test_headers_show_days_times_and_helpers() -> None:
    model = PlanningGridModel()
    model.set_grid(sample_grid())
    vertical, horizontal = Qt.Orientation.Vertical, Qt.Orientation.Horizontal
    assert model.headerData(0, vertical) == "di 2 mrt  10:00"
    assert model.headerData(1, vertical) == "10:30"
    assert model.headerData(3, vertical) == "do 4 mrt  10:00"
    assert model.headerData(3, vertical, DAY_START_ROLE) is True
    assert model.headerData(0, horizontal) == "Anna de Boer\nHumanitas"
    assert model.data(model.index(3, 0), DAY_START_ROLE) is True
    assert model.data(model.index(4, 0), DAY_START_ROLE) is False
