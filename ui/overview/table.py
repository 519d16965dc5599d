"""A chart's numbers as a table: the model, the view, and a copy for a spreadsheet.

The table is the accessible form of a chart (a screen reader reads it cell by cell). Ctrl+C
(or the page's "Kopiëren") puts the whole table on the clipboard as tab-separated text with
its headings, numbers without thousands separators, so a spreadsheet takes it as numbers.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from ui.overview.charts import Cell, Chart
from ui.overview.texts import number
from ui.table_model import RowsModel

ModelIndex = QModelIndex | QPersistentModelIndex


def tab_separated(headings: Sequence[str], rows: Sequence[Sequence[Cell]]) -> str:
    """Return the table as tab-separated lines (headings first), for a spreadsheet."""

    def clean(value: Cell) -> str:
        return " ".join(str(value).split())  # no tab or line break inside a cell

    lines = ["\t".join(clean(h) for h in headings)]
    lines += ["\t".join(clean(c) for c in row) for row in rows]
    return "\n".join(lines) + "\n"


class FiguresModel(RowsModel[tuple[Cell, ...]]):
    """The rows of one chart; the headings come with the chart (in the current language)."""

    def __init__(self, parent: QObject | None = None) -> None:
        """Start without a chart."""
        super().__init__(parent)
        self.headings: tuple[str, ...] = ()

    def show_chart(self, chart: Chart | None) -> None:
        """Show *chart*'s headings and rows (none: an empty table)."""
        self.beginResetModel()
        self.headings = chart.headings if chart is not None else ()
        self._rows = chart.rows if chart is not None else ()
        self.endResetModel()

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Return the number of headings."""
        return 0 if parent.isValid() else len(self.headings)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Return the chart's headings (already in the current language)."""
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.headings):
            return self.headings[section]
        return None

    def cell(self, row: tuple[Cell, ...], column: int, role: int) -> Any:
        """Words as they are, numbers with the language's thousands separator, right-aligned."""
        if column >= len(row):
            return None
        value = row[column]
        if role == Qt.ItemDataRole.DisplayRole:
            return number(value) if isinstance(value, int) else value
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, int):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def as_text(self) -> str:
        """Return the whole table as tab-separated text with its headings."""
        return tab_separated(self.headings, self._rows)


class FiguresTable(QTableView):
    """A read-only table of a chart's numbers; Ctrl+C copies all of it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        """Make the view and its model."""
        super().__init__(parent)
        self.setObjectName("overviewTable")
        self.figures = FiguresModel(self)
        self.setModel(self.figures)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move inside it
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)

    def copy_all(self) -> str:
        """Put the whole table on the clipboard (tab-separated, headings first); return it."""
        text = self.figures.as_text()
        QGuiApplication.clipboard().setText(text)
        return text

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Ctrl+C copies the whole table, not only the current cell."""
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_all()
            event.accept()
            return
        super().keyPressEvent(event)
