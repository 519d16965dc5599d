"""What the planning page's side tabs may ask of the page: :class:`PanelHost`.

The tabs (:mod:`~ui.planning.slot_panel`, :mod:`~ui.planning.waiting_panel`,
:mod:`~ui.planning.attention_panel`) know the page only through this interface: the slot under
the grid's cursor, a way to name a slot, the feedback line, the questions a test can answer,
the booking editor, and running reads and changes on the database lane. What they show is
pushed to them by the page; what they want the page to do beyond this, they signal.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoCommand

    from kiosk.planning.records import Booking, Slot, WaitingEntry
    from kiosk.planning.service import PlanningService
    from ui.planning.booking_editor import BookingEditor

T = TypeVar("T")


class PanelHost(Protocol):
    """The planning page as its side tabs see it.

    ``service`` and :meth:`run_step` also make it the :class:`~ui.planning.commands.Steps`
    that undo and redo run through.
    """

    @property
    def service(self) -> PlanningService:
        """The planning service (the changes run through it on the database lane)."""

    def slot_under_cursor(self) -> Slot | None:
        """Return the slot under the grid's cursor (the side tab caught up with it first)."""

    def where(self, slot: Slot) -> str:
        """Return "di 2 mrt 10:00–10:30 · Anna de Boer" for *slot*."""

    def say(self, text: str, *, ok: bool = True) -> None:
        """Show *text* under the grid (green, or red when not *ok*)."""

    def confirm_cancel(self, booking: Booking, slot: Slot) -> bool:
        """Ask "Afspraak annuleren?"; True when the clerk says yes."""

    def offer_waiting(self, entry: WaitingEntry, slot: Slot) -> bool:
        """Ask whether the first waiting citizen gets the place freed in *slot*."""

    def ask_reason(self, question: str) -> str | None:
        """Ask why; None when the clerk stops."""

    def open_editor(self, editor: BookingEditor) -> BookingEditor:
        """Show *editor* (one at a time) and return it."""

    def read(self, work: Callable[[], T], done: Callable[[T], None]) -> None:
        """Run the read *work* on the database lane, then *done*; a refusal is shown."""

    def change(
        self,
        work: Callable[[], T],
        done: Callable[[T], str],
        *,
        editor: BookingEditor | None = None,
        undo: Callable[[T], QUndoCommand] | None = None,
        then: Callable[[T], Any] | None = None,
    ) -> None:
        """Store the change *work* on the database lane; say ``done(result)`` when stored.

        On success *editor* closes, *undo* (given the result) makes the step Ctrl+Z undoes,
        and *then* runs last; a refusal shows under *editor*'s fields, or under the grid.
        """

    def run_step(self, text: str, work: Callable[[], object]) -> None:
        """Run an undo or redo step on the database lane (see :mod:`ui.planning.commands`)."""
