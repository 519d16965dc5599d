"""The appointment slip for the citizen: when, where, with whom, and what to bring.

One booking on an A4 page (Ctrl+P on a booking in the grid, or "Afspraakbriefje" in the booking
dialog): the day and time, the place (the branch as the desk knows it), the helper's
organisation, the booking's purposes and a short list of what to bring (always the standard
list, plus what the clerk ticked). It carries no phone number, no remark and nothing of any
other booking. Laid out and painted like the day list (:mod:`ui.planning.day_list_print`): a
:class:`QTextDocument` at a fixed 96 dpi, to a printer through a print preview, or to a PDF.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from datetime import date, time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, QSizeF, Qt
from PySide6.QtGui import QPageLayout, QPainter, QTextDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from kiosk.planning.records import Booking, Slot
from ui.marks import QT_TRANSLATE_NOOP
from ui.planning.day_list_print import MARGINS_MM
from ui.planning.print_page import LAYOUT_DPI, page_layout, reference_device, setup_printer
from ui.planning.texts import full_day, hhmm, label, labels, long_day, tr

if TYPE_CHECKING:
    from kiosk.app import Kiosk
    from ui.tasks import TaskRunner

#: What every citizen brings, in plain words (B1).
STANDARD_LIST: tuple[str, ...] = (
    QT_TRANSLATE_NOOP(
        "planning", "Uw DigiD: inlognaam en wachtwoord, of de DigiD app. Of uw machtigingscode."
    ),
    QT_TRANSLATE_NOOP("planning", "De brieven van de Belastingdienst die u kreeg."),
    QT_TRANSLATE_NOOP("planning", "Jaaropgaven van uw werk, uitkering of pensioen."),
    QT_TRANSLATE_NOOP("planning", "Uw identiteitsbewijs: paspoort, ID-kaart of rijbewijs."),
)
#: Checklist codes the standard list already covers.
_COVERED = frozenset({"digid_zelf", "jaaropgaven", "id_bewijs"})
_STYLE = """
body { font-family: 'DejaVu Sans', 'Segoe UI', Arial, sans-serif; font-size: 12pt; }
h1 { font-size: 20pt; margin: 0 0 12px 0; }
h2 { font-size: 14pt; margin: 18px 0 6px 0; }
td.label { font-weight: bold; padding-right: 16px; }
p.small { font-size: 10pt; color: #333333; }
"""


@dataclass(frozen=True, slots=True)
class Slip:
    """What the slip says (only this booking's day, time, place and purposes)."""

    name: str
    day: date
    starts: time
    ends: time
    place: str
    organisation: str
    purposes: tuple[str, ...] = ()
    extra: tuple[str, ...] = field(default=())  # ticked checklist items beyond the standard


def slip_of(booking: Booking, slot: Slot, organisation: str, place: str) -> Slip:
    """Return the slip for *booking* in *slot* (name only, never phone, e-mail or remark)."""
    extra = tuple(label(c) for c in booking.checklist if c not in _COVERED)
    return Slip(
        name=booking.name or "",
        day=slot.day,
        starts=slot.starts,
        ends=slot.ends,
        place=place,
        organisation=organisation,
        purposes=labels(booking.purpose),
        extra=extra,
    )


def place_of(kiosk: Kiosk) -> str:
    """Return "IDO Centrum, Vestiging Centrum, Bibliotheek X, Voorbeeldstad" (database read)."""
    desk = kiosk.locations.current()
    if desk is None:
        return ""
    parts = [desk.ido_name, desk.branch, desk.organisation, desk.municipality]
    seen: list[str] = []
    for part in parts:
        if part and part not in seen:
            seen.append(part)
    return ", ".join(seen)


def slip_html(slip: Slip) -> str:
    """Return the slip as HTML for a :class:`QTextDocument`."""
    e = html.escape
    rows = [
        (tr("Voor"), slip.name),
        (tr("Datum"), full_day(slip.day)),
        (tr("Tijd"), f"{hhmm(slip.starts)} – {hhmm(slip.ends)}"),
        (tr("Waar"), slip.place or tr("de bibliotheek")),
        (tr("Wie helpt u"), tr("een vrijwilliger van {org}").format(org=slip.organisation)),
    ]
    if slip.purposes:
        rows.append((tr("Waarvoor"), ", ".join(slip.purposes)))
    table = "".join(
        f"<tr><td class='label'>{e(label)}</td><td>{e(value)}</td></tr>" for label, value in rows
    )
    bring = "".join(f"<li>{e(tr(item))}</li>" for item in (*STANDARD_LIST, *slip.extra))
    title = tr("Uw afspraak bij de Belastinghulp")
    heading = tr("Neem dit mee")
    notes = (
        tr("Kom 5 minuten voor uw afspraak."),
        tr("Kunt u niet komen? Zeg uw afspraak dan af bij de bibliotheek."),
    )
    warning = tr("Geef nooit uw DigiD-wachtwoord aan iemand anders.")
    return (
        f"<html><head><style>{_STYLE}</style></head><body>"
        f"<h1>{e(title)}</h1>"
        f"<table cellspacing='0' cellpadding='4'>{table}</table>"
        f"<h2>{e(heading)}</h2><ul>{bring}</ul>"
        + "".join(f"<p>{e(note)}</p>" for note in notes)
        + f"<p class='small'>{e(warning)}</p>"
        "</body></html>"
    )


class SlipDocument:
    """A slip laid out on A4, ready to paint on a printer or a PDF."""

    def __init__(self, slip: Slip) -> None:
        """Lay *slip* out on A4 with the day list's margins."""
        self.slip = slip
        self.layout: QPageLayout = page_layout(MARGINS_MM)
        body = self.layout.paintRect(QPageLayout.Unit.Point)
        self.document = QTextDocument()
        self.document.documentLayout().setPaintDevice(reference_device())
        self.document.setDocumentMargin(0)
        self.document.setHtml(slip_html(slip))
        self.document.setPageSize(
            QSizeF(body.width() * LAYOUT_DPI / 72, body.height() * LAYOUT_DPI / 72)
        )

    def plain_text(self) -> str:
        """The slip's text."""
        return self.document.toPlainText()

    def title(self) -> str:
        """Return "Afspraak dinsdag 2 mrt 2027 10:00" (the print job's name; no citizen's name)."""
        return tr("Afspraak {day} {time}").format(
            day=long_day(self.slip.day), time=hhmm(self.slip.starts)
        )

    def paint(self, painter: QPainter, dpi: float) -> None:
        """Paint the first page on a device of *dpi* whose origin is the paper corner."""
        scale = dpi / 72
        body = self.layout.paintRect(QPageLayout.Unit.Point)
        page = self.document.pageSize()
        painter.save()
        painter.translate(body.left() * scale, body.top() * scale)
        painter.scale(dpi / LAYOUT_DPI, dpi / LAYOUT_DPI)
        self.document.drawContents(painter, QRectF(0, 0, page.width(), page.height()))
        painter.restore()


def print_slip(printer: QPrinter, document: SlipDocument) -> None:
    """Paint *document* on *printer* (set up: a real printer or a PDF file)."""
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(tr("De printer kon niet worden gestart."))
    try:
        document.paint(painter, printer.resolution())
    finally:
        painter.end()


def save_slip_pdf(slip: Slip, path: Path) -> None:
    """Write *slip* to a PDF at *path*."""
    document = SlipDocument(slip)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    setup_printer(printer, document.layout, document.title())
    print_slip(printer, document)


class SlipPreview(QPrintPreviewDialog):
    """A print preview of a slip; its print button prints on the chosen printer."""

    def __init__(self, document: SlipDocument, parent: QWidget | None = None) -> None:
        """Preview *document* on a high-resolution printer set up for A4 portrait."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        setup_printer(printer, document.layout, document.title())
        super().__init__(printer, parent)
        self.preview_printer = printer  # QPrintPreviewDialog does not own it
        self.document = document
        self.setObjectName("slipPreview")
        self.setWindowTitle(tr("Afspraakbriefje afdrukken"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.paintRequested.connect(lambda printer: print_slip(printer, self.document))


def open_slip(
    parent: QWidget | None,
    kiosk: Kiosk,
    booking: Booking,
    slot: Slot,
    organisation: str,
    runner: TaskRunner,
) -> None:
    """Read the branch's place on *runner*, then open the slip's print preview."""

    def show(place: str) -> None:
        SlipPreview(SlipDocument(slip_of(booking, slot, organisation, place)), parent).open()

    runner.submit(lambda: place_of(kiosk), show, owner=parent)
