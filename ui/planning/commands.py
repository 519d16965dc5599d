"""Undo and redo for the planning grid (Ctrl+Z / Ctrl+Shift+Z) on a :class:`QUndoStack`.

Nothing is ever erased: undoing a booking cancels it; undoing a cancel makes a new booking
with the same details in the same slot; undoing a move moves the booking back. Each step runs
on the database worker like any other change (:meth:`Steps.run`); the first ``redo`` that
:meth:`QUndoStack.push` calls does nothing, because the change was already made.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtGui import QUndoCommand

from kiosk.planning.records import Booking, BookingInput
from ui.planning.texts import tr

if TYPE_CHECKING:
    from kiosk.planning.service import PlanningService

UNDO_REASON = "ongedaan gemaakt"


class Steps(Protocol):
    """What a command needs from the page: the service and a way to run a step."""

    @property
    def service(self) -> PlanningService:
        """The planning service the steps run through."""

    def run_step(self, text: str, work: Callable[[], object]) -> None:
        """Run *work* on the database worker, then refresh (or report a failure)."""


def input_of(booking: Booking) -> BookingInput:
    """Return the details of *booking* as input for a new booking."""
    return BookingInput(
        name=booking.name or "",
        phone=booking.phone or "",
        email=booking.email or "",
        purpose=booking.purpose,
        checklist=booking.checklist,
        remark=booking.remark or "",
        walk_in=booking.walk_in,
        overbook_reason=booking.overbook_reason,
    )


class _Step(QUndoCommand):
    def __init__(self, steps: Steps, text: str) -> None:
        super().__init__(text)
        self.steps = steps
        self._done = True  # push() calls redo() at once: the change is already made

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self.steps.run_step(tr("Opnieuw: {what}").format(what=self.text()), self._redo)

    def undo(self) -> None:
        self.steps.run_step(tr("Ongedaan: {what}").format(what=self.text()), self._undo)

    def _redo(self) -> object:
        raise NotImplementedError

    def _undo(self) -> object:
        raise NotImplementedError


class BookStep(_Step):
    """A booking made: undo cancels it, redo books the same details again."""

    def __init__(self, steps: Steps, booking: Booking, text: str) -> None:
        """Remember *booking* (its id changes when redo books it again)."""
        super().__init__(steps, text)
        self.booking = booking

    def _undo(self) -> object:
        return self.steps.service.cancel(self.booking.id, UNDO_REASON)

    def _redo(self) -> object:
        self.booking = self.steps.service.book(self.booking.slot_id, input_of(self.booking))
        return self.booking


class CancelStep(_Step):
    """A booking cancelled: undo books the same details again, redo cancels that booking."""

    def __init__(self, steps: Steps, booking: Booking, text: str) -> None:
        """Remember the cancelled *booking*."""
        super().__init__(steps, text)
        self.booking = booking

    def _undo(self) -> object:
        self.booking = self.steps.service.book(self.booking.slot_id, input_of(self.booking))
        return self.booking

    def _redo(self) -> object:
        return self.steps.service.cancel(self.booking.id)


class MoveStep(_Step):
    """A booking moved from one slot to another: undo moves it back."""

    def __init__(
        self,
        steps: Steps,
        booking_id: str,
        source: str,
        target: str,
        reason: str | None,
        text: str,
    ) -> None:
        """Remember the booking, where it came from and where it went (and why, if full)."""
        super().__init__(steps, text)
        self.booking_id, self.source, self.target, self.reason = (
            booking_id,
            source,
            target,
            reason,
        )

    def _undo(self) -> object:
        return self.steps.service.move(self.booking_id, self.source)

    def _redo(self) -> object:
        return self.steps.service.move(self.booking_id, self.target, self.reason)
