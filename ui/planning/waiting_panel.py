"""The side tab "Wachtlijst": the season's waiting list, and offering a freed place.

A clerk adds a citizen (the booking editor in waiting mode), books the chosen one into the slot
under the grid's cursor, or takes them off the list. When a cancel frees a place,
:meth:`WaitingPanel.offer_freed_place` asks whether the first waiting citizen gets it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from kiosk.planning.records import Booking, BookingInput, Season, Slot, WaitingEntry
from ui.planning import texts
from ui.planning.booking_editor import BookingEditor
from ui.planning.commands import BookStep
from ui.planning.side_lists import WaitingModel
from ui.planning.texts import tr
from ui.planning.widgets import LiveTexts, live_button, live_table

if TYPE_CHECKING:
    from ui.planning.host import PanelHost


class WaitingPanel(QWidget):
    """The "Wachtlijst" tab of the planning page.

    Attributes a test may reach: ``model``, ``table``, ``add_button``, ``book_button`` and
    ``remove_button``.
    """

    def __init__(self, host: PanelHost, parent: QWidget | None = None) -> None:
        """Build the tab; it works through *host* (the page)."""
        super().__init__(parent)
        self.words = LiveTexts(self)
        self.host = host
        self.season: Season | None = None  # the season whose list is shown
        self.model = WaitingModel(self)
        self.table = live_table(
            self.words, self, "waitingList", lambda: tr("Wachtlijst van dit seizoen"), self.model
        )
        self.add_button = live_button(
            self.words, lambda: tr("Op de wachtlijst …"), self, "addWaiting"
        )
        self.book_button = live_button(
            self.words,
            lambda: tr("Inplannen op gekozen tijdstip"),
            self,
            "bookWaiting",
            lambda: tr("Boek de gekozen persoon op het tijdstip onder de cursor in het rooster"),
        )
        self.remove_button = live_button(
            self.words, lambda: tr("Van de lijst halen"), self, "removeWaiting"
        )
        hint = QLabel(self)
        self.words.set(
            hint.setText,
            lambda: tr(
                "Kies iemand, ga in het rooster naar een vrij tijdstip (Alt+G) en kies Inplannen."
            ),
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

    def show_list(self, season: Season | None, entries: list[WaitingEntry]) -> None:
        """Show the waiting list *entries* of *season* (None: no season yet)."""
        self.season = season
        self.model.set_rows(entries)

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
        host, season = self.host, self.season
        if season is None:
            return
        editor = host.open_editor(
            BookingEditor(
                lambda: tr("Wachtlijst: {season}").format(season=season.name),
                self,
                mode="waiting",
            )
        )
        service = host.service

        def save(entry: BookingInput) -> None:
            editor.set_busy(True)
            host.change(
                lambda: service.add_waiting(season.id, entry),
                lambda w: tr("✔ {name} staat op de wachtlijst.").format(name=w.name),
                editor=editor,
            )

        editor.submitted.connect(save)

    def book_chosen(self) -> None:
        """Book the chosen waiting citizen into the slot under the grid's cursor."""
        entry, slot = self.chosen(), self.host.slot_under_cursor()
        if entry is None or slot is None:
            self.host.say(
                tr("Kies iemand op de wachtlijst en een tijdstip in het rooster."), ok=False
            )
            return
        if slot.free <= 0:
            self.host.say(tr("Dit tijdstip is vol of gesloten; kies een vrij tijdstip."), ok=False)
            return
        self._book(entry, slot)

    def remove_chosen(self) -> None:
        """Take the chosen entry off the waiting list."""
        entry = self.chosen()
        if entry is None:
            return
        service = self.host.service
        self.host.change(
            lambda: service.remove_waiting(entry.id),
            lambda _r: tr("✔ {name} is van de wachtlijst gehaald.").format(name=entry.name),
        )

    def offer_freed_place(self, slot: Slot) -> None:
        """Offer the place freed in *slot* to the first waiting citizen, if anyone waits."""
        host = self.host
        service = host.service

        def offer(entry: WaitingEntry | None) -> None:
            if entry is not None and host.offer_waiting(entry, slot):
                self._book(entry, slot)

        host.read(lambda: service.first_waiting_for(slot.id), offer)

    def _book(self, entry: WaitingEntry, slot: Slot) -> None:
        host = self.host
        service = host.service

        def what(booking: Booking) -> str:
            return tr("Afspraak {name} {where}").format(
                name=booking.name, where=texts.slot_label(slot)
            )

        host.change(
            lambda: service.book_from_waiting(entry.id, slot.id),
            lambda booking: tr("✔ Van de wachtlijst ingepland: {what}").format(what=what(booking)),
            undo=lambda booking: BookStep(host, booking, what(booking)),
        )
