"""Build the desk bundle: ``dist/ido-kiosk/``, one folder with the app and all it needs.

    python3 dev.py bundle                     (the same as: .venv/bin/python -m tools.bundle)
    python -m tools.bundle --dist DIR --work DIR

First the translations' ``.qm`` files are built (Qt's ``lrelease``), then PyInstaller runs the
spec ``packaging/desk/ido-kiosk.spec`` (a minute or two on two cores). The result is
``<dist>/ido-kiosk/``: ``ido-kiosk`` (``ido-kiosk.exe`` and ``ido-kiosk-cmd.exe`` on Windows)
and ``_internal/``. A bundle runs only on the operating system it was built on: build the
Windows one on Windows (``packaging/windows/build.ps1``). See ``docs/desk-install.md``.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

from tools import translations

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "packaging" / "desk" / "ido-kiosk.spec"
NAME = "ido-kiosk"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "bundle"


def executable(folder: Path, name: str = NAME) -> Path:
    """The program *name* inside a bundle *folder* (``.exe`` on Windows)."""
    return folder / (f"{name}.exe" if os.name == "nt" else name)


def size_on_disk(folder: Path) -> int:
    """Bytes taken by the files under *folder* (links not followed)."""
    return sum(path.lstat().st_size for path in folder.rglob("*") if path.is_file())


def build(dist: Path = DIST, work: Path = WORK) -> Path:
    """Build the ``.qm`` files and the bundle; return the bundle's folder ``<dist>/ido-kiosk``.

    Raises :class:`subprocess.CalledProcessError` when PyInstaller fails.
    """
    translations.build()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            str(dist),
            "--workpath",
            str(work),
            str(SPEC),
        ],
        cwd=ROOT,
        check=True,
    )
    return dist / NAME


def main(argv: list[str] | None = None) -> int:
    """Build the bundle and print where it is, its size and how long the build took."""
    parser = argparse.ArgumentParser(
        prog="python3 dev.py bundle", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--dist", type=Path, default=DIST, help="output folder (default: dist)")
    parser.add_argument(
        "--work", type=Path, default=WORK, help="PyInstaller's work folder (default: build/bundle)"
    )
    args = parser.parse_args(argv)
    started = time.monotonic()
    try:
        folder = build(args.dist.resolve(), args.work.resolve())
    except subprocess.CalledProcessError as error:
        print(f"PyInstaller failed (exit code {error.returncode})", file=sys.stderr)
        return 1
    seconds = time.monotonic() - started
    megabytes = size_on_disk(folder) / 1_000_000
    print(f"Bundle: {folder} ({megabytes:.0f} MB on disk, built in {seconds:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
