"""A very large button for a finger: a pictogram beside words that wrap onto more lines.

Qt's push button draws its text on one line; a visitor's answer in Ukrainian or Polish can be
longer than a column at 150 %. :class:`TouchButton` breaks its words onto lines that fit its
width (again on every resize) and is never lower than :func:`touch_height`: 64 pixels at
100 %, more with a larger text. Its accessible name is the whole text on one line.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFontMetrics, QIcon, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QPushButton, QSizePolicy, QWidget

from ui.visitor.pictograms import icon_size, pictogram_icon

#: The least height of a touch target, in pixels at 100 % (Windows' scale enlarges it).
MIN_TARGET = 64
#: Room the button's border, padding and the gap after the pictogram take, in pixels.
_CHROME = 48
_GAP = "\u2002"  # an en space
_ARROWS = frozenset({Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down})


def touch_height(widget: QWidget, lines: int = 1) -> int:
    """Return the height of a touch target with *lines* lines of *widget*'s text."""
    widget.ensurePolished()
    metrics = QFontMetrics(widget.font())
    return max(MIN_TARGET, metrics.lineSpacing() * lines + metrics.height() + 16)


class TouchButton(QPushButton):
    """A large button with an optional pictogram; its words wrap to fit its width."""

    def __init__(self, parent: QWidget | None = None, *, kind: str = "answer") -> None:
        """Make an empty button; *kind* picks its text size in the visitor's style sheet."""
        super().__init__(parent)
        self.setProperty("visitor", kind)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self._words = ""
        self._pictogram = ""
        self._mirror = False

    @property
    def words(self) -> str:
        """The button's whole text, unwrapped."""
        return self._words

    def set_words(self, words: str) -> None:
        """Show *words* (wrapped to the width); a screen reader reads them on one line."""
        self._words = words
        self.setAccessibleName(" ".join(words.split()))
        self._wrap()
        self.updateGeometry()

    def set_pictogram(self, name: str, *, mirror: bool = False) -> None:
        """Show pictogram *name* (a file name; "" for none) at the start of the button."""
        self._pictogram, self._mirror = name, mirror
        self.refresh_pictogram()

    def refresh_pictogram(self) -> None:
        """Draw the pictogram again in the theme's colours (after the theme changed)."""
        if not self._pictogram:
            self.setIcon(QIcon())
            return
        size = self.pictogram_size()
        ratio = self.devicePixelRatioF()
        icon = pictogram_icon(
            self._pictogram, size, self.palette(), mirror=self._mirror, ratio=ratio
        )
        self.setIcon(icon)
        self.setIconSize(icon_size(size))

    def pictogram_size(self) -> int:
        """The pictogram's side: a little taller than two lines of the button's text."""
        self.ensurePolished()
        return max(40, round(QFontMetrics(self.font()).height() * 1.7))

    def _room(self) -> int:
        icon = self.iconSize().width() if self._pictogram else 0
        return max(self.width() - icon - _CHROME, 80)

    def _lines(self, room: int) -> list[str]:
        metrics = QFontMetrics(self.font())
        lines: list[str] = []
        for paragraph in self._words.split("\n"):
            line = ""
            for word in paragraph.split():
                wider = f"{line} {word}" if line else word
                if line and metrics.horizontalAdvance(wider) > room:
                    lines.append(line)
                    line = word
                else:
                    line = wider
            lines.append(line)
        return lines

    def _wrap(self) -> None:
        lines = self._lines(self._room())
        gap = _GAP if self._pictogram else ""  # room between the pictogram and the words
        text = "\n".join(f"{gap}{line}{gap}" for line in lines).replace("&", "&&")
        if text != self.text():
            self.setText(text)
        self.setMinimumHeight(touch_height(self, len(lines)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Wrap the words again for the new width."""
        super().resizeEvent(event)
        self._wrap()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter presses the button as Space does; the arrow keys are the screen's."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.click()
            return
        if event.key() in _ARROWS:
            event.ignore()
            return
        super().keyPressEvent(event)

    def hasHeightForWidth(self) -> bool:
        """The height follows the width: narrower, the words take more lines."""
        return True

    def heightForWidth(self, width: int) -> int:
        """The height of a touch target with the lines the words need at *width*."""
        icon = self.iconSize().width() if self._pictogram else 0
        return touch_height(self, len(self._lines(max(width - icon - _CHROME, 80))))

    def sizeHint(self) -> QSize:
        """A width of about 28 letters and the height its wrapped words need there."""
        metrics = QFontMetrics(self.font())
        icon = self.pictogram_size() if self._pictogram else 0
        width = min(metrics.horizontalAdvance(self._words), metrics.averageCharWidth() * 28)
        lines = self._lines(max(width, 80))
        return QSize(width + icon + _CHROME, touch_height(self, len(lines)))

    def minimumSizeHint(self) -> QSize:
        """As narrow as a long word; as high as a touch target."""
        metrics = QFontMetrics(self.font())
        icon = self.pictogram_size() if self._pictogram else 0
        longest = max((metrics.horizontalAdvance(w) for w in self._words.split()), default=0)
        return QSize(longest + icon + _CHROME, touch_height(self))
