"""Help (F1): the keys of the screen on view and the keys that work everywhere, with tips.

Each page says its own keys through ``shortcut_help()`` (a list of (keys, what they do)); a
page without it just has none listed. Typing in "Zoeken" keeps only the lines that match.
Esc closes.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.dialog_fit import fit_to_screen


def global_keys() -> list[tuple[str, str]]:
    """Return the keys that work on every screen."""
    return [
        ("Ctrl+1", QCoreApplication.translate("HelpDialog", "Naar Registratie")),
        ("Ctrl+2", QCoreApplication.translate("HelpDialog", "Naar Belastinghulp")),
        (
            "Ctrl+3",
            QCoreApplication.translate("HelpDialog", "Naar Overzicht: de cijfers van deze balie"),
        ),
        (
            "Tab / Shift+Tab",
            QCoreApplication.translate("HelpDialog", "Naar het volgende / vorige veld of knop"),
        ),
        ("F1", QCoreApplication.translate("HelpDialog", "Deze hulp")),
        ("F5", QCoreApplication.translate("HelpDialog", "Nu synchroniseren")),
        (
            "F6",
            QCoreApplication.translate(
                "HelpDialog", "Synchronisatie: wat is verstuurd en wat aandacht nodig heeft"
            ),
        ),
        (
            "Ctrl+Shift+L",
            QCoreApplication.translate(
                "HelpDialog", "Scherm nu vergrendelen (als u de balie verlaat)"
            ),
        ),
        (
            "Ctrl+Shift+B",
            QCoreApplication.translate(
                "HelpDialog", "Vragenlijst voor bezoekers (stoppen: Ctrl+Alt+Q en de pincode)"
            ),
        ),
        ("Ctrl+,", QCoreApplication.translate("HelpDialog", "Instellingen")),
        ("Ctrl+K", QCoreApplication.translate("HelpDialog", "Koppelen met de server (ICT)")),
    ]


def tips() -> list[str]:
    """Return the short help texts under the keys."""
    return [
        QCoreApplication.translate(
            "HelpDialog",
            "Verlaat u de balie? Druk op Ctrl+Shift+L: namen en bezoeken gaan van het scherm. "
            "Na een tijd zonder toetsaanslag gebeurt dat vanzelf (Instellingen).",
        ),
        QCoreApplication.translate(
            "HelpDialog",
            "Typ nooit namen, BSN of telefoonnummers in een notitie: het programma weigert die.",
        ),
        QCoreApplication.translate(
            "HelpDialog",
            "Alles wordt eerst op deze computer bewaard en later verstuurd. Zonder internet "
            "werkt u gewoon door.",
        ),
    ]


class HelpDialog(QDialog):
    """The keys of the screen on view and everywhere, searchable, and a few tips."""

    def __init__(
        self,
        page_name: str,
        page_keys: Sequence[tuple[str, str]],
        parent: QWidget | None = None,
    ) -> None:
        """List *page_keys* under *page_name*, then the keys that work everywhere."""
        super().__init__(parent)
        self.setObjectName("helpDialog")
        self.setWindowTitle(self.tr("Hulp en sneltoetsen"))
        search_label = QLabel(self.tr("&Zoeken"), self)
        self.search = QLineEdit(self)
        self.search.setObjectName("helpSearch")
        self.search.setPlaceholderText(self.tr("Typ een toets of een woord"))
        self.search.setAccessibleName(self.tr("Zoeken in de sneltoetsen"))
        self.search.setClearButtonEnabled(True)
        search_label.setBuddy(self.search)
        self.table = QTableWidget(0, 2, self)
        self.table.setObjectName("helpKeys")
        self.table.setAccessibleName(self.tr("Sneltoetsen"))
        self.table.setHorizontalHeaderLabels([self.tr("Toets"), self.tr("Wat het doet")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self._sections: list[int] = []
        self._add_section(self.tr("Dit scherm: {name}").format(name=page_name), page_keys)
        if not page_keys:
            self._add_row("", self.tr("Dit scherm heeft geen eigen sneltoetsen."))
        self._add_section(self.tr("Overal"), global_keys())
        self._add_section(self.tr("Tips"), [])
        for tip in tips():
            row = self.table.rowCount()
            self._add_row(tip, "")
            self.table.setSpan(row, 0, 1, 2)
        metrics = self.table.fontMetrics()
        widest = max(
            (metrics.horizontalAdvance(key) for key, _ in [*page_keys, *global_keys()]),
            default=0,
        )
        header.resizeSection(0, min(widest + 24, metrics.averageCharWidth() * 36))
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        self.close_button = QPushButton(self.tr("Sluiten"), self)
        self.close_button.clicked.connect(self.accept)
        top = QHBoxLayout()
        top.addWidget(search_label)
        top.addWidget(self.search, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.search.textChanged.connect(self._filter)
        fit_to_screen(self, QSize(700, 520))  # Sluiten stays on screen at 150 %

    def showEvent(self, event: QShowEvent) -> None:
        """Start in "Zoeken": typing finds a key at once."""
        super().showEvent(event)
        self.table.resizeRowsToContents()
        self.search.setFocus(Qt.FocusReason.OtherFocusReason)

    def _add_section(self, title: str, keys: Sequence[tuple[str, str]]) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        item = QTableWidgetItem(title)
        font = item.font()
        font.setBold(True)
        item.setFont(font)
        self.table.setItem(row, 0, item)
        self.table.setSpan(row, 0, 1, 2)
        self._sections.append(row)
        for key, what in keys:
            self._add_row(key, what)

    def _add_row(self, key: str, what: str) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(key))
        self.table.setItem(row, 1, QTableWidgetItem(what))

    def visible_keys(self) -> list[tuple[str, str]]:
        """Return the (keys, description) lines shown now (headings and tips left out)."""
        shown = []
        for row in range(self.table.rowCount()):
            if row in self._sections or self.table.isRowHidden(row):
                continue
            if self.table.columnSpan(row, 0) > 1:  # a tip
                continue
            key, what = self.table.item(row, 0), self.table.item(row, 1)
            shown.append((key.text() if key else "", what.text() if what else ""))
        return shown

    def _filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for row in range(self.table.rowCount()):
            if row in self._sections:
                continue
            cells = [self.table.item(row, column) for column in (0, 1)]
            line = " ".join(cell.text() for cell in cells if cell is not None).casefold()
            self.table.setRowHidden(row, bool(needle) and needle not in line)
