"""What the sync status means for a clerk: short Dutch texts for the status bar and the screen.

Pure functions of a :class:`~sync.state.SyncStatus` (duck-typed here, so importing this module
costs nothing at start-up) and the current time, and the one-line :func:`summary` of a run.
The texts go through Qt's translation (context ``SyncStatus``; the sync client's messages
through :mod:`ui.words`); times are shown in local time.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from kiosk.clock import from_utc_text
from ui.i18n import locale, short_moment
from ui.words import phrase, text

if TYPE_CHECKING:  # only its type: sync/ loads off the GUI thread
    from kiosk.errors import Message
    from kiosk.outbox import Backlog
    from sync.app_update import AppUpdate
    from sync.result import SyncResult
    from sync.state import SyncStatus

# The pause reasons of sync.state (copied, not imported: sync/ loads off the GUI thread).
PAUSED_REENROLL = "reenroll"
PAUSED_REVOKED = "revoked"
PAUSED_UPDATE = "update_required"
NEEDS_ENROLLMENT = frozenset({PAUSED_REENROLL, PAUSED_REVOKED})

# Tones, used as the ``tone`` property in the style sheet.
OK, WARNING, ERROR, MUTED = "ok", "warning", "error", "muted"


@dataclass(frozen=True)
class Indicator:
    """One status-bar text with its tone and a longer explanation for the tooltip."""

    text: str
    tone: str
    tooltip: str


def local_time(utc_text: str | None, now: datetime, *, today: str = "") -> str | None:
    """Return *utc_text* as local ``10:42`` (today) or ``27-11-2026 10:42`` (another day).

    In the language's own way of writing a date (English: ``27/11/2026 10:42``).

    *today* is put before a time of today (e.g. "vandaag om").
    """
    if not utc_text:
        return None
    try:
        moment = from_utc_text(utc_text).astimezone()
    except ValueError:
        return None
    if moment.date() == now.astimezone().date():
        return f"{today} {short_moment(moment, with_date=False)}".strip()
    return short_moment(moment)


def needs_enrollment(status: SyncStatus) -> bool:
    """Tell whether the desk must be (re-)enrolled before it can sync again."""
    return not status.enrolled or status.paused_reason in NEEDS_ENROLLMENT


def connection(status: SyncStatus, now: datetime) -> Indicator:
    """Return the connection indicator: not enrolled, paused, online or offline."""
    if not status.enrolled:
        return Indicator(
            QCoreApplication.translate("SyncStatus", "Niet gekoppeld"),
            MUTED,
            QCoreApplication.translate(
                "SyncStatus",
                "Deze balie is nog niet gekoppeld aan de centrale server. De registraties "
                "blijven bewaard op deze computer. Koppelen: Ctrl+K.",
            ),
        )
    detail = _words(status.last_error)
    if status.paused_reason == PAUSED_REENROLL:
        return Indicator(
            QCoreApplication.translate("SyncStatus", "● Opnieuw koppelen nodig"), ERROR, detail
        )
    if status.paused_reason == PAUSED_REVOKED:
        return Indicator(
            QCoreApplication.translate("SyncStatus", "● Balie uitgeschakeld"), ERROR, detail
        )
    if status.paused_reason == PAUSED_UPDATE:
        return Indicator(
            QCoreApplication.translate("SyncStatus", "● Nieuwe versie nodig"), ERROR, detail
        )
    if status.last_error:
        retry = local_time(status.next_attempt_at, now)
        label = QCoreApplication.translate("SyncStatus", "● Geen verbinding")
        if retry is not None:
            label += QCoreApplication.translate("SyncStatus", " · nieuwe poging om {time}").format(
                time=retry
            )
        return Indicator(label, WARNING, detail)
    sent = local_time(status.last_success_at, now)
    if sent is None:
        return Indicator(
            QCoreApplication.translate("SyncStatus", "● Gekoppeld · nog niets verzonden"),
            OK,
            QCoreApplication.translate("SyncStatus", "Gekoppeld aan {server}.").format(
                server=status.server_url
            ),
        )
    return Indicator(
        QCoreApplication.translate("SyncStatus", "● Verzonden om {time}").format(time=sent),
        OK,
        QCoreApplication.translate("SyncStatus", "Verbonden met {server}.").format(
            server=status.server_url
        ),
    )


def update_notice(status: SyncStatus) -> Indicator | None:
    """Return "Nieuwe versie beschikbaar" when the server advises a newer app, else None.

    None too when the desk is paused for its version: the connection says so already.
    """
    update = status.app_update
    if update is None or not update.available or status.paused_reason == PAUSED_UPDATE:
        return None
    return Indicator(
        QCoreApplication.translate("SyncStatus", "Nieuwe versie beschikbaar"),
        WARNING,
        update_advice(update),
    )


def update_advice(update: AppUpdate) -> str:
    """Return what a newer version means for the clerk (without the download address)."""
    if update.required:
        return QCoreApplication.translate(
            "SyncStatus",
            "Deze computer heeft versie {current} van IDO Kiosk. De centrale server vraagt "
            "versie {minimum} of nieuwer: tot dan wordt niets verstuurd. Vraag uw ICT-afdeling "
            "om de nieuwe versie te installeren. Registreren gaat gewoon door.",
        ).format(current=update.current, minimum=update.minimum_version)
    return QCoreApplication.translate(
        "SyncStatus",
        "Versie {newest} van IDO Kiosk is beschikbaar; deze computer heeft versie {current}. "
        "Vraag uw ICT-afdeling om de nieuwe versie te installeren. Alles werkt gewoon door.",
    ).format(newest=update.newest, current=update.current)


def clock_warning(status: SyncStatus) -> str | None:
    """Return "De klok van deze computer loopt 3 dagen voor", or None when the clock is fine."""
    offset = status.clock_offset_seconds
    if not status.clock_flag or offset is None or offset == 0:
        return None
    direction = (
        QCoreApplication.translate("SyncStatus", "voor")
        if offset > 0
        else QCoreApplication.translate("SyncStatus", "achter")
    )
    return QCoreApplication.translate(
        "SyncStatus", "De klok van deze computer loopt {amount} {direction}"
    ).format(amount=duration(abs(offset)), direction=direction)


def duration(seconds: float) -> str:
    """Return a rough Dutch duration: "7 minuten", "5 uur", "3 dagen"."""
    minutes = max(round(seconds / 60), 1)
    if minutes < 90:
        return (
            QCoreApplication.translate("SyncStatus", "1 minuut")
            if minutes == 1
            else QCoreApplication.translate("SyncStatus", "{n} minuten").format(n=minutes)
        )
    hours = round(seconds / 3600)
    if hours < 48:
        return QCoreApplication.translate("SyncStatus", "{n} uur").format(n=hours)
    return QCoreApplication.translate("SyncStatus", "{n} dagen").format(n=round(seconds / 86400))


def count_text(count: int, cap: int | None = None) -> str:
    """Return *count* as the language writes it (Dutch ``1.234``), and "+" at or above *cap*."""
    shown = locale().toString(count)
    return shown + ("+" if cap is not None and count >= cap else "")


def waiting(backlog: Backlog) -> str:
    """Return "Alles verzonden" or "Nog niet verzonden: 3 bezoeken, 1 afspraak".

    Counted as a clerk counts (:class:`~kiosk.outbox.Backlog`): a visit saved and undone is one
    visit, a booking made and moved one booking; what else waits (a slot, the set-up) are
    "other changes". Beyond the counting cap: "meer dan 100.000 wijzigingen".
    """
    if backlog.empty:
        return QCoreApplication.translate("SyncStatus", "Alles verzonden")
    words = PluralWords()
    if backlog.capped:
        return words.not_sent(words.more_than_cap(backlog))
    parts = [
        form(number).replace(str(number), count_text(number), 1)
        for number, form in (
            (backlog.visits, words.visits),
            (backlog.bookings, words.bookings),
            (backlog.other, words.other),
        )
        if number
    ]
    return words.not_sent(", ".join(parts))


class PluralWords(QObject):
    """The status texts with a singular and a plural: Qt Linguist sees ``%n`` only in tr()."""

    def not_sent(self, what: str) -> str:
        """Return "Nog niet verzonden: {what}"."""
        return self.tr("Nog niet verzonden: {what}").format(what=what)

    def visits(self, count: int) -> str:
        """Return "1 bezoek" or "3 bezoeken"."""
        return self.tr("%n bezoeken", "", count)

    def bookings(self, count: int) -> str:
        """Return "1 afspraak" or "3 afspraken" (Belastinghulp)."""
        return self.tr("%n afspraken", "", count)

    def other(self, count: int) -> str:
        """Return "1 andere wijziging" or "3 andere wijzigingen" (slots, the set-up)."""
        return self.tr("%n andere wijzigingen", "", count)

    def more_than_cap(self, backlog: Backlog) -> str:
        """Return "meer dan 100.000 wijzigingen": counting stopped at the cap."""
        return self.tr("meer dan {n} wijzigingen").format(n=count_text(backlog.operations))

    def exported(self, count: int) -> str:
        """Return "1 wijziging opgeslagen in {path}" (the export for support)."""
        return self.tr("%n wijzigingen opgeslagen in {path}", "", count)


def summary(result: SyncResult) -> str:
    """Return one line about a run, for the command line: what went out, what came back."""
    counts = phrase(
        "sync.summary.counts",
        pushed=result.pushed,
        acked=result.acked,
        rejected=result.rejected,
        conflicted=result.conflicted,
        quarantined=result.quarantined,
        pending_left=result.pending_left,
        pulled=result.pulled,
    )
    if result.requeued:
        counts += phrase("sync.summary.requeued", requeued=result.requeued)
    error = _words(result.error)
    if result.elsewhere:
        return error
    if result.ok:
        return phrase("sync.summary.ok", counts=counts)
    if result.skipped:
        return phrase("sync.summary.not_due", error=error, counts=counts)
    return phrase("sync.summary.failed", error=error, counts=counts)


def _words(message: Message | None) -> str:
    return "" if message is None else text(message)
