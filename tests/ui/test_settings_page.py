"""The settings dialog: saving within limits, the staff PIN, the ICT part, and the keyboard."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from kiosk.app import Kiosk
from kiosk.paths import app_paths
from kiosk.settings import DeskSettings
from tests.ui.keyboard import describe, tab_chain, unreachable
from ui.main_window import MainWindow
from ui.settings_page import SettingsDialog
from ui.tasks import TaskRunner


def open_dialog(
    qtbot: QtBot, kiosk: Kiosk, runner: TaskRunner, *, demo: bool = False
) -> SettingsDialog:
    dialog = SettingsDialog(
        kiosk.settings, runner, kiosk.settings.read(), "Bibliotheek · IDO · Balie 1", demo=demo
    )
    qtbot.addWidget(dialog)
    dialog.resize(910, 485)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitExposed(dialog)
    return dialog


def test_saving_stores_the_choices_and_reports_them(
    qtbot: QtBot, ui_kiosk: Kiosk, runner: TaskRunner
) -> None:
    dialog = open_dialog(qtbot, ui_kiosk, runner)
    dialog.idle.setValue(0)
    dialog.contrast.setCurrentIndex(dialog.contrast.findData("high"))
    dialog.large_targets.setChecked(True)
    dialog.history_days.setValue(30)
    with qtbot.waitSignal(dialog.saved, timeout=5000) as saved:
        dialog.save_button.click()
    expected = DeskSettings(idle_minutes=0, contrast="high", large_targets=True, history_days=30)
    assert saved.args == [expected]
    assert ui_kiosk.settings.read() == expected
    assert dialog.idle.text() == "nooit"


def test_setting_and_clearing_the_pin(qtbot: QtBot, ui_kiosk: Kiosk, runner: TaskRunner) -> None:
    dialog = open_dialog(qtbot, ui_kiosk, runner)
    assert "geen pincode" in dialog.pin_state.text() and not dialog.clear_pin_button.isEnabled()
    dialog.pin.setText("2468")
    dialog.pin_again.setText("2469")
    dialog.set_pin_button.click()
    assert "niet gelijk" in dialog.message.text()
    assert not ui_kiosk.settings.read().pin_set
    dialog.pin_again.setText("2468")
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog.set_pin_button.click()
    assert ui_kiosk.settings.check_pin("2468")
    assert dialog.pin.text() == "" and dialog.clear_pin_button.isEnabled()
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog.clear_pin_button.click()
    assert not ui_kiosk.settings.read().pin_set


def test_a_pin_too_short_is_refused_with_words(
    qtbot: QtBot, ui_kiosk: Kiosk, runner: TaskRunner
) -> None:
    dialog = open_dialog(qtbot, ui_kiosk, runner)
    dialog.pin.setText("12")
    dialog.pin_again.setText("12")
    dialog.set_pin_button.click()
    qtbot.waitUntil(lambda: "4 tot 8 cijfers" in dialog.message.text(), timeout=5000)
    assert not ui_kiosk.settings.read().pin_set


def test_the_ict_part_asks_for_linking_and_the_sync_screen(
    qtbot: QtBot, ui_kiosk: Kiosk, runner: TaskRunner
) -> None:
    dialog = open_dialog(qtbot, ui_kiosk, runner)
    with qtbot.waitSignal(dialog.enroll_requested, timeout=1000):
        dialog.enroll_button.click()
    with qtbot.waitSignal(dialog.sync_page_requested, timeout=1000):
        dialog.sync_page_button.click()
    assert not dialog.real_location_button.isVisible()  # only for a demo location


def test_a_demo_location_offers_the_real_one(
    qtbot: QtBot, ui_kiosk: Kiosk, runner: TaskRunner
) -> None:
    dialog = open_dialog(qtbot, ui_kiosk, runner, demo=True)
    with qtbot.waitSignal(dialog.real_location_requested, timeout=1000):
        dialog.real_location_button.click()
    assert not dialog.isVisible()


def test_tab_reaches_every_control_in_order_and_scrolls_along(
    qtbot: QtBot, ui_kiosk: Kiosk, runner: TaskRunner
) -> None:
    dialog = open_dialog(qtbot, ui_kiosk, runner, demo=True)
    chain = tab_chain(dialog.real_location_button)
    assert not unreachable(dialog, chain)
    names = [w.text() for w in chain if isinstance(w, QPushButton)]
    assert names.index("Pincode instellen") < names.index("Koppelen met de server …")
    assert names[-2:] == ["Opslaan", "Sluiten"]
    assert chain.index(dialog.idle) < chain.index(dialog.pin) < chain.index(dialog.contrast)
    assert chain.index(dialog.contrast) < chain.index(dialog.history_days)
    backwards = tab_chain(dialog.real_location_button, backwards=True)
    assert set(backwards) == set(chain)
    dialog.sync_page_button.setFocus(Qt.FocusReason.TabFocusReason)
    viewport = dialog.scroller.viewport()
    spot = dialog.sync_page_button.mapTo(viewport, dialog.sync_page_button.rect().bottomLeft())
    assert viewport.rect().contains(spot)  # the last section scrolled into sight


def test_ctrl_comma_opens_the_settings_and_a_change_applies_at_once(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import ui.theme

    themes: list[tuple[str, bool]] = []
    monkeypatch.setattr(
        ui.theme,
        "apply_theme",
        lambda _app, *, contrast="auto", large_targets=False: themes.append(
            (contrast, large_targets)
        ),
    )
    window = MainWindow(app_paths(tmp_path))
    qtbot.addWidget(window)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: window.kiosk is not None, timeout=10000)
    with qtbot.waitSignal(window.ready, timeout=5000):
        window.setup_page.demo_button.click()
    qtbot.waitUntil(lambda: window.desk_settings is not None, timeout=5000)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    dialog = window.settings_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.real_location_button.isVisible()  # the demo location
    dialog.contrast.setCurrentIndex(dialog.contrast.findData("high"))
    dialog.idle.setValue(2)
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog.save_button.click()
    assert themes[-1] == ("high", False)
    assert window.idle_lock is not None and window.idle_lock.timer.interval() == 2 * 60_000
    assert window.settings_dialog is None  # closed after saving
    window.close()


def test_the_idos_set_up_is_changed_from_the_settings(qtbot: QtBot, tmp_path: Path) -> None:
    window = MainWindow(app_paths(tmp_path))
    qtbot.addWidget(window)
    window.resize(910, 485)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: window.kiosk is not None, timeout=10000)
    with qtbot.waitSignal(window.ready, timeout=5000):
        window.setup_page.demo_button.click()
    qtbot.waitUntil(lambda: window.desk_settings is not None, timeout=5000)
    kiosk = window.kiosk
    assert kiosk is not None
    before = kiosk.locations.setup()
    assert before is not None
    window.open_settings()
    assert window.settings_dialog is not None
    window.settings_dialog.setup_button.click()
    qtbot.waitUntil(lambda: window.setup_change_page is not None, timeout=5000)
    page = window.setup_change_page
    assert page is not None and page.isVisible() and not page.where_part.isVisible()
    assert page.ido_name.text() == before.setup.ido_name
    assert not window.page_tabs.isVisible()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    chain = tab_chain(page.ido_name)
    assert not unreachable(page, chain)
    assert not unreachable(page, chain), [describe(w) for w in chain]
    assert chain.index(page.start_button) + 1 == chain.index(page.back_button)
    page.ido_name.setText("")
    page.start_button.click()
    qtbot.waitUntil(lambda: page.message.text().startswith("✖"), timeout=5000)  # refused
    page.ido_name.setText("IDO Nieuwe Naam")
    page.staff_hours["volunteer"].setValue(7)
    page.start_button.click()
    qtbot.waitUntil(lambda: window.setup_change_page is None, timeout=5000)
    assert window.pages.currentWidget() is window.registration and window.page_tabs.isVisible()
    after = kiosk.locations.setup()
    assert after is not None and after.setup.ido_name == "IDO Nieuwe Naam"
    assert "IDO Nieuwe Naam" in window.location_label.text()
    assert ("volunteer", 7) in {(s.kind, s.hours_per_week) for s in after.setup.staffing}
    window.close()
