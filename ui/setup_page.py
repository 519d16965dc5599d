"""First start: the language, which library, branch, IDO and desk this is, or the demo location.

Besides where the computer is, the form asks how the IDO is set up: its weekly hours (a day is
ticked, then its start and end typed; walk-in or by appointment) and its staffing (hours a week
of staff, volunteers and partners), for the location service (``location.setup``). Every field
is reached with Tab in reading order, day by day through the hours.
"""

from __future__ import annotations

from datetime import time
from itertools import pairwise

from PySide6.QtCore import Qt, QTime, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from kiosk.catalogue import Catalogue
from kiosk.locations import MAX_STAFF_HOURS, PROVINCES, Hours, LocationInput, Staffing
from ui.i18n import LANGUAGE_NAMES, current_language
from ui.theme import repolish

_TAB_ORDER = (  # the fields before the hours, in Tab order (after the language, at the top)
    "organisation branch municipality province desk_name counter walking ido_name form inside "
    "outside walk_in by_appointment"
)
#: How many average characters wide the page must be to show the form's two parts side by side.
_SIDE_BY_SIDE_CHARS = 150


class TimeField(QTimeEdit):
    """A time typed as ``HH:mm``; Tab goes on to the next field, not to the minutes."""

    def focusNextPrevChild(self, next: bool) -> bool:
        """Leave the field (QDateTimeEdit would move between its hour and minute first)."""
        return QWidget.focusNextPrevChild(self, next)


class DayHours:
    """One weekday of the hours grid: a tick box and its start and end."""

    def __init__(
        self, weekday: int, names: tuple[str, str], parent: QWidget, since: str, until: str
    ) -> None:
        """Build ISO *weekday* (1 = Monday): *names* is its name and short label.

        *since* and *until* name the start and end for a screen reader (translated).
        """
        self.weekday = weekday
        name, short = names
        self.open = QCheckBox(short, parent)
        self.open.setObjectName(f"day{weekday}")
        self.open.setAccessibleName(name)
        self.starts = self._time(parent, f"starts{weekday}", QTime(9, 0), f"{name}, {since}")
        self.ends = self._time(parent, f"ends{weekday}", QTime(17, 0), f"{name}, {until}")
        self.open.toggled.connect(self.starts.setVisible)
        self.open.toggled.connect(self.ends.setVisible)

    @staticmethod
    def _time(parent: QWidget, name: str, value: QTime, accessible: str) -> QTimeEdit:
        edit = TimeField(value, parent)
        edit.setObjectName(name)
        edit.setDisplayFormat("HH:mm")
        edit.setButtonSymbols(QTimeEdit.ButtonSymbols.NoButtons)  # typed, or arrow keys
        edit.setAccessibleName(accessible)
        edit.setMinimumHeight(32)
        # Shown once the day is ticked (Tab passes it by until then); its place is kept.
        policy = edit.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        edit.setSizePolicy(policy)
        edit.setVisible(False)
        return edit

    def hours(self) -> Hours | None:
        """The span of this day, or None when it is not ticked."""
        if not self.open.isChecked():
            return None
        starts, ends = self.starts.time(), self.ends.time()
        return Hours(
            self.weekday, time(starts.hour(), starts.minute()), time(ends.hour(), ends.minute())
        )


class SetupPage(QWidget):
    """The first-start form.

    Signals:
        submitted(object): the clerk confirmed a :class:`LocationInput`.
        demo_requested(): the clerk chose to try the app on the demo location.
        language_chosen(str): at first start, the clerk chose the language (``nl``, ``en``).
    """

    submitted = Signal(object)
    demo_requested = Signal()
    cancelled = Signal()
    language_chosen = Signal(str)

    def __init__(
        self, catalogue: Catalogue, parent: QWidget | None = None, *, replacing_demo: bool = False
    ) -> None:
        """Build the form with the IDO forms of *catalogue*.

        With *replacing_demo* the form sets up the real location after a demo: no demo button,
        a "back" button, and a warning that the demo registrations will be wiped.
        """
        super().__init__(parent)
        title = self.title = QLabel(self.tr("Welkom bij IDO Kiosk"), self)
        title.setObjectName("pageTitle")
        self.language = QComboBox(self)  # first start only; "Taal / Language" not translated
        self.language.setObjectName("setupLanguage")
        for code, name in LANGUAGE_NAMES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(current_language())))
        self.language.setAccessibleName("Taal / Language")
        self.language.setVisible(not replacing_demo)
        self.language.activated.connect(
            lambda _index: self.language_chosen.emit(str(self.language.currentData()))
        )
        intro = self.intro = QLabel(
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
            self.form.addItem(option.label(current_language()), option.code)
        self.inside = QRadioButton(self.tr("In de bibliotheek"), self)
        self.outside = QRadioButton(self.tr("Buiten de bibliotheek (bijv. wijkcentrum)"), self)
        self.inside.setChecked(True)
        self._place = QButtonGroup(self)
        self._place.addButton(self.inside)
        self._place.addButton(self.outside)
        place = QHBoxLayout()
        place.addWidget(self.inside)
        place.addWidget(self.outside)
        self.walk_in = QRadioButton(self.tr("Vrije inloop (openingstijden)"), self)
        self.walk_in.setObjectName("hoursOpen")
        self.by_appointment = QRadioButton(self.tr("Op afspraak (spreekuur)"), self)
        self.by_appointment.setObjectName("hoursAppointment")
        self.walk_in.setChecked(True)
        self._hours_kind = QButtonGroup(self)
        self._hours_kind.addButton(self.walk_in)
        self._hours_kind.addButton(self.by_appointment)
        hours_kind = QHBoxLayout()
        hours_kind.addWidget(self.walk_in)
        hours_kind.addWidget(self.by_appointment)
        days = (
            (self.tr("maandag"), self.tr("ma")),
            (self.tr("dinsdag"), self.tr("di")),
            (self.tr("woensdag"), self.tr("wo")),
            (self.tr("donderdag"), self.tr("do")),
            (self.tr("vrijdag"), self.tr("vr")),
            (self.tr("zaterdag"), self.tr("za")),
            (self.tr("zondag"), self.tr("zo")),
        )
        since, until = self.tr("van"), self.tr("tot")
        self.days = [DayHours(n, names, self, since, until) for n, names in enumerate(days, 1)]
        grid = QGridLayout()
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(2)
        grid.setColumnStretch(len(days) + 1, 1)  # the days keep their width, side by side
        grid.addWidget(QLabel(since, self), 1, 0)
        grid.addWidget(QLabel(until, self), 2, 0)
        for place_in_grid, day in enumerate(self.days, 1):
            grid.addWidget(day.open, 0, place_in_grid)
            grid.addWidget(day.starts, 1, place_in_grid)
            grid.addWidget(day.ends, 2, place_in_grid)
        self.staff_hours: dict[str, QSpinBox] = {}
        staffing = QGridLayout()
        staffing.setVerticalSpacing(2)
        staffing.setColumnStretch(2, 1)
        for row, (kind, label) in enumerate(
            (
                ("staff", self.tr("Bibliotheek&medewerkers")),
                ("volunteer", self.tr("Vrij&willigers")),
                ("partner", self.tr("P&artners (bijv. gemeente)")),
            )
        ):
            spin = QSpinBox(self)
            spin.setObjectName(f"staffing_{kind}")
            spin.setRange(0, MAX_STAFF_HOURS)
            spin.setSuffix(self.tr(" uur"))
            spin.setMinimumHeight(32)
            caption = QLabel(label, self)
            caption.setBuddy(spin)
            spin.setAccessibleName(caption.text().replace("&", ""))
            staffing.addWidget(caption, row, 0)
            staffing.addWidget(spin, row, 1)
            self.staff_hours[kind] = spin
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

        # Two columns side by side: where the computer is, and how the IDO is set up.
        where = self._form()
        where.addRow(self.tr("&Bibliotheekorganisatie"), self.organisation)
        where.addRow(self.tr("&Vestiging"), self.branch)
        where.addRow(self.tr("&Gemeente"), self.municipality)
        where.addRow(self.tr("&Provincie"), self.province)
        where.addRow(self.tr("Naam van deze &computer"), self.desk_name)
        where.addRow(self.tr("Werkwijze"), mode)
        ido = self._form()
        ido.addRow(self.tr("Naam van het &IDO"), self.ido_name)
        ido.addRow(self.tr("Vo&rm van het IDO"), self.form)
        ido.addRow(self.tr("Plaats"), place)
        ido.addRow(self.tr("Tijden"), hours_kind)
        days_label = QLabel(self.tr("&Dagen en tijden"), self)
        days_label.setBuddy(self.days[0].open)
        ido.addRow(days_label, grid)
        staffing_label = QLabel(self.tr("Bezetting per week"), self)
        staffing_label.setWordWrap(True)
        ido.addRow(staffing_label, staffing)
        # Side by side on a wide window; one under the other on a narrow one (a laptop at 150 %
        # has 910 pixels of width), see resizeEvent.
        form = self._columns = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        for heading, rows in (
            (self.tr("Waar staat deze computer?"), where),
            (self.tr("Het IDO"), ido),
        ):
            box = QWidget(self)
            part = QVBoxLayout(box)
            part.setContentsMargins(0, 0, 0, 0)
            if rows is where:
                self.where_part = box  # hidden when only the IDO's set-up changes
            title_label = QLabel(heading, self)
            title_label.setObjectName("sectionTitle")
            bold = title_label.font()
            bold.setBold(True)
            title_label.setFont(bold)
            part.addWidget(title_label)
            part.addLayout(rows)
            part.addStretch(1)
            if rows is ido:
                form.addSpacing(32)  # not setSpacing(): the forms would inherit it
            form.addWidget(box, 4 if rows is where else 5)

        self.message = QLabel(self)
        self.message.setObjectName("feedback")
        self.message.setWordWrap(True)
        self.start_button = QPushButton(self.tr("Opslaan en beginnen"), self)
        self.start_button.setObjectName("startButton")
        self.start_button.setProperty("primary", True)
        self.demo_button = QPushButton(self.tr("Eerst proberen met de demolocatie"), self)
        self.demo_button.setObjectName("demoButton")
        self.back_button = QPushButton(self.tr("Terug naar de demo"), self)
        self.back_button.setObjectName("backButton")
        for button in (self.start_button, self.demo_button, self.back_button):
            button.setMinimumHeight(48)
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
        top = QHBoxLayout()
        top.addWidget(title, 1)
        top.addWidget(self.language, 0, Qt.AlignmentFlag.AlignVCenter)
        column.addLayout(top)
        column.addWidget(intro)
        column.addSpacing(4)
        column.addLayout(form)
        column.addWidget(self.message)
        column.addLayout(buttons)
        column.addStretch(1)
        # In a scroll area: a small screen or a large font never hides the buttons.
        content = QWidget(self)
        content.setObjectName("setupContent")
        middle = QHBoxLayout(content)
        middle.addStretch(1)
        middle.addLayout(column, 12)
        middle.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a Tab stop of its own
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self._set_tab_order()
        self.start_button.clicked.connect(self._submit)
        self.demo_button.clicked.connect(self.demo_requested)
        self._focused_once = False

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Put the two parts of the form one under the other when they don't fit side by side."""
        super().resizeEvent(event)
        narrow = self.width() < self.fontMetrics().averageCharWidth() * _SIDE_BY_SIDE_CHARS
        wanted = QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight
        if self._columns.direction() != wanted:
            self._columns.setDirection(wanted)

    def showEvent(self, event: QShowEvent) -> None:
        """Put the cursor in the first field the first time the form shows."""
        super().showEvent(event)
        if not self._focused_once:
            self._focused_once = True
            self.organisation.setFocus(Qt.FocusReason.OtherFocusReason)

    def _set_tab_order(self) -> None:
        """Tab in reading order: this computer, then the IDO with its hours day by day."""
        fields = [getattr(self, name) for name in _TAB_ORDER.split()]
        chain: list[QWidget] = [self.language, *fields]
        for day in self.days:
            chain += [day.open, day.starts, day.ends]
        chain += [*self.staff_hours.values(), self.start_button, self.demo_button]
        chain.append(self.back_button)
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)

    @staticmethod
    def _form() -> QFormLayout:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        return form

    def _line(self, name: str, placeholder: str) -> QLineEdit:
        line = QLineEdit(self)
        line.setObjectName(name)
        line.setPlaceholderText(placeholder)
        line.setMinimumHeight(34)
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
            hours_kind="appointment" if self.by_appointment.isChecked() else "open",
            hours=tuple(h for day in self.days if (h := day.hours()) is not None),
            staffing=tuple(Staffing(kind, spin.value()) for kind, spin in self.staff_hours.items()),
        )

    def show_error(self, message: str) -> None:
        """Show why the answers were refused."""
        self.message.setText(f"✖ {message}")
        self.message.setProperty("state", "error")
        repolish(self.message)

    def _submit(self) -> None:
        self.submitted.emit(self.answers())
