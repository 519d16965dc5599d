"""The figures API: ``GET /v1/figures/{slug}`` for sessions, the public and desks.

On SQLite and PostgreSQL. Visits reach the server through real batches of two desks in two
branches; every answer is checked against the view :func:`views.build_view` builds for the
same viewer and filter (one place builds the numbers), and against ``/openapi.json``
(Schemathesis: status, content type, body schema, headers).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pytest
import schemathesis

from kiosk.clock import to_utc_text
from sync.central import organisations
from sync.central.accounts.roles import Role
from sync.central.accounts.scope import Visibility
from sync.central.accounts.viewer import PUBLIC, Viewer
from sync.central.branches import add_branch
from sync.central.figures import params, refresh, views
from sync.central.figures_api import ADMIN_REFUSED, PATH, REFUSED, view_model
from tests.sync.central.conftest import ADMIN_TOKEN, Central, Desk
from tests.sync.central.openapi_checks import CHECKS
from tests.sync.central.test_accounts_web import CHEAP, add_user, browser, sign_in

SLUG = "overzicht"


@pytest.fixture
def api(make_central: Callable[..., Central]) -> Central:
    central = make_central(**CHEAP)
    with central.db.write() as conn:
        organisations.add_organisation(conn, "bibliotheek-amsterdam", "OBA", central.clock.now())
        add_branch(
            conn,
            {
                "id": "b2",
                "name": "OBA Centrale",
                "organisation": "bibliotheek-amsterdam",
                "municipality": "GM0363",
            },
            central.clock.now(),
        )
    return central


def moment(text: str) -> dict[str, Any]:
    when = datetime.fromisoformat(text).replace(tzinfo=UTC)
    return {"occurred_at": to_utc_text(when), "recorded_at": to_utc_text(when)}


@pytest.fixture
def desks(api: Central) -> tuple[Desk, Desk]:
    """A desk in b1 (Tilburg) with 7 visits in October, one in b2 (Amsterdam) with 2."""
    tilburg, amsterdam = api.enroll("b1"), api.enroll("b2", name="Balie OBA")
    tilburg.send([tilburg.visit(**moment("2026-10-06T10:00:00")) for _ in range(7)])
    amsterdam.send([amsterdam.visit(**moment("2026-10-07T11:00:00")) for _ in range(2)])
    refresh.refresh(api.db)
    return tilburg, amsterdam


def expected(api: Central, viewer: Viewer, query: dict[str, list[str]], slug: str = SLUG) -> Any:
    """What the API must answer: the view build_view makes for *viewer*, as JSON."""
    settings = api.central.settings
    visibility = Visibility.of(viewer, settings.public_min_count)
    catalogues = api.central.catalogues.catalogues
    with api.db.read() as conn:
        f = params.parse(query, visibility, conn, catalogues)
        view = views.build_view(conn, slug, f, visibility, catalogues)
    return view_model(view, params.to_query(f)).model_dump(mode="json")


def get(api: Central, url: str, token: str | None = None, client: Any = None) -> Any:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    return (client or api.client).get(url, headers=headers)


def conforms(api: Central, response: Any, status: int) -> None:
    """*response* has *status* and is what ``/openapi.json`` says of the route."""
    assert response.status_code == status, response.text
    if status >= 400:
        assert response.headers["content-type"] == "application/problem+json"
    document = api.client.get("/openapi.json").json()
    operation = schemathesis.openapi.from_dict(document)[PATH]["GET"]
    slug = response.request.url.path.rsplit("/", 1)[-1]
    case = operation.Case(path_parameters={"slug": slug})
    case.validate_response(response, checks=CHECKS)


def problem(response: Any, status: int, code: str) -> str:
    assert response.status_code == status, response.text
    body = response.json()
    assert body["status"] == status and body["code"] == code
    return str(body["detail"])


# -- the document ----------------------------------------------------------------------------


def test_the_route_is_documented_with_its_filter_and_its_answers(api):
    document = api.client.get("/openapi.json").json()
    operation = document["paths"][PATH]["get"]
    names = {p["name"] for p in operation["parameters"]}
    assert {"slug", "jaar", "kwartaal", "van", "tot", "gemeente", "vestiging", "instantie"} <= names
    assert {"200", "400", "401", "403", "404", "429"} <= set(operation["responses"])
    answer = operation["responses"]["200"]["content"]["application/json"]["schema"]
    assert answer["$ref"].endswith("/FiguresView")
    view = document["components"]["schemas"]["FiguresView"]
    assert {"slug", "title", "through", "filter", "tables"} <= set(view["properties"])
    schemes = document["components"]["securitySchemes"]
    assert {"DeviceToken", "DashboardSession"} <= set(schemes)


# -- who may ask -----------------------------------------------------------------------------


def test_a_session_gets_the_view_of_its_scope(api, desks):
    add_user(api, "oba@example.nl", Role.ORGANISATION, "bibliotheek-amsterdam")
    client = browser(api)
    assert sign_in(client, "oba@example.nl").status_code == 303
    response = client.get(f"/v1/figures/{SLUG}?jaar=2026")
    conforms(api, response, 200)
    viewer = Viewer(role=Role.ORGANISATION, scope="bibliotheek-amsterdam")
    assert response.json() == expected(api, viewer, {"jaar": ["2026"]})
    assert response.json()["filter"] == "jaar=2026"
    assert response.headers["cache-control"] == "private, no-store"
    # Another organisation's branch: the pages' refusal, the same whether it exists or not.
    other = client.get(f"/v1/figures/{SLUG}?vestiging=b1")
    conforms(api, other, 403)
    missing = client.get(f"/v1/figures/{SLUG}?vestiging=bestaat-niet")
    assert problem(other, 403, "forbidden") == problem(missing, 403, "forbidden") == REFUSED
    assert other.json() == missing.json()


def test_without_credentials_the_public_view_with_small_counts_hidden(api, desks):
    response = api.client.get(f"/v1/figures/{SLUG}")
    conforms(api, response, 200)
    body = response.json()
    assert body == expected(api, PUBLIC, {})
    for table in body["tables"]:
        for row in table["rows"]:
            for column, value in zip(table["columns"], row, strict=True):
                if column["kind"] == "count" and value is not None:
                    assert value == 0 or value >= api.central.settings.public_min_count
    branch = api.client.get(f"/v1/figures/{SLUG}?vestiging=b1")
    conforms(api, branch, 403)
    assert problem(branch, 403, "forbidden") == REFUSED


def test_a_desk_reads_its_own_branch_only(api, desks):
    tilburg, amsterdam = desks
    own = get(api, f"/v1/figures/{SLUG}?jaar=2026", tilburg.token)
    conforms(api, own, 200)
    assert own.json() == expected(api, Viewer.of_device("b1"), {"jaar": ["2026"]})
    assert own.json() != get(api, f"/v1/figures/{SLUG}?jaar=2026", amsterdam.token).json()
    named = get(api, f"/v1/figures/{SLUG}?jaar=2026&vestiging=b1", tilburg.token)
    assert named.status_code == 200 and named.json()["tables"] == own.json()["tables"]
    assert [t["rows"] for t in own.json()["tables"] if t["id"] == "totalen"] == [
        [["Bezoeken", 7], ["Vragen", 7]]
    ]
    health = get(api, "/v1/figures/gezondheid", tilburg.token)  # about desks: not for a desk
    conforms(api, health, 403)
    assert problem(health, 403, "forbidden") == REFUSED


def test_a_desk_naming_any_other_place_gets_one_refusal(api, desks):
    tilburg, _ = desks
    refusals = [
        "vestiging=b2",
        "vestiging=bestaat-niet",
        "vestiging=b1&vestiging=b2",
        "gemeente=GM0855",  # its own municipality: an area, not its branch
        "gemeente=GM9999",
        "provincie=PV30",
        "organisatie=bibliotheek-midden-brabant",
        "organisatie=bestaat-niet",
    ]
    bodies = []
    for query in refusals:
        response = get(api, f"/v1/figures/{SLUG}?{query}", tilburg.token)
        conforms(api, response, 403)
        bodies.append(response.json())
    assert all(b == bodies[0] for b in bodies) and bodies[0]["detail"] == REFUSED


def test_the_admin_token_never_opens_figures(api, desks):
    response = get(api, f"/v1/figures/{SLUG}", ADMIN_TOKEN)
    conforms(api, response, 403)
    assert problem(response, 403, "forbidden") == ADMIN_REFUSED


def test_an_unknown_or_revoked_token_is_refused(api, desks):
    tilburg, _ = desks
    unknown = get(api, f"/v1/figures/{SLUG}", "not-a-token")
    conforms(api, unknown, 401)
    assert unknown.headers["www-authenticate"] == "Bearer"
    empty = api.client.get(f"/v1/figures/{SLUG}", headers={"Authorization": "Bearer "})
    conforms(api, empty, 401)  # a problem document, never the public view or an HTML page
    revoked = api.client.post(
        f"/admin/devices/{tilburg.device_id}/revoke", headers=api.admin_headers()
    )
    assert revoked.status_code == 200
    response = get(api, f"/v1/figures/{SLUG}", tilburg.token)
    conforms(api, response, 403)
    problem(response, 403, "device_revoked")


def test_a_desk_is_rate_limited_like_its_other_calls(make_central):
    central = make_central(rate_per_second=0.001, rate_burst=2, **CHEAP)
    desk = central.enroll()  # enrolling does not spend the device's bucket
    for _ in range(2):
        assert get(central, f"/v1/figures/{SLUG}", desk.token).status_code != 429
    response = get(central, f"/v1/figures/{SLUG}", desk.token)
    conforms(central, response, 429)
    assert int(response.headers["retry-after"]) >= 1


# -- what is asked ---------------------------------------------------------------------------


def test_an_unknown_view_is_404_and_a_bad_filter_400_in_dutch(api):
    unknown = api.client.get("/v1/figures/bestaat-niet")
    conforms(api, unknown, 404)
    problem(unknown, 404, "not_found")
    bad = api.client.get(f"/v1/figures/{SLUG}?jaar=twintig")
    conforms(api, bad, 400)
    assert "jaar" in problem(bad, 400, "bad_request")


@pytest.mark.parametrize("slug", sorted(views.VIEWS))
def test_every_view_answers_a_national_account(api, desks, slug):
    add_user(api, "land@example.nl", Role.NATIONAL)
    client = browser(api)
    assert sign_in(client, "land@example.nl").status_code == 303
    response = client.get(f"/v1/figures/{slug}?jaar=2026")
    conforms(api, response, 200)
    assert response.json() == expected(api, Viewer(role=Role.NATIONAL), {"jaar": ["2026"]}, slug)
