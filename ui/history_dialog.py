"""Eerdere bezoeken: search past visits, correct one or stop counting it, within the window.

Every read and write runs on the runner's database lane; the dialog reads its page again when
visits or the outbox change (a void here, a save or sync elsewhere). A row older than the
window (``history_days``), void or already corrected cannot be changed: the buttons are
disabled and the reason is shown beside them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale, QModelIndex, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kiosk.app import Kiosk
from kiosk.catalogue import CatalogueSet
from kiosk.changes import LOCATION, OUTBOX, VISITS, Changes
from kiosk.history import PAGE_SIZE, HistoryPage, HistoryQuery, HistoryRow, HistoryService
from kiosk.locations import DeskInfo
from ui import words
from ui.dialog_fit import fit_to_screen
from ui.flow_fill import FillingFlow
from ui.history_model import PERIODS, HistoryModel, period_days, pydate, qdate
from ui.i18n import current_language, retranslate_on_change
from ui.registration.sections import Message
from ui.tasks import TaskRunner, UserError
from ui.void_dialog import VoidDialog
from ui.widgets import language_locale

#: Milliseconds of quiet after typing before the search runs.
DEBOUNCE_MS = 300


def _english_labels(catalogues: CatalogueSet) -> Callable[[str, str], str]:
    """Return list name, Dutch label -> the label in the current language.

    The history's rows carry the Dutch labels (:class:`kiosk.history.HistoryRow`); a label no
    catalogue knows stays as it is.
    """
    english: dict[tuple[str, str], str] = {}
    for catalogue in catalogues:
        for list_name in ("topic", "organisation", "channel"):
            for option in catalogue.options(list_name, include_retired=True):
                english.setdefault((list_name, option.nl), option.en)

    def label(list_name: str, dutch: str) -> str:
        if current_language() != "en":
            return dutch
        return english.get((list_name, dutch), dutch)

    return label


class DateEdit(QDateEdit):
    """A date field that Tab leaves at once (the day, month and year: arrow keys or typing)."""

    def focusNextPrevChild(self, next: bool) -> bool:
        """Move focus to the next or previous control, not to the next part of the date."""
        return QWidget.focusNextPrevChild(self, next)


class HistoryDialog(QDialog):
    """Eerdere bezoeken: search, Corrigeren (emits the id and closes), Niet meetellen.

    Signals:
        correct_requested(str): the clerk wants to correct the visit with this id.
        loaded(): a search's page is shown (tests and screenshots wait for it).
    """

    correct_requested = Signal(str)
    loaded = Signal()

    def __init__(
        self, kiosk: Kiosk, desk: DeskInfo, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        """Build the dialog for *desk* and start the first search (this month)."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Eerdere bezoeken"))
        self._desk = desk
        self._runner = runner
        self._history = HistoryService.of(kiosk)
        self._today = kiosk.now().date()
        self._asked = 0  # the number of the latest search; older answers are dropped
        self._more = False
        self._answered = False  # a search has been answered (the count is worth showing)
        self._found_error: UserError | None = None
        self._notice: Message | None = None
        self._days = 14
        self.page_size = PAGE_SIZE
        self.model = HistoryModel(self)
        self.model.set_labels(_english_labels(kiosk.catalogues))
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.refresh)
        self._build()
        self._retranslate()
        retranslate_on_change(self, self._retranslate)
        self.search.setFocus()
        self._period_chosen()
        runner.changed.connect(self._on_changed)
        fit_to_screen(self, QSize(880, 460))  # its buttons stay on screen at 150 %

    # -- building -------------------------------------------------------------------------

    def _build(self) -> None:
        self.search = QLineEdit(self)
        self.search.setObjectName("historySearch")
        self.search.setClearButtonEnabled(True)
        self.search_label = search_label = QLabel(self)
        search_label.setBuddy(self.search)
        self.period = QComboBox(self)
        self.period.setObjectName("historyPeriod")
        for key, _label in PERIODS:
            self.period.addItem("", key)
        self.period.setCurrentIndex(1)  # deze maand
        self.period_label = period_label = QLabel(self)
        period_label.setBuddy(self.period)
        self.start = self._date_edit("historyFrom")
        self.end = self._date_edit("historyTo")
        self.to_label = to_label = QLabel(self)
        to_label.setBuddy(self.end)
        # Search and period side by side, or one under the other when the text is large.
        searching, period = QWidget(self), QWidget(self)
        search_row, period_row = QHBoxLayout(searching), QHBoxLayout(period)
        for row in (search_row, period_row):
            row.setContentsMargins(0, 0, 0, 0)
        search_row.addWidget(search_label)
        search_row.addWidget(self.search, 1)
        self.search.setMinimumWidth(self.search.fontMetrics().averageCharWidth() * 20)
        for widget in (period_label, self.period, self.start, to_label, self.end):
            period_row.addWidget(widget)
        top = FillingFlow(weights={searching: 3, period: 1})
        top.addWidget(searching)
        top.addWidget(period)

        self.found = QLabel(self)
        self.found.setObjectName("historyFound")
        self.table = QTableView(self)
        self.table.setObjectName("historyTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # The questions keep room for about 28 characters however narrow the dialog (then
        # the table scrolls sideways); the last column takes what is left.
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(2, self.table.fontMetrics().averageCharWidth() * 28)
        header.setStretchLastSection(True)
        self.reason = QLabel(self)
        self.reason.setObjectName("historyReason")
        self.reason.setWordWrap(True)
        self.notice = QLabel(self)
        self.notice.setObjectName("historyNotice")
        self.notice.setWordWrap(True)
        self.notice.hide()

        self.more_button = self._button("historyMore")
        self.correct_button = self._button("historyCorrect")
        self.void_button = self._button("historyVoid")
        self.close_button = self._button("historyClose")
        buttons = QHBoxLayout()
        buttons.addWidget(self.more_button)
        buttons.addStretch(1)
        buttons.addWidget(self.correct_button)
        buttons.addWidget(self.void_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.found)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.reason)
        layout.addWidget(self.notice)
        layout.addLayout(buttons)
        for first, second in (
            (self.search, self.period),
            (self.period, self.start),
            (self.start, self.end),
            (self.end, self.table),
            (self.table, self.more_button),
            (self.more_button, self.correct_button),
            (self.correct_button, self.void_button),
            (self.void_button, self.close_button),
        ):
            QWidget.setTabOrder(first, second)

        self.search.textChanged.connect(self._typed)
        self.search.returnPressed.connect(self.refresh)
        self.period.currentIndexChanged.connect(self._period_chosen)
        self.start.dateChanged.connect(self._dates_changed)
        self.end.dateChanged.connect(self._dates_changed)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.activated.connect(self._activated)
        self.more_button.clicked.connect(self._load_more)
        self.correct_button.clicked.connect(self._correct)
        self.void_button.clicked.connect(self._ask_void)
        self.close_button.clicked.connect(self.reject)

    def _date_edit(self, name: str) -> DateEdit:
        edit = DateEdit(self)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setMaximumDate(qdate(self._today))
        return edit

    def _button(self, name: str) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(name)
        button.setAutoDefault(False)  # Enter on a row means Corrigeren, not the focused button
        return button

    def _retranslate(self) -> None:
        """Set every text in the current language; the search, period and choice stay."""
        self.setWindowTitle(self.tr("Eerdere bezoeken"))
        self.search.setPlaceholderText(self.tr("Onderwerp, hulp, notitie"))
        self.search.setToolTip(
            self.tr("Zoek op onderwerp, organisatie, geboden hulp of de tekst van een notitie.")
        )
        self.search_label.setText(self.tr("&Zoeken"))
        self.search.setAccessibleName(self.tr("Zoeken"))
        for index, (_key, label) in enumerate(PERIODS):
            self.period.setItemText(index, self.tr(label))
        self.period_label.setText(self.tr("&Periode"))
        self.period.setAccessibleName(self.tr("Periode"))
        self.start.setAccessibleName(self.tr("Van"))
        self.end.setAccessibleName(self.tr("Tot en met"))
        self.to_label.setText(self.tr("t/m"))
        for edit in (self.start, self.end):  # the language's own day, month and year order
            edit.setLocale(language_locale())
            edit.setDisplayFormat(language_locale().dateFormat(QLocale.FormatType.ShortFormat))
        self.found.setAccessibleName(self.tr("Gevonden"))
        self.table.setAccessibleName(self.tr("Eerdere bezoeken"))
        self.table.setAccessibleDescription(self.tr("Enter: corrigeren"))
        self.reason.setAccessibleName(self.tr("Waarom niet"))
        self.notice.setAccessibleName(self.tr("Melding"))
        for button, label in (
            (self.more_button, self.tr("&Meer tonen")),
            (self.correct_button, self.tr("&Corrigeren")),
            (self.void_button, self.tr("&Niet meetellen …")),
            (self.close_button, self.tr("Sluiten")),
        ):
            button.setText(label)
            button.setAccessibleName(label.replace("&", "").rstrip(" …"))
        self.void_button.setToolTip(
            self.tr("Het gekozen bezoek telt dan niet meer mee; het blijft wel in de lijst.")
        )
        self.model.retranslate()
        self._show_found()
        self._update_buttons()
        if self._notice is not None:
            self._tell(self._notice, announce=False)

    # -- searching ------------------------------------------------------------------------

    def query(self, offset: int = 0) -> HistoryQuery:
        """Return the search the controls describe, from row *offset*."""
        start, end = pydate(self.start.date()), pydate(self.end.date())
        if start > end:
            start, end = end, start
        return HistoryQuery(
            start=start, end=end, words=self.search.text(), limit=self.page_size, offset=offset
        )

    def _typed(self) -> None:
        self._tell("")
        self._debounce.start()

    def _tell(self, notice: Message, *, announce: bool = True) -> None:
        """Show *notice* under the list (what the last change did), or hide it when empty.

        A function (rather than a text) is made again after a language switch.
        """
        self._notice = notice or None
        text = notice() if callable(notice) else notice
        self.notice.setText(text)
        self.notice.setVisible(bool(text))
        if text and announce:  # a screen reader says it too
            QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self.notice, text))

    def refresh(self) -> None:
        """Search again from the first row."""
        self._debounce.stop()
        self._ask(self.query(), append=False)

    def _ask(self, query: HistoryQuery, *, append: bool) -> None:
        self._asked += 1
        asked = self._asked
        # The work runs (and is let go of) on the lane's thread: it holds no widget.
        history, desk_id, today = self._history, self._desk.desk_id, self._today
        self._runner.submit(
            lambda: history.search(desk_id, query, today),
            lambda page: self._show(page, asked, append=append),
            self._show_error,
            owner=self,
        )

    def _show(self, page: HistoryPage, asked: int, *, append: bool) -> None:
        if asked != self._asked:  # a newer search is on its way
            return
        chosen = self.selected()
        self._answered = True
        self._days, self._more = page.history_days, page.more
        if append:
            self.model.add_rows(page.rows)
        else:
            self.model.set_rows(page.rows)
            ids = [row.id for row in page.rows]
            if chosen is not None and chosen.id in ids:
                self.table.selectRow(ids.index(chosen.id))
        self._found_error = None
        self._show_found()
        self.more_button.setVisible(page.more)
        self._update_buttons()
        self.loaded.emit()

    def _show_found(self) -> None:
        """Say how many visits the list shows (or why the search failed), current language."""
        shown = self.model.rowCount()
        if self._found_error is not None:
            self.found.setText(words.error_text(self._found_error))
        elif self._asked == 0 or not self._answered:
            self.found.setText("")
        elif shown == 0:
            self.found.setText(self.tr("Geen bezoeken gevonden in deze periode."))
        elif self._more:
            self.found.setText(self.tr("De nieuwste %n bezoeken. Er zijn er meer.", "", shown))
        else:
            self.found.setText(self.tr("%n bezoeken gevonden.", "", shown))

    def _show_error(self, error: UserError) -> None:
        self._found_error = error
        self._show_found()
        self.loaded.emit()

    def _load_more(self) -> None:
        self._ask(self.query(offset=self.model.rowCount()), append=True)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _period_chosen(self) -> None:
        key = self.period.currentData()
        custom = key == "custom"
        self.start.setEnabled(custom)
        self.end.setEnabled(custom)
        if not custom:
            first, last = period_days(str(key), self._today)
            for edit, day in ((self.start, first), (self.end, last)):
                edit.blockSignals(True)
                edit.setDate(qdate(day))
                edit.blockSignals(False)
        self.refresh()

    def _dates_changed(self) -> None:
        if self.period.currentData() == "custom":
            self._debounce.start()

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches(VISITS, OUTBOX, LOCATION):  # LOCATION: the window's setting
            self.refresh()

    # -- choosing and changing ------------------------------------------------------------

    def selected(self) -> HistoryRow | None:
        """Return the chosen visit, or None."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        row = self.selected()
        can = row is not None and row.changeable
        self.correct_button.setEnabled(can)
        self.void_button.setEnabled(can)
        self.reason.setText("" if row is None else self._refusal_text(row))

    def _refusal_text(self, row: HistoryRow) -> str:
        if row.refusal is None:
            return ""
        if row.refusal == "history.outside_window":
            return self.tr("Ouder dan {days} dagen: vraag de teamleider.").format(days=self._days)
        return words.phrase(row.refusal)

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.table.selectRow(index.row())
            self._correct()

    def _correct(self) -> None:
        row = self.selected()
        if row is None or not row.changeable:
            return
        self.correct_requested.emit(row.id)
        self.accept()

    def _ask_void(self) -> None:
        row = self.selected()
        if row is None or not row.changeable:
            return
        model = self.model

        def describe() -> str:
            when = model.text(row, 0) + " " + model.text(row, 1)
            return f"{when} ({model.text(row, 2)})"

        dialog = VoidDialog(describe(), self)
        dialog.setObjectName("historyVoidDialog")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._void(row, dialog.reason.text(), describe))
        dialog.open()

    def _void(self, row: HistoryRow, reason: str, describe: Callable[[], str]) -> None:
        history, desk_id, today, visit_id = self._history, self._desk.desk_id, self._today, row.id

        def done(_: object) -> None:
            self._tell(
                lambda: self.tr("Het bezoek van {visit} telt niet meer mee.").format(
                    visit=describe()
                )
            )

        def refused(error: UserError) -> None:
            self._tell(lambda: words.error_text(error))

        self._runner.submit(
            lambda: history.void(desk_id, visit_id, reason, today),
            done,
            refused,
            owner=self,
        )
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
