"""Asking where to save a spreadsheet: an Excel workbook, or a CSV that Dutch Excel opens.

The Overzicht's export (:mod:`ui.overview.export`) and the Belastinghulp schedule's
(:mod:`ui.planning.exchange_dialog`) both write either; the dialog offers ``.xlsx`` first and
``.csv`` beside it, and a name typed without either gets the one of the chosen filter.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from ui.marks import QT_TRANSLATE_NOOP

SPREADSHEET_FILTERS = QT_TRANSLATE_NOOP("files", "Excel-werkmap (*.xlsx);;CSV voor Excel (*.csv)")
SPREADSHEET_SUFFIXES = (".xlsx", ".csv")


def choose_spreadsheet_path(parent: QWidget | None, title: str, suggested: Path) -> Path | None:
    """Ask where to save (.xlsx or .csv), offering *suggested*; None when the clerk cancels."""
    name, chosen = QFileDialog.getSaveFileName(
        parent,
        title,
        str(suggested),
        QCoreApplication.translate("files", SPREADSHEET_FILTERS),
    )
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() not in SPREADSHEET_SUFFIXES:
        path = path.with_name(path.name + (".csv" if "csv" in chosen.lower() else ".xlsx"))
    return path
