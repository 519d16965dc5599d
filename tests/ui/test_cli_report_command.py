"""``ido-kiosk report`` end to end: a real database in KIOSK_HOME, the files read back."""

from __future__ import annotations

import csv
import errno
from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from openpyxl import load_workbook

from kiosk.app import Kiosk
from kiosk.locations import demo_location
from kiosk.overview.periods import custom
from kiosk.paths import app_paths
from kiosk.report.words import QUESTION_COLUMNS
from tests.conftest import FakeClock
from tests.kiosk.overview.overview_oracle import QUESTIONS, Ledger

# The log and the language main() installs are undone after each test, as for the other commands.
from tests.ui.test_cli import _language, _restore_logging  # noqa: F401
from ui.cli import EXIT_OK, EXIT_USAGE, main

AMS = ZoneInfo("Europe/Amsterdam")
NOTE = "kwam terug voor de pas"


def at(month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=AMS)


@pytest.fixture
def ledger() -> Iterator[Ledger]:
    """Visits in the data directory KIOSK_HOME points at: voids, a correction, tallies, 23:30."""
    clock = FakeClock(at(1, 5, 9))
    app = Kiosk.open(app_paths(), now=clock.now)
    desk = app.locations.create(demo_location())
    book = Ledger(app, clock, desk.desk_id)
    book.record(at(1, 31, 23, 30), QUESTIONS[:2])  # late: stays on 31 January
    book.record(at(2, 2, 10), QUESTIONS[2:3], count=3)  # a tally of three
    original = book.record(at(2, 3, 11), QUESTIONS[:1])[0]
    book.correct(original, QUESTIONS[3:5], recorded=at(2, 4, 9))
    gone = book.record(at(2, 3, 12), QUESTIONS[:1])[0]
    book.void(gone, recorded=at(2, 3, 13))
    book.record(at(3, 10, 15), (replace(QUESTIONS[2], note=NOTE),), recorded=at(3, 12, 9))
    book.record(at(4, 1, 10), QUESTIONS[:1])  # after the period
    try:
        yield book
    finally:
        app.close()


def report(*argv: str) -> int:
    return main(["report", *argv])


def expected(book: Ledger) -> tuple[int, int]:
    """(visits, questions) of the first quarter, counted from what was entered."""
    heads = [h for r, h in book.counted() if r.occurred.month <= 3]
    return len(heads), sum(len(h.questions) for h in heads)


def test_report_writes_the_quarter_as_xlsx(
    ledger: Ledger, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "kwartaal.xlsx"
    assert report("--from", "2026-01-01", "--to", "2026-03-31", "--out", str(out)) == EXIT_OK

    visits, questions = expected(ledger)
    assert (visits, questions) == (6, 8)
    said = capsys.readouterr().out
    assert str(out) in said and "8 vragen van 6 bezoeken" in said
    book = load_workbook(out)
    assert book.sheetnames == ["Toelichting", "Samenvatting", "Vragen"]
    rows = list(book["Vragen"].iter_rows(values_only=True))[1:]
    assert len(rows) == questions
    assert len({r[QUESTION_COLUMNS.index("visit")] for r in rows}) == visits
    late = rows[0]
    assert late[QUESTION_COLUMNS.index("date")].date() == at(1, 31, 0).date()
    assert late[QUESTION_COLUMNS.index("weekday")] == "zaterdag"
    entries = {r[QUESTION_COLUMNS.index("entry")] for r in rows}
    assert entries == {"live", "tally", "backdated"}
    corrected = [r for r in rows if r[QUESTION_COLUMNS.index("correction")] == "ja"]
    assert [r[QUESTION_COLUMNS.index("topic")] for r in corrected] == [
        "belastingaangifte",
        "overig_anders",
    ]
    everything = [
        str(c) for sheet in book for row in sheet.iter_rows(values_only=True) for c in row
    ]
    assert not any(NOTE in cell for cell in everything)  # a note never leaves the desk
    figures = ledger.expected(custom(at(1, 1, 0).date(), at(3, 31, 0).date()))
    summary = list(book["Samenvatting"].iter_rows(values_only=True))

    def section(title: str) -> dict[Any, Any]:
        start = next(i for i, r in enumerate(summary) if r[0] == title) + 2
        end = next(i for i in range(start, len(summary)) if summary[i][1] == "Totaal")
        return {r[0]: r[2] for r in summary[start:end] if r[0] and r[2]}

    assert section("Onderwerp") == {t.code: t.count for t in figures.topics}
    assert section("Geboden hulp") == {t.code: t.count for t in figures.help}
    assert section("Doorverwezen naar") == {t.code: t.count for t in figures.referral}
    assert section("Kanaal (per bezoek)") == {t.code: t.count for t in figures.channel}
    about = {r[0]: r[1] for r in book["Toelichting"].iter_rows(values_only=True) if r[0]}
    assert about["Periode"] == "1 januari 2026 – 31 maart 2026"
    assert "Demobalie" in about["Balie"]


def test_report_writes_english_csv_for_a_calendar_period(
    ledger: Ledger, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "q1.csv"
    argv = ("--period", "quarter", "--previous", "--out", str(out), "--language", "en")
    import ui.cli_report as command

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(command, "today", lambda: at(4, 15, 0).date())  # the previous: Q1
        assert report(*argv) == EXIT_OK

    with out.open(encoding="utf-8-sig", newline="") as handle:
        table = list(csv.reader(handle, delimiter=";"))
    assert table[0][QUESTION_COLUMNS.index("weekday")] == "weekday"
    assert len(table) - 1 == expected(ledger)[1]
    assert table[1][QUESTION_COLUMNS.index("weekday")] == "Saturday"
    assert table[1][QUESTION_COLUMNS.index("date")] == "31-01-2026"


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (("--from", "31-01-2026", "--to", "2026-02-01"), "jaar-maand-dag"),
        (("--from", "2026-03-01", "--to", "2026-02-01"), "vóór de eerste dag"),
        (("--from", "2020-01-01", "--to", "2026-02-01"), "hoogstens 5 jaar"),
        (
            (
                "--from",
                "2026-03-01",
            ),
            "Kies een periode",
        ),
        (("--previous",), "--previous hoort bij --period"),
        (("--period", "month", "--from", "2026-03-01"), "niet allebei"),
    ],
)
def test_bad_input_says_what_is_wrong_and_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: tuple[str, ...], words: str
) -> None:
    out = tmp_path / "x.xlsx"
    assert report(*argv, "--out", str(out)) == EXIT_USAGE
    err = capsys.readouterr().err
    assert words in err and "Traceback" not in err
    assert not out.exists()


def test_another_file_type_or_no_file_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert report("--period", "month", "--out", str(tmp_path / "x.pdf")) == EXIT_USAGE
    assert ".xlsx of .csv" in capsys.readouterr().err
    assert report("--period", "month") == EXIT_USAGE  # --out is required


def test_a_missing_folder_says_so_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "weg" / "x.csv"
    assert report("--period", "year", "--out", str(out)) == 1
    assert "deze map bestaat niet" in capsys.readouterr().err
    assert not (tmp_path / "weg").exists()


def test_a_full_disk_says_so_and_leaves_no_partial_file(
    ledger: Ledger,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from openpyxl.workbook.workbook import Workbook

    def full(self: Any, filename: str) -> None:
        Path(filename).write_bytes(b"PK\x03\x04 half")  # some of it got out
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(Workbook, "save", full)
    old = tmp_path / "kwartaal.xlsx"
    old.write_bytes(b"the report of last time")
    assert report("--from", "2026-01-01", "--to", "2026-03-31", "--out", str(old)) == 1
    err = capsys.readouterr().err
    assert "de schijf is vol" in err and "Traceback" not in err
    assert [p.name for p in tmp_path.iterdir()] == ["kwartaal.xlsx"]
    assert old.read_bytes() == b"the report of last time"


def test_report_runs_without_qt_gui(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    probe = (
        "import sys\n"
        "from ui.cli import main\n"
        "code = main(sys.argv[1:])\n"
        "gui = sorted(m for m in ('PySide6.QtGui', 'PySide6.QtWidgets') if m in sys.modules)\n"
        "print(' '.join(gui) or 'NOGUI', code)\n"
    )
    out = tmp_path / "jaar.csv"
    result = subprocess.run(
        [sys.executable, "-c", probe, "report", "--period", "year", "--out", str(out)],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "KIOSK_HOME": str(tmp_path / "home"), "PYTHONPATH": str(root)},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "NOGUI 0"
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")


def test_the_season_sheet_counts_bookings_without_a_citizens_name_or_phone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from datetime import date, time

    from kiosk.planning.records import BookingInput, TemplateInput

    app = Kiosk.open(app_paths())
    try:
        app.locations.create(demo_location())
        planning = app.planning
        season = planning.save_season("Belastinghulp 2026", date(2026, 3, 2), date(2026, 4, 30))
        fnv = planning.save_partner("FNV Belastingservice")
        helper = planning.save_helper("Anja de Vries", fnv.id, ("aangifte",))
        planning.save_template(season.id, TemplateInput(helper.id, 2, time(10), time(12), 30))
        planning.generate(season.id)
        slots = sorted(planning.grid(season.id).cells.values(), key=lambda s: (s.day, s.starts))
        for n, slot in enumerate(slots[:3]):
            citizen = BookingInput(
                name=f"Geheime Naam {n}", phone="0612345678", purpose=("aangifte",)
            )
            booking = planning.book(slot.id, citizen)
            if n == 1:
                planning.set_status(booking.id, "attended")
    finally:
        app.close()

    out = tmp_path / "maart.xlsx"
    assert report("--from", "2026-03-01", "--to", "2026-03-31", "--out", str(out)) == EXIT_OK
    book = load_workbook(out)
    assert book.sheetnames[-1] == "Belastinghulp 2026"
    cells = [str(c) for row in book["Belastinghulp 2026"].iter_rows(values_only=True) for c in row]
    assert "Anja de Vries" in cells and "FNV Belastingservice" in cells
    everything = " ".join(
        str(c) for sheet in book for row in sheet.iter_rows(values_only=True) for c in row
    )
    assert "Geheime Naam" not in everything and "0612345678" not in everything
    helpers = list(book["Belastinghulp 2026"].iter_rows(values_only=True))
    anja = next(r for r in helpers if r[0] == "Anja de Vries")
    assert anja[1:6] == (2, 1, 0, 0, 3)  # booked, attended, no-show, cancelled, total


def test_a_workbook_for_a_missing_folder_ends_without_a_traceback(tmp_path: Path) -> None:
    """The half-made workbook is closed too: nothing of openpyxl's is left to complain at exit."""
    import os
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    out = tmp_path / "weg" / "maand.xlsx"
    result = subprocess.run(
        [sys.executable, "-m", "ui", "report", "--period", "month", "--out", str(out)],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "KIOSK_HOME": str(tmp_path / "home"), "PYTHONPATH": str(root)},
    )
    assert result.returncode == 1
    assert "deze map bestaat niet" in result.stderr
    assert "Traceback" not in result.stderr and "Exception ignored" not in result.stderr
    assert not (tmp_path / "weg").exists()
