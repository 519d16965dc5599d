"""Read the text back from a PDF that Qt wrote (for the printed lists' tests).

Qt compresses its page streams and writes text as glyph numbers of embedded font subsets; each
font carries a ``/ToUnicode`` map from glyph to character. This reads the objects, decodes the
streams, and turns every ``<...> Tj`` / ``[...] TJ`` of a page back into characters through
the map of the font selected with ``Tf``. Enough for asserting words; no layout.
"""

from __future__ import annotations

import re
import unicodedata
import zlib

_OBJECT = re.compile(rb"(\d+) 0 obj(.*?)endobj", re.S)
_STREAM = re.compile(rb"stream\r?\n(.*?)\r?\nendstream", re.S)
_TOKEN = re.compile(rb"/(\w+)\s+[\d.]+\s+Tf|<([0-9A-Fa-f]*)>\s*Tj|\[(.*?)\]\s*TJ", re.S)


def _objects(data: bytes) -> dict[int, bytes]:
    return {int(m[1]): m[2] for m in _OBJECT.finditer(data)}


def _stream(body: bytes) -> bytes:
    found = _STREAM.search(body)
    if found is None:
        return b""
    raw = found[1]
    if b"/FlateDecode" in body[: found.start()]:
        try:
            return zlib.decompress(raw)
        except zlib.error:
            return zlib.decompressobj().decompress(raw)
    return raw


def _cmap(text: bytes) -> dict[int, str]:
    """Return glyph -> characters from a ToUnicode CMap's bfchar and bfrange entries."""
    found: dict[int, str] = {}
    for block in re.findall(rb"beginbfchar(.*?)endbfchar", text, re.S):
        for glyph, chars in re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            found[int(glyph, 16)] = _utf16(chars)
    for block in re.findall(rb"beginbfrange(.*?)endbfrange", text, re.S):
        for low, high, first, listed in re.findall(
            rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(?:<([0-9A-Fa-f]+)>|\[([^\]]*)\])", block
        ):
            glyphs = range(int(low, 16), int(high, 16) + 1)
            if listed:
                chars = [_utf16(h) for h in re.findall(rb"<([0-9A-Fa-f]+)>", listed)]
                found.update(zip(glyphs, chars, strict=False))
            else:
                found.update((g, chr(int(first, 16) + i)) for i, g in enumerate(glyphs))
    return found


def _utf16(hexes: bytes) -> str:
    return bytes.fromhex(hexes.decode()).decode("utf-16-be")


def pdf_text(data: bytes) -> str:
    """Return the text of every page of the PDF *data*, without spaces.

    Qt moves the pen between words rather than drawing a space, so the words run together:
    compare with :func:`compact` text.
    """
    objects = _objects(data)
    fonts: dict[bytes, dict[int, str]] = {}
    for body in objects.values():
        for name, number in re.findall(rb"/(\w+)\s+(\d+) 0 R", body):
            font = objects.get(int(number), b"")
            unicode_ref = re.search(rb"/ToUnicode\s+(\d+) 0 R", font)
            if b"/Type /Font" in font and unicode_ref is not None:
                fonts[name] = _cmap(_stream(objects.get(int(unicode_ref[1]), b"")))
    runs: list[str] = []
    for body in objects.values():
        if b"stream" not in body or b"/Type /" in body.split(b"stream")[0]:
            continue
        content = _stream(body)
        if b"Tj" not in content and b"TJ" not in content:
            continue
        glyphs: dict[int, str] = {}
        for match in _TOKEN.finditer(content):
            if match[1] is not None:
                glyphs = fonts.get(match[1], {})
            else:
                hexes = (
                    [match[2]]
                    if match[2] is not None
                    else re.findall(rb"<([0-9A-Fa-f]*)>", match[3])
                )
                for chunk in hexes:
                    codes = bytes.fromhex(chunk.decode())
                    runs.append(
                        "".join(
                            glyphs.get(int.from_bytes(codes[i : i + 2], "big"), "?")
                            for i in range(0, len(codes) - 1, 2)
                        )
                    )
    return compact("".join(runs))


def compact(text: str) -> str:
    """Return *text* without any white space, ligatures ("ﬁ") written out (NFKC)."""
    return "".join(unicodedata.normalize("NFKC", text).split())
