"""The Belastinghulp screen: season, filters, the grid, the slot, the waiting list, conflicts.

Everything loads and saves through the :class:`~kiosk.planning.service.PlanningService` on the
database worker (:class:`ui.tasks.TaskRunner`); the screen redraws from what the service
returns. Keys on the page: Alt+S season, Alt+H helper, Alt+O organisation, Alt+G the grid,
Alt+D / Alt+W / Alt+A the side tabs (Dit tijdstip, Wachtlijst, Aandacht nodig), Ctrl+Z /
Ctrl+Shift+Z undo and redo, Ctrl+P day list, Ctrl+E exchange, Ctrl+T season and templates,
F5-free reload with Ctrl+R. The grid's own keys are in :mod:`ui.planning.grid_view`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.errors import InputError, StorageError
from kiosk.planning.records import (
    Booking,
    BookingInput,
    GridData,
    Helper,
    Partner,
    Season,
    Slot,
    WaitingEntry,
)
from ui.planning import texts
from ui.planning.booking_editor import BookingEditor
from ui.planning.commands import BookStep, CancelStep, MoveStep
from ui.planning.grid_view import PlanningGridView
from ui.planning.side_lists import AttentionModel, SlotBookingsModel, WaitingModel
from ui.table_model import RowsModel
from ui.widgets import install_mnemonics, section_label

if TYPE_CHECKING:
    from kiosk.app import Kiosk
    from kiosk.planning.service import PlanningService
    from ui.tasks import TaskRunner

log = logging.getLogger(__name__)
SIDE_DELAY_MS = 60
UserError = InputError | StorageError


@dataclass
class Loaded:
    """What one background read brings: everything the page shows."""

    seasons: list[Season]
    season_id: str | None
    grid: GridData | None
    helpers: list[Helper] = field(default_factory=list)
    partners: list[Partner] = field(default_factory=list)
    waiting: list[WaitingEntry] = field(default_factory=list)
    attention: list[Booking] = field(default_factory=list)
    attention_slots: dict[str, Slot] = field(default_factory=dict)


def _table(parent: QWidget, name: str, accessible: str, model: RowsModel[Any]) -> QTableView:
    table = QTableView(parent)
    table.setObjectName(name)
    table.setAccessibleName(accessible)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)
    table.verticalHeader().hide()
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


def _button(text: str, parent: QWidget, name: str, tip: str = "") -> QPushButton:
    button = QPushButton(text, parent)
    button.setObjectName(name)
    button.setMinimumHeight(40)
    if tip:
        button.setToolTip(tip)
    return button


class PlanningPage(QWidget):
    """Book citizens into the volunteers' hours.

    Signals:
        loaded(): the season, grid and lists were (re)loaded and are shown.
        changed(): a change was stored (a booking, cancel, move, ...): time to sync soon.
        message(str): the Dutch feedback shown (also for tests and the status bar).
    """

    loaded = Signal()
    changed = Signal()
    message = Signal(str)

    def __init__(
        self,
        service: PlanningService,
        runner: TaskRunner,
        parent: QWidget | None = None,
        *,
        kiosk: Kiosk | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        """Build the screen; :meth:`reload` loads the data in the background."""
        super().__init__(parent)
        self.setObjectName("planningPage")
        self.service, self.runner, self.kiosk, self.today = service, runner, kiosk, today
        self.season_id: str | None = None
        self.grid_data: GridData | None = None
        self.picked: Booking | None = None
        self.editor: BookingEditor | None = None
        self.undo_stack = QUndoStack(self)
        self._filling = False
        self._build()

    # -- layout ---------------------------------------------------------------------------

    def _build(self) -> None:
        self.season = QComboBox(self)
        self.season.setObjectName("seasonPicker")
        self.season.setAccessibleName(self.tr("Seizoen"))
        self.season.setMinimumWidth(200)
        self.helper_filter = QComboBox(self)
        self.helper_filter.setObjectName("helperFilter")
        self.helper_filter.setAccessibleName(self.tr("Filter op helper"))
        self.helper_filter.setMinimumWidth(180)
        self.partner_filter = QComboBox(self)
        self.partner_filter.setObjectName("partnerFilter")
        self.partner_filter.setAccessibleName(self.tr("Filter op organisatie"))
        self.partner_filter.setMinimumWidth(180)
        self.templates_button = _button(
            self.tr("Seizoen en rooster …"),
            self,
            "templatesButton",
            self.tr("Seizoen, helpers, weekrooster en sluitingsdagen (Ctrl+T)"),
        )
        self.print_button = _button(
            self.tr("Daglijst …"),
            self,
            "printDayListButton",
            self.tr("Daglijst afdrukken (Ctrl+P)"),
        )
        self.exchange_button = _button(
            self.tr("Uitwisselen …"),
            self,
            "exchangeButton",
            self.tr("Rooster of afspraken importeren en exporteren (Ctrl+E)"),
        )
        self.grid = PlanningGridView(self)
        top = QHBoxLayout()
        top.addWidget(section_label(self.tr("&Seizoen"), self.season, self))
        top.addWidget(self.season)
        top.addSpacing(12)
        top.addWidget(section_label(self.tr("&Helper"), self.helper_filter, self))
        top.addWidget(self.helper_filter)
        top.addWidget(section_label(self.tr("&Organisatie"), self.partner_filter, self))
        top.addWidget(self.partner_filter)
        top.addStretch(1)

        self.feedback = QLabel(self.tr("De planning wordt geladen …"), self)
        self.feedback.setObjectName("feedback")
        self.feedback.setWordWrap(True)
        self.feedback.setAccessibleName(self.tr("Melding"))
        self.legend = QLabel(
            self.tr(
                "◷ voorlopig (nog niet bevestigd)   ✓ verschenen   ✗ niet verschenen   "
                "⚠ conflict   ⊘ gesloten"
            ),
            self,
        )
        self.legend.setObjectName("planningLegend")
        self.legend.setWordWrap(True)

        left = QVBoxLayout()
        left.addLayout(top)
        grid_title = section_label(self.tr("Rooster  (Alt+&G)"), self.grid, self)
        left.addWidget(grid_title)
        left.addWidget(self.grid, 1)
        left.addWidget(self.legend)
        left.addWidget(self.feedback)

        self.side = QTabWidget(self)
        self.side.setObjectName("planningSide")
        self.side.setAccessibleName(self.tr("Details"))
        # A fixed width: the slot's texts change with every cursor step, and a side panel that
        # grew or shrank with them would resize (and fully repaint) the grid each time.
        self.side.setFixedWidth(430)
        self.side.addTab(self._build_slot_tab(), self.tr("&Dit tijdstip"))
        self.side.addTab(self._build_waiting_tab(), self.tr("&Wachtlijst"))
        self.side.addTab(self._build_attention_tab(), self.tr("&Aandacht nodig"))

        tools = QHBoxLayout()
        tools.addWidget(self.templates_button)
        tools.addWidget(self.print_button)
        tools.addWidget(self.exchange_button)
        right = QVBoxLayout()
        right.addLayout(tools)
        right.addWidget(self.side, 1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addLayout(right)

        self.season.currentIndexChanged.connect(self._on_season)
        self.helper_filter.currentIndexChanged.connect(self._on_filter)
        self.partner_filter.currentIndexChanged.connect(self._on_filter)
        # The side panel follows the cursor once it rests: the grid repaints at once (about a
        # millisecond a step), the panel's table and buttons (a few ms) only when the clerk
        # stops on a slot, so holding an arrow key down stays smooth.
        self._side_timer = QTimer(self)
        self._side_timer.setSingleShot(True)
        self._side_timer.setInterval(SIDE_DELAY_MS)
        self._side_timer.timeout.connect(self.show_side)
        self.grid.slot_changed.connect(lambda _slot: self._side_timer.start())
        self.grid.book_requested.connect(self.new_booking)
        self.grid.open_requested.connect(self.open_slot)
        self.grid.cancel_requested.connect(self.cancel_in)
        self.grid.pick_requested.connect(self.pick)
        self.grid.paste_requested.connect(self.paste)
        self.grid.escape_pressed.connect(self.drop_pick)
        self.templates_button.clicked.connect(self.open_templates)
        self.print_button.clicked.connect(self.print_day_list)
        self.exchange_button.clicked.connect(self.open_exchange)
        shortcuts: dict[str | QKeySequence, Callable[[], object]] = {
            QKeySequence(QKeySequence.StandardKey.Undo): self.undo_stack.undo,
            "Ctrl+Shift+Z": self.undo_stack.redo,
            "Ctrl+Y": self.undo_stack.redo,
            "Ctrl+P": self.print_day_list,
            "Ctrl+E": self.open_exchange,
            "Ctrl+T": self.open_templates,
            "Ctrl+R": self.reload,
        }
        for keys, slot in shortcuts.items():
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        install_mnemonics(self)

    def _build_slot_tab(self) -> QWidget:
        tab = QWidget(self)
        self.slot_title = QLabel(self.tr("Kies een tijdstip in het rooster."), tab)
        self.slot_title.setObjectName("slotTitle")
        self.slot_title.setWordWrap(True)
        self.slot_title.setProperty("section", True)
        self.slot_bookings = SlotBookingsModel(self)
        self.slot_table = _table(
            tab, "slotBookings", self.tr("Afspraken op dit tijdstip"), self.slot_bookings
        )
        self.new_button = _button(self.tr("Nieuwe afspraak"), tab, "newBookingButton", "Enter")
        self.open_button = _button(self.tr("Openen (F2)"), tab, "openBookingButton")
        self.attended_button = _button(self.tr("✓ Verschenen"), tab, "slotAttended")
        self.no_show_button = _button(self.tr("✗ Niet verschenen"), tab, "slotNoShow")
        self.cancel_button = _button(self.tr("⊘ Annuleren (Delete)"), tab, "slotCancel")
        self.pick_button = _button(self.tr("Verplaatsen … (Ctrl+X)"), tab, "slotPick")
        buttons = QGridLayout()
        for n, button in enumerate(
            (
                self.new_button,
                self.open_button,
                self.attended_button,
                self.no_show_button,
                self.pick_button,
                self.cancel_button,
            )
        ):
            buttons.addWidget(button, n // 2, n % 2)
        layout = QVBoxLayout(tab)
        layout.addWidget(self.slot_title)
        layout.addWidget(self.slot_table, 1)
        layout.addLayout(buttons)
        self.new_button.clicked.connect(lambda: self._with_slot(self.new_booking, ""))
        self.open_button.clicked.connect(lambda: self._with_slot(self.open_slot))
        self.attended_button.clicked.connect(lambda: self.set_status("attended"))
        self.no_show_button.clicked.connect(lambda: self.set_status("no_show"))
        self.cancel_button.clicked.connect(lambda: self._with_slot(self.cancel_in))
        self.pick_button.clicked.connect(lambda: self._with_slot(self.pick))
        self.slot_table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.slot_table.doubleClicked.connect(lambda _i: self._with_slot(self.open_slot))
        return tab

    def _build_waiting_tab(self) -> QWidget:
        tab = QWidget(self)
        self.waiting_model = WaitingModel(self)
        self.waiting_table = _table(
            tab, "waitingList", self.tr("Wachtlijst van dit seizoen"), self.waiting_model
        )
        self.add_waiting_button = _button(self.tr("Op de wachtlijst …"), tab, "addWaiting")
        self.book_waiting_button = _button(
            self.tr("Inplannen op gekozen tijdstip"),
            tab,
            "bookWaiting",
            self.tr("Boek de gekozen persoon op het tijdstip onder de cursor in het rooster"),
        )
        self.remove_waiting_button = _button(self.tr("Van de lijst halen"), tab, "removeWaiting")
        hint = QLabel(
            self.tr(
                "Kies iemand, ga in het rooster naar een vrij tijdstip (Alt+G) en kies Inplannen."
            ),
            tab,
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(tab)
        layout.addWidget(self.waiting_table, 1)
        layout.addWidget(hint)
        layout.addWidget(self.add_waiting_button)
        layout.addWidget(self.book_waiting_button)
        layout.addWidget(self.remove_waiting_button)
        self.add_waiting_button.clicked.connect(self.add_waiting)
        self.book_waiting_button.clicked.connect(self.book_waiting)
        self.remove_waiting_button.clicked.connect(self.remove_waiting)
        return tab

    def _build_attention_tab(self) -> QWidget:
        tab = QWidget(self)
        self.attention_model = AttentionModel(self)
        self.attention_table = _table(
            tab,
            "attentionList",
            self.tr("Afspraken die aandacht nodig hebben"),
            self.attention_model,
        )
        explanation = QLabel(
            self.tr(
                "Deze afspraken zijn op een andere balie of offline gemaakt terwijl het "
                "tijdstip al vol of gesloten was. Verplaats, plan toch in met een reden, of "
                "annuleer."
            ),
            tab,
        )
        explanation.setWordWrap(True)
        self.resolve_move_button = _button(
            self.tr("Verplaatsen naar gekozen tijdstip"),
            tab,
            "resolveMove",
            self.tr("Verplaats naar het tijdstip onder de cursor in het rooster"),
        )
        self.resolve_overbook_button = _button(
            self.tr("Toch inplannen (met reden) …"), tab, "resolveOverbook"
        )
        self.resolve_cancel_button = _button(self.tr("Annuleren …"), tab, "resolveCancel")
        layout = QVBoxLayout(tab)
        layout.addWidget(explanation)
        layout.addWidget(self.attention_table, 1)
        layout.addWidget(self.resolve_move_button)
        layout.addWidget(self.resolve_overbook_button)
        layout.addWidget(self.resolve_cancel_button)
        self.resolve_move_button.clicked.connect(lambda: self.resolve("move"))
        self.resolve_overbook_button.clicked.connect(lambda: self.resolve("overbook"))
        self.resolve_cancel_button.clicked.connect(lambda: self.resolve("cancel"))
        self.attention_table.selectionModel().selectionChanged.connect(self._on_attention_row)
        return tab

    # -- loading --------------------------------------------------------------------------

    def reload(self) -> None:
        """Load the seasons, the chosen season's grid, the waiting list and the conflicts."""
        service, chosen = self.service, self.season_id
        helper_id = self.helper_filter.currentData()
        partner_id = self.partner_filter.currentData()
        today = self.today()

        def load() -> Loaded:
            seasons = service.seasons()
            ids = [s.id for s in seasons]
            season_id = chosen if chosen in ids else _default_season(seasons, today)
            attention = service.attention()
            slots: dict[str, Slot] = {}
            for booking in attention:
                if booking.slot_id not in slots:
                    slots[booking.slot_id] = service.slot(booking.slot_id)
            if season_id is None:
                return Loaded(seasons, None, None, attention=attention, attention_slots=slots)
            return Loaded(
                seasons,
                season_id,
                service.grid(season_id, (helper_id,) if helper_id else None, partner_id),
                helpers=service.helpers(),
                partners=service.partners(),
                waiting=service.waiting(season_id),
                attention=attention,
                attention_slots=slots,
            )

        self.runner.submit(load, self._on_loaded, self._on_error)

    def _on_loaded(self, loaded: Loaded) -> None:
        self._filling = True
        try:
            self.season_id = loaded.season_id
            self._fill_combo(
                self.season, [(s.name, s.id) for s in loaded.seasons], loaded.season_id, None
            )
            self._fill_combo(
                self.helper_filter,
                [(h.name, h.id) for h in loaded.helpers],
                self.helper_filter.currentData(),
                self.tr("Alle helpers"),
            )
            self._fill_combo(
                self.partner_filter,
                [(p.name, p.id) for p in loaded.partners],
                self.partner_filter.currentData(),
                self.tr("Alle organisaties"),
            )
        finally:
            self._filling = False
        self.grid_data = loaded.grid
        self.grid.show_grid(loaded.grid)
        self.waiting_model.set_rows(loaded.waiting)
        self.attention_model.set_slots(loaded.attention_slots)
        self.attention_model.set_rows(loaded.attention)
        count = len(loaded.attention)
        self.side.setTabText(
            2,
            self.tr("⚠ &Aandacht nodig ({n})").format(n=count)
            if count
            else self.tr("&Aandacht nodig"),
        )
        if loaded.season_id is None:
            self.say(self.tr("Er is nog geen seizoen. Kies Seizoen en rooster (Ctrl+T)."))
        elif loaded.grid is not None and not loaded.grid.rows:
            self.say(
                self.tr("Dit seizoen heeft nog geen tijden. Maak een rooster (Ctrl+T) en genereer.")
            )
        elif self.feedback.text() == self.tr("De planning wordt geladen …"):
            self.say(self.tr("Enter of een letter typen op een vrije plek maakt een afspraak."))
        self._update_buttons()
        self.loaded.emit()

    def _fill_combo(
        self,
        combo: QComboBox,
        items: list[tuple[str, str]],
        current: str | None,
        everything: str | None,
    ) -> None:
        combo.blockSignals(True)
        combo.clear()
        if everything is not None:
            combo.addItem(everything, None)
        for text, data in items:
            combo.addItem(text, data)
        at = combo.findData(current) if current is not None else -1
        combo.setCurrentIndex(max(at, 0))
        combo.blockSignals(False)

    def _on_season(self, _index: int) -> None:
        if self._filling:
            return
        self.season_id = self.season.currentData()
        self.undo_stack.clear()
        self.reload()

    def _on_filter(self, _index: int) -> None:
        if not self._filling:
            self.reload()

    # -- feedback -------------------------------------------------------------------------

    def say(self, text: str, *, ok: bool = True) -> None:
        """Show *text* under the grid (green, or red when not *ok*)."""
        self.feedback.setText(text)
        self.feedback.setProperty("state", "ok" if ok else "error")
        self.feedback.style().unpolish(self.feedback)
        self.feedback.style().polish(self.feedback)
        self.message.emit(text)

    def _on_error(self, error: UserError) -> None:
        self.say(f"✖ {error}", ok=False)

    def _after_write(self, text: str) -> None:
        self.say(text)
        self.changed.emit()
        self.reload()

    def run_step(self, text: str, work: Callable[[], object]) -> None:
        """Run an undo or redo step on the worker; on failure the undo history is cleared."""

        def failed(error: UserError) -> None:
            self.undo_stack.clear()
            self.say(
                self.tr("✖ {what} lukte niet: {error}").format(what=text, error=error), ok=False
            )
            self.reload()

        self.runner.submit(work, lambda _result: self._after_write(f"✔ {text}"), failed)

    # -- the slot under the cursor --------------------------------------------------------

    def show_side(self) -> None:
        """Show the slot under the cursor in the side panel now."""
        self._side_timer.stop()
        self._show_slot(self.grid.current_slot())

    def _show_slot(self, slot: Slot | None) -> None:
        if slot is None:
            index = self.grid.currentIndex()
            helper = self.grid.grid_model.helper(index.column()) if index.isValid() else None
            self.slot_title.setText(
                self.tr("{helper} heeft hier geen spreekuur.").format(helper=helper.name)
                if helper is not None
                else self.tr("Kies een tijdstip in het rooster.")
            )
            self.slot_bookings.set_rows(())
        else:
            self.slot_title.setText(f"{self._where(slot)}\n{texts.free_text(slot)}")
            self.slot_bookings.set_rows(slot.bookings)
            if slot.bookings:
                first = next((n for n, b in enumerate(slot.bookings) if b.status != "cancelled"), 0)
                self.slot_table.selectRow(first)
        self._update_buttons()

    def _where(self, slot: Slot) -> str:
        helper = next(
            (
                h
                for h in (self.grid_data.helpers if self.grid_data else ())
                if h.id == slot.helper_id
            ),
            None,
        )
        who = f" · {helper.name}" if helper is not None else ""
        return f"{texts.slot_label(slot)}{who}"

    def _with_slot(self, action: Callable[..., None], *args: Any) -> None:
        if self._side_timer.isActive():
            self.show_side()
        slot = self.grid.current_slot()
        if slot is None:
            self.say(self.tr("Kies eerst een tijdstip in het rooster (Alt+G)."), ok=False)
            return
        action(slot, *args)

    def chosen_booking(self, slot: Slot) -> Booking | None:
        """Return the booking chosen in the side list for *slot*, else its first active one."""
        rows = self.slot_table.selectionModel().selectedRows()
        if rows and self.slot_bookings.rows():
            booking = self.slot_bookings.row_at(rows[0].row())
            if booking.slot_id == slot.id and booking.status != "cancelled":
                return booking
        return next((b for b in slot.bookings if b.status != "cancelled"), None)

    def _update_buttons(self) -> None:
        slot = self.grid.current_slot()
        booking = self.chosen_booking(slot) if slot is not None else None
        self.new_button.setEnabled(slot is not None and not slot.closed)
        self.open_button.setEnabled(booking is not None)
        self.cancel_button.setEnabled(booking is not None)
        self.pick_button.setEnabled(booking is not None)
        self.attended_button.setEnabled(booking is not None and booking.status != "attended")
        self.no_show_button.setEnabled(booking is not None and booking.status != "no_show")
        has_waiting = bool(self.waiting_model.rows())
        self.book_waiting_button.setEnabled(has_waiting and slot is not None)
        self.remove_waiting_button.setEnabled(has_waiting)
        has_attention = bool(self.attention_model.rows())
        for button in (
            self.resolve_move_button,
            self.resolve_overbook_button,
            self.resolve_cancel_button,
        ):
            button.setEnabled(has_attention)

    # -- bookings -------------------------------------------------------------------------

    def new_booking(self, slot: Slot, name: str = "") -> None:
        """Open the booking editor for a new booking in *slot* (with the name typed so far)."""
        if slot.closed:
            self.say(self.tr("Dit tijdstip is gesloten."), ok=False)
            return
        editor = self._open_editor(
            BookingEditor(self._where(slot), self, name=name, overbook=slot.free <= 0)
        )
        service = self.service

        def save(entry: BookingInput) -> None:
            editor.set_busy(True)
            self.runner.submit(
                lambda: service.book(slot.id, entry),
                lambda booking: self._on_booked(editor, booking, slot),
                editor.show_problems,
            )

        editor.submitted.connect(save)

    def _on_booked(self, editor: BookingEditor, booking: Booking, slot: Slot) -> None:
        editor.accept()
        text = self.tr("Afspraak {name} {where}").format(
            name=booking.name, where=texts.slot_label(slot)
        )
        self.undo_stack.push(BookStep(self, booking, text))
        self._after_write(self.tr("✔ Opgeslagen: {what} (Ctrl+Z maakt ongedaan)").format(what=text))
        self.grid.setFocus()

    def open_slot(self, slot: Slot) -> None:
        """Open the chosen booking of *slot* (or a new one when it has none)."""
        booking = self.chosen_booking(slot)
        if booking is None:
            self.new_booking(slot)
            return
        self.open_booking(booking, slot)

    def open_booking(self, booking: Booking, slot: Slot) -> None:
        """Open *booking* for changes and its status (verschenen / niet verschenen)."""
        editor = self._open_editor(
            BookingEditor(self._where(slot), self, mode="edit", booking=booking)
        )
        service = self.service

        def save(entry: BookingInput) -> None:
            fields = {
                "name": entry.name,
                "phone": entry.phone,
                "email": entry.email,
                "purpose": entry.purpose,
                "checklist": entry.checklist,
                "remark": entry.remark,
            }
            editor.set_busy(True)
            self.runner.submit(
                lambda: service.update_booking(booking.id, **fields),
                lambda _b: self._close_editor_after(editor, self.tr("✔ Afspraak bijgewerkt.")),
                editor.show_problems,
            )

        def status(value: str) -> None:
            self.runner.submit(
                lambda: service.set_status(booking.id, value),
                lambda b: self._close_editor_after(editor, self._status_text(b, value)),
                editor.show_problems,
            )

        editor.submitted.connect(save)
        editor.status_requested.connect(status)
        editor.cancel_requested.connect(lambda: self._cancel_from_editor(editor, booking, slot))

    def _open_editor(self, editor: BookingEditor) -> BookingEditor:
        if self.editor is not None:
            self.editor.reject()
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.finished.connect(lambda _code: self._editor_closed(editor))
        self.editor = editor
        editor.open()
        return editor

    def _editor_closed(self, editor: BookingEditor) -> None:
        if self.editor is editor:
            self.editor = None
        self.activateWindow()
        self.grid.setFocus()

    def _close_editor_after(self, editor: BookingEditor, text: str) -> None:
        editor.accept()
        self._after_write(text)

    def _status_text(self, booking: Booking, status: str) -> str:
        word = self.tr("verschenen") if status == "attended" else self.tr("niet verschenen")
        return self.tr("✔ {name}: {word}.").format(name=booking.name or "", word=word)

    def set_status(self, status: str) -> None:
        """Mark the chosen booking of the slot under the cursor attended or no-show."""
        slot = self.grid.current_slot()
        booking = self.chosen_booking(slot) if slot is not None else None
        if booking is None:
            return
        service = self.service
        self.runner.submit(
            lambda: service.set_status(booking.id, status),
            lambda b: self._after_write(self._status_text(b, status)),
            self._on_error,
        )

    def _cancel_from_editor(self, editor: BookingEditor, booking: Booking, slot: Slot) -> None:
        if self.confirm_cancel(booking, slot):
            editor.accept()
            self._cancel(booking, slot)

    def cancel_in(self, slot: Slot) -> None:
        """Cancel the chosen booking of *slot* after the clerk confirms (Delete)."""
        booking = self.chosen_booking(slot)
        if booking is None:
            self.say(self.tr("Op dit tijdstip staat geen afspraak om te annuleren."), ok=False)
            return
        if self.confirm_cancel(booking, slot):
            self._cancel(booking, slot)

    def confirm_cancel(self, booking: Booking, slot: Slot) -> bool:
        """Ask "Afspraak annuleren?" (default: Nee); True when the clerk says yes."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Afspraak annuleren"),
            self.tr("De afspraak van {name} op {where} annuleren?").format(
                name=texts.booking_name(booking), where=self._where(slot)
            ),
            parent=self,
        )
        box.setInformativeText(
            self.tr("De plek komt vrij. De annulering blijft bewaard (Ctrl+Z maakt ongedaan).")
        )
        yes = box.addButton(self.tr("Ja, annuleren"), QMessageBox.ButtonRole.YesRole)
        no = box.addButton(self.tr("Nee"), QMessageBox.ButtonRole.NoRole)
        box.setDefaultButton(no)
        box.setEscapeButton(no)
        box.setObjectName("confirmCancel")
        box.exec()
        return box.clickedButton() is yes

    def _cancel(self, booking: Booking, slot: Slot) -> None:
        service = self.service

        def done(cancelled: Booking) -> None:
            text = self.tr("Annulering {name} {where}").format(
                name=texts.booking_name(booking), where=texts.slot_label(slot)
            )
            self.undo_stack.push(CancelStep(self, cancelled, text))
            self._after_write(
                self.tr("✔ Geannuleerd: {name} (Ctrl+Z maakt ongedaan)").format(
                    name=texts.booking_name(booking)
                )
            )
            self._offer_waiting(slot)

        self.runner.submit(lambda: service.cancel(booking.id), done, self._on_error)

    def _offer_waiting(self, slot: Slot) -> None:
        service = self.service

        def offer(entry: WaitingEntry | None) -> None:
            if entry is None or not self.offer_waiting(entry, slot):
                return
            self.runner.submit(
                lambda: service.book_from_waiting(entry.id, slot.id),
                lambda booking: self._from_waiting_done(booking, slot),
                self._on_error,
            )

        self.runner.submit(lambda: service.first_waiting_for(slot.id), offer, self._on_error)

    def offer_waiting(self, entry: WaitingEntry, slot: Slot) -> bool:
        """Ask whether to book the first waiting citizen into the freed place."""
        answer = QMessageBox.question(
            self,
            self.tr("Plek vrij"),
            self.tr(
                "Er is een plek vrijgekomen op {where}.\n{name} ({phone}) staat als eerste op "
                "de wachtlijst. Nu inplannen?"
            ).format(where=self._where(slot), name=entry.name, phone=entry.phone or ""),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _from_waiting_done(self, booking: Booking, slot: Slot) -> None:
        text = self.tr("Afspraak {name} {where}").format(
            name=booking.name, where=texts.slot_label(slot)
        )
        self.undo_stack.push(BookStep(self, booking, text))
        self._after_write(self.tr("✔ Van de wachtlijst ingepland: {what}").format(what=text))

    # -- moving ---------------------------------------------------------------------------

    def pick(self, slot: Slot) -> None:
        """Pick the chosen booking of *slot* to move (Ctrl+X / Ctrl+C)."""
        booking = self.chosen_booking(slot)
        if booking is None:
            self.say(self.tr("Op dit tijdstip staat geen afspraak om te verplaatsen."), ok=False)
            return
        self.picked = booking
        self.say(
            self.tr(
                "Verplaatsen: {name} van {where}. Ga naar het nieuwe tijdstip en druk Ctrl+V "
                "(Esc stopt)."
            ).format(name=texts.booking_name(booking), where=texts.slot_label(slot))
        )

    def drop_pick(self) -> None:
        """Forget the picked booking (Esc)."""
        if self.picked is not None:
            self.picked = None
            self.say(self.tr("Verplaatsen gestopt."))

    def paste(self, target: Slot) -> None:
        """Move the picked booking to *target* (Ctrl+V); a full target asks for a reason."""
        booking = self.picked
        if booking is None:
            self.say(self.tr("Kies eerst met Ctrl+X de afspraak die u wilt verplaatsen."), ok=False)
            return
        if target.id == booking.slot_id:
            self.say(self.tr("De afspraak staat al op dit tijdstip."), ok=False)
            return
        if target.closed:
            self.say(self.tr("Dit tijdstip is gesloten; kies een ander."), ok=False)
            return
        reason: str | None = None
        if target.free <= 0:
            reason = self.ask_reason(self.tr("Dit tijdstip is vol. Waarom toch hierheen?"))
            if reason is None:
                return
        source = self._slot_by_id(booking.slot_id)
        service = self.service

        def done(moved: Booking) -> None:
            where_from = texts.slot_label(source) if source is not None else ""
            text = self.tr("Verplaatsing {name} {source} → {target}").format(
                name=texts.booking_name(booking),
                source=where_from,
                target=texts.slot_label(target),
            )
            self.picked = None
            self.undo_stack.push(MoveStep(self, moved.id, booking.slot_id, target.id, reason, text))
            self._after_write(
                self.tr("✔ Verplaatst: {name} naar {target}").format(
                    name=texts.booking_name(booking), target=texts.slot_label(target)
                )
            )

        self.runner.submit(
            lambda: service.move(booking.id, target.id, reason), done, self._on_error
        )

    def _slot_by_id(self, slot_id: str) -> Slot | None:
        if self.grid_data is None:
            return None
        return next((s for s in self.grid_data.cells.values() if s.id == slot_id), None)

    def ask_reason(self, question: str) -> str | None:
        """Ask why a slot gets more bookings than places; None when the clerk stops."""
        text, ok = QInputDialog.getText(self, self.tr("Reden"), question)
        text = text.strip()
        return text if ok and text else None

    # -- waiting list ---------------------------------------------------------------------

    def add_waiting(self) -> None:
        """Open the editor for a new waiting-list entry."""
        season_id = self.season_id
        if season_id is None:
            return
        editor = self._open_editor(
            BookingEditor(
                self.tr("Wachtlijst: {season}").format(season=self.season.currentText()),
                self,
                mode="waiting",
            )
        )
        service = self.service

        def save(entry: BookingInput) -> None:
            editor.set_busy(True)
            self.runner.submit(
                lambda: service.add_waiting(season_id, entry),
                lambda w: self._close_editor_after(
                    editor, self.tr("✔ {name} staat op de wachtlijst.").format(name=w.name)
                ),
                editor.show_problems,
            )

        editor.submitted.connect(save)

    def _chosen_waiting(self) -> WaitingEntry | None:
        rows = self.waiting_table.selectionModel().selectedRows()
        entries = self.waiting_model.rows()
        if rows:
            return self.waiting_model.row_at(rows[0].row())
        return entries[0] if entries else None

    def book_waiting(self) -> None:
        """Book the chosen waiting citizen into the slot under the grid's cursor."""
        entry, slot = self._chosen_waiting(), self.grid.current_slot()
        if entry is None or slot is None:
            self.say(
                self.tr("Kies iemand op de wachtlijst en een tijdstip in het rooster."), ok=False
            )
            return
        if slot.free <= 0:
            self.say(self.tr("Dit tijdstip is vol of gesloten; kies een vrij tijdstip."), ok=False)
            return
        service = self.service
        self.runner.submit(
            lambda: service.book_from_waiting(entry.id, slot.id),
            lambda booking: self._from_waiting_done(booking, slot),
            self._on_error,
        )

    def remove_waiting(self) -> None:
        """Take the chosen entry off the waiting list."""
        entry = self._chosen_waiting()
        if entry is None:
            return
        service = self.service
        self.runner.submit(
            lambda: service.remove_waiting(entry.id),
            lambda _r: self._after_write(
                self.tr("✔ {name} is van de wachtlijst gehaald.").format(name=entry.name)
            ),
            self._on_error,
        )

    # -- Aandacht nodig -------------------------------------------------------------------

    def _chosen_conflict(self) -> Booking | None:
        rows = self.attention_table.selectionModel().selectedRows()
        if rows:
            return self.attention_model.row_at(rows[0].row())
        entries = self.attention_model.rows()
        return entries[0] if entries else None

    def _on_attention_row(self, *_args: Any) -> None:
        booking = self._chosen_conflict()
        if booking is not None:
            self.grid.go_to_slot(booking.slot_id)

    def resolve(self, action: str) -> None:
        """End the chosen conflict: move to the grid's slot, overbook with a reason, cancel."""
        booking = self._chosen_conflict()
        if booking is None:
            return
        slot_id: str | None = None
        reason: str | None = None
        name = texts.booking_name(booking)
        if action == "move":
            target = self.grid.current_slot()
            if target is None or target.id == booking.slot_id or target.free <= 0:
                self.say(
                    self.tr(
                        "Kies eerst in het rooster (Alt+G) een ander tijdstip met een vrije plek."
                    ),
                    ok=False,
                )
                return
            slot_id = target.id
            done_text = self.tr("✔ {name} verplaatst naar {where}.").format(
                name=name, where=texts.slot_label(target)
            )
        elif action == "overbook":
            reason = self.ask_reason(self.tr("Waarom krijgt dit tijdstip een extra afspraak?"))
            if reason is None:
                return
            done_text = self.tr("✔ {name} toch ingepland ({reason}).").format(
                name=name, reason=reason
            )
        else:
            slot = self.attention_model.slot_of(booking)
            if slot is None or not self.confirm_cancel(booking, slot):
                return
            done_text = self.tr("✔ Afspraak van {name} geannuleerd.").format(name=name)
        service = self.service
        self.runner.submit(
            lambda: service.resolve(booking.id, action, slot_id, reason),
            lambda _b: self._after_write(done_text),
            self._on_error,
        )

    # -- other screens --------------------------------------------------------------------

    def open_templates(self) -> None:
        """Open the season and template editor; reload when it closes."""
        from ui.planning.template_editor import TemplateEditor

        editor = TemplateEditor(self.service, self.runner, self, season_id=self.season_id)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.changed.connect(self.changed.emit)
        editor.season_chosen.connect(self._choose_season)
        editor.finished.connect(lambda _code: self.reload())
        self.template_editor = editor
        editor.open()

    def _choose_season(self, season_id: str) -> None:
        self.season_id = season_id

    def current_day(self) -> date | None:
        """Return the day under the grid's cursor."""
        index = self.grid.currentIndex()
        grid = self.grid_data
        if not index.isValid() or grid is None or not grid.rows:
            return None
        return grid.rows[index.row()].day

    def print_day_list(self) -> None:
        """Print the day list of the cursor's day (and the helper filter's helper, if any)."""
        if self.kiosk is None:
            return
        from ui.planning.day_list_print import print_day_list

        day = self.current_day() or self.today()
        print_day_list(self, self.kiosk, day, self.helper_filter.currentData(), self.runner)

    def open_exchange(self) -> None:
        """Open export of the schedule and import of availability (Ctrl+E)."""
        if self.kiosk is None:
            return
        from ui.planning.exchange_dialog import open_exchange

        def imported() -> None:
            self.changed.emit()
            self.reload()

        open_exchange(
            self,
            self.kiosk,
            self.season_id,
            self.runner,
            on_changed=imported,
            season_name=self.season.currentText(),
        )


def _default_season(seasons: list[Season], today: date) -> str | None:
    """Return the season running today, else the next one, else the newest."""
    for season in seasons:
        if season.starts_on <= today <= season.ends_on:
            return season.id
    upcoming = sorted((s for s in seasons if s.starts_on > today), key=lambda s: s.starts_on)
    if upcoming:
        return upcoming[0].id
    return seasons[0].id if seasons else None
