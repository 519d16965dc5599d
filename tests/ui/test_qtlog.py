"""Qt's own messages reach the Python log."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtCore import qInstallMessageHandler, qWarning

from ui import qtlog


def test_qt_warnings_go_to_the_log(caplog: pytest.LogCaptureFixture) -> None:
    previous = qInstallMessageHandler(None)
    try:
        qtlog.install()
        with caplog.at_level(logging.WARNING, logger="qt"):
            qWarning("kiosk test warning")
    finally:
        qInstallMessageHandler(previous)
    assert any(r.name == "qt" and "kiosk test warning" in r.getMessage() for r in caplog.records)
