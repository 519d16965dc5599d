"""``ido-kiosk --screenshot DIR``: render every main screen to PNG, offscreen, on sample data.

Uses a temporary data directory, so the clerk's real data is never touched. The README's
pictures come from here, and so does a developer's look at their own work.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

SIZE = (1366, 768)


def render_all(out_dir: Path) -> int:
    """Render the screens into *out_dir*; return 0 on success."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="ido-kiosk-shots-") as home:
        os.environ["KIOSK_HOME"] = home
        return _render(out_dir, Path(home))


def _render(out_dir: Path, home: Path) -> int:
    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
    from PySide6.QtWidgets import QWidget

    from kiosk.paths import app_paths
    from ui.app import make_application
    from ui.main_window import MainWindow

    app = make_application([sys.argv[0]])
    paths = app_paths(home).ensure()
    # No timed sync: the pictures show a prepared state, not whatever the network does.
    window = MainWindow(paths, sync_options={"automatic": False})
    window.resize(*SIZE)
    window.show()

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

    def shot(name: str, dialog: QWidget | None = None) -> None:
        settle()
        picture = window.grab() if dialog is None else _over(window, dialog)
        picture.save(str(out_dir / f"{name}.png"))
        print(out_dir / f"{name}.png")

    window.start()
    settle(lambda: window.kiosk is not None)
    shot("01-eerste-start")

    window.setup_page.demo_button.click()
    settle(lambda: window.registration is not None)
    page = window.registration
    assert page is not None and window.kiosk is not None
    _sample_day(window.kiosk, page.desk.desk_id)
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

    _sample_sync(window.kiosk)
    assert window.sync is not None
    window.sync.refresh()
    settle(lambda: window.sync is not None and window.sync.status.enrolled)
    window.open_sync_page()
    sync_page = window.sync_page
    assert sync_page is not None
    loaded: list[bool] = []
    sync_page.loaded.connect(lambda: loaded.append(True))
    settle(lambda: bool(loaded))
    sync_page.table.selectRow(0)
    shot("06-synchronisatie", sync_page)
    sync_page.accept()
    _planning_shots(window, shot, settle)
    _day_list_shot(window, out_dir)
    window.close()
    app.processEvents()
    return 0


def _sample_day(kiosk: object, desk_id: str) -> None:
    """Record a morning of typical visits at the demo desk."""
    from kiosk.app import Kiosk
    from kiosk.clock import system_now
    from kiosk.visits import QuestionInput, VisitInput

    assert isinstance(kiosk, Kiosk)
    now = system_now()
    start = now.replace(hour=9, minute=30, second=0, microsecond=0)
    if start > now:
        start = now - timedelta(hours=3)
    samples = [
        ("digid_aanvragen", "logius", "aangevraagd", ("samen_gedaan",), (), "5_15"),
        ("toeslag_huur", "toeslagen", None, ("wegwijs",), (), "15_30"),
        ("apparaat_smartphone", "nvt", None, ("samen_gedaan",), (), "5_15"),
        (
            "belastingaangifte",
            "belastingdienst",
            None,
            ("doorverwezen",),
            ("belastinghulp",),
            "lt5",
        ),
        ("digid_kwijt", "logius", "hersteld", ("samen_gedaan",), (), "5_15"),
        ("paspoort_id", "gemeente", None, ("informatie",), (), "lt5"),
        ("werk_uitkering", "uwv", None, ("wegwijs", "doorverwezen"), ("dienstverlener",), "15_30"),
        ("bieb_printen", None, None, ("samen_gedaan",), (), "lt5"),
    ]
    span = max((now - start) / (len(samples) + 1), timedelta(minutes=1))
    for n, (topic, org, followup, help_, referral, duration) in enumerate(samples):
        question = QuestionInput(
            topic=topic, organisation=org, digid_followup=followup, help=help_, referral=referral
        )
        kiosk.registration.record(
            desk_id,
            VisitInput(
                questions=(question,),
                channel="in_person",
                duration=duration,
                occurred_at=start + span * n,
            ),
        )
    last = kiosk.registration.day(desk_id).rows
    if len(last) > 3:
        kiosk.registration.void(desk_id, last[3].id, "dubbel geregistreerd")


def _over(window: Any, dialog: Any) -> Any:
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


def _sample_sync(kiosk: object) -> None:
    """Link the demo desk to a (pretend) server and give it a few records the server refused.

    Ops are claimed and answered through the sync client's own outbox store, exactly as a real
    answer would be recorded; the clock is marked as running three days ahead.
    """
    from kiosk import set_aside
    from kiosk.app import Kiosk
    from kiosk.clock import system_now, to_utc_text
    from sync.outbox_store import OutboxStore
    from sync.state import StateStore

    assert isinstance(kiosk, Kiosk)
    now = system_now()
    store = OutboxStore(kiosk.db)
    batch = store.claim(max_ops=6, max_bytes=1_000_000)
    assert batch is not None
    verdicts: list[dict[str, Any]] = [
        {"status": "accepted", "server_seq": 1},
        {
            "status": "rejected",
            "code": "validation_failed",
            "errors": [{"path": "payload.questions[0].topic", "msg": "unknown topic code"}],
        },
        {"status": "accepted", "server_seq": 2},
        {"status": "conflict", "code": "visit_already_corrected"},
        {"status": "accepted", "server_seq": 3},
    ]
    results = [{"op_id": op_id, **v} for op_id, v in zip(batch.op_ids, verdicts, strict=False)]
    store.apply_results(batch.batch_id, results)  # the sixth op had no answer: pending again
    single = store.claim(max_ops=1, max_bytes=1_000_000)
    if single is not None:
        store.quarantine(single.local_seqs[0], "payload_too_large", "413 payload_too_large")
    with kiosk.db.write() as session:  # a record from the server this desk could not apply
        errors = [{"path": "data.weekday", "msg": "Field required"}]
        set_aside.put_aside(
            session, "template", "t-0192f3a4", 2, set_aside.INVALID, errors, to_utc_text(now)
        )
    StateStore(kiosk.db).update(
        device_id="0192f3a4-demo-0000-0000-000000000001",
        device_name="Demobalie",
        branch_id="br-voorbeeldstad-centrum",
        branch_name="Centrum (Bibliotheek Voorbeeldstad)",
        server_url="https://sync.bibliotheek-voorbeeld.nl",
        enrolled_at=to_utc_text(now - timedelta(days=30)),
        last_attempt_at=to_utc_text(now - timedelta(minutes=4)),
        last_success_at=to_utc_text(now - timedelta(minutes=4)),
        last_skew_seconds=3 * 86400 + 120,
        clock_flag="device_clock_skew",
    )


def _planning_shots(window: Any, shot: Callable[..., None], settle: Callable[..., None]) -> None:
    """The Belastinghulp screens: the grid, a booking, the season editor, Aandacht nodig."""
    from PySide6.QtCore import Qt

    kiosk = window.kiosk
    assert kiosk is not None
    _sample_planning(kiosk)
    window.show_planning()
    page = window.planning
    assert page is not None
    loaded: list[bool] = []
    page.loaded.connect(lambda: loaded.append(True))
    settle(lambda: bool(loaded))
    page.grid.setFocus()
    page.grid.go_to_slot(_slot_at(page, 1, 0))
    page.grid.scrollToTop()
    page.show_side()
    shot("08-belastinghulp-rooster")

    page.grid.go_to_slot(_slot_at(page, 4, 1))
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


def _day_list_shot(window: Any, out_dir: Path) -> None:
    """The printed day list of the sample season's first day and first helper, as a PNG."""
    from ui.planning.day_list_print import heading_for, render_day_list_png

    kiosk = window.kiosk
    page = window.planning
    assert kiosk is not None and page is not None
    slot = kiosk.planning.slot(_slot_at(page, 0, 0))
    day_list = kiosk.planning.day_list(slot.day, slot.helper_id)
    path = out_dir / "12-daglijst.png"
    render_day_list_png(day_list, path, heading_for(kiosk, slot.helper_id))
    print(path)


def _slot_at(page: Any, row: int, column: int) -> str:
    slot = page.grid.grid_model.slot(row, column)
    assert slot is not None
    return str(slot.id)


def _sample_planning(kiosk: object) -> None:
    """A Belastinghulp season with four helpers, a week of bookings and one conflict."""
    from datetime import date, time

    from sqlalchemy import text

    from kiosk.app import Kiosk
    from kiosk.planning.records import BookingInput, TemplateInput

    assert isinstance(kiosk, Kiosk)
    service = kiosk.planning
    season = service.save_season("Belastinghulp 2027", date(2027, 3, 1), date(2027, 5, 1))
    fnv = service.save_partner("FNV Belastingservice")
    humanitas = service.save_partner("Humanitas")
    huba = service.save_partner("HUBA (ouderenbond)")
    helpers = [
        (service.save_helper("Anna de Boer", fnv.id, ["aangifte"]), (2, 4), 30, 1),
        (service.save_helper("Bert Smit", humanitas.id, ["aangifte", "toeslagen"]), (2, 4), 30, 1),
        (service.save_helper("Carla Yilmaz", humanitas.id, ["toeslagen"]), (2,), 30, 2),
        (service.save_helper("Dirk Hoekstra", huba.id, ["aangifte", "digid"]), (4,), 30, 1),
    ]
    for helper, weekdays, minutes, capacity in helpers:
        for weekday in weekdays:
            service.save_template(
                season.id,
                TemplateInput(helper.id, weekday, time(9, 30), time(12, 0), minutes, capacity),
            )
    service.add_closure(season.id, date(2027, 3, 18), "Personeelsdag bibliotheek")
    service.generate(season.id)
    grid = service.grid(season.id)
    people = [
        ("J. Jansen", "06 12345678"),
        ("P. de Vries", "06 23456789"),
        ("A. Öztürk", "06 34567890"),
        ("M. Bakker", "010 4567890"),
        ("S. Visser", "06 45678901"),
        ("H. Mulder", "06 56789012"),
        ("E. Bos", "06 67890123"),
        ("T. Lam", "06 78901234"),
        ("R. Kok", "06 89012345"),
        ("L. Smits", "06 90123456"),
    ]
    plan = {
        (0, 0): ("attended", "confirmed"),
        (1, 0): ("booked", "confirmed"),
        (2, 0): ("no_show", "confirmed"),
        (0, 1): ("booked", "confirmed"),
        (1, 1): ("booked", "provisional"),
        (3, 1): ("booked", "provisional"),
        (0, 2): ("booked", "confirmed"),
        (1, 2): ("booked", "conflict"),
        (2, 2): ("booked", "provisional"),
        (6, 3): ("booked", "confirmed"),
    }
    purposes = (("aangifte",), ("toeslagen",), ("aangifte", "toeslagen"), ("digid",))
    made = []
    for n, ((row, column), state) in enumerate(plan.items()):
        slot = grid.cells.get((row, column))
        if slot is None:
            continue
        name, phone = people[n]
        entry = BookingInput(name, phone, purpose=purposes[n % 4], checklist=("digid_zelf",))
        if state[1] == "conflict" and slot.free <= 0:
            entry = BookingInput(name, phone, purpose=purposes[n % 4], overbook_reason="x")
        made.append((service.book(slot.id, entry), state))
    extra = grid.cells.get((0, 2))
    if extra is not None:  # Carla's first slot: a second booking, then a conflict over it
        made.append(
            (
                service.book(extra.id, BookingInput("K. Hendriks", "06 11223344")),
                ("booked", "conflict"),
            )
        )
    for booking, (status, sync) in made:
        if status != "booked":
            service.set_status(booking.id, status)
        with kiosk.db.write() as session:
            session.execute(
                text(
                    "UPDATE plan_booking SET sync = :sync, conflict_code = :code, "
                    "overbook_reason = NULL WHERE id = :id"
                ),
                {
                    "sync": sync,
                    "code": "slot_full" if sync == "conflict" else None,
                    "id": booking.id,
                },
            )
    cancelled = grid.cells.get((4, 0))
    if cancelled is not None:
        gone = service.book(cancelled.id, BookingInput("W. de Wit", "06 99887766"))
        service.cancel(gone.id, "belde af")
    closed = grid.cells.get((4, 2))
    if closed is not None:
        service.update_slot(closed.id, closed=True)
    service.add_waiting(season.id, BookingInput("G. Peters", "06 13572468", purpose=("aangifte",)))
    service.add_waiting(season.id, BookingInput("N. Ahmadi", "06 24681357", purpose=("toeslagen",)))
