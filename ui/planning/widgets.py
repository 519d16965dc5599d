"""Small widget builders the planning screens share: buttons, side tables, combos, feedback."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QSize, Qt
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

from ui.i18n import retranslate_on_change
from ui.table_model import RowsModel

#: A text made when asked, in the language of the moment: ``lambda: self.tr("Zoeken")``.
Text = Callable[[], str]


class LiveTexts(QObject):
    """The texts a window set in code, set again in the new language on a language switch.

    Each entry is a setter and a :data:`Text` (the ``tr()`` call inside a lambda, where Qt
    Linguist still finds it); :meth:`set` applies it at once and remembers it, :meth:`call`
    remembers any update that rebuilds texts from data. On ``LanguageChange`` of the owner all
    run again, in order. Nothing is rebuilt, so a form in progress keeps its input and focus.
    A setter whose widget is gone since is dropped.
    """

    def __init__(self, owner: QWidget) -> None:
        """Watch *owner* (a page or a dialog) for language switches."""
        super().__init__(owner)
        self._updates: list[Callable[[], object]] = []
        retranslate_on_change(owner, self.apply)

    def set(self, setter: Callable[[str], object], text: Text) -> None:
        """Call *setter* with *text*, now and after every switch."""
        self.call(lambda: setter(text()))

    def call(self, update: Callable[[], object]) -> None:
        """Run *update* now and after every switch."""
        update()
        self._updates.append(update)

    def on_switch(self, update: Callable[[], object]) -> None:
        """Run *update* after every switch (not now)."""
        self._updates.append(update)

    def apply(self) -> None:
        """Run every update again (the owner received ``LanguageChange``)."""
        for update in list(self._updates):
            try:
                update()
            except RuntimeError:  # its widget was deleted since (Qt's wrapper says so)
                self._updates.remove(update)


def refresh_views(root: QWidget) -> None:
    """Make every item view under *root* ask its model for headers and cells again.

    The models answer in the language of the moment (``tr()`` at show time), so after a switch
    the views only need to re-read; the rows, the selection and the cursor stay.
    """
    for view in root.findChildren(QAbstractItemView):
        model = view.model()
        if model is None:
            continue
        forget = getattr(model, "forget_texts", None)
        if callable(forget):
            forget()
        rows, columns = model.rowCount(), model.columnCount()
        if columns:
            model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, columns - 1)
        if rows:
            model.headerDataChanged.emit(Qt.Orientation.Vertical, 0, rows - 1)
        if rows and columns:
            model.dataChanged.emit(model.index(0, 0), model.index(rows - 1, columns - 1), [])
        view.viewport().update()


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


def live_table(
    words: LiveTexts, parent: QWidget, name: str, accessible: Text, model: RowsModel[Any]
) -> QTableView:
    """Return a :func:`table` whose accessible name follows the language."""
    view = table(parent, name, "", model)
    words.set(view.setAccessibleName, accessible)
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


def live_button(
    words: LiveTexts, text: Text, parent: QWidget, name: str, tip: Text | None = None
) -> QPushButton:
    """Return a :func:`button` whose text and tooltip follow the language (see LiveTexts)."""
    widget = button("", parent, name)
    words.set(widget.setText, text)
    if tip is not None:
        words.set(widget.setToolTip, tip)
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
