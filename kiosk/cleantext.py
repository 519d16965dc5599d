"""Tidying text a person typed or pasted, or a file held, before the desk stores or sends it.

Text from a keyboard, the clipboard or a spreadsheet may carry characters nobody sees: a NUL,
an escape, a zero-width space, a byte-order mark, a lone surrogate. PostgreSQL cannot store a
NUL in JSON, and the central server refuses control characters, so one such character would
hold back the whole batch it travels in. :func:`clean_text` removes them at the desk, where
the text comes in, so nothing stored or sent holds one.
"""

from __future__ import annotations

import unicodedata
from typing import Final

#: ZWNJ and ZWJ: invisible, but scripts (Persian, Indic) and emoji sequences need them.
_KEPT_FORMAT: Final = frozenset("\u200c\u200d")
#: Every line break a paste can bring, as one ``\n`` in multi-line text (``\r\n`` first).
_LINE_BREAKS: Final = str.maketrans(dict.fromkeys("\r\x0b\x0c\x85\u2028\u2029", "\n"))


def clean_text(value: str, *, multiline: bool = False) -> str:
    r"""Return *value* without invisible control and format characters, trimmed.

    Removed everywhere: control characters (Unicode category Cc), format characters (Cf:
    zero-width space, byte-order mark U+FEFF, direction marks, soft hyphen, ...) except the
    zero-width (non-)joiner that scripts and emoji need, lone surrogates and noncharacters
    (U+FFFE, U+FFFF, U+FDD0..U+FDEF and their kin in every plane). Visible text (accents,
    emoji, Arabic, ...) stays exactly as it was.

    Single-line text (names, reasons, codes; the default): every run of whitespace, including
    tabs and line breaks, becomes one space, and the ends are trimmed, so the result never
    holds U+0000..U+001F or U+007F.

    Multi-line text (*multiline*: remarks, notes): line breaks stay, as ``\n`` (``\r\n``,
    ``\r`` and the other Unicode line breaks become ``\n``), a tab becomes one space, and the
    ends are trimmed; the result holds no control character but ``\n``.
    """
    if value.isprintable():  # the usual case: no control, format or separator but " "
        return value.strip() if multiline else " ".join(value.split())
    if multiline:
        value = value.replace("\r\n", "\n").translate(_LINE_BREAKS)
    kept: list[str] = []
    for char in value:
        if multiline and char == "\n":
            kept.append(char)
            continue
        category = unicodedata.category(char)
        if category in ("Cc", "Zl", "Zp"):
            if char.isspace():  # a tab, a line break, a separator: a space between words
                kept.append(" ")
        elif category == "Cf":
            if char in _KEPT_FORMAT:
                kept.append(char)
        elif category != "Cs" and not _noncharacter(char):
            kept.append(char)
    text = "".join(kept)
    return text.strip() if multiline else " ".join(text.split())


def _noncharacter(char: str) -> bool:
    """Whether *char* is one of Unicode's 66 noncharacters (never meant for interchange)."""
    point = ord(char)
    return 0xFDD0 <= point <= 0xFDEF or point & 0xFFFE == 0xFFFE
