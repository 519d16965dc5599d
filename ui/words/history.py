"""The words for the history codes (``history.*``)."""

from __future__ import annotations

CONTEXT = "history"
DYNAMIC_PREFIXES: tuple[str, ...] = ()
TEXTS: dict[str, str] = {}
