"""The printed day list of the Belastinghulp: who comes when, and what they bring.

A :class:`~kiosk.planning.records.DayList` becomes HTML (:func:`day_list_html`: a table with
tijd, naam, telefoon, waarvoor, wat meenemen and opmerking; one section per helper), laid out
as A4 pages by a :class:`QTextDocument` and painted page by page with a running header (branch,
day, helper) and a footer (a privacy note and "Pagina 1 van 2"; :mod:`ui.print_frame`). The
same painting goes to a printer (:func:`print_day_list`, through a print preview), a PDF
(:func:`save_day_list_pdf`) and a PNG (:func:`render_day_list_png`, for the documentation).

The document is laid out at a fixed 96 dpi on a reference image (:mod:`ui.planning.print_page`),
so the pages break the same way on every screen and printer; painting scales that layout to the
device's resolution.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMarginsF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QWidget

from kiosk.planning.records import DayList, DayListLine
from ui.marks import QT_TRANSLATE_NOOP
from ui.planning.texts import NAME_PURGED, full_day, hhmm, numeric_day, status_word, tr
from ui.planning.texts import label as label_of
from ui.print_frame import PagedDocument, PageFrame, PagePreview
from ui.tasks import TaskRunner

if TYPE_CHECKING:
    from kiosk.app import Kiosk

MARGINS_MM = QMarginsF(15, 22, 15, 20)  # top and bottom leave room for header and footer
PRIVACY_NOTE = QT_TRANSLATE_NOOP(
    "planning", "Vertrouwelijk: bevat persoonsgegevens. Na de spreekuren vernietigen."
)
_STATUS_NOTES = ("attended", "no_show")  # the statuses the printed list notes by a name
_STYLE = """
body { font-family: 'DejaVu Sans', 'Segoe UI', Arial, sans-serif; font-size: 9pt; }
h1 { font-size: 16pt; margin: 0 0 2px 0; }
h2 { font-size: 12pt; margin: 14px 0 4px 0; }
p.sub { color: #333333; margin: 0 0 8px 0; }
table.list { border-collapse: collapse; border-color: #777777; }
th { background-color: #e8e8e8; text-align: left; font-weight: bold; }
td.time { white-space: nowrap; font-weight: bold; }
td.phone { white-space: nowrap; }
span.mark { color: #8a4b00; font-style: italic; }
p.count { color: #333333; margin: 4px 0 0 0; }
"""


@dataclass(frozen=True, slots=True)
class DayListHeading:
    """What the page header says besides the day: the branch and, for one helper, the name."""

    branch: str = ""
    helper_name: str | None = None
    printed_at: datetime | None = None


def _e(text: str | None) -> str:
    return html.escape(text or "")


def _name_cell(line: DayListLine) -> str:
    name = _e(line.name) if line.name is not None else f"<i>{_e(tr(NAME_PURGED))}</i>"
    marks = []
    if line.walk_in:
        marks.append(tr("inloop"))
    if line.provisional:
        marks.append(status_word("provisional"))
    if line.status in _STATUS_NOTES:
        marks.append(status_word(line.status))
    if marks:
        name += " " + " ".join(f'<span class="mark">({_e(m)})</span>' for m in marks)
    return name


def _row(line: DayListLine, label: Callable[[str], str]) -> str:
    purpose = "<br>".join(_e(label(c)) for c in line.purpose)
    checklist = "<br>".join("☐ " + _e(label(c)) for c in line.checklist)
    cells = (
        f'<td class="time">{hhmm(line.starts)}–{hhmm(line.ends)}</td>',
        f"<td>{_name_cell(line)}</td>",
        f'<td class="phone">{_e(line.phone)}</td>',
        f"<td>{purpose}</td>",
        f"<td>{checklist}</td>",
        f"<td>{_e(line.remark)}</td>",
    )
    return "<tr>" + "".join(cells) + "</tr>"


def _table(lines: Sequence[DayListLine], label: Callable[[str], str]) -> str:
    headers = (tr("Tijd"), tr("Naam"), tr("Telefoon"), tr("Waarvoor"), tr("Wat meenemen"))
    widths = ("11%", "17%", "13%", "20%", "22%", "17%")
    head = "".join(
        f'<th width="{w}">{_e(h)}</th>'
        for h, w in zip((*headers, tr("Opmerking")), widths, strict=True)
    )
    body = "".join(_row(line, label) for line in lines)
    return (
        '<table class="list" width="100%" border="1" cellspacing="0" cellpadding="4">'
        f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
    )


def _count(lines: Sequence[DayListLine]) -> str:
    total = len(lines)
    words = [tr("%n afspraken", "", total)]
    provisional = sum(1 for line in lines if line.provisional)
    walk_ins = sum(1 for line in lines if line.walk_in)
    if provisional:
        words.append(tr("{n} voorlopig").format(n=provisional))
    if walk_ins:
        words.append(tr("%n inloop", "", walk_ins))
    return f'<p class="count">{_e(", ".join(words))}</p>'


def printable_lines(day_list: DayList) -> tuple[DayListLine, ...]:
    """Return the lines that are printed: every one but the cancelled, in time order."""
    lines = [line for line in day_list.lines if line.status != "cancelled"]
    return tuple(sorted(lines, key=lambda line: (line.starts, line.helper_name.casefold())))


def day_list_html(
    day_list: DayList,
    heading: DayListHeading | None = None,
    *,
    page_per_helper: bool = True,
    label: Callable[[str], str] = label_of,
) -> str:
    """Return the day list as HTML for :class:`QTextDocument`.

    One section per helper (with *page_per_helper*, each on its own page, so every helper gets
    their own sheet); the section heading names the helper and organisation.
    """
    heading = heading or DayListHeading()
    lines = printable_lines(day_list)
    sub = [full_day(day_list.day)]
    if heading.branch:
        sub.insert(0, heading.branch)
    if heading.helper_name:
        sub.append(heading.helper_name)
    parts = [
        f"<html><head><style>{_STYLE}</style></head><body>",
        "<h1>" + _e(tr("Daglijst Belastinghulp")) + "</h1>",
        f'<p class="sub">{_e(" · ".join(sub))}</p>',
    ]
    groups: dict[tuple[str, str], list[DayListLine]] = {}
    for line in lines:
        groups.setdefault((line.helper_name, line.partner_name), []).append(line)
    if not groups:
        parts.append("<p>" + _e(tr("Geen afspraken op deze dag.")) + "</p>")
    for index, ((helper, partner), group) in enumerate(sorted(groups.items())):
        title = f"{helper} ({partner})" if partner else helper
        style = ' style="page-break-before: always"' if page_per_helper and index else ""
        if not (heading.helper_name and len(groups) == 1):  # the sub-heading names them
            parts.append(f"<h2{style}>" + _e(title or tr("Zonder hulp")) + "</h2>")
        parts.append(_table(group, label))
        parts.append(_count(group))
    parts.append("</body></html>")
    return "".join(parts)


class DayListDocument(PagedDocument):
    """A day list laid out on A4 pages, ready to paint on a printer, a PDF or an image."""

    def __init__(
        self,
        day_list: DayList,
        heading: DayListHeading | None = None,
        *,
        page_per_helper: bool = True,
    ) -> None:
        """Build the HTML and lay it out on A4 with :data:`MARGINS_MM`."""
        super().__init__(MARGINS_MM)
        self.day_list = day_list
        self.heading = heading or DayListHeading()
        self.html = day_list_html(day_list, self.heading, page_per_helper=page_per_helper)
        self.document.setHtml(self.html)
        self.fit_pages()

    def running_header(self) -> str:
        """Return "Daglijst dinsdag 2 maart 2027 · Bibliotheek Centrum · Anna de Vries"."""
        parts = [tr("Daglijst {day}").format(day=full_day(self.day_list.day))]
        if self.heading.branch:
            parts.append(self.heading.branch)
        if self.heading.helper_name:
            parts.append(self.heading.helper_name)
        return " · ".join(parts)

    def frame(self) -> PageFrame:
        """Return what every page has around its body: the header, the privacy note, when."""
        printed = ""
        moment = self.heading.printed_at
        if moment is not None:
            printed = tr("Afgedrukt {moment}").format(
                moment=f"{numeric_day(moment.date())} {hhmm(moment.time())}"
            )
        return PageFrame(self.running_header(), (tr(PRIVACY_NOTE), printed), 10, "#444444")


def save_day_list_pdf(
    day_list: DayList,
    path: Path,
    heading: DayListHeading | None = None,
    *,
    page_per_helper: bool = True,
) -> int:
    """Write the day list to a PDF at *path*; return its number of pages."""
    return DayListDocument(day_list, heading, page_per_helper=page_per_helper).save_pdf(path)


def render_day_list_image(
    day_list: DayList,
    heading: DayListHeading | None = None,
    *,
    dpi: int = 110,
    page: int = 0,
) -> QImage:
    """Return page *page* of the printed day list as a white A4 image at *dpi*."""
    document = DayListDocument(day_list, heading)
    size = document.layout.pageSize().sizePixels(dpi)
    image = QImage(size, QImage.Format.Format_RGB32)
    dots = round(dpi / 0.0254)
    image.setDotsPerMeterX(dots)
    image.setDotsPerMeterY(dots)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    document.paint_page(painter, page, dpi)
    painter.end()
    return image


def render_day_list_png(
    day_list: DayList, path: Path, heading: DayListHeading | None = None, *, dpi: int = 110
) -> None:
    """Save the first page of the printed day list as a PNG (documentation, screenshots)."""
    if not render_day_list_image(day_list, heading, dpi=dpi).save(str(path)):
        raise OSError(f"Kan {path} niet opslaan.")


def heading_for(kiosk: Kiosk, helper_id: str | None, now: datetime | None = None) -> DayListHeading:
    """Return the heading for *kiosk*'s branch and the helper *helper_id* (database read)."""
    desk = kiosk.locations.current()
    helper_name = None
    if helper_id is not None:
        helper = next(
            (h for h in kiosk.planning.helpers(include_inactive=True) if h.id == helper_id), None
        )
        if helper is not None:
            helper_name = (
                f"{helper.name} ({helper.partner_name})" if helper.partner_name else helper.name
            )
    return DayListHeading(
        branch=desk.branch if desk is not None else "",
        helper_name=helper_name,
        printed_at=now or datetime.now(),
    )


class DayListPreview(PagePreview):
    """A print preview of a day list; its print button prints on the chosen printer."""

    def __init__(self, document: DayListDocument, parent: QWidget | None = None) -> None:
        """Preview *document* on a high-resolution printer set up for A4 portrait."""
        super().__init__(document, parent, "dayListPreview", tr("Daglijst afdrukken"))


def preview_dialog(parent: QWidget | None, document: DayListDocument) -> DayListPreview:
    """Return a print preview of *document* (deleted when closed)."""
    dialog = DayListPreview(document, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    return dialog


def print_day_list(
    parent: QWidget | None,
    kiosk: Kiosk,
    day: date,
    helper_id: str | None,
    runner: TaskRunner,
) -> None:
    """Read the day list of *day* (one helper or all) on *runner*, then open the print preview."""

    def load() -> tuple[DayList, DayListHeading]:
        return kiosk.planning.day_list(day, helper_id), heading_for(kiosk, helper_id)

    def show(loaded: tuple[DayList, DayListHeading]) -> None:
        dialog = preview_dialog(parent, DayListDocument(*loaded))
        dialog.open()

    runner.submit(load, show, owner=parent)
