"""A flow of controls whose rows fill the width: buttons and fields that wrap, never cut.

:class:`FillingFlow` is a :class:`ui.widgets.FlowLayout` (items wrap onto new rows when the
width runs out, so a window never has to grow wider than the screen for them) whose rows then
share out the room left over, so a row with room looks like an ordinary row of controls.
"""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget

from ui.widgets import FlowLayout


class FillingFlow(FlowLayout):
    """A :class:`~ui.widgets.FlowLayout` whose rows share out the width left over.

    *weights* gives a widget a bigger share (Opslaan: 2); the others get 1.
    """

    def __init__(self, *, weights: dict[QWidget, int] | None = None) -> None:
        """Make an empty flow; *weights* are the shares of the room left in a row."""
        super().__init__(spacing=6, columns=6)
        self._weights = dict(weights or {})

    def setGeometry(self, rect: QRect) -> None:
        """Place the items row by row as the flow does, each row widened to fill *rect*."""
        QLayout.setGeometry(self, rect)
        area = rect.marginsRemoved(self.contentsMargins())
        rows: list[list[tuple[QLayoutItem, QWidget]]] = [[]]
        used = 0
        for index in range(self.count()):
            item = self.itemAt(index)
            widget = item.widget() if item is not None else None
            if item is None or widget is None or widget.isHidden():
                continue
            width = min(item.sizeHint().width(), max(area.width(), 1))
            if rows[-1] and used + width > area.width():
                rows.append([])
                used = 0
            rows[-1].append((item, widget))
            used += width + self.spacing()
        y = area.y()
        for row in rows:
            widths = [min(item.sizeHint().width(), max(area.width(), 1)) for item, _w in row]
            height = max((item.sizeHint().height() for item, _w in row), default=0)
            room = max(area.width() - sum(widths) - self.spacing() * (len(row) - 1), 0)
            shares = [self._weights.get(widget, 1) for _item, widget in row]
            x = area.x()
            for (item, _widget), width, share in zip(row, widths, shares, strict=True):
                wide = width + room * share // max(sum(shares), 1)
                item.setGeometry(QRect(x, y, wide, height))
                x += wide + self.spacing()
            y += height + self.spacing()
