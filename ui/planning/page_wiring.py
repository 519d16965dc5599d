"""The planning page's wiring: which control, side tab and key does what.

Kept out of :mod:`ui.planning.planning_page` (the screen's shell) to keep that module small.
The page's keys are listed for the F1 overview in :mod:`ui.planning.page_keys`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication

from ui.planning import page_actions, page_loading

if TYPE_CHECKING:
    from ui.planning.planning_page import PlanningPage

SIDE_DELAY_MS = 60


def connect(page: PlanningPage) -> None:
    """Connect the page's controls, side tabs and keys to what they do."""
    page.season.currentIndexChanged.connect(lambda _i: page_loading.on_season(page))
    page.filter_button.toggled.connect(page.show_filters)
    app = QApplication.instance()
    if isinstance(app, QApplication):
        app.focusChanged.connect(page._on_focus)
    page.helper_filter.currentIndexChanged.connect(lambda _i: page_loading.on_filter(page))
    page.partner_filter.currentIndexChanged.connect(lambda _i: page_loading.on_filter(page))
    # The side panel follows the cursor once it rests: the grid repaints at once (about a
    # millisecond a step), the panel's table and buttons (a few ms) only when the clerk
    # stops on a slot, so holding an arrow key down stays smooth.
    page.side_timer = QTimer(page)
    page.side_timer.setSingleShot(True)
    page.side_timer.setInterval(SIDE_DELAY_MS)
    page.side_timer.timeout.connect(page.show_side)
    page.grid.slot_changed.connect(lambda _slot: page.side_timer.start())
    slot_panel = page.slot_panel
    page.grid.book_requested.connect(slot_panel.new_booking)
    page.grid.open_requested.connect(slot_panel.open_slot)
    page.grid.cancel_requested.connect(slot_panel.cancel_in)
    page.grid.pick_requested.connect(slot_panel.pick)
    page.grid.copy_requested.connect(slot_panel.copy)
    slot_panel.picked_changed.connect(page.grid.set_picked)
    slot_panel.slip_requested.connect(
        lambda booking_id, slot: page_actions.print_slip_for(page, booking_id, slot)
    )
    page.date_bar.day_chosen.connect(page.go_to_day)
    page.date_bar.today_requested.connect(page.go_today)
    page.date_bar.search_requested.connect(page.open_search)
    page.side_button.toggled.connect(page.show_details)
    page.grid.paste_requested.connect(slot_panel.paste)
    page.grid.escape_pressed.connect(slot_panel.drop_pick)
    slot_panel.place_freed.connect(page.waiting.offer_freed_place)
    page.attention.slot_chosen.connect(page.grid.go_to_slot)
    page.templates_button.clicked.connect(page.open_templates)
    page.print_button.clicked.connect(page.print_day_list)
    page.exchange_button.clicked.connect(page.open_exchange)
    shortcuts: dict[str | QKeySequence, Callable[[], object]] = {
        QKeySequence(QKeySequence.StandardKey.Undo): page.undo_stack.undo,
        "Ctrl+Shift+Z": page.undo_stack.redo,
        "Ctrl+Y": page.undo_stack.redo,
        "Ctrl+P": page.print_slip,
        "Ctrl+Shift+P": page.print_day_list,
        "Ctrl+E": page.open_exchange,
        "Ctrl+Shift+T": page.open_templates,
        "Ctrl+T": page.go_today,
        "Ctrl+G": page.date_bar.focus_date,
        "Ctrl+F": page.open_search,
        "Ctrl+D": lambda: page.side_button.toggle(),
        "Alt+H": lambda: page.show_filters(True, page.helper_filter),
        "Alt+O": lambda: page.show_filters(True, page.partner_filter),
        "Alt+G": lambda: page.grid.setFocus(Qt.FocusReason.ShortcutFocusReason),
    }
    for keys, slot in shortcuts.items():
        shortcut = QShortcut(QKeySequence(keys), page)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(slot)
