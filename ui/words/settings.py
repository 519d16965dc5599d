"""The words for the settings codes (``settings.*``)."""

from __future__ import annotations

CONTEXT = "settings"
DYNAMIC_PREFIXES: tuple[str, ...] = ()
TEXTS: dict[str, str] = {}
