"""A sync run overtaken by another run on the same desk stops with a plain message."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from kiosk.app import Kiosk
from kiosk.errors import Message
from sync.client import SyncClient
from sync.credentials import TokenStore
from sync.outbox_store import OutboxRaceError
from ui.words import text


def test_an_overtaken_run_returns_a_result_not_a_traceback(
    kiosk_app: Kiosk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    client = SyncClient(
        kiosk_app.db,
        kiosk_app.paths,
        tokens=TokenStore(tmp_path / "config"),
        transport=httpx.MockTransport(lambda request: httpx.Response(500)),
    )

    def overtaken(*, force: bool) -> None:
        raise OutboxRaceError("rows moved")

    monkeypatch.setattr(client, "_run", overtaken)
    result = client.sync_once(force=True)
    assert not result.ok
    assert result.error == Message("sync.raced")
    assert text(result.error).startswith("Er liep tegelijk een andere synchronisatie")
    client.close()
