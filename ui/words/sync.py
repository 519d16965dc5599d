"""The words for the ``sync`` codes (Dutch source texts, for Qt Linguist)."""

from __future__ import annotations

from ui.words.marks import QT_TRANSLATE_NOOP  # noqa: F401  (used as the module fills in)

CONTEXT = "sync"
#: Code prefixes whose codes are made from data (a server's reason code), not literals.
DYNAMIC_PREFIXES: tuple[str, ...] = ()
TEXTS: dict[str, str] = {}
