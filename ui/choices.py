"""A row of large toggle buttons for one catalogue list, usable with the keyboard alone.

Tab enters the group once (on the chosen button, or the first); the arrow keys move between
buttons and Space or Enter chooses, like a radio group (the "roving tab stop" pattern), so a
group of ten buttons costs one Tab, not ten.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGridLayout, QPushButton, QSizePolicy, QWidget

from kiosk.catalogue import Option

_MOVES = {
    Qt.Key.Key_Right: 1,
    Qt.Key.Key_Down: 1,
    Qt.Key.Key_Left: -1,
    Qt.Key.Key_Up: -1,
}


class ChoiceGroup(QWidget):
    """Big checkable buttons for options; single choice or several.

    Signals:
        changed(): the selection changed (by the clerk or through :meth:`set_selected`).
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
        self._multi = multi
        self._columns = columns
        self._buttons: list[QPushButton] = []
        self._codes: list[str] = []
        self._layout = QGridLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(6)
        self._current = 0
        self._extra: QWidget | None = None

    def set_options(self, options: Sequence[Option], language: str = "nl") -> None:
        """Replace the buttons by one per option, keeping the selection where it still fits."""
        keep = set(self.selected())
        for button in self._buttons:
            self._layout.removeWidget(button)
            button.deleteLater()
        self._buttons, self._codes = [], []
        for index, option in enumerate(options):
            button = QPushButton(option.label(language), self)
            button.setCheckable(True)
            button.setChecked(option.code in keep)
            button.setToolTip(option.help)
            button.setAccessibleDescription(option.help)
            button.setObjectName(f"choice_{option.code}")
            button.setProperty("choice", True)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setMinimumSize(80, 40)  # shrink with the window; the tooltip has the label
            button.installEventFilter(self)
            button.clicked.connect(lambda _checked=False, i=index: self._on_clicked(i))
            self._layout.addWidget(button, index // self._columns, index % self._columns)
            self._buttons.append(button)
            self._codes.append(option.code)
        if self._extra is not None:
            self._place_extra()
        self._set_roving(self._first_checked())

    def add_extra(self, widget: QWidget) -> None:
        """Put *widget* (e.g. a "more ..." list) in the grid cell after the last button."""
        self._extra = widget
        self._place_extra()

    def _place_extra(self) -> None:
        assert self._extra is not None
        self._layout.removeWidget(self._extra)
        index = len(self._buttons)
        self._layout.addWidget(self._extra, index // self._columns, index % self._columns)

    def codes(self) -> list[str]:
        """Return the codes of the buttons, in order."""
        return list(self._codes)

    def button(self, code: str) -> QPushButton:
        """Return the button of *code* (for tests and shortcuts)."""
        return self._buttons[self._codes.index(code)]

    def selected(self) -> list[str]:
        """Return the chosen codes, in button order."""
        return [c for c, b in zip(self._codes, self._buttons, strict=True) if b.isChecked()]

    def set_selected(self, codes: Sequence[str]) -> None:
        """Choose exactly *codes* (unknown codes are ignored); emits :attr:`changed`."""
        wanted = set(codes if self._multi else list(codes)[:1])
        for code, button in zip(self._codes, self._buttons, strict=True):
            button.setChecked(code in wanted)
        self._set_roving(self._first_checked())
        self.changed.emit()

    def focus_group(self) -> None:
        """Put the keyboard focus on the group's current button."""
        if self._buttons:
            self._buttons[self._current].setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _on_clicked(self, index: int) -> None:
        if not self._multi:
            for i, button in enumerate(self._buttons):
                button.setChecked(i == index)
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
            # A label's mnemonic (Alt+letter) focuses the group: pass it on to this button.
            self.setFocusProxy(self._buttons[index])
        for i, button in enumerate(self._buttons):
            policy = Qt.FocusPolicy.StrongFocus if i == index else Qt.FocusPolicy.ClickFocus
            button.setFocusPolicy(policy)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Move between buttons with the arrow keys; Enter chooses like Space."""
        if event.type() == QEvent.Type.KeyPress and watched in self._buttons:
            assert isinstance(event, QKeyEvent)
            index = [id(b) for b in self._buttons].index(id(watched))
            step = _MOVES.get(Qt.Key(event.key()))
            if step is not None:
                target = (index + step) % len(self._buttons)
                self._set_roving(target)
                self._buttons[target].setFocus(Qt.FocusReason.TabFocusReason)
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
                self._buttons[index].click()
                return True
        return super().eventFilter(watched, event)
