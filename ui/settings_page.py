"""Settings (Ctrl+,): what a branch may change at its desk, and the IT-only part apart.

The clerk's part: the idle screen (after how many minutes, the staff PIN), the look (contrast,
large buttons), full screen (kiosk mode) and how many days back a visit can be corrected. Under
"ICT": linking the desk with the server (Ctrl+K) and the Synchronisatie screen (F6). The
location is shown; a demo location is replaced by the real one from here.

Everything is saved through :class:`kiosk.settings.SettingsService` on the database lane;
a refusal shows its words under the form and nothing changes.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kiosk.settings import HISTORY_DAYS_MAX, HISTORY_DAYS_MIN
from ui.dialog_fit import fit_to_screen
from ui.i18n import LANGUAGE_NAMES
from ui.widgets import FlowLayout
from ui.words import error_text

if TYPE_CHECKING:
    from kiosk.settings import DeskSettings, SettingsService
    from ui.tasks import TaskRunner


def _form(box: QGroupBox) -> QFormLayout:
    """A form whose long rows put the field under its label when the dialog is narrow."""
    form = QFormLayout(box)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    return form


class SettingsDialog(QDialog):
    """The desk's settings.

    Signals:
        saved(object): the settings were stored (a :class:`~kiosk.settings.DeskSettings`).
        enroll_requested(): "Koppelen met de server …" (ICT).
        sync_page_requested(): "Synchronisatie …" (ICT).
        real_location_requested(): "Echte locatie instellen …" (a demo location only).
        setup_change_requested(): "Gegevens van het IDO wijzigen …" (hours, staffing, ...).
    """

    saved = Signal(object)
    enroll_requested = Signal()
    sync_page_requested = Signal()
    real_location_requested = Signal()
    setup_change_requested = Signal()

    def __init__(
        self,
        service: SettingsService,
        runner: TaskRunner,
        settings: DeskSettings,
        location: str,
        parent: QWidget | None = None,
        *,
        demo: bool = False,
    ) -> None:
        """Show *settings*; store changes through *service* on *runner*'s database lane."""
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Instellingen"))
        self.service = service
        self.runner = runner
        self.settings = settings
        body = self.body = QWidget(self)
        column = QVBoxLayout(body)

        # First, and not translated: a clerk who reads neither language still finds it, each
        # language in its own words.
        language = QGroupBox("Taal / Language", body)
        language.setObjectName("languageGroup")
        language_form = _form(language)
        self.language = QComboBox(language)
        self.language.setObjectName("languageChoice")
        for code, name in LANGUAGE_NAMES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.language.setAccessibleName("Taal / Language")
        self.language.setMaximumWidth(self.fontMetrics().averageCharWidth() * 30)
        language_form.addRow(self.language)
        column.addWidget(language)

        place = QGroupBox(self.tr("Locatie"), body)
        place_layout = QVBoxLayout(place)
        self.location = QLabel(location, place)
        self.location.setWordWrap(True)
        place_layout.addWidget(self.location)
        self.real_location_button = QPushButton(self.tr("Echte locatie instellen …"), place)
        self.real_location_button.setVisible(demo)
        self.real_location_button.clicked.connect(self._real_location)
        self.setup_button = QPushButton(self.tr("Gegevens van het IDO wijzigen …"), place)
        self.setup_button.setToolTip(self.tr("Naam, vorm, tijden en bezetting van het IDO"))
        self.setup_button.clicked.connect(self._change_setup)
        place_buttons = FlowLayout(spacing=6, columns=3)  # wraps on a narrow screen
        place_buttons.addWidget(self.setup_button)
        place_buttons.addWidget(self.real_location_button)
        place_layout.addLayout(place_buttons)
        column.addWidget(place)

        privacy = QGroupBox(self.tr("Privacy aan de balie"), body)
        form = _form(privacy)
        self.idle = QSpinBox(privacy)
        self.idle.setRange(0, 120)
        self.idle.setSuffix(self.tr(" minuten"))
        self.idle.setSpecialValueText(self.tr("nooit"))
        self.idle.setValue(settings.idle_minutes)
        self.idle.setMaximumWidth(self.fontMetrics().averageCharWidth() * 24)
        self.idle.setAccessibleName(self.tr("Scherm vergrendelen na, in minuten"))
        form.addRow(self._label(self.tr("Scherm &vergrendelen na"), self.idle), self.idle)
        self.pin_state = QLabel(privacy)
        self.pin_state.setWordWrap(True)
        form.addRow(self.pin_state)
        self.pin = self._pin_field(self.tr("Nieuwe pincode"))
        form.addRow(self._label(self.tr("&Nieuwe pincode"), self.pin), self.pin)
        self.pin_again = self._pin_field(self.tr("Nieuwe pincode nog een keer"))
        form.addRow(self._label(self.tr("Nog een &keer"), self.pin_again), self.pin_again)
        pin_buttons = FlowLayout(spacing=6, columns=3)  # wraps on a narrow screen
        self.set_pin_button = QPushButton(self.tr("Pincode instellen"), privacy)
        self.clear_pin_button = QPushButton(self.tr("Pincode wissen"), privacy)
        pin_buttons.addWidget(self.set_pin_button)
        pin_buttons.addWidget(self.clear_pin_button)
        form.addRow(pin_buttons)
        self.windows_lock = QCheckBox(self.tr("Windows-vergrendeling gebruiken"), privacy)
        self.windows_lock.setToolTip(
            self.tr("Vergrendel Windows in plaats van dit scherm: het Windows-wachtwoord opent.")
        )
        self.windows_lock.setChecked(settings.windows_lock)
        self.windows_lock.setVisible(os.name == "nt")
        form.addRow(self.windows_lock)
        self.kiosk_mode = QCheckBox(self.tr("Volledig scherm (kioskmodus)"), privacy)
        self.kiosk_mode.setToolTip(
            self.tr("Het programma vult het scherm; afsluiten vraagt de pincode.")
        )
        self.kiosk_mode.setChecked(settings.kiosk_mode)
        form.addRow(self.kiosk_mode)
        column.addWidget(privacy)

        look = QGroupBox(self.tr("Weergave"), body)
        look_form = _form(look)
        self.contrast = QComboBox(look)
        for code, text in (
            ("auto", self.tr("Automatisch (zoals Windows)")),
            ("normal", self.tr("Normaal")),
            ("high", self.tr("Hoog contrast")),
        ):
            self.contrast.addItem(text, code)
        self.contrast.setCurrentIndex(max(0, self.contrast.findData(settings.contrast)))
        self.contrast.setAccessibleName(self.tr("Contrast"))
        self.contrast.setMaximumWidth(self.fontMetrics().averageCharWidth() * 40)
        look_form.addRow(self._label(self.tr("&Contrast"), self.contrast), self.contrast)
        self.large_targets = QCheckBox(self.tr("Grote knoppen (aanraakscherm)"), look)
        self.large_targets.setChecked(settings.large_targets)
        look_form.addRow(self.large_targets)
        column.addWidget(look)

        history = QGroupBox(self.tr("Eerdere bezoeken"), body)
        history_form = _form(history)
        self.history_days = QSpinBox(history)
        self.history_days.setRange(HISTORY_DAYS_MIN, HISTORY_DAYS_MAX)
        self.history_days.setSuffix(self.tr(" dagen terug"))
        self.history_days.setValue(settings.history_days)
        self.history_days.setMaximumWidth(self.fontMetrics().averageCharWidth() * 24)
        self.history_days.setAccessibleName(self.tr("Verbeteren tot hoeveel dagen terug"))
        history_form.addRow(
            self._label(self.tr("Verbeteren &tot"), self.history_days), self.history_days
        )
        column.addWidget(history)

        it = QGroupBox(self.tr("ICT"), body)
        it_layout = QVBoxLayout(it)
        it_text = QLabel(self.tr("Alleen voor de ICT-afdeling: de koppeling met de server."), it)
        it_text.setWordWrap(True)
        it_layout.addWidget(it_text)
        it_buttons = FlowLayout(spacing=6, columns=3)  # wraps on a narrow screen
        self.enroll_button = QPushButton(self.tr("Koppelen met de server …"), it)
        self.enroll_button.setToolTip(self.tr("Koppelen (Ctrl+K)"))
        self.sync_page_button = QPushButton(self.tr("Synchronisatie …"), it)
        self.sync_page_button.setToolTip(self.tr("Synchronisatie (F6)"))
        it_buttons.addWidget(self.enroll_button)
        it_buttons.addWidget(self.sync_page_button)
        it_layout.addLayout(it_buttons)
        column.addWidget(it)
        column.addStretch(1)

        self.scroller = QScrollArea(self)
        self.scroller.setWidget(body)
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.message = QLabel(self)
        self.message.setObjectName("fieldError")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Melding"))
        self.message.hide()
        self.save_button = QPushButton(self.tr("Opslaan"), self)
        self.save_button.setDefault(True)
        self.close_button = QPushButton(self.tr("Sluiten"), self)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroller, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

        self.set_pin_button.clicked.connect(self._set_pin)
        self.clear_pin_button.clicked.connect(self._clear_pin)
        self.enroll_button.clicked.connect(self.enroll_requested)
        self.sync_page_button.clicked.connect(self.sync_page_requested)
        self.save_button.clicked.connect(self._save)
        self.close_button.clicked.connect(self.reject)
        for widget in self.findChildren(QWidget):
            if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                widget.installEventFilter(self)
        self._show_pin_state(settings.pin_set)
        fit_to_screen(self, QSize(620, 560))  # Opslaan stays on screen at 150 %

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Keep the control that gets the focus in sight (the form scrolls along)."""
        if (
            event.type() == QEvent.Type.FocusIn
            and isinstance(watched, QWidget)
            and self.body.isAncestorOf(watched)
        ):
            self.scroller.ensureWidgetVisible(watched, 16, 16)
        return False

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, buddy.parentWidget())
        label.setBuddy(buddy)
        return label

    def _pin_field(self, name: str) -> QLineEdit:
        field = QLineEdit(self)
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setMaxLength(8)
        field.setMaximumWidth(200)
        field.setAccessibleName(name)
        return field

    def _show_pin_state(self, pin_set: bool) -> None:
        self.pin_state.setText(
            self.tr("Er is een pincode ingesteld: die opent het vergrendelde scherm.")
            if pin_set
            else self.tr(
                "Er is geen pincode. Het vergrendelde scherm gaat dan open met Doorgaan: het "
                "houdt de gegevens alleen weg voor voorbijgangers. Stel een pincode in."
            )
        )
        self.clear_pin_button.setEnabled(pin_set)

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _set_pin(self) -> None:
        pin, again = self.pin.text(), self.pin_again.text()
        if pin != again:
            self._say(self.tr("De twee pincodes zijn niet gelijk. Typ ze opnieuw."))
            self.pin_again.clear()
            self.pin_again.setFocus()
            return
        service = self.service

        def set_pin() -> DeskSettings:
            service.set_pin(pin)
            return service.read()

        self.runner.submit(
            set_pin,
            self._on_pin_changed,
            lambda error: self._say(error_text(error)),
            owner=self,
        )

    def _clear_pin(self) -> None:
        service = self.service

        def clear_pin() -> DeskSettings:
            service.clear_pin()
            return service.read()

        self.runner.submit(
            clear_pin,
            self._on_pin_changed,
            lambda error: self._say(error_text(error)),
            owner=self,
        )

    def _on_pin_changed(self, settings: DeskSettings) -> None:
        self.pin.clear()
        self.pin_again.clear()
        self._show_pin_state(settings.pin_set)
        self._say(
            self.tr("De pincode is ingesteld.")
            if settings.pin_set
            else self.tr("De pincode is gewist.")
        )
        self.settings = settings
        self.saved.emit(settings)

    def _change_setup(self) -> None:
        self.setup_change_requested.emit()
        self.accept()

    def _real_location(self) -> None:
        self.real_location_requested.emit()
        self.accept()

    def _save(self) -> None:
        service = self.service
        idle, days = self.idle.value(), self.history_days.value()
        contrast = str(self.contrast.currentData())
        large, kiosk_mode = self.large_targets.isChecked(), self.kiosk_mode.isChecked()
        windows_lock = self.windows_lock.isChecked()
        language = str(self.language.currentData())
        self.save_button.setEnabled(False)
        self.runner.submit(
            lambda: service.save(
                idle_minutes=idle,
                contrast=contrast,
                large_targets=large,
                kiosk_mode=kiosk_mode,
                history_days=days,
                windows_lock=windows_lock,
                language=language,
            ),
            self._on_saved,
            self._on_refused,
            owner=self,
        )

    def _on_saved(self, settings: DeskSettings) -> None:
        self.save_button.setEnabled(True)
        self.settings = settings
        self.saved.emit(settings)
        self.accept()

    def _on_refused(self, error: Exception) -> None:
        self.save_button.setEnabled(True)
        self._say(error_text(error))
