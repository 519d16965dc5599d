"""The printed day list: HTML, pages, PDF, PNG and the print preview, offscreen."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime, time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from kiosk.app import Kiosk
from kiosk.planning.records import BookingInput, DayList, DayListLine, Season
from tests.ui.planning.conftest import drain
from ui.planning.day_list_print import (
    DayListDocument,
    DayListHeading,
    day_list_html,
    heading_for,
    preview_dialog,
    print_day_list,
    printable_lines,
    render_day_list_image,
    save_day_list_pdf,
)
from ui.tasks import TaskRunner

DAY = date(2027, 3, 2)
HEADING = DayListHeading("Bibliotheek Centrum", None, datetime(2027, 3, 2, 8, 15))


def line(minute: int, name: str | None, **changes: object) -> DayListLine:
    base = DayListLine(
        starts=time(9 + minute // 60, minute % 60),
        ends=time(9 + (minute + 30) // 60, (minute + 30) % 60),
        helper_name="Anna de Vries",
        partner_name="FNV Belastingservice",
        name=name,
        phone="06 12345678",
        purpose=("aangifte",),
        checklist=("digid_zelf", "jaaropgaven"),
        remark=None,
        status="booked",
        provisional=False,
        walk_in=False,
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def sample() -> DayList:
    return DayList(
        DAY,
        None,
        (
            line(30, "Jan Jansen", provisional=True, remark="Belt als hij later is"),
            line(0, "Fatima el Amrani", checklist=("digid_partner",)),
            line(60, "Mehmet Yilmaz", walk_in=True, phone=None),
            line(90, "Weg Gegaan", status="cancelled"),
            line(120, None, status="attended"),
            line(0, "Bea Bos", helper_name="Bert Bakker", partner_name="Humanitas"),
        ),
    )


def pdf_pages(path: Path) -> int:
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", path.read_bytes()))


def test_html_lists_the_bookings_with_their_marks(qapp: QApplication) -> None:
    page = day_list_html(sample(), HEADING)
    assert "Bibliotheek Centrum · dinsdag 2 maart 2027" in page
    for header in ("Tijd", "Naam", "Telefoon", "Waarvoor", "Wat meenemen", "Opmerking"):
        assert f">{header}</th>" in page
    assert "Jan Jansen" in page and '<span class="mark">(voorlopig)</span>' in page
    assert 'Mehmet Yilmaz <span class="mark">(inloop)</span>' in page
    assert "Weg Gegaan" not in page  # cancelled: left out
    assert "(naam gewist)" in page and "(verschenen)" in page
    assert "☐ DigiD-inlog van uw partner" in page
    assert "Aangifte inkomstenbelasting" in page
    assert "Anna de Vries (FNV Belastingservice)" in page
    assert "Bert Bakker (Humanitas)" in page
    assert "4 afspraken, 1 voorlopig, 1 inloop" in page


def test_lines_are_in_time_order_without_cancelled(qapp: QApplication) -> None:
    names = [x.name for x in printable_lines(sample())]
    assert names == ["Fatima el Amrani", "Bea Bos", "Jan Jansen", "Mehmet Yilmaz", None]


def test_html_escapes_what_was_typed(qapp: QApplication) -> None:
    day_list = DayList(DAY, None, (line(0, "<b>Piet</b> & Co", remark="a < b"),))
    page = day_list_html(day_list)
    assert "&lt;b&gt;Piet&lt;/b&gt; &amp; Co" in page
    assert "a &lt; b" in page


def test_empty_day(qapp: QApplication) -> None:
    document = DayListDocument(DayList(DAY, "h1", ()), DayListHeading(helper_name="Anna"))
    assert "Geen afspraken op deze dag." in document.plain_text()
    assert document.page_count == 1
    assert document.running_header() == "Daglijst dinsdag 2 maart 2027 · Anna"


def test_pdf_has_one_page_per_helper(qapp: QApplication, tmp_path: Path) -> None:
    path = tmp_path / "daglijst.pdf"
    pages = save_day_list_pdf(sample(), path, HEADING)
    assert pages == 2
    data = path.read_bytes()
    assert data.startswith(b"%PDF")
    assert len(data) > 2000
    assert pdf_pages(path) == 2
    document = DayListDocument(sample(), HEADING)
    text = document.plain_text()
    for name in ("Fatima el Amrani", "Jan Jansen", "Mehmet Yilmaz", "Bea Bos"):
        assert name in text
    assert "Weg Gegaan" not in text

    together = tmp_path / "samen.pdf"
    assert save_day_list_pdf(sample(), together, HEADING, page_per_helper=False) == 1
    assert pdf_pages(together) == 1


def test_a_long_list_runs_over_pages(qapp: QApplication, tmp_path: Path) -> None:
    lines = tuple(
        line(i * 5, f"Burger {i:02d}", remark="Brengt de papieren van de partner mee")
        for i in range(60)
    )
    day_list = DayList(DAY, "h1", lines)
    path = tmp_path / "lang.pdf"
    pages = save_day_list_pdf(day_list, path, HEADING)
    assert pages >= 3
    assert pdf_pages(path) == pages


def test_png_is_a_white_a4_page_with_ink(qapp: QApplication) -> None:
    image = render_day_list_image(sample(), HEADING, dpi=60)
    assert abs(image.width() / image.height() - 210 / 297) < 0.01
    assert image.pixelColor(2, 2) == QColor("white")
    dark = sum(
        1
        for x in range(0, image.width(), 4)
        for y in range(0, image.height() // 3, 4)
        if image.pixelColor(x, y).lightness() < 100
    )
    assert dark > 50


def test_day_list_from_the_service(
    qapp: QApplication, ui_kiosk: Kiosk, season: Season, tmp_path: Path
) -> None:
    service = ui_kiosk.planning
    grid = service.grid(season.id)
    anna = next(h for h in grid.helpers if h.name == "Anna de Boer")
    slots = sorted(
        (s for s in grid.cells.values() if s.helper_id == anna.id and s.day == DAY),
        key=lambda s: s.starts,
    )
    service.book(slots[0].id, BookingInput("Jan Jansen", "0612345678", purpose=("aangifte",)))
    gone = service.book(slots[1].id, BookingInput("Weg Gegaan", "0612345679"))
    service.cancel(gone.id)
    service.book(slots[2].id, BookingInput("Mehmet Yilmaz", walk_in=True))

    heading = heading_for(ui_kiosk, anna.id, datetime(2027, 3, 2, 8, 0))
    assert heading.branch == "Vestiging Centrum (demo)"
    assert heading.helper_name == "Anna de Boer (FNV Belastingservice)"
    document = DayListDocument(service.day_list(DAY, anna.id), heading)
    text = document.plain_text()
    assert "Jan Jansen (voorlopig)" in text
    assert "Mehmet Yilmaz (inloop) (voorlopig)" in text
    assert "Weg Gegaan" not in text
    path = tmp_path / "anna.pdf"
    assert save_day_list_pdf(service.day_list(DAY, anna.id), path, heading) == 1


def test_preview_paints_on_the_printer(qtbot: QtBot, tmp_path: Path) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = preview_dialog(parent, DayListDocument(sample(), HEADING))
    assert isinstance(dialog, QPrintPreviewDialog)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "preview.pdf"))
    dialog.paintRequested.emit(printer)
    assert pdf_pages(tmp_path / "preview.pdf") == 2
    dialog.close()


def test_print_day_list_opens_the_preview(
    qtbot: QtBot, ui_kiosk: Kiosk, season: Season, runner: TaskRunner
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    print_day_list(parent, ui_kiosk, DAY, None, runner)
    drain(runner)
    found = parent.findChildren(QPrintPreviewDialog)
    assert len(found) == 1
    assert found[0].windowTitle() == "Daglijst afdrukken"
    assert found[0].isVisible()
    QTimer.singleShot(0, found[0].close)
    qtbot.waitUntil(lambda: not parent.findChildren(QPrintPreviewDialog), timeout=3000)


def test_print_day_list_reads_on_the_database_lane(
    qtbot: QtBot, ui_kiosk: Kiosk, season: Season, runner: TaskRunner
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    print_day_list(parent, ui_kiosk, DAY, None, runner)
    assert not parent.findChildren(QPrintPreviewDialog)  # still on the worker
    drain(runner)
    found = parent.findChildren(QPrintPreviewDialog)
    assert len(found) == 1
    found[0].close()
