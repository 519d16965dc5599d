"""Belastinghulp at the desk: find a booking by name or phone, copy versus cut with a visible
mark, and the citizen's appointment slip (no phone number, no other bookings)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kiosk.planning.records import Booking, BookingInput, Slot
from kiosk.planning.search import BookingHit
from tests.ui.planning.conftest import drain
from ui.planning.planning_page import PlanningPage
from ui.planning.search_dialog import SearchDialog
from ui.planning.slip_print import STANDARD_LIST, SlipDocument, save_slip_pdf, slip_of
from ui.tasks import TaskRunner

CTRL = Qt.KeyboardModifier.ControlModifier


def cell(page: PlanningPage, row: int, column: int) -> str:
    model = page.grid.grid_model
    return str(model.data(model.index(row, column)))


def book(
    page: PlanningPage, runner: TaskRunner, row: int, column: int, entry: BookingInput
) -> None:
    slot = page.grid.grid_model.slot(row, column)
    assert slot is not None
    page.service.book(slot.id, entry)
    page.reload()
    drain(runner)


def test_search_by_name_and_phone_jumps_to_the_booking(
    planning: PlanningPage, qtbot: QtBot, runner: TaskRunner
) -> None:
    book(planning, runner, 7, 1, BookingInput("Ömer Çelik", "06 11112222"))  # do 11 mrt 10:30
    book(planning, runner, 7, 2, BookingInput("Jan Jansen", "06 33334444"))
    planning.helper_filter.setCurrentIndex(1)  # Anna only: the hit is not shown until cleared
    drain(runner)
    qtbot.keyClick(planning.grid, Qt.Key.Key_F, CTRL)
    dialog = planning.search_dialog
    assert isinstance(dialog, SearchDialog)
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    qtbot.keyClicks(dialog.query, "celik")
    qtbot.keyClick(dialog.query, Qt.Key.Key_Return)  # Enter before the pause: search now
    drain(runner)
    assert [h.name for h in dialog.hits] == ["Ömer Çelik"]
    item = dialog.results.topLevelItem(0)
    assert item is not None
    texts = [item.text(c) for c in range(6)]
    assert texts[1] == "10:30–11:00" and texts[2] == "Bert Smit (Humanitas)"
    assert texts[4] == "06 11112222" and "1 afspraak gevonden" in dialog.state.text()
    with qtbot.waitSignal(planning.loaded, timeout=5000):
        qtbot.keyClick(dialog.query, Qt.Key.Key_Return)
    drain(runner)
    assert planning.helper_filter.currentIndex() == 0  # filters cleared to show it
    index = planning.grid.currentIndex()
    assert (index.row(), index.column()) == (7, 1)
    assert "Gevonden: Ömer Çelik" in planning.feedback.text()
    # By phone, written another way; nothing found says so.
    assert planning.search_dialog is None
    qtbot.waitUntil(planning.isActiveWindow, timeout=2000)
    qtbot.keyClick(planning.grid, Qt.Key.Key_F, CTRL)
    dialog = planning.search_dialog
    assert isinstance(dialog, SearchDialog)
    qtbot.keyClicks(dialog.query, "0633334444")
    dialog.search_now()
    drain(runner)
    assert [h.name for h in dialog.hits] == ["Jan Jansen"]
    dialog.query.setText("Klaas")
    dialog.search_now()
    drain(runner)
    assert dialog.hits == [] and "Niets gevonden" in dialog.state.text()
    assert not dialog.go_button.isEnabled()
    assert "geen naam en telefoonnummer meer" in dialog.note.text()
    dialog.reject()


def test_a_search_answer_after_the_dialog_closed_is_dropped(
    planning: PlanningPage, qtbot: QtBot, runner: TaskRunner
) -> None:
    book(planning, runner, 7, 1, BookingInput("Jan Jansen", "06 33334444"))
    qtbot.keyClick(planning.grid, Qt.Key.Key_F, CTRL)
    dialog = planning.search_dialog
    assert isinstance(dialog, SearchDialog)
    dialog.query.setText("Jansen")
    dialog.search_now()
    dialog.reject()  # closed (and deleted) before the answer comes
    assert planning.search_dialog is None
    drain(runner)  # the answer arrives and finds no dialog: no error
    QApplication.processEvents()
    qtbot.keyClick(planning.grid, Qt.Key.Key_F, CTRL)
    again = planning.search_dialog
    assert isinstance(again, SearchDialog) and again.hits == []
    again.reject()


def test_copy_keeps_the_booking_cut_moves_it_and_the_pick_is_marked(
    planning: PlanningPage, qtbot: QtBot, runner: TaskRunner
) -> None:
    book(planning, runner, 0, 0, BookingInput("J. Jansen", "0612345678", purpose=("aangifte",)))
    grid = planning.grid
    planning.grid.setCurrentIndex(grid.grid_model.index(0, 0))
    planning.show_side()
    qtbot.keyClick(grid, Qt.Key.Key_C, CTRL)
    source = grid.grid_model.slot(0, 0)
    assert source is not None
    assert grid.picked_mark() == (source.id, "kopiëren")
    assert "Gekopieerd" in planning.feedback.text()
    grid.setCurrentIndex(grid.grid_model.index(1, 0))
    qtbot.keyClick(grid, Qt.Key.Key_V, CTRL)
    drain(runner)
    assert cell(planning, 0, 0) == "◷ J. Jansen"  # the original stays
    assert cell(planning, 1, 0) == "◷ J. Jansen"  # and a new booking with its details
    copy = grid.grid_model.slot(1, 0)
    assert copy is not None and copy.bookings[0].purpose == ("aangifte",)
    assert grid.picked_mark() is None  # pasted: the mark goes
    # Cut: the mark until Esc; then cut again and paste moves it.
    grid.setCurrentIndex(grid.grid_model.index(1, 0))
    planning.show_side()
    qtbot.keyClick(grid, Qt.Key.Key_X, CTRL)
    assert grid.picked_mark() == (copy.id, "verplaatsen")
    image = grid.viewport().grab()  # the mark is painted (dashed frame and word)
    assert not image.isNull()
    qtbot.keyClick(grid, Qt.Key.Key_Escape)
    assert grid.picked_mark() is None and "Verplaatsen gestopt" in planning.feedback.text()
    qtbot.keyClick(grid, Qt.Key.Key_X, CTRL)
    grid.setCurrentIndex(grid.grid_model.index(2, 0))
    qtbot.keyClick(grid, Qt.Key.Key_V, CTRL)
    drain(runner)
    assert cell(planning, 1, 0) == "vrij" and cell(planning, 2, 0) == "◷ J. Jansen"


def test_cell_text_elides_in_the_middle_and_the_tooltip_has_the_full_name(
    planning: PlanningPage, runner: TaskRunner
) -> None:
    long_name = "Wilhelmina Alexandra van Oranje-Nassau tot Amsberg"
    book(planning, runner, 0, 0, BookingInput(long_name, "0612345678"))
    model = planning.grid.grid_model
    tip = str(model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole))
    assert long_name in tip and "0612345678" in tip and "geboekt" in tip


def _slot_and_booking() -> tuple[Slot, Booking]:
    booking = Booking(
        id="b-1",
        slot_id="s-1",
        name="J. Jansen",
        phone="0612345678",
        email="j@example.nl",
        purpose=("aangifte", "toeslagen"),
        checklist=("digid_zelf", "woz"),
        remark="Komt met dochter",
        status="booked",
        sync="confirmed",
        conflict_code=None,
    )
    slot = Slot(
        id="s-1",
        season_id="season",
        helper_id="h-1",
        day=date(2027, 3, 2),
        starts=time(10, 0),
        ends=time(10, 30),
        capacity=1,
        closed=False,
        sync="confirmed",
        bookings=(booking,),
    )
    return slot, booking


def test_slip_says_when_where_who_and_what_to_bring_and_nothing_private(
    qapp: QApplication, tmp_path: Path
) -> None:
    slot, booking = _slot_and_booking()
    slip = slip_of(booking, slot, "Humanitas", "IDO Centrum, Bibliotheek Voorbeeldstad")
    text = SlipDocument(slip).plain_text()
    for expected in (
        "Uw afspraak bij de Belastinghulp",
        "J. Jansen",
        "dinsdag 2 maart 2027",
        "10:00 – 10:30",
        "IDO Centrum, Bibliotheek Voorbeeldstad",
        "een vrijwilliger van Humanitas",
        *STANDARD_LIST,
    ):
        assert expected in text
    assert "WOZ" in text  # a ticked item beyond the standard list
    for private in ("0612345678", "j@example.nl", "Komt met dochter"):
        assert private not in text
    path = tmp_path / "briefje.pdf"
    save_slip_pdf(slip, path)
    data = path.read_bytes()
    assert data.startswith(b"%PDF") and b"0612345678" not in data


def test_ctrl_p_opens_the_slip_of_the_booking_under_the_cursor(
    planning: PlanningPage, qtbot: QtBot, runner: TaskRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[tuple[str, str, str]] = []

    def fake_open(_parent, _kiosk, booking, slot, organisation, _runner) -> None:  # type: ignore[no-untyped-def]
        opened.append((booking.name, slot.id, organisation))

    monkeypatch.setattr("ui.planning.slip_print.open_slip", fake_open)
    qtbot.keyClick(planning.grid, Qt.Key.Key_P, CTRL)  # a free cell: nothing to print
    assert opened == [] and "afspraakbriefje" in planning.feedback.text()
    book(planning, runner, 0, 0, BookingInput("J. Jansen", "0612345678"))
    planning.show_side()
    qtbot.keyClick(planning.grid, Qt.Key.Key_P, CTRL)
    slot = planning.grid.grid_model.slot(0, 0)
    assert slot is not None
    assert opened == [("J. Jansen", slot.id, "FNV Belastingservice")]
    # In the booking dialog: the button, and Ctrl+P there too.
    qtbot.keyClick(planning.grid, Qt.Key.Key_F2)
    editor = planning.editor
    assert editor is not None and editor.slip_button.isVisible()
    qtbot.waitUntil(editor.isActiveWindow, timeout=2000)
    editor.slip_button.click()
    qtbot.keyClick(editor.name, Qt.Key.Key_P, CTRL)
    assert len(opened) == 3 and opened[-1] == opened[0]


@pytest.mark.parametrize(
    "name",
    [
        "<b>Jan</b> & 'Piet' \"Klaas\"",
        "Mia 🌷 Smit",
        "W" * 100,  # the longest name, one word
        "Anna " * 20,
    ],
)
def test_the_slip_prints_any_name_as_text_on_one_page(
    qapp: QApplication, tmp_path: Path, name: str
) -> None:
    slot, booking = _slot_and_booking()
    slip = slip_of(replace(booking, name=name), slot, "Humanitas & Co <Noord>", "IDO 'Centrum'")
    document = SlipDocument(slip)
    text = document.plain_text()
    assert " ".join(name.split()) in " ".join(text.split())
    assert "Humanitas & Co <Noord>" in text and "IDO 'Centrum'" in text
    assert document.document.pageCount() == 1
    # Nothing sticks out to the right of the page.
    assert document.document.size().width() <= document.document.pageSize().width() + 1


def test_the_search_takes_odd_input_as_text(qtbot: QtBot) -> None:
    asked: list[str] = []

    def search(query: str, done: Callable[[list[BookingHit]], None]) -> None:
        asked.append(query)
        done([])

    dialog = SearchDialog(search, 28)
    qtbot.addWidget(dialog)
    dialog.query.setText("   ")
    dialog.search_now()
    assert asked == []  # only spaces: nothing to search
    dialog.query.setText("<b>x</b> %_'🌷" + "y" * 500)
    dialog.search_now()
    assert len(asked[-1]) <= 100  # a name is at most 100 characters
    assert dialog.state.textFormat() == Qt.TextFormat.PlainText
    assert "<b>x</b>" in dialog.state.text() and len(dialog.state.text()) < 120
    assert dialog.minimumSizeHint().width() <= 910
