"""Where each branch is, in codes: migration 0008, the registry, the commands, scopes by code.

Every database test runs on SQLite and PostgreSQL.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.config import Config

from sync.central import admin, branches, organisations
from sync.central.accounts.roles import Role
from sync.central.accounts.scope import Visibility
from sync.central.accounts.viewer import Viewer
from sync.central.cli import main
from sync.central.db import SCRIPT_LOCATION, Database, current_revision, migrate
from sync.central.migrations import HEAD
from sync.central.tables import branch
from tests.conftest import drop_pg_database
from tests.sync.central.conftest import START, _pg_admin_engine, _require_pg

REGISTERED_2021 = datetime(2021, 6, 1, 10, 0, tzinfo=UTC)  # Weesp was a municipality then
# id, organisation, municipality, province as typed; registered on
FREE_TEXT = [
    ("b-tilburg-1", "Bibliotheek Midden-Brabant", "Tilburg", "Noord-Brabant", START),
    ("b-tilburg-2", "Bibliotheek Midden-Brabant", "tilburg ", "Noord-Brabant", START),
    ("b-tilburg-3", "BIBLIOTHEEK  MIDDEN BRABANT", "Tilburg", "Noord-Brabant", START),
    ("b-weesp-2021", "OBA", "Weesp", "Noord-Holland", REGISTERED_2021),
    ("b-weesp-2026", "OBA", "Weesp", "Noord-Holland", START),
    ("b-haag", "Bibliotheek Den Haag", "Den Haag", "Zuid-Holland", START),
    ("b-bergen", "Bibliotheek Kennemerwaard", "Bergen", "Noord-Holland", START),
    ("b-code", "Bibliotheek Utrecht", "gm0344", "Utrecht", START),
    ("b-nowhere", "Bibliotheek Proefstad", "Proefstad", "Utrecht", START),
    ("b-blank", "???", "Utrecht", "Utrecht", START),
]


@pytest.fixture(params=["sqlite", "postgresql"])
def empty_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A database with no tables at all, on each backend."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'empty.sqlite3'}"
        return
    url = _require_pg()
    name = f"ido_codes_{uuid.uuid4().hex[:12]}"
    admin_engine = _pg_admin_engine(url)
    with admin_engine.connect() as conn:
        conn.exec_driver_sql(f"CREATE DATABASE {name}")
    try:
        yield sa.make_url(url).set(database=name).render_as_string(False)
    finally:
        drop_pg_database(admin_engine, name)
        admin_engine.dispose()


@pytest.fixture
def db(database_url: str) -> Iterator[Database]:
    database = Database(database_url, pool_size=2)
    yield database
    database.close()


@pytest.fixture
def run(database_url, tmp_path, capsys):
    """Run ``ido-central`` in this process; return (exit code, out, err)."""

    def invoke(*args: str) -> tuple[int, str, str]:
        code = main(["--database-url", database_url, "--data-dir", str(tmp_path), *args])
        out, err = capsys.readouterr()
        return code, out, err

    return invoke


def _downgrade(engine: sa.Engine, target: str) -> None:
    config = Config()
    config.set_main_option("script_location", SCRIPT_LOCATION)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, target)


def _seed_free_text(db: Database) -> None:
    with db.write() as conn:
        for branch_id, organisation, municipality, province, created in FREE_TEXT:
            conn.execute(
                sa.text(
                    "INSERT INTO branch (id, name, organisation, municipality, province,"
                    " created_at) VALUES (:id, :id, :o, :m, :p, :t)"
                ),
                {
                    "id": branch_id,
                    "o": organisation,
                    "m": municipality,
                    "p": province,
                    "t": created,
                },
            )
        conn.execute(
            sa.text(
                "INSERT INTO device (id, branch_id, name, kind, token_hash, created_at)"
                " VALUES ('d1', 'b-weesp-2021', 'Balie', 'counter', 't', :t)"
            ),
            {"t": START},
        )
        for n, (role, scope) in enumerate(
            [("organisation", "Bibliotheek Midden-Brabant"), ("organisation", "OBA")]
        ):
            conn.execute(
                sa.text(
                    "INSERT INTO account (id, username, display_name, role, scope,"
                    " password_hash, created_at) VALUES (:id, :id, :id, :r, :s, 'h', :t)"
                ),
                {"id": f"a{n}", "r": role, "s": scope, "t": START},
            )


def _codes(db: Database) -> dict[str, tuple[str | None, str | None]]:
    with db.read() as conn:
        rows = conn.execute(
            sa.select(branch.c.id, branch.c.organisation_code, branch.c.municipality_code)
        )
        return {r.id: (r.organisation_code, r.municipality_code) for r in rows}


def test_migration_maps_free_text_and_lists_what_it_cannot(empty_url, tmp_path, capsys):
    db = Database(empty_url, migrate_on_open=False)
    try:
        migrate(db.engine, "0007")
        _seed_free_text(db)
        migrate(db.engine)
        assert current_revision(db.engine) == HEAD
        assert _codes(db) == {
            "b-tilburg-1": ("bibliotheek-midden-brabant", "GM0855"),
            "b-tilburg-2": ("bibliotheek-midden-brabant", "GM0855"),
            "b-tilburg-3": ("bibliotheek-midden-brabant", "GM0855"),
            # As registered: Weesp while it existed, Amsterdam for a branch added after.
            "b-weesp-2021": ("oba", "GM0457"),
            "b-weesp-2026": ("oba", "GM0363"),
            "b-haag": ("bibliotheek-den-haag", "GM0518"),
            "b-bergen": ("bibliotheek-kennemerwaard", "GM0373"),  # Bergen (NH.), by province
            "b-code": ("bibliotheek-utrecht", "GM0344"),
            "b-nowhere": ("bibliotheek-proefstad", None),
            "b-blank": (None, "GM0344"),
        }
        with db.read() as conn:
            registry = {
                o["code"]: (o["name"], o["branches"])
                for o in organisations.list_organisations(conn)
            }
            scopes = conn.execute(sa.text("SELECT id, scope FROM account ORDER BY id")).all()
            texts = conn.execute(
                sa.select(branch.c.organisation, branch.c.municipality).where(
                    branch.c.id == "b-tilburg-2"
                )
            ).one()
            unmapped = branches.list_branches(conn, START, unmapped=True)
        # Spellings that fold alike are one organisation, named as most of its branches have it.
        assert registry["bibliotheek-midden-brabant"] == ("Bibliotheek Midden-Brabant", 3)
        assert registry["oba"] == ("OBA", 2)
        assert len(registry) == 6
        assert [tuple(s) for s in scopes] == [("a0", "bibliotheek-midden-brabant"), ("a1", "oba")]
        assert tuple(texts) == ("Bibliotheek Midden-Brabant", "tilburg ")  # the text stays
        assert [(b["id"], b["unmapped"]) for b in unmapped] == [
            ("b-blank", ["organisation"]),
            ("b-nowhere", ["municipality"]),
        ]
        assert unmapped[1]["registered"]["municipality"] == "Proefstad"

        # The command IT runs lists them with the text, and migrate says how many there are.
        url = ["--database-url", empty_url, "--data-dir", str(tmp_path)]
        assert main([*url, "migrate"]) == 0
        assert "without a municipality or organisation code: 2" in capsys.readouterr().out
        assert main([*url, "branch-list", "--unmapped"]) == 0
        out = capsys.readouterr().out
        assert "b-nowhere" in out and "Proefstad" in out and "???" in out
        assert "b-tilburg-1" not in out

        # Down again: the registry goes, the scopes are names again, every row and key stays.
        _downgrade(db.engine, "0007")
        with db.read() as conn:
            tables = set(sa.inspect(conn).get_table_names())
            columns = {c["name"] for c in sa.inspect(conn).get_columns("branch")}
            scopes = conn.execute(sa.text("SELECT scope FROM account ORDER BY id")).scalars().all()
            count = conn.execute(sa.text("SELECT count(*) FROM branch")).scalar_one()
            device = conn.execute(sa.text("SELECT branch_id FROM device")).scalar_one()
        assert "library_organisation" not in tables
        assert not {"municipality_code", "organisation_code"} & columns
        assert scopes == ["Bibliotheek Midden-Brabant", "OBA"]
        assert (count, device) == (len(FREE_TEXT), "b-weesp-2021")
        migrate(db.engine)
        assert _codes(db)["b-weesp-2021"] == ("oba", "GM0457")
    finally:
        db.close()


def test_downgrade_still_checks_the_keys_that_refer_to_branches(empty_url):
    """The SQLite rebuild defers the foreign keys to the commit; it does not switch them off."""
    db = Database(empty_url)
    try:
        with db.write() as conn:
            organisations.add_organisation(conn, "oba", "OBA", START)
            branches.add_branch(
                conn,
                {"id": "b1", "name": "B", "organisation": "oba", "municipality": "GM0363"},
                START,
            )
            conn.execute(
                sa.text(
                    "INSERT INTO device (id, branch_id, name, kind, token_hash, created_at)"
                    " VALUES ('d1', 'b1', 'Balie', 'counter', 't', :t)"
                ),
                {"t": START},
            )
        _downgrade(db.engine, "0007")
        with db.read() as conn:
            assert conn.execute(sa.text("SELECT branch_id FROM device")).scalar_one() == "b1"
            if db.engine.dialect.name == "sqlite":
                assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
        with pytest.raises(sa.exc.IntegrityError), db.write() as conn:
            conn.execute(sa.text("DELETE FROM branch"))
    finally:
        db.close()


# -- the commands ------------------------------------------------------------------------------


def test_org_add_and_org_list(run):
    assert (
        run("org-add", "--code", "Bibliotheek-Utrecht", "--name", " Bibliotheek  Utrecht ")[0] == 0
    )
    code, out, err = run("org-add", "--code", "bibliotheek-utrecht", "--name", "Iets anders")
    assert code == 1 and "exists already" in err and out == ""
    code, _, err = run("org-add", "--code", "bieb-utrecht", "--name", "bibliotheek utrecht")
    assert code == 1 and "registered already, as 'bibliotheek-utrecht'" in err
    code, _, err = run("org-add", "--code", "Bibliotheek Utrecht", "--name", "X")
    assert code == 1 and "not an organisation code" in err
    assert run("org-add", "--code", "oba", "--name", "OBA")[0] == 0
    code, out, _ = run("org-list", "--json")
    listed = json.loads(out)
    assert [(o["code"], o["name"], o["branches"]) for o in listed] == [
        ("bibliotheek-utrecht", "Bibliotheek Utrecht", 0),
        ("oba", "OBA", 0),
    ]
    code, out, _ = run("org-list")
    header = ["CODE", "NAME", "BRANCHES", "INHABITANTS", "SIZE", "CREATED"]
    assert code == 0 and out.splitlines()[0].split() == header


def test_branch_add_takes_codes_and_refuses_unknown_ones(run, db):
    assert run("org-add", "--code", "oba", "--name", "Openbare Bibliotheek Amsterdam")[0] == 0
    base = ("branch-add", "--id", "b1", "--name", "Centrale")
    for organisation, municipality, says in [
        ("nergens", "GM0363", "no library organisation 'nergens'"),
        ("Openbare Bibliotheek Amsterdam", "GM0363", "not an organisation code"),
        ("oba", "GM9999", "not a CBS municipality code"),
        ("oba", "Amsterdam", "not a CBS municipality code"),
        ("oba", "GM0457", "GM0457 (Weesp) is not a municipality on"),
    ]:
        code, out, err = run(*base, "--organisation", organisation, "--municipality", municipality)
        assert (code, out) == (2, ""), err
        assert says in err
    assert "part of GM0363 (Amsterdam)" in err
    with pytest.raises(SystemExit) as exit_info:  # the province follows from the municipality
        run(*base, "--organisation", "oba", "--municipality", "GM0363", "--province", "X")
    assert exit_info.value.code == 2

    code, out, _ = run(*base, "--organisation", "OBA", "--municipality", "gm0363")
    assert code == 0 and "organisation oba, municipality GM0363 Amsterdam, Noord-Holland" in out
    code, _, err = run(*base, "--organisation", "oba", "--municipality", "GM0363")
    assert code == 1 and "exists already" in err
    with db.read() as conn:
        row = conn.execute(sa.select(branch)).one()
    assert (row.organisation_code, row.municipality_code) == ("oba", "GM0363")
    assert (row.organisation, row.municipality, row.province) == (
        "Openbare Bibliotheek Amsterdam",
        "Amsterdam",
        "Noord-Holland",
    )
    code, out, _ = run("branch-list", "--json")
    (listed,) = json.loads(out)
    assert listed["province_code"] == "PV27" and listed["unmapped"] == []
    code, out, _ = run("branch-list", "--unmapped")
    assert out.strip() == "Every branch has its codes."


def test_branch_set_fixes_an_unmapped_branch(run, db):
    with db.write() as conn:
        conn.execute(
            sa.text(
                "INSERT INTO branch (id, name, organisation, municipality, province, created_at)"
                " VALUES ('b1', 'Centrum', 'Bibliotheek Proefstad', 'Proefstad', 'Utrecht', :t)"
            ),
            {"t": START},
        )
    code, out, _ = run("branch-list", "--unmapped", "--json")
    (listed,) = json.loads(out)
    assert listed["unmapped"] == ["municipality", "organisation"]
    assert listed["municipality"] == "Proefstad"  # what its desks are told meanwhile
    assert run("branch-set", "--id", "b1")[0] == 1
    assert run("branch-set", "--id", "nope", "--municipality", "GM0344")[0] == 1
    code, _, err = run("branch-set", "--id", "b1", "--municipality", "GM0000")
    assert code == 2 and "not a CBS municipality code" in err
    assert (
        run("org-add", "--code", "bibliotheek-proefstad", "--name", "Bibliotheek Proefstad")[0] == 0
    )
    code, out, _ = run(
        "branch-set",
        "--id",
        "b1",
        "--organisation",
        "bibliotheek-proefstad",
        "--municipality",
        "GM0344",
    )
    assert code == 0 and "municipality GM0344 Utrecht, Utrecht" in out
    assert run("branch-list", "--unmapped")[1].strip() == "Every branch has its codes."
    code, out, _ = run("branch-list")
    lines = out.splitlines()
    assert lines[0].split()[:4] == ["ID", "NAME", "ORGANISATION", "MUNICIPALITY"]
    assert lines[1].split()[:4] == ["b1", "Centrum", "bibliotheek-proefstad", "GM0344"]
    with db.read() as conn:
        row = conn.execute(sa.select(branch)).one()
    assert row.municipality == "Proefstad"  # the registered text stays


# -- what desks and IT are told --------------------------------------------------------------


def _weesp_branch(conn: sa.Connection, branch_id: str = "ws1", code: str = "GM0457") -> None:
    """A branch registered in Weesp (by migration 0008) before it went into Amsterdam."""
    if organisations.find(conn, "oba") is None:
        organisations.add_organisation(conn, "oba", "OBA", START)
    values = {"id": branch_id, "name": branch_id, "organisation": "oba", "municipality": "GM0363"}
    branches.add_branch(conn, values, START)
    conn.execute(sa.update(branch).where(branch.c.id == branch_id).values(municipality_code=code))


def test_desks_are_told_names_and_the_statistics_give_codes(db):
    with db.write() as conn:
        _weesp_branch(conn)
        conn.execute(
            sa.text(
                "INSERT INTO branch (id, name, organisation, municipality, province, created_at)"
                " VALUES ('x1', 'X', 'Bibliotheek Proefstad', 'Proefstad', 'Utrecht', :t)"
            ),
            {"t": START},
        )
        weesp = branches.branch_info(conn, "ws1", START)
        unmapped = branches.branch_info(conn, "x1", START)
        report = admin.stats(conn, START)
    assert weesp == {
        "id": "ws1",
        "name": "ws1",
        "organisation": "OBA",
        "municipality": "Weesp",  # the code as registered; figures roll it up to GM0363
        "province": "Noord-Holland",
    }
    assert unmapped["municipality"] == "Proefstad" and unmapped["province"] == "Utrecht"
    rows = {b["branch_id"]: b for b in report["branches"]}
    assert (rows["ws1"]["municipality_code"], rows["ws1"]["province_code"]) == ("GM0457", "PV27")
    assert rows["x1"]["municipality_code"] is None and rows["x1"]["municipality"] == "Proefstad"


# -- scopes by code --------------------------------------------------------------------------


def _viewer(role: Role, scope: str | None = None) -> Viewer:
    return Viewer(role=role, scope=scope, account_id="a")


def _seen(db: Database, visibility: Visibility) -> set[str]:
    with db.read() as conn:
        found = set(
            conn.execute(sa.select(branch.c.id).where(visibility.branch_clause())).scalars()
        )
        rows = conn.execute(sa.select(branch)).all()
    checked = {
        r.id
        for r in rows
        if visibility.may_see_branch(
            organisation_code=r.organisation_code, municipality_code=r.municipality_code
        )
    }
    assert checked == found
    return found


def test_scopes_match_branches_by_code_rolled_up(db):
    with db.write() as conn:
        _weesp_branch(conn, "ws1", "GM0457")  # Weesp, merged into Amsterdam on 2022-03-24
        _weesp_branch(conn, "am1", "GM0363")  # Amsterdam
        _weesp_branch(conn, "ha1", "GM0788")  # Haaren, split in 2021; main part: Oisterwijk
        _weesp_branch(conn, "ti1", "GM0855")  # Tilburg, which took a part of Haaren
        conn.execute(
            sa.text(
                "INSERT INTO branch (id, name, organisation, municipality, province, created_at)"
                " VALUES ('x1', 'X', 'OBA', 'Proefstad', 'Utrecht', :t)"
            ),
            {"t": START},
        )
    today = date(2026, 11, 28)
    seen = {
        scope: _seen(db, Visibility.of(_viewer(role, scope), 5, today))
        for role, scope in [
            (Role.MUNICIPALITY, "GM0363"),
            (Role.MUNICIPALITY, "GM0824"),
            (Role.MUNICIPALITY, "GM0855"),
            (Role.ORGANISATION, "oba"),
            (Role.NATIONAL, None),
        ]
    }
    assert seen == {
        "GM0363": {"am1", "ws1"},
        "GM0824": {"ha1"},  # a split rolls up wholly into its main successor
        "GM0855": {"ti1"},
        "oba": {"am1", "ws1", "ha1", "ti1"},  # x1 has no organisation code yet
        None: {"am1", "ws1", "ha1", "ti1", "x1"},
    }
    # Before the merger Amsterdam's account does not see Weesp's branch.
    before = Visibility.of(_viewer(Role.MUNICIPALITY, "GM0363"), 5, date(2022, 1, 1))
    assert _seen(db, before) == {"am1"}
    amsterdam = Visibility.of(_viewer(Role.MUNICIPALITY, "GM0363"), 5, today)
    assert amsterdam.may_see_municipality("gm0457") and amsterdam.may_see_municipality("GM0363")
    assert not amsterdam.may_see_municipality("GM0344")
    assert not Visibility.of(_viewer(Role.EXECUTIVE, "uwv"), 5, today).may_see_branch(
        organisation_code="oba", municipality_code="GM0363"
    )


def test_codes_rolling_into():
    assert branches.codes_rolling_into("GM0363", date(2026, 1, 1)) == {"GM0363", "GM0457"}
    assert branches.codes_rolling_into("GM0363", date(2022, 3, 23)) == {"GM0363"}
    assert "GM0788" in branches.codes_rolling_into("GM0824", date(2021, 1, 1))
    assert "GM0788" not in branches.codes_rolling_into("GM0855", date(2021, 1, 1))
