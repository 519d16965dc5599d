"""The main window, the first start, the day list model and crashes."""

from __future__ import annotations

import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from pytestqt.qtbot import QtBot

from kiosk.app import Kiosk
from kiosk.catalogue import load_catalogues
from kiosk.locations import DeskInfo
from kiosk.paths import app_paths
from kiosk.registration import VisitRow
from kiosk.visits import QuestionInput, VisitInput
from ui.day_list import DayModel
from ui.main_window import MainWindow
from ui.tasks import TaskRunner


def open_window(qtbot: QtBot, home: Path) -> MainWindow:
    window = MainWindow(app_paths(home))
    qtbot.addWidget(window)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: window.kiosk is not None, timeout=10000)
    return window


def test_first_start_asks_for_the_location_and_remembers_it(qtbot: QtBot, tmp_path: Path) -> None:
    window = open_window(qtbot, tmp_path)
    setup = window.setup_page
    assert window.pages.currentWidget() is setup
    setup.organisation.setText("Bibliotheek Midden-Brabant")
    setup.branch.setText("Vestiging Tilburg Centrum")
    setup.municipality.setText("Tilburg")
    setup.ido_name.setText("IDO LocHal")
    setup.desk_name.setText("Balie 1")
    qtbot.mouseClick(setup.start_button, Qt.MouseButton.LeftButton)
    window.runner.wait_idle()
    QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    assert "provincie" in setup.message.text()  # the province was not chosen yet
    setup.province.setCurrentIndex(setup.province.findData("Noord-Brabant"))
    with qtbot.waitSignal(window.ready, timeout=5000):
        qtbot.mouseClick(setup.start_button, Qt.MouseButton.LeftButton)
    assert window.registration is not None
    assert not window.banner.isVisible()
    assert "IDO LocHal" in window.location_label.text()
    window.close()

    again = open_window(qtbot, tmp_path)
    qtbot.waitUntil(lambda: again.registration is not None, timeout=5000)
    assert again.registration.desk.desk_name == "Balie 1"
    again.close()


def test_demo_location_is_clearly_marked(qtbot: QtBot, tmp_path: Path) -> None:
    window = open_window(qtbot, tmp_path)
    with qtbot.waitSignal(window.ready, timeout=5000):
        qtbot.mouseClick(window.setup_page.demo_button, Qt.MouseButton.LeftButton)
    assert window.banner.isVisible()
    assert "DEMO" in window.banner_text.text()
    assert "DEMO" in window.location_label.text()
    window.close()


def test_demo_gives_way_to_the_real_location(qtbot: QtBot, tmp_path: Path) -> None:
    window = open_window(qtbot, tmp_path)
    with qtbot.waitSignal(window.ready, timeout=5000):
        window.setup_page.demo_button.click()
    demo_page = window.registration
    assert demo_page is not None
    demo_page.editor.topics.set_topic("toeslag_huur")
    demo_page.editor.help.set_selected(["informatie"])
    with qtbot.waitSignal(demo_page.saved, timeout=5000):
        demo_page.save()
    qtbot.mouseClick(window.real_location_button, Qt.MouseButton.LeftButton)
    setup = window.setup_page
    assert window.pages.currentWidget() is setup
    assert not setup.demo_button.isVisible() and setup.back_button.isVisible()
    setup.organisation.setText("Bibliotheek Eemland")
    setup.branch.setText("Amersfoort Centrum")
    setup.municipality.setText("Amersfoort")
    setup.province.setCurrentIndex(setup.province.findData("Utrecht"))
    setup.ido_name.setText("IDO Eemhuis")
    setup.desk_name.setText("Balie 2")
    with qtbot.waitSignal(window.ready, timeout=5000):
        qtbot.mouseClick(setup.start_button, Qt.MouseButton.LeftButton)
    assert window.registration is not demo_page
    assert not window.banner.isVisible()
    assert "IDO Eemhuis" in window.location_label.text()
    kiosk = window.kiosk
    assert kiosk is not None
    with kiosk.db.read() as session:
        from sqlalchemy import text

        counts = [
            session.execute(text(f"SELECT count(*) FROM {t}")).scalar_one()
            for t in ("visit", "question", "library_organisation")
        ]
        kinds = session.execute(text("SELECT kind FROM outbox")).scalars().all()
    assert counts == [0, 0, 1]
    assert kinds == ["location.setup"]  # the practice visit's op is gone; the real set-up waits
    window.close()


def test_status_bar_counts_records_waiting(qtbot: QtBot, tmp_path: Path) -> None:
    window = open_window(qtbot, tmp_path)
    with qtbot.waitSignal(window.ready, timeout=5000):
        window.setup_page.demo_button.click()
    page = window.registration
    assert page is not None
    qtbot.waitUntil(lambda: "Alles verzonden" in window.waiting_label.text(), timeout=5000)
    page.editor.topics.set_topic("toeslag_huur")
    page.editor.help.set_selected(["informatie"])
    page.visit.count.setValue(3)
    with qtbot.waitSignal(page.saved, timeout=5000):
        page.save()
    waiting = window.waiting_label
    qtbot.waitUntil(lambda: "Nog niet verzonden: 3 bezoeken" in waiting.text(), timeout=5000)
    qtbot.waitUntil(lambda: "Niet gekoppeld" in window.connection_label.text(), timeout=5000)
    window.close()


def test_unusable_data_folder_gives_a_plain_message(qtbot: QtBot, tmp_path: Path) -> None:
    blocker = tmp_path / "home"
    blocker.write_text("this is a file, not a folder")
    window = MainWindow(app_paths(blocker))
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.failed, timeout=10000) as failed:
        window.show()
        window.start()
    assert "ICT" in failed.args[0]
    assert "Traceback" not in window.loading.text()


def test_a_bug_in_a_task_goes_to_the_crash_log(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KIOSK_HOME", str(tmp_path))
    runner = TaskRunner()
    seen: list[BaseException] = []
    runner.bug.connect(seen.append)
    with qtbot.waitSignal(runner.bug, timeout=5000):
        runner.submit(lambda: 1 / 0)
    assert isinstance(seen[0], ZeroDivisionError)
    from ui.crash import report_bug

    report_bug(seen[0])
    crash_log = app_paths().crash_log.read_text(encoding="utf-8")
    assert "ZeroDivisionError" in crash_log
    runner.shutdown()


def test_day_model_passes_the_model_tester(
    qtmodeltester, ui_kiosk: Kiosk, ui_desk: DeskInfo
) -> None:
    registration = ui_kiosk.registration
    question = QuestionInput(topic="toeslag_huur", organisation="toeslagen", help=("informatie",))
    base = datetime.now().astimezone()
    if base.hour == 0 and base.minute < 30:  # keep the three visits on one day
        base -= timedelta(minutes=31)
    for minutes in (5, 15, 25):
        registration.record(
            ui_desk.desk_id,
            VisitInput(
                questions=(question,),
                channel="in_person",
                duration="lt5",
                occurred_at=base - timedelta(minutes=minutes),
            ),
        )
    day = registration.day(ui_desk.desk_id, base.date())
    registration.void(ui_desk.desk_id, day.rows[0].id, "")
    model = DayModel(load_catalogues())
    model.set_rows(registration.day(ui_desk.desk_id, base.date()).rows)
    qtmodeltester.check(model)
    assert model.rowCount() == 3
    texts = [model.index(r, 2).data() for r in range(3)]
    assert sum("Telt niet mee" in t for t in texts) == 1
    assert model.index(0, 1).data() == "Huurtoeslag"


def test_day_model_keeps_unknown_codes_readable() -> None:
    row = VisitRow(
        id="x",
        occurred_local=datetime.now().astimezone(),
        topics=("retired_code",),
        question_count=1,
        channel="in_person",
        duration="lt5",
        source="live",
        status="active",
        corrects_id=None,
        sent=True,
    )
    model = DayModel(load_catalogues())
    model.set_rows((row,))
    assert model.index(0, 1).data() == "retired_code"
    assert model.index(0, 2).data() == "verzonden"


def test_process_events_keeps_none_alive() -> None:
    """Guards the PySide6 pin: some releases drop a reference to None per processEvents()."""
    before = sys.getrefcount(None)
    for _ in range(2000):
        QCoreApplication.processEvents()
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 1)
    assert sys.getrefcount(None) - before > -50


def test_opening_the_app_purges_contact_details_past_retention(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from datetime import date, time

    from kiosk.locations import LocationInput
    from kiosk.planning.records import BookingInput, TemplateInput

    kiosk = Kiosk.open(app_paths(tmp_path))
    kiosk.locations.create(
        LocationInput(
            organisation="Bibliotheek Eemland",
            branch="Amersfoort Centrum",
            municipality="Amersfoort",
            province="Utrecht",
            ido_name="IDO Eemhuis",
            ido_form="basis",
            inside_library=True,
            desk_name="Balie 1",
        )
    )
    planning = kiosk.planning
    long_ago = date.today() - timedelta(days=60)
    season = planning.save_season("Oud seizoen", long_ago, long_ago)
    partner = planning.save_partner("Humanitas")
    helper = planning.save_helper("Kees Bakker", partner.id, ("aangifte",))
    weekday = long_ago.isoweekday()
    planning.save_template(season.id, TemplateInput(helper.id, weekday, time(10), time(11), 60))
    assert planning.generate(season.id) == 1
    slot = next(iter(planning.grid(season.id).cells.values()))
    booking = planning.book(slot.id, BookingInput(name="Jan Jansen", phone="06 12345678"))
    kiosk.close()

    window = open_window(qtbot, tmp_path)
    assert window.kiosk is not None
    reopened = window.kiosk.planning

    def purged() -> bool:
        slot_now = reopened.slot(slot.id)
        return all(b.purged and b.name is None for b in slot_now.bookings if b.id == booking.id)

    qtbot.waitUntil(purged, timeout=5000)
    assert [b.status for b in reopened.slot(slot.id).bookings] == ["booked"]
    window.close()


def test_chrome_is_one_compact_row_at_150_percent(qtbot: QtBot, tmp_path: Path) -> None:
    """At 910x485 (a 1366x768 laptop at 150 %) the tabs, demo mark and tools share one row."""
    from ui.app import make_application

    make_application()
    window = open_window(qtbot, tmp_path)
    with qtbot.waitSignal(window.ready, timeout=5000):
        window.setup_page.demo_button.click()
    qtbot.waitUntil(lambda: window.desk_settings is not None, timeout=5000)
    window.resize(910, 485)
    qtbot.waitUntil(lambda: window.banner_text.text() == "DEMO: telt niet mee", timeout=2000)
    page = window.registration
    assert page is not None
    top = page.mapTo(window, page.rect().topLeft()).y()
    tallest = max(w.sizeHint().height() for w in (window.page_tabs, window.banner, window.tools))
    assert top <= tallest + 4  # the page starts right under one row of chrome
    assert window.page_tabs.tabText(0) == "Registratie"  # the key is in the tooltip and F1
    assert "Ctrl+1" in window.page_tabs.tabToolTip(0)
    for button in (window.settings_button, window.help_button, window.real_location_button):
        assert button.isVisible()
        assert button.mapTo(window, button.rect().bottomRight()).x() < window.width()
    for button in (window.settings_button, window.help_button):
        assert button.focusPolicy() == Qt.FocusPolicy.NoFocus
    window.settings_button.click()
    assert window.settings_dialog is not None and window.settings_dialog.isVisible()
    window.settings_dialog.reject()
    window.resize(1366, 728)  # at 100 % too the tabs are short: their keys are for F1 and AT
    assert window.page_tabs.tabText(1) == "Belastinghulp"
    assert "Ctrl+2" in window.page_tabs.accessibleDescription()
    window.resize(1920, 1000)
    qtbot.waitUntil(lambda: "tellen niet mee" in window.banner_text.text(), timeout=2000)
    window.close()
