"""GET /v1/config, the pull feed (catalogues, paging, cursor epochs) and /openapi.json."""

from __future__ import annotations

import json

from kiosk.catalogue import parse_catalogue
from sync.central import cli
from sync.central.changes import decode_cursor, encode_cursor


def test_config_advertises_protocol_and_limits(central, desk):
    response = desk.client.get("/v1/config", headers=desk.headers)
    assert response.status_code == 200
    assert response.json() == {
        "protocol": {"min": 1, "max": 1},
        "limits": {
            "max_ops": 2000,
            "max_body_bytes": 4194304,
            "max_op_bytes": 16384,
            "max_inflight": 2,
        },
        "server_time": "2026-11-28T16:00:00.000Z",
        "poll_seconds": 60,
        "recommended_version": None,
        "minimum_version": None,
        "download_url": None,
    }


def test_changes_serve_the_catalogues_page_by_page(make_central, settings):
    extra = json.loads(
        (
            __import__("importlib.resources").resources.files("resources")
            / "catalogue"
            / "catalogue-1.json"
        ).read_text("utf-8")
    )
    extra["version"] = 2
    settings.catalogue_dir.mkdir(parents=True)
    (settings.catalogue_dir / "catalogue-2.json").write_text(json.dumps(extra), encoding="utf-8")
    central = make_central()
    desk = central.enroll()

    first = desk.client.get("/v1/changes", params={"limit": 1}, headers=desk.headers).json()
    assert first["has_more"] is True
    [change] = first["changes"]
    assert (change["type"], change["id"], change["version"], change["deleted"]) == (
        "catalogue",
        "1",
        1,
        False,
    )
    assert parse_catalogue(change["data"]).version == 1  # a whole catalogue file, usable as is
    second = desk.client.get(
        "/v1/changes", params={"cursor": first["next_cursor"], "limit": 10}, headers=desk.headers
    ).json()
    # Then the other catalogue, then the visitor survey (published after the catalogues).
    assert [(c["type"], c["id"]) for c in second["changes"]] == [
        ("catalogue", "2"),
        ("survey", "1"),
    ]
    assert second["has_more"] is False
    assert second["changes"][0]["change_seq"] > change["change_seq"]
    empty = desk.client.get(
        "/v1/changes", params={"cursor": second["next_cursor"]}, headers=desk.headers
    ).json()
    assert empty["changes"] == [] and empty["next_cursor"] == second["next_cursor"]

    # The batch answer's write checkpoint is the feed's high-water mark.
    batch = desk.send([desk.visit()])
    assert batch["branch_change_seq"] == second["changes"][-1]["change_seq"]
    # Restarting publishes nothing twice.
    make_central()
    assert central.count("change") == 3


def test_cursor_from_another_epoch_is_410_and_garbage_is_400(central, desk):
    page = desk.client.get("/v1/changes", headers=desk.headers).json()
    epoch, seq = decode_cursor(page["next_cursor"])
    stale = encode_cursor(epoch + 1, seq)
    response = desk.client.get("/v1/changes", params={"cursor": stale}, headers=desk.headers)
    assert response.status_code == 410
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["code"] == "cursor_expired"
    for bad in ("!!!", "e30", encode_cursor(epoch, -1)):
        response = desk.client.get("/v1/changes", params={"cursor": bad}, headers=desk.headers)
        assert response.status_code == 400, bad
    assert (
        desk.client.get("/v1/changes", params={"limit": 0}, headers=desk.headers).status_code == 400
    )


def test_a_restored_database_gets_a_new_epoch(central, desk, settings, capsys):
    page = desk.client.get("/v1/changes", headers=desk.headers).json()
    # What packaging/central/restore.sh runs after pg_restore.
    assert cli.main(["--database-url", settings.database_url, "mark-restored"]) == 0
    assert "New feed epoch" in capsys.readouterr().out
    response = desk.client.get(
        "/v1/changes", params={"cursor": page["next_cursor"]}, headers=desk.headers
    )
    assert response.status_code == 410
    again = desk.client.get("/v1/changes", headers=desk.headers).json()  # from the start
    assert decode_cursor(again["next_cursor"])[0] != decode_cursor(page["next_cursor"])[0]
    assert [c["id"] for c in again["changes"]] == [c["id"] for c in page["changes"]]


def test_openapi_documents_every_endpoint(central):
    response = central.client.get("/openapi.json")
    assert response.status_code == 200
    document = response.json()
    paths = document["paths"]
    expected = {
        ("post", "/v1/enroll"),
        ("post", "/v1/token/rotate"),
        ("get", "/v1/config"),
        ("post", "/v1/batches"),
        ("get", "/v1/changes"),
        ("get", "/v1/devices/me/ack-state"),
        ("get", "/v1/figures/{slug}"),
        ("get", "/v1/branch-figures"),
        ("get", "/healthz"),
        ("get", "/readyz"),
        ("post", "/admin/enrollments"),
        ("get", "/admin/devices"),
        ("post", "/admin/devices/{device_id}/revoke"),
        ("get", "/admin/stats"),
    }
    assert {(m, p) for p, ops in paths.items() for m in ops} == expected
    batch = paths["/v1/batches"]["post"]
    assert batch["requestBody"]["content"]["application/json"]["schema"]["$ref"].endswith(
        "BatchRequest"
    )
    assert "BatchRequest" in document["components"]["schemas"]
    assert "application/problem+json" in batch["responses"]["413"]["content"]
    assert "HTTPValidationError" not in document["components"]["schemas"]
    assert "DeviceToken" in document["components"]["securitySchemes"]
