"""Fields the planning dialogs share: a group of check boxes over a code list, the name field.

:class:`CodeChecks` puts its boxes in two columns when the dialog is wide enough and in one
when it is not (a laptop at 150 %, or text at 200 %), so a long label is never cut and the
dialog never scrolls sideways.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QFocusEvent, QResizeEvent
from PySide6.QtWidgets import QCheckBox, QFrame, QGridLayout, QLineEdit, QWidget

from kiosk.planning import codes
from ui.i18n import retranslate_on_change
from ui.planning import texts

GAP = 16  # pixels between the two columns


class CodeChecks(QFrame):
    """A group of check boxes over a code list, in two columns where they fit, else one."""

    def __init__(self, entries: tuple[codes.Code, ...], name: str, parent: QWidget) -> None:
        """One check box per entry; *name* is the group's accessible name."""
        super().__init__(parent)
        self.setAccessibleName(name)
        self.boxes: dict[str, QCheckBox] = {}
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(GAP)
        for entry in entries:
            box = QCheckBox(self)
            box.setObjectName(f"check_{entry.code}")
            box.setMinimumHeight(28)
            self.boxes[entry.code] = box
        self.columns = 0
        self._retranslate()
        retranslate_on_change(self, self._retranslate)
        self._place(2)
        self.setFocusProxy(next(iter(self.boxes.values())))

    def _retranslate(self) -> None:
        """Label the boxes in the chosen language (the ticks stay)."""
        for code, box in self.boxes.items():
            box.setText(texts.label(code))
            box.setAccessibleName(box.text())
        if self.columns:
            self.setMinimumWidth(max(self._widths(1)))
            self.updateGeometry()

    def _widths(self, columns: int) -> list[int]:
        """Return the width each column needs when the boxes are laid out in *columns*."""
        widths = [0] * columns
        for n, box in enumerate(self.boxes.values()):
            widths[n % columns] = max(widths[n % columns], box.sizeHint().width())
        return widths

    def _place(self, columns: int) -> None:
        if columns == self.columns:
            return
        self.columns = columns
        for n, box in enumerate(self.boxes.values()):
            self._grid.removeWidget(box)
            self._grid.addWidget(box, n // columns, n % columns)
        self.setMinimumWidth(max(self._widths(1)))
        self.updateGeometry()

    def two_columns_width(self) -> int:
        """Return the width two columns need."""
        return sum(self._widths(2)) + GAP

    def minimumSizeHint(self) -> QSize:
        """As narrow as the widest box (one column)."""
        hint = super().minimumSizeHint()
        return QSize(max(self._widths(1)), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Two columns when they fit, else one."""
        super().resizeEvent(event)
        self._place(2 if event.size().width() >= self.two_columns_width() else 1)

    def selected(self) -> tuple[str, ...]:
        """Return the ticked codes, in list order."""
        return tuple(code for code, box in self.boxes.items() if box.isChecked())

    def set_selected(self, chosen: tuple[str, ...] | list[str]) -> None:
        """Tick exactly *chosen*."""
        for code, box in self.boxes.items():
            box.setChecked(code in chosen)


class NameEdit(QLineEdit):
    """The name field: the letters typed in the grid stay, with the cursor after them."""

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Keep the text unselected on the first focus (typing goes on, not over it)."""
        super().focusInEvent(event)
        if not getattr(self, "_focused_once", False):
            self._focused_once = True
            self.deselect()
            self.end(False)
