"""Export and import from the planning page: files, the review dialog, the worker, offscreen."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook, load_workbook
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from kiosk.app import Kiosk
from kiosk.planning.records import Season
from tests.ui.planning.conftest import drain
from ui.planning.exchange_dialog import (
    ExchangeDialog,
    ExportOutcome,
    export_schedule,
    open_exchange,
)
from ui.planning.exchange_import import ImportReviewDialog, import_availability
from ui.tasks import TaskRunner


def window(qtbot: QtBot) -> QWidget:
    parent = QWidget()
    qtbot.addWidget(parent)
    return parent


def message(parent: QWidget) -> str:
    boxes = parent.findChildren(QMessageBox)
    assert len(boxes) == 1
    text = boxes[0].text()
    boxes[0].close()
    return text


def sheet(tmp_path: Path, rows: list[list[object]]) -> Path:
    book = Workbook()
    book.active.append(["Helper", "Organisatie", "Dag", "Van", "Tot", "Duur", "Plaatsen"])
    for row in rows:
        book.active.append(row)
    path = tmp_path / "beschikbaarheid.xlsx"
    book.save(path)
    return path


def test_export_writes_the_season(
    qtbot: QtBot, ui_kiosk: Kiosk, season: Season, runner: TaskRunner, tmp_path: Path
) -> None:
    parent = window(qtbot)
    path = tmp_path / "rooster.xlsx"
    task = export_schedule(parent, ui_kiosk, season.id, runner=runner, path=path)
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=5000) as signal:
        drain(runner)
    outcome = signal.args[0]
    assert isinstance(outcome, ExportOutcome) and outcome.error is None
    # 3 helpers x 2 days (Tuesday, Thursday) x 2 weeks x 3 slots, all free.
    assert outcome.rows == 36
    assert load_workbook(path)["Rooster"].max_row == 37
    assert "Het rooster is opgeslagen in" in message(parent)


def test_export_failure_is_a_plain_message(
    qtbot: QtBot, ui_kiosk: Kiosk, season: Season, runner: TaskRunner, tmp_path: Path
) -> None:
    parent = window(qtbot)
    path = tmp_path / "bestaat-niet" / "rooster.csv"
    task = export_schedule(parent, ui_kiosk, season.id, runner=runner, path=path)
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=5000) as signal:
        drain(runner)
    assert signal.args[0].error is not None
    assert "De export is niet opgeslagen: deze map bestaat niet." in message(parent)


def test_import_good_sheet_after_review(
    qtbot: QtBot, ui_kiosk: Kiosk, season: Season, runner: TaskRunner, tmp_path: Path
) -> None:
    parent = window(qtbot)
    path = sheet(
        tmp_path,
        [
            ["Anna de Boer", "FNV Belastingservice", "maandag", "9:00", "10:00", 30, 1],
            ["Dirk Dekker", "Vluchtelingenwerk", "vrijdag", "13:00", "14:00", 60, 2],
        ],
    )
    applied: list[object] = []
    task = import_availability(
        parent, ui_kiosk, season.id, runner=runner, path=path, on_applied=applied.append
    )
    assert task is not None
    with qtbot.waitSignal(task.reviewed, timeout=5000):
        drain(runner)
    dialog = task.dialog
    assert isinstance(dialog, ImportReviewDialog) and dialog.isVisible()
    assert "2 nieuwe roosterregels, 1 nieuwe helper, 1 nieuwe organisatie" in dialog.summary.text()
    assert "Dirk Dekker (Vluchtelingenwerk)" in dialog.summary.text()
    assert dialog.errors.count() == 0
    assert dialog.apply_all.isEnabled() and not dialog.apply_good.isVisible()
    with qtbot.waitSignal(task.applied, timeout=5000):
        dialog.apply_all.click()
        drain(runner)
    assert len(applied) == 1
    assert "Geïmporteerd: 2 roosterregels" in message(parent)
    helpers = {h.name for h in ui_kiosk.planning.helpers()}
    assert "Dirk Dekker" in helpers
    assert len(ui_kiosk.planning.templates(season.id)) == 6 + 2


def test_import_with_bad_rows_lists_them_and_can_apply_the_good_ones(
    qtbot: QtBot, ui_kiosk: Kiosk, season: Season, runner: TaskRunner, tmp_path: Path
) -> None:
    parent = window(qtbot)
    path = sheet(
        tmp_path,
        [
            ["Dirk Dekker", "", "maandag", "9:00", "10:00", 30, 1],  # row 2: good
            ["Eva Eerden", "", "dinsdag", "10:00", "9:00", 30, 1],  # row 3
            ["Frits", "", "zondagmiddag", "10:00", "11:00", 30, 1],  # row 4
        ],
    )
    task = import_availability(parent, ui_kiosk, season.id, runner=runner, path=path)
    assert task is not None
    with qtbot.waitSignal(task.reviewed, timeout=5000):
        drain(runner)
    dialog = task.dialog
    assert dialog is not None
    items = [dialog.errors.item(i).text() for i in range(dialog.errors.count())]
    assert items == [
        "Rij 3: 'tot' (09:00) ligt voor 'van' (10:00).",
        "Rij 4: 'dag' (zondagmiddag) is geen weekdag (maandag .. vrijdag) of datum.",
    ]
    assert not dialog.apply_all.isVisible()
    assert dialog.apply_good.isVisible()
    with qtbot.waitSignal(task.applied, timeout=5000) as signal:
        dialog.apply_good.click()
        drain(runner)
    result = signal.args[0]
    assert result.templates == 1
    assert sorted({e.row for e in result.skipped}) == [3, 4]
    assert "2 rijen met problemen zijn overgeslagen" in message(parent)
    assert "Eva Eerden" not in {h.name for h in ui_kiosk.planning.helpers()}


def test_import_of_an_unreadable_file_offers_nothing(
    qtbot: QtBot, ui_kiosk: Kiosk, season: Season, runner: TaskRunner, tmp_path: Path
) -> None:
    parent = window(qtbot)
    path = tmp_path / "rooster.xlsx"
    path.write_bytes(b"geen excel")
    task = import_availability(parent, ui_kiosk, season.id, runner=runner, path=path)
    assert task is not None
    with qtbot.waitSignal(task.reviewed, timeout=5000):
        drain(runner)
    dialog = task.dialog
    assert dialog is not None
    assert dialog.errors.item(0).text() == "Dit bestand is geen leesbaar Excel-bestand (.xlsx)."
    assert not dialog.apply_all.isVisible() and not dialog.apply_good.isVisible()
    dialog.reject()
    drain(runner)
    assert not parent.findChildren(QMessageBox)


def test_open_exchange_imports_and_reloads(
    qtbot: QtBot, ui_kiosk: Kiosk, season: Season, runner: TaskRunner, tmp_path: Path
) -> None:
    parent = window(qtbot)
    reloads: list[bool] = []
    dialog = open_exchange(parent, ui_kiosk, season.id, runner, lambda: reloads.append(True))
    assert isinstance(dialog, ExchangeDialog) and dialog.isVisible()
    path = sheet(tmp_path, [["Dirk Dekker", "", "maandag", "9:00", "10:00", 30, 1]])
    task = dialog.import_(path)
    assert task is not None
    with qtbot.waitSignal(task.reviewed, timeout=5000):
        drain(runner)
    assert task.dialog is not None
    with qtbot.waitSignal(task.applied, timeout=5000):
        task.dialog.apply_all.click()
        drain(runner)
    assert reloads == [True]
    assert "Geïmporteerd" in message(parent)


def test_open_exchange_needs_a_season(qtbot: QtBot, ui_kiosk: Kiosk, runner: TaskRunner) -> None:
    parent = window(qtbot)
    assert open_exchange(parent, ui_kiosk, None, runner) is None
    assert message(parent) == "Kies eerst een seizoen."
