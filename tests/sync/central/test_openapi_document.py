"""The OpenAPI document states what the endpoint enforces and every answer it gives.

Each answer provoked here (a revoked device, a spent rate limit, an oversized or wrongly
encoded body, a server fault, a batch refused for each reason) is checked against
``/openapi.json`` by Schemathesis: documented status, content type, body schema and headers.
The schema fuzz (``test_openapi_fuzz.py``) explores the rest; these are the answers it cannot
reach by itself.
"""

from __future__ import annotations

import base64
import json
import re
from typing import Any
from urllib.parse import unquote

import schemathesis
from hypothesis import example, given
from hypothesis import strategies as st

from kiosk.protocol.fields import MAX_BIGINT
from sync.central import auth, changes
from sync.central import batches as batches_module
from sync.central.settings import PROTOCOL_MAX, PROTOCOL_MIN
from tests.sync.central import schemathesis_scope  # noqa: F401  (Hypothesis as it ships)
from tests.sync.central.conftest import Central
from tests.sync.central.openapi_checks import CHECKS, not_a_server_error

DEVICE_ROUTES = [
    ("POST", "/v1/token/rotate"),
    ("GET", "/v1/config"),
    ("GET", "/v1/changes"),
    ("GET", "/v1/devices/me/ack-state"),
    ("POST", "/v1/batches"),
    ("GET", "/v1/branch-figures"),
]
ADMIN_ROUTES = [
    ("POST", "/admin/enrollments"),
    ("GET", "/admin/devices"),
    ("POST", "/admin/devices/{device_id}/revoke"),
    ("GET", "/admin/stats"),
]
EVERY_ROUTE = [("POST", "/v1/enroll"), *DEVICE_ROUTES, *ADMIN_ROUTES]


def document(central: Central) -> dict[str, Any]:
    response = central.client.get("/openapi.json")
    assert response.status_code == 200
    return dict(response.json())


def conforms(central: Central, method: str, path: str, response: Any, expected: int) -> None:
    """Assert *response* has status *expected* and is what the document says of the route."""
    assert response.status_code == expected, response.text
    if expected >= 400:
        assert response.headers["content-type"] == "application/problem+json"
    schema = schemathesis.openapi.from_dict(document(central))
    operation = schema[path][method]
    parameters = {}
    if "{device_id}" in path:  # the segment as sent
        parameters["device_id"] = unquote(response.request.url.raw_path.decode().split("/")[3])
    checks = [c for c in CHECKS if expected < 500 or c is not not_a_server_error]
    operation.Case(path_parameters=parameters).validate_response(response, checks=checks)


def url(path: str) -> str:
    return path.replace("{device_id}", "nobody")


def call(central: Central, method: str, path: str, token: str | None, **kwargs: Any) -> Any:
    headers = dict(kwargs.pop("headers", {}))
    if token is not None:
        headers["Authorization"] = f"Bearer {token}"
    return central.client.request(method, url(path), headers=headers, **kwargs)


def test_every_route_documents_the_answers_of_the_middleware_and_the_error_handler(central):
    paths = document(central)["paths"]
    for method, path in EVERY_ROUTE:
        responses = paths[path][method.lower()]["responses"]
        for status in ("413", "415", "500"):
            content = responses[status]["content"]
            assert list(content) == ["application/problem+json"], (method, path, status)
    for method, path in DEVICE_ROUTES:
        responses = paths[path][method.lower()]["responses"]
        assert {"401", "403", "429"} <= set(responses), (method, path)
        assert responses["401"]["headers"]["WWW-Authenticate"]["required"] is True
        assert responses["429"]["headers"]["Retry-After"]["required"] is True
    # The body limit stated is the middleware's, per path.
    limits = central.central.settings.limits
    batch_413 = paths["/v1/batches"]["post"]["responses"]["413"]["description"]
    assert f"{limits.max_body_bytes} bytes" in batch_413
    enroll_413 = paths["/v1/enroll"]["post"]["responses"]["413"]["description"]
    assert f"{limits.max_small_body_bytes} bytes" in enroll_413


def test_the_documented_bounds_are_the_enforced_ones(central):
    components = document(central)["components"]["schemas"]
    parameters = {
        p["name"]: p["schema"]
        for p in document(central)["paths"]["/v1/changes"]["get"]["parameters"]
    }
    assert (parameters["limit"]["minimum"], parameters["limit"]["maximum"]) == (
        1,
        changes.MAX_PAGE,
    )
    cursor = parameters["cursor"]["anyOf"][0]
    assert (cursor["pattern"], cursor["maxLength"]) == (changes.CURSOR_PATTERN, changes.MAX_CURSOR)
    batch = components["BatchRequest"]["properties"]
    assert (batch["protocol"]["minimum"], batch["protocol"]["maximum"]) == (
        PROTOCOL_MIN,
        PROTOCOL_MAX,
    )
    assert batch["ops"]["maxItems"] == central.central.settings.limits.max_ops
    assert batch["ops"]["items"] == {"$ref": "#/components/schemas/Op"}
    assert components["Op"]["properties"]["sha256"]["pattern"] == "^[0-9a-f]{64}$"
    assert components["EnrollRequest"]["properties"]["code"]["pattern"] == auth.CODE_PATTERN


def test_device_routes_answer_401_403_413_415_as_documented(central, desk):
    big = b"{" + b" " * (central.central.settings.limits.max_body_bytes + 1) + b"}"
    for method, path in DEVICE_ROUTES:
        conforms(central, method, path, call(central, method, path, None), 401)
        conforms(central, method, path, call(central, method, path, "nope"), 401)
        brotli = call(central, method, path, desk.token, headers={"Content-Encoding": "br"})
        conforms(central, method, path, brotli, 415)
        conforms(central, method, path, call(central, method, path, desk.token, content=big), 413)
    revoked = central.client.post(
        f"/admin/devices/{desk.device_id}/revoke", headers=central.admin_headers()
    )
    conforms(central, "POST", "/admin/devices/{device_id}/revoke", revoked, 200)
    for method, path in DEVICE_ROUTES:
        conforms(central, method, path, call(central, method, path, desk.token), 403)


def test_device_routes_answer_429_as_documented(make_central):
    central = make_central(rate_per_second=0.001, rate_burst=1)
    for method, path in DEVICE_ROUTES:
        desk = central.enroll(name=path[-20:])
        assert call(central, method, path, desk.token).status_code != 429  # the burst
        conforms(central, method, path, call(central, method, path, desk.token), 429)


def test_enroll_and_admin_routes_answer_as_documented(make_central):
    central = make_central(enroll_rate_per_second=0.001, enroll_burst=1)
    body = {"code": "ABCD-EFGH", "device_name": "Balie", "device_kind": "counter"}
    response = central.client.post("/v1/enroll", json=body)
    conforms(central, "POST", "/v1/enroll", response, 400)
    assert response.json()["code"] == "enrollment_code_invalid"
    conforms(central, "POST", "/v1/enroll", central.client.post("/v1/enroll", json=body), 429)
    big = b"{" + b" " * (central.central.settings.limits.max_small_body_bytes + 1) + b"}"
    for method, path in [("POST", "/v1/enroll"), *ADMIN_ROUTES]:
        token = None if path == "/v1/enroll" else "admin-secret-for-tests"
        brotli = call(central, method, path, token, headers={"Content-Encoding": "br"})
        conforms(central, method, path, brotli, 415)
        conforms(central, method, path, call(central, method, path, token, content=big), 413)
        if token is not None:
            conforms(central, method, path, call(central, method, path, "nope"), 401)


def test_a_server_fault_is_a_documented_500(central, desk, monkeypatch):
    def broken(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("the disk is on fire")

    monkeypatch.setattr(batches_module, "store_batch", broken)
    monkeypatch.setattr("sync.central.admin.ack_state", broken)
    response = desk.post(desk.batch([desk.visit()]))
    conforms(central, "POST", "/v1/batches", response, 500)
    response = central.client.get("/v1/devices/me/ack-state", headers=desk.headers)
    conforms(central, "GET", "/v1/devices/me/ack-state", response, 500)


def test_batch_refusals_are_documented(make_central):
    central = make_central(limits={"max_ops": 2}, max_concurrent_batches=1)
    desk = central.enroll()
    path = "/v1/batches"
    other = {**desk.batch([desk.visit()]), "device_id": "0" * 8 + "-0000-0000-0000-" + "0" * 12}
    conforms(central, "POST", path, desk.post(other), 403)
    conforms(central, "POST", path, desk.post({**desk.batch([]), "protocol": 2}), 426)
    conforms(central, "POST", path, desk.post(desk.batch([desk.visit() for _ in range(3)])), 413)
    conforms(central, "POST", path, desk.post(b"not json"), 400)
    text = desk.post(desk.batch([]), headers={"Content-Type": "text/plain"})
    conforms(central, "POST", path, text, 415)
    batch = desk.batch([desk.visit()])
    conforms(central, "POST", path, desk.post(batch), 200)
    conforms(central, "POST", path, desk.post({**batch, "ops": [desk.visit()]}), 422)
    with central.central.gate.admit():  # the one place is taken
        conforms(central, "POST", path, desk.post(desk.batch([desk.visit()])), 503)


def _cursor(epoch: int, seq: int) -> str:
    raw = json.dumps({"e": epoch, "s": seq}).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def test_changes_refuses_what_the_document_refuses(central, desk):
    """Limits and cursors outside the documented bounds are 400, never a 500."""
    epoch = central.rows("SELECT epoch FROM server_state")[0].epoch
    path = "/v1/changes"
    for query in (
        {"limit": 0},
        {"limit": changes.MAX_PAGE + 1},
        {"cursor": "e30="},  # padding: not what encode_cursor makes
        {"cursor": "x" * (changes.MAX_CURSOR + 1)},
        {"cursor": "a\x00"},
        # A change_seq beyond BIGINT: the database could not compare it (was a 500).
        {"cursor": _cursor(epoch, MAX_BIGINT + 1)},
        {"cursor": _cursor(epoch, -1)},
    ):
        response = central.client.get(path, params=query, headers=desk.headers)
        conforms(central, "GET", path, response, 400)
    for query in ({"limit": changes.MAX_PAGE}, {"cursor": _cursor(epoch, MAX_BIGINT)}):
        response = central.client.get(path, params=query, headers=desk.headers)
        conforms(central, "GET", path, response, 200)
    conforms(
        central,
        "GET",
        path,
        central.client.get(path, params={"cursor": ""}, headers=desk.headers),
        200,
    )
    other_epoch = central.client.get(
        path, params={"cursor": _cursor(epoch + 1, 0)}, headers=desk.headers
    )
    conforms(central, "GET", path, other_epoch, 410)


def test_revoking_an_id_no_device_can_have_is_404(central):
    """A NUL in the path reached PostgreSQL, which refuses it in text (was a 500)."""
    path = "/admin/devices/{device_id}/revoke"
    for device_id in ("%00", "a%00b", "%1F"):
        response = central.client.post(
            f"/admin/devices/{device_id}/revoke", headers=central.admin_headers()
        )
        conforms(central, "POST", path, response, 404)


@given(text=st.text(st.sampled_from(auth.CODE_ALPHABET + "abcxyz01IOL -\t_ß"), max_size=14))
@example(text="K7PX-3M9Q")
@example(text="k7px 3m9q")
@example(text=" - K7PX3M9Q - ")
@example(text="K7PX\t3M9Q")
@example(text="ßßßß")  # upper case: SSSSSSSS, eight letters of the alphabet
def test_the_documented_code_pattern_is_what_enrollment_accepts(text):
    documented = re.fullmatch(auth.CODE_PATTERN, text) is not None
    assert (auth.normalise_code(text) is not None) == documented
    if documented:
        assert auth.normalise_code(text) == re.sub("[ -]", "", text).upper()


def test_enrollment_accepts_the_code_as_typed(central):
    code = central.code()
    typed = code.lower().replace("-", " ")
    body = {"code": f" {typed}-", "device_name": "Balie", "device_kind": "counter"}
    conforms(central, "POST", "/v1/enroll", central.client.post("/v1/enroll", json=body), 201)
