"""The dashboard's gate over HTTP: sign-in, sessions, cookies, CSRF, throttling, tokens refused.

On SQLite and PostgreSQL (the ``central`` fixtures). Each "browser" is its own TestClient on
https://testserver, so the Secure cookies come back as a browser would send them.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Callable
from datetime import UTC, datetime
from http.cookies import SimpleCookie
from typing import Any

import pytest

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from sync.central.accounts import audit
from sync.central.accounts.roles import Role
from sync.central.accounts.users import add_account, disable_account
from sync.central.cli import main as cli_main
from tests.sync.central.conftest import ADMIN_TOKEN, Central

PASSWORD = "correct horse battery staple"
CHEAP = {"password_time_cost": 1, "password_memory_kib": 8, "password_parallelism": 1}
CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


@pytest.fixture
def dash(make_central: Callable[..., Central]) -> Central:
    return make_central(**CHEAP)


def add_user(
    central: Central,
    username: str = "a.jansen@example.nl",
    role: Role = Role.NATIONAL,
    scope: str | None = None,
    name: str | None = "Anna Jansen",
) -> str:
    hashed = central.client.app.state.accounts.passwords.hash(PASSWORD)  # type: ignore[attr-defined]
    with central.db.write() as conn:
        return add_account(
            conn,
            username=username,
            display_name=name,
            role=role,
            scope=scope,
            password_hash=hashed,
            now=central.clock.now(),
        ).id


def browser(central: Central, base_url: str = "https://testserver") -> TestClient:
    return TestClient(
        central.client.app, base_url=base_url, follow_redirects=False, raise_server_exceptions=False
    )


def login_token(client: TestClient) -> str:
    page = client.get("/dashboard/login")
    assert page.status_code == 200, page.text
    found = CSRF.search(page.text)
    assert found is not None
    return found.group(1)


def sign_in(
    client: TestClient, username: str = "a.jansen@example.nl", password: str = PASSWORD
) -> Any:
    token = login_token(client)
    return client.post(
        "/dashboard/login", data={"csrf_token": token, "username": username, "password": password}
    )


def set_cookies(response: Any) -> dict[str, dict[str, Any]]:
    """The Set-Cookie headers of *response*, by name, with their attributes."""
    found: dict[str, dict[str, Any]] = {}
    for header in response.headers.get_list("set-cookie"):
        jar = SimpleCookie()
        jar.load(header)
        for name, morsel in jar.items():
            found[name] = {"value": morsel.value, **{k: v for k, v in morsel.items() if v}}
            found[name]["raw"] = header
    return found


def home_text(client: TestClient) -> str:
    page = client.get("/dashboard/")
    assert page.status_code == 200, page.text
    return page.text


def signed_in(client: TestClient) -> bool:
    return "Uitloggen" in home_text(client)


def audit_rows(central: Central) -> list[audit.AuditEntry]:
    with central.db.read() as conn:
        return list(reversed(audit.entries(conn)))


# -- the sign-in form -------------------------------------------------------------------------


def test_login_form_is_accessible_dutch_html(dash):
    page = browser(dash).get("/dashboard/login")
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    html = page.text
    assert '<html lang="nl">' in html
    assert 'class="skip-link" href="#inhoud"' in html
    assert '<main id="inhoud"' in html
    assert '<label for="gebruikersnaam">' in html and 'id="gebruikersnaam"' in html
    assert '<label for="wachtwoord">' in html and 'id="wachtwoord"' in html
    assert 'autocomplete="username"' in html
    assert 'autocomplete="current-password"' in html
    assert 'type="password"' in html
    assert "/dashboard/static/dashboard.css" in html
    assert "<script" not in html
    csp = page.headers["content-security-policy"]
    assert "default-src 'none'" in csp and "frame-ancestors 'none'" in csp
    assert page.headers["cache-control"] == "no-store"


def test_login_form_cookie_is_strict_secure_and_host_only(dash):
    page = browser(dash).get("/dashboard/login")
    cookie = set_cookies(page)["__Host-ido_login"]
    assert cookie["secure"] and cookie["httponly"]
    assert cookie["samesite"].lower() == "strict"
    assert cookie["path"] == "/"
    assert "domain" not in cookie
    assert CSRF.search(page.text).group(1) == cookie["value"]


def test_style_sheet_is_served_by_the_server(dash):
    css = browser(dash).get("/dashboard/static/dashboard.css")
    assert css.status_code == 200
    assert css.headers["content-type"].startswith("text/css")
    assert ":focus-visible" in css.text and "@media print" in css.text
    assert "http" not in css.text  # nothing from elsewhere (no CDN, no web fonts)


def test_an_unknown_dashboard_page_says_so_in_dutch(dash):
    client = browser(dash)
    page = client.get("/dashboard/cijfers/onbekend")
    assert page.status_code == 404
    assert page.headers["content-type"].startswith("text/html")
    assert "Deze pagina bestaat niet" in page.text and '<html lang="nl">' in page.text
    assert client.get("/dashboard/static/bestaat-niet.css").status_code == 404
    assert client.get("/dashboard", follow_redirects=True).status_code == 200


# -- signing in -------------------------------------------------------------------------------


def test_sign_in_sets_a_lax_secure_httponly_session_cookie(dash):
    add_user(dash)
    client = browser(dash)
    response = sign_in(client)
    assert response.status_code == 303
    assert response.headers["location"] == "/dashboard/"
    cookies = set_cookies(response)
    session = cookies["__Host-ido_dashboard"]
    assert session["secure"] and session["httponly"]
    assert session["samesite"].lower() == "lax"
    assert session["path"] == "/"
    assert "max-age" not in session and "expires" not in session  # gone with the browser
    assert "domain" not in session
    assert cookies["__Host-ido_login"]["max-age"] == "0"  # the form's cookie is cleared
    page = home_text(client)
    assert "Anna Jansen" in page and "landelijk" in page and "Uitloggen" in page
    # Only the token's hash is stored.
    token = session["value"]
    stored = dash.rows("SELECT id FROM account_session")
    assert len(stored) == 1 and stored[0].id != token and token not in stored[0].id
    rows = audit_rows(dash)
    assert [(r.event, r.username, r.address) for r in rows] == [
        (audit.Event.SIGN_IN, "a.jansen@example.nl", "testclient")
    ]


def test_username_is_case_insensitive(dash):
    add_user(dash)
    assert sign_in(browser(dash), username="  A.Jansen@Example.NL ").status_code == 303


@pytest.mark.parametrize("scope_role", ["organisation", "municipality", "executive"])
def test_home_says_which_scope_the_viewer_has(dash, scope_role):
    scope = {
        "organisation": "bibliotheek-midden-brabant",
        "municipality": "GM0855",
        "executive": "toeslagen",
    }[scope_role]
    add_user(dash, role=Role(scope_role), scope=scope)
    client = browser(dash)
    sign_in(client)
    assert scope in home_text(client)


def test_public_view_without_a_session(dash):
    page = home_text(browser(dash))
    assert "openbare overzicht" in page
    assert "kleiner dan 5" in page
    assert "Inloggen" in page and "Uitloggen" not in page


def test_wrong_password_is_refused_with_a_linked_dutch_error(dash):
    add_user(dash)
    client = browser(dash)
    response = sign_in(client, password="not the password at all")
    assert response.status_code == 200
    assert "__Host-ido_dashboard" not in set_cookies(response)
    html = response.text
    assert "<title>Fout: Inloggen" in html
    assert 'id="inloggen-fout" role="alert"' in html
    assert "Fout:" in html and "klopt niet" in html
    assert html.count('aria-describedby="inloggen-fout"') == 2
    assert html.count('aria-invalid="true"') == 2
    assert 'value="a.jansen@example.nl"' in html  # the name stays, the password does not
    assert "not the password" not in html
    assert not signed_in(client)
    (row,) = audit_rows(dash)
    assert row.event is audit.Event.SIGN_IN_FAILED
    assert row.detail == "wrong_password" and row.username == "a.jansen@example.nl"


def test_unknown_user_leaves_no_name_and_no_password_in_the_log(dash):
    client = browser(dash)
    response = sign_in(client, username="iemand", password=PASSWORD)
    assert response.status_code == 200 and "klopt niet" in response.text
    (row,) = audit_rows(dash)
    assert (row.event, row.detail, row.username, row.account_id) == (
        audit.Event.SIGN_IN_FAILED,
        "unknown_user",
        None,
        None,
    )
    for text in dash.rows("SELECT * FROM audit_event"):
        assert PASSWORD not in repr(text)


def test_an_overlong_username_is_not_cut_down_to_an_account(dash):
    add_user(dash, username="a" * 254)
    response = sign_in(browser(dash), username="a" * 254 + "b")
    assert response.status_code == 200 and "klopt niet" in response.text
    assert audit_rows(dash)[-1].detail == "unknown_user"
    assert sign_in(browser(dash), username="A" * 254).status_code == 303


def test_an_overlong_password_is_wrong_not_cut_down(dash):
    hashed = dash.client.app.state.accounts.passwords.hash("p" * 1024)  # type: ignore[attr-defined]
    with dash.db.write() as conn:
        add_account(
            conn,
            username="lang",
            display_name=None,
            role=Role.NATIONAL,
            scope=None,
            password_hash=hashed,
            now=dash.clock.now(),
        )
    assert sign_in(browser(dash), username="lang", password="p" * 1025).status_code == 200
    assert audit_rows(dash)[-1].detail == "wrong_password"
    assert sign_in(browser(dash), username="lang", password="p" * 1024).status_code == 303


def test_downloads_are_logged_with_who_and_where(dash):
    add_user(dash)
    accounts = dash.client.app.state.accounts  # type: ignore[attr-defined]
    viewer = accounts.sign_in("a.jansen@example.nl", PASSWORD, "192.0.2.10").viewer
    assert viewer is not None
    dash.clock.advance(minutes=3)
    accounts.record_download(viewer, "vragen-2026-11.csv", "192.0.2.10")
    row = audit_rows(dash)[-1]
    assert (row.event, row.username, row.address, row.detail) == (
        audit.Event.DOWNLOAD,
        "a.jansen@example.nl",
        "192.0.2.10",
        "vragen-2026-11.csv",
    )
    assert row.occurred_at == dash.clock.now()


def test_disabled_account_cannot_sign_in(dash):
    add_user(dash)
    with dash.db.write() as conn:
        disable_account(conn, "a.jansen@example.nl", dash.clock.now())
    client = browser(dash)
    response = sign_in(client)
    assert response.status_code == 200 and "klopt niet" in response.text
    assert not signed_in(client)
    assert audit_rows(dash)[-1].detail == "disabled"


def test_empty_fields_are_asked_for(dash):
    client = browser(dash)
    token = login_token(client)
    response = client.post("/dashboard/login", data={"csrf_token": token, "username": "x"})
    assert (
        response.status_code == 200 and "Vul uw gebruikersnaam en uw wachtwoord in" in response.text
    )
    assert audit_rows(dash) == []


def test_sign_in_is_throttled_per_username(make_central):
    central = make_central(**CHEAP, login_burst=2, login_rate_per_second=1 / 60)
    add_user(central)
    for _ in range(2):
        assert "klopt niet" in sign_in(browser(central), password="wrong password 123").text
    # The right password now waits too: the bucket is empty, whoever tries.
    response = sign_in(browser(central))
    assert response.status_code == 429
    assert int(response.headers["retry-after"]) >= 1
    assert "te vaak geprobeerd in te loggen" in response.text
    assert "__Host-ido_dashboard" not in set_cookies(response)
    rows = audit_rows(central)
    assert [r.detail for r in rows] == ["wrong_password", "wrong_password", "throttled"]
    assert rows[-1].username == "a.jansen@example.nl"
    # A flood of refusals writes one row a minute, not one per attempt.
    for _ in range(5):
        assert sign_in(browser(central)).status_code == 429
    assert len(audit_rows(central)) == 3


def test_sign_in_is_throttled_per_address(make_central):
    central = make_central(**CHEAP, login_address_burst=3, login_address_rate_per_second=0.001)
    client = browser(central)
    statuses = [
        sign_in(client, username=f"user{n}", password="whatever it is").status_code
        for n in range(4)
    ]
    assert statuses == [200, 200, 200, 429]
    assert audit_rows(central)[-1].detail == "throttled"


# -- CSRF -------------------------------------------------------------------------------------


@pytest.mark.parametrize("token", [None, "", "not-the-token"])
def test_sign_in_without_the_forms_token_is_refused(dash, token):
    add_user(dash)
    client = browser(dash)
    login_token(client)  # the cookie is set; the form's token is left out or wrong
    data = {"username": "a.jansen@example.nl", "password": PASSWORD}
    if token is not None:
        data["csrf_token"] = token
    response = client.post("/dashboard/login", data=data)
    assert response.status_code == 403
    assert "Het formulier was verlopen" in response.text
    assert "__Host-ido_dashboard" not in set_cookies(response)
    assert audit_rows(dash) == []


def test_sign_in_without_the_forms_cookie_is_refused(dash):
    add_user(dash)
    token = login_token(browser(dash))
    fresh = browser(dash)  # another browser: has no cookie for this token
    data = {"csrf_token": token, "username": "a.jansen@example.nl", "password": PASSWORD}
    assert fresh.post("/dashboard/login", data=data).status_code == 403


def test_sign_out_needs_the_sessions_csrf_token(dash):
    add_user(dash)
    add_user(dash, username="b.bakker", name="Bert Bakker")
    anna, bert = browser(dash), browser(dash)
    sign_in(anna)
    sign_in(bert, username="b.bakker")
    berts_token = CSRF.search(bert.get("/dashboard/").text).group(1)
    for data in ({}, {"csrf_token": ""}, {"csrf_token": berts_token}):
        refused = anna.post("/dashboard/logout", data=data)
        assert refused.status_code == 403, data
        assert "komt niet van deze site" in refused.text
        assert refused.headers["content-type"].startswith("text/html")
    assert signed_in(anna)
    annas_token = CSRF.search(anna.get("/dashboard/").text).group(1)
    assert annas_token != berts_token
    done = anna.post("/dashboard/logout", data={"csrf_token": annas_token})
    assert done.status_code == 303
    assert done.headers["location"] == "/dashboard/login?uitgelogd"
    assert set_cookies(done)["__Host-ido_dashboard"]["max-age"] == "0"
    assert "U bent uitgelogd" in anna.get("/dashboard/login?uitgelogd").text
    assert not signed_in(anna)
    assert signed_in(bert)
    assert audit_rows(dash)[-1].event is audit.Event.SIGN_OUT


def test_the_old_cookie_is_dead_after_sign_out(dash):
    add_user(dash)
    client = browser(dash)
    cookie = set_cookies(sign_in(client))["__Host-ido_dashboard"]["value"]
    token = CSRF.search(client.get("/dashboard/").text).group(1)
    client.post("/dashboard/logout", data={"csrf_token": token})
    replay = browser(dash)
    replay.cookies.set("__Host-ido_dashboard", cookie)
    assert not signed_in(replay)


def test_a_post_that_is_not_a_form_is_refused_in_dutch(dash):
    add_user(dash)
    client = browser(dash)
    sign_in(client)
    response = client.post("/dashboard/logout", json={"csrf_token": "x"})
    assert response.status_code == 400
    assert "Het formulier kwam niet goed aan" in response.text


def test_sign_in_replaces_the_session_the_browser_had(dash):
    add_user(dash)
    add_user(dash, username="b.bakker", name="Bert Bakker")
    first = set_cookies(sign_in(browser(dash)))["__Host-ido_dashboard"]["value"]
    # A browser that still has Anna's cookie signs in as Bert (a form opened before).
    client = browser(dash)
    token = login_token(client)
    client.cookies.set("__Host-ido_dashboard", first)
    data = {"csrf_token": token, "username": "b.bakker", "password": PASSWORD}
    response = client.post("/dashboard/login", data=data)
    assert response.status_code == 303
    berts = browser(dash)
    berts.cookies.set(
        "__Host-ido_dashboard", set_cookies(response)["__Host-ido_dashboard"]["value"]
    )
    assert "Bert Bakker" in home_text(berts)
    stale = browser(dash)
    stale.cookies.set("__Host-ido_dashboard", first)
    assert not signed_in(stale)
    assert [r.end_reason for r in dash.rows("SELECT end_reason FROM account_session")].count(
        "replaced"
    ) == 1


# -- expiry and revocation --------------------------------------------------------------------


def test_session_ends_after_idle_time(dash):
    add_user(dash)
    client = browser(dash)
    sign_in(client)
    dash.clock.advance(minutes=29)
    assert signed_in(client)  # a request: idle time counts again from here
    dash.clock.advance(minutes=29)
    assert signed_in(client)
    dash.clock.advance(minutes=30)
    assert not signed_in(client)


def test_session_ends_at_its_absolute_expiry_however_busy(dash):
    add_user(dash)
    client = browser(dash)
    sign_in(client)
    for _ in range(24):  # 11 h 36 min of requests every 29 minutes
        dash.clock.advance(minutes=29)
        assert signed_in(client)
    dash.clock.advance(minutes=29)  # 12 h 5 min after sign-in
    assert not signed_in(client)


def test_revoking_ends_every_session_of_the_account(dash, capsys):
    dash.clock.current = datetime.now(UTC)  # the command line runs on the real clock
    add_user(dash)
    add_user(dash, username="b.bakker", name="Bert Bakker")
    phone, laptop, bert = browser(dash), browser(dash), browser(dash)
    sign_in(phone)
    sign_in(laptop)
    sign_in(bert, username="b.bakker")
    url = str(dash.db.engine.url.render_as_string(hide_password=False))
    assert cli_main(["--database-url", url, "user-sessions-revoke", "A.Jansen@example.nl"]) == 0
    assert "2 sessions of a.jansen@example.nl ended" in capsys.readouterr().out
    assert not signed_in(phone) and not signed_in(laptop)
    assert signed_in(bert)
    assert sign_in(phone).status_code == 303  # the account itself still works
    assert signed_in(phone)


def test_disabling_ends_the_sessions(dash, capsys):
    dash.clock.current = datetime.now(UTC)
    add_user(dash)
    client = browser(dash)
    sign_in(client)
    url = str(dash.db.engine.url.render_as_string(hide_password=False))
    assert cli_main(["--database-url", url, "user-disable", "a.jansen@example.nl"]) == 0
    assert "1 sessions ended" in capsys.readouterr().out
    assert not signed_in(client)
    assert sign_in(client).status_code == 200  # refused, with the form again


# -- device and admin tokens never open the dashboard -----------------------------------------


def dashboard_requests(client: TestClient, headers: dict[str, str]) -> list[Any]:
    return [
        client.get("/dashboard/", headers=headers),
        client.get("/dashboard/login", headers=headers),
        client.post(
            "/dashboard/login",
            headers=headers,
            data={"csrf_token": "x", "username": "a.jansen@example.nl", "password": PASSWORD},
        ),
        client.post("/dashboard/logout", headers=headers, data={"csrf_token": "x"}),
        client.get("/dashboard/iets-anders", headers=headers),
    ]


def test_device_and_admin_tokens_are_refused(dash):
    add_user(dash)
    desk = dash.enroll()
    assert dash.client.get("/v1/config", headers=desk.headers).status_code == 200
    client = browser(dash)
    for headers in (desk.headers, dash.admin_headers(), {"Authorization": "bearer anything"}):
        for response in dashboard_requests(client, headers):
            assert response.status_code == 403, (headers, response.request.url)
            assert response.headers["content-type"].startswith("text/html")
            assert "eigen account" in response.text
            assert "Uitloggen" not in response.text
    assert audit_rows(dash) == []
    assert dash.count("account_session") == 0


def test_a_token_next_to_a_live_session_is_refused_too(dash):
    add_user(dash)
    client = browser(dash)
    sign_in(client)
    bearer = {"Authorization": f"Bearer {ADMIN_TOKEN}"}
    assert client.get("/dashboard/", headers=bearer).status_code == 403
    assert signed_in(client)  # the session itself is untouched


def test_the_api_does_not_take_the_session_cookie(dash):
    add_user(dash)
    client = browser(dash)
    sign_in(client)
    assert client.get("/admin/devices").status_code == 401
    assert client.get("/v1/config").status_code == 401


# -- cookies on http://localhost in development -----------------------------------------------


def test_insecure_localhost_cookies_only_on_plain_http_to_loopback(make_central):
    central = make_central(**CHEAP, insecure_localhost_cookies=True)
    add_user(central)
    local = browser(central, "http://localhost")
    response = sign_in(local)
    cookie = set_cookies(response)["ido_dashboard"]
    assert "secure" not in cookie and cookie["httponly"]
    assert signed_in(local)
    for base in ("http://127.0.0.1", "http://[::1]"):
        assert "ido_dashboard" in set_cookies(sign_in(browser(central, base)))
    # Anywhere else the cookies stay Secure, whatever the setting says.
    other = set_cookies(sign_in(browser(central, "https://testserver")))
    assert other["__Host-ido_dashboard"]["secure"]
    plain = browser(central, "http://dashboard.example.nl")
    assert set_cookies(plain.get("/dashboard/login"))["__Host-ido_login"]["secure"]
    # Over plain http the browser keeps the Secure form cookie to itself: no sign-in there.
    refused = sign_in(plain)
    assert refused.status_code == 403
    assert "__Host-ido_dashboard" not in set_cookies(refused)


def test_without_the_setting_localhost_gets_secure_cookies(dash):
    add_user(dash)
    response = sign_in(browser(dash, "https://localhost"))
    assert set_cookies(response)["__Host-ido_dashboard"]["secure"]
    plain = browser(dash, "http://localhost")
    page = plain.get("/dashboard/login")
    assert set_cookies(page)["__Host-ido_login"]["secure"]
