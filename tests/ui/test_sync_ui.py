"""Sync in the app: the controller's worker and timer, the status bar, Koppelen, Synchronisatie.

Where it matters the app talks to the real central server (``python -m sync.central.cli
serve`` on loopback, as in ``tests/sync/test_end_to_end.py``): enroll through the dialog, save
a visit, "Nu synchroniseren", the server stopped and started again. Smaller cases use the real
:class:`SyncClient` on an ``httpx.MockTransport``. Tokens go to a file (keyring's fail backend),
never to the developer's credential store.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kiosk.app import Kiosk
from kiosk.clock import to_utc_text
from kiosk.errors import Message
from kiosk.locations import DeskInfo, demo_location
from kiosk.outbox import Backlog
from kiosk.paths import app_paths
from sync.client import SyncClient
from sync.credentials import TokenStore
from sync.outbox_store import OutboxStore
from sync.result import SyncResult
from sync.state import StateStore, SyncStatus, read_status
from tests.conftest import make_question, make_visit_input
from tests.sync.test_end_to_end import BRANCH, Central
from tools import translations
from ui import i18n, sync_status, words
from ui.enroll_dialog import EnrollDialog, normalise_url
from ui.main_window import MainWindow
from ui.sync_bar import SyncBar
from ui.sync_controller import SyncController
from ui.sync_page import SyncPage
from ui.sync_problems import ProblemModel, load_problems, reason
from ui.tasks import TaskRunner
from ui.words import phrase

NOW = datetime(2026, 11, 28, 14, 0).astimezone()


@pytest.fixture(autouse=True)
def dutch(qapp: QApplication) -> Iterator[None]:
    """The app speaks Dutch with its translations loaded (singular forms such as "1 wijziging")."""
    if translations.stale():
        translations.build()
    i18n.install_language(qapp, "nl")
    yield
    i18n.uninstall_language(qapp)


# -- helpers --------------------------------------------------------------------------------


class Threads:
    """Wraps a client's blocking calls to record whether they ran on the GUI thread."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, str]] = []

    def wrap(self, client: SyncClient) -> SyncClient:
        for name in ("sync_once", "enroll", "status"):
            original = getattr(client, name)

            def wrapper(*args: Any, _original: Any = original, _name: str = name, **kw: Any) -> Any:
                self.calls.append((_name, threading.current_thread().name))
                return _original(*args, **kw)

            setattr(client, name, wrapper)
        return client

    def on_gui_thread(self) -> list[str]:
        main = threading.main_thread().name
        return [name for name, thread in self.calls if thread == main]


def factory(
    config_dir: Path, threads: Threads | None = None, **options: Any
) -> Callable[[Kiosk], SyncClient]:
    def make(kiosk: Kiosk) -> SyncClient:
        tokens = TokenStore(config_dir, backend=fail.Keyring())
        client = SyncClient.for_kiosk(kiosk, tokens=tokens, **options)
        return threads.wrap(client) if threads is not None else client

    return make


def status(**changes: Any) -> SyncStatus:
    base: dict[str, Any] = {
        "enrolled": True,
        "device_id": "dev-1",
        "device_name": "Balie 1",
        "branch_id": "br-1",
        "branch_name": "Vestiging Centrum",
        "server_url": "https://sync.example.nl",
        "enrolled_at": None,
        "counts": {"pending": 0, "inflight": 0, "acked": 4},
        "last_success_at": None,
        "last_attempt_at": None,
        "last_error": None,
        "next_attempt_at": None,
        "paused_reason": None,
        "clock_offset_seconds": None,
        "clock_flag": None,
        "write_checkpoint": None,
    }
    base.update(changes)
    return SyncStatus(**base)


def at(hour: int, minute: int) -> str:
    return to_utc_text(NOW.replace(hour=hour, minute=minute))


def enroll_answer(request: httpx.Request) -> httpx.Response:
    return httpx.Response(
        201,
        json={
            "device_id": "dev-mock",
            "branch": {"id": "br-mock", "name": "Vestiging Proef"},
            "token": "secret-token",
            "server_time": to_utc_text(datetime.now(UTC)),
        },
    )


def problem(status_code: int, code: str) -> httpx.Response:
    return httpx.Response(
        status_code,
        json={"type": f"https://ido-kiosk.nl/problems/{code}", "title": code, "code": code},
        headers={"content-type": "application/problem+json"},
    )


@pytest.fixture
def central(tmp_path: Path) -> Iterator[Central]:
    server = Central(tmp_path / "central")
    server.admin("migrate")
    server.admin("org-add", "--code", "bibliotheek-proefstad", "--name", "Bibliotheek Proefstad")
    server.admin(
        "branch-add",
        *("--id", BRANCH, "--name", "Vestiging Proefstad"),
        *("--organisation", "bibliotheek-proefstad", "--municipality", "GM0344"),
    )
    server.start()
    yield server
    server.stop()


def open_window(qtbot: QtBot, home: Path, make: Callable[[Kiosk], SyncClient]) -> MainWindow:
    """The app on a desk set up like the demo (but real), with the sync controller started."""
    window = MainWindow(
        app_paths(home),
        sync_client_factory=make,
        sync_options={"first_delay_ms": 50, "debounce_ms": 700},
    )
    qtbot.addWidget(window)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: window.kiosk is not None, timeout=10000)
    with qtbot.waitSignal(window.ready, timeout=5000):
        # A real location (the demo's answers): a demo desk may not be enrolled.
        window.setup_page.submitted.emit(demo_location())
    qtbot.waitUntil(
        lambda: window.sync is not None and window.sync.status is not None, timeout=10000
    )
    return window


def save_visit(qtbot: QtBot, window: MainWindow) -> None:
    page = window.registration
    assert page is not None
    page.editor.topics.set_topic("toeslag_huur")
    page.editor.help.set_selected(["informatie"])
    with qtbot.waitSignal(page.saved, timeout=5000):
        page.save()


def sync_now(qtbot: QtBot, window: MainWindow) -> Any:
    """Click "Nu synchroniseren" and return the run's result."""
    assert window.sync is not None
    qtbot.waitUntil(lambda: not window.sync.running, timeout=20000)
    with qtbot.waitSignal(window.sync.finished, timeout=30000) as run:
        qtbot.mouseClick(window.sync_bar.sync_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.sync.running, timeout=20000)
    return run.args[0]


def outbox_counts(kiosk: Kiosk) -> dict[str, int]:
    return OutboxStore(kiosk.db).counts()


# -- status texts ---------------------------------------------------------------------------


def test_connection_texts_for_every_state() -> None:
    def text(**changes: Any) -> str:
        return sync_status.connection(status(**changes), NOW).text

    assert text(enrolled=False, device_id=None) == "Niet gekoppeld"
    assert text(last_success_at=at(10, 42)) == "● Verzonden om 10:42"
    assert text() == "● Gekoppeld · nog niets verzonden"
    offline = text(last_error=Message("sync.offline"), next_attempt_at=at(10, 50))
    assert offline == "● Geen verbinding · nieuwe poging om 10:50"
    assert text(paused_reason="reenroll", last_error=Message("sync.reenroll")) == (
        "● Opnieuw koppelen nodig"
    )
    assert text(paused_reason="revoked") == "● Balie uitgeschakeld"
    assert text(paused_reason="update_required") == "● Nieuwe versie nodig"
    yesterday = to_utc_text(NOW - timedelta(days=1))
    assert (NOW - timedelta(days=1)).strftime("%d-%m-%Y") in text(last_success_at=yesterday)
    tip = sync_status.connection(status(last_error=Message("sync.offline")), NOW).tooltip
    assert "bewaard" in tip


def test_sync_messages_in_words() -> None:
    """The sync client's codes read as the Dutch it used to build itself."""
    retry_at = to_utc_text(NOW.replace(hour=10, minute=50))
    assert words.text(Message("sync.offline", {"retry_at": retry_at})) == (
        "De centrale server is niet bereikbaar. De registraties blijven bewaard op deze "
        "computer. Ze worden later verstuurd. Nieuwe poging om 10:50."
    )
    assert phrase("sync.offline").endswith("Ze worden later verstuurd.")
    unexpected = words.text(Message("sync.unexpected", {"status": 502}))
    assert "HTTP" not in unexpected and "502" not in unexpected  # the status: log and export
    assert words.text(Message("sync.stopped_storage", {"storage": "full"})).startswith(
        "Synchroniseren is gestopt: De schijf is vol"
    )
    assert phrase("sync.crashed", path="/x/crash.log").startswith(
        "Synchroniseren is mislukt door een fout in IDO Kiosk. De fout is vastgelegd voor de "
        "ICT-afdeling (/x/crash.log)."
    )


def test_a_run_in_one_line() -> None:
    counts = (
        "verstuurd 3, bevestigd 3, geweigerd 0, conflict 0, tegengehouden 0, "
        "nog te versturen {left}, opgehaald 0"
    )
    assert sync_status.summary(SyncResult(ok=True, pushed=3, acked=3)) == (
        f"Synchronisatie gelukt: {counts.format(left=0)}."
    )
    assert sync_status.summary(SyncResult(ok=True, pushed=3, acked=3, requeued=2)) == (
        f"Synchronisatie gelukt: {counts.format(left=0)}, opnieuw in de wachtrij 2."
    )
    failed = SyncResult(ok=False, pushed=3, acked=3, pending_left=1, error=Message("sync.raced"))
    assert sync_status.summary(failed) == (
        f"Synchronisatie mislukt: {phrase('sync.raced')} ({counts.format(left=1)})"
    )
    waiting = SyncResult(
        ok=False, pushed=3, acked=3, pending_left=1, skipped=True, error=Message("sync.busy")
    )
    assert sync_status.summary(waiting) == (
        f"Nog niet aan de beurt: {phrase('sync.busy')} ({counts.format(left=1)})"
    )
    elsewhere = SyncResult(ok=False, elsewhere=True, error=Message("sync.elsewhere"))
    assert sync_status.summary(elsewhere) == phrase("sync.elsewhere")


def test_a_reason_without_its_own_words_keeps_the_code_out_of_sight() -> None:
    assert reason("rejected", "validation_failed") == phrase("sync.reason.validation_failed")
    assert reason("conflicted", None) == (
        "De registratie botst met wat de centrale server al heeft."
    )
    assert reason("strange", "Odd-Code") == "De centrale server heeft deze registratie geweigerd."


@pytest.mark.parametrize(
    ("offset", "expected"),
    [
        (3 * 86400 + 100, "De klok van deze computer loopt 3 dagen voor"),
        (-420, "De klok van deze computer loopt 7 minuten achter"),
        (5 * 3600, "De klok van deze computer loopt 5 uur voor"),
        (61, "De klok van deze computer loopt 1 minuut voor"),
    ],
)
def test_clock_warning_in_plain_dutch(offset: int, expected: str) -> None:
    flagged = status(clock_offset_seconds=offset, clock_flag="device_clock_skew")
    assert sync_status.clock_warning(flagged) == expected
    assert sync_status.clock_warning(status(clock_offset_seconds=offset)) is None


def test_status_bar_shows_each_state(qtbot: QtBot) -> None:
    bar = SyncBar()
    qtbot.addWidget(bar)
    bar.show()
    bar.show_status(status(enrolled=False, device_id=None))
    assert bar.connection.text() == "Niet gekoppeld"
    assert not bar.enroll_button.isVisible() and not bar.sync_button.isVisible()
    with qtbot.waitSignal(bar.page_requested, timeout=1000):  # Koppelen is there (IT)
        qtbot.mouseClick(bar.connection, Qt.MouseButton.LeftButton)

    bar.show_status(
        status(
            counts={"pending": 3, "inflight": 0, "rejected": 1},
            backlog=Backlog(visits=2, bookings=1, operations=3),
            last_success_at=to_utc_text(datetime.now().astimezone()),
            clock_offset_seconds=-2 * 86400,
            clock_flag="device_clock_skew",
        )
    )
    assert bar.connection.text().startswith("● Verzonden om ")
    assert bar.connection.property("tone") == "ok"
    assert bar.waiting.text() == "Nog niet verzonden: 2 bezoeken, 1 afspraak"
    assert bar.clock.isVisible()
    assert bar.clock.text() == "De klok van deze computer loopt 2 dagen achter"
    assert bar.sync_button.isVisible() and not bar.enroll_button.isVisible()
    assert bar.page_button.text() == "Synchronisatie (1)"
    for control in (bar.sync_button, bar.page_button, bar.enroll_button):
        assert control.focusPolicy() == Qt.FocusPolicy.NoFocus  # no Tab stop for the clerk
    with qtbot.waitSignal(bar.page_requested, timeout=1000):
        qtbot.mouseClick(bar.connection, Qt.MouseButton.LeftButton)

    bar.show_status(status(paused_reason="revoked", last_error=Message("sync.revoked")))
    assert bar.connection.text() == "● Balie uitgeschakeld"
    assert bar.connection.toolTip().endswith(phrase("sync.revoked"))
    assert "Deze balie is bij de centrale server uitgesch" in bar.connection.toolTip()
    assert not bar.enroll_button.isVisible() and not bar.sync_button.isVisible()
    assert not bar.clock.isVisible()
    bar.show_running(True)
    assert not bar.sync_button.isEnabled()
    bar.show_failure("De schijf is vol.")
    assert bar.connection.text() == "● Synchronisatie gestopt"
    assert bar.connection.toolTip().endswith("De schijf is vol.")
    bar.show_waiting(Backlog(visits=60_000, other=2, operations=100_000, capped=True))
    assert bar.waiting.text() == "Nog niet verzonden: meer dan 100.000 wijzigingen"
    bar.show_waiting(Backlog(visits=1, operations=2))
    assert bar.waiting.text() == "Nog niet verzonden: 1 bezoek"
    bar.show_waiting(Backlog(other=1, operations=1))
    assert bar.waiting.text() == "Nog niet verzonden: 1 andere wijziging"
    bar.show_waiting(Backlog())
    assert bar.waiting.text() == "Alles verzonden"


# -- the controller -------------------------------------------------------------------------


def test_calls_run_on_the_worker_and_the_gui_stays_responsive(
    qtbot: QtBot, ui_kiosk: Kiosk, ui_desk: DeskInfo, runner: TaskRunner, tmp_path: Path
) -> None:
    def slow(request: httpx.Request) -> httpx.Response:
        time.sleep(0.6)  # a slow server: the dialog must keep painting and reacting
        if request.url.path == "/v1/enroll":
            return enroll_answer(request)
        return problem(503, "overloaded")

    threads = Threads()
    make = factory(tmp_path / "config", threads, transport=httpx.MockTransport(slow))
    controller = SyncController(ui_kiosk, runner, client_factory=make, automatic=False)
    dialog = EnrollDialog(controller, ui_desk)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.name.text() == ui_desk.desk_name
    assert dialog.kind.currentData() == "counter"
    dialog.server.setText("sync.proefstad.nl")
    dialog.code.setText("ABCD-1234")
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(20)
    with qtbot.waitSignal(dialog.enrolled, timeout=10000):
        qtbot.mouseClick(dialog.enroll_button, Qt.MouseButton.LeftButton)
        assert not dialog.enroll_button.isEnabled()
        assert dialog.message.text() == "Bezig met koppelen …"
    timer.stop()
    assert len(ticks) >= 10  # the event loop ran all the while the server took its time
    assert dialog.server.text() == "https://sync.proefstad.nl"
    assert "Vestiging Proef" in dialog.message.text()
    qtbot.waitUntil(lambda: not controller.running, timeout=10000)
    names = {name for name, _thread in threads.calls}
    assert {"enroll", "sync_once", "status"} <= names
    assert threads.on_gui_thread() == []
    assert all(thread.startswith("kiosk-sync") for _name, thread in threads.calls)
    controller.shutdown()


def test_schedule_follows_the_result_and_never_gives_up(
    qtbot: QtBot, ui_kiosk: Kiosk, ui_desk: DeskInfo, runner: TaskRunner, tmp_path: Path
) -> None:
    answers = {"enroll": enroll_answer, "other": lambda _r: problem(503, "overloaded")}

    def handler(request: httpx.Request) -> httpx.Response:
        return answers["enroll" if request.url.path == "/v1/enroll" else "other"](request)

    make = factory(tmp_path / "config", transport=httpx.MockTransport(handler))
    controller = SyncController(ui_kiosk, runner, client_factory=make, debounce_ms=100)
    with qtbot.waitSignal(controller.finished, timeout=10000) as first:
        assert controller.sync_now()
        assert not controller.sync_now()  # one run at a time
    assert first.args[0].error == Message("sync.not_enrolled")
    remaining = controller.next_run_in_ms()
    assert remaining is not None and 55_000 < remaining <= 63_000  # local look each poll

    with qtbot.waitSignal(controller.finished, timeout=10000):  # enrolling runs a sync
        controller.enroll("https://sync.proefstad.nl", "CODE", "Balie 1", "counter")
    assert controller.status.enrolled
    assert controller.status.last_error.code == "sync.busy"
    assert phrase("sync.busy") == (
        "De centrale server is even te druk. De registraties blijven bewaard op deze computer. "
        "Ze worden later verstuurd."
    )
    assert words.text(controller.status.last_error).startswith(phrase("sync.busy"))
    remaining = controller.next_run_in_ms()
    assert remaining is not None and remaining <= 2_000  # backoff after the first failure

    ui_kiosk.registration.record(ui_desk.desk_id, make_visit_input())
    with qtbot.waitSignal(controller.finished, timeout=10000) as after_save:
        controller.schedule_soon()
    assert after_save.args[0].pending_left == 1  # still waiting: the server is busy
    assert controller.next_run_in_ms() is not None  # and another try is planned
    assert controller.shutdown()
    assert controller.next_run_in_ms() is None
    assert not controller.sync_now()


def test_paused_states_show_in_plain_dutch(
    qtbot: QtBot, ui_kiosk: Kiosk, runner: TaskRunner, tmp_path: Path
) -> None:
    state = {"config": 426}

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/enroll":
            return enroll_answer(request)
        return problem(state["config"], "protocol_unsupported")

    make = factory(tmp_path / "config", transport=httpx.MockTransport(handler))
    controller = SyncController(ui_kiosk, runner, client_factory=make, automatic=False)
    bar = SyncBar()
    qtbot.addWidget(bar)
    bar.show()
    controller.status_changed.connect(bar.show_status)
    with qtbot.waitSignal(controller.finished, timeout=10000):
        controller.enroll("https://sync.proefstad.nl", "CODE", "Balie 1", "counter")
    assert bar.connection.text() == "● Nieuwe versie nodig"
    assert "nieuwste versie" in bar.connection.toolTip()

    state["config"] = 401
    with qtbot.waitSignal(controller.finished, timeout=10000):
        controller.sync_now()
    assert bar.connection.text() == "● Opnieuw koppelen nodig"
    assert not bar.enroll_button.isVisible() and not bar.sync_button.isVisible()
    assert sync_status.needs_enrollment(controller.status)
    controller.shutdown()


def test_shutdown_waits_for_a_running_sync_then_lets_it_finish(
    qtbot: QtBot, ui_kiosk: Kiosk, runner: TaskRunner, tmp_path: Path
) -> None:
    StateStore(ui_kiosk.db).update(device_id="dev-1", server_url="https://sync.proefstad.nl")
    TokenStore(tmp_path / "config", backend=fail.Keyring()).save("dev-1", "token")
    started = threading.Event()

    def slow(request: httpx.Request) -> httpx.Response:
        started.set()
        time.sleep(1.0)
        return problem(503, "overloaded")

    make = factory(tmp_path / "config", transport=httpx.MockTransport(slow))
    controller = SyncController(ui_kiosk, runner, client_factory=make)
    controller.sync_now()
    assert started.wait(5)
    assert not controller.shutdown(timeout=0.05)  # still running: it finishes on its own
    deadline = time.monotonic() + 5
    while StateStore(ui_kiosk.db).get().last_error is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert StateStore(ui_kiosk.db).get().last_error is not None  # the run completed its books


# -- the real server, through the window ----------------------------------------------------


@pytest.mark.slow
def test_enroll_save_sync_offline_and_back(qtbot: QtBot, central: Central, tmp_path: Path) -> None:
    threads = Threads()
    window = open_window(qtbot, tmp_path / "home", factory(tmp_path / "config", threads))
    assert window.connection_label.text() == "Niet gekoppeld"
    assert not window.sync_bar.enroll_button.isVisible()

    window.open_enroll()
    dialog = window.enroll_dialog
    assert dialog is not None
    dialog.server.setText("ftp://sync")
    qtbot.mouseClick(dialog.enroll_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == "✖ Het adres moet beginnen met https://"
    dialog.server.setText(central.url)
    dialog.code.setText("WRONG-CODE")
    with qtbot.waitSignal(window.sync.enroll_failed, timeout=20000):
        qtbot.mouseClick(dialog.enroll_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == f"✖ {phrase('sync.code_invalid')}"
    assert "koppelcode is onjuist" in dialog.message.text()
    assert dialog.code.hasFocus() or not dialog.isActiveWindow()

    code = central.admin("enroll-code", "--branch", BRANCH).strip().splitlines()[-1].strip()
    dialog.code.setText(code)
    with qtbot.waitSignal(dialog.enrolled, timeout=30000):
        qtbot.mouseClick(dialog.enroll_button, Qt.MouseButton.LeftButton)
    assert "Vestiging Proefstad" in dialog.message.text()
    qtbot.waitUntil(  # enrolling is followed by a first sync
        lambda: window.connection_label.text().startswith("● Verzonden om "), timeout=30000
    )
    qtbot.mouseClick(dialog.enroll_button, Qt.MouseButton.LeftButton)  # now "Sluiten"
    qtbot.waitUntil(lambda: window.enroll_dialog is None, timeout=5000)
    assert window.sync_bar.sync_button.isVisible()

    save_visit(qtbot, window)  # then at once "Nu synchroniseren", before the debounce
    qtbot.waitUntil(
        lambda: window.waiting_label.text() == "Nog niet verzonden: 1 bezoek", timeout=5000
    )
    result = sync_now(qtbot, window)
    assert result.ok and result.acked == 1, result.error
    assert window.waiting_label.text() == "Alles verzonden"
    assert window.connection_label.text().startswith("● Verzonden om ")

    central.stop()
    save_visit(qtbot, window)
    result = sync_now(qtbot, window)
    assert not result.ok
    assert window.connection_label.text().startswith("● Geen verbinding · nieuwe poging om ")
    assert "niet bereikbaar" in window.connection_label.toolTip()
    assert window.waiting_label.text() == "Nog niet verzonden: 1 bezoek"
    assert window.kiosk is not None
    assert outbox_counts(window.kiosk)["pending"] == 1  # kept, waiting

    central.start()
    result = sync_now(qtbot, window)
    assert result.ok and result.pending_left == 0, result.error
    assert window.waiting_label.text() == "Alles verzonden"
    assert window.connection_label.text().startswith("● Verzonden om ")

    save_visit(qtbot, window)  # no click: the save itself brings a sync a moment later
    kiosk = window.kiosk
    qtbot.waitUntil(lambda: outbox_counts(kiosk)["acked"] == 3, timeout=15000)
    qtbot.waitUntil(lambda: window.waiting_label.text() == "Alles verzonden", timeout=5000)
    assert threads.on_gui_thread() == []

    window.open_sync_page()  # the screen syncs too, and says how it went
    page = window.sync_page
    assert page is not None
    qtbot.waitUntil(lambda: page.summary["link"].text().startswith("Gekoppeld als"), timeout=5000)
    assert "Vestiging Proefstad" in page.summary["link"].text()
    assert page.summary["server"].text() == central.url
    assert page.summary["last"].text().startswith("vandaag om ")
    with qtbot.waitSignal(window.sync.finished, timeout=30000):
        qtbot.mouseClick(page.sync_button, Qt.MouseButton.LeftButton)
    assert page.feedback.text().startswith("✔ Synchronisatie gelukt")
    page.accept()

    # Revoked centrally: the next run stops and says so; the records stay.
    device = read_status(window.kiosk.db).device_id
    assert device is not None
    central.admin("revoke", device)
    save_visit(qtbot, window)
    sync_now(qtbot, window)
    assert window.connection_label.text() == "● Balie uitgeschakeld"
    assert not window.sync_bar.sync_button.isVisible()
    assert outbox_counts(window.kiosk)["pending"] == 1
    window.close()


# -- the Synchronisatie screen --------------------------------------------------------------


def make_problems(kiosk: Kiosk, desk: DeskInfo) -> None:
    """Four visits: one refused, one conflicting, one set aside, one still waiting."""
    for topic, organisation in (
        ("toeslag_huur", "toeslagen"),
        ("paspoort_id", "gemeente"),
        ("belastingaangifte", "belastingdienst"),
        ("bieb_printen", None),
    ):
        question = make_question(topic=topic, organisation=organisation)
        kiosk.registration.record(desk.desk_id, make_visit_input(question))
    store = OutboxStore(kiosk.db)
    batch = store.claim(max_ops=2, max_bytes=1_000_000)
    assert batch is not None
    store.apply_results(
        batch.batch_id,
        [
            {
                "op_id": batch.op_ids[0],
                "status": "rejected",
                "code": "validation_failed",
                "errors": [{"path": "payload.questions[0].topic", "msg": "unknown code"}],
            },
            {"op_id": batch.op_ids[1], "status": "conflict", "code": "some_new_code"},
        ],
    )
    single = store.claim(max_ops=1, max_bytes=1_000_000)
    assert single is not None
    store.quarantine(single.local_seqs[0], "payload_too_large", "413")


def test_problem_model_passes_the_model_tester(
    qtmodeltester: Any, ui_kiosk: Kiosk, ui_desk: DeskInfo
) -> None:
    make_problems(ui_kiosk, ui_desk)
    rows = load_problems(ui_kiosk.db, ui_kiosk.catalogues)
    model = ProblemModel()
    model.set_rows(rows)
    qtmodeltester.check(model)
    assert model.rowCount() == 3
    cells = [[model.index(r, c).data() for c in range(4)] for r in range(3)]
    by_state = {cells[r][2]: cells[r] for r in range(3)}
    assert set(by_state) == {"Geweigerd", "Conflict", "Tegengehouden"}
    assert by_state["Geweigerd"][1] == "Bezoek vastgelegd: Huurtoeslag"
    assert by_state["Geweigerd"][3] == phrase("sync.reason.validation_failed")
    assert by_state["Geweigerd"][3].startswith("De server keurt de gegevens af")
    assert by_state["Conflict"][3] == "De registratie botst met wat de centrale server al heeft."
    assert "some_new_code" in next(r for r in rows if r.state == "conflicted").technical
    assert by_state["Tegengehouden"][3] == ("De registratie is te groot voor de centrale server.")
    refused = next(r for r in rows if r.state == "rejected")
    assert "payload.questions[0].topic: unknown code" in refused.technical
    tip = model.index(0, 3).data(Qt.ItemDataRole.ToolTipRole)
    assert "bewaard" in tip
    model.set_rows([])
    qtmodeltester.check(model)


def test_sync_page_lists_exports_and_requeues(
    qtbot: QtBot,
    ui_kiosk: Kiosk,
    ui_desk: DeskInfo,
    runner: TaskRunner,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    make_problems(ui_kiosk, ui_desk)
    controller = SyncController(
        ui_kiosk, runner, client_factory=factory(tmp_path / "config"), automatic=False
    )
    page = SyncPage(ui_kiosk, runner, controller)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.reload()
        page.show()
    assert page.model.rowCount() == 3
    assert page.summary["link"].text() == "Niet gekoppeld"
    assert page.summary["waiting"].text().startswith("Nog niet verzonden: ")
    assert "Geweigerd 1" in page.summary["counts"].text()
    assert "Tegengehouden 1" in page.summary["counts"].text()
    assert "(3)" in page.problems_title.text()
    assert page.requeue_button.isEnabled()
    assert not page.sync_button.isEnabled()  # not enrolled: Koppelen first
    assert page.enroll_button.property("primary") is True
    assert page.model.row_at(0).what in page.detail.text()  # the first row is explained
    for code in ("volgnummer", "validation_failed", "some_new_code", "payload_too"):
        assert code not in page.detail.text()  # for support: in the export, not on screen

    target = tmp_path / "export" / "support.json"
    target.parent.mkdir()
    monkeypatch.setattr(page, "choose_export_path", lambda: target)
    with qtbot.waitSignal(page.exported, timeout=5000) as exported:
        qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert exported.args == [4]  # three problems and the one still waiting
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["count"] == 4 and {op["state"] for op in data["ops"]} == {
        "rejected",
        "conflicted",
        "quarantined",
        "pending",
    }
    assert str(target) in page.feedback.text()

    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    page.export_to(blocker / "x.json")
    qtbot.waitUntil(lambda: "export is niet opgeslagen" in page.feedback.text(), timeout=5000)

    quarantined = next(r for r in range(page.model.rowCount()) if page.model.row_at(r).quarantined)
    page.table.selectRow(quarantined)
    with (
        qtbot.waitSignal(page.loaded, timeout=10000),
        qtbot.waitSignal(controller.requeued, timeout=5000) as requeued,
    ):
        qtbot.mouseClick(page.requeue_button, Qt.MouseButton.LeftButton)
    assert requeued.args == [1]
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=5000)
    assert outbox_counts(ui_kiosk)["quarantined"] == 0
    assert "opnieuw aangeboden" in page.feedback.text()
    assert not page.requeue_button.isEnabled()
    controller.shutdown()


def test_sync_page_lists_records_from_the_server_it_set_aside(
    qtbot: QtBot, ui_kiosk: Kiosk, runner: TaskRunner, tmp_path: Path
) -> None:
    from kiosk import set_aside

    with ui_kiosk.db.write() as session:
        errors = [{"path": "data.weekday", "msg": "Field required"}]
        set_aside.put_aside(
            session, "template", "t-1", 3, set_aside.INVALID, errors, "2027-03-02T09:00:00.000Z"
        )
    controller = SyncController(
        ui_kiosk, runner, client_factory=factory(tmp_path / "config"), automatic=False
    )
    page = SyncPage(ui_kiosk, runner, controller)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.reload()
        page.show()
    assert page.model.rowCount() == 1
    row = page.model.row_at(0)
    assert row.what == "Belastinghulp: weekrooster"
    assert row.state_text == "Ontvangen, niet verwerkt"
    assert "niets verloren" in row.next_step and "data.weekday" in row.technical
    assert not page.requeue_button.isEnabled()  # nothing of this desk's to offer again
    controller.shutdown()


def test_sync_page_is_keyboard_usable(
    qtbot: QtBot, ui_kiosk: Kiosk, ui_desk: DeskInfo, runner: TaskRunner, tmp_path: Path
) -> None:
    make_problems(ui_kiosk, ui_desk)
    controller = SyncController(
        ui_kiosk, runner, client_factory=factory(tmp_path / "config"), automatic=False
    )
    page = SyncPage(ui_kiosk, runner, controller)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.reload()
        page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow, timeout=2000)
    qtbot.keyClick(page, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(page.table.hasFocus, timeout=2000)
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    assert page.model.row_at(1).what in page.detail.text()
    with qtbot.waitSignal(page.enroll_requested, timeout=2000):
        qtbot.keyClick(page, Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)
    with qtbot.waitSignal(page.finished, timeout=2000):
        qtbot.keyClick(page.table, Qt.Key.Key_Escape)
    controller.shutdown()


def test_window_opens_the_screens_from_the_status_bar(qtbot: QtBot, tmp_path: Path) -> None:
    window = open_window(qtbot, tmp_path / "home", factory(tmp_path / "config"))
    assert window.connection_label.text() == "Niet gekoppeld"
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    qtbot.keyClick(window, Qt.Key.Key_F5)  # not enrolled: F5 offers Koppelen
    qtbot.waitUntil(lambda: window.enroll_dialog is not None, timeout=2000)
    dialog = window.enroll_dialog
    assert dialog is not None
    dialog.reject()
    qtbot.waitUntil(lambda: window.enroll_dialog is None, timeout=2000)
    qtbot.mouseClick(window.sync_bar.page_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: window.sync_page is not None and window.sync_page.isVisible(), timeout=2000
    )
    assert window.sync_page is not None
    qtbot.waitUntil(
        lambda: window.sync_page.summary["link"].text() == "Niet gekoppeld", timeout=5000
    )
    window.sync_page.accept()
    window.close()


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        ("https://sync.example.nl", "https://sync.example.nl"),
        ("sync.example.nl/", "https://sync.example.nl"),
        ("http://127.0.0.1:8765", "http://127.0.0.1:8765"),
        ("", None),
        ("http://sync.example.nl", None),
        ("https://", None),
        ("https://sync example.nl", None),
        ("https://sync.example.nl/?x=1", None),
        ("https://user:pw@sync.example.nl", None),
        ("ftp://sync.example.nl", None),
        ("https://sync.example.nl:99999", None),
    ],
)
def test_server_address_checked_in_dutch(text: str, ok: str | None) -> None:
    url, problem_text = normalise_url(text)
    assert url == ok
    assert (problem_text is None) == (ok is not None)
    if problem_text is not None:
        assert problem_text.startswith(("Vul", "Het", "Gebruik", "Dit"))


def test_enroll_dialog_and_sync_page_by_keyboard(
    qtbot: QtBot, ui_kiosk: Kiosk, ui_desk: DeskInfo, runner: TaskRunner, tmp_path: Path
) -> None:
    """Tab reaches every control of Koppelen and of the Synchronisatie screen, in order."""
    from tests.ui.keyboard import describe, tab_chain, unreachable

    make_problems(ui_kiosk, ui_desk)
    controller = SyncController(
        ui_kiosk, runner, client_factory=factory(tmp_path / "config"), automatic=False
    )
    page = SyncPage(ui_kiosk, runner, controller)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.reload()
        page.resize(910, 485)
        page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow, timeout=2000)
    chain = tab_chain(page.table)
    assert not unreachable(page, chain), [describe(w) for w in chain]
    assert page.enroll_button in chain
    assert set(tab_chain(page.table, backwards=True)) == set(chain)
    page.close()

    dialog = EnrollDialog(controller, ui_desk)
    qtbot.addWidget(dialog)
    dialog.resize(910, 485)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    chain = tab_chain(dialog.server)
    assert not unreachable(dialog, chain), [describe(w) for w in chain]
    assert chain.index(dialog.server) < chain.index(dialog.code) < chain.index(dialog.enroll_button)
    controller.shutdown()
