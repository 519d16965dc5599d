"""Schedule export: rows per slot and booking, CSV and XLSX read back."""

from __future__ import annotations

import csv
from dataclasses import replace
from datetime import date, datetime, time
from pathlib import Path

import pytest
from openpyxl import load_workbook

from kiosk.planning.records import Booking, GridData, GridRow, Helper, Season, Slot
from kiosk.planning.schedule_export import SCHEDULE_COLUMNS, export_schedule, schedule_rows

SEASON = Season("s1", "Belastinghulp 2027", date(2027, 3, 1), date(2027, 5, 1))
ANNA = Helper("h1", "Anna de Vries", "p1", "FNV Belastingservice", ("aangifte",))
BERT = Helper("h2", "Bert Bakker", "p2", "Humanitas", ("toeslagen",))
TUE = date(2027, 3, 2)


def booking(n: int, **changes: object) -> Booking:
    base = Booking(
        id=f"b{n}",
        slot_id="x",
        name=f"Burger {n}",
        phone="0612345678",
        email=None,
        purpose=("aangifte",),
        checklist=("digid_zelf", "jaaropgaven"),
        remark=None,
        status="booked",
        sync="confirmed",
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def sample_grid() -> GridData:
    slots = {
        (0, 0): Slot(
            "a1",
            "s1",
            "h1",
            TUE,
            time(9),
            time(9, 30),
            2,
            bookings=(
                booking(1, sync="provisional", remark="Brengt partner mee"),
                booking(2, status="cancelled", name="Geannuleerd Persoon"),
            ),
        ),
        (0, 1): Slot("b1", "s1", "h2", TUE, time(9), time(9, 45), 1),
        (1, 0): Slot(
            "a2",
            "s1",
            "h1",
            TUE,
            time(9, 30),
            time(10),
            1,
            bookings=(booking(3, name="=HYPERLINK(1)", walk_in=True, phone=None),),
        ),
        (2, 0): Slot("a3", "s1", "h1", date(2027, 4, 6), time(9), time(9, 30), 1, closed=True),
        (2, 1): Slot(
            "b2",
            "s1",
            "h2",
            date(2027, 4, 6),
            time(9),
            time(9, 45),
            1,
            bookings=(
                booking(4, sync="conflict", conflict_code="slot_full"),
                booking(5, name=None, phone=None, purged=True, status="attended"),
            ),
        ),
    }
    rows = (
        GridRow(TUE, time(9)),
        GridRow(TUE, time(9, 30)),
        GridRow(date(2027, 4, 6), time(9)),
    )
    return GridData(SEASON, (ANNA, BERT), rows, slots)


def test_schedule_rows_one_per_slot_and_booking() -> None:
    rows = schedule_rows(sample_grid())
    assert len(rows) == 7
    assert [(r.day, r.starts, r.helper) for r in rows[:3]] == [
        (TUE, time(9), "Anna de Vries"),
        (TUE, time(9), "Anna de Vries"),
        (TUE, time(9), "Bert Bakker"),
    ]
    statuses = [r.status for r in rows]
    assert statuses == [
        "geboekt",
        "geannuleerd",
        "vrij",
        "geboekt",
        "gesloten",
        "aandacht nodig",
        "verschenen",
    ]
    assert rows[0].provisional == "ja"
    assert rows[0].purpose == "Aangifte inkomstenbelasting"
    assert rows[0].checklist == "DigiD-inlog van uzelf, Jaaropgaven (werk, uitkering, pensioen)"
    assert rows[2].name == rows[2].provisional == ""
    assert rows[3].walk_in == "ja"
    assert rows[6].name == rows[6].phone == ""


def test_csv_export_reads_back_in_dutch_excel_shape(tmp_path: Path) -> None:
    path = tmp_path / "rooster.csv"
    assert export_schedule(sample_grid(), path) == 7
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert b"\r\n" in raw
    with path.open(encoding="utf-8-sig", newline="") as handle:
        table = list(csv.reader(handle, delimiter=";"))
    assert tuple(table[0]) == SCHEDULE_COLUMNS
    first = dict(zip(SCHEDULE_COLUMNS, table[1], strict=True))
    assert first == {
        "datum": "02-03-2027",
        "begintijd": "09:00",
        "eindtijd": "09:30",
        "helper": "Anna de Vries",
        "organisatie": "FNV Belastingservice",
        "capaciteit": "2",
        "status": "geboekt",
        "naam": "Burger 1",
        "telefoon": "0612345678",
        "waarvoor": "Aangifte inkomstenbelasting",
        "meenemen": "DigiD-inlog van uzelf, Jaaropgaven (werk, uitkering, pensioen)",
        "opmerking": "Brengt partner mee",
        "voorlopig": "ja",
        "inloop": "nee",
    }
    # A name that looks like a formula is neutralised for Excel.
    assert table[4][7] == "'=HYPERLINK(1)"
    assert len(table) == 8


def test_xlsx_export_has_header_dates_and_text(tmp_path: Path) -> None:
    path = tmp_path / "rooster.xlsx"
    export_schedule(sample_grid(), path)
    book = load_workbook(path)
    sheet = book["Rooster"]
    assert book.properties.title == "Belastinghulp 2027"
    assert [c.value for c in sheet[1]] == list(SCHEDULE_COLUMNS)
    assert all(c.font.bold for c in sheet[1])
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:N8"
    assert sheet.column_dimensions["D"].width == 22
    second = [c.value for c in sheet[2]]
    assert second[0] == datetime(2027, 3, 2)
    assert sheet["A2"].number_format == "DD-MM-YYYY"
    assert second[1] == time(9) and second[2] == time(9, 30)
    assert second[5] == 2
    assert second[8] == "0612345678"
    assert sheet["H5"].value == "=HYPERLINK(1)"
    assert sheet["H5"].data_type == "s"
    assert sheet.max_row == 8


def test_export_refuses_other_suffix(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="xlsx"):
        export_schedule(sample_grid(), tmp_path / "rooster.ods")
