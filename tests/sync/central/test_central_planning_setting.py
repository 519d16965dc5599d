"""The planning retention as one branch setting (docs/belastinghulp.md §3, §5, §6) on SQLite
and PostgreSQL: a desk's ``plan.upsert`` of record ``setting`` sets ``plan_setting`` of its
branch (the last one received wins) and is published as a ``setting`` change; so is an
admin's ``ido-central plan-retention``; values outside 1..365 are rejected with a path.
"""

from __future__ import annotations

from typing import Any

import pytest

from sync.central.cli import main
from sync.central.planning.purge import retention_days
from tests.sync.central.test_central_planning import Planner, feed, statuses


def retention(desk: Any, days: Any, **more: Any) -> dict[str, Any]:
    data = more.pop("data", {"retention_days": days})
    _id, op = Planner(desk).upsert("setting", data, record_id=more.pop("id", "retention_days"))
    op["payload"].update(more)
    return desk.rehash(op)


def stored(central: Any, branch_id: str = "b1") -> int:
    with central.db.read() as conn:
        return retention_days(conn, branch_id)


def settings_fed(desk: Any) -> list[dict[str, Any]]:
    return feed(desk, ("setting",))


def test_a_desk_sets_the_branch_retention_and_it_is_fed(central, desk):
    other = central.enroll(name="Balie 2")
    central.add_branch("b2")
    elsewhere = central.enroll("b2", name="Balie B2")
    assert stored(central) == 28

    body = desk.send([retention(desk, 14), retention(desk, 21)])  # last one received wins
    assert statuses(body) == [("accepted", None), ("accepted", None)]
    assert stored(central) == 21 and stored(central, "b2") == 28
    changes = settings_fed(other)
    assert [(c["id"], c["data"]) for c in changes] == [
        ("retention_days", {"retention_days": 14}),
        ("retention_days", {"retention_days": 21}),
    ]
    assert changes[0]["version"] < changes[1]["version"]
    assert [c["version"] for c in changes] == [c["change_seq"] for c in changes]
    assert settings_fed(elsewhere) == []

    # Another branch sets its own: same name on the feed, its own versions, no clash.
    assert statuses(elsewhere.send([retention(elsewhere, 7)])) == [("accepted", None)]
    assert stored(central, "b2") == 7 and stored(central) == 21
    assert [c["data"] for c in settings_fed(elsewhere)] == [{"retention_days": 7}]
    assert len(settings_fed(desk)) == 2
    # The same op again is a duplicate and changes nothing.
    op = retention(desk, 10)
    desk.send([op])
    assert statuses(desk.send([op])) == [("duplicate", None)]
    assert stored(central) == 10 and len(settings_fed(desk)) == 3


@pytest.mark.parametrize(
    ("change", "path"),
    [
        ({"days": 0}, "payload.data.retention_days"),
        ({"days": 366}, "payload.data.retention_days"),
        ({"days": "14"}, "payload.data.retention_days"),
        ({"days": True}, "payload.data.retention_days"),
        ({"days": 14, "data": {"retention_days": 14, "x": 1}}, "payload.data"),
        ({"days": 14, "id": "colour", "data": {"colour": 14}}, "payload.id"),
        ({"days": 14, "deleted": True}, "payload.deleted"),
    ],
)
def test_a_bad_setting_is_rejected_with_a_path(central, desk, change, path):
    change = dict(change)  # the parameters are shared by both backends
    op = retention(desk, change.pop("days"), **change)
    [result] = desk.send([op])["results"]
    assert (result["status"], result["code"]) == ("rejected", "validation_failed")
    assert path in [e["path"] for e in result["errors"]]
    assert stored(central) == 28 and settings_fed(desk) == []
    assert central.count("plan_setting") == 0


def test_the_cli_publishes_the_branch_retention(central, desk, database_url, capsys):
    args = ["--database-url", database_url, "plan-retention", "--branch", "b1"]
    assert main([*args, "--days", "14"]) == 0
    assert "sent to its desks" in capsys.readouterr().out
    assert stored(central) == 14
    [change] = settings_fed(desk)
    assert (change["type"], change["id"], change["data"]) == (
        "setting",
        "retention_days",
        {"retention_days": 14},
    )
    for bad in ("0", "366"):
        assert main([*args, "--days", bad]) == 1
        assert "1 to 365 days" in capsys.readouterr().err
    assert stored(central) == 14 and len(settings_fed(desk)) == 1
    # A desk's change received later wins, and is fed after the admin's.
    desk.send([retention(desk, 30)])
    assert stored(central) == 30
    assert [c["data"]["retention_days"] for c in settings_fed(desk)] == [14, 30]
    assert main([*args, "--days", "5"]) == 0
    assert stored(central) == 5
    assert [c["data"]["retention_days"] for c in settings_fed(desk)] == [14, 30, 5]
