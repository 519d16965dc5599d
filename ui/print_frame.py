"""Printed pages: a document on A4 in a frame (running header, footer and "Pagina 1 van 3").

The day list (:mod:`ui.planning.day_list_print`) and the Overzicht (:mod:`ui.overview.print`)
are a :class:`PagedDocument`: a :class:`QTextDocument` laid out at
:data:`~ui.planning.print_page.LAYOUT_DPI` on A4 (:mod:`ui.planning.print_page`).
:func:`paint_pages` paints such a document page by page on a device whose origin is the
paper's corner, scaling the layout to the device's resolution, with what a :class:`PageFrame`
says around each page's body.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QPageLayout, QPainter, QTextDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from ui.marks import QT_TRANSLATE_NOOP
from ui.planning.print_page import LAYOUT_DPI, page_layout, reference_device, setup_printer

PAGE_NUMBER = QT_TRANSLATE_NOOP("print", "Pagina {page} van {count}")
PRINTER_FAILED = QT_TRANSLATE_NOOP("print", "De printer kon niet worden gestart.")


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


class PagedDocument:
    """A :class:`QTextDocument` on A4 pages in a :class:`PageFrame`, for a printer or a PDF.

    A subclass fills :attr:`document` (after this constructor), then calls :meth:`fit_pages`,
    and says in :meth:`running_header` and :meth:`frame` what stands around the pages.
    """

    def __init__(self, margins_mm: QMarginsF) -> None:
        """Start an empty document laid out for A4 with *margins_mm* at the layout resolution."""
        self.layout = page_layout(margins_mm)
        self.document = QTextDocument()
        self.document.documentLayout().setPaintDevice(reference_device())
        self.document.setDocumentMargin(0)

    def fit_pages(self) -> None:
        """Break the document into pages of the layout's body."""
        body = self.layout.paintRect(QPageLayout.Unit.Point)
        self.document.setPageSize(
            QSizeF(body.width() * LAYOUT_DPI / 72, body.height() * LAYOUT_DPI / 72)
        )

    @property
    def page_count(self) -> int:
        """The number of pages."""
        return self.document.pageCount()

    def plain_text(self) -> str:
        """The pages' text (what a reader sees, without the running header and footer)."""
        return self.document.toPlainText()

    def running_header(self) -> str:
        """Return the header above every page (also the name in the printer's queue)."""
        raise NotImplementedError

    def frame(self) -> PageFrame:
        """Return what stands around every page's body."""
        raise NotImplementedError

    def printer(self) -> QPrinter:
        """Return a high-resolution printer set up for these pages."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        setup_printer(printer, self.layout, self.running_header())
        return printer

    def paint_page(self, painter: QPainter, index: int, dpi: float) -> None:
        """Paint page *index* (from 0) on a device of *dpi* whose origin is the paper corner."""
        paint_page(painter, self.document, self.layout, self.frame(), index, dpi)

    def paint(self, painter: QPainter, dpi: float, new_page: Callable[[], object]) -> None:
        """Paint every page, calling *new_page* between pages (``QPrinter.newPage``)."""
        paint_pages(painter, self.document, self.layout, self.frame(), dpi, new_page)

    def print_to(self, printer: QPrinter) -> None:
        """Paint the pages on *printer* (set up already: a real printer or a PDF file)."""
        painter = QPainter()
        if not painter.begin(printer):
            raise OSError(QCoreApplication.translate("print", PRINTER_FAILED))
        try:
            self.paint(painter, printer.resolution(), printer.newPage)
        finally:
            painter.end()

    def save_pdf(self, path: Path) -> int:
        """Write the pages to a PDF at *path*; return the number of pages."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        setup_printer(printer, self.layout, self.running_header())
        self.print_to(printer)
        return self.page_count


class PagePreview(QPrintPreviewDialog):
    """The print preview of a :class:`PagedDocument`; its print button prints on the chosen printer.

    It owns its :class:`QPrinter` (the preview paints on it while open) and the document.
    """

    def __init__(
        self, document: PagedDocument, parent: QWidget | None, name: str, title: str
    ) -> None:
        """Preview *document* on an A4 printer, in a dialog named *name* with *title*."""
        printer = document.printer()
        super().__init__(printer, parent)
        self.preview_printer = printer  # QPrintPreviewDialog does not own it
        self.document = document
        self.setObjectName(name)
        self.setWindowTitle(title)
        self.paintRequested.connect(self.document.print_to)
