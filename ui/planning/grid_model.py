"""The planning grid as a Qt table model: rows are (day, time), columns are helpers.

A cell is one helper's slot at that moment: the booked names with a marker per booking
(✓ verschenen, ✗ niet verschenen, ◷ voorlopig, ⚠ conflict), or "vrij" / "2 van 3 vrij", or
"gesloten". Colour (Okabe–Ito tints) only repeats what the marker and the words say.

The vertical header shows "di 2 mrt 10:00" on the first row of a day and the time on the
others; :data:`DAY_START_ROLE` tells the view where to draw the day separator. Cells are
worked out once per grid on first use (a season is about a thousand rows; only the visible
ones are ever asked for), and only what painting needs: the tooltip and the accessible text are
made when asked for, so a cursor step or a scroll builds no text nobody reads.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QFont

from kiosk.planning.records import Booking, GridData, Helper, Slot
from ui.planning import texts
from ui.planning.colours import cell_colours
from ui.planning.texts import tr

ModelIndex = QModelIndex | QPersistentModelIndex
_CELL_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

_USER = int(Qt.ItemDataRole.UserRole)
SLOT_ROLE = _USER + 1  # the Slot, or None for an empty cell
SLOT_ID_ROLE = _USER + 2  # the slot id, or None
KIND_ROLE = _USER + 3  # none, closed, conflict, free, partial, full, over, done
FREE_ROLE = _USER + 4  # places left (int; 0 when closed or empty)
STATUS_ROLE = _USER + 5  # the status in words, e.g. "vol" or "1 van 2 vrij, 1 voorlopig"
DAY_ROLE = _USER + 6  # the row's date
DAY_START_ROLE = _USER + 7  # True on the first row of a day (cells and vertical header)
HELPER_ID_ROLE = _USER + 8  # the column's helper id
BOOKINGS_ROLE = _USER + 9  # the bookings shown (cancelled ones left out), a tuple
NAMES_ROLE = _USER + 10  # the names shown, a tuple of str


@dataclass(frozen=True, slots=True)
class _Cell:
    """What painting a cell needs; the status, tooltip and spoken text are made on request."""

    slot: Slot | None
    kind: str
    text: str
    bookings: tuple[Booking, ...]


class PlanningGridModel(QAbstractTableModel):
    """A read-only model over one :class:`GridData`; :meth:`set_grid` replaces it."""

    def __init__(self, parent: QObject | None = None) -> None:
        """Start with no grid."""
        super().__init__(parent)
        self._grid: GridData | None = None
        self._cache: dict[tuple[int, int], _Cell] = {}
        self._headers: dict[int, str] = {}
        self._rows = self._columns = 0
        self._day_starts: frozenset[int] = frozenset()
        self._bold = QFont()
        self._bold.setBold(True)

    # -- contents -------------------------------------------------------------------------

    def set_grid(self, grid: GridData | None) -> None:
        """Show *grid* (None empties the model)."""
        self.beginResetModel()
        self._grid = grid
        self._cache = {}
        self._headers = {}
        self._rows = len(grid.rows) if grid is not None else 0
        self._columns = len(grid.helpers) if grid is not None else 0
        starts: set[int] = set()
        previous: date | None = None
        for number, row in enumerate(grid.rows if grid is not None else ()):
            if row.day != previous:
                starts.add(number)
                previous = row.day
        self._day_starts = frozenset(starts)
        self.endResetModel()

    def forget_texts(self) -> None:
        """Drop the cell and header texts made so far (after a language switch).

        The next paint makes them again, in the language of the moment (see
        :func:`ui.planning.widgets.refresh_views`).
        """
        self._cache = {}
        self._headers = {}

    def grid(self) -> GridData | None:
        """Return the grid shown."""
        return self._grid

    def helper(self, column: int) -> Helper | None:
        """Return the helper of *column*."""
        if self._grid is None or not 0 <= column < len(self._grid.helpers):
            return None
        return self._grid.helpers[column]

    def slot(self, row: int, column: int) -> Slot | None:
        """Return the slot at (*row*, *column*), or None for an empty cell."""
        if self._grid is None:
            return None
        return self._grid.cells.get((row, column))

    def index_of_slot(self, slot_id: str) -> QModelIndex:
        """Return the index of the cell showing *slot_id* (invalid when not shown)."""
        if self._grid is not None:
            for (row, column), slot in self._grid.cells.items():
                if slot.id == slot_id:
                    return self.index(row, column)
        return QModelIndex()

    def cell_paint(self, row: int, column: int) -> tuple[str, str]:
        """Return (text, kind) of a cell in one call: the grid's delegate paints from it."""
        cell = self._cell(row, column)
        return cell.text, cell.kind

    def is_day_start(self, row: int) -> bool:
        """True when *row* is the first row of its day."""
        return row in self._day_starts

    # -- Qt model API ---------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Return the number of (day, time) rows."""
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Return the number of helpers."""
        return 0 if parent.isValid() else self._columns

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        """Every cell can take the cursor (an empty one too: the grid moves like a sheet)."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _CELL_FLAGS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Helpers (name, partner) across; "di 2 mrt 10:00" or "10:30" down."""
        grid = self._grid
        if grid is None:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < len(grid.helpers):
                return None
            helper = grid.helpers[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return (
                    f"{helper.name}\n{helper.partner_name}" if helper.partner_name else helper.name
                )
            if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
                partner = f" ({helper.partner_name})" if helper.partner_name else ""
                return f"{helper.name}{partner}"
            if role == HELPER_ID_ROLE:
                return helper.id
            return None
        if not 0 <= section < len(grid.rows):
            return None
        row = grid.rows[section]
        first = section in self._day_starts
        if role == Qt.ItemDataRole.DisplayRole:
            label = self._headers.get(section)
            if label is None:  # the header repaints its rows on every cursor step: keep them
                time_text = texts.hhmm(row.starts)
                label = f"{texts.short_day(row.day)}  {time_text}" if first else time_text
                self._headers[section] = label
            return label
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{texts.long_day(row.day)} {texts.hhmm(row.starts)}"
        if role == Qt.ItemDataRole.FontRole and first:
            return self._bold
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == DAY_ROLE:
            return row.day
        if role == DAY_START_ROLE:
            return first
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Return the cell's text, colours, tooltip, accessible text and planning roles."""
        if not index.isValid() or self._grid is None:
            return None
        row, column = index.row(), index.column()
        if not (0 <= row < len(self._grid.rows) and 0 <= column < len(self._grid.helpers)):
            return None
        if role == DAY_START_ROLE:
            return row in self._day_starts
        if role == DAY_ROLE:
            return self._grid.rows[row].day
        if role == HELPER_ID_ROLE:
            return self._grid.helpers[column].id
        cell = self._cell(row, column)
        if role == Qt.ItemDataRole.DisplayRole:
            return cell.text
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._accessible(row, column, cell)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column, cell)
        if role == Qt.ItemDataRole.BackgroundRole:
            return cell_colours().background(cell.kind)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(cell_colours().text(cell.kind))
        if role == Qt.ItemDataRole.FontRole and cell.kind == "conflict":
            return self._bold
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == SLOT_ROLE:
            return cell.slot
        if role == SLOT_ID_ROLE:
            return cell.slot.id if cell.slot is not None else None
        if role == KIND_ROLE:
            return cell.kind
        if role == FREE_ROLE:
            return max(cell.slot.free, 0) if cell.slot is not None else 0
        if role == STATUS_ROLE:
            return self._status(cell)
        if role == BOOKINGS_ROLE:
            return cell.bookings
        if role == NAMES_ROLE:
            return tuple(texts.booking_name(b) for b in cell.bookings)
        return None

    # -- cells ----------------------------------------------------------------------------

    def _cell(self, row: int, column: int) -> _Cell:
        cached = self._cache.get((row, column))
        if cached is None:
            cached = self._cache[(row, column)] = self._make_cell(row, column)
        return cached

    def _make_cell(self, row: int, column: int) -> _Cell:
        assert self._grid is not None
        slot = self._grid.cells.get((row, column))
        if slot is None:
            return _Cell(None, "none", "", ())
        shown = texts.visible_bookings(slot)
        free = texts.free_text(slot)
        if slot.closed:
            text = f"⊘ {free}"
        else:
            names = ", ".join(texts.booking_text(b) for b in shown)
            show_free = not shown or slot.free != 0 or slot.capacity > 1
            text = f"{names} · {free}" if names and show_free else names or free
        return _Cell(slot, texts.cell_kind(slot), text, shown)

    def _where(self, row: int, column: int) -> str:
        assert self._grid is not None
        grid_row = self._grid.rows[row]
        helper = self._grid.helpers[column]
        return f"{texts.long_day(grid_row.day)} {texts.hhmm(grid_row.starts)}, {helper.name}"

    def _tooltip(self, row: int, column: int, cell: _Cell) -> str:
        where, slot = self._where(row, column), cell.slot
        if slot is None:
            return where + ": " + tr("geen spreekuur")
        free = texts.free_text(slot)
        lines = [f"{where}, {texts.hhmm(slot.starts)}–{texts.hhmm(slot.ends)}"]
        lines.append(tr("Plaatsen: {capacity}; {free}").format(capacity=slot.capacity, free=free))
        for booking in slot.bookings:
            phone = f", {booking.phone}" if booking.phone else ""
            lines.append(
                f"• {texts.booking_name(booking)}{phone}: {texts.booking_status_words(booking)}"
            )
        return "\n".join(lines)

    def _accessible(self, row: int, column: int, cell: _Cell) -> str:
        where, slot = self._where(row, column), cell.slot
        if slot is None:
            return where + ": " + tr("geen spreekuur")
        free = texts.free_text(slot)
        spoken_names = "; ".join(
            f"{texts.booking_name(b)}, {texts.booking_status_words(b)}" for b in cell.bookings
        )
        return f"{where}: " + (f"{spoken_names}; {free}" if spoken_names else free)

    @staticmethod
    def _status(cell: _Cell) -> str:
        slot = cell.slot
        if slot is None:
            return tr("geen spreekuur")
        free = texts.free_text(slot)
        if slot.closed:
            return free
        parts = [free]
        counts: dict[str, int] = {}
        for booking in cell.bookings:
            state = texts.booking_state(booking)
            if state != "booked":
                counts[state] = counts.get(state, 0) + 1
        for state in ("conflict", "provisional", "attended", "no_show"):
            if state in counts:
                parts.append(f"{counts[state]} {texts.status_word(state)}")
        return ", ".join(parts)
