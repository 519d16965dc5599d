"""The desk bundle (packaging/desk/ido-kiosk.spec), built once per test session and started.

The bundle is built with ``tools.bundle`` into a temporary folder (one to two minutes on two
cores), then run as IT would run it, headless: ``--version``, ``--screenshot`` of the desk
screen (Qt plugins, fonts, style, translations and the catalogue all have to be there for a
drawn window), the command line's ``report`` (migrations, openpyxl) and ``enroll``/``status``
against a real central server on loopback (httpx, TLS, keyring: the installer's own steps).
Its contents are checked too: the resources it reads, and nothing of the central server.

Without PyInstaller the tests skip, except on CI (``CI=true``), where they fail.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import tomllib
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from sync.central.app import create_app
from sync.central.settings import Settings
from sync.credentials import STORE_ENV
from tests.sync.central import conftest as central_tests
from tests.sync.central.conftest import Central, ServerClock
from tests.sync.central.test_central_planning_race import Server
from tests.window_picture import assert_window_picture, demo_home
from tools import bundle

ROOT = Path(__file__).resolve().parents[1]
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
# Module names (and their files) that must never be in a desk bundle.
SERVER_SIDE = (
    "sync.central",
    "fastapi",
    "starlette",
    "uvicorn",
    "psycopg",
    "orjson",
    "prometheus_client",
    "argon2",
    "jinja2",
    "fpdf",
    "tools",
    "tests",
    "benchmarks",
    "pytest",
    "PySide6.QtWebEngineCore",
    "PySide6.QtQml",
    "PySide6.QtQuick",
)

# The central tests' fixtures, on SQLite only: the bundle's client is what is under test here.
sqlite_template = central_tests.sqlite_template
settings = central_tests.settings
server_clock = central_tests.server_clock
make_central = central_tests.make_central
central = central_tests.central


@pytest.fixture
def database_url(sqlite_template: Path, tmp_path: Path) -> str:
    path = tmp_path / "central.sqlite3"
    path.write_bytes(sqlite_template.read_bytes())
    return f"sqlite:///{path}"


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundle's folder, built once for the session."""
    if importlib.util.find_spec("PyInstaller") is None:
        message = "PyInstaller is not installed (the bundle extra; python3 dev.py installs it)"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    work = tmp_path_factory.mktemp("bundle")
    return bundle.build(work / "dist", work / "work")


def run(
    folder: Path, *argv: str, home: Path | None = None, **env: str
) -> subprocess.CompletedProcess[str]:
    """Run the bundle's program (its console twin on Windows) outside the source tree."""
    name = "ido-kiosk-cmd" if os.name == "nt" else "ido-kiosk"
    clean = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "KIOSK_HOME"}}
    if home is not None:
        clean["KIOSK_HOME"] = str(home)
    return subprocess.run(
        [str(bundle.executable(folder, name)), *argv],
        cwd=folder.parent,
        capture_output=True,
        text=True,
        timeout=180,
        env={**clean, "QT_QPA_PLATFORM": "offscreen", **env},
    )


def modules(folder: Path) -> set[str]:
    """The Python modules inside the bundle's program (its PYZ archive)."""
    from PyInstaller.archive.readers import CArchiveReader

    program = CArchiveReader(str(bundle.executable(folder)))
    return set(program.open_embedded_archive("PYZ.pyz").toc)


def test_the_bundle_prints_its_version(built: Path) -> None:
    result = run(built, "--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"ido-kiosk {VERSION}"


def test_the_bundle_draws_the_desk_screen(built: Path, qapp: QApplication, tmp_path: Path) -> None:
    target = tmp_path / "bundle.png"
    result = run(built, "--screenshot", str(target), home=demo_home(tmp_path / "home"))
    assert result.returncode == 0, result.stdout + result.stderr
    assert_window_picture(target)
    logs = (tmp_path / "home" / "logs").glob("*.log")
    written = "".join(path.read_text(encoding="utf-8") for path in logs)
    assert "Traceback" not in written
    assert "is missing or unreadable" not in written  # both translations found (ui.i18n)


def test_the_bundle_exports_headless(built: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.xlsx"
    result = run(
        built,
        *("report", "--from", "2026-01-01", "--to", "2026-12-31", "--out", str(out)),
        home=demo_home(tmp_path / "home"),
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert out.read_bytes()[:2] == b"PK"  # an .xlsx is a zip


@pytest.fixture
def live(central: Central, settings: Settings, server_clock: ServerClock) -> Iterator[Server]:
    server_clock.current = datetime.now(UTC)  # the desk's clock is the real one
    with Server(create_app(settings, now=server_clock.now)) as server:
        yield server


def test_the_bundle_enrolls_as_the_installer_does(
    built: Path, central: Central, live: Server, tmp_path: Path
) -> None:
    """The installer's step: enroll into a per-machine folder, the token a file beside it."""
    home = tmp_path / "data"
    machine_wide = {STORE_ENV: "file"}  # what the installer sets for every process of the PC
    code = central.code()
    result = run(built, "enroll", "--server", live.url, "--code", code, home=home, **machine_wide)
    assert result.returncode == 0, result.stdout + result.stderr
    assert (home / "config" / "device-token.json").is_file()
    status = run(built, "status", "--json", home=home, **machine_wide)  # a clerk's process
    assert status.returncode == 0, status.stderr
    found = json.loads(status.stdout)
    assert found["enrolled"] and found["branch_id"] == "b1"
    assert found["token_location"] == "file"


def test_the_bundle_has_what_the_desk_reads(built: Path) -> None:
    internal = built / "_internal"
    shipped = {
        path.relative_to(ROOT)
        for path in (ROOT / "resources").rglob("*")
        if path.is_file() and path.suffix not in {".ts", ".md", ".py", ".pyc"}
    }
    missing = [path for path in shipped if not (internal / path).is_file()]
    assert not missing, missing
    assert (internal / "resources" / "i18n" / "ido_kiosk_en.qm").is_file()
    migrations = internal / "kiosk" / "migrations"
    assert (migrations / "env.py").is_file() and list((migrations / "versions").glob("0001_*.py"))
    assert list((internal / "vl_convert").glob("vl_convert*"))  # the Overzicht's charts
    plugins = internal / "PySide6" / "Qt" / "plugins"
    wanted = ["platforms/*offscreen*", "imageformats/*qsvg*", "iconengines/*svg*", "printsupport/*"]
    wanted.append("platforms/*qwindows*" if os.name == "nt" else "platforms/*qxcb*")
    for plugin in wanted:
        assert list(plugins.glob(plugin)), plugin
    translations = plugins.parent / "translations"
    assert (translations / "qtbase_nl.qm").is_file()  # Qt's own dialogs in Dutch
    assert not list(translations.glob("qtbase_de.qm"))  # and no language the app lacks
    assert {"vl_convert", "ui.overview.export", "ui.history_dialog"} <= modules(built)


def test_the_bundle_holds_nothing_of_the_server(built: Path) -> None:
    def banned(name: str) -> bool:
        return any(name == top or name.startswith(f"{top}.") for top in SERVER_SIDE)

    found = sorted(name for name in modules(built) if banned(name))
    assert not found, found
    internal = built / "_internal"
    files = [path.relative_to(internal).as_posix() for path in internal.rglob("*")]
    for top in SERVER_SIDE:
        part = top.replace(".", "/")
        assert not [path for path in files if path.startswith(part)], top
    assert not [path for path in files if "WebEngine" in path or "QtQuick" in path]
