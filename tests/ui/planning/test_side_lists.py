"""The planning page's side lists (a slot's bookings, waiting list, Aandacht nodig) under Qt's
model checks, on a generated season with real bookings."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from kiosk.app import Kiosk
from kiosk.planning.records import BookingInput, Season, Slot
from tests.ui.planning.conftest import mark_conflict
from ui.planning.side_lists import AttentionModel, SlotBookingsModel, WaitingModel

DISPLAY = Qt.ItemDataRole.DisplayRole


def carla_slot(kiosk: Kiosk, season: Season) -> Slot:
    """Carla's first slot: two places."""
    grid = kiosk.planning.grid(season.id)
    return next(s for s in grid.cells.values() if s.capacity == 2)


def test_slot_bookings_model_passes_the_model_tester(
    qtmodeltester: Any, ui_kiosk: Kiosk, season: Season
) -> None:
    service = ui_kiosk.planning
    slot = carla_slot(ui_kiosk, season)
    kept = service.book(
        slot.id,
        BookingInput(
            "J. Jansen",
            "06 12345678",
            purpose=("aangifte",),
            checklist=("digid_zelf", "jaaropgaven"),
            remark="Komt met partner",
        ),
    )
    gone = service.book(slot.id, BookingInput("P. de Vries", "06 23456789"))
    service.cancel(gone.id, "belde af")
    service.set_status(kept.id, "attended")
    model = SlotBookingsModel()
    model.set_rows(service.slot(slot.id).bookings)
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    names = {model.index(r, 0).data() for r in range(2)}
    assert any("J. Jansen" in name for name in names)
    cancelled = next(r for r in range(2) if "Vries" in model.index(r, 0).data())
    assert model.index(cancelled, 0).data(Qt.ItemDataRole.FontRole).strikeOut()
    model.set_rows(())
    qtmodeltester.check(model)


def test_waiting_model_passes_the_model_tester(
    qtmodeltester: Any, ui_kiosk: Kiosk, season: Season
) -> None:
    service = ui_kiosk.planning
    service.add_waiting(season.id, BookingInput("G. Peters", "06 13572468", purpose=("aangifte",)))
    service.add_waiting(
        season.id,
        BookingInput("N. Ahmadi", "06 24681357", email="n@example.org", purpose=("toeslagen",)),
    )
    model = WaitingModel()
    model.set_rows(service.waiting(season.id))
    qtmodeltester.check(model)
    assert [model.index(r, 0).data() for r in range(2)] == ["1", "2"]
    assert model.index(1, 1).data() == "N. Ahmadi"
    assert "n@example.org" in model.index(1, 0).data(Qt.ItemDataRole.ToolTipRole)


def test_attention_model_passes_the_model_tester(
    qtmodeltester: Any, ui_kiosk: Kiosk, season: Season
) -> None:
    service = ui_kiosk.planning
    slot = carla_slot(ui_kiosk, season)
    first = service.book(slot.id, BookingInput("E. Bos", "06 67890123"))
    second = service.book(slot.id, BookingInput("T. Lam", "06 78901234"))
    mark_conflict(ui_kiosk, first.id)
    mark_conflict(ui_kiosk, second.id, "slot_closed")
    bookings = service.attention()
    model = AttentionModel()
    model.set_slots({slot.id: slot})
    model.set_rows(bookings)
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    assert all(model.index(r, 0).data().startswith("⚠ ") for r in range(2))
    assert model.index(0, 1).data() != "—"
    model.set_slots({})  # a slot the page has not loaded: the time reads as a dash
    model.set_rows(bookings)
    qtmodeltester.check(model)
    assert model.index(0, 1).data() == "—"
