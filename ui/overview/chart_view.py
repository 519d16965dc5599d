"""One chart on screen: its drawing in a scroll area, named for a screen reader; the chart list.

:class:`SvgChart` paints the SVG that :mod:`ui.overview.render` drew (QtSvg), at its own size;
a tall chart (many topics) scrolls. It takes focus (the arrow keys scroll it) and carries the
chart's title as its accessible name and the summary in words and numbers as its description;
the drawing itself is not read out (the table next to it has every number). :class:`ChartList`
lists the charts (a table model of one column, as every list of the app).
"""

from __future__ import annotations

from PySide6.QtCore import (
    QByteArray,
    QRectF,
    QSize,
    QStringListModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QFrame, QLabel, QListView, QScrollArea, QVBoxLayout, QWidget

#: Room a chart takes around its plot: the axis labels (slanted dates), titles and legend.
_AROUND_PLOT = 130


class SvgChart(QWidget):
    """Paints an SVG at its natural size (or shows a line of text when there is none)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        """Start empty."""
        super().__init__(parent)
        self.setObjectName("overviewChart")
        self.renderer = QSvgRenderer(self)
        self.svg = ""
        self.note = QLabel(self)
        self.note.setObjectName("overviewChartNote")
        self.note.setWordWrap(True)
        self.note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)

    def show_svg(self, svg: str, width: int | None = None) -> None:
        """Show the drawing *svg* (SVG text), made smaller to *width* if it is wider.

        A chart drawn for a width can come out a little wider (a legend, a long label):
        shrunk to fit, it never needs a horizontal scroll bar.
        """
        self.svg = svg
        self.renderer.load(QByteArray(svg.encode("utf-8")))
        self.note.hide()
        size = self.renderer.defaultSize()
        if width is not None and size.width() > width:
            size = size.scaled(width, 1 << 20, Qt.AspectRatioMode.KeepAspectRatio)
        self.setFixedSize(size)
        self.update()

    def show_note(self, text: str) -> None:
        """Show *text* instead of a drawing ("Wordt getekend …", "Niets in deze periode.")."""
        self.svg = ""
        self.renderer.load(QByteArray())
        self.note.setText(text)
        self.note.show()
        self.setMinimumSize(QSize(0, 0))
        self.setMaximumSize(QSize(16777215, 16777215))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        """Paint the drawing (white behind it: the chart's own background)."""
        if not self.svg:
            super().paintEvent(event)
            return
        painter = QPainter(self)
        self.renderer.render(painter, QRectF(0, 0, self.width(), self.height()))
        painter.end()


class ChartArea(QScrollArea):
    """The chart's drawing, scrolling when taller than the room; focusable, named.

    Signals:
        resized(): the room for the drawing changed (the page draws the chart again).
    """

    resized = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        """Make the area and its :class:`SvgChart`."""
        super().__init__(parent)
        self.setObjectName("overviewChartArea")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.chart = SvgChart(self)
        self.setWidget(self.chart)
        self.setWidgetResizable(False)
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Tell the page that the room changed."""
        super().resizeEvent(event)
        if event.oldSize() != event.size():
            self.resized.emit()

    def room(self) -> int:
        """Return the width a drawing may take without a horizontal scroll bar.

        Room is always left for the vertical scroll bar, shown or not: a tall chart that
        brings the bar does not change the room (and so is not drawn again).
        """
        bar = self.verticalScrollBar().sizeHint().width()
        return max(self.width() - 2 * self.frameWidth() - bar - 4, 200)

    def plot_height(self) -> int:
        """Return the height a chart's plot may take so the chart fits without scrolling."""
        return self.viewport().height() - _AROUND_PLOT

    def show_note(self, text: str) -> None:
        """Show a line of text across the area instead of a drawing."""
        self.chart.show_note(text)
        self.chart.resize(self.viewport().width(), max(self.viewport().height(), 80))

    def describe(self, title: str, summary: str) -> None:
        """Name the chart for a screen reader: its title, and the summary as description."""
        self.setAccessibleName(title)
        self.setAccessibleDescription(summary)
        self.chart.setAccessibleName(title)
        self.chart.setAccessibleDescription(summary)


class ChartList(QListView):
    """The list of charts: the arrow keys choose one.

    Signals:
        row_changed(int): another chart was chosen (its row).
    """

    row_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        """Start empty."""
        super().__init__(parent)
        self.titles = QStringListModel(self)  # Qt's own list model: the titles, read-only
        self.setModel(self.titles)
        self.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QListView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWordWrap(True)
        self.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.row_changed.emit(current.row())
        )

    def set_titles(self, titles: list[str]) -> None:
        """Show *titles* (nothing chosen until :meth:`setCurrentRow`)."""
        self.titles.setStringList(titles)

    def count(self) -> int:
        """Return the number of charts listed."""
        return self.titles.rowCount()

    def title(self, row: int) -> str:
        """Return the title in *row*."""
        return self.titles.stringList()[row]

    def currentRow(self) -> int:
        """Return the chosen row (-1: none)."""
        index = self.currentIndex()
        return index.row() if index.isValid() else -1

    def setCurrentRow(self, row: int) -> None:
        """Choose *row* (and select it)."""
        self.setCurrentIndex(self.titles.index(row, 0))
