"""A section of the registration form: heading, a mark for carried or default answers, errors.

A section's answers can be *carried* over from the previous visit ("Herhaal vorige") or be the
desk's *default* (channel, duration). Either is shown as a word beside the heading
("overgenomen", "standaard") and told to a screen reader through the field's description, so a
clerk never saves an answer that only looked chosen. A carried group also gets the dynamic
property ``carried`` (styled by the theme, not by colour alone). A refused answer's message
shows directly under its field.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ui.theme import repolish
from ui.widgets import section_label, set_section_text

CARRIED = "carried"
DEFAULT = "default"
#: A message, or what makes it again in the current language (after a language switch).
Message = str | Callable[[], str]


class Section:
    """The heading, mark and error line around one field or choice group."""

    def __init__(
        self, text: str, field: QWidget, parent: QWidget, *, buddy: QWidget | None = None
    ) -> None:
        """Make the heading (``&x`` marks its Alt key) for *field*; nothing is placed yet.

        The heading's key goes to *buddy* (default: *field* itself).
        """
        self.field = field
        self.name = text.replace("&", "")
        self.heading = section_label(text, buddy or field, parent)
        self.mark = QLabel(parent)
        self.mark.setObjectName("sectionMark")
        self.mark.setProperty("mark", True)
        self.mark.hide()
        self.error = QLabel(parent)
        self.error.setObjectName("fieldError")
        self.error.setProperty("state", "error")
        self.error.setProperty("tone", "error")  # the theme's error colours, both contrasts
        self.error.setWordWrap(True)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.hide()
        self.kind: str | None = None
        self._description = field.accessibleDescription()
        self._message: Message | None = None

    def set_heading(self, text: str, description: str | None = None) -> None:
        """Show the heading *text* (``&x``: its Alt key) and the field's own *description*.

        For a language switch: the mark and the error are shown again in the new language.
        """
        self.name = text.replace("&", "")
        set_section_text(self.heading, text)
        hint = getattr(self.field, "hint", None)
        if description is None and callable(hint):
            description = str(hint())
        if description is not None:
            self._description = description
        kind, self.kind = self.kind, None
        self.set_mark(kind)
        self.show_error(self._message)

    def heading_row(self) -> QHBoxLayout:
        """Return the heading and its mark side by side."""
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.heading)
        row.addWidget(self.mark)
        row.addStretch(1)
        return row

    def place(self, layout: QVBoxLayout | QGridLayout, row: int = 0) -> int:
        """Add heading, field and error line to *layout* (a grid from *row*); next free row."""
        if isinstance(layout, QGridLayout):
            layout.addLayout(self.heading_row(), row, 0)
            layout.addWidget(self.field, row + 1, 0)
            layout.addWidget(self.error, row + 2, 0)
            return row + 3
        layout.addLayout(self.heading_row())
        layout.addWidget(self.field)
        layout.addWidget(self.error)
        return row

    def set_visible(self, visible: bool) -> None:
        """Show or hide the whole section (the error line only when it has a message)."""
        self.heading.setVisible(visible)
        self.field.setVisible(visible)
        self.mark.setVisible(visible and self.kind is not None)
        self.error.setVisible(visible and bool(self.error.text()))

    def set_mark(self, kind: str | None) -> None:
        """Mark the answers as ``carried`` or ``default``, or remove the mark (None)."""
        if kind == self.kind:
            return
        self.kind = kind
        words = {
            CARRIED: (
                QCoreApplication.translate("Section", "overgenomen"),
                QCoreApplication.translate("Section", "overgenomen van het vorige bezoek"),
            ),
            DEFAULT: (
                QCoreApplication.translate("Section", "standaard"),
                QCoreApplication.translate("Section", "standaardkeuze van deze balie"),
            ),
        }
        shown, told = words.get(kind or "", ("", ""))
        self.mark.setText(f"({shown})" if shown else "")
        self.mark.setProperty("tone", "warning" if kind == CARRIED else "muted")
        repolish(self.mark)
        self.mark.setAccessibleName(f"{self.name}: {told}" if told else "")
        self.mark.setVisible(kind is not None and self.field.isVisibleTo(self.field.window()))
        self.field.setProperty(CARRIED, kind == CARRIED)
        self.field.setProperty("defaulted", kind == DEFAULT)
        repolish(self.field)
        self._describe()

    def show_error(self, message: Message | None) -> None:
        """Show *message* under the field (None or "" removes it).

        *message* may be a function that makes the text: after a language switch
        (:meth:`set_heading`) it is made again in the new language.
        """
        self._message = message or None
        text = message() if callable(message) else message
        self.error.setText(f"✖ {text}" if text else "")
        self.error.setVisible(bool(text))
        self._describe()

    def _describe(self) -> None:
        parts = [self._description, self.mark.accessibleName(), self.error.text()]
        self.field.setAccessibleDescription(" ".join(p for p in parts if p))


class Sections(dict[str, Section]):
    """A form part's sections by field name, with the marks and errors of them all."""

    def carried(self) -> list[str]:
        """Return the names of the sections still marked as carried over."""
        return [name for name, section in self.items() if section.kind == CARRIED]

    def show_error(self, field: str | None, message: Message = "") -> bool:
        """Show *message* under the section *field* (None clears all); False if not here."""
        for name, section in self.items():
            section.show_error(message if name == field else None)
        return field in self
