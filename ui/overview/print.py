"""The Overzicht on paper (or as PDF) for a team meeting: every chart with its table.

:class:`OverviewDocument` lays out the heading (what is shown and for which period), the
headline numbers and, per chart, its title, its summary, the drawing and its table, on A4
pages with a running header and "Pagina 1 van 3" (the day list's page set-up,
:mod:`ui.planning.print_page`, and frame, :mod:`ui.print_frame`). The drawings are the same
SVGs as on screen, drawn for the paper's width in the background (:func:`open_preview`) and
painted into the page as images.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, QMarginsF, QRectF, Qt, QUrl
from PySide6.QtGui import QColor, QImage, QPainter, QTextDocument
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QWidget

from kiosk.charts import BLACK, GRID, WHITE
from ui.i18n import current_language, short_moment
from ui.overview.texts import number
from ui.print_frame import PagedDocument, PageFrame, PagePreview

if TYPE_CHECKING:
    from ui.overview.charts import Chart
    from ui.overview.render import ChartRenderer

MARGINS_MM = QMarginsF(15, 20, 15, 18)
#: The drawings' width on paper, in layout pixels (A4 less the margins, at 96 dpi).
PRINT_WIDTH = 660
# The header cells take the charts' own grey: paper is white whatever the screen's theme.
_STYLE = (
    "body { font-family: 'DejaVu Sans', 'Segoe UI', Arial, sans-serif; font-size: 9pt; }\n"
    "h1 { font-size: 16pt; margin: 0 0 2px 0; }\n"
    "h2 { font-size: 12pt; margin: 16px 0 2px 0; }\n"
    "p.sub { margin: 0 0 6px 0; }\n"
    f"th {{ background-color: {GRID}; text-align: left; font-weight: bold; }}\n"
    "td.n { text-align: right; }\n"
)


def _image(svg: str) -> QImage:
    """Paint *svg* on a white image at twice its size (sharp on paper)."""
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    size = renderer.defaultSize() * 2
    image = QImage(size, QImage.Format.Format_RGB32)
    image.fill(QColor(WHITE))
    painter = QPainter(image)
    renderer.render(painter, QRectF(0, 0, size.width(), size.height()))
    painter.end()
    return image


def _table(chart: Chart) -> str:
    head = "".join(f"<th>{html.escape(h)}</th>" for h in chart.headings)
    rows = []
    for row in chart.rows:
        cells = "".join(
            f'<td class="n">{number(value)}</td>'
            if isinstance(value, int)
            else f"<td>{html.escape(value)}</td>"
            for value in row
        )
        rows.append(f"<tr>{cells}</tr>")
    return (
        '<table border="1" cellspacing="0" cellpadding="3">'
        f"<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
    )


class OverviewDocument(PagedDocument):
    """The overview laid out on A4 pages, ready for a printer, a PDF or a preview."""

    def __init__(
        self,
        heading: str,
        headline: str,
        charts: Sequence[Chart],
        svgs: Sequence[str | None],
        printed_at: datetime | None = None,
    ) -> None:
        """Lay out *heading*, *headline* and each chart with its drawing (*svgs*) and table."""
        super().__init__(MARGINS_MM)
        self.heading = heading
        self.printed_at = printed_at or datetime.now()
        self.document.setDefaultStyleSheet(_STYLE)
        parts = [
            "<h1>" + html.escape(QCoreApplication.translate("Overview", "Overzicht")) + "</h1>",
            f'<p class="sub">{html.escape(heading)}</p>',
            f'<p class="sub"><b>{html.escape(headline)}</b></p>',
        ]
        self.images: list[str] = []  # the keys of the charts drawn on the pages
        for chart, svg in zip(charts, svgs, strict=True):
            parts.append(f"<h2>{html.escape(chart.title)}</h2>")
            parts.append(f'<p class="sub">{html.escape(chart.summary)}</p>')
            if svg and not chart.empty:
                image = _image(svg)
                url = f"chart:{chart.key}"
                self.document.addResource(
                    QTextDocument.ResourceType.ImageResource, QUrl(url), image
                )
                parts.append(f'<p><img src="{url}" width="{image.width() // 2}"></p>')
                self.images.append(chart.key)
            if chart.rows:
                parts.append(_table(chart))
        self.document.setHtml("".join(parts))
        self.fit_pages()

    def running_header(self) -> str:
        """Return "Overzicht · Deze balie · december 2026"."""
        return QCoreApplication.translate("Overview", "Overzicht") + " · " + self.heading

    def frame(self) -> PageFrame:
        """Return what every page has around its body: the running header, when it was printed."""
        printed = QCoreApplication.translate("Overview", "Afgedrukt {moment}").format(
            moment=short_moment(self.printed_at)
        )
        return PageFrame(self.running_header(), (printed,), gap=8, colour=BLACK)


class OverviewPreview(PagePreview):
    """The print preview of the overview: print it, or save it as PDF with the printer list."""

    def __init__(self, document: OverviewDocument, parent: QWidget | None = None) -> None:
        """Preview *document* on an A4 printer."""
        title = QCoreApplication.translate("Overview", "Overzicht afdrukken")
        super().__init__(document, parent, "overviewPreview", title)


def open_preview(
    page: QWidget,
    heading: str,
    headline: str,
    charts: Sequence[Chart],
    renderer: ChartRenderer,
    on_open: Callable[[OverviewPreview], None] | None = None,
) -> None:
    """Draw *charts* for paper in the background, then open the print preview over *page*."""
    from ui.overview.render import svg_for

    language = current_language()
    specs = [(chart.spec, chart.empty) for chart in charts]

    def draw() -> list[str | None]:
        return [None if empty else svg_for(spec, PRINT_WIDTH, language) for spec, empty in specs]

    def show(svgs: list[str | None] | None) -> None:
        drawn = svgs if svgs is not None else [None] * len(charts)
        dialog = OverviewPreview(OverviewDocument(heading, headline, charts, drawn), page)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        if on_open is not None:
            on_open(dialog)

    renderer.draw(draw, show, owner=page)
