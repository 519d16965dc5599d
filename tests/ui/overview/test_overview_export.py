"""The Overzicht's Exporteren: a file chosen, written in the background, the clerk told."""

from __future__ import annotations

import csv
import errno
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from kiosk.app import Kiosk
from kiosk.overview.periods import period
from kiosk.report.words import QUESTION_COLUMNS
from tools import translations
from ui import i18n
from ui.overview.export import ExportOutcome, OverviewExport, export_overview, start_export
from ui.tasks import TaskRunner

NOVEMBER = period("month", date(2026, 11, 28))


@pytest.fixture
def export_runner(qtbot: QtBot, visits: Kiosk) -> Iterator[TaskRunner]:
    runner = TaskRunner(database=visits.db)
    yield runner
    runner.shutdown()


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    """A folder of its own for the exports (the desk's data lies beside it)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def window(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def finish(qtbot: QtBot, job: OverviewExport) -> tuple[ExportOutcome, str]:
    """Wait for *job*; return its outcome and the message the clerk saw (then closed)."""
    with qtbot.waitSignal(job.finished, timeout=20000) as done:
        pass
    outcome: ExportOutcome = done.args[0]
    box = job.message
    assert box is not None
    said = box.text()
    box.close()
    return outcome, said


def test_export_writes_the_period_and_says_where(
    qtbot: QtBot, visits: Kiosk, export_runner: TaskRunner, window: QWidget, out_dir: Path
) -> None:
    out = out_dir / "november.xlsx"
    job = start_export(window, visits, export_runner, NOVEMBER, out)
    with qtbot.waitSignal(job.finished, timeout=20000) as done:
        pass
    outcome: ExportOutcome = done.args[0]
    assert outcome.result is not None and outcome.error is None
    assert (outcome.result.visits, outcome.result.questions) == (5, 6)
    assert job.message is not None
    assert job.message.icon() == QMessageBox.Icon.Information
    assert str(out) in job.message.text() and "6 vragen van 5 bezoeken" in job.message.text()
    job.message.close()

    from openpyxl import load_workbook

    book = load_workbook(out, read_only=True)
    rows = list(book["Vragen"].iter_rows(values_only=True))
    assert len(rows) - 1 == 6
    assert [p.name for p in out_dir.iterdir()] == ["november.xlsx"]  # no temporary left


def test_the_file_dialog_offers_xlsx_and_csv_and_adds_the_suffix(
    qtbot: QtBot,
    visits: Kiosk,
    export_runner: TaskRunner,
    window: QWidget,
    out_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: dict[str, Any] = {}

    def dialog(parent: Any, title: str, suggested: str, filters: str) -> tuple[str, str]:
        asked.update(title=title, suggested=suggested, filters=filters)
        return str(out_dir / "overzicht"), "CSV voor Excel (*.csv)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(dialog))
    export_overview(window, visits, export_runner, NOVEMBER)
    job = window.findChild(OverviewExport, "overviewExport")
    assert job is not None
    outcome, _said = finish(qtbot, job)

    assert asked["title"] == "Overzicht exporteren"
    assert asked["suggested"].endswith("ido-overzicht-2026-11-01-2026-11-30.xlsx")
    assert asked["filters"].split(";;") == [
        "Excel-werkmap (*.xlsx)",
        "CSV voor Excel (*.csv)",
    ]
    assert outcome.path == out_dir / "overzicht.csv"
    with outcome.path.open(encoding="utf-8-sig", newline="") as handle:
        table = list(csv.reader(handle, delimiter=";"))
    assert len(table) == 1 + 6
    assert table[0][QUESTION_COLUMNS.index("date")] == "datum"


def test_cancelling_the_dialog_writes_nothing(
    visits: Kiosk,
    export_runner: TaskRunner,
    window: QWidget,
    out_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: ("", "")))
    export_overview(window, visits, export_runner, NOVEMBER)
    assert window.findChild(OverviewExport) is None


def test_a_full_disk_is_said_plainly_and_leaves_no_partial_file(
    qtbot: QtBot,
    visits: Kiosk,
    export_runner: TaskRunner,
    window: QWidget,
    out_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from openpyxl.workbook.workbook import Workbook

    def full(self: Any, filename: str) -> None:
        Path(filename).write_bytes(b"PK\x03\x04 half")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(Workbook, "save", full)
    outcome, said = finish(
        qtbot, start_export(window, visits, export_runner, NOVEMBER, out_dir / "n.xlsx")
    )
    assert outcome.result is None and outcome.error is not None
    assert "de schijf is vol" in said
    assert list(out_dir.iterdir()) == []


def test_a_file_open_in_excel_or_a_missing_folder_is_said_plainly(
    qtbot: QtBot,
    visits: Kiosk,
    export_runner: TaskRunner,
    window: QWidget,
    out_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    gone = out_dir / "weg" / "n.csv"
    _outcome, said = finish(qtbot, start_export(window, visits, export_runner, NOVEMBER, gone))
    assert "deze map bestaat niet" in said

    old = out_dir / "n.csv"
    old.write_text("open in Excel")

    def locked(self: Path, target: Any) -> Path:
        raise PermissionError(errno.EACCES, "Permission denied")  # as Windows says it

    monkeypatch.setattr(Path, "replace", locked)
    _outcome, said = finish(qtbot, start_export(window, visits, export_runner, NOVEMBER, old))
    assert "nog open" in said and "Excel" in said
    assert old.read_text() == "open in Excel"
    assert [p.name for p in out_dir.iterdir()] == ["n.csv"]


def test_an_english_desk_gets_an_english_file_and_message(
    qtbot: QtBot,
    qapp: QApplication,
    visits: Kiosk,
    export_runner: TaskRunner,
    window: QWidget,
    out_dir: Path,
) -> None:
    if translations.stale():
        translations.build()
    i18n.install_language(qapp, "en")
    try:
        outcome, said = finish(
            qtbot, start_export(window, visits, export_runner, NOVEMBER, out_dir / "n.csv")
        )
    finally:
        i18n.install_language(qapp, "nl")
    assert "6 questions from 5 visits" in said
    with outcome.path.open(encoding="utf-8-sig", newline="") as handle:
        heading = next(csv.reader(handle, delimiter=";"))
    assert heading[QUESTION_COLUMNS.index("topic_label")] == "topic"


def test_a_visit_saved_during_a_long_export_does_not_wait_for_it(
    qtbot: QtBot, visits: Kiosk, export_runner: TaskRunner, window: QWidget, out_dir: Path
) -> None:
    order: list[str] = []
    year = period("year", date(2026, 11, 28))  # 53 parts of a week
    job = start_export(window, visits, export_runner, year, out_dir / "jaar.xlsx")
    job.finished.connect(lambda _outcome: order.append("export"))
    steps: list[tuple[int, int]] = []
    job.progress.connect(lambda done, total: steps.append((done, total)))
    export_runner.submit(lambda: None, lambda _none: order.append("save"))
    outcome, _said = finish(qtbot, job)
    assert order == ["save", "export"]
    assert steps == [(n, 53) for n in range(54)]  # 365 days, 7 a part
    assert outcome.result is not None and outcome.result.questions == 7


def test_closing_the_page_mid_export_leaves_no_files(
    qtbot: QtBot, visits: Kiosk, export_runner: TaskRunner, out_dir: Path
) -> None:
    page = QWidget()
    year = period("year", date(2026, 11, 28))
    job = start_export(page, visits, export_runner, year, out_dir / "jaar.xlsx")
    with qtbot.waitSignal(job.progress, timeout=20000):
        pass  # the file is open and a part is on its way
    assert any(out_dir.iterdir())
    page.deleteLater()
    with qtbot.waitSignal(page.destroyed, timeout=5000):
        pass
    export_runner.wait_idle()
    assert list(out_dir.iterdir()) == []
