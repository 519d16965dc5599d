"""Versioned JSON data files (``<prefix><version>.json``): the catalogue and the visitor survey.

Both ship in a folder of ``resources`` and may be joined by newer files in the data
directory; each kind checks its own content. This module reads the files; the kinds parse.
"""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import Any


def shipped(folder: str, prefix: str) -> list[tuple[str, str]]:
    """Return the ``<prefix>*.json`` files shipped in ``resources/<folder>`` as (name, text)."""
    found = resources.files("resources") / folder
    return [
        (entry.name, entry.read_text("utf-8"))
        for entry in sorted(found.iterdir(), key=lambda entry: entry.name)
        if entry.name.startswith(prefix) and entry.name.endswith(".json")
    ]


def read_json(path: Path, error: type[Exception]) -> Any:
    """Return the JSON of *path*; raise *error* naming the file when it cannot be read."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:  # ValueError: bad UTF-8 as well as bad JSON
        raise error(f"{path.name}: unreadable ({exc})") from exc
