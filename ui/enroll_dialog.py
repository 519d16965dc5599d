"""Koppelen: link this desk to the central server with an address and a one-time code.

IT gives the code (``ido-central enroll-code``); the desk name and kind come from this desk's
setup. The address is checked here first (Dutch messages); the enrollment itself runs on the
sync worker, so the dialog stays responsive while the server answers.
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.dialog_fit import fit_width, room_for
from ui.widgets import install_mnemonics, section_label

if TYPE_CHECKING:
    from kiosk.locations import DeskInfo
    from sync.result import EnrollResult
    from ui.sync_controller import SyncController

LOOPBACK_HOSTS = frozenset({"localhost", "127.0.0.1", "::1"})


def normalise_url(text: str) -> tuple[str | None, str | None]:
    """Return (address, None) if *text* is a usable server address, else (None, Dutch reason).

    "sync.example.nl" means "https://sync.example.nl". Plain http only on this computer
    (development); the sync client checks the same again.
    """
    text = text.strip()
    if not text:
        return None, QCoreApplication.translate(
            "EnrollDialog", "Vul het adres van de centrale server in."
        )
    if any(c.isspace() for c in text):
        return None, QCoreApplication.translate(
            "EnrollDialog", "Het adres mag geen spaties bevatten."
        )
    if "://" not in text:
        text = f"https://{text}"
    example = QCoreApplication.translate("EnrollDialog", "Voorbeeld: https://sync.voorbeeld.nl")
    try:
        parts = urlsplit(text)
        host, _port = parts.hostname, parts.port
    except ValueError:
        return None, QCoreApplication.translate(
            "EnrollDialog", "Dit is geen geldig adres."
        ) + " " + example
    if parts.scheme not in ("https", "http"):
        return None, QCoreApplication.translate(
            "EnrollDialog", "Het adres moet beginnen met https://"
        )
    if not host:
        return None, QCoreApplication.translate(
            "EnrollDialog", "Het adres mist de naam van de server."
        ) + " " + example
    if parts.scheme == "http" and host not in LOOPBACK_HOSTS:
        return None, QCoreApplication.translate(
            "EnrollDialog", "Gebruik een beveiligd adres: het moet beginnen met https://"
        )
    if parts.query or parts.fragment or parts.username or parts.password:
        return None, QCoreApplication.translate(
            "EnrollDialog",
            "Vul alleen het adres van de server in, zonder ?, # of een gebruikersnaam.",
        )
    return text.rstrip("/"), None


class EnrollDialog(QDialog):
    """Asks for the server address and the code, then enrolls on the sync worker.

    Signals:
        enrolled(object): the :class:`~sync.result.EnrollResult` (the dialog shows success).
    """

    enrolled = Signal(object)

    def __init__(
        self,
        controller: SyncController,
        desk: DeskInfo | None,
        parent: QWidget | None = None,
        *,
        server_url: str | None = None,
    ) -> None:
        """Prefill the desk name and kind from *desk*, the address from an earlier link."""
        super().__init__(parent)
        self.controller = controller
        self.setObjectName("enrollDialog")
        self.setWindowTitle(self.tr("Koppelen aan de centrale server"))
        self.setMinimumWidth(fit_width(self, 620))  # wider with large text, within the screen
        title = QLabel(self.tr("Koppelen aan de centrale server"), self)
        title.setObjectName("pageTitle")
        title.setWordWrap(True)
        intro = QLabel(
            self.tr(
                "Koppel deze balie eenmalig aan de centrale server. De ICT-afdeling geeft u het "
                "adres en een koppelcode (die is 15 minuten geldig en werkt één keer). "
                "Registraties die al op deze computer staan, worden daarna verstuurd."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.server = self._line("serverUrl", self.tr("https://sync.voorbeeld.nl"))
        self.server.setText(server_url or "")
        self.code = self._line("enrollCode", self.tr("bijv. K7QX-42MB"))
        self.name = self._line("deviceName", self.tr("bijv. Balie 1"))
        self.name.setText(desk.desk_name if desk is not None else "")
        self.kind = QComboBox(self)
        self.kind.setObjectName("deviceKind")
        self.kind.addItem(self.tr("Vaste balie"), "counter")
        self.kind.addItem(self.tr("Laptop, lopend IDO"), "walking")
        self.kind.setCurrentIndex(max(self.kind.findData(desk.mode if desk else "counter"), 0))
        form = QFormLayout()
        form.addRow(section_label(self.tr("&Adres van de server"), self.server, self), self.server)
        form.addRow(section_label(self.tr("Koppel&code"), self.code, self), self.code)
        form.addRow(section_label(self.tr("&Naam van deze balie"), self.name, self), self.name)
        form.addRow(section_label(self.tr("&Soort"), self.kind, self), self.kind)
        self.message = QLabel(self)
        self.message.setObjectName("feedback")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        self.buttons = QDialogButtonBox(self)
        self.enroll_button: QPushButton = self.buttons.addButton(
            self.tr("Koppelen"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.enroll_button.setObjectName("enrollSubmit")
        self.enroll_button.setProperty("primary", True)
        self.enroll_button.style().polish(self.enroll_button)  # polished when it was added
        self.enroll_button.setDefault(True)
        self.cancel_button: QPushButton = self.buttons.addButton(
            self.tr("Annuleren"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        install_mnemonics(self)
        controller.enrolled.connect(self._on_enrolled)
        controller.enroll_failed.connect(self._on_failed)
        self._done = False
        (self.code if self.server.text() else self.server).setFocus()
        # As tall as the wrapped text needs at this width (large text too), within the screen.
        width = self.minimumWidth()
        self.resize(width, min(layout.totalHeightForWidth(width), room_for(self).height()))

    def _line(self, name: str, placeholder: str) -> QLineEdit:
        line = QLineEdit(self)
        line.setObjectName(name)
        line.setPlaceholderText(placeholder)
        line.setMaxLength(200)
        return line

    def submit(self) -> None:
        """Check the fields, then enroll in the background (or close after success)."""
        if self._done:
            self.accept()
            return
        if self.controller.enrolling:
            return
        url, problem = normalise_url(self.server.text())
        if url is None:
            return self._refuse(problem or "", self.server)
        code = self.code.text().strip()
        if not code:
            return self._refuse(self.tr("Vul de koppelcode in."), self.code)
        name = self.name.text().strip()
        if not name:
            return self._refuse(self.tr("Vul de naam van deze balie in."), self.name)
        self.server.setText(url)
        self._set_busy(True)
        self._say(self.tr("Bezig met koppelen …"), ok=True)
        if not self.controller.enroll(url, code, name, str(self.kind.currentData())):
            self._set_busy(False)

    def _on_enrolled(self, result: EnrollResult) -> None:
        if self._done:
            return
        self._done = True
        self._set_busy(False)
        for field in (self.server, self.code, self.name, self.kind):
            field.setEnabled(False)
        self._say(
            self.tr(
                "✔ Gekoppeld aan vestiging {branch}. De registraties worden nu verstuurd."
            ).format(branch=result.branch_name or result.branch_id),
            ok=True,
        )
        self.enroll_button.setText(self.tr("Sluiten"))
        self.cancel_button.hide()
        self.enroll_button.setFocus()
        self.enrolled.emit(result)

    def _on_failed(self, message: str) -> None:
        if self._done:
            return
        self._set_busy(False)
        self._say(f"✖ {message}", ok=False)
        self.code.setFocus()
        self.code.selectAll()

    def _refuse(self, message: str, field: QWidget) -> None:
        self._say(f"✖ {message}", ok=False)
        field.setFocus()

    def _set_busy(self, busy: bool) -> None:
        for field in (self.server, self.code, self.name, self.kind, self.enroll_button):
            field.setEnabled(not busy)

    def _say(self, text: str, *, ok: bool) -> None:
        self.message.setText(text)
        self.message.setProperty("state", "ok" if ok else "error")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.show()
