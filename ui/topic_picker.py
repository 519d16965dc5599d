"""Choosing the topic of a question: frequent topics as big buttons, or type to filter.

Typing filters every topic of the catalogue (label, group and help text); Enter takes the first
match, Down moves into the list. The big buttons show the topics this desk uses most.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QLineEdit, QListView, QVBoxLayout, QWidget

from kiosk.catalogue import Catalogue, Option
from ui.choices import ChoiceGroup, option_help

SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1
CODE_ROLE = Qt.ItemDataRole.UserRole + 2


def fold(text: str) -> str:
    """Lower-case *text* without accents, so 'cliënt' matches 'client'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


class _TopicFilter(QSortFilterProxyModel):
    """Keeps the topics whose label, group or help contains every typed word."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._words = fold(text).split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def refilter(self) -> None:
        """Filter again with the same words (the texts changed)."""
        self.beginFilterChange()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        index = self.sourceModel().index(source_row, 0, source_parent)
        haystack = str(index.data(SEARCH_ROLE))
        return all(word in haystack for word in self._words)


class TopicPicker(QWidget):
    """Frequent-topic buttons, a filter field and the full, filtered topic list.

    Signals:
        changed(): the chosen topic changed.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        """Build the empty picker; call :meth:`set_catalogue` before use."""
        super().__init__(parent)
        self._topic: str | None = None
        self._catalogue: Catalogue | None = None
        self._language = "nl"
        self.frequent = ChoiceGroup("", columns=4, parent=self)
        self.filter = QLineEdit(self)
        self.filter.setObjectName("topicFilter")
        self.filter.setClearButtonEnabled(True)
        self._model = QStandardItemModel(self)
        self._proxy = _TopicFilter(self)
        self._proxy.setSourceModel(self._model)
        self.list = QListView(self)
        self.list.setObjectName("topicList")
        self.list.setModel(self._proxy)
        self.list.setUniformItemSizes(True)
        self._retranslate()
        self._fit_list()
        self.list.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.frequent)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        self.frequent.changed.connect(self._on_frequent)
        self.filter.textChanged.connect(self._proxy.set_text)
        self.filter.installEventFilter(self)
        self.list.clicked.connect(self._choose_index)
        self.list.activated.connect(self._choose_index)

    def _retranslate(self) -> None:
        self.frequent.setAccessibleName(self.tr("Veelgebruikte onderwerpen"))
        self.filter.setPlaceholderText(self.tr("Typ om te zoeken, bijv. huurtoeslag, paspoort …"))
        self.filter.setAccessibleName(self.tr("Zoek een onderwerp"))
        self.list.setAccessibleName(self.tr("Alle onderwerpen"))

    def set_language(self, language: str) -> None:
        """Show the picker in *language*: its words, the topic list and the buttons, in place.

        What is typed in the filter, the chosen topic and the focus stay.
        """
        self._retranslate()
        self._language = language
        self.frequent.set_language(self.tr("Veelgebruikte onderwerpen"), language)
        if self._catalogue is None:
            return
        for row in range(self._model.rowCount()):
            item = self._model.item(row)
            option = self._catalogue.get("topic", str(item.data(CODE_ROLE)))
            if option is not None:
                self._fill_item(item, option, language)
        self._proxy.refilter()
        if self._topic is not None:
            self._select_in_list(self._topic)

    @staticmethod
    def _fill_item(item: QStandardItem, option: Option, language: str) -> None:
        label = option.label(language)
        item.setText(label)
        # Found by its words in either language (a clerk may type the Dutch word).
        words = f"{label} {option.label('nl')} {option.group or ''} {option.help}"
        item.setData(fold(words), SEARCH_ROLE)
        item.setToolTip(option_help(option, language))

    def set_catalogue(
        self, catalogue: Catalogue, frequent: Sequence[str], language: str = "nl"
    ) -> None:
        """Fill the list from *catalogue* and the buttons from the *frequent* topic codes."""
        self._model.clear()
        for option in catalogue.options("topic"):
            item = QStandardItem()
            item.setData(option.code, CODE_ROLE)
            self._fill_item(item, option, language)
            item.setEditable(False)
            self._model.appendRow(item)
        self._catalogue, self._language = catalogue, language
        self._fit_list()
        self.set_frequent(frequent)

    def _fit_list(self) -> None:
        """Size the list at 3 to 5 of its rows, whatever the text size or the scaling."""
        rows = self.list.sizeHintForRow(0) if self._proxy.rowCount() else -1
        row = max(rows, self.list.fontMetrics().lineSpacing() + 8)
        frame = 2 * self.list.frameWidth() + 2
        self.list.setMinimumHeight(3 * row + frame)
        self.list.setMaximumHeight(5 * row + frame)

    def changeEvent(self, event: QEvent) -> None:
        """Fit the list again when the font or the theme changes."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_list()

    def set_frequent(self, frequent: Sequence[str]) -> None:
        """Show the *frequent* topic codes as the big buttons (no-op when unchanged)."""
        if self._catalogue is None:
            return
        buttons: list[Option] = []
        for code in frequent:
            found = self._catalogue.get("topic", code)
            if found is not None and not found.retired:
                buttons.append(found)
        if [o.code for o in buttons] != self.frequent.codes():
            self.frequent.set_options(buttons, self._language)
        self._sync_buttons()

    def topic(self) -> str | None:
        """Return the chosen topic code, or None."""
        return self._topic

    def set_topic(self, code: str | None) -> None:
        """Choose *code* (None clears); emits :attr:`changed` when it differs."""
        if code == self._topic:
            self._sync_buttons()
            return
        self._topic = code
        self._sync_buttons()
        self._select_in_list(code)
        self.changed.emit()

    def choose_first_match(self) -> bool:
        """Choose the first topic the filter shows; False if nothing matches."""
        if self._proxy.rowCount() == 0:
            return False
        self._choose_index(self._proxy.index(0, 0))
        return True

    def _choose_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.set_topic(str(index.data(CODE_ROLE)))

    def _on_frequent(self) -> None:
        chosen = self.frequent.selected()
        if chosen:
            self.set_topic(chosen[0])

    def _sync_buttons(self) -> None:
        codes = self.frequent.codes()
        self.frequent.blockSignals(True)
        self.frequent.set_selected([self._topic] if self._topic in codes else [])
        self.frequent.blockSignals(False)

    def _select_in_list(self, code: str | None) -> None:
        for row in range(self._proxy.rowCount()):
            index = self._proxy.index(row, 0)
            if index.data(CODE_ROLE) == code:
                self.list.setCurrentIndex(index)
                return
        self.list.clearSelection()
        self.list.scrollToTop()  # a new visitor sees the list from its start

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """In the filter field: Enter takes the first match, Down enters the list."""
        if watched is self.filter and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
                if self.filter.text().strip():
                    self.choose_first_match()
                    return True
            elif key == Qt.Key.Key_Down and self._proxy.rowCount():
                self.list.setFocus(Qt.FocusReason.TabFocusReason)
                self.list.setCurrentIndex(self._proxy.index(0, 0))
                return True
            elif key == Qt.Key.Key_Escape and self.filter.text():
                self.filter.clear()
                return True
        return super().eventFilter(watched, event)
