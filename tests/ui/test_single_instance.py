"""One running app per user and data folder; a second start brings the first to the front."""

from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest
from PySide6.QtCore import QDir
from pytestqt.qtbot import QtBot

from ui.single_instance import SingleInstance, server_name


@pytest.fixture
def name(tmp_path: Path) -> str:
    """A socket name of the test's own data folder."""
    return server_name(tmp_path)


def test_the_name_depends_on_the_data_folder(tmp_path: Path) -> None:
    assert server_name(tmp_path / "a") != server_name(tmp_path / "b")
    assert server_name(tmp_path / "a") == server_name(tmp_path / "a")
    assert "/" not in server_name(tmp_path) and len(server_name(tmp_path)) < 40


def test_a_second_start_brings_the_first_to_the_front(qtbot: QtBot, name: str) -> None:
    first = SingleInstance(name)
    assert not first.ask_running()  # nobody there yet
    assert first.listen()
    second = SingleInstance(name)
    with qtbot.waitSignal(first.activate_requested, timeout=5000):
        assert second.ask_running()
    first.close()
    assert not SingleInstance(name).ask_running()  # closed: the next start runs


def test_a_second_listener_gives_way_to_the_first(qtbot: QtBot, name: str) -> None:
    first = SingleInstance(name)
    assert first.listen()
    late = SingleInstance(name)
    with qtbot.waitSignal(first.activate_requested, timeout=5000):
        assert not late.listen()
    first.close()


@pytest.mark.skipif(os.name == "nt", reason="a named pipe leaves nothing behind")
def test_a_socket_left_behind_by_a_crash_is_removed(qtbot: QtBot, name: str) -> None:
    path = Path(QDir.tempPath()) / name
    stale = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    stale.bind(str(path))
    stale.close()  # the file stays, nobody listens: as after a crash
    assert path.exists()
    try:
        app = SingleInstance(name)
        assert not app.ask_running()
        assert app.listen()
        with qtbot.waitSignal(app.activate_requested, timeout=5000):
            assert SingleInstance(name).ask_running()
        app.close()
    finally:
        path.unlink(missing_ok=True)


@pytest.mark.skipif(os.name == "nt", reason="looks for the Unix socket file")
def test_a_second_app_started_on_the_same_folder_exits_at_once(tmp_path: Path) -> None:
    import subprocess
    import sys
    import time

    from kiosk.paths import app_paths

    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "KIOSK_HOME": str(tmp_path), "PYTHONPATH": str(root)}
    env["QT_QPA_PLATFORM"] = "offscreen"
    command = [sys.executable, "-m", "ui"]
    socket_file = Path(QDir.tempPath()) / server_name(app_paths(tmp_path).data_dir)
    first = subprocess.Popen(command, cwd=root, env=env, stdout=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while not socket_file.exists() and first.poll() is None:
            assert time.monotonic() < deadline, "the first app never listened"
            time.sleep(0.1)
        assert first.poll() is None
        second = subprocess.run(command, cwd=root, env=env, timeout=60, capture_output=True)
        assert second.returncode == 0, second.stderr
        assert first.poll() is None  # the first one runs on
    finally:
        first.terminate()
        first.wait(timeout=30)
        socket_file.unlink(missing_ok=True)  # a terminated app leaves it behind
