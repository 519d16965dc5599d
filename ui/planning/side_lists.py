"""The planning page's side lists: the slot's bookings, the waiting list, "Aandacht nodig"."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QFont

from kiosk.planning.records import Booking, Slot, WaitingEntry
from ui import theme
from ui.marks import QT_TRANSLATE_NOOP
from ui.planning import texts
from ui.table_model import RowsModel


def _muted() -> QBrush:
    """Return the theme's muted text (cancelled bookings, ended entries)."""
    return QBrush(theme.colour("muted_text"))


def _purposes(purpose: tuple[str, ...]) -> str:
    return ", ".join(texts.labels(purpose))


class SlotBookingsModel(RowsModel[Booking]):
    """The bookings of the slot under the cursor (cancelled ones greyed and struck out)."""

    HEADERS = (
        QT_TRANSLATE_NOOP("SlotBookingsModel", "Naam"),
        QT_TRANSLATE_NOOP("SlotBookingsModel", "Telefoon"),
        QT_TRANSLATE_NOOP("SlotBookingsModel", "Status"),
    )

    def cell(self, row: Booking, column: int, role: int) -> Any:
        """Return the name with its marker, the phone and the status words."""
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == 0:
                return texts.booking_text(row)
            if column == 1:
                return row.phone or ""
            return texts.booking_status_words(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [texts.booking_name(row), texts.booking_status_words(row)]
            if row.purpose:
                lines.append(texts.tr("Doel: {p}").format(p=_purposes(row.purpose)))
            if row.checklist:
                lines.append(
                    texts.tr("Meenemen: {c}").format(c=", ".join(texts.labels(row.checklist)))
                )
            if row.remark:
                lines.append(row.remark)
            if row.cancelled_by:
                lines.append(texts.tr("Geannuleerd door {by}").format(by=row.cancelled_by))
            return "\n".join(lines)
        if row.status == "cancelled":
            if role == Qt.ItemDataRole.ForegroundRole:
                return _muted()
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setStrikeOut(True)
                return font
        return None


class WaitingModel(RowsModel[WaitingEntry]):
    """The season's waiting list in order."""

    HEADERS = (
        "#",
        QT_TRANSLATE_NOOP("WaitingModel", "Naam"),
        QT_TRANSLATE_NOOP("WaitingModel", "Telefoon"),
        QT_TRANSLATE_NOOP("WaitingModel", "Doel"),
    )

    def cell(self, row: WaitingEntry, column: int, role: int) -> Any:
        """Return the position, name, phone and purpose."""
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return (
                str(self.rows().index(row) + 1),
                row.name or texts.tr(texts.NAME_PURGED),
                row.phone or "",
                _purposes(row.purpose),
            )[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(
                part
                for part in (row.name, row.phone, row.email, _purposes(row.purpose), row.remark)
                if part
            )
        return None


class AttentionModel(RowsModel[Booking]):
    """Bookings the server stored in conflict, with where and why."""

    HEADERS = (
        QT_TRANSLATE_NOOP("AttentionModel", "Naam"),
        QT_TRANSLATE_NOOP("AttentionModel", "Tijdstip"),
        QT_TRANSLATE_NOOP("AttentionModel", "Waarom"),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        """Start empty; :meth:`set_slots` tells where each booking's slot is."""
        super().__init__(parent)
        self._slots: dict[str, Slot] = {}

    def set_slots(self, slots: dict[str, Slot]) -> None:
        """Use *slots* (by id) to describe each booking's time."""
        self._slots = dict(slots)

    def slot_of(self, booking: Booking) -> Slot | None:
        """Return the slot *booking* is in, if known."""
        return self._slots.get(booking.slot_id)

    def cell(self, row: Booking, column: int, role: int) -> Any:
        """Return the name, the slot and the conflict in words."""
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            if column == 0:
                return f"⚠ {texts.booking_name(row)}"
            if column == 1:
                slot = self._slots.get(row.slot_id)
                if slot is None:
                    return "—"
                return f"{texts.short_day(slot.day)} {texts.hhmm(slot.starts)}"
            return texts.conflict_words(row.conflict_code)
        return None
