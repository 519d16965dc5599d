"""Small building blocks shared by the screens.

Section headings with an Alt+letter key, and a label that shortens its text with "…".
"""

from __future__ import annotations

import html

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QKeySequence, QPainter, QPaintEvent, QShortcut
from PySide6.QtWidgets import QLabel, QWidget

MNEMONIC = "mnemonic"


def section_label(text: str, buddy: QWidget, parent: QWidget) -> QLabel:
    """Return a section heading for *buddy*; ``&x`` in *text* marks its Alt+x key.

    The letter is underlined and :func:`install_mnemonics` binds Alt+letter to move the focus
    to *buddy*. (Explicit shortcuts behave the same on every platform, unlike Qt's label
    mnemonics.) The buddy also gives a screen reader the field's name.
    """
    plain, letter = text.replace("&", ""), ""
    shown = html.escape(plain)
    if "&" in text:
        at = text.index("&")
        letter = text[at + 1]
        shown = f"{html.escape(text[:at])}<u>{html.escape(letter)}</u>{html.escape(text[at + 2 :])}"
    label = QLabel(shown, parent)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setProperty("section", True)
    label.setProperty(MNEMONIC, letter.lower())
    label.setAccessibleName(plain)
    label.setBuddy(buddy)
    return label


def install_mnemonics(root: QWidget) -> dict[str, QWidget]:
    """Bind Alt+letter for every section heading under *root*; return letter -> buddy."""
    bound: dict[str, QWidget] = {}
    for label in root.findChildren(QLabel):
        letter = label.property(MNEMONIC)
        buddy = label.buddy()
        if not letter or buddy is None:
            continue
        if letter in bound:
            raise ValueError(f"Alt+{letter} is used twice")
        bound[letter] = buddy
        shortcut = QShortcut(QKeySequence(f"Alt+{letter.upper()}"), root)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(
            lambda target=buddy: target.setFocus(Qt.FocusReason.ShortcutFocusReason)
        )
    return bound


class ElidedLabel(QLabel):
    """A one-line label that gives up width to its neighbours, ending its text with "…".

    ``text()`` stays the full text (and is the tooltip); only the painting is shortened.
    """

    MIN_WIDTH = 80

    def setText(self, text: str) -> None:
        """Show *text* (shortened when narrow); the whole text is the tooltip."""
        super().setText(text)
        self.setToolTip(text)

    def minimumSizeHint(self) -> QSize:
        """Allow shrinking to a few characters."""
        hint = super().minimumSizeHint()
        return QSize(min(self.MIN_WIDTH, hint.width()), hint.height())

    def paintEvent(self, _event: QPaintEvent) -> None:
        """Draw the text, shortened with "…" to the width available."""
        painter = QPainter(self)
        rect = self.contentsRect()
        metrics = self.fontMetrics()
        shown = metrics.elidedText(self.text(), Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(rect, int(self.alignment()), shown)
        painter.end()
