"""What the printed planning pages share: A4 at a fixed layout resolution, and the printer's set-up.

The day list (:mod:`ui.planning.day_list_print`) and the appointment slip
(:mod:`ui.planning.slip_print`) are :class:`QTextDocument` pages laid out at :data:`LAYOUT_DPI` on
a reference image, so they break the same way on every screen and printer; painting scales that
layout to the device's resolution.
"""

from __future__ import annotations

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QImage, QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter

LAYOUT_DPI = 96
_reference: QImage | None = None


def reference_device() -> QImage:
    """A 96-dpi image the documents are laid out on, whatever the screen's resolution."""
    global _reference
    if _reference is None:
        _reference = QImage(8, 8, QImage.Format.Format_RGB32)
        dots = round(LAYOUT_DPI / 0.0254)
        _reference.setDotsPerMeterX(dots)
        _reference.setDotsPerMeterY(dots)
    return _reference


def page_layout(margins_mm: QMarginsF) -> QPageLayout:
    """Return A4 portrait with *margins_mm* (millimetres)."""
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Portrait,
        margins_mm,
        QPageLayout.Unit.Millimeter,
    )


def setup_printer(printer: QPrinter, layout: QPageLayout, name: str) -> None:
    """Set *printer* up for a document of ours with *layout*, named *name* in the queue."""
    printer.setPageLayout(layout)
    printer.setFullPage(True)  # origin at the paper's corner: the margins are ours
    printer.setDocName(name)
    printer.setCreator("IDO Kiosk")
