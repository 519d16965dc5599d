"""The headless commands: enroll, sync --once, status --json, export; exit codes for scripts."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from keyring.backends import fail
from PySide6.QtWidgets import QApplication

from kiosk.app import Kiosk
from kiosk.locations import demo_location
from kiosk.paths import app_paths
from sync.credentials import TokenStore
from tests.conftest import make_visit_input
from tests.sync.test_fake_central import GOOD_CODE, SERVER_URL, FakeCentral, always, problem
from tools import translations
from ui import i18n
from ui.cli import EXIT_ATTENTION, EXIT_OK, EXIT_RETRY, EXIT_USAGE, build_parser, main


@pytest.fixture(autouse=True)
def _restore_logging() -> Iterator[None]:
    # main() sends the log to the app's file, as the app does; undo that after each test.
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    for handler in root.handlers:
        if handler not in handlers:
            handler.close()
    root.handlers, root.level = handlers, level


@pytest.fixture(autouse=True)
def _language(qapp: QApplication) -> Iterator[None]:
    # main() installs the desk's language on the running application (here the tests' own,
    # made first so the command line never makes a core-only one); removed after each test.
    yield
    i18n.uninstall_language(qapp)


@pytest.fixture
def central() -> FakeCentral:
    return FakeCentral()


@pytest.fixture
def tokens(tmp_path: Path) -> TokenStore:
    return TokenStore(tmp_path / "config", backend=fail.Keyring())


def run(central: FakeCentral, tokens: TokenStore, *argv: str) -> int:
    return main(list(argv), transport=central.transport(), tokens=tokens)


def record_visits(count: int) -> None:
    app = Kiosk.open(app_paths())  # the data directory KIOSK_HOME points at
    try:
        desk = app.locations.current() or app.locations.create(demo_location())
        app.registration.record(desk.desk_id, make_visit_input(count=count))
    finally:
        app.close()


def status(central: FakeCentral, tokens: TokenStore, capsys: pytest.CaptureFixture[str]) -> dict:
    capsys.readouterr()
    assert run(central, tokens, "status", "--json") == EXIT_OK
    data: dict = json.loads(capsys.readouterr().out)
    return data


def test_enroll_sync_and_status_from_the_command_line(
    central: FakeCentral, tokens: TokenStore, capsys: pytest.CaptureFixture[str]
) -> None:
    record_visits(3)

    assert run(central, tokens, "enroll", "--server", SERVER_URL, "--code", GOOD_CODE) == EXIT_OK
    assert "Gekoppeld als 'Demobalie'" in capsys.readouterr().out  # the current desk's name
    assert run(central, tokens, "sync", "--once") == EXIT_OK
    line = capsys.readouterr().out.strip()
    assert line.startswith("Synchronisatie gelukt") and "bevestigd 3" in line
    assert "\n" not in line

    data = status(central, tokens, capsys)
    assert data["enrolled"] and data["paused_reason"] is None
    assert data["counts"]["acked"] == 3 and data["waiting"] == 0
    assert data["last_success_at"] and data["clock_offset_seconds"] is not None
    assert data["token_location"] == "file"
    assert "token" not in json.dumps({k: v for k, v in data.items() if k != "token_location"})


def test_status_in_words(
    central: FakeCentral, tokens: TokenStore, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(central, tokens, "status") == EXIT_OK
    assert "Niet gekoppeld" in capsys.readouterr().out


def test_the_command_line_speaks_the_desks_language(
    central: FakeCentral, tokens: TokenStore, capsys: pytest.CaptureFixture[str]
) -> None:
    if translations.stale():
        translations.build()
    app = Kiosk.open(app_paths())
    try:
        app.settings.save(language="en")
    finally:
        app.close()
    assert run(central, tokens, "status") == EXIT_OK
    out = capsys.readouterr().out
    assert "Not connected to a central server." in out and "Niet gekoppeld" not in out
    assert "Last success: never" in out
    with pytest.raises(SystemExit):
        build_parser().parse_args(["--help"])
    assert "Sync with the central server" in capsys.readouterr().out


def test_a_wrong_code_needs_a_person(
    central: FakeCentral, tokens: TokenStore, capsys: pytest.CaptureFixture[str]
) -> None:
    code = run(central, tokens, "enroll", "--server", SERVER_URL, "--code", "WRONG")
    assert code == EXIT_ATTENTION
    assert "koppelcode" in capsys.readouterr().err


def test_sync_exit_codes_tell_retry_from_attention(
    central: FakeCentral, tokens: TokenStore, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(central, tokens, "sync", "--once") == EXIT_ATTENTION  # not enrolled
    run(central, tokens, "enroll", "--server", SERVER_URL, "--code", GOOD_CODE, "--name", "B2")
    record_visits(2)

    central.script.append(always(problem(500, "internal")))
    assert run(central, tokens, "sync", "--once") == EXIT_RETRY
    assert "storing" in capsys.readouterr().err

    central.rule = always(problem(403, "device_revoked"))
    assert run(central, tokens, "sync", "--once") == EXIT_ATTENTION
    assert status(central, tokens, capsys)["paused_reason"] == "revoked"


def test_the_last_message_reads_in_dutch_in_the_status(
    central: FakeCentral, tokens: TokenStore, capsys: pytest.CaptureFixture[str]
) -> None:
    record_visits(1)
    run(central, tokens, "enroll", "--server", SERVER_URL, "--code", GOOD_CODE)
    central.script.append(always(problem(500, "internal")))
    assert run(central, tokens, "sync", "--once") == EXIT_RETRY
    failed = capsys.readouterr().err.strip()
    assert failed.startswith("Synchronisatie mislukt: De centrale server heeft een storing.")
    assert "Nieuwe poging om " in failed

    last = status(central, tokens, capsys)["last_error"]
    assert last.startswith("De centrale server heeft een storing.") and last in failed
    assert run(central, tokens, "status") == EXIT_OK
    assert f"Laatste melding: {last}" in capsys.readouterr().out


def test_export_for_support(
    central: FakeCentral,
    tokens: TokenStore,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    record_visits(2)
    run(central, tokens, "enroll", "--server", SERVER_URL, "--code", GOOD_CODE)
    central.op_result = lambda op: {"status": "rejected", "code": "validation_failed"}
    run(central, tokens, "sync", "--once")

    out = tmp_path / "export.json"
    assert run(central, tokens, "export", "--out", str(out)) == EXIT_OK
    document = json.loads(out.read_text(encoding="utf-8"))
    assert document["count"] == 2 and document["device_id"]
    assert run(central, tokens, "export", "--out", str(out), "--all") == EXIT_OK


def test_requeue_puts_quarantined_ops_back(
    central: FakeCentral, tokens: TokenStore, capsys: pytest.CaptureFixture[str]
) -> None:
    record_visits(2)
    run(central, tokens, "enroll", "--server", SERVER_URL, "--code", GOOD_CODE)
    central.script.append(always(problem(413, "payload_too_large")))
    central.script.append(always(problem(413, "payload_too_large")))
    central.script.append(always(problem(413, "payload_too_large")))
    run(central, tokens, "sync", "--once")
    assert status(central, tokens, capsys)["counts"]["quarantined"] == 2

    assert run(central, tokens, "requeue") == EXIT_OK
    assert run(central, tokens, "sync", "--once") == EXIT_OK
    assert status(central, tokens, capsys)["counts"]["acked"] == 2


def test_wrong_usage(central: FakeCentral, tokens: TokenStore) -> None:
    assert run(central, tokens, "sync", "--sometimes") == EXIT_USAGE
    assert run(central, tokens) == EXIT_USAGE
    assert run(central, tokens, "--help") == EXIT_OK


def test_a_record_the_desk_cannot_apply_is_set_aside_and_the_pull_goes_on(
    central: FakeCentral, tokens: TokenStore, capsys: pytest.CaptureFixture[str]
) -> None:
    record_visits(1)
    good = {"name": "Humanitas"}
    central.changes = [
        {"change_seq": 1, "type": "template", "id": "t-bad", "version": 1, "data": {"name": "x"}},
        {"change_seq": 2, "type": ["no", "type"], "id": "odd", "version": 1, "data": {}},
        {"change_seq": 3, "type": "partner", "id": "p-1", "version": 1, "data": good},
    ]
    assert run(central, tokens, "enroll", "--server", SERVER_URL, "--code", GOOD_CODE) == EXIT_OK
    capsys.readouterr()
    assert run(central, tokens, "sync", "--once") == EXIT_OK
    out = capsys.readouterr()
    assert "Traceback" not in out.out + out.err

    data = status(central, tokens, capsys)
    assert data["received_set_aside_count"] == 1
    [aside] = data["received_set_aside"]
    assert (aside["type"], aside["entity_id"], aside["code"]) == (
        "template",
        "t-bad",
        "invalid_record",
    )
    assert ["data.weekday", "Field required"] in aside["problems"]
    app = Kiosk.open(app_paths())
    try:
        assert [p.name for p in app.planning.partners()] == ["Humanitas"]  # the pull went on
        assert app.planning.seasons() == []
    finally:
        app.close()
    assert run(central, tokens, "status") == EXIT_OK
    assert "Ontvangen maar niet verwerkt: 1" in capsys.readouterr().out


def test_a_bug_during_sync_prints_no_traceback(
    central: FakeCentral,
    tokens: TokenStore,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    record_visits(1)
    assert run(central, tokens, "enroll", "--server", SERVER_URL, "--code", GOOD_CODE) == EXIT_OK
    capsys.readouterr()

    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("a bug")

    monkeypatch.setattr("sync.client.SyncClient.sync_once", broken)
    assert run(central, tokens, "sync", "--once") == EXIT_RETRY
    out = capsys.readouterr()
    assert "Traceback" not in out.out + out.err
    assert "fout in IDO Kiosk" in out.err and "crash.log" in out.err
    assert "RuntimeError: a bug" in app_paths().crash_log.read_text(encoding="utf-8")
