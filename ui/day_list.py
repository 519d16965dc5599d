"""Today's visits at this desk: a table model and the panel with correct and void."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal, SignalInstance
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kiosk.catalogue import CatalogueSet
from kiosk.registration import DaySummary, VisitRow
from ui.i18n import current_language, retranslate_on_change
from ui.marks import QT_TRANSLATE_NOOP
from ui.table_model import RowsModel
from ui.widgets import FlowLayout, clock_text

# Marked for Qt Linguist in the model's context; translated when shown (self.tr).
_STATUS = {
    "active": "",
    "void": QT_TRANSLATE_NOOP("DayModel", "Telt niet mee"),
    "corrected": QT_TRANSLATE_NOOP("DayModel", "Gecorrigeerd"),
}
_SOURCE = {
    "tally": QT_TRANSLATE_NOOP("DayModel", "telling"),
    "correction": QT_TRANSLATE_NOOP("DayModel", "correctie"),
}


class DayModel(RowsModel[VisitRow]):
    """The visits of one day, newest first: time, questions, status."""

    HEADERS = (
        QT_TRANSLATE_NOOP("DayModel", "Tijd"),
        QT_TRANSLATE_NOOP("DayModel", "Vragen"),
        QT_TRANSLATE_NOOP("DayModel", "Status"),
    )

    def __init__(
        self, catalogues: CatalogueSet | None = None, parent: QObject | None = None
    ) -> None:
        """Start empty; :meth:`set_rows` fills it; *catalogues* give the labels."""
        super().__init__(parent)
        self._catalogues = catalogues

    def set_catalogues(self, catalogues: CatalogueSet) -> None:
        """Use *catalogues* for the labels."""
        self._catalogues = catalogues

    def cell(self, row: VisitRow, column: int, role: int) -> Any:
        """Return the text, status colours and tooltips of a cell."""
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return (
                f"{self._text(row, 1)}\n{self._label('channel', row.channel)}, "
                f"{self._label('duration', row.duration)}"
            )
        if role == Qt.ItemDataRole.ForegroundRole and row.status != "active":
            return "muted"  # the theme's muted colour (RowsModel)
        if role == Qt.ItemDataRole.FontRole and row.status != "active":
            font = QFont()
            font.setStrikeOut(True)
            return font
        return None

    def _label(self, list_name: str, code: str) -> str:
        if self._catalogues is None:
            return code
        return self._catalogues.label(list_name, code, current_language())

    def _text(self, row: VisitRow, column: int) -> str:
        if column == 0:
            return clock_text(row.occurred_local)
        if column == 1:
            topics = ", ".join(self._label("topic", t) for t in row.topics)
            source = _SOURCE.get(row.source)
            return f"{topics} ({self.tr(source)})" if source else topics
        status = _STATUS.get(row.status, row.status)
        sent = self.sent_words()[0 if row.sent else 1]
        return f"{self.tr(status)} · {sent}" if status else sent

    def sent_words(self) -> tuple[str, str]:
        """Return the words for a sent and for a waiting visit, in the current language."""
        return self.tr("verzonden"), self.tr("nog niet verzonden")


class DayPanel(QWidget):
    """Today's visits with the running count and the Correct and Void buttons.

    Signals:
        correct_requested(str): the clerk wants to correct the visit with this id.
        void_requested(str): the clerk wants to declare the visit with this id void.
    """

    correct_requested = Signal(str)
    void_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        """Build the table and buttons."""
        super().__init__(parent)
        self.model = DayModel(parent=self)
        self._summary: DaySummary | None = None
        self.count = QLabel(self)
        self.count.setObjectName("dayCount")
        self.count.setWordWrap(True)
        self.table = QTableView(self)
        self.table.setObjectName("dayTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        # The questions wrap onto more lines when the panel is narrow or the text large.
        self.table.setWordWrap(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Tab leaves the list (to Corrigeren); the arrow keys move within it.
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        # The status on one line when the list is wide; as wide as its longest word when it
        # is narrow ("Telt niet mee · nog niet verzonden" on two lines), so the questions
        # keep their room.
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
        self._status_widths = (0, 0)
        self.table.viewport().installEventFilter(self)
        self.correct_button = QPushButton(self)
        self.correct_button.setObjectName("correctButton")
        self.void_button = QPushButton(self)
        self.void_button.setObjectName("voidButton")
        # Side by side when there is room; one under the other when the text is large.
        buttons = FlowLayout(spacing=6, columns=2)
        buttons.addWidget(self.correct_button)
        buttons.addWidget(self.void_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(self)
        self.title.setProperty("section", True)
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        layout.addWidget(self.count)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.correct_button.clicked.connect(lambda: self._emit(self.correct_requested))
        self.void_button.clicked.connect(lambda: self._emit(self.void_requested))
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.retranslate()
        retranslate_on_change(self, self.retranslate)
        self._update_buttons()

    def retranslate(self, _language: str = "") -> None:
        """Set every text in the current language: words, titles, the list and the count."""
        self.count.setAccessibleName(self.tr("Aantal vandaag"))
        self.table.setAccessibleName(self.tr("Bezoeken van vandaag"))
        self.correct_button.setText(self.tr("&Corrigeren"))
        self.void_button.setText(self.tr("Niet &meetellen …"))
        self.void_button.setToolTip(
            self.tr("Het gekozen bezoek telt dan niet meer mee; het blijft wel in de lijst.")
        )
        self.title.setText(self.tr("Vandaag aan deze balie"))
        metrics = self.table.fontMetrics()
        statuses = [self.model.tr(word) for word in _STATUS.values()]
        sent = self.model.sent_words()
        self._status_widths = (
            max(metrics.horizontalAdvance(f"{word} ·") for word in [*statuses, *sent]) + 20,
            max(metrics.horizontalAdvance(f"{a} · {b}") for a in statuses for b in sent) + 20,
        )
        self._fit_status()
        self.model.retranslate()
        self._show_count()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Widen the status column to one line when the list has room (a third of it)."""
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_status()
        return False

    def _fit_status(self) -> None:
        narrow, wide = self._status_widths
        third = self.table.viewport().width() // 3
        self.table.horizontalHeader().resizeSection(2, max(narrow, min(wide, third)))

    def show_day(self, summary: DaySummary) -> None:
        """Show *summary* and its running count; the chosen visit stays chosen.

        The list is read again after every change to visits or the outbox (a sync run's
        answers too), so it keeps the clerk's choice and scroll position across a reload.
        """
        chosen = self.selected()
        scrolled = self.table.verticalScrollBar().value()
        self.model.set_rows(summary.rows)
        if chosen is not None:
            ids = [row.id for row in summary.rows]
            if chosen.id in ids:
                self.table.selectRow(ids.index(chosen.id))
        self.table.verticalScrollBar().setValue(scrolled)
        self._summary = summary
        self._show_count()
        self._update_buttons()

    def _show_count(self) -> None:
        summary = self._summary
        if summary is None or summary.visits == 0:
            self.count.setText(self.tr("Vandaag: nog geen bezoeken"))
            return
        self.count.setText(
            self.tr("Vandaag: {visits}, {questions}").format(
                visits=self.tr("%n bezoeken", "", summary.visits),
                questions=self.tr("%n vragen", "", summary.questions),
            )
        )

    def selected(self) -> VisitRow | None:
        """Return the selected visit, or None."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _emit(self, signal: SignalInstance) -> None:
        row = self.selected()
        if row is not None and row.status == "active":
            signal.emit(row.id)

    def _update_buttons(self) -> None:
        row = self.selected()
        active = row is not None and row.status == "active"
        self.correct_button.setEnabled(active)
        self.void_button.setEnabled(active)
