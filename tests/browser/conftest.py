"""The dashboard in a real browser: ``ido-central serve`` as a subprocess, headless Chromium.

Chromium is Debian's (``/usr/bin/chromium``, or ``$KIOSK_TEST_CHROMIUM``; ``source
.ci/browser.sh`` installs it), driven by Playwright through ``executable_path``: no browser is
ever downloaded. Without it these tests are skipped, except when ``$CI`` is ``true``: then they
fail, so CI can never go green without them. The server runs on SQLite in a temporary folder,
and on PostgreSQL (a fresh database on ``$KIOSK_TEST_POSTGRES_URL``) for the tests that take
the ``any_central`` or ``postgresql_central`` fixture; each server has one national account,
added with ``ido-central user-add``.

Every test gets a fresh browser context (no cookies, no storage) in a headless Chromium;
Playwright starts that Chromium on a new, empty user-data-dir. Servers and browsers last one
test module, so nothing of theirs outlives the browser tests (the rest of the suite runs
after them). The flags are the ones this
closed network needs (no background connections to Google's hosts). Screenshots go to
``$KIOSK_TEST_SCREENSHOTS`` if set, else to a temporary folder (``shoot``).
"""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
import sqlalchemy as sa
from playwright.sync_api import Browser, BrowserContext, Page, ViewportSize, sync_playwright

from tests.conftest import drop_pg_database

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM_ENV = "KIOSK_TEST_CHROMIUM"
PG_ENV = "KIOSK_TEST_POSTGRES_URL"
SCREENSHOTS_ENV = "KIOSK_TEST_SCREENSHOTS"
DEFAULT_CHROMIUM = "/usr/bin/chromium"
CHROMIUM_FLAGS = (
    "--no-sandbox",  # CI runs as root
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-features=Translate,OptimizationHints,MediaRouter",
)
USERNAME = "a.jansen@example.nl"
DISPLAY_NAME = "Anna Jansen"
PASSWORD = "correct horse battery staple"
DESKTOP: ViewportSize = {"width": 1366, "height": 768}
PHONE: ViewportSize = {"width": 390, "height": 844}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test under tests/browser ``browser`` (``-m "not browser"`` leaves them out)."""
    here = Path(__file__).resolve().parent
    for item in items:
        if here in Path(str(item.path)).resolve().parents:
            item.add_marker(pytest.mark.browser)


def _missing(what: str) -> None:
    if os.environ.get("CI") == "true":
        pytest.fail(f"CI=true but {what}: source .ci/browser.sh first")
    pytest.skip(f"{what} (source .ci/browser.sh to install Debian's chromium)")


@pytest.fixture(scope="session")
def chromium_path() -> str:
    """Debian's Chromium (or ``$KIOSK_TEST_CHROMIUM``); skip, or fail on CI, without it."""
    path = os.environ.get(CHROMIUM_ENV) or DEFAULT_CHROMIUM
    if not (Path(path).is_file() and os.access(path, os.X_OK)):
        _missing(f"no Chromium at {path}")
    return path


@pytest.fixture(scope="module")
def browser(chromium_path: str) -> Iterator[Browser]:
    """One headless Chromium per test module (Playwright, ``executable_path``).

    Not for the whole session: while Playwright's sync API runs, the main thread's asyncio
    loop counts as running, which would break every later test that calls ``asyncio.run``.
    """
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=chromium_path, headless=True, args=list(CHROMIUM_FLAGS)
        )
        yield launched
        launched.close()


@pytest.fixture
def context(browser: Browser) -> Iterator[BrowserContext]:
    """A fresh browser context at 1366x768, Dutch, in the Amsterdam time zone."""
    ctx = browser.new_context(
        viewport=DESKTOP, locale="nl-NL", timezone_id="Europe/Amsterdam", accept_downloads=True
    )
    ctx.set_default_timeout(10_000)
    yield ctx
    ctx.close()


@pytest.fixture
def page(context: BrowserContext) -> Page:
    """A new page in this test's own context."""
    return context.new_page()


# -- the server ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Central:
    """A running ``ido-central serve``: its address, backend and log."""

    base: str
    backend: str
    log: Path

    def url(self, path: str) -> str:
        """The absolute address of *path* on this server."""
        return self.base + path


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    env.pop("IDO_CENTRAL_DATABASE_URL", None)
    env.pop("IDO_CENTRAL_ADMIN_TOKEN", None)
    return env


def cli(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    """Run ``ido-central`` (``python -m sync.central.cli``) and check it succeeded."""
    done = subprocess.run(
        [sys.executable, "-m", "sync.central.cli", *args],
        cwd=ROOT,
        env=_env(),
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, f"ido-central {args[0]} failed:\n{done.stdout}{done.stderr}"
    return done


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _start(database_url: str, folder: Path, backend: str) -> Iterator[Central]:
    """Migrate, add the account, serve on a free port until the server answers; stop after."""
    cli("migrate", "--database-url", database_url)
    cli(
        "user-add", "--database-url", database_url, "--username", USERNAME, "--role", "national",
        "--name", DISPLAY_NAME, "--password-stdin", stdin=PASSWORD + "\n",
    )  # fmt: skip
    port = _free_port()
    log = folder / "server.log"
    with log.open("w") as out:
        command = [
            sys.executable, "-m", "sync.central.cli", "serve", "--database-url", database_url,
            "--host", "127.0.0.1", "--port", str(port), "--log-level", "warning",
            "--insecure-localhost-cookies",
        ]  # fmt: skip
        if backend == "postgresql":
            command += ["--ingest-workers", "0"]  # the dashboard stores no batches
        process = subprocess.Popen(
            command, cwd=ROOT, env=_env(), stdout=out, stderr=subprocess.STDOUT
        )
        base = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + 60
            while True:
                try:
                    if httpx.get(base + "/dashboard/login", timeout=2).status_code == 200:
                        break
                except httpx.TransportError:
                    pass
                assert process.poll() is None, f"ido-central serve stopped:\n{log.read_text()}"
                assert time.monotonic() < deadline, f"no answer from {base}:\n{log.read_text()}"
                time.sleep(0.1)
            yield Central(base=base, backend=backend, log=log)
        finally:
            process.terminate()
            try:
                process.wait(15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(5)


@pytest.fixture(scope="module")
def sqlite_central(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Central]:
    """``ido-central serve`` on a new SQLite database in a temporary folder."""
    folder = tmp_path_factory.mktemp("central-sqlite")
    yield from _start(f"sqlite:///{folder / 'central.sqlite3'}", folder, "sqlite")


@pytest.fixture(scope="module")
def postgresql_central(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Central]:
    """``ido-central serve`` on a new PostgreSQL database (dropped afterwards)."""
    url = os.environ.get(PG_ENV)
    if not url:
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI=true but ${PG_ENV} is not set: source .ci/postgres.sh first")
        pytest.skip(f"${PG_ENV} not set (source .ci/postgres.sh to run the PostgreSQL variant)")
    name = f"ido_browser_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(url, isolation_level="AUTOCOMMIT", poolclass=sa.NullPool)
    with admin.connect() as conn:
        conn.exec_driver_sql(f"CREATE DATABASE {name}")
    try:
        folder = tmp_path_factory.mktemp("central-postgres")
        database_url = sa.make_url(url).set(database=name).render_as_string(False)
        yield from _start(database_url, folder, "postgresql")
    finally:
        drop_pg_database(admin, name)
        admin.dispose()


@pytest.fixture
def central(sqlite_central: Central) -> Central:
    """The server most tests use (SQLite)."""
    return sqlite_central


@pytest.fixture(params=["sqlite", "postgresql"])
def any_central(request: pytest.FixtureRequest) -> Central:
    """The server on each backend, for the tests that must pass on both."""
    found: Central = request.getfixturevalue(f"{request.param}_central")
    return found


# -- signing in ------------------------------------------------------------------------------


def sign_in(page: Page, central: Central) -> None:
    """Sign in by filling the form and clicking (test_dashboard_sign_in does it by keyboard)."""
    page.goto(central.url("/dashboard/login"))
    page.get_by_label("Gebruikersnaam of e-mailadres").fill(USERNAME)
    page.get_by_label("Wachtwoord", exact=True).fill(PASSWORD)
    with page.expect_navigation():
        page.get_by_role("button", name="Inloggen").click()
    assert page.url == central.url("/dashboard/"), f"not signed in: {page.url}"


def signed_in_cookies(central: Central) -> list[dict[str, str]]:
    """The cookies of a national session on *central*: the sign-in form sent over HTTP.

    As the browser would send it (its CSRF cookie and field). The server limits sign-in
    attempts per account and per address, as in production, so a module signs in once and
    its tests share the cookies.
    """
    with httpx.Client(base_url=central.base, timeout=30) as client:
        form = client.get("/dashboard/login")
        token = re.search(r'name="csrf_token" value="([^"]+)"', form.text)
        assert token is not None, form.text
        fields = {"csrf_token": token.group(1), "username": USERNAME, "password": PASSWORD}
        done = client.post("/dashboard/login", data=fields)
        assert done.status_code == 303, done.text
        assert done.headers["location"].endswith("/dashboard/"), done.headers
        return [
            {"name": cookie.name, "value": cookie.value or "", "url": central.base}
            for cookie in client.cookies.jar
        ]


@pytest.fixture(scope="module")
def session_cookies(sqlite_central: Central) -> list[dict[str, str]]:
    """The cookies of one signed-in session on the SQLite server, shared by the page tests."""
    return signed_in_cookies(sqlite_central)


def demo_server(folder: Path, **demo: Any) -> Iterator[tuple[Central, str]]:
    """``ido-central serve`` on a SQLite database in *folder* that ``run_demo(**demo)`` filled.

    Yields the server and its database URL (for counting in the tests).
    """
    from sync.central.db import Database
    from sync.central.demo import run_demo

    url = f"sqlite:///{folder / 'central.sqlite3'}"
    db = Database(url)
    try:
        run_demo(db, **demo)
    finally:
        db.close()
    for central in _start(url, folder, "sqlite"):
        yield central, url


# -- screenshots -----------------------------------------------------------------------------


@pytest.fixture(scope="session")
def screenshot_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where ``shoot`` saves: ``$KIOSK_TEST_SCREENSHOTS`` or a temporary folder."""
    chosen = os.environ.get(SCREENSHOTS_ENV)
    if chosen:
        folder = Path(chosen)
        folder.mkdir(parents=True, exist_ok=True)
        return folder
    return tmp_path_factory.mktemp("screenshots")


@pytest.fixture
def shoot(screenshot_dir: Path) -> Callable[[Page, str], Path]:
    """``shoot(page, "dashboard-login")``: a full-page PNG of *page*; returns its path."""

    def take(page: Page, name: str) -> Path:
        path = screenshot_dir / f"{name}.png"
        page.screenshot(path=str(path), full_page=True, animations="disabled")
        assert path.stat().st_size > 0
        return path

    return take
