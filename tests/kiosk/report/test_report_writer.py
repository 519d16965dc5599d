"""The export files read back: question rows, the summary against independent counts, seasons."""

from __future__ import annotations

import csv
import errno
from collections import Counter
from datetime import date, time
from pathlib import Path

import pytest

from kiosk.catalogue import CatalogueSet, load_catalogues
from kiosk.overview.periods import custom
from kiosk.report.words import QUESTION_COLUMNS
from kiosk.report.writer import ReportFile, open_report, parts, write_report
from tests.kiosk.report.report_generated import (
    FakeOverview,
    generated_rows,
    season,
    sections,
    sheet_rows,
)
from tools import translations
from ui.words.report import report_words

FIRST = date(2026, 1, 1)
PERIOD = custom(FIRST, date(2026, 3, 31))


@pytest.fixture(scope="module")
def catalogues() -> CatalogueSet:
    return load_catalogues()


@pytest.fixture(scope="module")
def rows() -> list:
    return generated_rows(seed=16, visits=300, first=FIRST)


def column(name: str) -> int:
    return QUESTION_COLUMNS.index(name)


def test_the_question_sheet_has_one_row_per_question_with_codes_and_labels(
    tmp_path: Path, rows: list, catalogues: CatalogueSet
) -> None:
    out = tmp_path / "export.xlsx"
    result = write_report(FakeOverview(rows), PERIOD, out, catalogues, report_words("nl"))

    book = sheet_rows(out, 2)
    heading, body = book[0], book[1:]
    assert heading[column("topic_label")] == "onderwerp"
    assert len(body) == len(rows) == result.questions
    assert result.visits == len({r.visit_id for r in rows})
    late = next(b for b in body if b[column("visit")] == "v00000")  # 23:30 stays on its day
    assert (late[column("date")].date(), late[column("time")]) == (FIRST, time(23, 30))
    assert late[column("weekday")] == "donderdag"
    for row, cells in zip(rows, body, strict=True):
        assert cells[column("visit")] == row.visit_id
        assert cells[column("topic")] == row.topic
        assert cells[column("topic_label")] == catalogues.label("topic", row.topic)
        assert cells[column("help")] == ", ".join(row.help)
        assert cells[column("correction")] == ("ja" if row.source == "correction" else "nee")
        assert cells[column("layer")] == row.layer  # None: an empty cell


def test_the_csv_is_for_dutch_excel_and_reads_back(
    tmp_path: Path, rows: list, catalogues: CatalogueSet
) -> None:
    out = tmp_path / "export.csv"
    write_report(FakeOverview(rows), PERIOD, out, catalogues, report_words("nl"))

    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    with out.open(encoding="utf-8-sig", newline="") as handle:
        table = list(csv.reader(handle, delimiter=";"))
    assert table[0] == [report_words("nl").column(k) for k in QUESTION_COLUMNS]
    assert len(table) - 1 == len(rows)
    late = next(r for r in table if r[column("visit")] == "v00000")
    assert (late[column("date")], late[column("time")]) == ("01-01-2026", "23:30")
    assert Counter(r[column("kind")] for r in table[1:]) == Counter(r.kind for r in rows)


def test_english_words_and_labels(tmp_path: Path, rows: list, catalogues: CatalogueSet) -> None:
    if translations.stale():
        translations.build()
    out = tmp_path / "export.csv"
    write_report(FakeOverview(rows[:5]), PERIOD, out, catalogues, report_words("en"))

    with out.open(encoding="utf-8-sig", newline="") as handle:
        table = list(csv.reader(handle, delimiter=";"))
    assert table[0][column("topic_label")] == "topic"
    assert table[1][column("weekday")] == "Thursday"
    assert table[1][column("topic_label")] == catalogues.label("topic", rows[0].topic, "en")


def test_text_that_would_run_as_a_formula_stays_text(
    tmp_path: Path, rows: list, catalogues: CatalogueSet
) -> None:
    from dataclasses import replace

    evil = [replace(rows[0], organisation="=HYPERLINK(1)", topic="+1", referral=("@x",))]
    xlsx, csv_path = tmp_path / "e.xlsx", tmp_path / "e.csv"
    write_report(FakeOverview(evil), PERIOD, xlsx, catalogues, report_words("nl"))
    write_report(FakeOverview(evil), PERIOD, csv_path, catalogues, report_words("nl"))

    from openpyxl import load_workbook

    book = load_workbook(xlsx)
    cell = book.worksheets[2].cell(row=2, column=column("organisation") + 1)
    assert (cell.value, cell.data_type) == ("=HYPERLINK(1)", "s")
    with csv_path.open(encoding="utf-8-sig", newline="") as handle:
        line = list(csv.reader(handle, delimiter=";"))[1]
    assert line[column("organisation")] == "'=HYPERLINK(1)"
    assert line[column("topic")] == "'+1"
    assert line[column("referral")] == "'@x"


def test_summary_totals_equal_independent_counts_and_the_question_sheet(
    tmp_path: Path, rows: list, catalogues: CatalogueSet
) -> None:
    out = tmp_path / "export.xlsx"
    write_report(FakeOverview(rows), PERIOD, out, catalogues, report_words("nl"))
    found = sections(sheet_rows(out, 1))
    questions_sheet = sheet_rows(out, 2)[1:]

    title = found["Samenvatting in de indeling van de landelijke IDO-registratie"]
    totals = {r[1]: r[2] for r in title if r[1] in ("Bezoeken", "Vragen")}
    visit_ids = {r[column("visit")] for r in questions_sheet}
    assert totals == {"Bezoeken": len(visit_ids), "Vragen": len(questions_sheet)}

    def counts(heading: str) -> dict[object, object]:
        body = found[heading][1:]  # under the heading row
        return {r[0]: r[2] for r in body if r[0] is not None}

    def total(heading: str) -> object:
        return next(r[2] for r in found[heading] if r[1] == "Totaal")

    firsts = {r.visit_id: r for r in rows if r.position == 1}
    channel = Counter(r.channel for r in firsts.values())
    assert {k: v for k, v in counts("Kanaal (per bezoek)").items() if v} == dict(channel)
    assert total("Kanaal (per bezoek)") == len(visit_ids)
    assert total("Duur van het gesprek (per bezoek)") == len(visit_ids)
    for heading, attribute in (
        ("Soort vraag", "kind"),
        ("Organisatie waar de vraag over gaat", "organisation"),
        ("Onderwerp", "topic"),
    ):
        expected = Counter(getattr(r, attribute) for r in rows)
        assert {k: v for k, v in counts(heading).items() if v} == dict(expected)
        assert total(heading) == len(rows)
    layers = found["Bestuurslaag van die organisatie"]
    unknown = next(r[2] for r in layers if r[1] == "Onbekend")
    assert unknown == sum(1 for r in rows if r.layer is None) > 0
    assert total("Bestuurslaag van die organisatie") == len(rows)
    helped = Counter(code for r in rows for code in r.help)
    assert {k: v for k, v in counts("Geboden hulp").items() if v} == dict(helped)
    referred = found["Doorverwezen naar"]
    assert next(r[2] for r in referred if r[1] == "Geen") == sum(1 for r in rows if not r.referral)
    assert {r[0] for r in found["Kanaal (per bezoek)"][1:] if r[0]} >= {"in_person", "phone"}

    months = found["Per maand"][1:]
    assert [m[0] for m in months[:3]] == ["2026-01", "2026-02", "2026-03"]
    assert months[0][1] == "januari 2026"
    per_month = Counter(r.occurred_local.month for r in rows)
    assert [m[3] for m in months[:3]] == [per_month[1], per_month[2], per_month[3]]


def test_the_about_sheet_comes_first_with_the_callers_lines(
    tmp_path: Path, rows: list, catalogues: CatalogueSet
) -> None:
    out = tmp_path / "export.xlsx"
    about = [("Periode", "1 januari 2026 – 31 maart 2026"), ("Balie", "Demobalie")]
    write_report(FakeOverview(rows), PERIOD, out, catalogues, report_words("nl"), about)

    from openpyxl import load_workbook

    assert load_workbook(out, read_only=True).sheetnames[:3] == [
        "Toelichting",
        "Samenvatting",
        "Vragen",
    ]
    lines = {r[0]: r[1] for r in sheet_rows(out, 0) if r[0]}
    assert lines["Periode"] == "1 januari 2026 – 31 maart 2026"
    assert lines["Vragen"] == len(rows)


def test_a_season_in_the_period_gets_a_sheet_with_counts_only(
    tmp_path: Path, rows: list, catalogues: CatalogueSet
) -> None:
    inside, outside = season(date(2026, 3, 2)), season(date(2025, 3, 3), year=2025)
    out = tmp_path / "export.xlsx"
    result = write_report(
        FakeOverview(rows, [inside, outside]), PERIOD, out, catalogues, report_words("nl")
    )

    from openpyxl import load_workbook

    assert result.seasons == 1
    assert load_workbook(out, read_only=True).sheetnames[3:] == ["Belastinghulp 2026"]
    found = sections(sheet_rows(out, 3))
    weeks = found["Per week"]
    assert weeks[1][:3] == ("2026-W10", date(2026, 3, 2), 0) or weeks[1][0] == "2026-W10"
    week_total = next(r for r in weeks if r[1] == "Totaal")
    assert week_total[2] == sum(w.counts.booked for w in inside.weeks)
    helpers = {r[0]: r[1:] for r in found["Per helper"][1:]}
    assert helpers["=Bert"][0] == 1  # a name that starts like a formula stays text
    served = {r[0]: r[1] for r in found["Wachtlijst"]}
    assert served["Vanaf de wachtlijst geboekt"] == 3


def test_a_full_disk_leaves_no_file_behind(
    tmp_path: Path, rows: list, catalogues: CatalogueSet
) -> None:
    from openpyxl.worksheet import _writer

    full = OSError(errno.ENOSPC, "No space left on device")
    sheets_before = list(_writer.ALL_TEMP_FILES)
    for name in ("export.xlsx", "export.csv"):
        overview = FakeOverview(rows, fail_after=50, error=full)
        with pytest.raises(OSError) as raised:
            write_report(overview, PERIOD, tmp_path / name, catalogues, report_words("nl"))
        assert raised.value.errno == errno.ENOSPC
    assert list(tmp_path.iterdir()) == []
    assert sheets_before == _writer.ALL_TEMP_FILES  # openpyxl's sheet files removed too


def test_a_failed_replace_keeps_the_old_file(
    tmp_path: Path, rows: list, catalogues: CatalogueSet, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "export.csv"
    out.write_text("old")

    def in_use(self: Path, target: object) -> Path:
        raise PermissionError(errno.EACCES, "in use")

    monkeypatch.setattr(Path, "replace", in_use)
    with pytest.raises(PermissionError):
        write_report(FakeOverview(rows), PERIOD, out, catalogues, report_words("nl"))
    assert out.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["export.csv"]


def test_written_in_parts_is_the_same_as_in_one_go(
    tmp_path: Path, rows: list, catalogues: CatalogueSet
) -> None:
    overview, words = FakeOverview(rows), report_words("nl")
    whole = write_report(overview, PERIOD, tmp_path / "whole.csv", catalogues, words)
    report = open_report(overview, PERIOD, tmp_path / "parts.csv", catalogues, words)
    pieces = list(parts(PERIOD))
    assert pieces[0].first == PERIOD.first and pieces[-1].last == PERIOD.last
    assert all(p.days <= 7 for p in pieces) and sum(p.days for p in pieces) == PERIOD.days
    for piece in pieces:
        report.add(overview.question_rows(piece))
    result = report.finish()
    assert (result.visits, result.questions) == (whole.visits, whole.questions)
    assert (tmp_path / "parts.csv").read_bytes() == (tmp_path / "whole.csv").read_bytes()


def test_past_excels_last_row_the_questions_go_on_in_a_second_sheet(
    tmp_path: Path, rows: list, catalogues: CatalogueSet
) -> None:
    out = tmp_path / "export.xlsx"
    report = ReportFile(out, PERIOD, catalogues, report_words("nl"), rows_per_sheet=25)
    report.add(rows[:60])
    report.finish()

    from openpyxl import load_workbook

    names = load_workbook(out, read_only=True).sheetnames
    assert names == ["Toelichting", "Samenvatting", "Vragen", "Vragen (2)", "Vragen (3)"]
    counts = [len(sheet_rows(out, i)) - 1 for i in (2, 3, 4)]
    assert counts == [25, 25, 10]
    assert sheet_rows(out, 3)[0] == sheet_rows(out, 2)[0]  # the same heading


def test_another_file_type_is_refused(tmp_path: Path, catalogues: CatalogueSet) -> None:
    with pytest.raises(ValueError, match=r"\.xlsx or \.csv"):
        write_report(FakeOverview([]), PERIOD, tmp_path / "x.pdf", catalogues, report_words())


def test_the_spliced_question_sheet_is_well_formed_xml_with_text_kept_exact(
    tmp_path: Path, rows: list, catalogues: CatalogueSet
) -> None:
    import zipfile
    from dataclasses import replace
    from xml.etree import ElementTree

    odd = [
        replace(rows[0], organisation="A & B <c>", topic=" spaced ", referral=("x\x01y",)),
        *rows[1:40],
    ]
    out = tmp_path / "export.xlsx"
    write_report(FakeOverview(odd), PERIOD, out, catalogues, report_words("nl"))

    with zipfile.ZipFile(out) as book:
        assert book.testzip() is None
        for name in book.namelist():
            if name.endswith(".xml"):
                ElementTree.fromstring(book.read(name))  # every part parses
        sheet = ElementTree.fromstring(book.read("xl/worksheets/sheet3.xml"))
        offset = book.getinfo("xl/worksheets/sheet3.xml").header_offset
    with out.open("rb") as raw:  # the local header's sizes: 0xFFFFFFFF would mean ZIP64
        raw.seek(offset)
        assert raw.read(30)[18:26] != b"\xff" * 8
    space = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
    numbers = [int(r.get("r")) for r in sheet.iter(f"{space}row")]
    assert numbers == list(range(1, len(odd) + 2))
    body = sheet_rows(out, 2)[1:]
    first = next(b for b in body if b[column("visit")] == odd[0].visit_id)
    assert first[column("organisation")] == "A & B <c>"
    assert first[column("topic")] == " spaced "
    assert first[column("referral")] == "xy"  # a control character Excel refuses is left out
    assert isinstance(first[column("position")], int)
