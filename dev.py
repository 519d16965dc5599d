#!/usr/bin/env python3
"""Run IDO Kiosk from a source checkout with nothing but Python 3.11+.

    python3 dev.py app     start the app (offline, data in the user's data directory)
    python3 dev.py test    run every check: ruff, mypy and the whole pytest suite
    python3 dev.py bundle  build the desk bundle dist/ido-kiosk/ (PyInstaller; see
                           docs/desk-install.md)

The first run makes a virtual environment in ``.venv`` and installs the locked, hash-checked
versions from ``requirements/dev.lock``; later runs reuse it until the lock file changes. Both
commands first build the translations (``resources/i18n/*.qm``) when a ``.ts`` is newer than
its ``.qm`` (a fresh clone has none), and do nothing otherwise.
Arguments after the command go to the app or to pytest.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
LOCK = ROOT / "requirements" / "dev.lock"
STAMP = VENV / ".installed-lock"
I18N = ROOT / "resources" / "i18n"


def venv_python() -> Path:
    """Return the interpreter inside the project's virtual environment."""
    if os.name == "nt":
        return VENV / "Scripts" / "python.exe"
    return VENV / "bin" / "python"


def ensure_environment() -> Path:
    """Create ``.venv`` and install the locked dependencies if needed; return its python."""
    if sys.version_info < (3, 11):  # noqa: UP036  (this file runs on any python3)
        sys.exit("IDO Kiosk needs Python 3.11 or newer.")
    python = venv_python()
    if not python.exists():
        print("Creating the virtual environment in .venv ...", flush=True)
        venv.create(VENV, with_pip=True, clear=VENV.exists())
    wanted = hashlib.sha256(LOCK.read_bytes()).hexdigest()
    if not STAMP.exists() or STAMP.read_text().strip() != wanted:
        print("Installing the locked dependencies (first run only) ...", flush=True)
        subprocess.run(
            [
                str(python),
                "-m",
                "pip",
                "install",
                "--quiet",
                "--disable-pip-version-check",
                "--require-hashes",
                "--no-deps",
                "-r",
                str(LOCK),
            ],
            check=True,
        )
        STAMP.write_text(wanted)
    return python


def run(python: Path, args: list[str]) -> int:
    """Run python with *args* in the project folder; return its exit code."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    return subprocess.run([str(python), *args], cwd=ROOT, env=env).returncode


def translations_stale() -> bool:
    """Tell whether a translation source (``.ts``) is newer than its ``.qm``, or has none."""
    for source in I18N.glob("*.ts"):
        compiled = source.with_suffix(".qm")
        if not compiled.exists() or compiled.stat().st_mtime < source.stat().st_mtime:
            return True
    return False


def ensure_translations(python: Path) -> int:
    """Build the ``.qm`` files with Qt's lrelease when they are missing or stale."""
    if not translations_stale():
        return 0
    print("Building the translations (resources/i18n/*.qm) ...", flush=True)
    return run(python, ["-m", "tools.translations", "build"])


def main(argv: list[str]) -> int:
    """Dispatch ``app``, ``test`` or ``bundle``."""
    if not argv or argv[0] not in {"app", "test", "bundle"}:
        print(__doc__)
        return 2
    command, rest = argv[0], argv[1:]
    python = ensure_environment()
    if command == "bundle":  # builds the translations itself, always
        return run(python, ["-m", "tools.bundle", *rest])
    code = ensure_translations(python)
    if code != 0 and command == "test":
        return code
    if code != 0:  # the app still starts: it shows the Dutch source texts
        print("The translations could not be built; the app shows Dutch.", flush=True)
    if command == "app":
        return run(python, ["-m", "ui", *rest])
    steps = [
        ["-m", "ruff", "check", "."],
        ["-m", "ruff", "format", "--check", "."],
        ["-m", "mypy"],
        ["-m", "pytest", *rest],
    ]
    for step in steps:
        print("==>", " ".join(step[1:]), flush=True)
        code = run(python, step)
        if code != 0:
            return code
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
