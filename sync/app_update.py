"""The server's advice on the desk app's version: newer one available, or too old to send.

``GET /v1/config`` may name a recommended and a minimum version and a download address
(:mod:`kiosk.protocol.app_versions`). The sync client keeps the latest advice in
``sync-app-update.json`` beside the database, like the job times (:mod:`sync.schedule`) and
for the same reason: losing it is harmless, the next config answer brings it back. A desk
below the minimum stops sending (:func:`sync.api.check_app_version`); it keeps recording,
asks the server again while paused (:mod:`sync.client`) and goes on by itself when the
server lowers the minimum or the app is updated.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kiosk import __version__
from kiosk.errors import Message
from kiosk.files import write_durably
from kiosk.protocol.app_versions import is_download_url, is_older, parse_version

log = logging.getLogger(__name__)

FILE_NAME = "sync-app-update.json"
#: The config answer's members, as kept in the file.
MEMBERS = ("recommended_version", "minimum_version", "download_url")
#: This desk's own version (the one place: :data:`kiosk.__version__`).
APP_VERSION = __version__
#: The message of a desk paused below the minimum (:func:`sync.api.check_app_version`).
TOO_OLD = "sync.app_too_old"


@dataclass(frozen=True)
class Advice:
    """What the server advised; None where it said nothing (or nothing a desk can use)."""

    recommended_version: str | None = None
    minimum_version: str | None = None
    download_url: str | None = None

    @classmethod
    def checked(cls, values: Mapping[str, Any]) -> Advice:
        """Take the members of *values* that pass the contract's rules; drop the rest."""
        return cls(
            recommended_version=_version(values.get("recommended_version")),
            minimum_version=_version(values.get("minimum_version")),
            download_url=_url(values.get("download_url")),
        )


@dataclass(frozen=True)
class AppUpdate:
    """This desk's version against the server's advice (in :class:`~sync.state.SyncStatus`)."""

    current: str
    recommended_version: str | None
    minimum_version: str | None
    download_url: str | None

    @property
    def required(self) -> bool:
        """True when this desk is below the minimum: it sends nothing until updated."""
        return self.minimum_version is not None and is_older(self.current, self.minimum_version)

    @property
    def available(self) -> bool:
        """True when a newer version is advised (recommended, or required)."""
        newest = self.recommended_version
        return self.required or (newest is not None and is_older(self.current, newest))

    @property
    def newest(self) -> str | None:
        """The version to install: the recommended one, else the minimum."""
        return self.recommended_version or self.minimum_version


def log_ignored(raw: object, advice: Advice) -> None:
    """Log each advice member the server sent that the desk could not use (and ignores)."""
    if not isinstance(raw, Mapping):
        return
    for name in MEMBERS:
        sent = raw.get(name)
        if sent is not None and getattr(advice, name) is None:
            shown = repr(sent)
            log.warning(
                "Ignored the server's %s: %s", name, shown[:80] + ("…" if len(shown) > 80 else "")
            )


def paused_version(message: Message | None) -> str | None:
    """The app version that a too-old pause was made by (None for another message)."""
    if message is None or message.code != TOO_OLD:
        return None
    version = message.params.get("version")
    return version if isinstance(version, str) else None


class AdviceStore:
    """Reads and writes the advice file of one data folder."""

    def __init__(self, folder: Path) -> None:
        """Keep the file in *folder* (the database's folder)."""
        self.path = folder / FILE_NAME

    def load(self) -> Advice | None:
        """Return the advice kept, or None when there is none (or the file is unreadable)."""
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        except (OSError, ValueError) as exc:
            log.warning("Unreadable %s (%s): advice dropped", self.path.name, exc)
            return None
        return Advice.checked(data) if isinstance(data, dict) else None

    def save(self, advice: Advice) -> None:
        """Keep *advice*, durably (a write that fails is logged: the next config brings it)."""
        if self.load() == advice:
            return
        text = json.dumps({name: getattr(advice, name) for name in MEMBERS}, indent=1)
        try:
            write_durably(self.path, text.encode("utf-8"))
        except OSError as exc:
            log.warning("Could not keep the server's app advice: %r", exc)

    def status(self, version: str = APP_VERSION) -> AppUpdate | None:
        """Return *version* against the advice kept; None when the server advised nothing."""
        advice = self.load()
        if advice is None or advice == Advice():
            return None
        return AppUpdate(
            current=version,
            recommended_version=advice.recommended_version,
            minimum_version=advice.minimum_version,
            download_url=advice.download_url,
        )


def _version(value: object) -> str | None:
    return value if isinstance(value, str) and parse_version(value) is not None else None


def _url(value: object) -> str | None:
    return value if isinstance(value, str) and is_download_url(value) else None
