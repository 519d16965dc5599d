"""The app's screens on sample data, one after the other: the tour the screenshots take.

:func:`visit_screens` drives a main window through every page and dialog and calls ``shot`` at
each; :func:`settler` waits until the window's work is done. ``tools.screenshots`` saves a PNG
at each stop, and the language tests (``tests/ui/language_walk.py``) read the texts there.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any


def settler(window: Any) -> Callable[..., None]:
    """Return a ``settle(condition, timeout_ms)`` for *window*: events, tasks and sync done."""
    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

    def settle(condition: Callable[[], bool] = lambda: True, timeout_ms: int = 10000) -> None:
        loop_timer = QTimer()
        loop_timer.start(timeout_ms)
        while not condition() and loop_timer.isActive():
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        if window.runner is not None:
            window.runner.wait_idle()
        sync = window.sync
        if sync is not None:  # the status bar's sync texts come from the sync worker
            sync_timer = QTimer()
            sync_timer.start(timeout_ms)
            while (sync.status is None or sync.running) and sync_timer.isActive():
                QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        for _ in range(5):
            QCoreApplication.processEvents()

    return settle


def visit_screens(window: Any, shot: Callable[..., None], settle: Callable[..., None]) -> None:
    """Drive *window* through every screen, calling ``shot(name, dialog=None)`` at each.

    The screenshots save a picture there; the language tests (tests/ui) read the texts.
    *window* is shown and not started; the sample data is recorded on the way, and the desk
    keeps the language installed now.
    """
    from tools.demo_data import link_to_pretend_server, record_sample_day
    from ui.i18n import current_language

    language = current_language()
    window.start()
    settle(lambda: window.kiosk is not None)
    # The desk's stored language rules once the desk is set up: store the one shown now.
    window.kiosk.settings.save(language=language)
    shot("01-eerste-start")

    window.setup_page.demo_button.click()
    settle(lambda: window.registration is not None)
    page = window.registration
    assert page is not None and window.kiosk is not None
    record_sample_day(window.kiosk, page.desk.desk_id)
    page.refresh(restore_previous=True)
    settle()
    shot("02-registratie")

    page.editor.topics.filter.setText("digid")
    page.editor.topics.choose_first_match()
    page.editor.followup.set_selected(["aangevraagd"])
    page.editor.help.set_selected(["samen_gedaan", "doorverwezen"])
    page.editor.referral.set_selected(["dienstverlener"])
    page.add_question()
    page.editor.topics.filter.setText("huur")
    shot("03-twee-vragen-filter")

    page.clear()
    page.editor.topics.set_topic("toeslag_zorg")
    page.editor.help.set_selected(["informatie"])
    page.editor.note.setText("Bellen naar 06-12345678 voor terugbelverzoek")
    page.save()
    settle()
    shot("04-privacy-melding")

    page.editor.note.clear()
    page.day.table.selectRow(1)
    row = page.day.selected()
    if row is not None:
        page.start_correction(row.id)
    settle(lambda: window.sync is not None and window.sync.status is not None)
    shot("05-correctie")

    page.cancel_correction()
    window.open_enroll()
    enroll = window.enroll_dialog
    assert enroll is not None
    enroll.server.setText("https://sync.bibliotheek-voorbeeld.nl")
    enroll.code.setText("K7QX-42MB")
    enroll.code.setFocus()
    shot("07-koppelen", enroll)
    enroll.reject()

    link_to_pretend_server(window.kiosk)
    sync = window.sync
    assert sync is not None
    sync.refresh()
    settle(lambda: sync.status is not None and sync.status.enrolled)
    window.open_sync_page()
    sync_page = window.sync_page
    assert sync_page is not None
    loaded: list[bool] = []
    sync_page.loaded.connect(lambda: loaded.append(True))
    settle(lambda: bool(loaded))
    sync_page.table.selectRow(0)
    shot("06-synchronisatie", sync_page)
    sync_page.accept()
    _update_shots(window, shot, settle)
    _planning_shots(window, shot, settle)
    _overview_shots(window, shot, settle)
    _desk_shots(window, shot, settle)


def over(window: Any, dialog: Any) -> Any:
    """Return the window with *dialog* drawn centred over it, the window dimmed behind."""
    from PySide6.QtGui import QColor, QPainter

    picture = window.grab()
    front = dialog.grab()
    painter = QPainter(picture)
    painter.fillRect(picture.rect(), QColor(0, 0, 0, 90))
    x = (picture.width() - front.width()) // 2
    y = max((picture.height() - front.height()) // 2 - 16, 0)
    painter.drawPixmap(x, y, front)
    painter.end()
    return picture


def _update_shots(window: Any, shot: Callable[..., None], settle: Callable[..., None]) -> None:
    """The server advises a newer app: the status bar's notice, then the Synchronisatie screen."""
    from tools.demo_data import advise_newer_version

    sync = window.sync
    advise_newer_version(window.kiosk)
    sync.refresh()
    settle(lambda: sync.status is not None and sync.status.app_update is not None)
    shot("30-nieuwe-versie")
    window.open_sync_page()
    sync_page = window.sync_page
    loaded: list[bool] = []
    sync_page.loaded.connect(lambda: loaded.append(True))
    settle(lambda: bool(loaded))
    shot("31-nieuwe-versie-synchronisatie", sync_page)
    sync_page.accept()
    advise_newer_version(window.kiosk, advise=False)  # the other pictures go without
    sync.refresh()
    settle(lambda: sync.status is not None and sync.status.app_update is None)


def _planning_shots(window: Any, shot: Callable[..., None], settle: Callable[..., None]) -> None:
    """The Belastinghulp screens: the grid, a booking, the season editor, Aandacht nodig."""
    from PySide6.QtCore import Qt

    from tools.demo_data import sample_season

    kiosk = window.kiosk
    assert kiosk is not None
    sample_season(kiosk)
    window.show_planning()
    page = window.planning
    assert page is not None
    loaded: list[bool] = []
    page.loaded.connect(lambda: loaded.append(True))
    settle(lambda: bool(loaded))
    page.grid.setFocus()
    page.grid.go_to_slot(slot_at(page, 1, 0))
    page.grid.scrollToTop()
    page.show_side()
    shot("08-belastinghulp-rooster")

    page.grid.go_to_slot(slot_at(page, 4, 1))
    slot = page.grid.current_slot()
    assert slot is not None
    page.new_booking(slot, "F")
    editor = page.editor
    assert editor is not None
    editor.name.setText("F. el Amrani")
    editor.phone.setText("06 48 12 90 33")
    editor.purpose.set_selected(["aangifte", "toeslagen"])
    editor.checklist.set_selected(["digid_zelf", "jaaropgaven", "toeslagbeschikking"])
    editor.remark.setText("Machtigingscode: KX7P-42MB-QR9T")
    editor.submit()
    settle()
    shot("09-afspraak-privacy", editor)
    editor.reject()
    settle()

    page.open_templates()
    templates = page.template_editor
    settle()
    templates.tabs.setCurrentIndex(2)
    schedule = templates.schedule_tab
    schedule.template_helper.setCurrentIndex(
        schedule.template_helper.findText("Dirk", Qt.MatchFlag.MatchStartsWith)
    )
    schedule.template_day.setCurrentIndex(1)  # dinsdag
    schedule.template_minutes.setValue(30)
    schedule.add_template()
    settle()
    schedule.template_table.selectRow(schedule.template_model.rowCount() - 1)
    templates.preview()
    settle()
    shot("10-seizoen-en-rooster", templates)
    templates.accept()
    settle()

    page.side.setCurrentIndex(2)
    page.attention.table.selectRow(0)
    page.attention.table.setFocus(Qt.FocusReason.OtherFocusReason)
    shot("11-aandacht-nodig")


def _overview_shots(window: Any, shot: Callable[..., None], settle: Callable[..., None]) -> None:
    """The Overzicht: weeks of visits, the busy hours, a table, survey answers, the print."""
    from datetime import date, timedelta

    from tools.overview_demo import record_sample_answers, record_sample_weeks

    if not hasattr(window, "show_overview") or window.registration is None:
        return
    record_sample_weeks(window.kiosk, window.registration.desk.desk_id)
    record_sample_answers(window.kiosk)
    window.show_overview()
    page = window.overview
    assert page is not None
    today = date.today()
    page.bar.set_range(today - timedelta(weeks=8), today)
    settle(lambda: not page.busy)
    shot("17-overzicht")

    page.chart_list.setCurrentRow([chart.key for chart in page.charts].index("hours"))
    settle(lambda: not page.busy)
    page.chart_list.setFocus()
    shot("18-overzicht-drukte")

    page.chart_list.setCurrentRow([chart.key for chart in page.charts].index("topics"))
    page.table_button.setChecked(True)
    page.table.setFocus()
    settle(lambda: not page.busy)
    shot("19-overzicht-tabel")
    page.table_button.setChecked(False)

    page.chart_list.setCurrentRow([chart.key for chart in page.charts].index("survey_found_via"))
    settle(lambda: not page.busy)
    page.chart_list.setFocus()
    shot("17-overzicht-bezoekers")

    page.print_overview()
    settle(lambda: page.preview is not None)
    preview = page.preview
    if preview is not None:
        shot("20-overzicht-afdrukken", preview)
        preview.reject()
        settle()


def _desk_shots(window: Any, shot: Callable[..., None], settle: Callable[..., None]) -> None:
    """History, settings, the key overview and the idle screen (each skipped if not built)."""
    from PySide6.QtWidgets import QDialog

    if hasattr(window, "show_registration_page"):
        window.show_registration_page()
    page, kiosk = window.registration, window.kiosk
    try:
        module: Any = importlib.import_module("ui.history_dialog")
    except ImportError:
        module = None
    if module is not None and page is not None:
        history = module.HistoryDialog(kiosk, page.desk, window.runner, window)
        loaded: list[bool] = []
        history.loaded.connect(lambda: loaded.append(True))
        history.show()
        settle(lambda: bool(loaded))
        shot("13-eerdere-bezoeken", history)
        history.reject()
    for name, opener, attribute in (
        ("14-instellingen", "open_settings", "settings_dialog"),
        ("15-sneltoetsen", "open_help", "help_dialog"),
    ):
        if not hasattr(window, opener):
            continue
        getattr(window, opener)()
        settle()
        dialog = getattr(window, attribute, None)
        if isinstance(dialog, QDialog):
            shot(name, dialog)
            dialog.reject()
            settle()
    lock = getattr(window, "idle_lock", None)
    if lock is not None:
        lock.lock()
        settle()
        shot("16-vergrendeld")


def slot_at(page: Any, row: int, column: int) -> str:
    slot = page.grid.grid_model.slot(row, column)
    assert slot is not None
    return str(slot.id)
