"""A desk survives whatever a server advises about its version, and keeps what it can use.

The central here is the in-memory fake (any answer can be scripted); the real server's
advice and the pause against it are in ``tests/sync/faults/test_app_version_pause.py``.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kiosk.app import Kiosk
from kiosk.locations import DeskInfo
from kiosk.protocol.app_versions import is_download_url, is_older, parse_version
from sync.app_update import FILE_NAME, AdviceStore
from sync.client import SyncClient
from tests.conftest import FakeClock
from tests.sync.test_fake_central import FakeCentral, enrolled_client, record, states

URL = "https://intranet.example.nl/ido-kiosk/"


@pytest.fixture
def central() -> FakeCentral:
    return FakeCentral()


@pytest.fixture
def client(
    kiosk_app: Kiosk, desk: DeskInfo, central: FakeCentral, clock: FakeClock, tmp_path: Path
) -> Iterator[SyncClient]:
    sync = enrolled_client(kiosk_app, central, clock.now, tmp_path / "config")
    yield sync
    sync.close()


# -- the contract's rules ------------------------------------------------------------------


def test_release_versions_compare_as_numbers() -> None:
    assert parse_version("1.4.0") == parse_version("1.4") == (1, 4)
    assert is_older("1.9.9", "1.10") and not is_older("1.10", "1.9.9")
    assert not is_older("2.0", "2.0.0") and not is_older("2.0.0", "2")
    for bad in ("", "1.", ".1", "v1.0", "1.0rc1", "1.0\n", "1 .0", "1.2.3.4.5", "1" * 7, None, 1):
        assert parse_version(bad) is None, bad
    assert not is_older("garbage", "2.0") and not is_older("1.0", "garbage")


def test_only_http_addresses_are_download_addresses() -> None:
    assert is_download_url(URL) and is_download_url("http://10.0.0.5:8080/ido.msi?v=2#x")
    for bad in (
        "javascript:alert(1)",
        "JAVASCRIPT://%0aalert(1)",
        "file:///C:/ido.exe",
        "https://",
        "https:///path",
        "https://exa mple.nl/",
        'https://a.nl/"onclick=x',
        "https://a.nl/<b>",
        "https://a.nl/\n",
        "https://" + "a" * 2000 + ".nl/",
        None,
        42,
    ):
        assert not is_download_url(bad), bad


# -- what the desk does with what a server sends --------------------------------------------


def run_with(central: FakeCentral, client: SyncClient, **advice: Any) -> Any:
    central.config.update(advice)
    result = client.sync_once(force=True)
    assert result.ok, result.error  # nothing a server advises breaks a run
    return client.status().app_update


@pytest.mark.parametrize(
    "advice",
    [
        {"recommended_version": "<script>", "minimum_version": ["9.0"], "download_url": 7},
        {"recommended_version": "9" * 40, "minimum_version": "9.0.0-final"},
        {"minimum_version": {"major": 99}, "download_url": "javascript:alert(document.cookie)"},
        {"recommended_version": True, "download_url": "https://a.nl/" + "x" * 2000},
        {"minimum_version": None, "download_url": "data:text/html,<h1>hi"},
    ],
)
def test_garbage_advice_is_ignored_and_logged(
    central: FakeCentral,
    client: SyncClient,
    kiosk_app: Kiosk,
    desk: DeskInfo,
    advice: dict[str, Any],
    caplog: pytest.LogCaptureFixture,
) -> None:
    record(kiosk_app, desk, 2)
    with caplog.at_level(logging.WARNING, logger="sync.app_update"):
        update = run_with(central, client, **advice)

    assert update is None and states(kiosk_app) == ["acked", "acked"]
    ignored = {r.getMessage().split(":")[0] for r in caplog.records}
    sent = {f"Ignored the server's {k}" for k, v in advice.items() if v is not None}
    assert ignored == sent


def test_a_good_member_is_kept_beside_a_broken_one(
    central: FakeCentral, client: SyncClient
) -> None:
    update = run_with(
        central, client, recommended_version="99.0", minimum_version="x", download_url=URL
    )

    assert update is not None and update.available and not update.required
    assert (update.recommended_version, update.minimum_version, update.download_url) == (
        "99.0",
        None,
        URL,
    )


def test_an_older_server_says_nothing_and_the_advice_goes(
    central: FakeCentral, client: SyncClient, clock: FakeClock
) -> None:
    assert run_with(central, client, recommended_version="99.0") is not None
    for name in ("recommended_version",):
        del central.config[name]
    client.close()
    clock.advance(hours=2)  # the config is asked again

    assert run_with(central, client) is None


def test_a_damaged_advice_file_is_no_advice(tmp_path: Path) -> None:
    store = AdviceStore(tmp_path)
    (tmp_path / FILE_NAME).write_text("{not json", encoding="utf-8")
    assert store.status() is None
    (tmp_path / FILE_NAME).write_text(
        json.dumps({"recommended_version": "99", "download_url": "javascript:x"}),
        encoding="utf-8",
    )
    update = store.status("1.0")
    assert update is not None and update.available and update.download_url is None


def test_status_json_says_whether_an_update_is_needed(
    central: FakeCentral, client: SyncClient
) -> None:
    run_with(central, client, recommended_version="99.0", download_url=URL)

    shown = client.status().to_json()["app_update"]

    assert shown["recommended_version"] == "99.0" and shown["download_url"] == URL
    assert (shown["available"], shown["required"]) == (True, False)
