"""First start: which library, branch, IDO and desk this is, or the demo location."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.catalogue import Catalogue
from kiosk.locations import PROVINCES, LocationInput


class SetupPage(QWidget):
    """The first-start form.

    Signals:
        submitted(object): the clerk confirmed a :class:`LocationInput`.
        demo_requested(): the clerk chose to try the app on the demo location.
    """

    submitted = Signal(object)
    demo_requested = Signal()
    cancelled = Signal()

    def __init__(
        self, catalogue: Catalogue, parent: QWidget | None = None, *, replacing_demo: bool = False
    ) -> None:
        """Build the form with the IDO forms of *catalogue*.

        With *replacing_demo* the form sets up the real location after a demo: no demo button,
        a "back" button, and a warning that the demo registrations will be wiped.
        """
        super().__init__(parent)
        title = QLabel(self.tr("Welkom bij IDO Kiosk"), self)
        title.setObjectName("pageTitle")
        intro = QLabel(
            self.tr(
                "Vul eenmalig in waar deze computer staat. De registraties zijn anoniem en "
                "worden bewaard op deze computer tot ze verstuurd zijn. Wilt u eerst rondkijken? "
                "Kies dan de demolocatie: die is duidelijk gemarkeerd en telt niet mee."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.organisation = self._line("organisation", self.tr("bijv. Bibliotheek Midden-Brabant"))
        self.branch = self._line("branch", self.tr("bijv. Vestiging Centrum"))
        self.municipality = self._line("municipality", self.tr("bijv. Tilburg"))
        self.province = QComboBox(self)
        self.province.setObjectName("province")
        self.province.addItem(self.tr("Kies een provincie …"), "")
        for province in PROVINCES:
            self.province.addItem(province, province)
        self.ido_name = self._line("idoName", self.tr("bijv. IDO Centrale bibliotheek"))
        self.form = QComboBox(self)
        self.form.setObjectName("idoForm")
        for option in catalogue.options("ido_form"):
            self.form.addItem(option.nl, option.code)
        self.inside = QRadioButton(self.tr("In de bibliotheek"), self)
        self.outside = QRadioButton(self.tr("Buiten de bibliotheek (bijv. wijkcentrum)"), self)
        self.inside.setChecked(True)
        self._place = QButtonGroup(self)
        self._place.addButton(self.inside)
        self._place.addButton(self.outside)
        place = QHBoxLayout()
        place.addWidget(self.inside)
        place.addWidget(self.outside)
        self.desk_name = self._line("deskName", self.tr("bijv. Balie 1 of Laptop lopend IDO"))
        self.walking = QRadioButton(self.tr("Laptop, lopend IDO"), self)
        self.counter = QRadioButton(self.tr("Vaste balie"), self)
        self.counter.setChecked(True)
        self._mode = QButtonGroup(self)
        self._mode.addButton(self.counter)
        self._mode.addButton(self.walking)
        mode = QHBoxLayout()
        mode.addWidget(self.counter)
        mode.addWidget(self.walking)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Bibliotheekorganisatie"), self.organisation)
        form.addRow(self.tr("&Vestiging"), self.branch)
        form.addRow(self.tr("&Gemeente"), self.municipality)
        form.addRow(self.tr("&Provincie"), self.province)
        form.addRow(self.tr("Naam van het &IDO"), self.ido_name)
        form.addRow(self.tr("Vo&rm van het IDO"), self.form)
        form.addRow(self.tr("Plaats"), place)
        form.addRow(self.tr("Naam van deze &computer"), self.desk_name)
        form.addRow(self.tr("Werkwijze"), mode)

        self.message = QLabel(self)
        self.message.setObjectName("feedback")
        self.message.setWordWrap(True)
        self.start_button = QPushButton(self.tr("Opslaan en beginnen"), self)
        self.start_button.setObjectName("startButton")
        self.start_button.setProperty("primary", True)
        self.demo_button = QPushButton(self.tr("Eerst proberen met de demolocatie"), self)
        self.demo_button.setObjectName("demoButton")
        for button in (self.start_button, self.demo_button):
            button.setMinimumHeight(48)
        self.back_button = QPushButton(self.tr("Terug naar de demo"), self)
        self.back_button.setObjectName("backButton")
        self.back_button.setMinimumHeight(48)
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.demo_button)
        buttons.addWidget(self.back_button)
        self.demo_button.setVisible(not replacing_demo)
        self.back_button.setVisible(replacing_demo)
        self.back_button.clicked.connect(self.cancelled)
        if replacing_demo:
            intro.setText(
                self.tr(
                    "Vul in waar deze computer staat. De oefenregistraties van de demolocatie "
                    "worden daarbij gewist: ze tellen nooit mee en worden nooit verstuurd."
                )
            )

        column = QVBoxLayout()
        column.addWidget(title)
        column.addWidget(intro)
        column.addSpacing(12)
        column.addLayout(form)
        column.addWidget(self.message)
        column.addLayout(buttons)
        column.addStretch(1)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(column, 3)
        outer.addStretch(1)
        self.start_button.clicked.connect(self._submit)
        self.demo_button.clicked.connect(self.demo_requested)
        self.organisation.setFocus(Qt.FocusReason.OtherFocusReason)

    def _line(self, name: str, placeholder: str) -> QLineEdit:
        line = QLineEdit(self)
        line.setObjectName(name)
        line.setPlaceholderText(placeholder)
        line.setMinimumHeight(36)
        line.setMaxLength(120)
        return line

    def answers(self) -> LocationInput:
        """Return the form's answers (validated by the location service)."""
        return LocationInput(
            organisation=self.organisation.text(),
            branch=self.branch.text(),
            municipality=self.municipality.text(),
            province=str(self.province.currentData() or ""),
            ido_name=self.ido_name.text(),
            ido_form=str(self.form.currentData()),
            inside_library=self.inside.isChecked(),
            desk_name=self.desk_name.text(),
            desk_mode="walking" if self.walking.isChecked() else "counter",
        )

    def show_error(self, message: str) -> None:
        """Show why the answers were refused."""
        self.message.setText(f"✖ {message}")
        self.message.setProperty("state", "error")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)

    def _submit(self) -> None:
        self.submitted.emit(self.answers())
