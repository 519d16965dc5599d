"""The registration screen's pinned bar: save, the other actions, the feedback and undo.

The bar sits under the scrolling form, so Opslaan never scrolls out of sight. The feedback line
is a live region: every message is also announced to a screen reader.
"""

from __future__ import annotations

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
from ui.theme import repolish

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
        self.save_button = self._button(self.tr("Opslaan  (Ctrl+Enter)"), "saveButton", "")
        self.save_button.setProperty("primary", True)
        self.another_button = self._button(
            self.tr("Nog een vraag"),
            "anotherButton",
            self.tr("Nog een vraag in dit bezoek (Ctrl+N)"),
        )
        self.repeat_button = self._button(
            self.tr("Herhaal vorige"),
            "repeatButton",
            self.tr("Vul het vorige bezoek opnieuw in (Ctrl+R)"),
        )
        self.clear_button = self._button(
            self.tr("Leegmaken"), "clearButton", self.tr("Maak het formulier leeg (Ctrl+L)")
        )
        self.cancel_correction_button = self._button(
            self.tr("Correctie annuleren"), "cancelCorrectionButton", ""
        )
        self.cancel_correction_button.hide()
        self.history_button = self._button(
            self.tr("Eerdere bezoeken …"),
            "historyButton",
            self.tr("Zoek, corrigeer of vervallen verklaar een eerder bezoek (Ctrl+H)"),
        )
        self.feedback = QLabel(self.tr("Klaar voor een nieuwe bezoeker."), self)
        self.feedback.setObjectName("feedback")
        self.feedback.setWordWrap(True)
        # Room for a short message beside the buttons; they wrap before it gets narrower.
        self.feedback.setMinimumWidth(self.feedback.fontMetrics().averageCharWidth() * 16)
        self.feedback.setAccessibleName(self.tr("Melding"))
        mark_status(self.feedback)
        self.feedback.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.undo_button = self._button(
            self.tr("Ongedaan maken"),
            "undoButton",
            self.tr("Maak het laatst opgeslagen bezoek ongedaan (Ctrl+Z)"),
        )
        self.undo_button.hide()

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

    def _button(self, text: str, name: str, tip: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setMinimumHeight(BUTTON_HEIGHT)
        if tip:
            button.setToolTip(tip)
            button.setAccessibleDescription(tip)
        return button

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

    def show_feedback(self, text: str, *, ok: bool, announce: bool = True) -> None:
        """Show *text* (a success or an error) and announce it to a screen reader."""
        self.feedback.setText(text)
        self.feedback.setAccessibleDescription(text)
        self.feedback.setProperty("state", "ok" if ok else "error")
        repolish(self.feedback)
        if announce:
            event = QAccessibleAnnouncementEvent(self.feedback, text)
            if not ok:
                event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
            QAccessible.updateAccessibility(event)

    def show_correcting(self, when: str | None) -> None:
        """Show the correction banner for the visit of *when* (None: not correcting)."""
        self.correcting_banner.setVisible(when is not None)
        self.cancel_correction_button.setVisible(when is not None)
        self.clear_button.setVisible(when is None)
        if when is not None:
            self.correcting_banner.setText(
                self.tr(
                    "U corrigeert het bezoek van {when}. Opslaan vervangt het; het "
                    "origineel blijft bewaard."
                ).format(when=when)
            )
