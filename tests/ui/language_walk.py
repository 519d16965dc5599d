"""Every text a user can read or hear in a window, with the place it was found.

:func:`walk` goes through a top-level widget and its children and returns :class:`Text`
items: visible labels (rich text made plain), button texts, group box titles, tab texts,
combo box items, placeholders, window titles, tooltips, accessible names and descriptions,
the texts of read-only text views, and the visible header labels and first rows of item views.
A page behind a tab counts as visible: a click shows it.

What the user typed (a line edit's text) is not a text of the app and is left out. The
language tests (``test_every_word_translated``, ``test_no_codes_on_screen``) look at these
texts; a failure names the place (``SettingsDialog > QTabWidget > QLabel#hint``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, Qt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QStackedWidget,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)

#: How many rows of an item view are read (the first ones a user sees).
ROWS = 8
_TAG = re.compile(r"<[^>]+>")


@dataclass(frozen=True)
class Text:
    """One text on screen: what it says, where it is, and what kind of text it is."""

    text: str
    where: str
    kind: str

    def __str__(self) -> str:
        return f"{self.where} [{self.kind}]: {self.text!r}"


def _columns(model: QAbstractItemModel) -> int:
    """The model's columns: a list model (Qt keeps its columnCount private) has one."""
    return 1 if isinstance(model, QAbstractListModel) else model.columnCount(QModelIndex())


def plain(text: str) -> str:
    """Return *text* without rich-text markup and entities, whitespace collapsed."""
    if _TAG.search(text):
        text = QTextDocumentFragment.fromHtml(text).toPlainText()
    return " ".join(text.replace("&&", "\0").replace("&", "").replace("\0", "&").split())


def label_text(text: str) -> str:
    """Return a rich or plain label text as the user reads it (no markup, no ``&``)."""
    if _TAG.search(text):
        return " ".join(QTextDocumentFragment.fromHtml(text).toPlainText().split())
    return plain(text)


def where(widget: QWidget, top: QWidget) -> str:
    """Return the path of *widget* from *top*: object names, else class names."""
    parts: list[str] = []
    current: QWidget | None = widget
    while current is not None:
        name = current.objectName()
        kind = type(current).__name__
        if name and not name.startswith("qt_"):
            parts.append(f"{kind}#{name}")
        elif current is top or not kind.startswith("Q") or current is widget:
            parts.append(kind)
        if current is top:
            break
        current = current.parentWidget()
    return " > ".join(reversed(parts))


def shown(widget: QWidget, top: QWidget) -> bool:
    """Return True when *widget* shows inside *top*, a page behind a tab counting as shown."""
    current: QWidget | None = widget
    while current is not None and current is not top:
        parent = current.parentWidget()
        if current.isHidden():
            behind_tab = isinstance(parent, QStackedWidget) and isinstance(
                parent.parentWidget(), QTabWidget
            )
            if not behind_tab:
                return False
        current = parent
    return True


def walk(top: QWidget, *, rows: int = ROWS) -> list[Text]:
    """Return every text a user can read or hear in *top* (itself and its shown children)."""
    found: list[Text] = []
    said: set[tuple[str, str]] = set()  # a text said twice in one place is listed once
    widgets = [top, *top.findChildren(QWidget)]
    for widget in widgets:
        if widget is not top and (widget.isWindow() or not shown(widget, top)):
            continue
        place = where(widget, top)
        for kind, text in _texts(widget, rows):
            cleaned = label_text(text) if kind == "label" else plain(text)
            if cleaned.strip() and (cleaned, place) not in said:
                said.add((cleaned, place))
                found.append(Text(cleaned, place, kind))
    return found


def _texts(widget: QWidget, rows: int) -> Iterator[tuple[str, str]]:
    """Yield (kind, text) for each text *widget* shows or speaks."""
    if widget.isWindow():
        yield "window title", widget.windowTitle()
    yield "tooltip", widget.toolTip()
    yield "accessible name", widget.accessibleName()
    yield "accessible description", widget.accessibleDescription()
    if isinstance(widget, QLabel):
        yield "label", widget.text()
    elif isinstance(widget, QAbstractButton):
        yield "button", widget.text()
    elif isinstance(widget, QGroupBox):
        yield "group box", widget.title()
    elif isinstance(widget, QTabBar):
        for index in range(widget.count()):
            yield "tab", widget.tabText(index)
            yield "tab tooltip", widget.tabToolTip(index)
    elif isinstance(widget, QTabWidget):
        for index in range(widget.count()):
            yield "tab", widget.tabText(index)
    elif isinstance(widget, QComboBox):
        for index in range(widget.count()):
            yield "combo item", widget.itemText(index)
        yield "placeholder", widget.placeholderText()
    elif isinstance(widget, QLineEdit):
        yield "placeholder", widget.placeholderText()
    elif isinstance(widget, QTextEdit | QPlainTextEdit):
        yield "placeholder", widget.placeholderText()
        if widget.isReadOnly():
            yield "text view", widget.toPlainText()
    elif isinstance(widget, QAbstractSpinBox):
        yield "spin box", widget.specialValueText()
        yield "spin box", getattr(widget, "prefix", lambda: "")()
        yield "spin box", getattr(widget, "suffix", lambda: "")()
    elif isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):
        yield from _view_texts(widget, rows)
    for action in widget.actions():
        if action.isVisible():
            yield "action", action.text()
            if action.toolTip() != plain(action.text()):
                yield "action tooltip", action.toolTip()


def _view_texts(view: QAbstractItemView, rows: int) -> Iterator[tuple[str, str]]:
    """Yield an item view's visible header labels and its first rows' display texts."""
    model: QAbstractItemModel | None = view.model()
    if model is None:
        return
    header = getattr(view, "horizontalHeader", lambda: None)()
    columns = _columns(model)
    visible = [
        column for column in range(columns) if header is None or not header.isSectionHidden(column)
    ]
    if header is not None and header.isVisible():
        for column in visible:
            text = model.headerData(column, Qt.Orientation.Horizontal)
            if isinstance(text, str):
                yield "header", text
            tip = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
            if isinstance(tip, str):
                yield "header tooltip", tip
    for row in range(min(rows, model.rowCount(QModelIndex()))):
        for column in visible:
            index = model.index(row, column)
            for role, kind in (
                (Qt.ItemDataRole.DisplayRole, "cell"),
                (Qt.ItemDataRole.ToolTipRole, "cell tooltip"),
                (Qt.ItemDataRole.AccessibleTextRole, "cell accessible"),
            ):
                value = model.data(index, role)
                if isinstance(value, str):
                    yield kind, value


#: The key under which :func:`tour` reports the error that stopped it.
STOPPED = "!stopped"
#: The screens :func:`tour` visits: the screenshots' scenes and the dialogs opened on the way.
SCREENS = (
    "01-eerste-start",
    "02-registratie",
    "03-twee-vragen-filter",
    "04-privacy-melding",
    "05-correctie",
    "07-koppelen",
    "06-synchronisatie",
    "08-belastinghulp-rooster",
    "09-afspraak-privacy",
    "10-seizoen-en-rooster",
    "11-aandacht-nodig",
    "17-overzicht",
    "17-overzicht-bezoekers",
    "18-overzicht-drukte",
    "19-overzicht-tabel",
    "20-overzicht-afdrukken",
    "zoeken",
    "uitwisselen",
    "daglijst-afdrukvoorbeeld",
    "afspraakbriefje-afdrukvoorbeeld",
    "vervallen-verklaren",
    "annuleren-vraag",
    "reden-vraag",
    "13-eerdere-bezoeken",
    "14-instellingen",
    "15-sneltoetsen",
    "16-vergrendeld",
)


#: The screens that stay open while the language is switched (in the settings): the main
#: window's pages. Not the first start (no settings yet; each set-up page is made anew) nor
#: the settings dialog (it closes as it saves the language). :func:`tour` with ``switch_to``
#: reads these.
SWITCH_SCREENS = (
    "02-registratie",
    "03-twee-vragen-filter",
    "04-privacy-melding",
    "05-correctie",
    "08-belastinghulp-rooster",
    "11-aandacht-nodig",
    "17-overzicht",
    "17-overzicht-bezoekers",
    "18-overzicht-drukte",
    "19-overzicht-tabel",
    "16-vergrendeld",
)


def tour(
    app: QApplication, language: str, home: Path, switch_to: str | None = None
) -> dict[str, list[Text]]:
    """Open every page and dialog of the app in *language* on sample data; return their texts.

    The main window runs on a fresh data folder *home* and goes through the same scenes as
    ``tools.screenshots`` (first start, registration, sync, Belastinghulp, history, settings,
    help, lock), plus the search, exchange, print previews (with the printed page's text), the
    void dialog and two questions.
    With *switch_to*, only :data:`SWITCH_SCREENS` are read, each after switching the running
    app to *switch_to* (and back afterwards): what a screen does not re-set on the switch shows
    in the old language. The caller installs the language back (``install_language(app, "nl")``).
    """
    from kiosk.paths import app_paths
    from tools.screen_tour import settler, visit_screens
    from ui.i18n import install_language
    from ui.main_window import MainWindow

    install_language(app, language)
    window = MainWindow(app_paths(home).ensure(), sync_options={"automatic": False})
    window.resize(1366, 728)
    window.show()
    settle = settler(window)
    seen: dict[str, list[Text]] = {}

    def shot(name: str, dialog: QWidget | None = None) -> None:
        settle()
        shown = dialog if dialog is not None else window
        if switch_to is None:
            seen[name] = walk(shown)
            if name == "20-overzicht-afdrukken" and dialog is not None:
                seen[name] += printed(dialog)  # the printed page's words too
        elif name in SWITCH_SCREENS:
            install_language(app, switch_to)
            settle()
            seen[name] = walk(shown)
            install_language(app, language)
            settle()
        if name == "11-aandacht-nodig" and switch_to is None:
            _planning_dialogs(app, window, seen, settle)

    try:
        visit_screens(window, shot, settle)
    except Exception as error:  # a broken screen stops the tour; the rest reports it
        last = list(seen)[-1] if seen else "the start"
        message = f"{type(error).__name__}: {str(error)[-300:]}"
        seen[STOPPED] = [Text(message, f"after {last}", "error")]
    finally:
        window.close()
        window.deleteLater()  # and its dialogs: no window of the tour outlives it
        app.processEvents()
    return seen


def _planning_dialogs(
    app: QApplication, window: Any, seen: dict[str, list[Text]], settle: Callable[..., None]
) -> None:
    """Open the Belastinghulp's dialogs and the void dialog; walk each and close it."""
    from ui.planning import prompts, texts
    from ui.planning.day_list_print import DayListPreview
    from ui.planning.exchange_dialog import ExchangeDialog
    from ui.planning.slip_print import SlipPreview
    from ui.void_dialog import VoidDialog

    page = window.planning

    def opened(kind: type[QDialog]) -> QDialog | None:
        settle()
        for widget in app.topLevelWidgets():
            if isinstance(widget, kind) and widget.isVisible():
                return widget
        return None

    def look(name: str, dialog: QDialog | None) -> None:
        if dialog is not None:
            settle()  # its data shown (a search's hits), before it is walked and closed
            seen[name] = walk(dialog) + printed(dialog)
            dialog.reject()
            settle()

    page.open_search()
    search = page.search_dialog
    if search is not None:
        search.query.setText("Jansen")
        search.search_now()
    look("zoeken", opened(QDialog) if search is None else search)
    page.open_exchange()
    look("uitwisselen", opened(ExchangeDialog))
    page.print_day_list()
    look("daglijst-afdrukvoorbeeld", opened(DayListPreview))
    page.grid.go_to_slot(_first_booked(page))
    page.print_slip()
    look("afspraakbriefje-afdrukvoorbeeld", opened(SlipPreview))
    void = VoidDialog("", window)
    void.show()
    look("vervallen-verklaren", void)
    modal(app, seen, "annuleren-vraag", lambda: prompts.confirm_cancel(page, "J. Jansen", "10:00"))
    modal(
        app,
        seen,
        "reden-vraag",
        lambda: prompts.ask_reason(page, texts.tr("Dit tijdstip is vol. Waarom toch hierheen?")),
    )


def printed(preview: QWidget) -> list[Text]:
    """Return the lines of the page a print preview shows (its document's plain text)."""
    document = getattr(preview, "document", None)
    text = getattr(document, "plain_text", None)
    if not callable(text):
        return []
    place = f"{where(preview, preview)} > printed page"
    lines = [line.strip() for line in str(text()).splitlines()]
    return [Text(line, place, "printed") for line in lines if line]


def modal(
    app: QApplication, seen: dict[str, list[Text]], name: str, ask: Callable[[], Any]
) -> None:
    """Run *ask* (it shows a modal dialog and waits); walk that dialog and close it."""
    from PySide6.QtCore import QTimer

    def look_and_close(tries: int = 20) -> None:
        box = app.activeModalWidget()
        if box is None and tries:
            QTimer.singleShot(50, lambda: look_and_close(tries - 1))
            return
        if isinstance(box, QDialog):
            seen[name] = walk(box)
            box.reject()

    QTimer.singleShot(0, look_and_close)
    ask()


def _first_booked(page: Any) -> str:
    """Return the id of the first slot in the grid that holds a booking."""
    model = page.grid.grid_model
    for row in range(model.rowCount(QModelIndex())):
        for column in range(_columns(model)):
            slot = model.slot(row, column)
            if slot is not None and getattr(slot, "bookings", None):
                return str(slot.id)
    slot = model.slot(0, 0)
    return str(slot.id) if slot is not None else ""


def texts_in(
    app: QApplication, language: str, tmp_path_factory: Any
) -> Iterator[dict[str, list[Text]]]:
    """Yield every screen's texts in *language* (a fixture's body); Dutch again afterwards.

    Builds the .qm files first when a .ts is newer, and runs the tour in a data folder of
    its own (``KIOSK_HOME``).
    """
    import pytest

    from tools import translations
    from ui.i18n import install_language

    if translations.stale():
        translations.build()
    with pytest.MonkeyPatch.context() as patch:
        home = tmp_path_factory.mktemp(f"home-{language}")
        patch.setenv("KIOSK_HOME", str(home))
        try:
            yield tour(app, language, home)
        finally:
            install_language(app, "nl")
