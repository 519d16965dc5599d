"""The booking editor: a citizen's booking (or waiting-list entry), keyboard first.

The dialog never writes itself: :attr:`BookingEditor.submitted` carries the
:class:`BookingInput`; the page saves it on the database worker and either closes the dialog
or hands the service's :class:`InputError` back to :meth:`BookingEditor.show_problems`, which
shows each problem's words (:mod:`ui.words`) under its field (the privacy guard's refusal of a
remark included).

Enter or Ctrl+Enter saves, Esc closes; Alt plus the underlined letter jumps to a field. An
existing booking also gets the status buttons Verschenen / Niet verschenen and Annuleren.
"""

from __future__ import annotations

import itertools
from functools import partial

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kiosk.errors import InputError
from kiosk.planning import codes
from kiosk.planning.records import Booking, BookingInput
from ui.planning import focus_walk, texts
from ui.planning.editor_fields import CodeChecks, NameEdit
from ui.planning.widgets import LiveTexts, Text, fit_to_screen
from ui.widgets import install_mnemonics, section_label, set_section_text
from ui.words import error_text, problem_text

MODES = ("new", "edit", "waiting")
MIN_WIDTH = 600  # fits a laptop at 150 % (910 logical pixels)
WIDE = QSize(940, 640)  # the size it opens at when the screen has room


class BookingEditor(QDialog):
    """Enter or change one booking (or a waiting-list entry).

    Signals:
        submitted(object): the clerk saved; a :class:`BookingInput` to store.
        status_requested(str): "attended" or "no_show" for the booking shown.
        cancel_requested(): the clerk wants to cancel the booking shown.
        slip_requested(): print the appointment slip of the booking shown.
    """

    submitted = Signal(object)
    status_requested = Signal(str)
    cancel_requested = Signal()
    slip_requested = Signal()

    def __init__(
        self,
        where: Text,
        parent: QWidget | None = None,
        *,
        mode: str = "new",
        booking: Booking | None = None,
        name: str = "",
        overbook: bool = False,
    ) -> None:
        """Describe the slot in *where* (its words made when asked); *mode* is new, edit or waiting.

        *booking* fills the form (edit); *name* starts a new one with the letters typed in the
        grid; *overbook* asks for the reason the slot gets one more than its places.
        """
        super().__init__(parent)
        self.words = LiveTexts(self)  # every text again in a new language; the input stays
        if mode not in MODES:
            raise ValueError(f"unknown mode {mode!r}")
        self.mode = mode
        self.booking = booking
        titles = {
            "new": lambda: self.tr("Nieuwe afspraak"),
            "edit": lambda: self.tr("Afspraak"),
            "waiting": lambda: self.tr("Op de wachtlijst zetten"),
        }
        self.words.set(self.setWindowTitle, titles[mode])
        self.setObjectName("bookingEditor")
        self.setMinimumWidth(MIN_WIDTH)
        self._build(where, overbook)
        if booking is not None:
            self._fill(booking)
        else:
            self.name.setText(name)
        self.name.setFocus()
        self.name.end(False)
        fit_to_screen(self, WIDE.expandedTo(QSize(MIN_WIDTH, self.sizeHint().height())))

    # -- layout ---------------------------------------------------------------------------

    def _build(self, where: Text, overbook: bool) -> None:
        self.where = QLabel(self)
        self.words.set(self.where.setText, where)
        self.where.setObjectName("pageTitle")
        self.where.setWordWrap(True)
        self.name = self._line("bookingName", lambda: self.tr("Naam"), 100, NameEdit(self))
        self.phone = self._line("bookingPhone", lambda: self.tr("Telefoon"), 30)
        self.email = self._line("bookingEmail", lambda: self.tr("E-mail (mag leeg)"), 254)
        self.remark = self._line("bookingRemark", lambda: self.tr("Opmerking"), 500)
        self.words.set(
            self.remark.setPlaceholderText,
            lambda: self.tr("Geen BSN, geen machtigingscode, geen bankgegevens"),
        )
        self.reason = self._line(
            "overbookReason", lambda: self.tr("Reden om extra in te plannen"), 200
        )
        self.purpose = CodeChecks(codes.PURPOSES, "", self)
        self.words.set(self.purpose.setAccessibleName, lambda: self.tr("Doel van het bezoek"))
        self.checklist = CodeChecks(codes.CHECKLIST, "", self)
        self.words.set(self.checklist.setAccessibleName, lambda: self.tr("Wat meenemen"))
        self.walk_in = QCheckBox(self)
        self.words.set(self.walk_in.setText, lambda: self.tr("&Inloop"))
        self.walk_in.setObjectName("walkIn")
        self.walk_in_note = QLabel(self)
        for setter in (self.walk_in.setAccessibleDescription, self.walk_in_note.setText):
            self.words.set(setter, lambda: self.tr("zonder afspraak: alleen de naam is nodig"))
        self.walk_in_note.setObjectName("walkInNote")
        self.walk_in_note.setProperty("tone", "muted")
        self.walk_in_note.setWordWrap(True)
        self.errors: dict[str, QLabel] = {}
        self.message = QLabel(self)
        self.message.setObjectName("feedback")
        self.message.setWordWrap(True)
        self.words.set(self.message.setAccessibleName, lambda: self.tr("Melding"))
        self.message.hide()

        # The fields scroll (following the focus) when the window is low: a laptop at 150 %
        # has 485 logical pixels of height, less than the whole form needs.
        self.body = QWidget(self)
        self.body.setObjectName("bookingFields")
        form = QGridLayout(self.body)
        form.setContentsMargins(0, 0, 8, 0)
        self.fields_scroll = QScrollArea(self)
        self.fields_scroll.setObjectName("bookingScroll")
        self.fields_scroll.setWidgetResizable(True)
        self.fields_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.fields_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # Never sideways: the check-box groups take one column when two do not fit.
        self.fields_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        form.setColumnStretch(1, 1)
        fields: list[tuple[Text, QWidget, str]] = [
            (lambda: self.tr("&Naam"), self.name, "name"),
            (lambda: self.tr("&Telefoon"), self.phone, "phone"),
            (lambda: self.tr("&E-mail"), self.email, "email"),
            (lambda: self.tr("&Doel"), self.purpose, "purpose"),
        ]
        if self.mode != "waiting":
            fields.append((lambda: self.tr("&Meenemen"), self.checklist, "checklist"))
        fields.append((lambda: self.tr("&Opmerking"), self.remark, "remark"))
        if overbook:
            fields.append((lambda: self.tr("&Reden extra"), self.reason, "overbook_reason"))
        row = 0
        for title, widget, key in fields:
            label = section_label(title(), widget, self)
            self.words.set(partial(set_section_text, label), title)
            form.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
            form.addWidget(widget, row, 1)
            error = QLabel(self)
            error.setObjectName(f"error_{key}")
            error.setProperty("fieldError", True)
            error.setProperty("tone", "error")
            error.setWordWrap(True)
            error.hide()
            self.errors[key] = error
            form.addWidget(error, row + 1, 1)
            row += 2
        if not overbook:
            self.reason.hide()
        self.checklist.setVisible(self.mode != "waiting")
        self.walk_in.setVisible(self.mode == "new")
        self.walk_in_note.setVisible(self.mode == "new")

        self.save_button = QPushButton(self)
        self.words.set(self.save_button.setText, lambda: self.tr("Opslaan  (Enter)"))
        self.save_button.setObjectName("bookingSave")
        self.save_button.setProperty("primary", True)
        self.save_button.setDefault(True)
        self.close_button = QPushButton(self)
        self.words.set(self.close_button.setText, lambda: self.tr("Sluiten (Esc)"))
        self.close_button.setObjectName("bookingClose")
        self.attended_button = QPushButton(self)
        self.words.set(self.attended_button.setText, lambda: self.tr("✓ &Verschenen"))
        self.attended_button.setObjectName("attendedButton")
        self.no_show_button = QPushButton(self)
        self.words.set(self.no_show_button.setText, lambda: self.tr("✗ Niet versc&henen"))
        self.no_show_button.setObjectName("noShowButton")
        self.cancel_button = QPushButton(self)
        self.words.set(self.cancel_button.setText, lambda: self.tr("⊘ Afspraak &annuleren"))
        self.cancel_button.setObjectName("cancelBookingButton")
        self.slip_button = QPushButton(self)
        self.words.set(self.slip_button.setText, lambda: self.tr("Afspraak&briefje …"))
        self.slip_button.setObjectName("slipButton")
        self.words.set(
            self.slip_button.setToolTip,
            lambda: self.tr("Afspraakbriefje voor de burger afdrukken (Ctrl+P)"),
        )
        status_row = QHBoxLayout()
        for button in (
            self.attended_button,
            self.no_show_button,
            self.cancel_button,
            self.slip_button,
        ):
            button.setVisible(self.mode == "edit")
            button.setAutoDefault(False)
            status_row.addWidget(button)
        status_row.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.walk_in)
        buttons.addWidget(self.walk_in_note, 1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.save_button)
        self.close_button.setAutoDefault(False)
        for button in (self.save_button, self.close_button):
            button.setMinimumHeight(44)

        layout = QVBoxLayout(self)
        layout.addWidget(self.where)
        if self.mode == "edit":
            self.state = QLabel(self)
            self.state.setObjectName("bookingState")
            self.state.setWordWrap(True)
            layout.addWidget(self.state)
            layout.addLayout(status_row)
        self.fields_scroll.setWidget(self.body)
        layout.addWidget(self.fields_scroll, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

        # Tab follows the screen from top to bottom, left to right, and only through the
        # controls this mode shows (a hidden control in the chain made Tab loop back).
        chain: list[QWidget] = []
        if self.mode == "edit":
            chain += [
                self.attended_button,
                self.no_show_button,
                self.cancel_button,
                self.slip_button,
            ]
        chain += [self.name, self.phone, self.email]
        chain += list(self.purpose.boxes.values())
        if self.mode != "waiting":
            chain += list(self.checklist.boxes.values())
        chain.append(self.remark)
        if overbook:
            chain.append(self.reason)
        if self.mode == "new":
            chain.append(self.walk_in)
        chain += [self.close_button, self.save_button]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)
        self.tab_chain = chain

        self.save_button.clicked.connect(self.submit)
        self.close_button.clicked.connect(self.reject)
        self.attended_button.clicked.connect(lambda: self.status_requested.emit("attended"))
        self.no_show_button.clicked.connect(lambda: self.status_requested.emit("no_show"))
        self.cancel_button.clicked.connect(self.cancel_requested.emit)
        self.slip_button.clicked.connect(self.slip_requested.emit)
        if self.mode == "edit":
            QShortcut(QKeySequence("Ctrl+P"), self).activated.connect(self.slip_requested.emit)
        self.walk_in.toggled.connect(self._on_walk_in)
        for keys in ("Ctrl+Return", "Ctrl+Enter", "Ctrl+S"):
            QShortcut(QKeySequence(keys), self).activated.connect(self.submit)
        self.words.call(self._after_switch)  # Alt keys, state and phone hint; again on a switch

    def focusNextPrevChild(self, next: bool) -> bool:
        """Walk :attr:`tab_chain` as a ring with Tab / Shift+Tab.

        Qt's own chain lost its way round the check-box groups and never came back to the top.
        """
        moved = focus_walk.step(self, self.tab_chain, next, ring=True)
        return moved if moved is not None else super().focusNextPrevChild(next)

    def _line(
        self, name: str, accessible: Text, length: int, edit: QLineEdit | None = None
    ) -> QLineEdit:
        edit = edit if edit is not None else QLineEdit(self)
        edit.setObjectName(name)
        self.words.set(edit.setAccessibleName, accessible)
        edit.setMaxLength(length)
        edit.setMinimumHeight(34)
        return edit

    def _fill(self, booking: Booking) -> None:
        self.name.setText(booking.name or "")
        self.phone.setText(booking.phone or "")
        self.email.setText(booking.email or "")
        self.remark.setText(booking.remark or "")
        self.purpose.set_selected(booking.purpose)
        self.checklist.set_selected(booking.checklist)
        self.walk_in.setChecked(booking.walk_in)
        if self.mode == "edit":
            self._after_switch()
            active = booking.status != "cancelled"
            self.attended_button.setEnabled(active and booking.status != "attended")
            self.no_show_button.setEnabled(active and booking.status != "no_show")
            self.cancel_button.setEnabled(active)
            self.slip_button.setEnabled(active and not booking.purged)
            self.save_button.setEnabled(active and not booking.purged)

    def _after_switch(self) -> None:
        """Set the texts made from the state again (a new language); the input stays."""
        if self.mode == "edit" and self.booking is not None:
            words = texts.booking_status_words(self.booking)
            self.state.setText(self.tr("Status: {state}").format(state=words))
        self._on_walk_in(self.walk_in.isChecked())
        install_mnemonics(self)

    def _on_walk_in(self, walk_in: bool) -> None:
        self.phone.setPlaceholderText(
            self.tr("mag leeg bij inloop") if walk_in else self.tr("bijv. 06 12345678")
        )

    # -- reading and errors ---------------------------------------------------------------

    def value(self) -> BookingInput:
        """Return what is entered."""
        return BookingInput(
            name=self.name.text(),
            phone=self.phone.text(),
            email=self.email.text(),
            purpose=self.purpose.selected(),
            checklist=self.checklist.selected() if self.mode != "waiting" else (),
            remark=self.remark.text(),
            walk_in=self.walk_in.isChecked() and self.mode == "new",
            overbook_reason=self.reason.text() if self.reason.isVisibleTo(self) else None,
        )

    def submit(self) -> None:
        """Send what is entered to the page (which saves it, or shows the problems)."""
        if not self.save_button.isEnabled():
            return
        self.clear_problems()
        self.submitted.emit(self.value())

    def set_busy(self, busy: bool) -> None:
        """Disable saving while the worker stores it."""
        self.save_button.setEnabled(not busy)
        if busy:
            self._say(self.tr("Bezig met opslaan …"), ok=True)

    def clear_problems(self) -> None:
        """Hide every error."""
        for label in self.errors.values():
            label.hide()
        self.message.hide()

    def show_problems(self, error: Exception) -> None:
        """Show the service's problems under their fields (:mod:`ui.words`); focus the first."""
        self.set_busy(False)
        self.clear_problems()
        problems = error.problems if isinstance(error, InputError) else ()
        first: QWidget | None = None
        rest: list[str] = []
        targets: dict[str, QWidget] = {
            "name": self.name,
            "phone": self.phone,
            "email": self.email,
            "purpose": self.purpose,
            "checklist": self.checklist,
            "remark": self.remark,
            "overbook_reason": self.reason,
        }
        for problem in problems:
            label = self.errors.get(problem.field)
            if label is None:
                rest.append(problem_text(problem))
                continue
            label.setText(f"✖ {problem_text(problem)}")
            label.show()
            if first is None:
                first = targets[problem.field]
        if rest or not problems:
            self._say("✖ " + (" ".join(rest) if rest else error_text(error)), ok=False)
        else:
            self._say(self.tr("✖ Niet opgeslagen: verbeter wat hierboven staat."), ok=False)
        if first is not None:
            first.setFocus()

    def _say(self, text: str, *, ok: bool) -> None:
        self.message.setText(text)
        self.message.setProperty("state", "ok" if ok else "error")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.show()
