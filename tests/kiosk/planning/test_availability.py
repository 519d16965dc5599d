"""Reading availability sheets: cell values, rows and per-row errors, real files."""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path

import pytest
from openpyxl import Workbook

from kiosk.planning.availability import parse_availability, read_availability
from kiosk.planning.records import TemplateInput
from kiosk.planning.sheet_cells import parse_day, parse_time
from ui import words


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("9:30", time(9, 30)),
        ("09.30", time(9, 30)),
        ("0930", time(9, 30)),
        ("930", time(9, 30)),
        ("9", time(9)),
        ("9u", time(9)),
        ("9u30", time(9, 30)),
        ("13:00 uur", time(13)),
        ("09:30:00", time(9, 30)),
        (time(14, 15), time(14, 15)),
        (datetime(1899, 12, 30, 10, 0), time(10)),
        (0.375, time(9)),
        (930, time(9, 30)),
        ("25:00", None),
        ("9:75", None),
        ("ochtend", None),
        ("", None),
    ],
)
def test_parse_time(text: object, expected: time | None) -> None:
    assert parse_time(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("maandag", 1),
        ("Dinsdag", 2),
        (" WO ", 3),
        ("do.", 4),
        ("vrijdags", 5),
        ("elke dinsdag", 2),
        ("za", 6),
        ("4-3-2027", date(2027, 3, 4)),
        ("04/03/2027", date(2027, 3, 4)),
        ("2027-03-04", date(2027, 3, 4)),
        ("do 4 maart 2027", date(2027, 3, 4)),
        ("donderdag 4-3-2027", date(2027, 3, 4)),
        ("vrijdag 4-3-2027", None),  # 4 March 2027 is a Thursday
        (datetime(2027, 3, 4), date(2027, 3, 4)),
        ("31-02-2027", None),
        ("maandagmiddag", None),
    ],
)
def test_parse_day(text: object, expected: int | date | None) -> None:
    assert parse_day(text) == expected


def good_table() -> list[list[object]]:
    return [
        ["Beschikbaarheid Belastinghulp 2027", None, None],
        [],
        [" Helper ", "ORGANISATIE", "Dag", "Van", "Tot", "Duur (minuten)", "Plaatsen", "Notitie"],
        ["Anna de Vries", "FNV Belastingservice", "dinsdag", "9:00", "12:00", "30", "", "x"],
        ["anna  de vries", "FNV Belastingservice", "di", "13.30", "1500", 45, 2, ""],
        ["Bert Bakker", "", "14-03-2027", "10:00", "11:00", "60", "1", ""],
        [None, None, None, None, None, None, None, None],
    ]


def test_parse_availability_good_rows() -> None:
    sheet = parse_availability(good_table())
    assert sheet.errors == ()
    assert [r.row for r in sheet.rows] == [4, 5, 6]
    first, second, third = sheet.rows
    assert (first.helper_name, first.partner_name, first.weekday) == (
        "Anna de Vries",
        "FNV Belastingservice",
        2,
    )
    assert (first.starts, first.ends, first.slot_minutes, first.capacity) == (
        time(9),
        time(12),
        30,
        1,
    )
    assert (second.starts, second.ends, second.slot_minutes, second.capacity) == (
        time(13, 30),
        time(15),
        45,
        2,
    )
    assert (third.weekday, third.valid_from, third.valid_to) == (
        7,
        date(2027, 3, 14),
        date(2027, 3, 14),
    )
    assert third.template("h9") == TemplateInput(
        "h9", 7, time(10), time(11), 60, 1, date(2027, 3, 14), date(2027, 3, 14)
    )


def test_parse_availability_reports_every_bad_row_with_its_number() -> None:
    table: list[list[object]] = [
        ["helper", "organisatie", "dag", "van", "tot", "duur", "plaatsen"],
        ["Anna", "FNV", "dinsdag", "9:00", "12:00", "30", "1"],  # row 2: good
        ["Anna", "FNV", "dinsdag", "10:00", "09:00", "30", "1"],  # row 3
        ["", "FNV", "woensdag", "9:00", "12:00", "30", "1"],  # row 4
        ["Bert", "", "zondagmiddag", "9:00", "12:00", "30", "1"],  # row 5
        ["Bert", "", "maandag", "9:00", "half elf", "30", "1"],  # row 6
        ["Bert", "", "maandag", "9:00", "9:20", "30", "1"],  # row 7
        ["Bert", "", "maandag", "9:00", "12:00", "3", "1"],  # row 8
        ["Bert", "", "maandag", "9:00", "12:00", "30", "veel"],  # row 9
        ["anna", "FNV", "di", "11:00", "13:00", "30", "1"],  # row 10: overlaps row 2
        ["Bert", "", "dinsdag", "9:00", "12:00", "30", "1"],  # row 11: good
    ]
    sheet = parse_availability(table)
    assert [r.row for r in sheet.rows] == [2, 11]
    messages = [words.text(e.message) for e in sheet.errors]
    assert messages == [
        "Rij 3: 'tot' (09:00) ligt voor 'van' (10:00).",
        "Rij 4: 'helper' is leeg.",
        "Rij 5: 'dag' (zondagmiddag) is geen weekdag (maandag .. vrijdag) of datum.",
        "Rij 6: 'tot' (half elf) is geen tijd (bijvoorbeeld 9:30).",
        "Rij 7: 'duur' (30 minuten) past niet tussen 'van' en 'tot' (09:00–09:20).",
        "Rij 8: 'duur' (3) moet een aantal minuten zijn, van 5 tot en met 480.",
        "Rij 9: 'plaatsen' (veel) moet een getal van 1 tot en met 50 zijn.",
        "Rij 10: overlapt met rij 2 (Anna, dinsdag 09:00–12:00).",
    ]
    assert sheet.error_rows == frozenset(range(3, 11))
    assert sheet.errors[0].code == "planning.import.ends_before_starts"
    assert sheet.errors[0].message.code == "planning.import.row"


def test_parse_availability_without_header() -> None:
    sheet = parse_availability([["naam", "wanneer"], ["Anna", "dinsdag"]])
    assert sheet.rows == ()
    assert [words.text(e.message) for e in sheet.errors] == [
        "Geen kopregel gevonden: het bestand moet de kolommen 'helper', 'dag', 'van', 'tot', "
        "'duur' hebben."
    ]


def test_read_availability_from_real_xlsx(tmp_path: Path) -> None:
    book = Workbook()
    book.active.title = "Uitleg"
    book.active.append(["Vul het tabblad Rooster in."])
    sheet = book.create_sheet("Rooster")
    sheet.append(["Rooster voorjaar"])
    sheet.append(["Helper", "Organisatie", "Dag", "Van", "Tot", "Duur", "Plaatsen"])
    sheet.append(["Anna de Vries", "FNV Belastingservice", "Dinsdag", time(9), time(12), 30, 1])
    sheet.append(["Bert Bakker", "Humanitas", datetime(2027, 3, 4), "9.30", "11.30", 60, 2])
    sheet.append(["Bert Bakker", "Humanitas", "vrijdag", time(12), time(11), 30, 1])
    path = tmp_path / "beschikbaarheid.xlsx"
    book.save(path)

    found = read_availability(path)
    assert [(r.row, r.helper_name, r.weekday, r.starts) for r in found.rows] == [
        (3, "Anna de Vries", 2, time(9)),
        (4, "Bert Bakker", 4, time(9, 30)),
    ]
    assert found.rows[1].valid_from == date(2027, 3, 4)
    assert [words.text(e.message) for e in found.errors] == [
        "Rij 5: 'tot' (11:00) ligt voor 'van' (12:00)."
    ]


def test_read_availability_from_csv_in_cp1252_with_commas(tmp_path: Path) -> None:
    path = tmp_path / "beschikbaarheid.csv"
    text = "helper,organisatie,dag,van,tot,duur\r\nJosé Müller,Humanitas,woensdag,9:00,11:00,30\r\n"
    path.write_bytes(text.encode("cp1252"))
    found = read_availability(path)
    assert found.errors == ()
    assert found.rows[0].helper_name == "José Müller"
    assert found.rows[0].weekday == 3


def test_read_availability_refuses_other_files(tmp_path: Path) -> None:
    ods = tmp_path / "rooster.ods"
    ods.write_bytes(b"PK")
    assert "xlsx of .csv" in words.text(read_availability(ods).errors[0].message)
    assert read_availability(ods).errors[0].message.code == "planning.import.file_type"
    broken = tmp_path / "kapot.xlsx"
    broken.write_bytes(b"geen excel")
    assert words.text(read_availability(broken).errors[0].message) == (
        "Dit bestand is geen leesbaar Excel-bestand (.xlsx)."
    )
