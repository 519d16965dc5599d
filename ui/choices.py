"""Large choice tiles for one catalogue list, usable with the keyboard alone.

A group with one answer is a set of radio buttons, a group with several answers a set of check
boxes: each tile shows its mark (a dot or a check mark), a thicker border and bold text when
chosen, so the choice never rests on colour alone, and a screen reader hears "keuzerondje" or
"selectievakje" with its state. The tiles wrap onto as many rows as the width needs
(:class:`ui.widgets.FlowLayout`), so no label is ever cut, at 100, 125 or 150 %.

Keyboard: Tab enters the group once (on the chosen tile, or the first); the arrow keys move
between tiles (Up/Down to the row above/below, Home/End to the ends) and Space or Enter
chooses, like a radio group (the "roving tab stop" pattern). A group of ten tiles thus costs
one Tab, not ten; the group has an accessible name and a description that tells this.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QCheckBox, QGroupBox, QRadioButton, QWidget

from kiosk.catalogue import Option
from ui.widgets import FlowLayout

_STEPS = {Qt.Key.Key_Right: 1, Qt.Key.Key_Left: -1}
_ROWS = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1}


class _Tile:
    """What both kinds of tile share: the whole tile is clickable, bold text when chosen.

    Qt's style sheets ignore fonts in ``:checked`` rules, so a chosen tile carries the dynamic
    property ``chosen`` (styled bold in the sheets) and is polished again when it toggles.
    """

    def _init_tile(self) -> None:
        assert isinstance(self, QAbstractButton)
        self.setProperty("chosen", False)
        self.toggled.connect(self._on_toggled)

    def _on_toggled(self, checked: bool) -> None:
        assert isinstance(self, QAbstractButton)
        if bool(self.property("chosen")) != checked:
            self.setProperty("chosen", checked)
            self.style().unpolish(self)
            self.style().polish(self)
            self.updateGeometry()

    def hitButton(self, pos: QPoint) -> bool:
        """A click anywhere on the tile counts, not only on the mark and its text."""
        assert isinstance(self, QWidget)
        return self.rect().contains(pos)

    def sizeHint(self) -> QSize:
        """Wide enough for the text in bold too (a chosen tile is bold), so it never cuts."""
        assert isinstance(self, QAbstractButton)
        hint = super().sizeHint()  # type: ignore[misc]
        bold = QFont(self.font())
        bold.setBold(True)
        extra = QFontMetrics(bold).horizontalAdvance(
            self.text()
        ) - self.fontMetrics().horizontalAdvance(self.text())
        return QSize(hint.width() + max(extra, 0) + 2, hint.height())


class CheckTile(_Tile, QCheckBox):
    """A tile of a group with several answers: a check box (role and state) with a ✓."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        """Make the tile."""
        super().__init__(text, parent)
        self._init_tile()


class RadioTile(_Tile, QRadioButton):
    """A tile of a group with one answer: a radio button (role and state) with a dot.

    Qt keeps one tile of the group chosen (auto-exclusive, which also makes a screen reader
    call it a radio button); :func:`_check` can still clear the group.
    """

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        """Make the tile."""
        super().__init__(text, parent)
        self._init_tile()


def option_help(option: Option, language: str) -> str:
    """Return the help text of *option* in *language* (the catalogue has it in Dutch only)."""
    return option.help if language == "nl" else ""


def _check(button: QAbstractButton, checked: bool) -> None:
    """Set *button* on or off, even the last chosen radio button of a group."""
    exclusive = button.autoExclusive()
    button.setAutoExclusive(False)
    button.setChecked(checked)
    button.setAutoExclusive(exclusive)


class ChoiceGroup(QGroupBox):
    """Large tiles for options; single choice (radio buttons) or several (check boxes).

    Signals:
        changed(): the selection changed (by the clerk or through :meth:`set_selected`).

    The dynamic property ``carried`` (set by the page, then :func:`ui.theme.repolish`) draws a
    dashed border round a group whose answers were carried over from the previous visit.
    """

    changed = Signal()

    def __init__(
        self,
        name: str,
        *,
        multi: bool = False,
        columns: int = 4,
        parent: QWidget | None = None,
    ) -> None:
        """Make an empty group; *name* is what a screen reader announces for it."""
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setProperty("choices", True)
        self.setProperty("multi", multi)
        self.setFlat(True)
        self._multi = multi
        self._buttons: list[QAbstractButton] = []
        self._codes: list[str] = []
        self._options: list[Option] = []
        self._language = "nl"
        self._describe()
        self._layout = FlowLayout(self, columns=columns)
        self._current = 0
        self._extra: QWidget | None = None

    def hint(self) -> str:
        """Return how the group works with the keyboard (its description), current language."""
        if self._multi:
            hint = self.tr("Meerdere antwoorden mogelijk. Pijltjes: naar een ander antwoord. ")
            return hint + self.tr("Spatie: aan of uit.")
        return self.tr("Eén antwoord. Pijltjes: naar een ander antwoord. Spatie: kiezen.")

    def _describe(self) -> None:
        self.setAccessibleDescription(self.hint())

    def set_language(self, name: str, language: str) -> None:
        """Show the group in *language*: its name *name*, hint and tile labels, in place.

        The tiles stay the same widgets, so the choice and the keyboard focus are kept.
        """
        self.setAccessibleName(name)
        self._describe()
        self._language = language
        for option, button in zip(self._options, self._buttons, strict=True):
            button.setText(option.label(language))
            button.setToolTip(option_help(option, language))
            button.setAccessibleDescription(option_help(option, language))
            button.updateGeometry()
        self._layout.invalidate()

    @property
    def multi(self) -> bool:
        """True when the group takes several answers (check boxes)."""
        return self._multi

    def set_options(self, options: Sequence[Option], language: str = "nl") -> None:
        """Replace the tiles by one per option, keeping the selection where it still fits."""
        keep = set(self.selected())
        for button in self._buttons:
            self._layout.removeWidget(button)
            button.deleteLater()
        self._buttons, self._codes = [], []
        self._options, self._language = list(options), language
        kind = CheckTile if self._multi else RadioTile
        for index, option in enumerate(options):
            button = kind(option.label(language), self)
            _check(button, option.code in keep)
            button.setToolTip(option_help(option, language))
            button.setAccessibleDescription(option_help(option, language))
            button.setObjectName(f"choice_{option.code}")
            button.setProperty("choice", True)
            button.installEventFilter(self)
            button.clicked.connect(lambda _checked=False, i=index: self._on_clicked(i))
            self._layout.addWidget(button)
            # Shown at once: Qt shows a tile added to a shown group only when the event loop
            # next runs, and until then the group has no visible tile for that choice.
            button.show()
            self._buttons.append(button)
            self._codes.append(option.code)
        if self._extra is not None:
            self._place_extra()
        self._set_roving(self._first_checked())

    def add_extra(self, widget: QWidget) -> None:
        """Put *widget* (e.g. a "more ..." list) after the last tile."""
        self._extra = widget
        self._place_extra()

    def _place_extra(self) -> None:
        assert self._extra is not None
        self._layout.removeWidget(self._extra)
        self._layout.addWidget(self._extra)

    def codes(self) -> list[str]:
        """Return the codes of the tiles, in order."""
        return list(self._codes)

    def button(self, code: str) -> QAbstractButton:
        """Return the tile of *code* (for tests and shortcuts)."""
        return self._buttons[self._codes.index(code)]

    def selected(self) -> list[str]:
        """Return the chosen codes, in tile order."""
        return [c for c, b in zip(self._codes, self._buttons, strict=True) if b.isChecked()]

    def set_selected(self, codes: Sequence[str]) -> None:
        """Choose exactly *codes* (unknown codes are ignored); emits :attr:`changed`."""
        wanted = set(codes if self._multi else list(codes)[:1])
        for code, button in zip(self._codes, self._buttons, strict=True):
            _check(button, code in wanted)
        self._set_roving(self._first_checked())
        self.changed.emit()

    def focus_group(self) -> None:
        """Put the keyboard focus on the group's current tile."""
        if self._buttons:
            self._buttons[self._current].setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _on_clicked(self, index: int) -> None:
        if not self._multi:
            for i, button in enumerate(self._buttons):
                _check(button, i == index)
        self._set_roving(index)
        self.changed.emit()

    def _first_checked(self) -> int:
        for i, button in enumerate(self._buttons):
            if button.isChecked():
                return i
        return 0

    def _set_roving(self, index: int) -> None:
        self._current = index
        if self._buttons:
            # A label's mnemonic (Alt+letter) focuses the group: pass it on to this tile.
            self.setFocusProxy(self._buttons[index])
        for i, button in enumerate(self._buttons):
            policy = Qt.FocusPolicy.StrongFocus if i == index else Qt.FocusPolicy.ClickFocus
            button.setFocusPolicy(policy)

    def _target(self, index: int, key: Qt.Key) -> int | None:
        """Return the tile the arrow/Home/End *key* moves to from tile *index*."""
        count = len(self._buttons)
        if key == Qt.Key.Key_Home:
            return 0
        if key == Qt.Key.Key_End:
            return count - 1
        if key in _STEPS:
            return (index + _STEPS[key]) % count
        if key not in _ROWS:
            return None
        here = self._buttons[index].geometry()
        rows = sorted({b.geometry().top() for b in self._buttons})
        row = rows.index(here.top()) + _ROWS[key] if here.top() in rows else -1
        if not 0 <= row < len(rows):
            return (index + _ROWS[key]) % count  # past the first or last row: wrap around
        candidates = [i for i, b in enumerate(self._buttons) if b.geometry().top() == rows[row]]
        centre = here.center().x()
        return min(candidates, key=lambda i: abs(self._buttons[i].geometry().center().x() - centre))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Move between tiles with the arrow keys, Home and End; Enter chooses like Space."""
        if event.type() == QEvent.Type.KeyPress and watched in self._buttons:
            assert isinstance(event, QKeyEvent)
            index = [id(b) for b in self._buttons].index(id(watched))
            if not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
                target = self._target(index, Qt.Key(event.key()))
                if target is not None:
                    self._set_roving(target)
                    self._buttons[target].setFocus(Qt.FocusReason.TabFocusReason)
                    return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
                self._buttons[index].click()
                return True
        return super().eventFilter(watched, event)
