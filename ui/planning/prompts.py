"""The questions the planning screens ask: yes/no with "Nee" as default, a reason, a notice.

Each returns plainly what the clerk chose, so a page can offer them as methods that tests
replace (:meth:`ui.planning.planning_page.PlanningPage.confirm_cancel` and friends).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from ui.planning.texts import tr


def ask_yes_no(
    parent: QWidget,
    title: str,
    text: str,
    *,
    informative: str = "",
    yes: str = "",
    no: str = "",
    name: str = "",
) -> bool:
    """Ask a question (modal); True only when the clerk chooses *yes*.

    "Nee" is the default and the Esc button, so Enter alone never changes anything.
    """
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    if informative:
        box.setInformativeText(informative)
    yes_button = box.addButton(yes or tr("Ja"), QMessageBox.ButtonRole.YesRole)
    no_button = box.addButton(no or tr("Nee"), QMessageBox.ButtonRole.NoRole)
    box.setDefaultButton(no_button)
    box.setEscapeButton(no_button)
    if name:
        box.setObjectName(name)
    box.exec()
    return box.clickedButton() is yes_button


def confirm_cancel(parent: QWidget, name: str, where: str) -> bool:
    """Ask "Afspraak annuleren?" for *name*'s booking at *where*."""
    return ask_yes_no(
        parent,
        tr("Afspraak annuleren"),
        tr("De afspraak van {name} op {where} annuleren?").format(name=name, where=where),
        informative=tr("De plek komt vrij. De annulering blijft bewaard (Ctrl+Z maakt ongedaan)."),
        yes=tr("Ja, annuleren"),
        name="confirmCancel",
    )


def offer_freed_place(parent: QWidget, where: str, name: str, phone: str) -> bool:
    """Ask whether to book the first waiting citizen (*name*, *phone*) into *where*."""
    return ask_yes_no(
        parent,
        tr("Plek vrij"),
        tr(
            "Er is een plek vrijgekomen op {where}.\n{name} ({phone}) staat als eerste op "
            "de wachtlijst. Nu inplannen?"
        ).format(where=where, name=name, phone=phone),
        name="offerWaiting",
    )


def ask_reason(parent: QWidget, question: str) -> str | None:
    """Ask *question* for a reason (e.g. why a full slot gets more); None when stopped or empty."""
    text, ok = QInputDialog.getText(parent, tr("Reden"), question)
    text = text.strip()
    return text if ok and text else None


def inform(parent: QWidget | None, text: str, *, ok: bool, title: str, name: str) -> QMessageBox:
    """Show *text* in a window-modal message box without blocking; return the box."""
    icon = QMessageBox.Icon.Information if ok else QMessageBox.Icon.Warning
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName(name)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def documents_folder() -> Path:
    """Return the user's Documents folder (home when there is none): where files are offered."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()
