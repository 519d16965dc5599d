"""Write ``packaging/central/requirements.lock``: what the central server runs on, by hash.

The server installs exactly the versions CI tests with: this takes them, hashes and markers
included, from ``requirements/dev.lock`` (``uv pip compile`` of the app, the ``central`` and
the ``dev`` extras), keeping the app's dependencies, the ``central`` extra's, and whatever
those need (read from the lock's own ``# via`` lines). Left out: the test and lint tools, and
the desk's Qt (PySide6-Essentials and its shiboken6; the server never imports ``ui``).

    python packaging/central/lock.py          (after requirements/dev.lock changed)
    python packaging/central/lock.py --check  (exit 1 when the file is not up to date)

No network, no resolver: the container and the systemd install get a subset of a lock that
was resolved as a whole, so they can never drift from it.
"""

from __future__ import annotations

import argparse
import re
import sys
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DEV_LOCK = ROOT / "requirements" / "dev.lock"
OUT = Path(__file__).resolve().parent / "requirements.lock"
DESK_ONLY = frozenset({"pyside6-essentials"})  # Qt: the desk's, never the server's
PROJECT = "ido-kiosk"
HEADER = (
    "# The central server's locked dependencies: a subset of requirements/dev.lock (same\n"
    "# versions and hashes), written by packaging/central/lock.py; do not edit by hand.\n"
    "# Install: pip install --require-hashes -r requirements.lock, then the project's wheel\n"
    "# with --no-deps (PySide6 is left out: the server never imports the desk's ui).\n"
)
_NAME = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)")


def canonical(name: str) -> str:
    """A distribution name as PEP 503 compares them."""
    return re.sub(r"[-_.]+", "-", name).lower()


@dataclass
class Entry:
    """One pinned distribution of the lock: its lines and what requires it."""

    name: str
    lines: list[str] = field(default_factory=list)
    via: set[str] = field(default_factory=set)


def parse_lock(text: str) -> list[Entry]:
    """Split a ``uv pip compile`` lock into its entries."""
    entries: list[Entry] = []
    in_via = False
    for line in text.splitlines():
        if not line.strip():
            continue
        match = _NAME.match(line)
        if match:
            entries.append(Entry(canonical(match.group(1)), [line]))
            in_via = False
            continue
        if not entries:
            continue  # the file's own header
        entry = entries[-1]
        entry.lines.append(line)
        stripped = line.strip()
        if stripped.startswith("# via"):
            rest = stripped.removeprefix("# via").strip()
            in_via = not rest
            if rest:
                entry.via.add(_parent(rest))
        elif in_via and stripped.startswith("#   "):
            entry.via.add(_parent(stripped.removeprefix("#").strip()))
    return entries


def _parent(text: str) -> str:
    name = text.split(" ", 1)[0]
    return PROJECT if name == PROJECT else canonical(name)


def roots(pyproject: Path = ROOT / "pyproject.toml") -> set[str]:
    """The distributions the server needs directly: the app's and the ``central`` extra's."""
    project = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]
    wanted = [*project["dependencies"], *project["optional-dependencies"]["central"]]
    names = set()
    for requirement in wanted:
        match = _NAME.match(requirement)
        assert match is not None, requirement
        names.add(canonical(match.group(1)))
    return names - DESK_ONLY


def server_lock(dev_lock: str, wanted: set[str]) -> str:
    """The lines of *dev_lock* the server needs (*wanted* and what they pull in)."""
    entries = parse_lock(dev_lock)
    keep = set(wanted)
    changed = True
    while changed:
        changed = False
        for entry in entries:
            if entry.name not in keep and entry.via & keep:
                keep.add(entry.name)
                changed = True
    missing = wanted - {entry.name for entry in entries}
    if missing:
        raise SystemExit(f"not in {DEV_LOCK.name}: {', '.join(sorted(missing))}")
    kept = [line for entry in entries if entry.name in keep for line in entry.lines]
    return HEADER + "\n".join(kept) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Write the lock, or with ``--check`` say whether it is current."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the file is stale")
    args = parser.parse_args(argv)
    text = server_lock(DEV_LOCK.read_text(encoding="utf-8"), roots())
    if args.check:
        current = OUT.read_text(encoding="utf-8") if OUT.exists() else ""
        if current != text:
            print(f"{OUT} is stale: run python {Path(__file__).relative_to(ROOT)}", file=sys.stderr)
            return 1
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"Wrote {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
