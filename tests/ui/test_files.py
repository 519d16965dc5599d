"""Asking where to save a spreadsheet: the filters offered, and the suffix a bare name gets."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog

from ui.files import choose_spreadsheet_path

CSV = "CSV voor Excel (*.csv)"
XLSX = "Excel-werkmap (*.xlsx)"


def answer(monkeypatch: pytest.MonkeyPatch, name: str, chosen: str) -> dict[str, Any]:
    asked: dict[str, Any] = {}

    def dialog(parent: Any, title: str, suggested: str, filters: str) -> tuple[str, str]:
        asked.update(title=title, suggested=suggested, filters=filters)
        return name, chosen

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(dialog))
    return asked


def test_the_dialog_offers_the_workbook_first(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    asked = answer(monkeypatch, str(tmp_path / "a.xlsx"), XLSX)
    path = choose_spreadsheet_path(None, "Exporteren", tmp_path / "voorstel.xlsx")
    assert path == tmp_path / "a.xlsx"
    assert asked == {
        "title": "Exporteren",
        "suggested": str(tmp_path / "voorstel.xlsx"),
        "filters": f"{XLSX};;{CSV}",
    }


@pytest.mark.parametrize(
    ("typed", "chosen", "saved"),
    [
        ("lijst", CSV, "lijst.csv"),
        ("lijst", XLSX, "lijst.xlsx"),
        ("lijst.CSV", XLSX, "lijst.CSV"),  # a suffix of its own is kept
        ("lijst.v2", CSV, "lijst.v2.csv"),
    ],
)
def test_a_bare_name_gets_the_suffix_of_the_chosen_filter(
    qapp: QApplication,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    typed: str,
    chosen: str,
    saved: str,
) -> None:
    answer(monkeypatch, str(tmp_path / typed), chosen)
    assert choose_spreadsheet_path(None, "t", tmp_path / "x.xlsx") == tmp_path / saved


def test_cancelling_gives_none(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> None:
    answer(monkeypatch, "", "")
    assert choose_spreadsheet_path(None, "t", Path("x.xlsx")) is None
