"""``ido-kiosk diagnostics`` end to end: a real data folder in KIOSK_HOME, the zip read back."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.app import Kiosk
from kiosk.locations import demo_location
from kiosk.paths import app_paths
from tests.conftest import make_question, make_visit_input

# The log and the language main() installs are undone after each test, as for the other commands.
from tests.ui.test_cli import _language, _restore_logging  # noqa: F401
from ui.cli import main

NOTE = "kwam terug voor de pas"
BSN = "111222333"
EMAIL = "piet.puk@example.org"


@pytest.fixture
def home() -> Iterator[Path]:
    """Visits (one with a note) in KIOSK_HOME's data, and a log line with a BSN and e-mail."""
    app = Kiosk.open(app_paths())
    desk = app.locations.create(demo_location())
    app.registration.record(desk.desk_id, make_visit_input(make_question(note=NOTE)))
    app.close()
    paths = app_paths()
    paths.log_file.write_text(
        f"2026-03-02 10:00:00,000 WARNING kiosk.x: BSN {BSN} mailed to {EMAIL}\n",
        encoding="utf-8",
    )
    yield paths.data_dir.parent


def parts(path: Path) -> dict[str, str]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name).decode("utf-8") for name in archive.namelist()}


def test_diagnostics_writes_the_zip(
    home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "diagnose.zip"
    assert main(["diagnostics", "--out", str(out)]) == 0

    said = capsys.readouterr().out
    assert str(out) in said and "2 stukjes tekst" in said  # the BSN and the e-mail
    found = parts(out)
    assert {"about.json", "outbox.json", "settings.json", "logs/kiosk.log"} <= set(found)
    everything = "\n".join(found.values())
    assert NOTE not in everything and BSN not in everything and EMAIL not in everything
    about = json.loads(found["about.json"])
    assert about["app"]["app_version"] and about["app"]["qt"]
    assert about["privacy"]["masked"] == {"bsn": 1, "email": 1}
    assert json.loads(found["outbox.json"])["kinds"]["pending"]["visit.recorded"] == 1


def test_diagnostics_wants_a_zip_name(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["diagnostics", "--out", str(tmp_path / "diagnose.txt")]) == 2
    assert ".zip" in capsys.readouterr().err
    assert not list(tmp_path.iterdir())


def test_a_missing_folder_says_so_and_leaves_nothing(
    home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["diagnostics", "--out", str(tmp_path / "nergens" / "d.zip")]) == 1
    assert "map bestaat niet" in capsys.readouterr().err
    assert not list(tmp_path.iterdir())


def test_data_that_will_not_open_still_gives_the_logs(
    home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database = app_paths().database
    database.write_bytes(b"this is not a database" * 100)
    for extra in ("-wal", "-shm"):
        database.with_name(database.name + extra).unlink(missing_ok=True)
    out = tmp_path / "d.zip"

    assert main(["diagnostics", "--out", str(out)]) == 0

    found = parts(out)
    assert json.loads(found["outbox.json"]) == {"error": "not_open"}
    database_facts = json.loads(found["about.json"])["database"]
    assert database_facts["health"] is not None and database_facts["quick_check"] != "ok"
    assert "Diagnostics: the data did not open" in found["logs/kiosk.log"]
    assert BSN not in found["logs/kiosk.log"]
