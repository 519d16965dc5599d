"""Dutch words and markers the planning screens share.

Status never depends on colour alone: every state has a marker symbol and a word. The grid's
colours are in :mod:`ui.planning.colours`.
"""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QCoreApplication

from kiosk.calendar_words import MONTHS_SHORT, WEEKDAYS
from kiosk.planning.records import Booking, Slot

DAYS = ("ma", "di", "wo", "do", "vr", "za", "zo")
DAY_NAMES = WEEKDAYS
MONTHS = MONTHS_SHORT

#: Marker and word per booking state (``status``, or the sync state where that matters more).
MARKERS = {
    "attended": "✓",
    "no_show": "✗",
    "provisional": "◷",
    "conflict": "⚠",
    "cancelled": "⊘",
    "booked": "",
}
WORDS = {
    "booked": "geboekt",
    "cancelled": "geannuleerd",
    "attended": "verschenen",
    "no_show": "niet verschenen",
    "provisional": "voorlopig",
    "conflict": "conflict",
}
#: What a name becomes once the contact details were purged (design §6).
NAME_PURGED = "(naam gewist)"
CONFLICTS = {
    "slot_full": "tijdstip was al vol",
    "slot_closed": "tijdstip is gesloten",
    "entity_cancelled": "was al geannuleerd",
}


def tr(text: str) -> str:
    """Translate *text* in the "planning" context (Qt Linguist)."""
    return QCoreApplication.translate("planning", text)


def short_day(day: date) -> str:
    """Return "di 2 mrt"."""
    return f"{DAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]}"


def long_day(day: date) -> str:
    """Return "dinsdag 2 mrt 2027"."""
    return f"{DAY_NAMES[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year}"


def hhmm(moment: time) -> str:
    """Return "10:00"."""
    return moment.strftime("%H:%M")


def slot_label(slot: Slot) -> str:
    """Return "di 2 mrt 10:00–10:30"."""
    return f"{short_day(slot.day)} {hhmm(slot.starts)}–{hhmm(slot.ends)}"


def booking_state(booking: Booking) -> str:
    """Return the state that decides a booking's marker: conflict, provisional or the status."""
    if booking.status == "cancelled":
        return "cancelled"
    if booking.sync == "conflict":
        return "conflict"
    if booking.status in ("attended", "no_show"):
        return booking.status
    if booking.sync == "provisional":
        return "provisional"
    return booking.status


def conflict_words(code: str | None) -> str:
    """Return why the server refused a place, e.g. "tijdstip was al vol" (unknown: the code)."""
    code = code or ""
    return tr(CONFLICTS[code]) if code in CONFLICTS else code


def status_word(status: str) -> str:
    """Return a booking status (or sync state) in Dutch words: "niet verschenen"."""
    return tr(WORDS.get(status, status))


def booking_name(booking: Booking) -> str:
    """Return the name, or a plain note once the contact details were purged."""
    if booking.name is None:
        return tr(NAME_PURGED)
    return booking.name + (tr(" (inloop)") if booking.walk_in else "")


def booking_text(booking: Booking) -> str:
    """Return the marker and name, e.g. "◷ J. Jansen"."""
    marker = MARKERS.get(booking_state(booking), "")
    return f"{marker} {booking_name(booking)}" if marker else booking_name(booking)


def booking_status_words(booking: Booking) -> str:
    """Return "geboekt, voorlopig" / "verschenen" / "conflict: het tijdstip was al vol"."""
    words = [status_word(booking.status)]
    if booking.status != "cancelled":
        if booking.sync == "conflict":
            reason = conflict_words(booking.conflict_code)
            words.append(
                tr("conflict: {reason}").format(reason=reason) if reason else tr("conflict")
            )
        elif booking.sync == "provisional":
            words.append(tr("voorlopig (nog niet bevestigd door de server)"))
    if booking.overbook_reason:
        words.append(tr("overboekt: {reason}").format(reason=booking.overbook_reason))
    return ", ".join(words)


def visible_bookings(slot: Slot) -> tuple[Booking, ...]:
    """Return the bookings a cell shows: every one but the cancelled."""
    return tuple(b for b in slot.bookings if b.status != "cancelled")


def cell_kind(slot: Slot | None) -> str:
    """Return none, closed, conflict, free, partial, full, over or done (all attended/no-show)."""
    if slot is None:
        return "none"
    if slot.closed:
        return "closed"
    shown = visible_bookings(slot)
    if any(b.sync == "conflict" for b in shown):
        return "conflict"
    held = slot.held
    if held == 0:
        return "free"
    if all(b.status in ("attended", "no_show") for b in shown) and held >= slot.capacity:
        return "done"
    if held < slot.capacity:
        return "partial"
    return "full" if held == slot.capacity else "over"


def free_text(slot: Slot) -> str:
    """Return "vrij", "2 van 3 vrij", "vol" or "1 overboekt"."""
    if slot.closed:
        return tr("gesloten")
    free = slot.free
    if free < 0:
        return tr("{n} overboekt").format(n=-free)
    if free == 0:
        return tr("vol")
    if slot.capacity == 1:
        return tr("vrij")
    return tr("{free} van {capacity} vrij").format(free=free, capacity=slot.capacity)
