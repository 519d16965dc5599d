"""The UI's one way to run work: two lanes, callbacks on the GUI thread, changes broadcast."""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot
from shiboken6 import isValid
from sqlalchemy import text

from kiosk import changes
from kiosk.app import Kiosk
from kiosk.changes import Changes
from kiosk.errors import InputError
from ui.tasks import Lane, TaskRunner
from ui.words import error_text


def test_each_lane_is_one_thread_in_order_and_callbacks_run_on_the_gui_thread(
    qtbot: QtBot, runner: TaskRunner
) -> None:
    ran: list[tuple[int, str]] = []
    done: list[tuple[int, str]] = []
    for n in range(5):
        runner.submit(
            lambda n=n: ran.append((n, threading.current_thread().name)),
            lambda _none, n=n: done.append((n, threading.current_thread().name)),
        )
    qtbot.waitUntil(lambda: len(done) == 5, timeout=5000)
    assert [n for n, _ in ran] == [0, 1, 2, 3, 4]
    assert {thread for _, thread in ran} == {"kiosk-db_0"}
    assert {thread for _, thread in done} == {threading.main_thread().name}

    names: list[str] = []
    runner.submit(lambda: threading.current_thread().name, names.append, lane=Lane.NETWORK)
    qtbot.waitUntil(lambda: bool(names), timeout=5000)
    assert names == ["kiosk-sync_0"]


def test_refusals_go_to_the_caller_and_bugs_to_the_crash_handler(
    qtbot: QtBot, runner: TaskRunner
) -> None:
    refused: list[Exception] = []

    def refuse() -> None:
        raise InputError.single("topic", "visit.question.topic_unknown")

    runner.submit(refuse, None, refused.append)
    qtbot.waitUntil(lambda: bool(refused), timeout=5000)
    assert "onderwerp" in error_text(refused[0])
    with qtbot.waitSignal(runner.bug, timeout=5000) as bug:
        runner.submit(lambda: 1 / 0, None, refused.append)  # not a refusal: a bug
    assert isinstance(bug.args[0], ZeroDivisionError)
    caught: list[Exception] = []
    runner.submit(lambda: 1 / 0, None, caught.append, expected=(ZeroDivisionError,))
    qtbot.waitUntil(lambda: bool(caught), timeout=5000)


def test_what_a_task_wrote_is_broadcast_after_its_callback(
    qtbot: QtBot, runner: TaskRunner, ui_kiosk: Kiosk
) -> None:
    seen: list[str] = []

    def write() -> None:
        with ui_kiosk.db.write() as session:
            session.execute(text("INSERT INTO app_setting (key, value) VALUES ('x', '1')"))

    runner.changed.connect(lambda what: seen.append(f"changed {sorted(what.tables)}"))
    with qtbot.waitSignal(runner.changed, timeout=5000) as changed:
        runner.submit(write, lambda _none: seen.append("done"))
    what: Changes = changed.args[0]
    assert what.touches(changes.LOCATION) and not what.touches(changes.VISITS)
    assert seen == ["done", "changed ['app_setting']"]
    runner.submit(lambda: ui_kiosk.registration.waiting(), lambda _n: seen.append("read"))
    qtbot.waitUntil(lambda: seen[-1] == "read", timeout=5000)
    runner.wait_idle()
    assert seen[-2:] == ["changed ['app_setting']", "read"]  # a read changes nothing


def test_callbacks_of_a_window_that_is_gone_are_dropped(
    qtbot: QtBot, runner: TaskRunner, ui_kiosk: Kiosk
) -> None:
    owner = QObject()
    called: list[Any] = []
    gate = threading.Event()

    def write() -> None:
        gate.wait(5)
        with ui_kiosk.db.write() as session:
            session.execute(text("INSERT INTO app_setting (key, value) VALUES ('y', '1')"))

    runner.submit(write, called.append, owner=owner)
    owner.deleteLater()
    qtbot.waitUntil(lambda: not isValid(owner), timeout=5000)
    with qtbot.waitSignal(runner.changed, timeout=5000):
        gate.set()
    assert called == []  # the write happened; only its window is gone


def test_nothing_starts_after_shutdown(qtbot: QtBot, ui_kiosk: Kiosk) -> None:
    runner = TaskRunner(database=ui_kiosk.db)
    runner.shutdown()
    ran: list[int] = []
    future = runner.submit(lambda: ran.append(1))
    assert future.cancelled() and ran == [] and runner.idle
