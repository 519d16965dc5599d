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
