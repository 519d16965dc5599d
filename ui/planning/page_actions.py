"""What the planning page does for its desk keys: find a day, find a booking, print a slip.

Kept out of :mod:`ui.planning.planning_page` (the screen's shell) to keep that module small;
each function takes the page.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from kiosk.planning.search import BookingHit
from ui.planning import page_build, texts
from ui.planning.navigation import row_for_day
from ui.planning.texts import tr

if TYPE_CHECKING:
    from ui.planning.planning_page import PlanningPage


def go_to_day(page: PlanningPage, day: date) -> bool:
    """Put the grid's cursor on the first hour of *day* (or the next day with hours).

    Keeps the cursor's column; says where it went when that is not *day* itself. False when
    the grid has no rows.
    """
    grid = page.grid_data
    row = row_for_day(grid, day)
    if grid is None or row is None:
        page.say(tr("Er is geen rooster om in te zoeken."), ok=False)
        return False
    view = page.grid
    current = view.currentIndex()
    column = current.column() if current.isValid() else 0
    target = view.grid_model.index(row, max(column, 0))
    view.setCurrentIndex(target)
    view.scrollTo(target, view.ScrollHint.PositionAtTop)
    shown = grid.rows[row].day
    if shown == day:
        page.say(tr("Rooster van {day}.").format(day=texts.long_day(day)))
    elif shown > day:
        page.say(
            tr("Op {day} is er geen spreekuur; de eerstvolgende dag is {shown}.").format(
                day=texts.long_day(day), shown=texts.long_day(shown)
            )
        )
    else:
        page.say(
            tr("Het seizoen is voorbij op {day}; dit is de laatste dag: {shown}.").format(
                day=texts.long_day(day), shown=texts.long_day(shown)
            )
        )
    return True


def open_search(page: PlanningPage) -> None:
    """Open the booking search (Ctrl+F); a chosen booking is shown in the grid."""
    from ui.planning.search_dialog import SearchDialog

    service = page.service

    def search(query: str, done: Callable[[list[BookingHit]], None]) -> None:
        def answer(hits: list[BookingHit]) -> None:
            if page.search_dialog is dialog:  # closed meanwhile: nothing left to show it in
                done(hits)

        page.read(lambda: service.search_bookings(query), answer)

    dialog = SearchDialog(search, page.retention, page)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.chosen.connect(lambda hit: show_hit(page, hit))
    dialog.finished.connect(lambda _code: _search_closed(page))
    page.search_dialog = dialog
    dialog.open()


def _search_closed(page: PlanningPage) -> None:
    """Forget the closed search; focus goes back to the grid."""
    page.search_dialog = None
    page.activateWindow()
    page.grid.setFocus(Qt.FocusReason.OtherFocusReason)


def show_hit(page: PlanningPage, hit: BookingHit) -> None:
    """Show *hit*'s booking in the grid: its season, without filters, cursor on its slot."""
    page.pending_hit = hit
    filtered = page.helper_filter.currentIndex() > 0 or page.partner_filter.currentIndex() > 0
    if hit.season_id != page.season_id or filtered:
        page.season_id = hit.season_id
        page.helper_filter.blockSignals(True)
        page.partner_filter.blockSignals(True)
        page.helper_filter.setCurrentIndex(0)
        page.partner_filter.setCurrentIndex(0)
        page.helper_filter.blockSignals(False)
        page.partner_filter.blockSignals(False)
        page_build.mark_filter(page)
        page.reload()  # the page calls finish_hit once loaded
        return
    finish_hit(page)


def finish_hit(page: PlanningPage) -> None:
    """Put the cursor on the pending hit's slot and choose its booking in the side panel."""
    hit, page.pending_hit = page.pending_hit, None
    if hit is None:
        return
    if not page.grid.go_to_slot(hit.slot_id):
        page.say(tr("Die afspraak staat niet meer in het rooster."), ok=False)
        return
    page.show_side()
    page.slot_panel.choose_booking(hit.booking_id)
    page.grid.setFocus(Qt.FocusReason.OtherFocusReason)
    page.say(
        tr("Gevonden: {name}, {day} {time}, bij {helper}.").format(
            name=hit.name,
            day=texts.long_day(hit.day),
            time=texts.hhmm(hit.starts),
            helper=hit.helper_name,
        )
    )


def print_slip_here(page: PlanningPage) -> None:
    """Print the appointment slip of the booking under the cursor (Ctrl+P)."""
    slot = page.slot_under_cursor()
    booking = page.slot_panel.chosen_booking(slot) if slot is not None else None
    if slot is None or booking is None:
        page.say(tr("Zet de cursor op een afspraak om een afspraakbriefje te maken."), ok=False)
        return
    print_slip_for(page, booking.id, slot)


def print_slip_for(page: PlanningPage, booking_id: str, slot: object) -> None:
    """Open the slip's print preview for booking *booking_id* in *slot*."""
    from kiosk.planning.records import Slot
    from ui.planning.slip_print import open_slip

    assert isinstance(slot, Slot)
    booking = next((b for b in slot.bookings if b.id == booking_id), None)
    if booking is None or page.kiosk is None:
        return
    if booking.purged:
        page.say(tr("Deze afspraak heeft geen naam meer; een briefje kan niet."), ok=False)
        return
    helpers = page.grid_data.helpers if page.grid_data else ()
    helper = next((h for h in helpers if h.id == slot.helper_id), None)
    organisation = helper.partner_name if helper is not None else ""
    open_slip(page, page.kiosk, booking, slot, organisation or "", page.runner)


def open_templates(page: PlanningPage) -> None:
    """Open the season and template editor; reload when it closes."""
    from ui.planning.template_editor import TemplateEditor

    editor = TemplateEditor(page.service, page.runner, page, season_id=page.season_id)
    editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    editor.changed.connect(page.changed.emit)

    def chosen(season_id: str) -> None:
        page.season_id = season_id

    editor.season_chosen.connect(chosen)
    editor.finished.connect(lambda _code: page.reload())
    page.template_editor = editor
    editor.open()


def current_day(page: PlanningPage) -> date | None:
    """Return the day under the grid's cursor."""
    index = page.grid.currentIndex()
    grid = page.grid_data
    if not index.isValid() or grid is None or not grid.rows:
        return None
    return grid.rows[index.row()].day


def print_day_list(page: PlanningPage) -> None:
    """Print the day list of the cursor's day (and the helper filter's helper, if any)."""
    if page.kiosk is None:
        return
    from ui.planning.day_list_print import print_day_list as print_list

    day = current_day(page) or page.today()
    print_list(page, page.kiosk, day, page.helper_filter.currentData(), page.runner)


def open_exchange(page: PlanningPage) -> None:
    """Open export of the schedule and import of availability (Ctrl+E)."""
    if page.kiosk is None:
        return
    from ui.planning.exchange_dialog import open_exchange as open_dialog

    open_dialog(
        page,
        page.kiosk,
        page.season_id,
        page.runner,
        on_changed=page.changed.emit,
        season_name=page.season.currentText(),
    )
