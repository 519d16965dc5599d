"""The Belastinghulp screen's shell: season and filters, the grid, the side tabs, reloading.

Everything loads and saves through the :class:`~kiosk.planning.service.PlanningService` on the
runner's database lane (:class:`ui.tasks.TaskRunner`). Given the kiosk instead of the service, the
page takes ``Kiosk.planning`` there with its first load: the planning code is imported on the lane,
not on the GUI thread, while the page already shows "De planning wordt geladen …". The screen reads
itself again whenever a change touches the planning (its own, the season editor's, an import, the
retention purge, a sync run's), while it is shown. The side tabs live in their own modules:
:mod:`ui.planning.slot_panel` (Dit tijdstip: book, open, status, cancel, move),
:mod:`ui.planning.waiting_panel` (Wachtlijst) and :mod:`ui.planning.attention_panel` (Aandacht
nodig); they know this page only as a :class:`~ui.planning.host.PanelHost` (the cursor's slot,
feedback, questions, the editor, reads and changes). The page opens on today (or the next day
with hours). Its keys are listed in :mod:`ui.planning.page_keys` (:meth:`PlanningPage.shortcut_help`
gives them to the F1 overview): Ctrl+T today, Ctrl+G go to a date, Ctrl+F search a booking,
Ctrl+P the appointment slip, Ctrl+Shift+P the day list, Ctrl+E exchange, Ctrl+Shift+T season and
templates, Ctrl+D show or hide the side panel, Ctrl+Z / Ctrl+Shift+Z undo and redo; Ctrl+R means
nothing here (it is "herhaal vorige" on the registration page). The grid's own keys are in
:mod:`ui.planning.grid_view`; the actions behind the desk keys in :mod:`ui.planning.page_actions`.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QPushButton,
    QTabWidget,
    QWidget,
)

from kiosk import changes
from kiosk.changes import Changes
from kiosk.planning.records import Booking, GridData, Slot, WaitingEntry
from kiosk.planning.search import BookingHit
from ui.planning import focus_walk, page_actions, page_build, page_keys, prompts, texts
from ui.planning.attention_panel import AttentionPanel
from ui.planning.booking_editor import BookingEditor
from ui.planning.grid_view import PlanningGridView
from ui.planning.navigation import DateBar
from ui.planning.page_data import Loaded, load_page
from ui.planning.slot_panel import SlotPanel
from ui.planning.waiting_panel import WaitingPanel
from ui.planning.widgets import SideScroll, fill_combo, show_feedback
from ui.tasks import UserError
from ui.widgets import install_mnemonics
from ui.words import error_text

if TYPE_CHECKING:
    from kiosk.app import Kiosk
    from kiosk.planning.service import PlanningService
    from ui.tasks import TaskRunner

log = logging.getLogger(__name__)
SIDE_DELAY_MS = 60
T = TypeVar("T")


class PlanningPage(QWidget):
    """Book citizens into the volunteers' hours.

    The side tabs are :attr:`slot_panel`, :attr:`waiting` and :attr:`attention`; for them the
    page is a :class:`~ui.planning.host.PanelHost`. The questions the page asks
    (:meth:`confirm_cancel`, :meth:`offer_waiting`, :meth:`ask_reason`) are methods here so a
    test can answer them.

    Signals:
        loaded(): the season, grid and lists were (re)loaded and are shown.
        changed(): a change was stored (a booking, cancel, move, ...): time to sync soon.
        message(str): the Dutch feedback shown (also for tests and the status bar).
    """

    loaded = Signal()
    changed = Signal()
    message = Signal(str)

    # Made by ui.planning.page_build.build:
    season: QComboBox
    helper_filter: QComboBox
    partner_filter: QComboBox
    templates_button: QPushButton
    print_button: QPushButton
    exchange_button: QPushButton
    grid: PlanningGridView
    date_bar: DateBar
    side_button: QPushButton
    filter_button: QPushButton
    filters: QWidget
    feedback: QLabel
    legend: QLabel
    main: QWidget
    slot_panel: SlotPanel
    waiting: WaitingPanel
    attention: AttentionPanel
    side: QTabWidget
    right: QWidget

    def __init__(
        self,
        service: PlanningService | None,
        runner: TaskRunner,
        parent: QWidget | None = None,
        *,
        kiosk: Kiosk | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        """Build the screen; :meth:`reload` loads the data in the background.

        Without *service* the first load takes *kiosk*'s planning on the database lane.
        """
        super().__init__(parent)
        if service is None and kiosk is None:
            raise ValueError("a planning page needs its service or the kiosk")
        self.setObjectName("planningPage")
        self._service, self.runner, self.kiosk, self.today = service, runner, kiosk, today
        self.season_id: str | None = None
        self.grid_data: GridData | None = None
        self.editor: BookingEditor | None = None
        self.retention: int | None = None  # the branch's retention term, once loaded
        self.pending_hit: BookingHit | None = None  # a found booking to show after a reload
        self._opened = False  # the first load puts the cursor on today
        self.search_dialog: QDialog | None = None  # the booking search, while open
        self.undo_stack = QUndoStack(self)
        self._filling = False
        self._loading = False  # a reload is on the database lane
        self._load_again = False  # ... and another was asked for meanwhile
        self._build()
        runner.changed.connect(self._on_changes)

    # -- layout ---------------------------------------------------------------------------

    def _build(self) -> None:
        page_build.build(self)
        self.natural_side = page_build.side_width(self)
        page_build.fit_side(self)
        self._connect()
        install_mnemonics(self)
        self._main_chain: list[QWidget] = [
            self.season,
            self.filter_button,
            self.helper_filter,
            self.partner_filter,
            self.date_bar.today_button,
            self.date_bar.date,
            self.date_bar.go_button,
            self.date_bar.search_button,
            self.grid,
            *self.tool_buttons(),
            self.side.tabBar(),
        ]
        for before, after in itertools.pairwise(self._main_chain):
            QWidget.setTabOrder(before, after)

    def tool_buttons(self) -> tuple[QPushButton, ...]:
        """Return the buttons above the side tabs, in screen order."""
        return (self.templates_button, self.print_button, self.exchange_button, self.side_button)

    def _connect(self) -> None:
        self.season.currentIndexChanged.connect(self._on_season)
        self.filter_button.toggled.connect(self.show_filters)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus)
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
        slot_panel = self.slot_panel
        self.grid.book_requested.connect(slot_panel.new_booking)
        self.grid.open_requested.connect(slot_panel.open_slot)
        self.grid.cancel_requested.connect(slot_panel.cancel_in)
        self.grid.pick_requested.connect(slot_panel.pick)
        self.grid.copy_requested.connect(slot_panel.copy)
        slot_panel.picked_changed.connect(self.grid.set_picked)
        slot_panel.slip_requested.connect(
            lambda booking_id, slot: page_actions.print_slip_for(self, booking_id, slot)
        )
        self.date_bar.day_chosen.connect(self.go_to_day)
        self.date_bar.today_requested.connect(self.go_today)
        self.date_bar.search_requested.connect(self.open_search)
        self.side_button.toggled.connect(self.show_details)
        self.grid.paste_requested.connect(slot_panel.paste)
        self.grid.escape_pressed.connect(slot_panel.drop_pick)
        slot_panel.place_freed.connect(self.waiting.offer_freed_place)
        self.attention.slot_chosen.connect(self.grid.go_to_slot)
        self.templates_button.clicked.connect(self.open_templates)
        self.print_button.clicked.connect(self.print_day_list)
        self.exchange_button.clicked.connect(self.open_exchange)
        shortcuts: dict[str | QKeySequence, Callable[[], object]] = {
            QKeySequence(QKeySequence.StandardKey.Undo): self.undo_stack.undo,
            "Ctrl+Shift+Z": self.undo_stack.redo,
            "Ctrl+Y": self.undo_stack.redo,
            "Ctrl+P": self.print_slip,
            "Ctrl+Shift+P": self.print_day_list,
            "Ctrl+E": self.open_exchange,
            "Ctrl+Shift+T": self.open_templates,
            "Ctrl+T": self.go_today,
            "Ctrl+G": self.date_bar.focus_date,
            "Ctrl+F": self.open_search,
            "Ctrl+D": lambda: self.side_button.toggle(),
            "Alt+H": lambda: self.show_filters(True, self.helper_filter),
            "Alt+O": lambda: self.show_filters(True, self.partner_filter),
            "Alt+G": lambda: self.grid.setFocus(Qt.FocusReason.ShortcutFocusReason),
        }
        for keys, slot in shortcuts.items():
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    def tab_order(self) -> list[QWidget]:
        """Return the controls Tab visits, in screen order.

        The row above the grid, the grid, the tools, the side tabs and then the open tab's
        controls (top to bottom).
        """
        panel = page_build.side_panel(self)
        inside: list[QWidget] = []
        if isinstance(panel, SlotPanel):
            inside = panel.tab_chain()
        elif panel is not None:
            inside = focus_walk.in_reading_order(panel)
        return [*self._main_chain, *inside]

    def focusNextPrevChild(self, next: bool) -> bool:
        """Walk :meth:`tab_order` with Tab / Shift+Tab.

        Qt's own chain lost its way round the side tabs. Past the last control (the first,
        backwards) focus leaves the page, or goes round when the page is the window.
        """
        moved = focus_walk.step(self, self.tab_order(), next, ring=self.isWindow())
        return moved if moved is not None else super().focusNextPrevChild(next)

    @property
    def service(self) -> PlanningService:
        """The planning service (from the first load on, when the page was given the kiosk).

        Asked for before the first load has reported, it is taken from the kiosk here: that
        imports the planning code on the calling thread.
        """
        if self._service is None:
            assert self.kiosk is not None
            self._service = self.kiosk.planning
        return self._service

    # -- loading --------------------------------------------------------------------------

    def reload(self) -> None:
        """Load the seasons, the chosen season's grid, the waiting list and the conflicts.

        While a reload is on its way, asking again reads once more after it (with the season
        and filters chosen by then), so a burst of changes reads the planning twice at most.
        """
        if self._loading:
            self._load_again = True
            return
        self._loading = True
        given, kiosk, chosen = self._service, self.kiosk, self.season_id
        helper_id = self.helper_filter.currentData()
        partner_id = self.partner_filter.currentData()
        today = self.today()

        def work() -> tuple[PlanningService, Loaded]:  # on the lane: imports the planning once
            service = given if given is not None else _planning_of(kiosk)
            return service, load_page(service, chosen, helper_id, partner_id, today)

        self.runner.submit(work, self._on_loaded, self._on_load_failed)

    def _on_changes(self, what: Changes) -> None:
        # Hidden, it is read afresh when shown (MainWindow.show_planning).
        if what.touches(changes.PLANNING) and self.isVisible():
            self.reload()

    def _on_load_failed(self, error: UserError) -> None:
        self._loading = False
        self.report_error(error)
        self._reload_if_asked()

    def _reload_if_asked(self) -> None:
        if self._load_again:
            self._load_again = False
            self.reload()

    def _on_loaded(self, result: tuple[PlanningService, Loaded]) -> None:
        service, loaded = result
        self._service = self._service or service
        self._loading = False
        self._filling = True
        try:
            self.season_id = loaded.season_id
            fill_combo(
                self.season, [(s.name, s.id) for s in loaded.seasons], loaded.season_id, None
            )
            fill_combo(
                self.helper_filter,
                [(h.name, h.id) for h in loaded.helpers],
                self.helper_filter.currentData(),
                self.tr("Alle helpers"),
            )
            fill_combo(
                self.partner_filter,
                [(p.name, p.id) for p in loaded.partners],
                self.partner_filter.currentData(),
                self.tr("Alle organisaties"),
            )
        finally:
            self._filling = False
        self.grid_data = loaded.grid
        self.retention = loaded.retention_days
        self.grid.show_grid(loaded.grid)
        if not self._opened and loaded.grid is not None and loaded.grid.rows:
            self._opened = True
            page_actions.go_to_day(self, self.today())
        season = next((s for s in loaded.seasons if s.id == loaded.season_id), None)
        self.waiting.show_list(season, loaded.waiting)
        count = self.attention.show_conflicts(loaded.attention, loaded.attention_slots)
        self.side.setTabText(
            2, self.tr("⚠ &Aandacht ({n})").format(n=count) if count else self.tr("&Aandacht")
        )
        if loaded.season_id is None:
            self.say(self.tr("Er is nog geen seizoen. Kies Seizoen en rooster (Ctrl+T)."))
        elif loaded.grid is not None and not loaded.grid.rows:
            self.say(
                self.tr("Dit seizoen heeft nog geen tijden. Maak een rooster (Ctrl+T) en genereer.")
            )
        elif self.feedback.text() == self.tr("De planning wordt geladen …"):
            self.say(self.tr("Enter of een letter typen op een vrije plek maakt een afspraak."))
        self.update_buttons()
        if self.pending_hit is not None:
            page_actions.finish_hit(self)
        self.loaded.emit()
        self._reload_if_asked()

    def _on_season(self, _index: int) -> None:
        if self._filling:
            return
        self.season_id = self.season.currentData()
        self.undo_stack.clear()
        self.reload()

    def _on_filter(self, _index: int) -> None:
        self._mark_filter()
        if not self._filling:
            self.reload()

    def show_filters(self, shown: bool, focus: QWidget | None = None) -> None:
        """Show or fold the helper and organisation filters ("Filter"); then focus *focus*.

        Folded while a filter is on, the button says so: "Filter (aan)".
        """
        self.filters.setVisible(shown)
        self.filter_button.setChecked(shown)
        self._mark_filter()
        if focus is not None:
            focus.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _mark_filter(self) -> None:
        on = self.helper_filter.currentData() is not None
        on = on or self.partner_filter.currentData() is not None
        folded = not self.filter_button.isChecked()
        self.filter_button.setText(self.tr("Filter (aan)") if on and folded else self.tr("Filter"))

    # -- feedback and the database lane -----------------------------------------------------

    def say(self, text: str, *, ok: bool = True) -> None:
        """Show *text* under the grid (green, or red when not *ok*)."""
        show_feedback(self.feedback, text, ok=ok)
        self.message.emit(text)

    def report_error(self, error: UserError) -> None:
        """Show a refusal the clerk can act on (invalid input, disk full, ...)."""
        self.say(f"✖ {error_text(error)}", ok=False)

    def after_write(self, text: str) -> None:
        """Say *text* and announce the change (sync soon); the page redraws from the changes."""
        self.say(text)
        self.changed.emit()

    def read(self, work: Callable[[], T], done: Callable[[T], None]) -> None:
        """Run the read *work* on the database lane, then *done*; a refusal is shown."""
        self.runner.submit(work, done, self.report_error)

    def change(
        self,
        work: Callable[[], T],
        done: Callable[[T], str],
        *,
        editor: BookingEditor | None = None,
        undo: Callable[[T], QUndoCommand] | None = None,
        then: Callable[[T], Any] | None = None,
    ) -> None:
        """Store the change *work* on the database lane; say ``done(result)`` when stored.

        On success *editor* closes, *undo* (given the result) makes the step Ctrl+Z undoes,
        and *then* runs last; a refusal shows under *editor*'s fields, or under the grid.
        """

        def stored(result: T) -> None:
            if editor is not None:
                editor.accept()
            if undo is not None:
                self.undo_stack.push(undo(result))
            self.after_write(done(result))
            if then is not None:
                then(result)

        refused = editor.show_problems if editor is not None else self.report_error
        self.runner.submit(work, stored, refused)

    def run_step(self, text: str, work: Callable[[], object]) -> None:
        """Run an undo or redo step on the database lane; on failure the history is cleared."""

        def failed(error: UserError) -> None:
            self.undo_stack.clear()
            self.say(
                self.tr("✖ {what} lukte niet: {error}").format(what=text, error=error_text(error)),
                ok=False,
            )
            self.reload()

        self.runner.submit(work, lambda _result: self.after_write(f"✔ {text}"), failed)

    # -- the questions the page asks (tests answer them) -----------------------------------

    def confirm_cancel(self, booking: Booking, slot: Slot) -> bool:
        """Ask "Afspraak annuleren?" (default: Nee); True when the clerk says yes."""
        return prompts.confirm_cancel(self, texts.booking_name(booking), self.where(slot))

    def offer_waiting(self, entry: WaitingEntry, slot: Slot) -> bool:
        """Ask whether to book the first waiting citizen into the freed place."""
        return prompts.offer_freed_place(
            self, self.where(slot), entry.name or "", entry.phone or ""
        )

    def ask_reason(self, question: str) -> str | None:
        """Ask why a slot gets more bookings than places; None when the clerk stops."""
        return prompts.ask_reason(self, question)

    # -- the slot under the cursor --------------------------------------------------------

    def show_side(self) -> None:
        """Show the slot under the cursor in the side panel now."""
        self._side_timer.stop()
        slot = self.grid.current_slot()
        helper = None
        if slot is None:
            index = self.grid.currentIndex()
            helper = self.grid.grid_model.helper(index.column()) if index.isValid() else None
        self.slot_panel.show_slot(slot, helper.name if helper is not None else None)
        self.update_buttons()

    def slot_under_cursor(self) -> Slot | None:
        """Return the slot under the cursor, first catching the side panel up with it."""
        if self._side_timer.isActive():
            self.show_side()
        return self.grid.current_slot()

    def update_buttons(self, *_args: Any) -> None:
        """Enable the side tabs' buttons for the slot under the cursor and the lists."""
        slot = self.grid.current_slot()
        self.slot_panel.update_buttons(slot)
        self.waiting.update_buttons(slot)
        self.attention.update_buttons()

    def where(self, slot: Slot) -> str:
        """Return "di 2 mrt 10:00–10:30 · Anna de Boer" for *slot*."""
        helpers = self.grid_data.helpers if self.grid_data else ()
        helper = next((h for h in helpers if h.id == slot.helper_id), None)
        who = f" · {helper.name}" if helper is not None else ""
        return f"{texts.slot_label(slot)}{who}"

    def new_booking(self, slot: Slot, name: str = "") -> None:
        """Open the booking editor for a new booking in *slot* (with the name typed so far)."""
        self.slot_panel.new_booking(slot, name)

    # -- the booking editor ---------------------------------------------------------------

    def open_editor(self, editor: BookingEditor) -> BookingEditor:
        """Show *editor* (window-modal; one at a time) and return it; focus returns to the grid."""
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

    # -- the desk keys (ui.planning.page_actions) --------------------------------------------

    def shortcut_help(self) -> list[tuple[str, str]]:
        """Return the page's keys and what they do, for the F1 overview."""
        return page_keys.shortcut_help()

    def go_to_day(self, day: date) -> None:
        """Put the grid's cursor on *day* (or the next day with hours) and focus the grid."""
        if page_actions.go_to_day(self, day):
            self.grid.setFocus(Qt.FocusReason.OtherFocusReason)

    def go_today(self) -> None:
        """Put the grid's cursor on today (Ctrl+T)."""
        self.go_to_day(self.today())

    def open_search(self) -> None:
        """Open the booking search (Ctrl+F)."""
        page_actions.open_search(self)

    def print_slip(self) -> None:
        """Print the appointment slip of the booking under the cursor (Ctrl+P)."""
        page_actions.print_slip_here(self)

    def show_details(self, shown: bool) -> None:
        """Show or hide the side panel (Ctrl+D); hidden, the grid gets nearly the whole width.

        The tool buttons stay, stacked in a narrow column.
        """
        self.side.setVisible(shown)
        self.side_button.setChecked(shown)
        self.side_button.setText(
            self.tr("Details verbergen") if shown else self.tr("Details tonen")
        )
        page_build.fit_side(self)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Keep the side column within its share of the width."""
        super().resizeEvent(event)
        page_build.fit_side(self)

    def _on_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        """Scroll a side tab so the control that got the focus shows."""
        shown = self.side.currentWidget()
        if new is not None and isinstance(shown, SideScroll) and shown.isAncestorOf(new):
            shown.ensureWidgetVisible(new)

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

        open_exchange(
            self,
            self.kiosk,
            self.season_id,
            self.runner,
            on_changed=self.changed.emit,
            season_name=self.season.currentText(),
        )


def _planning_of(kiosk: Kiosk | None) -> PlanningService:
    """Return *kiosk*'s planning service (run on the database lane: the first call imports it)."""
    assert kiosk is not None
    return kiosk.planning
