"""The Belastinghulp in both languages: printed lists, dates, exports and imports."""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from datetime import date, time
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QLabel,
    QLineEdit,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from kiosk.app import Kiosk
from kiosk.planning.availability import parse_availability
from kiosk.planning.records import Booking, Season, Slot
from kiosk.planning.sheet_cells import parse_day
from tests.ui.planning.conftest import drain
from tests.ui.planning.pdf_text import compact, pdf_text
from tests.ui.planning.test_day_list_print import HEADING, sample
from tools.translations import TS_DIR, read_ts
from ui.i18n import install_language
from ui.planning import page_actions, texts
from ui.planning.booking_editor import BookingEditor
from ui.planning.day_list_print import save_day_list_pdf
from ui.planning.exchange_dialog import ExchangeDialog, export_schedule
from ui.planning.exchange_import import review_import
from ui.planning.planning_page import PlanningPage
from ui.planning.search_dialog import SearchDialog
from ui.planning.slip_print import save_slip_pdf, slip_of
from ui.tasks import TaskRunner

DAY = date(2027, 3, 2)


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    """Switch to English for one test and back to Dutch after it."""
    install_language(qapp, "en")
    try:
        yield
    finally:
        install_language(qapp, "nl")


def switch(qapp: QApplication, language: str) -> None:
    """Switch the language and let Qt deliver its (posted) LanguageChange events."""
    install_language(qapp, language)
    qapp.processEvents()
    qapp.processEvents()


def _slot_and_booking() -> tuple[Slot, Booking]:
    booking = Booking(
        id="b-1",
        slot_id="s-1",
        name="J. Jansen",
        phone="0612345678",
        email=None,
        purpose=("aangifte",),
        checklist=("digid_zelf", "woz"),
        remark=None,
        status="booked",
        sync="confirmed",
        conflict_code=None,
    )
    slot = Slot(
        id="s-1",
        season_id="season",
        helper_id="h-1",
        day=DAY,
        starts=time(10, 0),
        ends=time(10, 30),
        capacity=1,
        closed=False,
        sync="confirmed",
        bookings=(booking,),
    )
    return slot, booking


def day_list_text(tmp_path: Path) -> str:
    path = tmp_path / "daglijst.pdf"
    assert save_day_list_pdf(sample(), path, HEADING) == 2
    return pdf_text(path.read_bytes())


def slip_text(tmp_path: Path) -> str:
    slot, booking = _slot_and_booking()
    path = tmp_path / "briefje.pdf"
    save_slip_pdf(slip_of(booking, slot, "Humanitas", "Bibliotheek Centrum"), path)
    return pdf_text(path.read_bytes())


def has(text: str, *phrases: str) -> bool:
    return all(compact(p) in text for p in phrases)


def test_dates_follow_the_language(qapp: QApplication) -> None:
    assert texts.full_day(DAY) == "dinsdag 2 maart 2027"
    assert texts.short_day(DAY) == "di 2 mrt"
    assert texts.day_name(2) == "dinsdag"
    install_language(qapp, "en")
    try:
        assert texts.full_day(DAY) == "Tuesday 2 March 2027"
        assert texts.short_day(DAY) == "Tue 2 Mar"
        assert texts.day_name(2) == "Tuesday"
        assert texts.hhmm(time(14, 5)) == "14:05"
    finally:
        install_language(qapp, "nl")
    assert texts.long_day(DAY) == "dinsdag 2 mrt 2027"


def test_day_list_pdf_in_dutch(tmp_path: Path) -> None:
    text = day_list_text(tmp_path)
    assert has(text, "Daglijst Belastinghulp", "dinsdag 2 maart 2027", "Wat meenemen")
    assert has(text, "Vertrouwelijk: bevat persoonsgegevens", "Pagina 1 van 2")
    assert has(text, "4 afspraken", "1 afspraak", "Afgedrukt 02-03-2027 08:15")
    assert has(text, "(naam gewist)", "Aangifte inkomstenbelasting")
    assert not has(text, "Tuesday") and not has(text, "appointment")


def test_day_list_pdf_in_english(english: None, tmp_path: Path) -> None:
    text = day_list_text(tmp_path)
    assert has(text, "Tuesday 2 March 2027", "Confidential: contains personal details")
    assert has(text, "4 appointments", "1 appointment", "Page 1 of 2", "(name erased)")
    assert has(text, "Income tax return", "Your own DigiD login")
    for dutch in ("dinsdag", "maart", "Daglijst", "Vertrouwelijk", "afspraak", "Aangifte"):
        assert not has(text, dutch), dutch


def test_slip_pdf_in_dutch(tmp_path: Path) -> None:
    text = slip_text(tmp_path)
    assert has(text, "Uw afspraak bij de Belastinghulp", "dinsdag 2 maart 2027", "10:00 – 10:30")
    assert has(text, "Neem dit mee", "Jaaropgaven van uw werk, uitkering of pensioen.")
    assert has(text, "WOZ-beschikking en hypotheekgegevens", "Aangifte inkomstenbelasting")


def test_slip_pdf_in_english(english: None, tmp_path: Path) -> None:
    text = slip_text(tmp_path)
    assert has(text, "Tuesday 2 March 2027", "10:00 – 10:30", "J. Jansen")
    assert has(text, "Annual statements from your work, benefits or pension.")
    assert has(text, "WOZ valuation and mortgage details", "Income tax return")
    for dutch in ("dinsdag", "maart", "Uw afspraak", "Neem dit mee", "Jaaropgaven", "Aangifte"):
        assert not has(text, dutch), dutch


def _export(qtbot: QtBot, kiosk: Kiosk, season: Season, runner: TaskRunner, path: Path) -> None:
    task = export_schedule(None, kiosk, season.id, runner=runner, path=path)
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=5000) as signal:
        drain(runner)
    assert signal.args[0].error is None
    if task.message is not None:
        task.message.close()


def test_export_headers_follow_the_language(
    qtbot: QtBot, ui_kiosk: Kiosk, season: Season, runner: TaskRunner, tmp_path: Path
) -> None:
    dutch = tmp_path / "rooster.csv"
    _export(qtbot, ui_kiosk, season, runner, dutch)
    with dutch.open(encoding="utf-8-sig") as handle:
        header, first = next(csv.reader(handle, delimiter=";")), None
    assert header[:4] == ["datum", "begintijd", "eindtijd", "helper"]
    install_language(QApplication.instance(), "en")  # type: ignore[arg-type]
    try:
        english_file = tmp_path / "schedule.xlsx"
        _export(qtbot, ui_kiosk, season, runner, english_file)
    finally:
        install_language(QApplication.instance(), "nl")  # type: ignore[arg-type]
    book = load_workbook(english_file)
    assert book.sheetnames == ["Schedule"]
    rows = list(book["Schedule"].iter_rows(values_only=True))
    assert rows[0][:7] == (
        "date",
        "start time",
        "end time",
        "helper",
        "organisation",
        "places",
        "status",
    )
    assert first is None and {r[6] for r in rows[1:]} == {"free"}


ENGLISH_SHEET = [
    ["Helper", "Organisation", "Day", "From", "To", "Duration (minutes)", "Places", "Valid until"],
    ["Anna de Vries", "FNV Belastingservice", "Tuesday", "9:00", "12:00", "30", "2", "31-03-2027"],
    ["Bert Bakker", "", "thu", "13:30", "15:00", "45", "", ""],
    ["Carla Yilmaz", "Humanitas", "Sunday 14 March 2027", "10:00", "11:00", "60", "1", ""],
]


def test_import_reads_english_headers_and_day_names() -> None:
    sheet = parse_availability(ENGLISH_SHEET)
    assert sheet.errors == ()
    anna, bert, carla = sheet.rows
    assert (anna.weekday, anna.starts, anna.slot_minutes, anna.capacity) == (2, time(9), 30, 2)
    assert anna.valid_to == date(2027, 3, 31) and anna.partner_name == "FNV Belastingservice"
    assert (bert.weekday, bert.starts, bert.capacity) == (4, time(13, 30), 1)
    assert carla.valid_from == date(2027, 3, 14) == carla.valid_to
    assert parse_day("every Monday") == 1 and parse_day("2 Mar 2027") == date(2027, 3, 2)
    assert parse_day("di 2 mrt 2027") == date(2027, 3, 2)


def test_import_of_an_english_and_a_dutch_file_on_the_desk(
    ui_kiosk: Kiosk, season: Season, tmp_path: Path
) -> None:
    for name, header in (
        ("english.xlsx", ["Helper", "Organisation", "Day", "From", "To", "Length", "Places"]),
        ("dutch.xlsx", ["Helper", "Organisatie", "Dag", "Van", "Tot", "Duur", "Plaatsen"]),
    ):
        book = Workbook()
        book.active.append(header)
        book.active.append(["Dirk Dekker", "Humanitas", "Tuesday", "13:00", "14:00", 30, 1])
        path = tmp_path / name
        book.save(path)
        review = review_import(ui_kiosk, season.id, path)
        assert review.error is None and review.sheet.errors == (), name
        assert [r.helper_name for r in review.sheet.rows] == ["Dirk Dekker"]


def test_the_page_and_a_booking_in_progress_switch_language(
    qapp: QApplication, qtbot: QtBot, planning: PlanningPage
) -> None:
    editor = BookingEditor(lambda: texts.short_day(DAY), planning, mode="new")
    qtbot.addWidget(editor)
    editor.show()
    editor.name.setText("Fatima el Amrani")
    editor.phone.setText("06 12345678")
    editor.purpose.boxes["aangifte"].setChecked(True)
    editor.phone.setFocus()
    planning.say("Rooster van dinsdag 2 mrt 2027.")
    grid = planning.grid.grid_model
    assert planning.date_bar.today_button.text() == "Vandaag"
    assert editor.windowTitle() == "Nieuwe afspraak"
    header = str(grid.headerData(0, Qt.Orientation.Vertical))
    assert header.startswith("di 2 mrt"), header
    switch(qapp, "en")
    try:
        assert planning.date_bar.today_button.text() == "Today"
        assert planning.side.tabText(1) == "&Waiting list"
        assert planning.templates_button.text().startswith("Season")
        assert planning.slot_panel.bookings.headerData(0, Qt.Orientation.Horizontal) == "Name"
        assert str(grid.headerData(0, Qt.Orientation.Vertical)).startswith("Tue 2 Mar")
        assert editor.windowTitle() == "New appointment"
        assert editor.where.text() == "Tue 2 Mar"
        assert editor.purpose.boxes["aangifte"].text() == "Income tax return"
        assert "Save" in editor.save_button.text()
        # The form in progress keeps its input, its ticks and its focus.
        assert editor.name.text() == "Fatima el Amrani" and editor.phone.text() == "06 12345678"
        assert editor.purpose.boxes["aangifte"].isChecked()
        assert editor.focusWidget() is editor.phone
        # The last news was Dutch: the page says the language changed instead.
        assert planning.feedback.text() == "The language has been changed."
    finally:
        switch(qapp, "nl")
    assert planning.date_bar.today_button.text() == "Vandaag"
    assert editor.windowTitle() == "Nieuwe afspraak"
    assert editor.purpose.boxes["aangifte"].text() == "Aangifte inkomstenbelasting"
    assert str(grid.headerData(0, Qt.Orientation.Vertical)).startswith("di 2 mrt")


def test_the_dialogs_switch_language_while_open(
    qapp: QApplication,
    qtbot: QtBot,
    planning: PlanningPage,
    ui_kiosk: Kiosk,
    season: Season,
    runner: TaskRunner,
) -> None:
    page_actions.open_templates(planning)
    editor = planning.template_editor
    drain(runner)
    editor.helpers_tab.helper_name.setText("Nieuwe Helper")
    search = SearchDialog(lambda _query, _answer: None, 30, planning)
    qtbot.addWidget(search)
    search.query.setText("Jansen")
    exchange = ExchangeDialog(ui_kiosk, season.id, runner, planning)
    qtbot.addWidget(exchange)
    assert editor.tabs.tabText(1) == "&2 Helpers"
    switch(qapp, "en")
    try:
        assert editor.tabs.tabText(2) != "&3 Weekrooster"
        assert editor.helpers_tab.helper_active.text() == "Active"
        assert editor.helpers_tab.helper_name.text() == "Nieuwe Helper"
        assert editor.schedule_tab.template_day.itemText(0) == "Monday"
        assert search.windowTitle() != "Afspraak zoeken" and "30 days" in search.note.text()
        assert search.query.text() == "Jansen"
        assert search.results.headerItem().text(0) == "Date"
        assert "Dutch" not in exchange.export_button.text()
        assert exchange.export_button.text() != "Rooster &exporteren…"
    finally:
        switch(qapp, "nl")
    assert editor.helpers_tab.helper_active.text() == "Actief"
    assert search.results.headerItem().text(0) == "Datum" and "30 dagen" in search.note.text()
    editor.reject()


def test_an_unknown_refusal_is_said_in_words_not_as_its_code(qapp: QApplication) -> None:
    assert texts.conflict_words("slot_full") == "tijdstip was al vol"
    assert texts.conflict_words("quota_exceeded") == "het centrale rooster weigerde de plek"
    assert texts.conflict_words(None) == ""
    switch(qapp, "en")
    try:
        assert texts.conflict_words("quota_exceeded") == "the central schedule refused the place"
    finally:
        switch(qapp, "nl")


def _dutch_sources() -> set[str]:
    """Every Dutch source text whose English differs (Linguist's English file)."""
    found = set()
    for entry in read_ts(TS_DIR / "ido_kiosk_en.ts"):
        if not entry.numerus and entry.translations and entry.translations[0] != entry.source:
            found.add(entry.source.replace("&", "").strip())
    return found


def _shown_texts(root: QWidget) -> set[str]:
    """The texts a clerk reads (or hears) in *root* and its children, accelerators removed."""
    texts_: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        texts_ += [widget.toolTip(), widget.accessibleName(), widget.windowTitle()]
        if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
            texts_.append(widget.text())
        if isinstance(widget, QLineEdit):
            texts_.append(widget.placeholderText())
        if isinstance(widget, QTabWidget):
            texts_ += [widget.tabText(i) for i in range(widget.count())]
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            texts_ += [
                str(model.headerData(c, Qt.Orientation.Horizontal) or "")
                for c in range(model.columnCount())
            ]
    return {re.sub(r"<[^>]+>", "", t).replace("&", "").strip() for t in texts_ if t}


def test_no_dutch_left_in_the_planning_screens_in_english(
    qapp: QApplication,
    qtbot: QtBot,
    planning: PlanningPage,
    ui_kiosk: Kiosk,
    season: Season,
    runner: TaskRunner,
) -> None:
    editor = BookingEditor(lambda: "di 2 mrt 10:00", planning, mode="edit", booking=None)
    qtbot.addWidget(editor)
    page_actions.open_templates(planning)
    drain(runner)
    search = SearchDialog(lambda _query, _answer: None, 30, planning)
    qtbot.addWidget(search)
    exchange = ExchangeDialog(ui_kiosk, season.id, runner, planning)
    qtbot.addWidget(exchange)
    dutch = _dutch_sources()
    switch(qapp, "en")
    try:
        for window in (planning, editor, planning.template_editor, search, exchange):
            left = sorted(_shown_texts(window) & dutch)
            assert not left, f"{type(window).__name__}: {left}"
    finally:
        switch(qapp, "nl")
    planning.template_editor.reject()
