"""The planning grid on screen: a table that moves like a spreadsheet, keyboard first.

Keys (the view only says what the clerk asked for; the page's "Dit tijdstip" tab,
:class:`ui.planning.slot_panel.SlotPanel`, does it through the service):

- arrows, Home / End, Page Up / Page Down move the cursor; Ctrl+Page Down / Ctrl+Page Up jump
  to the next / previous day;
- Tab / Shift+Tab and Ctrl+Tab / Ctrl+Shift+Tab leave the grid for the next / previous control
  (the grid is one stop in the page's tab order, like a list);
- Enter on a cell with a free place opens the booking editor, elsewhere it moves down;
  typing a letter in such a cell opens the editor with that text as the name;
- F2 opens the cell's booking, Delete cancels it (after a confirmation);
- Ctrl+X picks the booking to move (cut), Ctrl+C picks it to copy (the booking stays; the copy
  is a new booking with the same details), Ctrl+V puts it in the cursor's slot, Esc drops the
  pick. The picked booking's cell gets a dashed frame and the word "verplaatsen" / "kopiëren"
  (:meth:`PlanningGridView.set_picked`). (Undo and redo are the page's Ctrl+Z / Ctrl+Shift+Z.)

The cells, the day header and the theme's colours are painted by :mod:`ui.planning.grid_paint`.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtGui import (
    QFont,
    QFontMetrics,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from kiosk.planning.records import GridData, Slot
from ui.i18n import retranslate_on_change
from ui.planning.colours import cell_colours
from ui.planning.grid_model import PlanningGridModel
from ui.planning.grid_paint import CellDelegate, DayHeader

#: Keys that only move the cursor when pressed alone: straight to QTableView, no checks.
_MOVES = frozenset(
    {
        Qt.Key.Key_Up,
        Qt.Key.Key_Down,
        Qt.Key.Key_Left,
        Qt.Key.Key_Right,
        Qt.Key.Key_Home,
        Qt.Key.Key_End,
        Qt.Key.Key_PageUp,
        Qt.Key.Key_PageDown,
    }
)


class PlanningGridView(QTableView):
    """The season grid.

    Signals:
        book_requested(object, str): a new booking in this Slot, with the name typed so far.
        open_requested(object): open the booking(s) of this Slot (F2, double-click).
        cancel_requested(object): cancel a booking of this Slot (Delete).
        pick_requested(object): pick a booking of this Slot to move (Ctrl+X).
        copy_requested(object): pick a booking of this Slot to copy (Ctrl+C).
        paste_requested(object): put the picked booking in this Slot (Ctrl+V).
        escape_pressed(): Esc (drops a pick).
        slot_changed(object): the cursor moved to this Slot (None: an empty cell).
    """

    book_requested = Signal(object, str)
    open_requested = Signal(object)
    cancel_requested = Signal(object)
    pick_requested = Signal(object)
    copy_requested = Signal(object)
    paste_requested = Signal(object)
    escape_pressed = Signal()
    slot_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        """Build the view over its own :class:`PlanningGridModel`."""
        super().__init__(parent)
        self.setObjectName("planningGrid")
        self._retranslate()
        retranslate_on_change(self, self._retranslate)
        self.grid_model = PlanningGridModel(self)
        self.setVerticalHeader(DayHeader(self))
        self.setModel(self.grid_model)
        self.setItemDelegate(CellDelegate(self.grid_model, self))
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF(), 11.0) + 2)
        self.setFont(font)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)  # Tab leaves the grid; the arrows move in it
        self.setWordWrap(False)
        self.setCornerButtonEnabled(False)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        height = self.fontMetrics().height() + 14
        vertical = self.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(height)
        vertical.setMinimumWidth(self.fontMetrics().horizontalAdvance("wo 30 mrt  10:00") + 16)
        horizontal = self.horizontalHeader()
        horizontal.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        horizontal.setMinimumSectionSize(self.fontMetrics().averageCharWidth() * 16)
        horizontal.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        horizontal.setHighlightSections(True)
        # The cells cover the viewport and paintEvent fills the rest, so Qt need not paint what
        # lies behind it first. An opaque viewport also lets a one-row scroll move the pixels
        # and paint only the new row; a transparent one (the style sheet's background makes it
        # so) repaints the whole viewport, and the page behind it, on every scrolling step.
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self.grid_model.modelReset.connect(self._after_reset)
        self.doubleClicked.connect(self._on_double_click)

    def _retranslate(self) -> None:
        """Set the grid's name, description and tooltip in the chosen language."""
        self.setAccessibleName(self.tr("Planning Belastinghulp"))
        self.setAccessibleDescription(
            self.tr(
                "Rijen zijn dag en tijd, kolommen zijn de helpers. Enter of een letter typen "
                "op een vrije plek boekt; F2 opent; Delete annuleert; Ctrl+X en Ctrl+V "
                "verplaatsen; Ctrl+C en Ctrl+V kopiëren. Pijltjes bewegen in het rooster; Tab "
                "of Ctrl+Tab gaat naar het volgende onderdeel, Shift+Tab of Ctrl+Shift+Tab "
                "naar het vorige."
            )
        )
        self.setToolTip(
            self.tr(
                "Pijltjes: bewegen · Enter: boeken · F2: openen · Ctrl+F: zoeken · "
                "Ctrl+Tab / Ctrl+Shift+Tab: het rooster verlaten"
            )
        )

    def sizeHint(self) -> QSize:
        """Prefer the header and three rows: the grid takes what room is left, not more.

        (The page's column scrolls when its preferred height does not fit, so a taller hint
        would make it scroll on a small laptop where the grid could simply show fewer rows.)
        """
        hint = super().sizeHint()
        rows = self.verticalHeader().defaultSectionSize() * 3
        header = self.horizontalHeader().sizeHint().height()
        frame = 2 * self.frameWidth() + self.horizontalScrollBar().sizeHint().height()
        return QSize(hint.width(), header + rows + frame)

    # -- data -----------------------------------------------------------------------------

    def show_grid(self, grid: GridData | None) -> None:
        """Show *grid*, keeping the cursor on the same slot (or the same cell) when it can."""
        current = self.currentIndex()
        slot = self.current_slot()
        row, column = (current.row(), current.column()) if current.isValid() else (0, 0)
        self.grid_model.set_grid(grid)
        target = self.grid_model.index_of_slot(slot.id) if slot is not None else QModelIndex()
        if not target.isValid() and self.grid_model.rowCount() and self.grid_model.columnCount():
            target = self.grid_model.index(
                min(row, self.grid_model.rowCount() - 1),
                min(column, self.grid_model.columnCount() - 1),
            )
        if target.isValid():
            self.setCurrentIndex(target)
            self.scrollTo(target)
        self.slot_changed.emit(self.current_slot())

    def current_slot(self) -> Slot | None:
        """Return the slot under the cursor, or None."""
        index = self.currentIndex()
        if not index.isValid():
            return None
        return self.grid_model.slot(index.row(), index.column())

    def set_picked(self, slot_id: str | None, word: str = "") -> None:
        """Mark the cell of *slot_id* as holding the picked-up booking (None: no mark)."""
        delegate = self.itemDelegate()
        assert isinstance(delegate, CellDelegate)
        delegate.picked = (slot_id, word) if slot_id is not None else None
        self.viewport().update()

    def picked_mark(self) -> tuple[str, str] | None:
        """Return (slot id, word) of the marked cell, or None."""
        delegate = self.itemDelegate()
        assert isinstance(delegate, CellDelegate)
        return delegate.picked

    def go_to_slot(self, slot_id: str) -> bool:
        """Put the cursor on *slot_id*; False when it is not shown."""
        index = self.grid_model.index_of_slot(slot_id)
        if not index.isValid():
            return False
        self.setCurrentIndex(index)
        self.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        return True

    def _after_reset(self) -> None:
        header = self.horizontalHeader()
        header.setMinimumHeight(self.fontMetrics().height() * 2 + 12)
        # Columns are at least as wide as the helper's and organisation's names (bold: the
        # cursor's column header is bold); the grid scrolls sideways when they do not fit.
        bold = QFont(header.font())
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        widest = metrics.averageCharWidth() * 16
        model = self.grid_model
        for column in range(model.columnCount()):
            text = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            for line in text.splitlines():
                widest = max(widest, metrics.horizontalAdvance(line) + 24)
        header.setMinimumSectionSize(min(widest, metrics.averageCharWidth() * 36))

    def currentChanged(
        self,
        current: QModelIndex | QPersistentModelIndex,
        previous: QModelIndex | QPersistentModelIndex,
    ) -> None:
        """Tell the page which slot the cursor is on."""
        super().currentChanged(current, previous)
        self.slot_changed.emit(self.current_slot())

    # -- keys -----------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Spreadsheet keys; see the module docstring."""
        key = event.key()
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        plain = modifiers == Qt.KeyboardModifier.NoModifier
        if plain and key in _MOVES:  # the common case, and the one held down: keep it short
            super().keyPressEvent(event)
            return
        slot = self.current_slot()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain:
            if self._bookable(slot):
                self.book_requested.emit(slot, "")
            else:
                self._move(QAbstractItemView.CursorAction.MoveDown)
            return
        if key == Qt.Key.Key_F2 and plain:
            if slot is not None:
                self.open_requested.emit(slot)
            return
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and plain:
            if slot is not None:
                self.cancel_requested.emit(slot)
            return
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and (
            modifiers & Qt.KeyboardModifier.ControlModifier
        ):
            backwards = key == Qt.Key.Key_Backtab or bool(
                modifiers & Qt.KeyboardModifier.ShiftModifier
            )
            QWidget.focusNextPrevChild(self, not backwards)
            return
        if event.matches(QKeySequence.StandardKey.Cut):
            if slot is not None:
                self.pick_requested.emit(slot)
            return
        if event.matches(QKeySequence.StandardKey.Copy):
            if slot is not None:
                self.copy_requested.emit(slot)
            return
        if event.matches(QKeySequence.StandardKey.Paste):
            if slot is not None:
                self.paste_requested.emit(slot)
            return
        if key == Qt.Key.Key_Escape and plain:
            self.escape_pressed.emit()
            return
        if key in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp) and (
            modifiers == Qt.KeyboardModifier.ControlModifier
        ):
            self._jump_day(1 if key == Qt.Key.Key_PageDown else -1)
            return
        text = event.text()
        no_command = not modifiers & (
            Qt.KeyboardModifier.ControlModifier
            | Qt.KeyboardModifier.AltModifier
            | Qt.KeyboardModifier.MetaModifier
        )
        if text and text.isprintable() and not text.isspace() and no_command:
            if self._bookable(slot):
                self.book_requested.emit(slot, text)
            return  # never "keyboard search": the cursor must not jump on a typo
        super().keyPressEvent(event)

    @staticmethod
    def _bookable(slot: Slot | None) -> bool:
        return slot is not None and not slot.closed and slot.free > 0

    def _move(self, action: QAbstractItemView.CursorAction) -> None:
        index = self.moveCursor(action, Qt.KeyboardModifier.NoModifier)
        if index.isValid():
            self.setCurrentIndex(index)

    def _jump_day(self, step: int) -> None:
        current = self.currentIndex()
        rows = self.grid_model.rowCount()
        if not current.isValid() or rows == 0:
            return
        row = current.row()
        if step > 0:
            row += 1
            while row < rows and not self.grid_model.is_day_start(row):
                row += 1
            row = min(row, rows - 1)
        else:
            while row > 0 and not self.grid_model.is_day_start(row):
                row -= 1
            row -= 1
            while row > 0 and not self.grid_model.is_day_start(row):
                row -= 1
            row = max(row, 0)
        target = self.grid_model.index(row, current.column())
        self.setCurrentIndex(target)
        self.scrollTo(target, QAbstractItemView.ScrollHint.PositionAtTop)

    def _on_double_click(self, index: QModelIndex) -> None:
        slot = self.grid_model.slot(index.row(), index.column())
        if slot is None:
            return
        if self._bookable(slot) and not slot.bookings:
            self.book_requested.emit(slot, "")
        else:
            self.open_requested.emit(slot)

    # -- painting -------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        """Paint the cells, then the day separators and a thick frame round the cursor."""
        viewport = self.viewport()
        colours = cell_colours()
        delegate = self.itemDelegate()
        if isinstance(delegate, CellDelegate):
            delegate.use(colours)
        background = QPainter(viewport)  # the viewport is opaque: nothing else clears it
        background.fillRect(event.rect(), viewport.palette().base())
        background.end()
        super().paintEvent(event)
        model = self.grid_model
        rows = model.rowCount()
        if rows == 0:
            return
        first = self.rowAt(0)
        last = self.rowAt(viewport.height() - 1)
        first = 0 if first < 0 else first
        last = rows - 1 if last < 0 else last
        painter = QPainter(viewport)
        painter.setPen(QPen(colours.separator, 3))
        right = viewport.width()
        for row in range(first, last + 1):
            if model.is_day_start(row) and row > 0:
                y = self.rowViewportPosition(row) + 1
                painter.drawLine(0, y, right, y)
        current = self.currentIndex()
        if current.isValid():
            rect = self.visualRect(current)
            if rect.isValid() and rect.intersects(viewport.rect()):
                painter.setPen(QPen(colours.focus if self.hasFocus() else colours.separator, 3))
                painter.drawRect(rect.adjusted(1, 1, -2, -2))
        painter.end()
