"""The side tab "Dit tijdstip": the slot under the grid's cursor and what can be done with it.

It lists the slot's bookings and offers a new booking, opening one (the booking editor), marking
it verschenen / niet verschenen, cancelling it (after a question; a freed place is offered to
the waiting list), moving it (pick with Ctrl+X, put down with Ctrl+V) and copying it (Ctrl+C,
then Ctrl+V books the same details in another slot; the booking stays). Every change runs
through the page (:class:`~ui.planning.host.PanelHost`) on the database lane and can be undone
(:mod:`ui.planning.commands`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from kiosk.planning.records import Booking, BookingInput, Slot
from ui.planning import texts
from ui.planning.booking_editor import BookingEditor
from ui.planning.commands import BookStep, CancelStep, MoveStep, input_of
from ui.planning.side_lists import SlotBookingsModel
from ui.planning.texts import tr
from ui.planning.widgets import LiveTexts, live_button, live_table
from ui.widgets import FlowLayout

if TYPE_CHECKING:
    from ui.planning.host import PanelHost


def status_text(booking: Booking, status: str) -> str:
    """Return "✔ J. Jansen: verschenen." after *booking* got *status*."""
    word = texts.status_word(status)
    return tr("✔ {name}: {word}.").format(name=booking.name or "", word=word)


class SlotPanel(QWidget):
    """The "Dit tijdstip" tab of the planning page.

    Attributes a test may reach: ``title``, ``bookings`` (the model), ``table`` and the
    buttons; :attr:`picked` is the booking being moved (None when none).

    Signals:
        place_freed(object): a cancel freed a place in this :class:`Slot`.
        slip_requested(str, object): print the slip of this booking id in this Slot.
        picked_changed(object, str): the slot id of the picked-up booking and "verplaatsen" or
            "kopiëren" (None and "": nothing picked any more); the grid marks that cell.
    """

    place_freed = Signal(object)
    picked_changed = Signal(object, str)
    slip_requested = Signal(str, object)

    def __init__(self, host: PanelHost, parent: QWidget | None = None) -> None:
        """Build the tab; it works through *host* (the page)."""
        super().__init__(parent)
        self.words = LiveTexts(self)
        self.host = host
        self.picked: Booking | None = None
        self.copying = False  # the pick is a copy (Ctrl+C): paste books the same details again
        self._picked_from: Slot | None = None
        self._slot: Slot | None = None  # the slot shown
        self._helper_name: str | None = None  # the helper of the cell, when it has no slot
        self.title = QLabel(tr("Kies een tijdstip in het rooster."), self)
        self.words.on_switch(self._show_title)
        self.title.setObjectName("slotTitle")
        self.title.setWordWrap(True)
        self.title.setProperty("section", True)
        # Two lines (where, and how many places are free) always fit: a wrapped label in a
        # tab got less height than it needs and showed half of the second line.
        self.title.setMinimumHeight(self.title.fontMetrics().lineSpacing() * 3)
        self.bookings = SlotBookingsModel(self)
        self.table = live_table(
            self.words, self, "slotBookings", lambda: tr("Afspraken op dit tijdstip"), self.bookings
        )
        self.new_button = live_button(
            self.words, lambda: tr("Nieuwe afspraak"), self, "newBookingButton", lambda: "Enter"
        )
        self.open_button = live_button(
            self.words, lambda: tr("Openen (F2)"), self, "openBookingButton"
        )
        self.attended_button = live_button(
            self.words, lambda: tr("✓ Verschenen"), self, "slotAttended"
        )
        self.no_show_button = live_button(
            self.words, lambda: tr("✗ Niet verschenen"), self, "slotNoShow"
        )
        self.cancel_button = live_button(
            self.words, lambda: tr("⊘ Annuleren (Delete)"), self, "slotCancel"
        )
        self.pick_button = live_button(
            self.words, lambda: tr("Verplaatsen … (Ctrl+X)"), self, "slotPick"
        )
        # The buttons wrap (two a row where they fit): a narrow or low panel scrolls, and no
        # label is ever cut.
        buttons = FlowLayout(spacing=6, columns=2)
        for widget in self.tab_chain()[1:]:
            buttons.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.new_button.clicked.connect(lambda: self._with_slot(self.new_booking, ""))
        self.open_button.clicked.connect(lambda: self._with_slot(self.open_slot))
        self.attended_button.clicked.connect(lambda: self.set_status("attended"))
        self.no_show_button.clicked.connect(lambda: self.set_status("no_show"))
        self.cancel_button.clicked.connect(lambda: self._with_slot(self.cancel_in))
        self.pick_button.clicked.connect(lambda: self._with_slot(self.pick))
        self.table.selectionModel().selectionChanged.connect(
            lambda *_args: self.update_buttons(self._slot)
        )
        self.table.doubleClicked.connect(lambda _i: self._with_slot(self.open_slot))

    # -- showing --------------------------------------------------------------------------

    def show_slot(self, slot: Slot | None, helper_name: str | None) -> None:
        """Show *slot* (None: the cursor is on a cell where *helper_name* has no hours)."""
        self._slot, self._helper_name = slot, helper_name
        self._show_title()
        if slot is None:
            self.bookings.set_rows(())
            return
        self.bookings.set_rows(slot.bookings)
        if slot.bookings:
            first = next((n for n, b in enumerate(slot.bookings) if b.status != "cancelled"), 0)
            self.table.selectRow(first)

    def _show_title(self) -> None:
        """Say where the cursor is and how many places are free (again after a switch)."""
        slot, helper = self._slot, self._helper_name
        if slot is not None:
            self.title.setText(f"{self.host.where(slot)}\n{texts.free_text(slot)}")
        elif helper is not None:
            self.title.setText(tr("{helper} heeft hier geen spreekuur.").format(helper=helper))
        else:
            self.title.setText(tr("Kies een tijdstip in het rooster."))

    def chosen_booking(self, slot: Slot) -> Booking | None:
        """Return the booking chosen in the list for *slot*, else its first active one."""
        rows = self.table.selectionModel().selectedRows()
        if rows and self.bookings.rows():
            booking = self.bookings.row_at(rows[0].row())
            if booking.slot_id == slot.id and booking.status != "cancelled":
                return booking
        return next((b for b in slot.bookings if b.status != "cancelled"), None)

    def tab_chain(self) -> list[QWidget]:
        """Return the tab's controls in screen order (the list, then the buttons by rows)."""
        return [
            self.table,
            self.new_button,
            self.open_button,
            self.attended_button,
            self.no_show_button,
            self.pick_button,
            self.cancel_button,
        ]

    def choose_booking(self, booking_id: str) -> bool:
        """Select *booking_id* in the list of the slot shown; False when it is not there."""
        for row, booking in enumerate(self.bookings.rows()):
            if booking.id == booking_id:
                self.table.selectRow(row)
                return True
        return False

    def update_buttons(self, slot: Slot | None) -> None:
        """Enable what can be done in *slot* with its chosen booking."""
        booking = self.chosen_booking(slot) if slot is not None else None
        self.new_button.setEnabled(slot is not None and not slot.closed)
        for widget in (self.open_button, self.cancel_button, self.pick_button):
            widget.setEnabled(booking is not None)
        self.attended_button.setEnabled(booking is not None and booking.status != "attended")
        self.no_show_button.setEnabled(booking is not None and booking.status != "no_show")

    def _with_slot(self, action: Callable[..., None], *args: Any) -> None:
        slot = self.host.slot_under_cursor()
        if slot is None:
            self.host.say(tr("Kies eerst een tijdstip in het rooster (Alt+G)."), ok=False)
            return
        action(slot, *args)

    # -- booking and changing -------------------------------------------------------------

    def new_booking(self, slot: Slot, name: str = "") -> None:
        """Open the booking editor for a new booking in *slot* (with the name typed so far)."""
        host = self.host
        if slot.closed:
            host.say(tr("Dit tijdstip is gesloten."), ok=False)
            return
        editor = host.open_editor(
            BookingEditor(lambda: host.where(slot), self, name=name, overbook=slot.free <= 0)
        )
        service = host.service

        def what(booking: Booking) -> str:
            return tr("Afspraak {name} {where}").format(
                name=booking.name, where=texts.slot_label(slot)
            )

        def save(entry: BookingInput) -> None:
            editor.set_busy(True)
            host.change(
                lambda: service.book(slot.id, entry),
                lambda booking: tr("✔ Opgeslagen: {what} (Ctrl+Z maakt ongedaan)").format(
                    what=what(booking)
                ),
                editor=editor,
                undo=lambda booking: BookStep(host, booking, what(booking)),
            )

        editor.submitted.connect(save)

    def open_slot(self, slot: Slot) -> None:
        """Open the chosen booking of *slot* (or a new one when it has none)."""
        booking = self.chosen_booking(slot)
        if booking is None:
            self.new_booking(slot)
            return
        self.open_booking(booking, slot)

    def open_booking(self, booking: Booking, slot: Slot) -> None:
        """Open *booking* for changes and its status (verschenen / niet verschenen)."""
        host = self.host
        editor = host.open_editor(
            BookingEditor(lambda: host.where(slot), self, mode="edit", booking=booking)
        )
        service = host.service
        editor.slip_requested.connect(lambda: self.slip_requested.emit(booking.id, slot))

        def save(entry: BookingInput) -> None:
            fields = {
                "name": entry.name,
                "phone": entry.phone,
                "email": entry.email,
                "purpose": entry.purpose,
                "checklist": entry.checklist,
                "remark": entry.remark,
            }
            editor.set_busy(True)
            host.change(
                lambda: service.update_booking(booking.id, **fields),
                lambda _b: tr("✔ Afspraak bijgewerkt."),
                editor=editor,
            )

        def status(value: str) -> None:
            host.change(
                lambda: service.set_status(booking.id, value),
                lambda b: status_text(b, value),
                editor=editor,
            )

        def cancel() -> None:
            if host.confirm_cancel(booking, slot):
                editor.accept()
                self._cancel(booking, slot)

        editor.submitted.connect(save)
        editor.status_requested.connect(status)
        editor.cancel_requested.connect(cancel)

    def set_status(self, status: str) -> None:
        """Mark the chosen booking of the slot under the cursor attended or no-show."""
        slot = self.host.slot_under_cursor()
        booking = self.chosen_booking(slot) if slot is not None else None
        if booking is None:
            return
        service = self.host.service
        self.host.change(
            lambda: service.set_status(booking.id, status), lambda b: status_text(b, status)
        )

    # -- cancelling -----------------------------------------------------------------------

    def cancel_in(self, slot: Slot) -> None:
        """Cancel the chosen booking of *slot* after the clerk confirms (Delete)."""
        booking = self.chosen_booking(slot)
        if booking is None:
            self.host.say(tr("Op dit tijdstip staat geen afspraak om te annuleren."), ok=False)
            return
        if self.host.confirm_cancel(booking, slot):
            self._cancel(booking, slot)

    def _cancel(self, booking: Booking, slot: Slot) -> None:
        host = self.host
        service = host.service
        name = texts.booking_name(booking)
        what = tr("Annulering {name} {where}").format(name=name, where=texts.slot_label(slot))
        host.change(
            lambda: service.cancel(booking.id),
            lambda _b: tr("✔ Geannuleerd: {name} (Ctrl+Z maakt ongedaan)").format(name=name),
            undo=lambda cancelled: CancelStep(host, cancelled, what),
            then=lambda _b: self.place_freed.emit(slot),
        )

    # -- moving ---------------------------------------------------------------------------

    def pick(self, slot: Slot) -> None:
        """Pick the chosen booking of *slot* to move (Ctrl+X)."""
        booking = self.chosen_booking(slot)
        if booking is None:
            self.host.say(tr("Op dit tijdstip staat geen afspraak om te verplaatsen."), ok=False)
            return
        self.picked, self._picked_from, self.copying = booking, slot, False
        self.picked_changed.emit(slot.id, tr("verplaatsen"))
        self.host.say(
            tr(
                "Verplaatsen: {name} van {where}. Ga naar het nieuwe tijdstip en druk Ctrl+V "
                "(Esc stopt)."
            ).format(name=texts.booking_name(booking), where=texts.slot_label(slot))
        )

    def copy(self, slot: Slot) -> None:
        """Pick the chosen booking of *slot* to copy (Ctrl+C); the booking stays where it is."""
        booking = self.chosen_booking(slot)
        if booking is None:
            self.host.say(tr("Op dit tijdstip staat geen afspraak om te kopiëren."), ok=False)
            return
        if booking.purged:
            self.host.say(tr("Deze afspraak heeft geen gegevens meer om te kopiëren."), ok=False)
            return
        self.picked, self._picked_from, self.copying = booking, slot, True
        self.picked_changed.emit(slot.id, tr("kopiëren"))
        self.host.say(
            tr(
                "Gekopieerd: {name} van {where}. Ga naar een ander tijdstip en druk Ctrl+V voor "
                "een afspraak met dezelfde gegevens (Esc stopt)."
            ).format(name=texts.booking_name(booking), where=texts.slot_label(slot))
        )

    def drop_pick(self) -> None:
        """Forget the picked booking (Esc)."""
        if self.picked is not None:
            copying = self.copying
            self._forget_pick()
            self.host.say(tr("Kopiëren gestopt.") if copying else tr("Verplaatsen gestopt."))

    def paste(self, target: Slot) -> None:
        """Move the picked booking to *target* (Ctrl+V); a full target asks for a reason."""
        host = self.host
        booking, source = self.picked, self._picked_from
        if booking is None or source is None:
            host.say(
                tr("Kies eerst met Ctrl+X (verplaatsen) of Ctrl+C (kopiëren) een afspraak."),
                ok=False,
            )
            return
        if target.id == booking.slot_id and not self.copying:
            host.say(tr("De afspraak staat al op dit tijdstip."), ok=False)
            return
        if target.closed:
            host.say(tr("Dit tijdstip is gesloten; kies een ander."), ok=False)
            return
        reason: str | None = None
        if target.free <= 0:
            reason = host.ask_reason(tr("Dit tijdstip is vol. Waarom toch hierheen?"))
            if reason is None:
                return
        if self.copying:
            self._paste_copy(booking, target, reason)
            return
        name = texts.booking_name(booking)
        what = tr("Verplaatsing {name} {source} → {target}").format(
            name=name, source=texts.slot_label(source), target=texts.slot_label(target)
        )
        service = host.service
        host.change(
            lambda: service.move(booking.id, target.id, reason),
            lambda _moved: tr("✔ Verplaatst: {name} naar {target}").format(
                name=name, target=texts.slot_label(target)
            ),
            undo=lambda moved: MoveStep(host, moved.id, booking.slot_id, target.id, reason, what),
            then=lambda _moved: self._forget_pick(),
        )

    def _paste_copy(self, booking: Booking, target: Slot, reason: str | None) -> None:
        """Book *booking*'s details once more in *target* (the original stays)."""
        host, service = self.host, self.host.service
        entry = replace(input_of(booking), overbook_reason=reason)
        what = tr("Afspraak {name} {where}").format(
            name=texts.booking_name(booking), where=texts.slot_label(target)
        )
        host.change(
            lambda: service.book(target.id, entry),
            lambda _booked: tr("✔ Gekopieerd: {what} (Ctrl+Z maakt ongedaan)").format(what=what),
            undo=lambda booked: BookStep(host, booked, what),
            then=lambda _booked: self._forget_pick(),
        )

    def _forget_pick(self) -> None:
        self.picked = self._picked_from = None
        self.copying = False
        self.picked_changed.emit(None, "")
