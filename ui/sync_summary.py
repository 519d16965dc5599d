"""The top of the Synchronisatie screen: the link, the server, the last sync, the counts, the clock.

Two pairs a row (the counts on a row of their own), so the list of problems below keeps its
room on a laptop at 150 %. The words keep the screen's context ("SyncPage") for Qt Linguist.
"""

from __future__ import annotations

import html
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QWidget

from kiosk import __version__
from ui import sync_status
from ui.i18n import retranslate_on_change
from ui.marks import QT_TRANSLATE_NOOP
from ui.theme import repolish
from ui.words import text

if TYPE_CHECKING:
    from sync.state import SyncStatus

_COUNT_NAMES = (
    ("acked", QT_TRANSLATE_NOOP("SyncPage", "Verzonden")),
    ("pending", QT_TRANSLATE_NOOP("SyncPage", "Nog te verzenden")),
    ("rejected", QT_TRANSLATE_NOOP("SyncPage", "Geweigerd")),
    ("conflicted", QT_TRANSLATE_NOOP("SyncPage", "Conflict")),
    ("quarantined", QT_TRANSLATE_NOOP("SyncPage", "Tegengehouden")),
)
_ROWS = (("link", "server"), ("last", "waiting"), ("counts",), ("clock", "message"), ("version",))
_VALUES = (
    ("link", "syncLink"),
    ("server", "syncServer"),
    ("last", "syncLast"),
    ("waiting", "syncWaiting"),
    ("counts", "syncCounts"),
    ("clock", "syncClock"),
    ("message", "syncMessage"),
    ("version", "syncVersion"),
)


class SyncSummary(QFrame):
    """The status of this desk's sync in a few labelled lines (``values`` holds the labels)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        """Build the captions and the value labels ("…" until :meth:`show_status`)."""
        super().__init__(parent)
        self.setObjectName("syncSummary")
        self.values: dict[str, QLabel] = {key: self._value(name) for key, name in _VALUES}
        form = QGridLayout(self)
        form.setHorizontalSpacing(16)
        form.setVerticalSpacing(2)
        form.setColumnStretch(1, 1)
        form.setColumnStretch(3, 1)
        self.captions: dict[str, QLabel] = {}
        for row, pairs in enumerate(_ROWS):
            for column, key in enumerate(pairs):
                caption = self.captions[key] = QLabel(self)
                caption.setBuddy(self.values[key])
                form.addWidget(caption, row, column * 2)
                span = 3 if len(pairs) == 1 else 1
                form.addWidget(self.values[key], row, column * 2 + 1, 1, span)
        # The download address is a link: opened in the browser, or copied (context menu).
        version = self.values["version"]
        version.setTextFormat(Qt.TextFormat.RichText)
        version.setOpenExternalLinks(True)
        version.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.status: SyncStatus | None = None
        self._retranslate()
        retranslate_on_change(self, self._retranslate)

    def _retranslate(self) -> None:
        """Set the captions in the current language and put the status in words again."""
        names = {
            "link": QCoreApplication.translate("SyncPage", "Koppeling"),
            "server": QCoreApplication.translate("SyncPage", "Server"),
            "last": QCoreApplication.translate("SyncPage", "Laatste synchronisatie"),
            "waiting": QCoreApplication.translate("SyncPage", "Wachtend"),
            "counts": QCoreApplication.translate("SyncPage", "Per status"),
            "clock": QCoreApplication.translate("SyncPage", "Klok"),
            "message": QCoreApplication.translate("SyncPage", "Laatste melding"),
            "version": QCoreApplication.translate("SyncPage", "Versie"),
        }
        for key, caption in self.captions.items():
            caption.setText(names[key])
        if self.status is not None:
            self.show_status(self.status)

    def _value(self, name: str) -> QLabel:
        label = QLabel("…", self)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def show_status(self, status: SyncStatus, now: datetime | None = None) -> None:
        """Show *status* in words."""
        now = now or datetime.now().astimezone()
        self.status = status
        values = self.values
        if status.enrolled:
            values["link"].setText(
                QCoreApplication.translate(
                    "SyncPage", "Gekoppeld als “{desk}” · vestiging {branch}"
                ).format(desk=status.device_name or "?", branch=status.branch_name or "?")
            )
        else:
            values["link"].setText(QCoreApplication.translate("SyncPage", "Niet gekoppeld"))
        indicator = sync_status.connection(status, now)
        if status.paused_reason:
            values["link"].setText(f"{values['link'].text()} · {indicator.text.lstrip('● ')}")
        values["server"].setText(status.server_url or "–")
        today = QCoreApplication.translate("SyncPage", "vandaag om")
        last = sync_status.local_time(status.last_success_at, now, today=today)
        last = last or QCoreApplication.translate("SyncPage", "nog nooit")
        retry = sync_status.local_time(status.next_attempt_at, now)
        if retry is not None:
            again = QCoreApplication.translate("SyncPage", " · volgende poging {time}")
            last += again.format(time=retry)
        values["last"].setText(last)
        values["waiting"].setText(sync_status.waiting(status.backlog))
        values["counts"].setText(
            " · ".join(
                QCoreApplication.translate("SyncPage", name)
                + f" {sync_status.count_text(status.counts.get(key, 0))}"
                for key, name in _COUNT_NAMES
            )
        )
        warning = sync_status.clock_warning(status)
        values["clock"].setText(
            QCoreApplication.translate(
                "SyncPage", "⚠ {warning}. Laat de klok gelijk zetten (ICT-afdeling)."
            ).format(warning=warning)
            if warning
            else QCoreApplication.translate("SyncPage", "Gelijk met de server")
            if status.clock_offset_seconds is not None
            else "–"
        )
        values["clock"].setProperty("tone", sync_status.WARNING if warning else "")
        repolish(values["clock"])
        values["message"].setText(text(status.last_error) if status.last_error else "–")
        self._show_version(status)

    def _show_version(self, status: SyncStatus) -> None:
        """This desk's version; a newer one advised: what to do, and where to get it."""
        label, update = self.values["version"], status.app_update
        if update is None or not update.available:
            shown = html.escape(update.current if update else __version__)
            label.setText(shown)
            label.setProperty("tone", "")
        else:
            lead = (
                QCoreApplication.translate("SyncPage", "Nieuwe versie nodig: {newest}")
                if update.required
                else QCoreApplication.translate("SyncPage", "Nieuwe versie beschikbaar: {newest}")
            )
            parts = [
                html.escape(update.current),
                f"<b>{html.escape(lead.format(newest=update.newest))}</b>",
            ]
            shown = " · ".join(parts) + "<br>" + html.escape(sync_status.update_advice(update))
            if update.download_url:
                url = html.escape(update.download_url, quote=True)
                where = QCoreApplication.translate("SyncPage", "Downloaden: {link}")
                shown += "<br>" + where.format(link=f'<a href="{url}">{url}</a>')
            label.setText(shown)
            label.setProperty("tone", sync_status.WARNING)
        repolish(label)
