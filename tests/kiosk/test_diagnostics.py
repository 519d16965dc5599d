"""The diagnostics export: every part in one zip, no personal data, no secrets, never half."""

from __future__ import annotations

import json
import logging
import resource
import signal
import sqlite3
import zipfile
from collections.abc import Callable, Iterator
from datetime import date, time
from pathlib import Path
from typing import Any

import pytest

from kiosk import diagnostics, diagnostics_parts
from kiosk.app import Kiosk
from kiosk.diagnostics import write_diagnostics
from kiosk.locations import DeskInfo
from kiosk.logs import setup_logging, write_crash
from kiosk.planning.records import BookingInput, TemplateInput
from kiosk.visits import QuestionInput, VisitInput
from tests.conftest import FakeClock

NOTE = "formulier huurtoeslag uitgelegd"
NAMES = ("Jan Jansen", "Fatima el Amrani")
PHONES = ("06 12345678", "0612345678", "06 98765432", "0698765432")
BSN = "111222333"
EMAIL = "jan.jansen@example.nl"
TOKEN = "tok-5f2b9c0e77a14d3e"
ENVIRONMENT = {"app_version": "1.2.3", "qt": "6.8.0", "screen_scaling": [1.25]}


@pytest.fixture
def busy_app(
    kiosk_app: Kiosk,
    desk: DeskInfo,
    clock: FakeClock,
    make_visit: Callable[..., VisitInput],
    question: Callable[..., QuestionInput],
) -> Iterator[Kiosk]:
    """An app home with visits (one with a note), bookings with names and phones, a PIN,
    an enrollment, and a log and crash log that hold a BSN, an e-mail address and a phone."""
    kiosk_app.registration.record(desk.desk_id, make_visit(question(note=NOTE)))
    kiosk_app.registration.record(desk.desk_id, make_visit(count=2))
    planning = kiosk_app.planning
    season = planning.save_season("Belastinghulp 2027", date(2027, 3, 1), date(2027, 5, 1))
    partner = planning.save_partner("FNV Belastingservice")
    helper = planning.save_helper("Anja de Vries", partner.id, ("aangifte",))
    planning.save_template(season.id, TemplateInput(helper.id, 2, time(10), time(12), 30))
    planning.generate(season.id)
    slots = sorted(planning.grid(season.id).cells.values(), key=lambda s: (s.day, s.starts))
    for slot, name, phone in zip(slots, NAMES, PHONES[::2], strict=False):
        planning.book(slot.id, BookingInput(name=name, phone=phone, purpose=("aangifte",)))
    kiosk_app.settings.save(idle_minutes=7, language="en")
    kiosk_app.settings.set_pin("4821")
    with sqlite3.connect(kiosk_app.paths.database) as raw:
        raw.execute(
            "INSERT INTO sync_state (id, backoff_attempt, device_id, server_url, last_error, "
            "last_success_at) VALUES (1, 2, 'dev-1', 'https://it:geheim@sync.example.org/x?k=1',"
            " ?, '2026-03-01T09:00:00.000Z')",
            ('{"code":"sync.offline","params":{"detail":"' + EMAIL + '"}}',),
        )
        raw.execute(
            "UPDATE outbox SET state = 'quarantined', result_code = 'schema_invalid' "
            "WHERE local_seq = (SELECT min(local_seq) FROM outbox WHERE kind LIKE 'booking.%')"
        )
    # The device token's fallback file (sync.credentials): its name may be listed, never read.
    (kiosk_app.paths.config_dir / "device-token.json").write_text('{"dev-1": "' + TOKEN + '"}')
    clock.advance(hours=3)
    root = logging.getLogger()
    handlers = list(root.handlers)
    setup_logging(kiosk_app.paths.log_file)
    logging.getLogger("kiosk.test").warning("Visitor called from %s about BSN %s", PHONES[1], BSN)
    logging.getLogger("kiosk.test").info("Reply went to %s", EMAIL)
    for handler in root.handlers:
        handler.flush()
    try:
        raise ValueError(f"bad value {EMAIL}")
    except ValueError as exc:
        write_crash(kiosk_app.paths.crash_log, type(exc), exc, exc.__traceback__)
    yield kiosk_app
    for handler in root.handlers:
        if handler not in handlers:
            handler.close()
    root.handlers = handlers


def unzipped(path: Path) -> dict[str, str]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name).decode("utf-8") for name in archive.namelist()}


def test_the_zip_has_every_part_and_no_personal_data(busy_app: Kiosk, tmp_path: Path) -> None:
    out = tmp_path / "out" / "diagnose.zip"
    out.parent.mkdir()
    written = write_diagnostics(busy_app.paths, out, ENVIRONMENT, busy_app)

    parts = unzipped(out)
    assert {"about.json", "outbox.json", "settings.json", "logs/kiosk.log", "logs/crash.log"} <= (
        set(parts)
    )
    everything = "\n".join(parts.values())
    for secret in (NOTE, *NAMES, *PHONES, BSN, EMAIL, TOKEN, "4821", "geheim", "Anja"):
        assert secret not in everything, secret
    assert "[BSN]" in parts["logs/kiosk.log"] and "[e-mail]" in parts["logs/kiosk.log"]
    assert "[telefoon]" in parts["logs/kiosk.log"] and "[e-mail]" in parts["logs/crash.log"]
    assert "Visitor called from" in parts["logs/kiosk.log"]  # the rest of the line stays
    about = json.loads(parts["about.json"])
    assert about["privacy"]["masked"] == {"bsn": 1, "email": 2, "phone": 1}
    assert about["privacy"]["masked_total"] == written.masked_total == 4
    assert list(out.parent.iterdir()) == [out]  # no temporary file left


def test_about_outbox_and_settings_say_what_the_helpdesk_needs(
    busy_app: Kiosk, tmp_path: Path
) -> None:
    out = tmp_path / "diagnose.zip"
    write_diagnostics(busy_app.paths, out, ENVIRONMENT, busy_app)
    parts = {k: json.loads(v) for k, v in unzipped(out).items() if k.endswith(".json")}

    about = parts["about.json"]
    assert about["app"] == ENVIRONMENT
    assert about["database"]["quick_check"] == "ok" and about["database"]["health"] is None
    assert about["database"]["backups"] == 0
    assert about["database"]["page_count"] > 0 and about["database"]["bytes"] > 0
    assert about["catalogues"]["current"] in about["catalogues"]["installed"]
    assert about["folders"]["data"]["files"] >= 1 and about["python"]["version"]

    outbox = parts["outbox.json"]
    assert outbox["kinds"]["pending"]["visit.recorded"] == 3
    assert outbox["kinds"]["quarantined"] == {"booking.create": 1}
    assert outbox["problem_codes"] == {"quarantined": {"schema_invalid": 1}}
    assert outbox["oldest_waiting_age_seconds"] == 3 * 3600
    assert outbox["sync"]["last_error"] == "sync.offline"  # the code, not its texts
    assert outbox["sync"]["backoff_attempt"] == 2
    assert "payload" not in json.dumps(outbox)

    settings = parts["settings.json"]
    assert settings["desk_settings"]["idle_minutes"] == 7
    assert settings["desk_settings"]["pin_set"] is True
    assert settings["left_out"] == ["desk_setting.pin_hash"]
    assert not any("pin_hash" in key for key in settings["stored"])
    assert settings["stored"]["desk_setting.language"] == "en"
    assert settings["enrollment"]["server_url"] == "https://sync.example.org/x"
    assert settings["desk"]["desk_name"]


def test_logs_are_cut_to_the_budget_newest_first(
    busy_app: Kiosk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    log_dir = busy_app.paths.log_dir
    for number in (1, 2, 3):
        lines = [
            f"2026-03-0{number} 10:00:00,000 INFO    old.{number}: line {i}\n" for i in range(500)
        ]
        (log_dir / f"kiosk.log.{number}").write_text("".join(lines), encoding="utf-8")
    budget = (log_dir / "kiosk.log.1").stat().st_size + 5_000
    budget += (log_dir / "kiosk.log").stat().st_size + busy_app.paths.crash_log.stat().st_size
    monkeypatch.setattr(diagnostics, "LOG_BUDGET", budget)

    written = write_diagnostics(busy_app.paths, tmp_path / "d.zip", ENVIRONMENT, busy_app)

    assert written.logs == ("crash.log", "kiosk.log", "kiosk.log.1", "kiosk.log.2")
    assert written.logs_left_out == ("kiosk.log.3",)
    second = unzipped(tmp_path / "d.zip")["logs/kiosk.log.2"]
    assert second.startswith("2026-03-02") and second.endswith("line 499\n")  # whole lines
    assert len(second.encode()) <= 5_000


def test_a_full_disk_leaves_no_half_zip(busy_app: Kiosk, tmp_path: Path) -> None:
    out = tmp_path / "diagnose.zip"
    out.write_bytes(b"the previous export")
    # A real write failure from the OS: the process may not grow any file past 2 kB.
    before = resource.getrlimit(resource.RLIMIT_FSIZE)
    previous = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (2_000, before[1]))
    try:
        with pytest.raises(OSError):
            write_diagnostics(busy_app.paths, out, ENVIRONMENT, busy_app)
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, before)
        signal.signal(signal.SIGXFSZ, previous)

    assert out.read_bytes() == b"the previous export"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        p.name for p in tmp_path.iterdir() if not p.name.endswith(".tmp")
    )


def test_a_damaged_database_is_reported_by_the_quick_check(
    kiosk_app: Kiosk, desk: DeskInfo, tmp_path: Path, make_visit: Callable[..., VisitInput]
) -> None:
    for _ in range(30):
        kiosk_app.registration.record(desk.desk_id, make_visit())
    kiosk_app.close()
    with sqlite3.connect(kiosk_app.paths.database) as raw:
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        root = raw.execute("SELECT rootpage FROM sqlite_master WHERE name = 'visit'").fetchone()[0]
        size = raw.execute("PRAGMA page_size").fetchone()[0]
    with kiosk_app.paths.database.open("r+b") as file:  # scribble over the visits' root page
        file.seek((root - 1) * size + 8)
        file.write(b"\xff" * 64)
    app = Kiosk.open(kiosk_app.paths)
    try:
        write_diagnostics(app.paths, tmp_path / "d.zip", {}, app)
    finally:
        app.close()
    parts = unzipped(tmp_path / "d.zip")
    about = json.loads(parts["about.json"])
    check = about["database"]["quick_check"]
    assert check != "ok" and check  # the damage, as SQLite words it (or its error code)
    assert json.loads(parts["settings.json"])["desk_settings"]["idle_minutes"] == 5


def test_data_that_will_not_open_still_gives_the_logs(busy_app: Kiosk, tmp_path: Path) -> None:
    written = write_diagnostics(busy_app.paths, tmp_path / "d.zip", ENVIRONMENT, None)
    parts = unzipped(tmp_path / "d.zip")
    assert json.loads(parts["outbox.json"]) == {"error": "not_open"}
    about = json.loads(parts["about.json"])
    assert about["database"]["error"] == "not_open" and about["database"]["bytes"] > 0
    assert "kiosk.log" in written.logs and BSN not in parts["logs/kiosk.log"]


def test_outbox_age_is_empty_when_nothing_waits(kiosk_app: Kiosk) -> None:
    summary: dict[str, Any] = diagnostics_parts.outbox_summary(kiosk_app)
    assert summary["waiting"] == 0 and summary["oldest_waiting_age_seconds"] is None
    assert summary["sync"]["last_error"] is None and summary["redacted"] == 0
