"""The side tab "Aandacht nodig": bookings the server stored in conflict, and ending them.

Each conflict ends one of three ways (``booking.resolve``, design §5): moved to the slot under
the grid's cursor (it needs a free place), kept with a reason (overbooked) or cancelled.
Choosing a row puts the grid's cursor on the booking's slot (:attr:`AttentionPanel.slot_chosen`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from kiosk.planning.records import Booking, Slot
from ui.planning import texts
from ui.planning.side_lists import AttentionModel
from ui.planning.texts import tr
from ui.planning.widgets import LiveTexts, live_button, live_table

if TYPE_CHECKING:
    from ui.planning.host import PanelHost


class AttentionPanel(QWidget):
    """The "Aandacht nodig" tab of the planning page.

    Attributes a test may reach: ``model``, ``table``, ``move_button``, ``overbook_button``
    and ``cancel_button``.

    Signals:
        slot_chosen(str): the clerk chose a conflict in the list; the id of its slot.
    """

    slot_chosen = Signal(str)

    def __init__(self, host: PanelHost, parent: QWidget | None = None) -> None:
        """Build the tab; it works through *host* (the page)."""
        super().__init__(parent)
        self.words = LiveTexts(self)
        self.host = host
        self.model = AttentionModel(self)
        self.table = live_table(
            self.words,
            self,
            "attentionList",
            lambda: tr("Afspraken die aandacht nodig hebben"),
            self.model,
        )
        explanation = QLabel(self)
        self.words.set(
            explanation.setText,
            lambda: tr(
                "Deze afspraken zijn op een andere balie of offline gemaakt terwijl het "
                "tijdstip al vol of gesloten was. Verplaats, plan toch in met een reden, of "
                "annuleer."
            ),
        )
        explanation.setWordWrap(True)
        self.move_button = live_button(
            self.words,
            lambda: tr("Verplaatsen naar gekozen tijdstip"),
            self,
            "resolveMove",
            lambda: tr("Verplaats naar het tijdstip onder de cursor in het rooster"),
        )
        self.overbook_button = live_button(
            self.words, lambda: tr("Toch inplannen (met reden) …"), self, "resolveOverbook"
        )
        self.cancel_button = live_button(
            self.words, lambda: tr("Annuleren …"), self, "resolveCancel"
        )
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.move_button)
        layout.addWidget(self.overbook_button)
        layout.addWidget(self.cancel_button)
        self.move_button.clicked.connect(lambda: self.resolve("move"))
        self.overbook_button.clicked.connect(lambda: self.resolve("overbook"))
        self.cancel_button.clicked.connect(lambda: self.resolve("cancel"))
        self.table.selectionModel().selectionChanged.connect(self._on_row)

    def show_conflicts(self, bookings: list[Booking], slots: dict[str, Slot]) -> int:
        """Show *bookings* (their slots by id in *slots*); return how many there are."""
        self.model.set_slots(slots)
        self.model.set_rows(bookings)
        return len(bookings)

    def update_buttons(self) -> None:
        """Enable the three actions while there is a conflict to end."""
        has_attention = bool(self.model.rows())
        for widget in (self.move_button, self.overbook_button, self.cancel_button):
            widget.setEnabled(has_attention)

    def chosen(self) -> Booking | None:
        """Return the conflict chosen in the list, else the first one."""
        rows = self.table.selectionModel().selectedRows()
        if rows:
            return self.model.row_at(rows[0].row())
        entries = self.model.rows()
        return entries[0] if entries else None

    def _on_row(self, *_args: Any) -> None:
        booking = self.chosen()
        if booking is not None:
            self.slot_chosen.emit(booking.slot_id)

    def resolve(self, action: str) -> None:
        """End the chosen conflict: move to the grid's slot, overbook with a reason, cancel."""
        host = self.host
        booking = self.chosen()
        if booking is None:
            return
        slot_id: str | None = None
        reason: str | None = None
        name = texts.booking_name(booking)
        if action == "move":
            target = host.slot_under_cursor()
            if target is None or target.id == booking.slot_id or target.free <= 0:
                host.say(
                    tr("Kies eerst in het rooster (Alt+G) een ander tijdstip met een vrije plek."),
                    ok=False,
                )
                return
            slot_id = target.id
            done_text = tr("✔ {name} verplaatst naar {where}.").format(
                name=name, where=texts.slot_label(target)
            )
        elif action == "overbook":
            reason = host.ask_reason(tr("Waarom krijgt dit tijdstip een extra afspraak?"))
            if reason is None:
                return
            done_text = tr("✔ {name} toch ingepland ({reason}).").format(name=name, reason=reason)
        else:
            slot = self.model.slot_of(booking)
            if slot is None or not host.confirm_cancel(booking, slot):
                return
            done_text = tr("✔ Afspraak van {name} geannuleerd.").format(name=name)
        service = host.service
        host.change(
            lambda: service.resolve(booking.id, action, slot_id, reason), lambda _b: done_text
        )
