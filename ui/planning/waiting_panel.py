"""The side tab "Wachtlijst": the season's waiting list, and offering a freed place.

A clerk adds a citizen (the booking editor in waiting mode), books the chosen one into the slot
under the grid's cursor, or takes them off the list. When a cancel frees a place,
:meth:`WaitingPanel.offer_freed_place` asks whether the first waiting citizen gets it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from kiosk.planning.records import Booking, BookingInput, Slot, WaitingEntry
from ui.planning import texts
from ui.planning.booking_editor import BookingEditor
from ui.planning.commands import BookStep
from ui.planning.side_lists import WaitingModel
from ui.planning.texts import tr
from ui.planning.widgets import button, table

if TYPE_CHECKING:
    from ui.planning.planning_page import PlanningPage


class WaitingPanel(QWidget):
    """The "Wachtlijst" tab of a :class:`~ui.planning.planning_page.PlanningPage`.

    Attributes a test may reach: ``model``, ``table``, ``add_button``, ``book_button`` and
    ``remove_button``.
    """

    def __init__(self, page: PlanningPage) -> None:
        """Build the tab for *page*."""
        super().__init__(page)
        self.page = page
        self.model = WaitingModel(self)
        self.table = table(self, "waitingList", tr("Wachtlijst van dit seizoen"), self.model)
        self.add_button = button(tr("Op de wachtlijst …"), self, "addWaiting")
        self.book_button = button(
            tr("Inplannen op gekozen tijdstip"),
            self,
            "bookWaiting",
            tr("Boek de gekozen persoon op het tijdstip onder de cursor in het rooster"),
        )
        self.remove_button = button(tr("Van de lijst halen"), self, "removeWaiting")
        hint = QLabel(
            tr("Kies iemand, ga in het rooster naar een vrij tijdstip (Alt+G) en kies Inplannen."),
            self,
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)
        layout.addWidget(self.add_button)
        layout.addWidget(self.book_button)
        layout.addWidget(self.remove_button)
        self.add_button.clicked.connect(self.add)
        self.book_button.clicked.connect(self.book_chosen)
        self.remove_button.clicked.connect(self.remove_chosen)

    def update_buttons(self, slot: Slot | None) -> None:
        """Enable booking (with a slot under the cursor) and removing when anyone waits."""
        has_waiting = bool(self.model.rows())
        self.book_button.setEnabled(has_waiting and slot is not None)
        self.remove_button.setEnabled(has_waiting)

    def chosen(self) -> WaitingEntry | None:
        """Return the entry chosen in the list, else the first one."""
        rows = self.table.selectionModel().selectedRows()
        if rows:
            return self.model.row_at(rows[0].row())
        entries = self.model.rows()
        return entries[0] if entries else None

    def add(self) -> None:
        """Open the editor for a new waiting-list entry."""
        page = self.page
        season_id = page.season_id
        if season_id is None:
            return
        editor = page.open_editor(
            BookingEditor(
                tr("Wachtlijst: {season}").format(season=page.season.currentText()),
                page,
                mode="waiting",
            )
        )
        service = page.service

        def save(entry: BookingInput) -> None:
            editor.set_busy(True)
            page.runner.submit(
                lambda: service.add_waiting(season_id, entry),
                lambda w: page.close_editor_after(
                    editor, tr("✔ {name} staat op de wachtlijst.").format(name=w.name)
                ),
                editor.show_problems,
            )

        editor.submitted.connect(save)

    def book_chosen(self) -> None:
        """Book the chosen waiting citizen into the slot under the grid's cursor."""
        entry, slot = self.chosen(), self.page.grid.current_slot()
        if entry is None or slot is None:
            self.page.say(
                tr("Kies iemand op de wachtlijst en een tijdstip in het rooster."), ok=False
            )
            return
        if slot.free <= 0:
            self.page.say(tr("Dit tijdstip is vol of gesloten; kies een vrij tijdstip."), ok=False)
            return
        self._book(entry, slot)

    def remove_chosen(self) -> None:
        """Take the chosen entry off the waiting list."""
        entry = self.chosen()
        if entry is None:
            return
        service = self.page.service
        self.page.write(
            lambda: service.remove_waiting(entry.id),
            lambda _r: tr("✔ {name} is van de wachtlijst gehaald.").format(name=entry.name),
        )

    def offer_freed_place(self, slot: Slot) -> None:
        """Offer the place freed in *slot* to the first waiting citizen, if anyone waits."""
        page = self.page
        service = page.service

        def offer(entry: WaitingEntry | None) -> None:
            if entry is not None and page.offer_waiting(entry, slot):
                self._book(entry, slot)

        page.submit(lambda: service.first_waiting_for(slot.id), offer)

    def _book(self, entry: WaitingEntry, slot: Slot) -> None:
        page = self.page
        service = page.service

        def done(booking: Booking) -> None:
            text = tr("Afspraak {name} {where}").format(
                name=booking.name, where=texts.slot_label(slot)
            )
            page.undo_stack.push(BookStep(page, booking, text))
            page.after_write(tr("✔ Van de wachtlijst ingepland: {what}").format(what=text))

        page.submit(lambda: service.book_from_waiting(entry.id, slot.id), done)
