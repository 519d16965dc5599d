"""The Belastinghulp screen's shell: season and filters, the grid, the side tabs.

Everything loads and saves through the :class:`~kiosk.planning.service.PlanningService` on the
runner's database lane (:class:`ui.tasks.TaskRunner`); loading is in
:mod:`ui.planning.page_loading` (given the kiosk instead of the service, the page takes
``Kiosk.planning`` on the lane with its first load). The screen reads itself again whenever a
change touches the planning, while it is shown. The layout is :mod:`ui.planning.page_build`, the
wiring of controls and keys :mod:`ui.planning.page_wiring`, the desk keys' actions
:mod:`ui.planning.page_actions`; the side tabs (:mod:`ui.planning.slot_panel`,
:mod:`ui.planning.waiting_panel`, :mod:`ui.planning.attention_panel`) know this page only as a
:class:`~ui.planning.host.PanelHost`. The page opens on today (or the next day with hours). Its
keys are listed in :mod:`ui.planning.page_keys` (:meth:`PlanningPage.shortcut_help` gives them to
the F1 overview); Ctrl+R means nothing here (it is "herhaal vorige" on the registration page).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QPushButton, QTabWidget, QWidget

from kiosk.changes import Changes
from kiosk.planning.records import Booking, GridData, Slot, WaitingEntry
from kiosk.planning.search import BookingHit
from ui.planning import (
    focus_walk,
    page_actions,
    page_build,
    page_keys,
    page_loading,
    page_wiring,
    prompts,
    texts,
)
from ui.planning.attention_panel import AttentionPanel
from ui.planning.booking_editor import BookingEditor
from ui.planning.grid_view import PlanningGridView
from ui.planning.navigation import DateBar
from ui.planning.slot_panel import SlotPanel
from ui.planning.waiting_panel import WaitingPanel
from ui.planning.widgets import LiveTexts, SideScroll, show_feedback
from ui.tasks import UserError
from ui.widgets import install_mnemonics
from ui.words import error_text

if TYPE_CHECKING:
    from kiosk.app import Kiosk
    from kiosk.planning.service import PlanningService
    from ui.planning.template_editor import TemplateEditor
    from ui.tasks import TaskRunner

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
    main_scroll: SideScroll
    slot_panel: SlotPanel
    waiting: WaitingPanel
    attention: AttentionPanel
    side: QTabWidget
    words: LiveTexts  # the texts set again on a language switch
    attention_count: int
    # Made by ui.planning.page_wiring.connect and ui.planning.page_actions.open_templates:
    side_timer: QTimer
    template_editor: TemplateEditor
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
        self.opened = False  # the first load puts the cursor on today
        self.search_dialog: QDialog | None = None  # the booking search, while open
        self.undo_stack = QUndoStack(self)
        self.filling = False  # the combo boxes are being filled (no reload)
        self.loading = False  # a reload is on the database lane
        self.load_again = False  # ... and another was asked for meanwhile
        self._build()
        runner.changed.connect(self._on_changes)

    # -- layout ---------------------------------------------------------------------------

    def _build(self) -> None:
        page_build.build(self)
        self.natural_side = page_build.side_width(self)
        page_build.fit_side(self)
        page_wiring.connect(self)
        install_mnemonics(self)
        self.words.on_switch(lambda: page_build.retranslate(self))
        self._main_chain = page_build.main_chain(self)
        for before, after in itertools.pairwise(self._main_chain):
            QWidget.setTabOrder(before, after)

    def tool_buttons(self) -> tuple[QPushButton, ...]:
        """Return the buttons above the side tabs, in screen order."""
        return (self.templates_button, self.print_button, self.exchange_button, self.side_button)

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
        page_loading.reload(self)

    def _on_changes(self, what: Changes) -> None:
        page_loading.on_changes(self, what)

    def show_filters(self, shown: bool, focus: QWidget | None = None) -> None:
        """Show or fold the helper and organisation filters ("Filter"); then focus *focus*."""
        page_build.show_filters(self, shown, focus)

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
        self.side_timer.stop()
        slot = self.grid.current_slot()
        helper = None
        if slot is None:
            index = self.grid.currentIndex()
            helper = self.grid.grid_model.helper(index.column()) if index.isValid() else None
        self.slot_panel.show_slot(slot, helper.name if helper is not None else None)
        self.update_buttons()

    def slot_under_cursor(self) -> Slot | None:
        """Return the slot under the cursor, first catching the side panel up with it."""
        if self.side_timer.isActive():
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
        page_build.follow_focus(self, new)

    # -- other screens (ui.planning.page_actions) -------------------------------------------

    def open_templates(self) -> None:
        """Open the season and template editor; reload when it closes."""
        page_actions.open_templates(self)

    def current_day(self) -> date | None:
        """Return the day under the grid's cursor."""
        return page_actions.current_day(self)

    def print_day_list(self) -> None:
        """Print the day list of the cursor's day (and the helper filter's helper, if any)."""
        page_actions.print_day_list(self)

    def open_exchange(self) -> None:
        """Open export of the schedule and import of availability (Ctrl+E)."""
        page_actions.open_exchange(self)
