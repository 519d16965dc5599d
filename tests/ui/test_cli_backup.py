"""``ido-kiosk backup`` end to end: a real data folder in KIOSK_HOME, the backups read back."""

from __future__ import annotations

import sqlite3

import pytest

from kiosk.app import Kiosk
from kiosk.backup import backups
from kiosk.locations import demo_location
from kiosk.paths import app_paths
from kiosk.repair import damage_mark
from tests.conftest import make_visit_input

# The log and the language main() installs are undone after each test, as for the other commands.
from tests.ui.test_cli import _language, _restore_logging  # noqa: F401
from ui.cli import main


def desk_with_visits(keep: int = 7) -> None:
    app = Kiosk.open(app_paths())
    desk = app.locations.create(demo_location())
    app.registration.record(desk.desk_id, make_visit_input())
    app.settings.save(backups_kept=keep)
    app.close()


def test_backup_makes_a_checked_copy_and_keeps_the_newest(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    desk_with_visits(keep=2)
    paths = app_paths()
    moments = iter(["20261101-020000", "20261102-020000", "20261103-020000"])
    from datetime import UTC, datetime

    import ui.cli_backup

    monkeypatch.setattr(
        ui.cli_backup,
        "system_now",
        lambda: datetime.strptime(next(moments), "%Y%m%d-%H%M%S").replace(tzinfo=UTC),
    )
    for _ in range(3):
        assert main(["backup"]) == 0

    out = capsys.readouterr().out
    assert out.count("Reservekopie gemaakt: ") == 3
    kept = [b.path.name for b in backups(paths.backup_dir)]
    assert kept == ["kiosk-20261103-020000.sqlite3", "kiosk-20261102-020000.sqlite3"]
    with sqlite3.connect(paths.backup_dir / kept[0]) as copy:
        assert copy.execute("SELECT count(*) FROM visit").fetchone() == (1,)


def test_a_damaged_database_gets_no_backup_and_is_marked_for_repair(
    capsys: pytest.CaptureFixture[str],
) -> None:
    desk_with_visits()
    paths = app_paths()
    with paths.database.open("r+b") as file:
        file.write(b"garbage where the header was")

    assert main(["backup"]) == 1

    assert "beschadigd" in capsys.readouterr().out
    assert backups(paths.backup_dir) == []
    assert damage_mark(paths.database).exists()


def test_without_data_there_is_nothing_to_back_up(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["backup"]) == 1
    assert "nog geen gegevens" in capsys.readouterr().out
