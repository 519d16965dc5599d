"""The registration screen's pinned bar: save, the other actions, the feedback and undo.

The bar sits under the scrolling form, so Opslaan never scrolls out of sight. The feedback line
is a live region: every message is also announced to a screen reader.
"""

from __future__ import annotations

from datetime import datetime

import shiboken6
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import (
    QAccessibleWidget,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.flow_fill import FillingFlow
from ui.registration.sections import Message
from ui.theme import repolish
from ui.widgets import moment_text

BUTTON_HEIGHT = 40
#: The dynamic property that gives a label the accessible role "status" (a live region).
ROLE_PROPERTY = "accessibleRole"

_interfaces: list[QAccessibleWidget] = []  # kept alive here; Qt deletes them with the label
_factory_installed = False


def _status_factory(_class_name: str, target: QObject) -> QAccessibleWidget | None:
    """Give a label marked ``accessibleRole = "status"`` the status role."""
    if isinstance(target, QLabel) and target.property(ROLE_PROPERTY) == "status":
        _interfaces[:] = [i for i in _interfaces if shiboken6.isValid(i)]
        interface = QAccessibleWidget(target, QAccessible.Role.StatusBar)
        _interfaces.append(interface)
        return interface
    return None


def mark_status(label: QLabel) -> None:
    """Let assistive technology read *label* as a status line (role "status")."""
    global _factory_installed
    if not _factory_installed:
        QAccessible.installFactory(_status_factory)
        _factory_installed = True
    label.setProperty(ROLE_PROPERTY, "status")
    cached = QAccessible.queryAccessibleInterface(label)
    if cached is not None and cached.role() != QAccessible.Role.StatusBar:
        QAccessible.deleteAccessibleInterface(QAccessible.uniqueId(cached))


class ActionBar(QFrame):
    """Opslaan, Nog een vraag, Herhaal vorige, Leegmaken, Eerdere bezoeken, feedback, undo."""

    def __init__(self, parent: QWidget | None = None) -> None:
        """Build the buttons and the feedback line; the screen connects them."""
        super().__init__(parent)
        self.setObjectName("actions")
        self.correcting_banner = QLabel(self)
        self.correcting_banner.setObjectName("correctingBanner")
        self.correcting_banner.setWordWrap(True)
        self.correcting_banner.hide()
        self.save_button = self._button("saveButton")
        self.save_button.setProperty("primary", True)
        self.another_button = self._button("anotherButton")
        self.repeat_button = self._button("repeatButton")
        self.clear_button = self._button("clearButton")
        self.cancel_correction_button = self._button("cancelCorrectionButton")
        self.cancel_correction_button.hide()
        self.history_button = self._button("historyButton")
        self.feedback = QLabel(self)
        self.feedback.setObjectName("feedback")
        self.feedback.setWordWrap(True)
        # Room for a short message beside the buttons; they wrap before it gets narrower.
        self.feedback.setMinimumWidth(self.feedback.fontMetrics().averageCharWidth() * 16)
        mark_status(self.feedback)
        self.feedback.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.undo_button = self._button("undoButton")
        self.undo_button.hide()
        self._message: Message = self.ready_text
        self._ok = True
        self._correcting: datetime | None = None
        self.retranslate()

        # Both rows wrap when the window is narrow or the text large (200 %), rather than
        # making the window wider than the screen; a row with room fills its width.
        first = FillingFlow(weights={self.save_button: 2})
        for button in (self.save_button, self.another_button, self.repeat_button):
            first.addWidget(button)
        others = FillingFlow()
        for button in (self.clear_button, self.cancel_correction_button, self.history_button):
            others.addWidget(button)
        second = QHBoxLayout()
        second.addLayout(others)
        second.addWidget(self.feedback, 1)
        second.addWidget(self.undo_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(4)
        layout.addWidget(self.correcting_banner)
        layout.addLayout(first)
        layout.addLayout(second)

    def _button(self, name: str) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(name)
        button.setMinimumHeight(BUTTON_HEIGHT)
        return button

    def ready_text(self) -> str:
        """Return the message of an empty form, in the current language."""
        return self.tr("Klaar voor een nieuwe bezoeker.")

    def retranslate(self) -> None:
        """Set every text in the current language; the message shown is made again too."""
        texts = (
            (self.save_button, self.tr("Opslaan  (Ctrl+Enter)"), ""),
            (
                self.another_button,
                self.tr("Nog een vraag"),
                self.tr("Nog een vraag in dit bezoek (Ctrl+N)"),
            ),
            (
                self.repeat_button,
                self.tr("Herhaal vorige"),
                self.tr("Vul het vorige bezoek opnieuw in (Ctrl+R)"),
            ),
            (self.clear_button, self.tr("Leegmaken"), self.tr("Maak het formulier leeg (Ctrl+L)")),
            (self.cancel_correction_button, self.tr("Correctie annuleren"), ""),
            (
                self.history_button,
                self.tr("Eerdere bezoeken …"),
                self.tr(
                    "Zoek een eerder bezoek om het te corrigeren of niet mee te tellen (Ctrl+H)"
                ),
            ),
            (
                self.undo_button,
                self.tr("Ongedaan maken"),
                self.tr("Maak het laatst opgeslagen bezoek ongedaan (Ctrl+Z)"),
            ),
        )
        for button, text, tip in texts:
            button.setText(text)
            button.setToolTip(tip)
            button.setAccessibleDescription(tip)
        self.feedback.setAccessibleName(self.tr("Melding"))
        self.show_feedback(self._message, ok=self._ok, announce=False)
        self.show_correcting(self._correcting)

    def buttons(self) -> list[QPushButton]:
        """Return the buttons in visual (and Tab) order."""
        return [
            self.save_button,
            self.another_button,
            self.repeat_button,
            self.clear_button,
            self.cancel_correction_button,
            self.history_button,
            self.undo_button,
        ]

    def show_feedback(self, message: Message, *, ok: bool, announce: bool = True) -> None:
        """Show *message* (a success or an error) and announce it to a screen reader.

        *message* may be a function that makes the text: :meth:`retranslate` makes it again
        in the new language.
        """
        self._message, self._ok = message, ok
        text = message() if callable(message) else message
        self.feedback.setText(text)
        self.feedback.setAccessibleDescription(text)
        self.feedback.setProperty("state", "ok" if ok else "error")
        repolish(self.feedback)
        if announce:
            event = QAccessibleAnnouncementEvent(self.feedback, text)
            if not ok:
                event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
            QAccessible.updateAccessibility(event)

    def show_correcting(self, moment: datetime | None) -> None:
        """Show the correction banner for the visit of *moment* (None: not correcting)."""
        self._correcting = moment
        self.correcting_banner.setVisible(moment is not None)
        self.cancel_correction_button.setVisible(moment is not None)
        self.clear_button.setVisible(moment is None)
        if moment is not None:
            self.correcting_banner.setText(
                self.tr(
                    "U corrigeert het bezoek van {when}. Opslaan vervangt het; het "
                    "origineel blijft bewaard."
                ).format(when=moment_text(moment))
            )
