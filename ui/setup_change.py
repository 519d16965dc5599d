"""Changing the IDO's set-up (from the settings): name, form, place, hours and staffing.

The first-start form without its "where is this computer" part, filled with the set-up as
stored. Saving stores a new version of the set-up that holds from today
(:meth:`kiosk.locations.LocationService.change_setup`); earlier days keep theirs.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTime, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from kiosk.catalogue import Catalogue
from kiosk.locations import IdoSetup
from ui.setup_page import SetupPage


class SetupChangePage(SetupPage):
    """The IDO's set-up, filled in, to change.

    Signals:
        setup_submitted(object): the changed :class:`~kiosk.locations.IdoSetup`.
        cancelled(): "Annuleren" (inherited).
    """

    setup_submitted = Signal(object)

    def __init__(
        self, catalogue: Catalogue, current: IdoSetup, parent: QWidget | None = None
    ) -> None:
        """Show *current* to change."""
        super().__init__(catalogue, parent, replacing_demo=True)
        self.title.setText(self.tr("Gegevens van het IDO wijzigen"))
        self.intro.setText(
            self.tr(
                "Wijzig de naam, de vorm, de tijden of de bezetting van het IDO. De wijziging "
                "geldt vanaf vandaag; eerdere dagen houden hun gegevens."
            )
        )
        self.where_part.hide()
        self.start_button.setText(self.tr("Opslaan"))
        self.back_button.setText(self.tr("Annuleren"))
        self.ido_name.setText(current.ido_name)
        found = self.form.findData(current.ido_form)
        if found >= 0:
            self.form.setCurrentIndex(found)
        (self.inside if current.inside_library else self.outside).setChecked(True)
        appointment = current.hours_kind == "appointment"
        (self.by_appointment if appointment else self.walk_in).setChecked(True)
        spans = {hours.weekday: hours for hours in current.hours}
        for day in self.days:
            span = spans.get(day.weekday)
            day.open.setChecked(span is not None)
            if span is not None:
                day.starts.setTime(QTime(span.starts.hour, span.starts.minute))
                day.ends.setTime(QTime(span.ends.hour, span.ends.minute))
        for staffing in current.staffing:
            spin = self.staff_hours.get(staffing.kind)
            if spin is not None:
                spin.setValue(staffing.hours_per_week)
        self._focused_once = True  # the first field here is the IDO's name

    def showEvent(self, event: QShowEvent) -> None:
        """Put the cursor in the IDO's name."""
        super().showEvent(event)
        self.ido_name.setFocus(Qt.FocusReason.OtherFocusReason)

    def _submit(self) -> None:
        self.setup_submitted.emit(self.answers().setup())
