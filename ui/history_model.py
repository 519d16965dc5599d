"""The history's table model and its periods: which local days "deze week" and the rest cover."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QDate, QLocale, QModelIndex, QObject, Qt
from PySide6.QtGui import QFont

from kiosk.history import HistoryRow
from ui.marks import QT_TRANSLATE_NOOP
from ui.table_model import RowsModel
from ui.widgets import clock_text, language_locale

#: The periods to choose from, in the order shown: (key, Dutch words).
PERIODS: tuple[tuple[str, str], ...] = (
    ("week", QT_TRANSLATE_NOOP("HistoryDialog", "Deze week")),
    ("month", QT_TRANSLATE_NOOP("HistoryDialog", "Deze maand")),
    ("last_month", QT_TRANSLATE_NOOP("HistoryDialog", "Vorige maand")),
    ("custom", QT_TRANSLATE_NOOP("HistoryDialog", "Eigen periode")),
)

# Marked for Qt Linguist in the model's context; translated when shown (self.tr).
_STATUS = {
    "active": QT_TRANSLATE_NOOP("HistoryModel", "Gewoon"),
    "correction": QT_TRANSLATE_NOOP("HistoryModel", "Gecorrigeerd"),
    "replaced": QT_TRANSLATE_NOOP("HistoryModel", "Vervangen"),
    "void": QT_TRANSLATE_NOOP("HistoryModel", "Telt niet mee"),
}


def period_days(key: str, today: date) -> tuple[date, date]:
    """Return the first and last local day of period *key* ("custom": today only)."""
    if key == "week":
        return today - timedelta(days=today.weekday()), today
    if key == "month":
        return today.replace(day=1), today
    if key == "last_month":
        last = today.replace(day=1) - timedelta(days=1)
        return last.replace(day=1), last
    return today, today


def qdate(day: date) -> QDate:
    """Return *day* as a QDate."""
    return QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> date:
    """Return *day* as a date."""
    return date(day.year(), day.month(), day.day())


class HistoryModel(RowsModel[HistoryRow]):
    """Past visits, newest first: date, time, questions, channel, status."""

    HEADERS = (
        QT_TRANSLATE_NOOP("HistoryModel", "Datum"),
        QT_TRANSLATE_NOOP("HistoryModel", "Tijd"),
        QT_TRANSLATE_NOOP("HistoryModel", "Vragen"),
        QT_TRANSLATE_NOOP("HistoryModel", "Kanaal"),
        QT_TRANSLATE_NOOP("HistoryModel", "Status"),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        """Start empty; :meth:`set_rows` or :meth:`add_rows` fill it."""
        super().__init__(parent)
        self._labels: Callable[[str, str], str] = lambda _list, label: label

    def set_labels(self, labels: Callable[[str, str], str]) -> None:
        """Use *labels* (list name, Dutch label -> label in the current language) for cells."""
        self._labels = labels

    def add_rows(self, rows: tuple[HistoryRow, ...]) -> None:
        """Add *rows* after those shown (the next page)."""
        if not rows:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows = self._rows + rows
        self.endInsertRows()

    def cell(self, row: HistoryRow, column: int, role: int) -> Any:
        """Return the text, tooltip and strike-out of a cell."""
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            questions = [
                f"{self._labels('topic', topic)} ({self._labels('organisation', organisation)})"
                if organisation
                else self._labels("topic", topic)
                for topic, organisation in zip(row.topics, row.organisations, strict=False)
            ]
            return "\n".join([*questions, self.text(row, 3), self.text(row, 4)])
        if role == Qt.ItemDataRole.FontRole and row.status in ("void", "replaced"):
            font = QFont()
            font.setStrikeOut(True)
            return font
        return None

    def text(self, row: HistoryRow, column: int) -> str:
        """Return the words of *row* in *column*."""
        when = row.occurred_local
        if column == 0:
            # The weekday and date in the current language's short form ("do 3-12-2026",
            # "Thu 03/12/2026").
            locale = language_locale()
            day = locale.toString(qdate(when.date()), QLocale.FormatType.ShortFormat)
            return f"{locale.toString(qdate(when.date()), 'ddd')} {day}"
        if column == 1:
            return clock_text(when)
        if column == 2:
            return ", ".join(self._labels("topic", topic) for topic in row.topics)
        if column == 3:
            return self._labels("channel", row.channel)
        sent = self.tr("verzonden") if row.sent else self.tr("nog niet verzonden")
        return f"{self.tr(_STATUS.get(row.status, row.status))} · {sent}"
