"""Words and markers the planning screens share, in the chosen language.

Status never depends on colour alone: every state has a marker symbol and a word. The grid's
colours are in :mod:`ui.planning.colours`. The words are Dutch sources marked for Qt Linguist
(``QT_TRANSLATE_NOOP`` in the "planning" context) and translated when shown; day and month
names, dates and times come from the default :class:`QLocale`, which follows the language
(:func:`ui.i18n.install_language`).
"""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from kiosk.planning import codes
from kiosk.planning.records import Booking, Slot
from ui.i18n import LOCALES, current_language
from ui.marks import QT_TRANSLATE_NOOP

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
    "booked": QT_TRANSLATE_NOOP("planning", "geboekt"),
    "cancelled": QT_TRANSLATE_NOOP("planning", "geannuleerd"),
    "attended": QT_TRANSLATE_NOOP("planning", "verschenen"),
    "no_show": QT_TRANSLATE_NOOP("planning", "niet verschenen"),
    "provisional": QT_TRANSLATE_NOOP("planning", "voorlopig"),
    "conflict": QT_TRANSLATE_NOOP("planning", "conflict"),
}
#: What a name becomes once the contact details were purged (design §6).
NAME_PURGED = QT_TRANSLATE_NOOP("planning", "(naam gewist)")
CONFLICTS = {
    "slot_full": QT_TRANSLATE_NOOP("planning", "tijdstip was al vol"),
    "slot_closed": QT_TRANSLATE_NOOP("planning", "tijdstip is gesloten"),
    "entity_cancelled": QT_TRANSLATE_NOOP("planning", "was al geannuleerd"),
}


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate *text* in the "planning" context (Qt Linguist); *n* for a %n text."""
    return QCoreApplication.translate("planning", text, disambiguation, n)


def english() -> bool:
    """Return whether the screens speak English now (for the code lists' own labels)."""
    return current_language() == "en"


def label(code: str) -> str:
    """Return a purpose or checklist code's label in the chosen language."""
    return codes.label(code, english=english())


def labels(found: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """Return the labels of the codes *found*, in the chosen language and the given order."""
    return codes.labels(found, english=english())


_locales: dict[str, QLocale] = {}


def locale() -> QLocale:
    """Return the locale of the chosen language.

    The same one :func:`ui.i18n.install_language` sets as the default, but asked by language,
    so a test or a tool that installed no language still formats Dutch.
    """
    language = current_language()
    found = _locales.get(language)
    if found is None:
        found = _locales[language] = QLocale(LOCALES[language])
    return found


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def short_day(day: date) -> str:
    """Return "di 2 mrt" / "Tue 2 Mar"."""
    return locale().toString(_qdate(day), "ddd d MMM")


def long_day(day: date) -> str:
    """Return "dinsdag 2 mrt 2027" / "Tuesday 2 Mar 2027"."""
    return locale().toString(_qdate(day), "dddd d MMM yyyy")


def full_day(day: date) -> str:
    """Return "dinsdag 2 maart 2027" / "Tuesday 2 March 2027": written out in full."""
    return locale().toString(_qdate(day), "dddd d MMMM yyyy")


def numeric_day(day: date) -> str:
    """Return "02-03-2027" / "02/03/2027": the locale's short date."""
    return locale().toString(_qdate(day), QLocale.FormatType.ShortFormat)


def day_name(weekday: int) -> str:
    """Return the name of ISO *weekday* (1 Monday .. 7 Sunday): "maandag" / "Monday"."""
    return locale().dayName(weekday, QLocale.FormatType.LongFormat)


def hhmm(moment: time) -> str:
    """Return "10:00" (24 hours in both languages)."""
    return locale().toString(QTime(moment.hour, moment.minute), "HH:mm")


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
    """Return why the server refused a place, e.g. "tijdstip was al vol".

    A reason this version does not know is said in plain words, never as its code.
    """
    code = code or ""
    if not code:
        return ""
    return tr(CONFLICTS[code]) if code in CONFLICTS else tr("het centrale rooster weigerde de plek")


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
            words.append(tr("voorlopig (nog niet bevestigd door het centrale rooster)"))
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
