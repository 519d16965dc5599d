"""The diagnostics export for the helpdesk: one zip file, with no personal data in it.

The zip holds:

- ``about.json``: the versions (app, Python, Qt as the caller tells them, the OS), the folders'
  sizes, the database's size, pages and schema revision, its start-up health and
  ``PRAGMA quick_check`` (:mod:`kiosk.repair`, :mod:`kiosk.backup`), the backups kept, the
  catalogue versions and how much personal data was masked (per kind);
- ``outbox.json``: the outbox counted per state and kind, the oldest waiting change's age, the
  server's refusal codes per state, and the sync's last moments and error as a code, never a
  payload;
- ``settings.json``: the desk's settings, the stored ``app_setting`` rows except secrets (the
  staff PIN's hash, any token, code or password), the desk and the enrollment without the
  device token (which is never in the database: it lives in the OS credential store);
- ``logs/``: ``crash.log`` and ``kiosk.log`` with its rotated files, newest first, each cut to
  its last part so that all logs together stay under :data:`LOG_BUDGET`.

Notes of visits, booking names and phone numbers are never read. Every text that goes in is
run through the privacy guard (:mod:`kiosk.privacy`): a BSN, phone number, e-mail address,
IBAN or address found in a log line or a stored value is replaced by its mask (``[BSN]``)
and counted in ``about.json``. The file is written under a temporary name beside its place
and renamed when whole: a full disk leaves no half zip (:class:`OSError` reaches the caller).
"""

from __future__ import annotations

import json
import os
import platform
import re
import sqlite3
import sys
import zipfile
from collections import Counter
from collections.abc import Callable, Mapping
from contextlib import suppress
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from sqlalchemy.exc import DBAPIError

from kiosk.clock import system_now, to_utc_text
from kiosk.db import current_revision
from kiosk.diagnostics_parts import FORMAT, outbox_summary, settings_summary
from kiosk.errors import storage_error_from
from kiosk.files import publish, temporary_name
from kiosk.privacy import find_personal_data, mask

if TYPE_CHECKING:
    from kiosk.app import Kiosk
    from kiosk.paths import AppPaths

#: All log files together, at most (the newest part of each is kept).
LOG_BUDGET: Final = 2_000_000
#: How many lines of ``PRAGMA quick_check`` are kept when it finds damage.
CHECK_LINES: Final = 20
#: The part of a log line the guard skips: its time stamp (``logging``'s ``asctime``).
_STAMP: Final = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} ")


@dataclass(frozen=True)
class Written:
    """What :func:`write_diagnostics` put in the zip.

    ``masked`` counts the personal data replaced, per kind (``bsn``, ``phone``, ...);
    ``logs`` names the log files included, ``logs_left_out`` those the budget had no room for.
    """

    path: Path
    masked: Mapping[str, int]
    logs: tuple[str, ...]
    logs_left_out: tuple[str, ...]

    @property
    def masked_total(self) -> int:
        """Return how many pieces of personal data were masked in all."""
        return sum(self.masked.values())


class Guard:
    """Masks personal data in texts and data, and counts what it masked per kind."""

    def __init__(self) -> None:
        """Start with nothing counted."""
        self.counts: Counter[str] = Counter()

    def text(self, value: str) -> str:
        """Return *value* with every finding of the privacy guard masked."""
        findings = find_personal_data(value)
        if not findings:
            return value
        self.counts.update(f.kind for f in findings)
        return mask(value, findings)

    def line(self, value: str) -> str:
        """Return a log line masked; its time stamp is kept as it is (it is never personal)."""
        stamp = _STAMP.match(value)
        if stamp is None:
            return self.text(value)
        return stamp.group() + self.text(value[stamp.end() :])

    def data(self, value: Any) -> Any:
        """Return JSON-like *value* with every text in it (keys too) masked."""
        if isinstance(value, str):
            return self.text(value)
        if isinstance(value, Mapping):
            return {self.text(str(k)): self.data(v) for k, v in value.items()}
        if isinstance(value, (list, tuple)):
            return [self.data(v) for v in value]
        return value


@dataclass(frozen=True)
class Readings:
    """What the export reads from the open database: quick, so the desk's saves barely wait.

    Each part is its data, or ``{"error": code}`` when the database is not open or fails.
    """

    outbox: Any
    settings: Any
    database: Any
    catalogues: Any
    made_at: str


def read_database(app: Kiosk | None) -> Readings:
    """Read the outbox summary, the settings and the database's pages (the database lane)."""
    return Readings(
        outbox=_section(outbox_summary, app),
        settings=_section(settings_summary, app),
        database=_section(_database_facts, app),
        catalogues=None
        if app is None
        else {
            "installed": [catalogue.version for catalogue in app.catalogues],
            "current": app.catalogues.current.version,
        },
        made_at=to_utc_text(system_now() if app is None else app.now()),
    )


def write_diagnostics(
    paths: AppPaths, path: Path, environment: Mapping[str, Any], app: Kiosk | None = None
) -> Written:
    """Write the diagnostics zip of the data in *paths* to *path*, in one go.

    *app* is the opened data (None when it would not open: then the zip has the logs, the
    folders and why the database is missing). See :func:`write_readings`.
    """
    return write_readings(paths, path, environment, read_database(app))


def write_readings(
    paths: AppPaths, path: Path, environment: Mapping[str, Any], readings: Readings
) -> Written:
    """Write the zip to *path*: *readings*, the file checks, the folders and the logs.

    The slow part (the logs through the privacy guard, ``PRAGMA quick_check`` through a
    read-only connection of its own) holds no lock a save waits for: the app runs it beside
    the saves, off the database lane.
    *environment* holds what the core cannot know (the app's version, Qt's, the screens'
    scaling, the language on screen); it goes into ``about.json`` as given, masked like the
    rest. Raises :class:`OSError` when the file cannot be written (nothing is left behind).
    """
    guard = Guard()
    logs, left_out = read_logs(paths, guard)
    outbox = guard.data(readings.outbox)
    settings = guard.data(readings.settings)
    about = guard.data(about_facts(paths, environment, readings))
    about["privacy"] = {
        "masked": dict(sorted(guard.counts.items())),
        "masked_total": sum(guard.counts.values()),
        "logs": [name for name, _ in logs],
        "logs_left_out": list(left_out),
    }
    parts = [
        ("about.json", _json(about)),
        ("outbox.json", _json(outbox)),
        ("settings.json", _json(settings)),
        *((f"logs/{name}", body) for name, body in logs),
    ]
    write_zip(path, parts)
    return Written(path, dict(guard.counts), tuple(n for n, _ in logs), left_out)


def about_facts(
    paths: AppPaths, environment: Mapping[str, Any], readings: Readings
) -> dict[str, Any]:
    """Return the versions, folders, database and catalogues (``about.json``)."""
    database = paths.database
    return {
        "format": FORMAT,
        "made_at": readings.made_at,
        "app": dict(environment),
        "python": {
            "version": platform.python_version(),
            "implementation": platform.python_implementation(),
            "frozen": bool(getattr(sys, "frozen", False)),
        },
        "os": {
            "platform": platform.platform(),
            "system": platform.system(),
            "release": platform.release(),
            "machine": platform.machine(),
        },
        "folders": {
            "data": _folder(paths.data_dir),
            "logs": _folder(paths.log_dir),
            "config": _folder(paths.config_dir),
        },
        "database": {
            "bytes": _size(database),
            "wal_bytes": _size(database.with_name(database.name + "-wal")),
            **_integrity(paths),
            **readings.database,
        },
        "catalogues": readings.catalogues,
    }


def _database_facts(app: Kiosk) -> dict[str, Any]:
    """Return the database's pages and schema revision, as the open app reads them."""
    facts: dict[str, Any] = {"schema_revision": current_revision(app.db.engine)}
    with app.db.query() as connection:
        for name in ("page_size", "page_count", "freelist_count", "journal_mode"):
            facts[name] = connection.exec_driver_sql(f"PRAGMA {name}").scalar()
    return facts


def _integrity(paths: AppPaths) -> dict[str, Any]:
    """Return the start-up health code, ``PRAGMA quick_check`` and the backups kept."""
    from kiosk import backup, repair

    database = paths.database
    found = backup.check(database) if database.exists() else []
    kept = backup.backups(paths.backup_dir) if paths.backup_dir.is_dir() else []
    return {
        "health": repair.health(database),
        "quick_check": found[:CHECK_LINES] if found else "ok",
        "backups": len(kept),
        "newest_backup_at": max((to_utc_text(b.made_at) for b in kept), default=None),
    }


def _section(read: Callable[[Kiosk], Any], app: Kiosk | None) -> Any:
    """Return ``read(app)``; ``{"error": code}`` when the database is not open or fails."""
    if app is None:
        return {"error": "not_open"}
    try:
        return read(app)
    except (DBAPIError, sqlite3.Error) as exc:
        original = getattr(exc, "orig", exc)
        known = storage_error_from(exc)
        code = known.code if known else getattr(original, "sqlite_errorname", "")
        return {"error": code or type(original).__name__}


def read_logs(paths: AppPaths, guard: Guard) -> tuple[list[tuple[str, str]], tuple[str, ...]]:
    """Return the log files' last parts, masked, within :data:`LOG_BUDGET`, and those left out.

    ``crash.log`` first, then ``kiosk.log`` and its rotated files, newest first.
    """
    rotated = sorted(
        paths.log_dir.glob(paths.log_file.name + ".*"),
        key=lambda p: int(p.suffix[1:]) if p.suffix[1:].isdigit() else 1_000,
    )
    found = [p for p in (paths.crash_log, paths.log_file, *rotated) if p.is_file()]
    budget = LOG_BUDGET
    kept: list[tuple[str, str]] = []
    left_out: list[str] = []
    for log_path in found:
        if budget <= 0:
            left_out.append(log_path.name)
            continue
        body = _tail(log_path, budget)
        # A file cut to fit takes what was left: the older files would only be scraps.
        budget = 0 if len(body) < _size(log_path) else budget - len(body)
        lines = body.decode("utf-8", errors="replace").splitlines(keepends=True)
        kept.append((log_path.name, "".join(guard.line(line) for line in lines)))
    return kept, tuple(left_out)


def write_zip(path: Path, parts: list[tuple[str, str]]) -> None:
    """Write *parts* (name, text) as a zip to *path*, whole or not at all.

    The zip is made under a temporary name in *path*'s folder, flushed to disk and renamed
    (:mod:`kiosk.files`); on any failure the temporary file is removed and the error raised.
    """
    temporary = temporary_name(path)
    with suppress(FileNotFoundError):  # left by a run that was cut off
        temporary.unlink()
    try:
        with (
            temporary.open("xb") as raw,
            zipfile.ZipFile(raw, "w", compression=zipfile.ZIP_DEFLATED) as archive,
        ):
            for name, body in parts:
                archive.writestr(name, body.encode("utf-8"))
        publish(temporary, path)
    except BaseException:
        with suppress(OSError):
            temporary.unlink()
        raise


def _tail(path: Path, limit: int) -> bytes:
    """Return at most the last *limit* bytes of *path*, starting at a whole line."""
    with path.open("rb") as file:
        size = file.seek(0, os.SEEK_END)
        if size <= limit:
            file.seek(0)
            return file.read()
        file.seek(size - limit)
        body = file.read()
    cut = body.find(b"\n")
    return body[cut + 1 :] if cut >= 0 else b""


def _folder(folder: Path) -> dict[str, Any]:
    """Return where *folder* is (the home folder as ``~``), its files and bytes."""
    files = [p for p in folder.rglob("*") if p.is_file()] if folder.is_dir() else []
    return {
        "path": _home_hidden(folder),
        "files": len(files),
        "bytes": sum(_size(p) for p in files),
        "names": sorted(str(p.relative_to(folder)) for p in files)[:50],
    }


def _home_hidden(folder: Path) -> str:
    """Return *folder* with the user's home folder written ``~`` (it holds the user's name)."""
    with suppress(RuntimeError, ValueError):
        return str(Path("~") / folder.relative_to(Path.home()))
    return str(folder)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=1, sort_keys=True, default=_plain) + "\n"


def _plain(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    return str(value)
