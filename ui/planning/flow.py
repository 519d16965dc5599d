"""A layout that puts its widgets in a row and wraps to the next row when the width runs out.

The planning page's rows of filters, date controls and tools use it, so a laptop at 150 %
(910 logical pixels wide) shows every control, on two rows where one does not fit.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


class FlowLayout(QLayout):
    """Left to right, wrapping; each row as high as its highest item, items centred in it."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        """Make an empty flow with *spacing* pixels between items and rows."""
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._gap = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        """Add *item* at the end."""
        self._items.append(item)

    def count(self) -> int:
        """Return the number of items."""
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        """Return item *index*, or None."""
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        """Remove and return item *index*, or None."""
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        """Grow in neither direction by itself."""
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        """The height depends on the width (the rows wrap)."""
        return True

    def heightForWidth(self, width: int) -> int:
        """Return the height the items need at *width*."""
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        """Place the items in *rect*."""
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        """One row of everything."""
        visible = self._visible()
        width = sum(i.sizeHint().width() for i in visible) + self._gap * max(len(visible) - 1, 0)
        height = max((i.sizeHint().height() for i in visible), default=0)
        return QSize(width, height)

    def minimumSize(self) -> QSize:
        """As wide as the widest item."""
        visible = self._visible()
        width = max((i.minimumSize().width() for i in visible), default=0)
        height = max((i.minimumSize().height() for i in visible), default=0)
        return QSize(width, height)

    def _visible(self) -> list[QLayoutItem]:
        visible = []
        for item in self._items:
            widget = item.widget()
            if (widget is None or not widget.isHidden()) and not item.isEmpty():
                visible.append(item)
        return visible

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        x, y, row_height = rect.x(), rect.y(), 0
        row: list[tuple[QLayoutItem, QPoint, QSize]] = []
        for item in self._visible():
            size = item.sizeHint().boundedTo(QSize(rect.width(), 10_000))
            if row and x + size.width() > rect.right() + 1:
                self._place(row, row_height, move)
                x, y = rect.x(), y + row_height + self._gap
                row, row_height = [], 0
            row.append((item, QPoint(x, y), size))
            x += size.width() + self._gap
            row_height = max(row_height, size.height())
        self._place(row, row_height, move)
        return y + row_height - rect.y()

    @staticmethod
    def _place(row: list[tuple[QLayoutItem, QPoint, QSize]], height: int, move: bool) -> None:
        if not move:
            return
        for item, point, size in row:
            offset = (height - size.height()) // 2
            item.setGeometry(QRect(QPoint(point.x(), point.y() + offset), size))
