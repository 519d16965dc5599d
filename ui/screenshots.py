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

    from kiosk.paths import app_paths
    from ui.app import make_application
    from ui.main_window import MainWindow

    app = make_application([sys.argv[0]])
    paths = app_paths(home).ensure()
    window = MainWindow(paths)
    window.resize(*SIZE)
    window.show()

    def settle(condition: Callable[[], bool] = lambda: True, timeout_ms: int = 10000) -> None:
        loop_timer = QTimer()
        loop_timer.start(timeout_ms)
        while not condition() and loop_timer.isActive():
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        if window.runner is not None:
            window.runner.wait_idle()
        for _ in range(5):
            QCoreApplication.processEvents()

    def shot(name: str) -> None:
        settle()
        window.grab().save(str(out_dir / f"{name}.png"))
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
    shot("05-correctie")
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
