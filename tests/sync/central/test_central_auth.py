"""Enrollment codes, device tokens (401/403, rotation) and the admin token."""

from __future__ import annotations

import re

from sync.central import auth


def enroll(central, code, name="Balie 1", kind="counter"):
    return central.client.post(
        "/v1/enroll", json={"code": code, "device_name": name, "device_kind": kind}
    )


def config(central, token):
    return central.client.get("/v1/config", headers={"Authorization": f"Bearer {token}"})


def assert_problem(response, status, code):
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["code"] == code


def test_enrollment_code_shape_and_storage(central):
    response = central.client.post(
        "/admin/enrollments", json={"branch": "b1"}, headers=central.admin_headers()
    )
    assert response.status_code == 201
    data = response.json()
    assert re.fullmatch(r"[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}", data["code"])
    assert data["expires_at"] == "2026-11-28T16:15:00.000Z"  # 15 minutes
    stored = central.rows("SELECT code_hash FROM enrollment_code")
    assert [r.code_hash for r in stored] == [auth.secret_hash(data["code"].replace("-", ""))]
    assert data["code"] not in str(central.rows("SELECT * FROM enrollment_code"))


def test_enroll_with_a_good_code(central):
    code = central.code()
    response = enroll(central, code.lower().replace("-", " "), name="Laptop", kind="walking")
    assert response.status_code == 201
    data = response.json()
    assert data["branch"] == {
        "id": "b1",
        "name": "Vestiging b1",
        "organisation": "Bibliotheek Midden-Brabant",
        "municipality": "Tilburg",
        "province": "Noord-Brabant",
    }
    assert data["server_time"] == "2026-11-28T16:00:00.000Z"
    assert len(data["token"]) >= 43
    row = central.rows("SELECT * FROM device")[0]
    assert (row.id, row.name, row.kind) == (data["device_id"], "Laptop", "walking")
    assert row.token_hash == auth.secret_hash(data["token"])  # only the hash is stored
    assert config(central, data["token"]).status_code == 200


def test_used_expired_and_wrong_codes_are_refused(central, server_clock):
    code = central.code()
    assert enroll(central, code).status_code == 201
    assert_problem(enroll(central, code), 400, "enrollment_code_invalid")

    late = central.code()
    server_clock.advance(minutes=15, seconds=1)
    assert_problem(enroll(central, late), 400, "enrollment_code_invalid")
    assert_problem(enroll(central, "ABCD-EFGH"), 400, "enrollment_code_invalid")
    assert_problem(enroll(central, "0O1I"), 400, "enrollment_code_invalid")
    assert central.count("device") == 1


def test_enroll_body_errors_are_400_problems(central):
    response = central.client.post("/v1/enroll", json={"code": "X", "device_kind": "tablet"})
    assert_problem(response, 400, "bad_request")
    paths = {e["path"] for e in response.json()["errors"]}
    assert paths == {"device_name", "device_kind"}


def test_missing_and_unknown_tokens_are_401(central, desk):
    for headers in ({}, {"Authorization": "Bearer nope"}, {"Authorization": "Basic eDp5"}):
        response = central.client.get("/v1/config", headers=headers)
        assert_problem(response, 401, "unauthorized")
        assert response.headers["www-authenticate"] == "Bearer"
    response = central.client.post("/v1/batches", json=desk.batch([desk.visit()]))
    assert_problem(response, 401, "unauthorized")
    assert central.count("visit") == 0


def test_revoked_device_gets_403_and_keeps_its_data(central, desk):
    desk.send([desk.visit()])
    response = central.client.post(
        f"/admin/devices/{desk.device_id}/revoke", headers=central.admin_headers()
    )
    assert response.status_code == 200
    assert response.json()["revoked_at"] == "2026-11-28T16:00:00.000Z"
    assert_problem(config(central, desk.token), 403, "device_revoked")
    assert_problem(desk.post(desk.batch([desk.visit()])), 403, "device_revoked")
    assert central.count("visit") == 1
    missing = central.client.post("/admin/devices/nobody/revoke", headers=central.admin_headers())
    assert_problem(missing, 404, "not_found")


def test_rotation_keeps_the_old_token_until_the_new_one_is_used(central, desk):
    old = desk.token
    response = central.client.post("/v1/token/rotate", headers=desk.headers)
    assert response.status_code == 200
    new = response.json()["token"]
    assert new != old
    assert config(central, old).status_code == 200  # the answer may have been lost
    assert config(central, new).status_code == 200  # the desk has it: the old one goes
    assert_problem(config(central, old), 401, "unauthorized")
    assert config(central, new).status_code == 200


def test_rotation_grace_ends_after_seven_days(central, desk, server_clock):
    old = desk.token
    central.client.post("/v1/token/rotate", headers=desk.headers)
    server_clock.advance(days=6, hours=23)
    assert config(central, old).status_code == 200
    server_clock.advance(hours=2)
    assert_problem(config(central, old), 401, "unauthorized")


def test_a_lost_rotation_answer_does_not_lock_the_desk_out(central, desk):
    old = desk.token
    central.client.post("/v1/token/rotate", headers=desk.headers)  # answer lost
    retry = central.client.post("/v1/token/rotate", headers={"Authorization": f"Bearer {old}"})
    assert retry.status_code == 200
    newest = retry.json()["token"]
    assert config(central, old).status_code == 200
    assert config(central, newest).status_code == 200
    assert_problem(config(central, old), 401, "unauthorized")


def test_admin_endpoints_need_the_admin_token(central, desk, make_central):
    for method, path in (
        ("GET", "/admin/devices"),
        ("GET", "/admin/stats"),
        ("POST", "/admin/enrollments"),
        ("POST", f"/admin/devices/{desk.device_id}/revoke"),
    ):
        for headers in ({}, {"Authorization": "Bearer wrong"}, desk.headers):
            response = central.client.request(method, path, headers=headers, json={"branch": "b1"})
            assert_problem(response, 401, "unauthorized")
    listing = central.client.get("/admin/devices", headers=central.admin_headers())
    assert [d["id"] for d in listing.json()["devices"]] == [desk.device_id]
    unknown = central.client.post(
        "/admin/enrollments", json={"branch": "zz"}, headers=central.admin_headers()
    )
    assert_problem(unknown, 404, "unknown_branch")

    without = make_central(admin_token=None)  # no admin token configured: admin is closed
    response = without.client.get("/admin/stats", headers=central.admin_headers())
    assert_problem(response, 401, "unauthorized")


def test_a_device_name_is_stored_cleaned_and_one_with_nothing_visible_is_refused(central):
    code = central.code()
    for name in ("   ", "\u200b \ufeff", "\u00a0"):
        response = enroll(central, code, name=name)
        assert_problem(response, 400, "bad_request")
        assert [e["path"] for e in response.json()["errors"]] == ["device_name"]
    assert central.count("device") == 0  # and the code is still good
    assert enroll(central, code, name="  Balie\u200b  2 ").status_code == 201
    assert [r.name for r in central.rows("SELECT name FROM device")] == ["Balie 2"]
