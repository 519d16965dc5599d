"""The desk app's versions as the server advises them: recommended, minimum, where to get it.

``GET /v1/config`` may carry ``recommended_version``, ``minimum_version`` and
``download_url`` (``docs/sync-v1.md``). Both ends check them with the same rules: the server
refuses to start with a value that breaks them, a desk ignores one that does (it survives
whatever a server sends).

A version is a PEP 440 *release* version: one to four whole numbers joined by dots
(``1.4.0``, ``2.0``); ``1.4`` and ``1.4.0`` are the same version. Pre-releases, local
versions and epochs are left out on purpose: an installer rolled out to 700 branches is a
release, and comparing them exactly needs no library on the desk.

A download address is an absolute ``http`` or ``https`` URL of printable characters, no
longer than :data:`MAX_URL_LENGTH`; anything else (``javascript:``, ``file:``, spaces) is no
address a clerk is shown.
"""

from __future__ import annotations

import re
from typing import Annotated, Final
from urllib.parse import urlsplit

from pydantic import AfterValidator, Field, StrictStr

MAX_VERSION_LENGTH: Final = 32
MAX_URL_LENGTH: Final = 2000
#: A release version: 1 to 4 numbers (each up to 6 digits) joined by dots.
VERSION_PATTERN: Final = r"^[0-9]{1,6}(\.[0-9]{1,6}){0,3}$"
#: http(s), a host, then printable ASCII without spaces, quotes or angle brackets.
URL_PATTERN: Final = r"^[Hh][Tt][Tt][Pp][Ss]?://[!#-;=?-~]+$"

_VERSION = re.compile(VERSION_PATTERN)
_URL = re.compile(URL_PATTERN)


def parse_version(text: object) -> tuple[int, ...] | None:
    """Return *text* as numbers without trailing zeros (``"1.4.0"`` → ``(1, 4)``), or None.

    None for anything that is not a release version as this module defines it.
    """
    if not isinstance(text, str) or len(text) > MAX_VERSION_LENGTH or not _VERSION.fullmatch(text):
        return None
    numbers = [int(part) for part in text.split(".")]
    while len(numbers) > 1 and numbers[-1] == 0:
        numbers.pop()
    return tuple(numbers)


def is_older(version: str, than: str) -> bool:
    """Tell whether release *version* comes before *than*; False if either is no version."""
    mine, theirs = parse_version(version), parse_version(than)
    return mine is not None and theirs is not None and mine < theirs


def is_download_url(text: object) -> bool:
    """Tell whether *text* is an address a desk may show and open (see the module)."""
    if not isinstance(text, str) or len(text) > MAX_URL_LENGTH or not _URL.fullmatch(text):
        return False
    try:
        parts = urlsplit(text)
    except ValueError:  # a malformed IPv6 host, say
        return False
    return parts.scheme.lower() in ("http", "https") and bool(parts.hostname)


def _checked_version(text: str) -> str:
    if parse_version(text) is None:
        raise ValueError("not a release version like 1.4.0")
    return text


def _checked_url(text: str) -> str:
    if not is_download_url(text):
        raise ValueError("not an http(s) address")
    return text


#: A release version on the wire.
AppVersion = Annotated[
    StrictStr,
    Field(max_length=MAX_VERSION_LENGTH, pattern=VERSION_PATTERN, examples=["1.4.0"]),
    AfterValidator(_checked_version),
]
#: Where IT downloads the desk app.
DownloadUrl = Annotated[
    StrictStr,
    Field(
        max_length=MAX_URL_LENGTH,
        pattern=URL_PATTERN,
        examples=["https://intranet.example.nl/ido-kiosk/"],
    ),
    AfterValidator(_checked_url),
]
