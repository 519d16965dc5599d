"""Find a booking by the citizen's name or phone number (Ctrl+F on the planning page).

The clerk types; after a short pause (or Enter) the page's database lane runs
:meth:`~kiosk.planning.service.PlanningService.search_bookings` and the list shows date, time,
helper (organisation), name, phone and status. Enter (or "Naar afspraak") closes the dialog and
the page puts the grid's cursor on that booking. Bookings older than the retention term have
no name or phone any more and cannot be found: the dialog says so.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kiosk.planning.search import BookingHit
from ui.marks import QT_TRANSLATE_NOOP
from ui.planning import texts
from ui.planning.texts import tr
from ui.planning.widgets import LiveTexts, live_button
from ui.widgets import install_mnemonics, section_label, set_section_text

#: Wait this long after the last key before searching (ms).
TYPING_PAUSE_MS = 250
HEADERS = (
    QT_TRANSLATE_NOOP("planning", "Datum"),
    QT_TRANSLATE_NOOP("planning", "Tijd"),
    QT_TRANSLATE_NOOP("planning", "Helper"),
    QT_TRANSLATE_NOOP("planning", "Naam"),
    QT_TRANSLATE_NOOP("planning", "Telefoon"),
    QT_TRANSLATE_NOOP("planning", "Status"),
)


def status_of(hit: BookingHit) -> str:
    """Return the status words of *hit* ("geboekt", "geannuleerd", "conflict", ...)."""
    word = texts.status_word(hit.status)
    if hit.sync == "conflict":
        return tr("{status}, conflict").format(status=word)
    if hit.sync == "provisional":
        return tr("{status}, nog niet bevestigd").format(status=word)
    return word


class _QueryEdit(QLineEdit):
    """The search field: Down moves into the list of results, Enter chooses."""

    down = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Down goes to the list; other keys edit."""
        if event.key() == Qt.Key.Key_Down:
            self.down.emit()
            return
        super().keyPressEvent(event)


#: The longest query (a name is at most 100 characters) and how much of it a message repeats.
QUERY_MAX = 100
SHOWN_MAX = 60


class SearchDialog(QDialog):
    """Search bookings by name or phone.

    *search* runs the query off the GUI thread and calls back with the hits (the page's
    ``read``); the dialog only shows them.

    Signals:
        chosen(object): the :class:`BookingHit` to show in the grid (the dialog closes).
    """

    chosen = Signal(object)

    def __init__(
        self,
        search: Callable[[str, Callable[[list[BookingHit]], None]], None],
        retention_days: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """Build the dialog; *retention_days* (when known) goes into the privacy note."""
        super().__init__(parent)
        self.words = LiveTexts(self)
        self.setObjectName("bookingSearch")
        self.words.set(self.setWindowTitle, lambda: tr("Afspraak zoeken"))
        self._search = search
        self._asked = ""  # the query whose answer we wait for
        self.hits: list[BookingHit] = []
        self.query = _QueryEdit(self)
        self.query.setObjectName("searchQuery")
        self.words.set(self.query.setAccessibleName, lambda: tr("Zoek op naam of telefoon"))
        self.words.set(
            self.query.setPlaceholderText,
            lambda: tr("Naam of telefoonnummer, bijv. Jansen of 06 1234"),
        )
        self.query.setMinimumHeight(36)
        self.query.setMaxLength(QUERY_MAX)  # a longer query can match no name or number
        self.results = QTreeWidget(self)
        self.results.setObjectName("searchResults")
        self.words.set(self.results.setAccessibleName, lambda: tr("Gevonden afspraken"))
        self.results.setRootIsDecorated(False)
        self.results.setUniformRowHeights(True)
        self.words.call(lambda: self.results.setHeaderLabels([tr(h) for h in HEADERS]))
        self.results.setAllColumnsShowFocus(True)
        self.state = QLabel(tr("Typ een naam of een telefoonnummer."), self)
        self.state.setObjectName("searchState")
        self.state.setWordWrap(True)
        self.state.setTextFormat(Qt.TextFormat.PlainText)  # the query is shown as typed
        self.words.set(self.state.setAccessibleName, lambda: tr("Zoekresultaat"))

        def note() -> str:
            days = (
                tr("%n dagen", "", retention_days)
                if retention_days is not None
                else tr("de bewaartermijn")
            )
            return tr(
                "Afspraken van langer dan {days} geleden hebben geen naam en telefoonnummer meer "
                "(privacy). Die zijn niet te vinden."
            ).format(days=days)

        self.note = QLabel(self)
        self.words.set(self.note.setText, note)
        self.note.setObjectName("searchPrivacyNote")
        self.note.setWordWrap(True)
        self.go_button = live_button(
            self.words, lambda: tr("Naar afspraak (Enter)"), self, "searchGo"
        )
        self.go_button.setDefault(True)
        self.go_button.setEnabled(False)
        self.close_button = live_button(
            self.words, lambda: tr("Sluiten (Esc)"), self, "searchClose"
        )
        self.close_button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.go_button)
        layout = QVBoxLayout(self)
        label = section_label(tr("&Zoek op naam of telefoon"), self.query, self)
        self.words.set(partial(set_section_text, label), lambda: tr("&Zoek op naam of telefoon"))
        layout.addWidget(label)
        layout.addWidget(self.query)
        layout.addWidget(self.state)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.note)
        layout.addLayout(buttons)
        QWidget.setTabOrder(self.query, self.results)
        QWidget.setTabOrder(self.results, self.close_button)
        QWidget.setTabOrder(self.close_button, self.go_button)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_PAUSE_MS)
        self._timer.timeout.connect(self.search_now)
        self.query.textChanged.connect(lambda _text: self._timer.start())
        self.query.returnPressed.connect(self._on_enter)
        self.query.down.connect(self._into_results)
        self.results.itemActivated.connect(lambda _item, _column: self.choose())
        self.go_button.clicked.connect(self.choose)
        self.close_button.clicked.connect(self.reject)
        install_mnemonics(self)
        self.words.on_switch(self._after_switch)
        self.resize(760, 420)
        self.query.setFocus()

    def _after_switch(self) -> None:
        """Search again (the results' words and dates in the new language); new Alt keys."""
        install_mnemonics(self)
        self.search_now()

    def search_now(self) -> None:
        """Search for what is typed now."""
        self._timer.stop()
        query = self.query.text().strip()
        self._asked = query
        if not query:
            self.show_hits([])
            self.state.setText(tr("Typ een naam of een telefoonnummer."))
            return
        self.state.setText(tr("Zoeken …"))

        def answer(hits: list[BookingHit]) -> None:
            self._answer(query, hits)

        self._search(query, answer)

    def _answer(self, asked: str, hits: list[BookingHit]) -> None:
        if asked != self._asked:
            return  # the clerk typed on meanwhile; a newer answer follows
        self.show_hits(hits)

    def show_hits(self, hits: list[BookingHit]) -> None:
        """List *hits*, the first one selected."""
        self.hits = hits
        self.results.clear()
        for hit in hits:
            helper = (
                f"{hit.helper_name} ({hit.partner_name})" if hit.partner_name else hit.helper_name
            )
            name = hit.name + (tr(" (inloop)") if hit.walk_in else "")
            item = QTreeWidgetItem(
                [
                    texts.long_day(hit.day),
                    f"{texts.hhmm(hit.starts)}–{texts.hhmm(hit.ends)}",
                    helper,
                    name,
                    hit.phone or "",
                    status_of(hit),
                ]
            )
            self.results.addTopLevelItem(item)
        for column in range(len(HEADERS)):
            self.results.resizeColumnToContents(column)
        if hits:
            first = self.results.topLevelItem(0)
            if first is not None:
                self.results.setCurrentItem(first)
            self.state.setText(tr("%n afspraken gevonden.", "", len(hits)))
        elif self._asked:
            shown = self._asked
            if len(shown) > SHOWN_MAX:
                shown = shown[: SHOWN_MAX - 1] + "…"
            self.state.setText(tr("Niets gevonden voor “{query}”.").format(query=shown))
        self.go_button.setEnabled(bool(hits))

    def current_hit(self) -> BookingHit | None:
        """Return the hit selected in the list (None: no hits)."""
        item = self.results.currentItem()
        if item is None:
            return None
        row = self.results.indexOfTopLevelItem(item)
        return self.hits[row] if 0 <= row < len(self.hits) else None

    def choose(self) -> None:
        """Close and show the selected booking in the grid."""
        hit = self.current_hit()
        if hit is None:
            return
        self.accept()
        self.chosen.emit(hit)

    def _on_enter(self) -> None:
        if self._timer.isActive() or self.query.text().strip() != self._asked:
            self.search_now()  # Enter before the pause: search first, choose with the next
            return
        self.choose()

    def _into_results(self) -> None:
        if self.hits:
            self.results.setFocus(Qt.FocusReason.TabFocusReason)
