"""A read-only table model over a tuple of plain rows, shared by the app's lists.

Colours follow the theme: a subclass may answer the foreground or background role with a tone
(``"muted"``, ``"error"``, ``"warning"``, ``"ok"``) instead of a colour, and in the
high-contrast theme every colour a subclass fixed itself gives way to the theme's own (white
text on black), so no list ever shows dark text on a black background.
"""

from __future__ import annotations

from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ui import theme

ModelIndex = QModelIndex | QPersistentModelIndex
RowT = TypeVar("RowT")
TONES = {"muted": "muted_text", "error": "error_text", "warning": "warning_text", "ok": "ok_text"}
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_BACKGROUND = Qt.ItemDataRole.BackgroundRole


def themed(value: Any, role: int) -> Any:
    """Return *value* for *role* with its colour taken from the theme (see the module doc)."""
    if role not in (_FOREGROUND, _BACKGROUND) or value is None:
        return value
    if isinstance(value, str) and value in TONES:
        return QBrush(theme.colour(TONES[value])) if role == _FOREGROUND else None
    if theme.current_contrast() == "high" and isinstance(value, QBrush | QColor):
        return QBrush(theme.colour("text" if role == _FOREGROUND else "back"))
    return value


class RowsModel(QAbstractTableModel, Generic[RowT]):
    """Rows replaced as a whole (lists here are small: a reset beats diffing), fixed columns.

    Subclasses name their Dutch column titles in ``HEADERS``, each marked for Qt Linguist in
    the subclass's own context (``QT_TRANSLATE_NOOP("DayModel", "Tijd")`` from
    :mod:`ui.marks`), and answer :meth:`cell`. The titles and cells are translated when
    shown; after a language switch the view's owner calls :meth:`retranslate`.
    """

    HEADERS: ClassVar[tuple[str, ...]] = ()

    def __init__(self, parent: QObject | None = None) -> None:
        """Start empty; :meth:`set_rows` fills it."""
        super().__init__(parent)
        self._rows: tuple[RowT, ...] = ()

    def set_rows(self, rows: tuple[RowT, ...] | list[RowT]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = tuple(rows)
        self.endResetModel()

    def row_at(self, row: int) -> RowT:
        """Return the row shown at *row*."""
        return self._rows[row]

    def rows(self) -> tuple[RowT, ...]:
        """Return every row shown."""
        return self._rows

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Return the number of rows (no children)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Return the number of columns."""
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Return the column titles in the current language."""
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.HEADERS):
            return self.tr(self.HEADERS[section])
        return None

    def retranslate(self) -> None:
        """Tell the views that titles and cells changed (a language switch): shown again."""
        if self.HEADERS:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.HEADERS) - 1)
        if self._rows and self.HEADERS:
            last = self.index(len(self._rows) - 1, len(self.HEADERS) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Return what :meth:`cell` says for a valid index (colours themed), None otherwise."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return themed(self.cell(self._rows[index.row()], index.column(), role), role)

    def cell(self, row: RowT, column: int, role: int) -> Any:
        """Return the data of *row* in *column* for *role* (subclasses override)."""
        raise NotImplementedError
