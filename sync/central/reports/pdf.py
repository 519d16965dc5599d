"""The accountability report as a PDF: A4, Dutch, with tables and page numbers (fpdf2).

The first page says what the report is about (subject, period, when it was made and up to
when its figures run), the filter and how the figures were counted; then a section per part,
each table with its title, its one-line summary and its numbers (counts with a dot between
thousands; ``verborgen`` for a count not shown, as on the page). Every page has a footer with the
subject and "pagina n van m".

The document's title and language (``nl-NL``) are set, and the viewer shows the title instead
of the file name; every section is a bookmark. fpdf2 does not tag tables for screen readers:
the XLSX (:mod:`~sync.central.reports.xlsx`) is the accessible form of the same numbers.

The standard PDF fonts (Helvetica) cover Latin-1, enough for Dutch; the few other characters a
text may hold (curly quotes, dashes, the euro sign) are written in Latin-1 (:func:`latin`).
"""

from __future__ import annotations

from typing import Any, Final

from fpdf import FPDF
from fpdf.fonts import FontFace
from fpdf.prefs import ViewerPreferences

from sync.central.figures import export, wording
from sync.central.figures.views import Table
from sync.central.reports.content import Report

FONT: Final = "helvetica"
_REPLACE = str.maketrans(
    {
        "‘": "'",
        "’": "'",
        "“": '"',
        "”": '"',
        "–": "-",
        "—": "-",
        "…": "...",
        "€": "EUR ",
        "\u00a0": " ",
        "\u202f": " ",
        "≤": "<=",
        "≥": ">=",
    }
)
_LABEL_WIDTH = 44
_HEADINGS = FontFace(emphasis="BOLD", fill_color=(225, 232, 240))


def latin(text: str) -> str:
    """*text* in the Latin-1 the standard fonts can write (anything else becomes ``?``)."""
    return text.translate(_REPLACE).encode("latin-1", "replace").decode("latin-1")


def number_text(value: Any) -> str:
    """A cell as the report prints it: ``1.234``, ``12,5``, ``verborgen`` for a hidden count."""
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if value is None or isinstance(value, int | float):
        return wording.number(value)
    return str(value)


class _Document(FPDF):
    """An A4 page with the report's footer."""

    def __init__(self, footer_text: str) -> None:
        super().__init__(orientation="portrait", unit="mm", format="A4")
        self.footer_text = footer_text

    def footer(self) -> None:
        self.set_y(-14)
        self.set_font(FONT, size=8)
        self.set_text_color(80, 80, 80)
        self.cell(0, 5, latin(self.footer_text), align="L")
        self.set_x(self.l_margin)
        self.cell(0, 5, f"pagina {self.page_no()} van {{nb}}", align="R")
        self.set_text_color(0, 0, 0)


def _text(pdf: FPDF, text: str, *, size: float = 10, style: str = "", gap: float = 1.5) -> None:
    pdf.set_font(FONT, style=style, size=size)
    pdf.multi_cell(0, size * 0.5, latin(text), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(gap)


def _lines(pdf: FPDF, lines: list[tuple[str, str]]) -> None:
    """(label, text) lines as two columns: a bold label, the text next to it."""
    for label, text in lines:
        top = pdf.get_y()
        if pdf.will_page_break(10):
            pdf.add_page()
            top = pdf.get_y()
        pdf.set_font(FONT, style="B", size=10)
        found = pdf.multi_cell(_LABEL_WIDTH, 5, latin(label), dry_run=True, output="LINES")
        label_lines = len(found) if isinstance(found, list) else 1
        pdf.multi_cell(_LABEL_WIDTH, 5, latin(label), new_x="RIGHT", new_y="TOP")
        pdf.set_font(FONT, size=10)
        pdf.multi_cell(0, 5, latin(text), new_x="LMARGIN", new_y="NEXT")
        pdf.set_y(max(pdf.get_y(), top + 5 * label_lines) + 1)


def _table(pdf: FPDF, table: Table) -> None:
    # Keep a table's title with at least a few of its rows.
    if pdf.will_page_break(30):
        pdf.add_page()
    _text(pdf, table.title, size=11, style="B", gap=0.5)
    if table.summary:
        _text(pdf, table.summary, size=9, style="I", gap=1)
    if not table.rows:
        if not table.summary:
            _text(pdf, "Geen gegevens in deze periode.", size=9)
        pdf.ln(3)
        return
    texts = [c.kind == "text" for c in table.columns]
    widths = tuple(3.0 if is_text else 1.4 for is_text in texts)
    align = tuple("LEFT" if is_text else "RIGHT" for is_text in texts)
    pdf.set_font(FONT, size=8.5)
    with pdf.table(
        col_widths=widths,
        text_align=align,
        headings_style=_HEADINGS,
        line_height=4.6,
        padding=(0.8, 1.2),
        repeat_headings=1,
    ) as grid:
        heading = grid.row()
        for column in table.columns:
            heading.cell(latin(column.label))
        for values in table.rows:
            row = grid.row()
            for value, column in zip(values, table.columns, strict=True):
                text = number_text(value) if column.kind != "text" else str(value or "")
                row.cell(latin(text))
    pdf.ln(2)
    if table.hidden:
        _text(pdf, f"Verborgen: {export.HIDDEN_NOTE}", size=8)
    pdf.ln(3)


def report_pdf(report: Report, *, compress: bool = True) -> bytes:
    """*report* as a PDF (tests turn *compress* off to read its text)."""
    pdf = _Document(f"{report.title} - {report.subject} - {report.period}")
    pdf.set_compression(compress)
    pdf.set_title(latin(f"{report.title}: {report.subject}, {report.period}"))
    pdf.set_lang("nl-NL")
    pdf.viewer_preferences = ViewerPreferences(display_doc_title=True)
    pdf.set_author("IDO Kiosk")
    pdf.set_subject(latin(f"Cijfers van {report.subject} over {report.period}"))
    pdf.set_creator("ido-central")
    pdf.set_creation_date(report.generated)
    pdf.set_auto_page_break(auto=True, margin=18)
    pdf.set_margins(18, 18, 18)
    pdf.add_page()
    pdf.start_section(latin(report.title))
    _text(pdf, report.title, size=18, style="B", gap=2)
    _text(pdf, report.subject, size=14, style="B", gap=1)
    _text(
        pdf,
        f"Periode: {report.period}. Gemaakt op {export.moment_text(report.generated)}; "
        f"cijfers tot {export.through_text(report.through)}.",
        size=10,
        gap=4,
    )
    if report.described:
        _text(pdf, "Keuzes", size=12, style="B", gap=1)
        _lines(pdf, report.described)
        pdf.ln(2)
    _text(pdf, "Hoe geteld", size=12, style="B", gap=1)
    _lines(pdf, report.method)
    for section in report.sections:
        pdf.add_page()
        pdf.start_section(latin(section.title))
        _text(pdf, section.title, size=15, style="B", gap=3)
        for note in section.notes:
            _text(pdf, note, size=9, style="I")
        if not section.tables and not section.notes:
            _text(pdf, "Geen gegevens in deze periode.", size=10)
        for table in section.tables:
            _table(pdf, table)
    return bytes(pdf.output())
