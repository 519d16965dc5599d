"""Logs as JSON lines: each line parses, carries the request id, never a token or a body."""

from __future__ import annotations

import io
import json
import logging
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from sync.central import cli as central_cli
from sync.central import json_logs
from tests.sync.central.conftest import ADMIN_TOKEN, Central, Desk

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def restore_logging() -> Iterator[None]:
    """Put the root and uvicorn loggers back as they were (configure replaces handlers)."""
    names = ("", "uvicorn", "uvicorn.error", "uvicorn.access")
    saved = [
        (logging.getLogger(n), list(logging.getLogger(n).handlers), logging.getLogger(n).level)
        for n in names
    ]
    propagate = {n: logging.getLogger(n).propagate for n in names}
    yield
    for (logger, handlers, level), name in zip(saved, names, strict=True):
        for handler in list(logger.handlers):
            logger.removeHandler(handler)
        for handler in handlers:
            logger.addHandler(handler)
        logger.setLevel(level)
        logger.propagate = propagate[name]


def record(message: str, *args: Any, **extra: Any) -> logging.LogRecord:
    made = logging.LogRecord("sync.central.x", logging.INFO, __file__, 1, message, args, None)
    made.__dict__.update(extra)
    return made


def test_a_record_is_one_json_object_with_its_request_id() -> None:
    formatter = json_logs.JsonFormatter()
    token = json_logs.request_id.set("req-1")
    try:
        line = formatter.format(record("Enrolled device %s in branch %s", "d1", "b1"))
    finally:
        json_logs.request_id.reset(token)
    entry = json.loads(line)
    assert "\n" not in line
    assert entry["level"] == "info" and entry["logger"] == "sync.central.x"
    assert entry["message"] == "Enrolled device d1 in branch b1"
    assert entry["request_id"] == "req-1"
    assert entry["time"].endswith("Z") and len(entry["time"]) == len("2026-12-03T11:00:00.000Z")
    assert "request_id" not in json.loads(formatter.format(record("outside a request")))


def test_an_exception_stays_on_one_line() -> None:
    formatter = json_logs.JsonFormatter()
    try:
        raise RuntimeError("Authorization: Bearer abc.DEF-123")
    except RuntimeError:
        made = record("failed")
        made.exc_info = sys.exc_info()
    line = formatter.format(made)
    assert line.count("\n") == 0
    entry = json.loads(line)
    assert "RuntimeError" in entry["exception"]
    assert "abc.DEF-123" not in line


def test_credentials_are_blanked() -> None:
    redactor = json_logs.Redactor(["s3cret-admin-token", None, ""])
    text = redactor("header Bearer abc.def~ghi and s3cret-admin-token; bearer   xyz")
    assert "abc.def" not in text and "s3cret" not in text and "xyz" not in text
    assert text.count(json_logs.REDACTED) == 3


def test_a_proxys_request_id_is_kept_when_sane() -> None:
    assert json_logs.new_request_id("abc-123") == "abc-123"
    assert json_logs.new_request_id("x" * 65) != "x" * 65
    assert json_logs.new_request_id("a b\n{") != "a b\n{"
    assert len(json_logs.new_request_id(None)) == 32


def test_the_format_comes_from_the_option_or_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    parser = central_cli.build_parser()
    assert parser.parse_args(["serve", "--log-format", "json"]).log_format == "json"
    assert parser.parse_args(["serve"]).log_format is None
    monkeypatch.delenv(json_logs.LOG_FORMAT_ENV, raising=False)
    assert json_logs.default_log_format() == "text"
    monkeypatch.setenv(json_logs.LOG_FORMAT_ENV, "JSON")
    assert json_logs.default_log_format() == "json"
    monkeypatch.setenv(json_logs.LOG_FORMAT_ENV, "xml")
    with pytest.raises(ValueError):
        json_logs.default_log_format()


def test_serve_refuses_an_unknown_format_before_starting(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(json_logs.LOG_FORMAT_ENV, "xml")
    assert central_cli.main(["serve", "--data-dir", str(tmp_path)]) == 1
    assert json_logs.LOG_FORMAT_ENV in capsys.readouterr().err


@pytest.mark.usefixtures("restore_logging")
def test_the_apps_log_lines_parse_and_hold_no_token(central: Central, desk: Desk) -> None:
    stream = io.StringIO()
    json_logs.configure("json", "DEBUG", secrets=[ADMIN_TOKEN])
    handler = logging.getLogger().handlers[0]
    assert isinstance(handler, logging.StreamHandler)
    handler.setStream(stream)
    visit = desk.visit(desk_id="desk-with-a-secret-note")
    logging.getLogger("test").warning("A client sent Authorization: Bearer %s", desk.token)
    desk.send([visit])
    revoke = f"/admin/devices/{desk.device_id}/revoke"
    assert central.client.post(revoke, headers=central.admin_headers()).status_code == 200
    logging.getLogger("test").info("admin token %s in a message", ADMIN_TOKEN)
    lines = stream.getvalue().splitlines()
    assert lines
    for line in lines:
        entry = json.loads(line)
        assert {"time", "level", "logger", "message"} <= set(entry)
    text = stream.getvalue()
    assert desk.token not in text and ADMIN_TOKEN not in text
    assert "desk-with-a-secret-note" not in text


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_serve_with_json_logs_end_to_end(tmp_path: Path) -> None:
    """``ido-central serve --log-format json``: every stderr line a JSON object, no token."""
    port = free_port()
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    env["IDO_CENTRAL_ADMIN_TOKEN"] = ADMIN_TOKEN
    env.pop("IDO_CENTRAL_DATABASE_URL", None)
    env.pop(json_logs.LOG_FORMAT_ENV, None)
    log_path = tmp_path / "server.log"
    command = [sys.executable, "-m", "sync.central.cli", "serve", "--port", str(port)]
    command += ["--data-dir", str(tmp_path / "data"), "--log-format", "json"]
    with log_path.open("w") as log:
        process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=log)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            assert process.poll() is None, log_path.read_text()
            try:
                if httpx.get(f"{base}/healthz", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert time.monotonic() < deadline, "server did not start"
            time.sleep(0.2)
        forwarded = {"X-Request-ID": "proxy-id-42"}
        assert httpx.get(f"{base}/readyz", headers=forwarded).headers["x-request-id"] == (
            "proxy-id-42"
        )
        bearer = {"Authorization": f"Bearer {ADMIN_TOKEN}"}
        assert httpx.get(f"{base}/admin/devices", headers=bearer).status_code == 200
        assert httpx.get(f"{base}/metrics").status_code == 200  # loopback: allowed
        enroll = {"code": "WRNG-CODE", "device_name": "secret-device-name", "device_kind": "x"}
        assert httpx.post(f"{base}/v1/enroll", json=enroll).status_code == 400
    finally:
        process.terminate()
        process.wait(timeout=30)
    lines = log_path.read_text().splitlines()
    entries = [json.loads(line) for line in lines]  # every line is JSON
    access = [e for e in entries if e["logger"] == "uvicorn.access"]
    assert {e["path"] for e in access} >= {"/healthz", "/readyz", "/admin/devices", "/metrics"}
    ready = next(e for e in access if e["path"] == "/readyz")
    assert ready["request_id"] == "proxy-id-42" and ready["status"] == 200
    assert any("ido-central serving on" in e["message"] for e in entries)
    text = "\n".join(lines)
    assert ADMIN_TOKEN not in text and "secret-device-name" not in text
