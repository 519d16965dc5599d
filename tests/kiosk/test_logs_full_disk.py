"""Logging on a full disk: records that cannot be written are dropped, the app goes on, and
the log writes again once there is room; a crash log that cannot be written still tells."""

from __future__ import annotations

import logging
import resource
import signal
import sys
from collections.abc import Iterator
from contextlib import suppress
from logging.handlers import RotatingFileHandler
from pathlib import Path

import pytest

from kiosk.logs import install_excepthook, setup_logging

# The root logger and the exception hooks are put back after each test, as in test_paths_logs.
from tests.kiosk.test_paths_logs import (  # noqa: F401
    hooks_restored,
    raise_and_catch,
    restore_root_logger,
)


@pytest.fixture
def no_room() -> Iterator[None]:
    """A real write failure from the OS: no file of this process may grow past 300 bytes."""
    before = resource.getrlimit(resource.RLIMIT_FSIZE)
    previous = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (300, before[1]))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, before)
        signal.signal(signal.SIGXFSZ, previous)


@pytest.mark.usefixtures("restore_root_logger")
def test_a_full_disk_drops_log_records_and_the_log_resumes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest
) -> None:
    log_file = tmp_path / "logs" / "kiosk.log"
    setup_logging(log_file)
    [handler] = [h for h in logging.getLogger().handlers if isinstance(h, RotatingFileHandler)]
    handler.maxBytes = 1_000  # rotations happen while the disk is full, too
    dropped: list[logging.LogRecord] = []
    monkeypatch.setattr(handler, "handleError", dropped.append)  # logging's own is to stderr
    request.getfixturevalue("no_room")
    for number in range(40):
        logging.getLogger("kiosk.test").warning("line %d that fills the disk", number)
    resource.setrlimit(resource.RLIMIT_FSIZE, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))

    assert dropped  # the records that did not fit went to handleError, not to the caller
    logging.getLogger("kiosk.test").warning("room again")
    handler.flush()
    assert "room again" in log_file.read_text(encoding="utf-8")


@pytest.mark.usefixtures("restore_root_logger")
def test_a_log_file_on_a_full_device_never_raises() -> None:
    setup_logging(Path("/dev/full"))  # every write: ENOSPC
    [handler] = [h for h in logging.getLogger().handlers if isinstance(h, RotatingFileHandler)]
    errors: list[logging.LogRecord] = []
    handler.handleError = errors.append  # type: ignore[method-assign]
    logging.getLogger("kiosk.test").error("saved nowhere")
    assert len(errors) == 1
    logging.getLogger().removeHandler(handler)
    with suppress(OSError):  # its last flush has nowhere to go either (logging.shutdown: same)
        handler.close()


@pytest.mark.usefixtures("hooks_restored")
def test_a_crash_log_that_cannot_be_written_still_tells_the_person() -> None:
    notified: list[BaseException] = []
    install_excepthook(Path("/dev/full"), notified.append)
    exc = raise_and_catch("kapot op een volle schijf")
    sys.excepthook(type(exc), exc, exc.__traceback__)
    assert notified == [exc]
