"""The words of ``ido-kiosk status`` (without ``--json``): a line per fact, in the desk's language.

The ``Cli`` context, as the rest of the command line (:mod:`ui.cli`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kiosk.clock import from_utc_text
from sync.state import SyncStatus
from ui.i18n import short_moment
from ui.sync_status import update_advice
from ui.words import has_words, phrase, text


def status_text(status: SyncStatus) -> str:
    """Return ``ido-kiosk status``'s lines: the link, what waits, and what needs a person."""
    counts = status.counts
    never = QCoreApplication.translate("Cli", "nog nooit")
    lines = [
        QCoreApplication.translate(
            "Cli", "Gekoppeld aan: {branch} ({branch_id}), apparaat {device}, server {server}"
        ).format(
            branch=status.branch_name or "?",
            branch_id=status.branch_id,
            device=status.device_id,
            server=status.server_url,
        )
        if status.enrolled
        else QCoreApplication.translate("Cli", "Niet gekoppeld aan een centrale server."),
        QCoreApplication.translate(
            "Cli",
            "Nog te versturen: {waiting}; bevestigd: {acked}; geweigerd: {rejected}; "
            "conflict: {conflicted}; tegengehouden: {quarantined}",
        ).format(
            waiting=status.waiting,
            acked=counts["acked"],
            rejected=counts["rejected"],
            conflicted=counts["conflicted"],
            quarantined=counts["quarantined"],
        ),
        QCoreApplication.translate("Cli", "Laatst gelukt: {time}").format(
            time=_local(status.last_success_at) or never
        ),
    ]
    if status.clock_offset_seconds is not None:
        flag = (
            QCoreApplication.translate("Cli", " (klok wijkt te veel af: waarschuw de ICT-afdeling)")
            if status.clock_flag
            else ""
        )
        lines.append(
            QCoreApplication.translate("Cli", "Klokverschil met de server: {seconds} s").format(
                seconds=status.clock_offset_seconds
            )
            + flag
        )
    if status.received_set_aside_count:
        lines.append(
            QCoreApplication.translate("Cli", "Ontvangen maar niet verwerkt: {n}").format(
                n=status.received_set_aside_count
            )
        )
    if status.paused_reason:
        reason = f"sync.{status.paused_reason}"
        lines.append(
            QCoreApplication.translate("Cli", "Gepauzeerd: {reason}").format(
                reason=phrase(reason) if has_words(reason) else status.paused_reason
            )
        )
    if status.next_attempt_at:
        lines.append(
            QCoreApplication.translate("Cli", "Volgende poging: {time}").format(
                time=_local(status.next_attempt_at)
            )
        )
    if status.last_error:
        lines.append(
            QCoreApplication.translate("Cli", "Laatste melding: {text}").format(
                text=text(status.last_error)
            )
        )
    update = status.app_update
    if update is not None and update.available:
        lines.append(
            QCoreApplication.translate("Cli", "Nieuwe versie beschikbaar: {advice}").format(
                advice=update_advice(update)
            )
        )
        if update.download_url:
            lines.append(
                QCoreApplication.translate("Cli", "Downloaden: {url}").format(
                    url=update.download_url
                )
            )
    return "\n".join(lines)


def _local(utc_text: str | None) -> str | None:
    """Return a UTC text as a short local moment (None stays None)."""
    if utc_text is None:
        return None
    return short_moment(from_utc_text(utc_text).astimezone())
