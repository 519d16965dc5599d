"""Logging to a rotating file, and the crash log for uncaught exceptions.

The UI installs :func:`install_excepthook` with a callback that shows a plain Dutch message; the
traceback itself only ever goes to ``crash.log`` (and the log), never to the screen.

A full disk never stops the app here: :mod:`logging` hands a record it cannot write (or a
rotation that fails) to ``Handler.handleError``, which drops it, and a crash log that cannot
be written still lets the person be told.
"""

from __future__ import annotations

import faulthandler
import logging
import sys
import threading
import traceback
from collections.abc import Callable
from datetime import datetime
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType
from typing import IO

LOG_FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"
MAX_BYTES = 1_000_000
BACKUPS = 5
_fault_file: IO[str] | None = None


def setup_logging(log_file: Path, level: int = logging.INFO) -> None:
    """Send the app's log records to a rotating file (1 MB x 5) next to the crash log."""
    log_file.parent.mkdir(parents=True, exist_ok=True)
    handler = RotatingFileHandler(
        log_file, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    root = logging.getLogger()
    root.handlers = [h for h in root.handlers if not isinstance(h, RotatingFileHandler)]
    root.addHandler(handler)
    root.setLevel(level)


def write_crash(
    crash_log: Path, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> None:
    """Append one uncaught exception, with a timestamp, to *crash_log*."""
    crash_log.parent.mkdir(parents=True, exist_ok=True)
    text = "".join(traceback.format_exception(exc_type, exc, tb))
    with crash_log.open("a", encoding="utf-8") as out:
        out.write(f"--- {datetime.now().astimezone().isoformat(timespec='seconds')}\n{text}\n")


def install_excepthook(crash_log: Path, notify: Callable[[BaseException], None]) -> None:
    """Route uncaught exceptions (main and worker threads) to the crash log, then *notify*.

    Fatal signals (a segfault in a native library) are written to the crash log by
    :mod:`faulthandler`.
    """
    global _fault_file
    crash_log.parent.mkdir(parents=True, exist_ok=True)
    _fault_file = crash_log.open("a", encoding="utf-8")
    faulthandler.enable(_fault_file)

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        logging.getLogger("kiosk.crash").error("Uncaught exception", exc_info=(exc_type, exc, tb))
        try:
            write_crash(crash_log, exc_type, exc, tb)
        except OSError as error:  # a full disk: the person is told all the same
            logging.getLogger("kiosk.crash").warning("Crash log not written: %r", error)
        notify(exc)

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            hook(args.exc_type, args.exc_value, args.exc_traceback)

    sys.excepthook = hook
    threading.excepthook = thread_hook
