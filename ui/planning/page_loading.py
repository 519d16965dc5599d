"""Loading the planning page: the seasons, the chosen season's grid, the lists, on the lane.

Kept out of :mod:`ui.planning.planning_page` (the screen's shell) to keep that module small;
each function takes the page. Everything is read on the runner's database lane
(:func:`ui.planning.page_data.load_page`); a page given the kiosk instead of the service takes
``Kiosk.planning`` there with its first load, so the planning code is imported on the lane.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kiosk import changes
from kiosk.changes import Changes
from ui.planning import page_actions, page_build
from ui.planning.page_data import Loaded, load_page
from ui.planning.widgets import fill_combo
from ui.tasks import UserError

if TYPE_CHECKING:
    from kiosk.app import Kiosk
    from kiosk.planning.service import PlanningService
    from ui.planning.planning_page import PlanningPage


def reload(page: PlanningPage) -> None:
    """Load the seasons, the chosen season's grid, the waiting list and the conflicts.

    While a reload is on its way, asking again reads once more after it (with the season
    and filters chosen by then), so a burst of changes reads the planning twice at most.
    """
    if page.loading:
        page.load_again = True
        return
    page.loading = True
    given, kiosk, chosen = page._service, page.kiosk, page.season_id
    helper_id = page.helper_filter.currentData()
    partner_id = page.partner_filter.currentData()
    today = page.today()

    def work() -> tuple[PlanningService, Loaded]:  # on the lane: imports the planning once
        service = given if given is not None else _planning_of(kiosk)
        return service, load_page(service, chosen, helper_id, partner_id, today)

    page.runner.submit(work, lambda result: _loaded(page, result), lambda e: _load_failed(page, e))


def on_changes(page: PlanningPage, what: Changes) -> None:
    """Read the planning again after a change that touches it, while the page shows."""
    # Hidden, it is read afresh when shown (MainWindow.show_planning).
    if what.touches(changes.PLANNING) and page.isVisible():
        reload(page)


def _load_failed(page: PlanningPage, error: UserError) -> None:
    page.loading = False
    page.report_error(error)
    _reload_if_asked(page)


def _reload_if_asked(page: PlanningPage) -> None:
    if page.load_again:
        page.load_again = False
        reload(page)


def _loaded(page: PlanningPage, result: tuple[PlanningService, Loaded]) -> None:
    service, loaded = result
    page._service = page._service or service
    page.loading = False
    page.filling = True
    try:
        page.season_id = loaded.season_id
        fill_combo(page.season, [(s.name, s.id) for s in loaded.seasons], loaded.season_id, None)
        fill_combo(
            page.helper_filter,
            [(h.name, h.id) for h in loaded.helpers],
            page.helper_filter.currentData(),
            page.tr("Alle helpers"),
        )
        fill_combo(
            page.partner_filter,
            [(p.name, p.id) for p in loaded.partners],
            page.partner_filter.currentData(),
            page.tr("Alle organisaties"),
        )
    finally:
        page.filling = False
    page.grid_data = loaded.grid
    page.retention = loaded.retention_days
    page.grid.show_grid(loaded.grid)
    if not page.opened and loaded.grid is not None and loaded.grid.rows:
        page.opened = True
        page_actions.go_to_day(page, page.today())
    season = next((s for s in loaded.seasons if s.id == loaded.season_id), None)
    page.waiting.show_list(season, loaded.waiting)
    page.attention_count = page.attention.show_conflicts(loaded.attention, loaded.attention_slots)
    page_build.attention_tab(page)
    if loaded.season_id is None:
        page.say(page.tr("Er is nog geen seizoen. Kies Seizoen en rooster (Ctrl+Shift+T)."))
    elif loaded.grid is not None and not loaded.grid.rows:
        page.say(
            page.tr(
                "Dit seizoen heeft nog geen tijden. Maak een rooster (Ctrl+Shift+T) en genereer."
            )
        )
    elif page.feedback.text() == page.tr("De planning wordt geladen …"):
        page.say(page.tr("Enter of een letter typen op een vrije plek maakt een afspraak."))
    page.update_buttons()
    if page.pending_hit is not None:
        page_actions.finish_hit(page)
    page.loaded.emit()
    _reload_if_asked(page)


def on_season(page: PlanningPage) -> None:
    """Show the season chosen in the season box (its undo history ends)."""
    if page.filling:
        return
    page.season_id = page.season.currentData()
    page.undo_stack.clear()
    reload(page)


def on_filter(page: PlanningPage) -> None:
    """Read the grid again for the helper or organisation chosen."""
    page_build.mark_filter(page)
    if not page.filling:
        reload(page)


def _planning_of(kiosk: Kiosk | None) -> PlanningService:
    """Return *kiosk*'s planning service (run on the database lane: the first call imports it)."""
    assert kiosk is not None
    return kiosk.planning
