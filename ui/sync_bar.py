"""The sync part of the status bar: connection, records waiting, clock warning, two buttons.

Shows what :mod:`ui.sync_status` makes of the latest status. Nothing here is a Tab stop: the
buttons are for the mouse, F5 and F6 are the keys, so Tab stays within the clerk's page.
Linking the desk with the server is IT work and lives in the Synchronisatie screen (F6), the
settings' ICT section and Ctrl+K, not in the clerk's status bar; clicking "Niet gekoppeld"
opens the Synchronisatie screen.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from ui import sync_status
from ui.i18n import retranslate_on_change
from ui.widgets import ElidedLabel

if TYPE_CHECKING:
    from kiosk.outbox import Backlog
    from sync.state import SyncStatus


class SyncBar(QWidget):
    """Connection, waiting count, clock warning and the sync buttons, side by side.

    The connection and the waiting count shorten with "…" when the window is narrow (the
    whole text stays in their tooltip and is what a screen reader reads); the main window
    takes the clock warning out (:meth:`take_clock`) and gives it a line of its own.

    Signals:
        sync_requested(): "Nu synchroniseren" was clicked.
        enroll_requested(): kept for callers; the bar no longer offers Koppelen itself.
        page_requested(): "Synchronisatie" was clicked (or the connection text).
    """

    sync_requested = Signal()
    enroll_requested = Signal()
    page_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        """Build the labels and buttons; they stay hidden until a desk is set up."""
        super().__init__(parent)
        self.status: SyncStatus | None = None
        self.clock = QLabel(self)
        self.clock.setObjectName("statusClock")
        self.clock.setWordWrap(True)
        self.clock.setContentsMargins(8, 2, 8, 2)
        self.clock.hide()
        # Both shorten with "…" when the window is narrow: the whole text stays in text()
        # (what a screen reader says) and in the tooltip. The connection keeps its first
        # words ("● Opnieuw koppelen nodig") and the count of what waits gives way first.
        self.connection = ElidedLabel(self, keep=26)
        self.connection.setObjectName("statusConnection")
        self.connection.setCursor(Qt.CursorShape.PointingHandCursor)
        # "Nieuwe versie beschikbaar" when the server advises a newer app (click: the screen);
        # it stays whole (25 characters) and the count of what waits gives way first.
        self.update_notice = ElidedLabel(self, keep=25)
        self.update_notice.setObjectName("statusUpdate")
        self.update_notice.setCursor(Qt.CursorShape.PointingHandCursor)
        self.update_notice.hide()
        self.waiting = ElidedLabel(self)
        self.waiting.setObjectName("statusWaiting")
        self.sync_button = self._button("syncNowButton")
        self.enroll_button = self._button("enrollButton")
        self.page_button = self._button("syncPageButton")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        for widget in (self.clock, self.connection, self.update_notice, self.waiting):
            layout.addWidget(widget)
        for button in (self.sync_button, self.enroll_button, self.page_button):
            layout.addWidget(button)
            button.hide()
        self.sync_button.clicked.connect(self.sync_requested)
        self.enroll_button.clicked.connect(self.enroll_requested)
        self.page_button.clicked.connect(self.page_requested)
        self._failure: str | None = None
        self._waiting: Backlog | None = None
        self._retranslate()
        retranslate_on_change(self, self._retranslate)

    def _retranslate(self) -> None:
        """Set the texts in the current language; the status is put in words again."""
        self.clock.setToolTip(
            self.tr(
                "Registraties krijgen de tijd van deze computer. De centrale server corrigeert "
                "die, maar laat de klok gelijk zetten (ICT-afdeling)."
            )
        )
        for button, text, key in (
            (self.sync_button, self.tr("Nu synchroniseren"), "F5"),
            (self.enroll_button, self.tr("Koppelen …"), "Ctrl+K"),
            (self.page_button, self.tr("Synchronisatie"), "F6"),
        ):
            button.setText(text)
            button.setToolTip(f"{text.rstrip(' …')} ({key})")
        self.show_running(not self.sync_button.isEnabled())
        failure, waiting = self._failure, self._waiting
        if self.status is not None:
            self.show_status(self.status)
        if waiting is not None:
            self.show_waiting(waiting)
        if failure is not None:
            self.show_failure(failure)

    def take_clock(self, parent: QWidget) -> QLabel:
        """Hand the clock warning to *parent* for a line of its own (it must stay whole)."""
        layout = self.layout()
        if layout is not None:
            layout.removeWidget(self.clock)
        self.clock.setParent(parent)
        self.clock.hide()
        return self.clock

    def _button(self, name: str) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(name)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        return button

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """Clicking the connection (or the update notice) opens the Synchronisatie screen."""
        point = event.position().toPoint()
        notice = self.update_notice
        if self.connection.geometry().contains(point) or (
            notice.isVisible() and notice.geometry().contains(point)
        ):
            self.page_requested.emit()
            return
        super().mousePressEvent(event)

    def show_status(self, status: SyncStatus, now: datetime | None = None) -> None:
        """Show *status* (a :class:`~sync.state.SyncStatus`)."""
        now = now or datetime.now().astimezone()
        self.status = status
        self._failure = None
        indicator = sync_status.connection(status, now)
        self.connection.setText(indicator.text)
        self.connection.setToolTip(_tip(indicator.text, indicator.tooltip))
        _set_tone(self.connection, indicator.tone)
        update = sync_status.update_notice(status)
        self.update_notice.setVisible(update is not None)
        if update is not None:
            self.update_notice.setText(update.text)
            self.update_notice.setToolTip(_tip(update.text, update.tooltip))
            self.update_notice.setAccessibleDescription(update.tooltip)
            _set_tone(self.update_notice, update.tone)
        warning = sync_status.clock_warning(status)
        self.clock.setVisible(warning is not None)
        self.clock.setText(warning or "")
        self.show_waiting(status.backlog)
        enroll = sync_status.needs_enrollment(status)
        self.enroll_button.setVisible(False)  # IT work: F6, Ctrl+K or the settings
        self.sync_button.setVisible(not enroll)
        self.page_button.setVisible(True)
        attention = status.needs_attention
        self.page_button.setText(
            self.tr("Synchronisatie ({n})").format(n=attention)
            if attention
            else self.tr("Synchronisatie")
        )
        self.page_button.setToolTip(
            self.tr("%n wijzigingen hebben aandacht nodig (F6)", "", attention)
            if attention
            else self.tr("Synchronisatie (F6)")
        )
        _set_tone(self.page_button, sync_status.WARNING if attention else "")

    def show_failure(self, message: str) -> None:
        """Show that syncing stopped for a local reason (*message*, Dutch, as the tooltip)."""
        self._failure = message
        stopped = self.tr("● Synchronisatie gestopt")
        self.connection.setText(stopped)
        self.connection.setToolTip(_tip(stopped, message))
        _set_tone(self.connection, sync_status.ERROR)

    def show_waiting(self, backlog: Backlog) -> None:
        """Show what waits to be sent: visits, bookings and other changes."""
        self._waiting = backlog
        self.waiting.setText(sync_status.waiting(backlog))

    def show_running(self, running: bool) -> None:
        """Show that a sync run is busy: the button waits (its text stays, so nothing moves)."""
        self.sync_button.setEnabled(not running)
        self.sync_button.setToolTip(
            self.tr("Bezig met synchroniseren …") if running else self.tr("Nu synchroniseren (F5)")
        )


def _tip(text: str, explanation: str) -> str:
    """The tooltip: the whole (perhaps shortened) text, then what it means."""
    if not explanation or explanation == text:
        return text
    return f"{text}\n{explanation}"


def _set_tone(widget: QWidget, tone: str) -> None:
    if widget.property("tone") == tone:
        return
    widget.setProperty("tone", tone)
    widget.style().unpolish(widget)
    widget.style().polish(widget)
