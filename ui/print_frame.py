"""The frame of a printed page: a running header above the body, a footer and "Pagina 1 van 3".

The day list (:mod:`ui.planning.day_list_print`) and the Overzicht (:mod:`ui.overview.print`)
are :class:`QTextDocument` pages laid out at :data:`~ui.planning.print_page.LAYOUT_DPI` on
A4 (:mod:`ui.planning.print_page`). :func:`paint_pages` paints such a document page by page on a
device whose origin is the paper's corner, scaling the layout to the device's resolution, with
what a :class:`PageFrame` says around each page's body.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPageLayout, QPainter, QTextDocument

from ui.marks import QT_TRANSLATE_NOOP
from ui.planning.print_page import LAYOUT_DPI

PAGE_NUMBER = QT_TRANSLATE_NOOP("print", "Pagina {page} van {count}")


@dataclass(frozen=True, slots=True)
class PageFrame:
    """What stands around every page's body, in 8 pt DejaVu Sans of *colour*.

    The caller picks the colour (paper is white whatever the screen's theme). *header* runs
    above the body, *footer* lines (left, one under the other) below it, and "Pagina 1 van 3"
    on the right of the footer's first line; each *gap* points from the body.
    """

    header: str
    footer: tuple[str, ...]
    gap: float
    colour: str


def page_number(page: int, count: int) -> str:
    """Return "Pagina *page* van *count*" in the app's language."""
    return QCoreApplication.translate("print", PAGE_NUMBER).format(page=page, count=count)


def paint_page(
    painter: QPainter,
    document: QTextDocument,
    layout: QPageLayout,
    frame: PageFrame,
    index: int,
    dpi: float,
) -> None:
    """Paint page *index* (from 0) of *document* in *frame* on a device of *dpi*."""
    scale = dpi / 72
    body = layout.paintRect(QPageLayout.Unit.Point)
    page = document.pageSize()
    painter.save()
    painter.translate(body.left() * scale, body.top() * scale)
    painter.scale(dpi / LAYOUT_DPI, dpi / LAYOUT_DPI)
    painter.translate(0, -index * page.height())
    document.drawContents(painter, QRectF(0, index * page.height(), page.width(), page.height()))
    painter.restore()

    painter.save()
    font = QFont("DejaVu Sans")
    font.setPointSizeF(8)
    painter.setFont(font)
    painter.setPen(QColor(frame.colour))
    left, width = body.left() * scale, body.width() * scale
    line = painter.fontMetrics().height()
    top = (body.top() - frame.gap) * scale - line
    painter.drawText(QRectF(left, top, width, line), Qt.AlignmentFlag.AlignLeft, frame.header)
    bottom = (body.bottom() + frame.gap) * scale
    for number, text in enumerate(frame.footer):
        painter.drawText(
            QRectF(left, bottom + number * line, width, line), Qt.AlignmentFlag.AlignLeft, text
        )
    painter.drawText(
        QRectF(left, bottom, width, line),
        Qt.AlignmentFlag.AlignRight,
        page_number(index + 1, document.pageCount()),
    )
    painter.restore()


def paint_pages(
    painter: QPainter,
    document: QTextDocument,
    layout: QPageLayout,
    frame: PageFrame,
    dpi: float,
    new_page: Callable[[], object],
) -> None:
    """Paint every page of *document*, calling *new_page* between pages (``QPrinter.newPage``)."""
    for index in range(document.pageCount()):
        if index:
            new_page()
        paint_page(painter, document, layout, frame, index, dpi)
