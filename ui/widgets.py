"""Small building blocks shared by the screens.

Section headings with an Alt+letter key, a label that shortens its text with "…", and a flow
layout that wraps its items onto as many rows as the width needs.
"""

from __future__ import annotations

import html
from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QMargins, QPoint, QRect, QSize, Qt, QTime
from PySide6.QtGui import QFontMetrics, QKeySequence, QPainter, QPaintEvent, QShortcut
from PySide6.QtWidgets import QLabel, QLayout, QLayoutItem, QWidget

from ui.i18n import LOCALES, current_language

MNEMONIC = "mnemonic"
_SHORTCUT_NAME = "mnemonicShortcut"


def language_locale() -> QLocale:
    """Return the locale of the current language (also where no language was installed)."""
    return QLocale(LOCALES[current_language()])


def clock_text(moment: datetime) -> str:
    """Return the time of *moment* (local) in the current language's short format."""
    local = moment.astimezone() if moment.tzinfo else moment
    return language_locale().toString(
        QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat
    )


def moment_text(moment: datetime) -> str:
    """Return *moment* for a sentence: the time alone today, else day and time (locale)."""
    local = moment.astimezone() if moment.tzinfo else moment
    if local.date() == datetime.now().date():
        return clock_text(local)
    stamp = QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
    return language_locale().toString(stamp, QLocale.FormatType.ShortFormat)


def section_label(text: str, buddy: QWidget, parent: QWidget) -> QLabel:
    """Return a section heading for *buddy*; ``&x`` in *text* marks its Alt+x key.

    The letter is underlined and :func:`install_mnemonics` binds Alt+letter to move the focus
    to *buddy*. (Explicit shortcuts behave the same on every platform, unlike Qt's label
    mnemonics.) The buddy also gives a screen reader the field's name.
    """
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setProperty("section", True)
    set_section_text(label, text)
    label.setBuddy(buddy)
    return label


def set_section_text(label: QLabel, text: str) -> None:
    """Give the heading *label* the text *text* (``&x``: its Alt key), e.g. in a new language.

    Call :func:`install_mnemonics` again afterwards when the letter may have changed.
    """
    plain, letter = text.replace("&", ""), ""
    shown = html.escape(plain)
    if "&" in text:
        at = text.index("&")
        letter = text[at + 1]
        shown = f"{html.escape(text[:at])}<u>{html.escape(letter)}</u>{html.escape(text[at + 2 :])}"
    label.setText(shown)
    label.setProperty(MNEMONIC, letter.lower())
    label.setAccessibleName(plain)


def install_mnemonics(root: QWidget) -> dict[str, QWidget]:
    """Bind Alt+letter for every section heading under *root*; return letter -> buddy.

    Called again (after a language switch changed the letters), it first removes the keys it
    bound before.
    """
    for old in root.findChildren(QShortcut, _SHORTCUT_NAME):
        if old.parent() is root and old.isEnabled():
            old.setEnabled(False)
            old.deleteLater()
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
        shortcut.setObjectName(_SHORTCUT_NAME)
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

    def __init__(self, parent: QWidget | None = None, *, keep: int = 0) -> None:
        """A label that keeps at least its first *keep* characters when space runs out."""
        super().__init__(parent)
        self._keep = keep

    def setText(self, text: str) -> None:
        """Show *text* (shortened when narrow); the whole text is the tooltip."""
        super().setText(text)
        self.setToolTip(text)

    def minimumSizeHint(self) -> QSize:
        """Allow shrinking to a few characters (or the first *keep* of them)."""
        hint = super().minimumSizeHint()
        # The kept words measured bold (a status tone may draw them bold), plus the padding
        # the style sheet puts around the text (what the full hint has beyond the text).
        bold = self.font()
        bold.setBold(True)
        text = self.fontMetrics().horizontalAdvance(self.text())
        padding = max(0, self.sizeHint().width() - text)
        keep = QFontMetrics(bold).horizontalAdvance(self.text()[: self._keep]) + padding
        return QSize(min(max(self.MIN_WIDTH, keep), hint.width()), hint.height())

    def paintEvent(self, _event: QPaintEvent) -> None:
        """Draw the text, shortened with "…" to the width available."""
        painter = QPainter(self)
        rect = self.contentsRect()
        metrics = self.fontMetrics()
        shown = metrics.elidedText(self.text(), Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(rect, int(self.alignment()), shown)
        painter.end()


class FlowLayout(QLayout):
    """Items side by side, left to right, wrapping onto a new row when the width runs out.

    Every item keeps its preferred width (so a button's label is never cut), rows are as tall
    as their tallest item, and the layout reports :meth:`heightForWidth`, so the parent grows
    a row taller instead of squeezing. *columns* only shapes the preferred size (how many items
    a row holds when there is room), never the wrapping itself.
    """

    def __init__(self, parent: QWidget | None = None, *, spacing: int = 6, columns: int = 4):
        """Make an empty flow with *spacing* pixels between items and rows."""
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._columns = max(columns, 1)
        self.setSpacing(spacing)
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        """Append *item* (Qt calls this for :meth:`addWidget`)."""
        self._items.append(item)
        self.invalidate()

    def count(self) -> int:
        """Return the number of items."""
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        """Return the item at *index*, or None."""
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        """Remove and return the item at *index*, or None."""
        if 0 <= index < len(self._items):
            item = self._items.pop(index)
            self.invalidate()
            return item
        return None

    def expandingDirections(self) -> Qt.Orientation:
        """Grow in neither direction of its own accord."""
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        """The height depends on the width (more rows when narrower)."""
        return True

    def heightForWidth(self, width: int) -> int:
        """Return the height the items need at *width*."""
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        """Place the items in *rect*."""
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        """Prefer rows of *columns* items."""
        widths = [item.sizeHint().width() for item in self._visible()]
        if not widths:
            return QSize(0, 0)
        row = max(
            sum(widths[i : i + self._columns]) + self.spacing() * (self._columns - 1)
            for i in range(0, len(widths), self._columns)
        )
        margins = self.contentsMargins()
        width = row + margins.left() + margins.right()
        return QSize(width, self.heightForWidth(width))

    def minimumSize(self) -> QSize:
        """As narrow as the widest item (one item a row)."""
        size = QSize(0, 0)
        for item in self._visible():
            size = size.expandedTo(item.minimumSize()).expandedTo(QSize(item.sizeHint().width(), 0))
        margins: QMargins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _visible(self) -> list[QLayoutItem]:
        visible = []
        for item in self._items:
            widget = item.widget()
            if widget is None or not widget.isHidden():
                visible.append(item)
        return visible

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        """Lay the items out in *rect* (only measuring unless *move*); return the height."""
        margins = self.contentsMargins()
        area = rect.marginsRemoved(margins)
        x, y, row_height = area.x(), area.y(), 0
        row: list[tuple[QLayoutItem, QPoint, QSize]] = []
        for item in self._visible():
            hint = item.sizeHint()
            width = min(hint.width(), max(area.width(), 1))
            if row and x + width > area.right() + 1:
                self._place(row, row_height, move)
                x, y, row_height, row = area.x(), y + row_height + self.spacing(), 0, []
            row.append((item, QPoint(x, y), QSize(width, hint.height())))
            x += width + self.spacing()
            row_height = max(row_height, hint.height())
        self._place(row, row_height, move)
        return y + row_height - rect.y() + margins.bottom()

    @staticmethod
    def _place(row: list[tuple[QLayoutItem, QPoint, QSize]], height: int, move: bool) -> None:
        if move:
            for item, point, size in row:
                item.setGeometry(QRect(point, QSize(size.width(), height)))
