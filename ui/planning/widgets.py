"""Small widget builders the planning screens share: buttons, side tables, combos, feedback."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFrame,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QTimeEdit,
    QWidget,
)

from ui.table_model import RowsModel


class CompactTable(QTableView):
    """A table that prefers the height of its header and :attr:`ROWS` rows (it grows with room).

    Qt's own preference (192 pixels) made a side tab in a scroll area scroll while the table
    could simply show fewer rows.
    """

    ROWS = 3

    def sizeHint(self) -> QSize:
        """The usual width; the header and a few rows high."""
        hint = super().sizeHint()
        rows = self.verticalHeader().defaultSectionSize() * self.ROWS
        header = self.horizontalHeader().sizeHint().height()
        return QSize(hint.width(), header + rows + 2 * self.frameWidth())


def table(parent: QWidget, name: str, accessible: str, model: RowsModel[Any]) -> QTableView:
    """Return a read-only table over *model* that selects one whole row at a time."""
    view = CompactTable(parent)
    view.setObjectName(name)
    view.setAccessibleName(accessible)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)
    view.verticalHeader().hide()
    view.setWordWrap(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return view


def fit_to_screen(window: QWidget, wanted: QSize) -> None:
    """Resize *window* to *wanted*, or as large as its screen allows (its body scrolls)."""
    screen = window.screen()
    size = wanted.expandedTo(window.minimumSizeHint())
    if screen is not None:
        room = screen.availableGeometry()
        size = size.boundedTo(QSize(room.width() - 16, room.height() - 40))
    window.resize(size)


def button(text: str, parent: QWidget, name: str, tip: str = "") -> QPushButton:
    """Return a push button of the planning screens' height, with an optional tooltip."""
    widget = QPushButton(text, parent)
    widget.setObjectName(name)
    widget.setMinimumHeight(40)
    if tip:
        widget.setToolTip(tip)
    return widget


def fill_combo(
    combo: QComboBox,
    items: list[tuple[str, str]],
    current: str | None,
    everything: str | None = None,
) -> None:
    """Replace *combo*'s (text, id) items without signals; keep *current* chosen if present.

    *everything* is a first item with no id ("Alle helpers").
    """
    combo.blockSignals(True)
    combo.clear()
    if everything is not None:
        combo.addItem(everything, None)
    for text, data in items:
        combo.addItem(text, data)
    at = combo.findData(current) if current is not None else -1
    combo.setCurrentIndex(max(at, 0))
    combo.blockSignals(False)


def show_feedback(label: QLabel, text: str, *, ok: bool = True) -> None:
    """Show *text* in a feedback *label*, styled ``state=ok`` or ``state=error``."""
    label.setText(text)
    label.setProperty("state", "ok" if ok else "error")
    label.style().unpolish(label)
    label.style().polish(label)


class TabDateEdit(QDateEdit):
    """A date field that Tab leaves (Qt's own moves from day to month to year and stays).

    The arrows and typing still move between the day, month and year.
    """

    def focusNextPrevChild(self, next: bool) -> bool:
        """Go to the next (previous) control, like every other field."""
        return QWidget.focusNextPrevChild(self, next)


class TabTimeEdit(QTimeEdit):
    """A time field that Tab leaves (Qt's own moves from hours to minutes and stays)."""

    def focusNextPrevChild(self, next: bool) -> bool:
        """Go to the next (previous) control, like every other field."""
        return QWidget.focusNextPrevChild(self, next)


class SideScroll(QScrollArea):
    """A side tab's page: *panel* in a scroll area, so a low window scrolls instead of cutting."""

    def __init__(self, panel: QWidget, parent: QWidget) -> None:
        """Wrap *panel*; the scroll area itself takes no focus (the panel's controls do)."""
        super().__init__(parent)
        self.panel = panel
        self.setWidget(panel)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
