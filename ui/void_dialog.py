"""Asking for confirmation (and an optional reason) before a visit stops counting.

The clerk's word for it is "niet meetellen": the visit stays in the lists (struck through, with
the status "Telt niet mee"), but the figures no longer count it. Nothing is deleted.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import retranslate_on_change


class VoidDialog(QDialog):
    """Asks "Bezoek niet meetellen?" with an optional reason; Enter confirms."""

    def __init__(self, description: str, parent: QWidget | None = None) -> None:
        """Describe the visit in *description* (time and topics)."""
        super().__init__(parent)
        self._description = description
        self.text = QLabel(self)
        self.text.setObjectName("voidText")
        self.text.setWordWrap(True)
        self.reason = QLineEdit(self)
        self.reason.setObjectName("voidReason")
        self.reason.setMaxLength(200)
        buttons = QDialogButtonBox(self)
        self.confirm = buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.confirm.setObjectName("voidConfirm")
        self.cancel = buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel.setObjectName("voidCancel")
        self.confirm.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.reason)
        layout.addWidget(buttons)
        self._retranslate()
        retranslate_on_change(self, self._retranslate)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Bezoek niet meetellen"))
        self.text.setText(
            self.tr(
                "Het bezoek van {visit} telt dan niet meer mee in de cijfers. U ziet het nog "
                "wel in de lijst, doorgestreept. Er wordt niets gewist."
            ).format(visit=self._description)
        )
        self.reason.setPlaceholderText(self.tr("Reden (mag leeg), bijv. dubbel geregistreerd"))
        # The whole example in sight, in either language and at any text size.
        hint = self.reason.fontMetrics().horizontalAdvance(self.reason.placeholderText())
        self.reason.setMinimumWidth(hint + 32)
        self.reason.setAccessibleName(self.tr("Reden"))
        self.confirm.setText(self.tr("Niet meetellen"))
        self.cancel.setText(self.tr("Annuleren"))
