"""A demo location is never enrolled: practice registrations must not reach the statistics."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from kiosk.app import Kiosk
from kiosk.locations import demo_location
from sync.client import SyncClient
from sync.credentials import TokenStore
from sync.http import SyncError
from tests.sync.test_fake_central import said


def test_enrolling_the_demo_location_is_refused_before_any_request(
    kiosk_app: Kiosk, tmp_path: Path
) -> None:
    kiosk_app.locations.create(demo_location(), demo=True)
    requests: list[httpx.Request] = []

    def record(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        return httpx.Response(500)

    client = SyncClient(
        kiosk_app.db,
        kiosk_app.paths,
        tokens=TokenStore(tmp_path / "config"),
        transport=httpx.MockTransport(record),
    )
    with pytest.raises(SyncError) as refused:
        client.enroll("https://sync.example.org", "ABCD-1234", "Demobalie")
    assert refused.value.kind == "refused"
    assert "demolocatie" in said(refused.value.message)
    assert requests == []
    client.close()
