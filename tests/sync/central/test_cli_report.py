"""``ido-central report`` and ``ido-central demo``: in this process on both backends, and end to
end in real processes on SQLite (a demo database, then its report)."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

from sync.central.accounts import audit
from sync.central.cli import main
from sync.central.figures import refresh
from tests.sync.central.conftest import Central
from tests.sync.central.test_central_cli_server import ROOT, cli_env


@pytest.fixture
def filled(central: Central) -> Central:
    desk = central.enroll()
    desk.send([desk.visit() for _ in range(4)])
    refresh.refresh(central.db)
    return central


@pytest.fixture
def run(filled, tmp_path, capsys):
    """Run ``ido-central`` on *filled*'s database; return (exit code, out, err)."""
    url = filled.db.engine.url.render_as_string(hide_password=False)

    def invoke(*args: str) -> tuple[int, str, str]:
        code = main(["--database-url", url, "--data-dir", str(tmp_path), *args])
        out, err = capsys.readouterr()
        return code, out, err

    return invoke


def test_report_of_a_municipality_as_pdf(run, filled, tmp_path):
    out = tmp_path / "tilburg.pdf"
    code, said, _ = run("report", "--municipality", "gm0855", "--year", "2026", "--out", str(out))
    assert code == 0
    assert said.startswith("Wrote the report of Gemeente Tilburg (GM0855) over 2026 to ")
    assert out.read_bytes().startswith(b"%PDF-")
    assert not list(tmp_path.glob(".*.tmp"))
    with filled.db.read() as conn:
        [row] = [e for e in audit.entries(conn) if e.event is audit.Event.DOWNLOAD]
    assert row.detail == "tilburg.pdf (ido-central report)"
    assert row.account_id is None and row.address is None


def test_report_of_an_organisation_as_xlsx_for_a_quarter_and_a_month_range(run, tmp_path):
    out = tmp_path / "mb.xlsx"
    org = ("--organisation", "bibliotheek-midden-brabant")
    code, said, _ = run("report", *org, "--year", "2026", "--quarter", "4", "--out", str(out))
    assert code == 0 and " over 4e kwartaal 2026 " in said
    book = load_workbook(io.BytesIO(out.read_bytes()))
    assert book.sheetnames[0] == "Toelichting"
    code, said, _ = run("report", *org, "--from", "2026-10", "--to", "2026-11", "--out", str(out))
    assert code == 0 and " over oktober 2026 t/m november 2026 " in said


@pytest.mark.parametrize(
    ("args", "status", "says"),
    [
        (["--municipality", "GM9999", "--year", "2026"], 2, "no municipality with CBS code"),
        (["--organisation", "nergens", "--year", "2026"], 2, "org-list shows them"),
        (["--municipality", "GM0855"], 1, "give --year"),
        (["--municipality", "GM0855", "--quarter", "2"], 1, "--quarter needs --year"),
        (["--municipality", "GM0855", "--from", "2026-1", "--to", "2026-03"], 1, "YYYY-MM"),
        (["--municipality", "GM0855", "--year", "2026", "--from", "2026-01"], 1, "not both"),
        (["--municipality", "GM0855", "--year", "1900"], 1, "jaar"),
    ],
)
def test_report_refusals(run, tmp_path, args, status, says):
    out = tmp_path / "r.pdf"
    code, _, err = run("report", *args, "--out", str(out))
    assert code == status
    assert says in err and err.startswith("ido-central: ")
    assert not out.exists()


def test_report_needs_a_pdf_or_xlsx_name_and_one_subject(run, tmp_path):
    code, _, err = run("report", "--municipality", "GM0855", "--year", "2026", "--out", "r.docx")
    assert code == 1 and ".pdf or .xlsx" in err
    with pytest.raises(SystemExit) as usage:
        run("report", "--municipality", "GM0855", "--organisation", "x", "--out", "r.pdf")
    assert usage.value.code == 2


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "sync.central.cli", *args],
        cwd=ROOT,
        env=cli_env(),
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_demo_then_report_end_to_end_on_sqlite(tmp_path: Path):
    base = ["--database-url", f"sqlite:///{tmp_path / 'demo.sqlite3'}", "--data-dir", str(tmp_path)]
    made = cli(*base, "demo", "--branches", "4", "--years", "1", "--questions", "400")
    assert made.returncode == 0, made.stderr
    assert "400 questions" in made.stdout or "questions" in made.stdout
    assert "ido-central user-add" in made.stdout and "ido-central serve" in made.stdout
    again = cli(*base, "demo", "--branches", "4", "--years", "1", "--questions", "400")
    assert again.returncode == 1 and "--force" in again.stderr
    out = tmp_path / "amsterdam.xlsx"
    year = made.stdout.split("--year ")[1].split()[0]
    report = cli(*base, "report", "--municipality", "GM0363", "--year", year, "--out", str(out))
    assert report.returncode == 0, report.stderr
    assert "Gemeente Amsterdam (GM0363)" in report.stdout
    book = load_workbook(io.BytesIO(out.read_bytes()))
    numbers = [
        c.value
        for sheet in book.worksheets[1:]
        for row in sheet.iter_rows()
        for c in row
        if isinstance(c.value, int) and c.value > 0
    ]
    assert numbers, "the demo's Amsterdam branches have figures"
    pdf = tmp_path / "amsterdam.pdf"
    report = cli(*base, "report", "--municipality", "GM0363", "--year", year, "--out", str(pdf))
    assert report.returncode == 0, report.stderr
    assert pdf.read_bytes().startswith(b"%PDF-")
