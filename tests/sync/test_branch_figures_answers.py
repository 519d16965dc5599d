"""The branch's figures when the central is down or answers nonsense: a code, never a crash.

A desk linked to a central that is not there (``httpx.MockTransport`` plays the network and
the server): no answer is ``offline``, any answer that is not the figures asked for is
``server``; and a period of days is ``not_by_month`` before anything is sent. The answers of
a real central are in ``test_branch_figures.py``.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from copy import deepcopy
from datetime import date
from pathlib import Path
from typing import Any

import httpx
import pytest
from keyring.backends import fail

from kiosk.app import Kiosk
from kiosk.overview.periods import custom, period
from sync.branch_figures import MAX_ANSWER_BYTES, PATH, BranchFiguresUnavailable, fetch, read
from sync.credentials import TokenStore
from sync.http import USER_AGENT
from sync.state import StateStore

TODAY = date(2026, 11, 28)
NOVEMBER = period("month", TODAY)
DEVICE, TOKEN = "device-1", "token-of-device-1"

#: A well-formed answer for November 2026 (as the central writes it, with fields the desk
#: does not read).
GOOD: dict[str, Any] = {
    "branch": "b1",
    "through": "2026-11-28T16:00:00Z",
    "filter": "van=2026-11&tot=2026-11",
    "months": [{"month": "2026-11", "visits": 3, "questions": 4}],
    "kinds": [{"code": "digital_government", "count": 4}],
    "topics": [{"code": "toeslag_huur", "count": 3}, {"code": "digid_aanvragen", "count": 1}],
    "organisations": [{"code": "toeslagen", "count": 4}],
    "help": [{"code": "informatie", "count": 4}],
    "referral": [],
    "channel": [{"code": "in_person", "count": 3}],
    "duration": [{"code": "5_15", "count": 3}],
    "source": [{"code": "live", "count": 3}],
    "hours": [{"weekday": 6, "hour": 14, "visits": 3}],
}


@pytest.fixture
def tokens(tmp_path: Path) -> TokenStore:
    return TokenStore(tmp_path / "config", backend=fail.Keyring())


@pytest.fixture
def linked(kiosk_app: Kiosk, tokens: TokenStore) -> Kiosk:
    """A desk linked to a central that only the MockTransport answers for."""
    StateStore(kiosk_app.db).update(
        device_id=DEVICE, branch_id="b1", server_url="https://central.example.org"
    )
    tokens.save(DEVICE, TOKEN)
    return kiosk_app


def answering(status: int, body: bytes, **headers: str) -> httpx.MockTransport:
    def handle(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, content=body, headers=headers)

    return httpx.MockTransport(handle)


def code_of(app: Kiosk, tokens: TokenStore, transport: httpx.BaseTransport) -> str:
    with pytest.raises(BranchFiguresUnavailable) as raised:
        fetch(app, NOVEMBER, transport=transport, tokens=tokens)
    return raised.value.code


def changed(change: Callable[[dict[str, Any]], object]) -> bytes:
    answer = deepcopy(GOOD)
    change(answer)
    return json.dumps(answer).encode()


def _set(path: str, value: Any) -> Callable[[dict[str, Any]], None]:
    """Set ``answer[a][i][b]`` for a path ``a.i.b`` (or ``answer[a]`` for ``a``)."""

    def change(answer: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        target: Any = answer
        for part in parents:
            target = target[int(part)] if part.isdigit() else target[part]
        target[int(last) if last.isdigit() else last] = value

    return change


MALFORMED: dict[str, bytes] = {
    "captive portal page": b"<html><body>Log in to the library wifi</body></html>",
    "empty": b"",
    "a list": b"[]",
    "null": b"null",
    "no hours": changed(lambda a: a.pop("hours")),
    "no through": changed(lambda a: a.pop("through")),
    "months null": changed(_set("months", None)),
    "negative count": changed(_set("topics.0.count", -1)),
    "count as text": changed(_set("topics.0.count", "3")),
    "count as float": changed(_set("channel.0.count", 3.0)),
    "count as boolean": changed(_set("channel.0.count", True)),
    "empty code": changed(_set("kinds.0.code", "")),
    "code as number": changed(_set("kinds.0.code", 7)),
    "endless code": changed(_set("kinds.0.code", "x" * 65)),
    "month 13": changed(_set("months.0.month", "2026-13")),
    "month not asked": changed(_set("months.0.month", "2026-10")),
    "month twice": changed(lambda a: a["months"].append(dict(a["months"][0]))),
    "code twice": changed(lambda a: a["topics"].append({"code": "toeslag_huur", "count": 1})),
    "hour twice": changed(lambda a: a["hours"].append(dict(a["hours"][0]))),
    "weekday 8": changed(_set("hours.0.weekday", 8)),
    "hour 24": changed(_set("hours.0.hour", 24)),
    "through without zone": changed(_set("through", "2026-11-28T16:00:00")),
    "through not a moment": changed(_set("through", "gisteren")),
}


def test_the_well_formed_answer_reads_and_each_fault_alone_spoils_it():
    figures = read(NOVEMBER, json.dumps(GOOD).encode())
    assert (figures.visits, figures.questions, figures.scope) == (3, 4, "branch")
    assert [t.code for t in figures.topics] == ["toeslag_huur", "digid_aanvragen"]
    for name, body in MALFORMED.items():
        with pytest.raises(BranchFiguresUnavailable) as raised:
            read(NOVEMBER, body)
        assert raised.value.code == "server", name


@pytest.mark.parametrize("body", MALFORMED.values(), ids=MALFORMED.keys())
def test_an_answer_of_the_wrong_shape_is_a_server_fault(linked, tokens, body):
    seen: list[httpx.Request] = []

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, content=body, headers={"Content-Type": "application/json"})

    assert code_of(linked, tokens, httpx.MockTransport(handle)) == "server"
    [request] = seen
    assert request.url.path == PATH
    assert dict(request.url.params) == {"van": "2026-11", "tot": "2026-11"}
    assert request.headers["Authorization"] == f"Bearer {TOKEN}"
    assert request.headers["User-Agent"] == USER_AGENT


@pytest.mark.parametrize("status", [400, 404, 409, 429, 500, 502, 503, 302])
def test_an_error_status_is_a_server_fault(linked, tokens, status):
    problem = b'{"type": "about:blank", "status": %d, "code": "x"}' % status
    transport = answering(status, problem, **{"Content-Type": "application/problem+json"})
    assert code_of(linked, tokens, transport) == "server"


@pytest.mark.parametrize("status", [401, 403])
def test_a_refused_token_is_refused(linked, tokens, status):
    assert code_of(linked, tokens, answering(status, b"{}")) == "refused"


def test_an_answer_too_large_or_undecodable_is_a_server_fault(linked, tokens):
    huge = b'{"months": [' + b" " * MAX_ANSWER_BYTES + b"]}"
    assert code_of(linked, tokens, answering(200, huge)) == "server"
    broken = answering(200, b"not gzip at all", **{"Content-Encoding": "gzip"})
    assert code_of(linked, tokens, broken) == "server"


@pytest.mark.parametrize(
    "failure",
    [
        httpx.ConnectError("Connection refused"),
        httpx.ConnectTimeout("timed out"),
        httpx.ReadTimeout("timed out"),
        httpx.RemoteProtocolError("Server disconnected without sending a response."),
        httpx.ProxyError("407 Proxy Authentication Required"),
    ],
    ids=lambda e: type(e).__name__,
)
def test_no_answer_is_offline(linked, tokens, failure):
    def handle(request: httpx.Request) -> httpx.Response:
        raise failure

    assert code_of(linked, tokens, httpx.MockTransport(handle)) == "offline"


def test_a_period_of_days_asks_nothing(linked, tokens):
    def handle(request: httpx.Request) -> httpx.Response:
        raise AssertionError("no request for a period that is not whole months")

    transport = httpx.MockTransport(handle)
    for chosen in (period("week", TODAY), custom(date(2026, 11, 1), date(2026, 12, 30))):
        with pytest.raises(BranchFiguresUnavailable) as raised:
            fetch(linked, chosen, transport=transport, tokens=tokens)
        assert raised.value.code == "not_by_month"


def test_an_unknown_code_is_a_programming_error():
    with pytest.raises(ValueError, match="unknown code"):
        BranchFiguresUnavailable("busy")
