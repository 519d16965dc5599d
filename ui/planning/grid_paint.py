"""How the planning grid paints its cells and its day header.

The colours come from :func:`ui.planning.colours.cell_colours` (the theme in use): the view
hands them to the delegate at the start of every paint (:meth:`CellDelegate.use`), so a theme
switch while the app runs repaints correctly. In high contrast the kind of a cell shows as a
coloured stripe on its left edge; text is never drawn on that colour.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import (
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from ui.planning.colours import STRIPE_WIDTH, CellColours, cell_colours
from ui.planning.grid_model import PlanningGridModel


class DayHeader(QHeaderView):
    """The vertical header, with a strong line above the first row of every day."""

    def __init__(self, parent: QWidget | None = None) -> None:
        """Make a vertical header."""
        super().__init__(Qt.Orientation.Vertical, parent)

    def paintSection(self, painter: QPainter, rect: QRect, logical_index: int) -> None:
        """Paint the section, then the day separator on top of it."""
        painter.save()
        super().paintSection(painter, rect, logical_index)
        painter.restore()
        model = self.model()
        if isinstance(model, PlanningGridModel) and model.is_day_start(logical_index):
            painter.save()
            painter.setPen(QPen(cell_colours().separator, 3))
            painter.drawLine(rect.left(), rect.top() + 1, rect.right(), rect.top() + 1)
            painter.restore()


class CellDelegate(QStyledItemDelegate):
    """Paints a cell straight from the model's cached text and kind.

    The general delegate asks the model for a dozen roles per cell and paints through the
    style sheet; a season's grid repaints a screenful of cells on every scroll step, so this
    one draws the background and the (elided) text itself: same look, a fraction of the time.
    """

    def __init__(self, model: PlanningGridModel, parent: QWidget) -> None:
        """Paint cells of *model*."""
        super().__init__(parent)
        self._model = model
        self.colours = cell_colours()
        self._font = QFont()
        self._fonts: dict[bool, tuple[QFont, QFontMetrics]] = {}
        self.picked: tuple[str, str] | None = None  # (slot id, word) of a picked-up booking

    def use(self, colours: CellColours) -> None:
        """Paint with *colours* from now on (the view sets the theme's before each paint)."""
        self.colours = colours

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        """Fill the background, then draw the text with its marker, shortened in the middle.

        The cell of a picked-up booking gets a dashed frame and its word in front of the text
        (not colour alone).
        """
        text, kind = self._model.cell_paint(index.row(), index.column())
        colours = self.colours
        rect = option.rect
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.fillRect(rect, colours.selected_back if selected else colours.background(kind))
        stripe = colours.stripes.get(kind)
        if stripe is not None:
            painter.fillRect(rect.adjusted(0, 0, STRIPE_WIDTH - rect.width(), 0), stripe)
        ink = colours.text(kind, selected=selected)
        if self.picked is not None:
            slot = self._model.slot(index.row(), index.column())
            if slot is not None and slot.id == self.picked[0]:
                text = f"✂ {self.picked[1]}: {text}"
                painter.save()
                painter.setPen(QPen(ink, 2, Qt.PenStyle.DashLine))
                painter.drawRect(rect.adjusted(3, 3, -4, -4))
                painter.restore()
        if not text:
            return
        if option.font != self._font or not self._fonts:
            self._remember_font(option.font)
        font, metrics = self._fonts[kind == "conflict"]
        painter.save()
        painter.setFont(font)
        painter.setPen(ink)
        inner = rect.adjusted(6 + (STRIPE_WIDTH if stripe is not None else 0), 0, -4, 0)
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideMiddle, inner.width())
        painter.drawText(
            inner, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), shown
        )
        painter.restore()

    def _remember_font(self, font: QFont) -> None:
        # A QFontMetrics per painted cell costs more than the text it measures: keep one per
        # font (plain, and bold for conflicts) until the view's font changes.
        self._font = QFont(font)
        bold = QFont(font)
        bold.setBold(True)
        self._fonts = {
            False: (self._font, QFontMetrics(self._font)),
            True: (bold, QFontMetrics(bold)),
        }
