"""Where files live, the rotating log and the crash log."""

from __future__ import annotations

import faulthandler
import logging
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from logging.handlers import RotatingFileHandler
from pathlib import Path

import platformdirs
import pytest

import kiosk.logs
from kiosk.logs import install_excepthook, setup_logging
from kiosk.paths import APP_AUTHOR, APP_NAME, HOME_ENV, app_paths

ROOT = Path(__file__).resolve().parents[2]

# -- paths ----------------------------------------------------------------------------------


def test_kiosk_home_puts_every_folder_under_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(HOME_ENV, str(tmp_path))
    paths = app_paths()

    assert paths.data_dir == tmp_path / "data"
    assert paths.log_dir == tmp_path / "logs"
    assert paths.config_dir == tmp_path / "config"
    assert paths.database == tmp_path / "data" / "kiosk.sqlite3"
    assert paths.catalogue_dir == tmp_path / "data" / "catalogue"
    assert paths.log_file.parent == paths.crash_log.parent == tmp_path / "logs"


def test_explicit_home_wins_over_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(HOME_ENV, str(tmp_path / "from-env"))
    assert app_paths(tmp_path / "explicit").data_dir == tmp_path / "explicit" / "data"


def test_relative_kiosk_home_is_made_absolute(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv(HOME_ENV, "portable")
    paths = app_paths()
    assert paths.data_dir.is_absolute()
    assert paths.data_dir == tmp_path.resolve() / "portable" / "data"


@pytest.mark.parametrize("value", [None, ""])
def test_without_kiosk_home_the_platform_folders_are_used(
    monkeypatch: pytest.MonkeyPatch, value: str | None
) -> None:
    if value is None:
        monkeypatch.delenv(HOME_ENV, raising=False)
    else:
        monkeypatch.setenv(HOME_ENV, value)
    expected = platformdirs.PlatformDirs(APP_NAME, APP_AUTHOR, roaming=False)

    paths = app_paths()

    assert paths.data_dir == Path(expected.user_data_dir)
    assert paths.log_dir == Path(expected.user_log_dir)
    assert paths.config_dir == Path(expected.user_config_dir)


def test_tests_never_see_the_real_data_dir() -> None:
    # The autouse fixture in conftest.py points KIOSK_HOME at a temporary folder.
    real = Path(platformdirs.PlatformDirs(APP_NAME, APP_AUTHOR, roaming=False).user_data_dir)
    assert os.environ.get(HOME_ENV)
    assert app_paths().data_dir != real


def test_ensure_creates_every_folder(tmp_path: Path) -> None:
    paths = app_paths(tmp_path / "new").ensure()
    for folder in (paths.data_dir, paths.log_dir, paths.config_dir, paths.catalogue_dir):
        assert folder.is_dir()
    paths.ensure()  # a second time is fine


# -- logging --------------------------------------------------------------------------------


@pytest.fixture
def restore_root_logger() -> Iterator[None]:
    """Undo setup_logging: its file handlers and level (pytest's own handlers stay as they are)."""
    root = logging.getLogger()
    before = [h for h in root.handlers if isinstance(h, RotatingFileHandler)]
    level = root.level
    yield
    for handler in [h for h in root.handlers if isinstance(h, RotatingFileHandler)]:
        if handler not in before:
            root.removeHandler(handler)
            handler.close()
    for handler in before:
        if handler not in root.handlers:
            root.addHandler(handler)
    root.setLevel(level)


@pytest.mark.usefixtures("restore_root_logger")
def test_setup_logging_writes_to_a_rotating_file(tmp_path: Path) -> None:
    log_file = tmp_path / "logs" / "kiosk.log"
    setup_logging(log_file)
    logging.getLogger("kiosk.test").info("visit saved")
    logging.getLogger("kiosk.test").debug("not at INFO")

    [handler] = [h for h in logging.getLogger().handlers if isinstance(h, RotatingFileHandler)]
    handler.flush()
    assert handler.maxBytes > 0
    assert handler.backupCount > 0
    text = log_file.read_text(encoding="utf-8")
    assert "INFO" in text
    assert "kiosk.test: visit saved" in text
    assert "not at INFO" not in text


@pytest.mark.usefixtures("restore_root_logger")
def test_setup_logging_twice_keeps_one_file_handler(tmp_path: Path) -> None:
    setup_logging(tmp_path / "first.log")
    setup_logging(tmp_path / "second.log")
    logging.getLogger("kiosk.test").warning("only once")

    rotating = [h for h in logging.getLogger().handlers if isinstance(h, RotatingFileHandler)]
    assert [Path(h.baseFilename).name for h in rotating] == ["second.log"]


# -- the crash log --------------------------------------------------------------------------


@pytest.fixture
def hooks_restored(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Restore the exception hooks, and keep faulthandler pointed where pytest put it."""
    monkeypatch.setattr(faulthandler, "enable", lambda *args, **kwargs: None)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    yield
    if kiosk.logs._fault_file is not None:
        kiosk.logs._fault_file.close()
        kiosk.logs._fault_file = None


def raise_and_catch(message: str) -> BaseException:
    try:
        raise RuntimeError(message)
    except RuntimeError as exc:
        return exc


@pytest.mark.usefixtures("hooks_restored")
def test_uncaught_exception_goes_to_the_crash_log_then_notify(tmp_path: Path) -> None:
    crash_log = tmp_path / "logs" / "crash.log"
    notified: list[BaseException] = []
    install_excepthook(crash_log, notified.append)

    exc = raise_and_catch("kapot in de hoofdthread")
    sys.excepthook(type(exc), exc, exc.__traceback__)

    assert notified == [exc]
    text = crash_log.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in text
    assert "RuntimeError: kapot in de hoofdthread" in text
    assert "raise_and_catch" in text


@pytest.mark.usefixtures("hooks_restored")
def test_worker_thread_exception_reaches_the_crash_log(tmp_path: Path) -> None:
    crash_log = tmp_path / "crash.log"
    notified: list[BaseException] = []
    install_excepthook(crash_log, notified.append)

    def work() -> None:
        raise ValueError("kapot in de worker")

    worker = threading.Thread(target=work, name="worker")
    worker.start()
    worker.join()

    assert [str(e) for e in notified] == ["kapot in de worker"]
    text = crash_log.read_text(encoding="utf-8")
    assert "ValueError: kapot in de worker" in text
    assert "in work" in text


@pytest.mark.usefixtures("hooks_restored")
def test_crashes_are_appended_not_overwritten(tmp_path: Path) -> None:
    crash_log = tmp_path / "crash.log"
    install_excepthook(crash_log, lambda _exc: None)
    for message in ("eerste", "tweede"):
        exc = raise_and_catch(message)
        sys.excepthook(type(exc), exc, exc.__traceback__)

    text = crash_log.read_text(encoding="utf-8")
    assert text.index("RuntimeError: eerste") < text.index("RuntimeError: tweede")
    assert text.count("--- ") == 2


@pytest.mark.skipif(sys.platform == "win32", reason="needs POSIX fatal signals")
def test_fatal_signal_is_written_to_the_crash_log(tmp_path: Path) -> None:
    crash_log = tmp_path / "crash.log"
    code = (
        "import faulthandler, sys\n"
        "from pathlib import Path\n"
        "from kiosk.logs import install_excepthook\n"
        "install_excepthook(Path(sys.argv[1]), lambda exc: None)\n"
        "faulthandler._sigsegv()\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONFAULTHANDLER": ""}
    result = subprocess.run(
        [sys.executable, "-c", code, str(crash_log)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode != 0
    assert "Fatal Python error" in crash_log.read_text(encoding="utf-8")
