"""The server's advice on the desk app's version, against a real central server.

The server is started with a recommended and a minimum version above or at the desk's own
(:data:`kiosk.__version__`); the desk says a new version is available, pauses sending below
the minimum while it goes on recording, and resumes by itself when the server lowers the
minimum or the app is updated. What was recorded while paused reaches the server once.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from kiosk import __version__
from kiosk.protocol.app_versions import parse_version
from sync.client import SyncClient

pytestmark = pytest.mark.slow

OWN = __version__
_major = (parse_version(OWN) or (0,))[0]
NEWER = f"{_major + 1}.0.0"
NEWEST = f"{_major + 2}.1.0"
URL = "https://intranet.example.nl/ido-kiosk/"


def test_a_newer_version_is_advised_and_the_desk_goes_on(central, proxy, enrolled, converged):
    central.restart(recommended_version=NEWER, minimum_version=OWN, download_url=URL)
    desk = enrolled
    desk.record(visits=3)

    assert desk.drain().ok
    update = desk.client.status().app_update
    assert update is not None
    assert (update.current, update.recommended_version, update.download_url) == (OWN, NEWER, URL)
    assert update.available and not update.required
    converged(central, [desk])


def test_below_the_minimum_the_desk_pauses_and_resumes_when_the_server_lowers_it(
    central, proxy, enrolled, converged
):
    desk = enrolled
    desk.record(visits=2)
    assert desk.drain().ok
    central.restart(recommended_version=NEWER, minimum_version=NEWER, download_url=URL)
    desk.clock.offset += timedelta(hours=1, minutes=1)  # the desk asks for the config hourly
    desk.record(visits=3)
    batches = len(proxy.batches())

    paused = desk.sync(force=False)

    assert paused.paused_reason == "update_required" and not paused.ok
    assert paused.error is not None and paused.error.code == "sync.app_too_old"
    assert paused.error.params == {"version": OWN, "minimum": NEWER, "download_url": URL}
    assert len(proxy.batches()) == batches  # nothing sent
    assert paused.pending_left == 3
    status = desk.client.status()
    assert status.paused_reason == "update_required"
    assert status.app_update is not None and status.app_update.required
    # Recording goes on while paused; the next look is a quarter of an hour away.
    desk.record(visits=2)
    assert paused.next_attempt_at is not None
    wait = paused.next_attempt_at - desk.clock.now()
    assert timedelta(minutes=14) < wait <= timedelta(minutes=15)
    later = desk.sync(force=False)
    assert later.skipped and later.paused_reason == "update_required"
    assert len(proxy.batches()) == batches

    central.restart(recommended_version=NEWER, download_url=URL)  # the minimum is lowered
    desk.clock.offset += timedelta(minutes=16)
    resumed = desk.sync(force=False)

    assert resumed.ok and resumed.acked == 5 and resumed.pending_left == 0
    assert desk.client.status().paused_reason is None
    converged(central, [desk])  # each op once: nothing lost, nothing counted twice


def test_an_updated_app_resumes_at_once(central, proxy, enrolled, converged):
    central.restart(minimum_version=NEWER)
    desk = enrolled
    desk.record(visits=4)
    paused = desk.sync(force=False)
    assert paused.paused_reason == "update_required" and paused.pending_left == 4
    assert paused.error is not None and "download_url" not in paused.error.params

    # The app is updated (a new process, a newer version) well before the next look.
    desk.client.close()
    desk.client = SyncClient.for_kiosk(
        desk.app, tokens=desk.tokens, now=desk.clock.now, version=NEWER
    )
    resumed = desk.sync(force=False)

    assert resumed.ok and resumed.acked == 4
    update = desk.client.status().app_update
    assert update is not None and not update.available
    converged(central, [desk])
