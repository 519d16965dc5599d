"""Asking for confirmation (and an optional reason) before a visit is declared void."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)


class VoidDialog(QDialog):
    """Asks "Bezoek vervallen verklaren?" with an optional reason; Enter confirms."""

    def __init__(self, description: str, parent: QWidget | None = None) -> None:
        """Describe the visit to void in *description* (time and topics)."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Bezoek vervallen verklaren"))
        text = QLabel(
            self.tr(
                "Het bezoek van {visit} telt dan niet meer mee. Het blijft bewaard als "
                "vervallen, zodat de telling klopt."
            ).format(visit=description),
            self,
        )
        text.setWordWrap(True)
        self.reason = QLineEdit(self)
        self.reason.setObjectName("voidReason")
        self.reason.setPlaceholderText(self.tr("Reden (mag leeg), bijv. dubbel geregistreerd"))
        self.reason.setAccessibleName(self.tr("Reden"))
        self.reason.setMaxLength(200)
        buttons = QDialogButtonBox(self)
        confirm = buttons.addButton(
            self.tr("Vervallen verklaren"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(self.tr("Annuleren"), QDialogButtonBox.ButtonRole.RejectRole)
        confirm.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.reason)
        layout.addWidget(buttons)
