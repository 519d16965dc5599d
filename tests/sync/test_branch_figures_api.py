"""``GET /v1/branch-figures``: a desk's own branch's figures in codes, for the desk's Overzicht.

On SQLite and PostgreSQL, with the figures API's tests' two branches (b1 in Tilburg with 7
visits in October 2026, b2 in Amsterdam with 2). Every answer is checked against
``/openapi.json`` (Schemathesis: status, content type, body schema, headers), and the
figures against the dashboard's own view for the same desk.
"""

from __future__ import annotations

from typing import Any

import schemathesis

from sync.central.accounts.roles import Role
from sync.central.figures_api import ADMIN_REFUSED, BRANCH_PATH, REFUSED
from tests.sync.central import conftest as central_tests
from tests.sync.central import test_figures_api as figures_api_tests
from tests.sync.central.conftest import ADMIN_TOKEN, Central
from tests.sync.central.openapi_checks import CHECKS
from tests.sync.central.test_accounts_web import CHEAP, add_user, browser, sign_in
from tests.sync.test_branch_figures import (  # noqa: F401  (fixtures the ones here need)
    database_url,
    pg_template,
    server_clock,
    settings,
    sqlite_template,
)

# The central tests' fixtures (as the desk's tests take them), and the figures API tests'
# branches and desks.
make_central = central_tests.make_central
api = figures_api_tests.api
desks = figures_api_tests.desks

OCTOBER = "van=2026-10&tot=2026-10"


def get(api: Central, query: str = OCTOBER, token: str | None = None, client: Any = None) -> Any:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    return (client or api.client).get(f"{BRANCH_PATH}?{query}", headers=headers)


def conforms(api: Central, response: Any, status: int) -> None:
    """*response* has *status* and is what ``/openapi.json`` says of the route."""
    assert response.status_code == status, response.text
    if status >= 400:
        assert response.headers["content-type"] == "application/problem+json"
    document = api.client.get("/openapi.json").json()
    operation = schemathesis.openapi.from_dict(document)[BRANCH_PATH]["GET"]
    operation.Case().validate_response(response, checks=CHECKS)


def problem(response: Any, status: int, code: str) -> str:
    assert response.status_code == status, response.text
    body = response.json()
    assert body["status"] == status and body["code"] == code
    return str(body["detail"])


def test_the_route_is_documented_for_desks_with_the_pages_filter(api):
    document = api.client.get("/openapi.json").json()
    operation = document["paths"][BRANCH_PATH]["get"]
    names = {p["name"] for p in operation["parameters"]}
    assert {"jaar", "kwartaal", "van", "tot", "kanaal", "vestiging"} <= names
    assert {"200", "400", "401", "403", "429"} <= set(operation["responses"])
    assert "404" not in operation["responses"]
    assert operation["security"] == [{"DeviceToken": []}]
    answer = operation["responses"]["200"]["content"]["application/json"]["schema"]
    assert answer["$ref"].endswith("/BranchFiguresView")


def test_a_desk_reads_its_own_branch_in_codes(api, desks):
    tilburg, amsterdam = desks
    response = get(api, token=tilburg.token)
    conforms(api, response, 200)
    assert response.headers["cache-control"] == "private, no-store"
    body = response.json()
    assert body.pop("through") is not None

    def codes(code: str) -> list[dict[str, Any]]:
        return [{"code": code, "count": 7}]

    assert body == {
        "branch": "b1",
        "filter": OCTOBER,
        "months": [{"month": "2026-10", "visits": 7, "questions": 7}],
        "kinds": codes("digital_government"),
        "topics": codes("toeslag_huur"),
        "organisations": codes("toeslagen"),
        "help": codes("informatie"),
        "referral": [],
        "channel": codes("in_person"),
        "duration": codes("5_15"),
        "source": codes("live"),
        # Tuesday 6 October 10:00 UTC, at the visits' own offset of +60 minutes.
        "hours": [{"weekday": 2, "hour": 11, "visits": 7}],
    }
    # The dashboard's view for the same desk counts the same.
    view = figures_api_tests.get(api, "/v1/figures/overzicht?jaar=2026", tilburg.token).json()
    [totals] = [t["rows"] for t in view["tables"] if t["id"] == "totalen"]
    assert totals == [["Bezoeken", 7], ["Vragen", 7]]
    # The other branch's desk reads its own two; its own branch named is the same filter.
    other = get(api, "jaar=2026", amsterdam.token).json()
    assert (other["branch"], other["months"]) == (
        "b2",
        [{"month": "2026-10", "visits": 2, "questions": 2}],
    )
    named = get(api, f"{OCTOBER}&vestiging=b1", tilburg.token).json()
    assert named["months"] == body["months"] and named["filter"] == OCTOBER
    # A filter that leaves nothing: every list empty.
    phone = get(api, f"{OCTOBER}&kanaal=phone", tilburg.token)
    conforms(api, phone, 200)
    assert {k: v for k, v in phone.json().items() if isinstance(v, list) and v} == {}


def test_only_a_desks_token_opens_it(api, desks):
    tilburg, _ = desks
    for response in (
        get(api),  # nobody: no public view here
        get(api, token="not-a-token"),
        api.client.get(BRANCH_PATH, headers={"Authorization": "Bearer "}),
    ):
        conforms(api, response, 401)
        assert response.headers["www-authenticate"] == "Bearer"
    add_user(api, "land@example.nl", Role.NATIONAL)
    session = browser(api)
    assert sign_in(session, "land@example.nl").status_code == 303
    conforms(api, get(api, client=session), 401)  # a dashboard session: not a desk
    admin = get(api, token=ADMIN_TOKEN)
    conforms(api, admin, 403)
    assert problem(admin, 403, "forbidden") == ADMIN_REFUSED
    revoked = api.client.post(
        f"/admin/devices/{tilburg.device_id}/revoke", headers=api.admin_headers()
    )
    assert revoked.status_code == 200
    response = get(api, token=tilburg.token)
    conforms(api, response, 403)
    problem(response, 403, "device_revoked")


def test_a_desk_naming_another_place_or_a_bad_month_is_refused(api, desks):
    tilburg, _ = desks
    for query in ("vestiging=b2", "gemeente=GM0855", "organisatie=bestaat-niet", "provincie=PV30"):
        response = get(api, query, tilburg.token)
        conforms(api, response, 403)
        assert problem(response, 403, "forbidden") == REFUSED
    bad = get(api, "van=2026-13", tilburg.token)
    conforms(api, bad, 400)
    assert "van" in problem(bad, 400, "bad_request")


def test_a_desk_is_rate_limited_like_its_other_calls(make_central):
    central = make_central(rate_per_second=0.001, rate_burst=2, **CHEAP)
    desk = central.enroll()
    for _ in range(2):
        assert get(central, token=desk.token).status_code == 200
    response = get(central, token=desk.token)
    conforms(central, response, 429)
    assert int(response.headers["retry-after"]) >= 1
