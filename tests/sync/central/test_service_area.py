"""The size of a library organisation's service area: migration 0012, the commands, the filter.

An organisation states the inhabitants of its service area (werkgebied) in the registry
(``org-add --inhabitants``, ``org-set``); the dashboard's ``grootte`` filter counts the
branches of the organisations whose number lies in the chosen size classes. The numbers here
are made up for the tests. The filter's figures are held to counts made in Python from the
generated rows, on SQLite and PostgreSQL.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.config import Config

from sync.central import branches, organisations
from sync.central.accounts.roles import Role
from sync.central.accounts.scope import Visibility
from sync.central.accounts.viewer import PUBLIC, Viewer
from sync.central.catalogues import load_server_catalogues
from sync.central.cli import main
from sync.central.db import SCRIPT_LOCATION, Database, current_revision, migrate
from sync.central.figures import params, queries, refresh
from sync.central.migrations import HEAD
from sync.central.tables import branch, library_organisation
from sync.central.web.filters import build_form
from tests.sync.central.conftest import START
from tests.sync.central.test_figures import NOW, Row
from tests.sync.central.test_figures_codes import BRANCHES, check, coded, of

__all__ = ["coded"]  # the figures fixture, shared with test_figures_codes

NATIONAL = Viewer(role=Role.NATIONAL)
CATALOGUES = load_server_catalogues(None).catalogues
#: Made-up inhabitants per organisation of BRANCHES; Rotterdam's library stated none.
STATED: dict[str, int | None] = {
    "oba": 120_000,  # vanaf-100000
    "bibliotheek-haaren": 29_999,  # tot-30000, one below the boundary
    "bibliotheek-utrecht": 30_000,  # 30000-60000, on the boundary
    "bibliotheek-rotterdam": None,
}
#: The class of each organisation above, written out by hand (not computed by the code).
CLASS_OF = {
    "oba": "vanaf-100000",
    "bibliotheek-haaren": "tot-30000",
    "bibliotheek-utrecht": "30000-60000",
}


# -- migration 0012 ----------------------------------------------------------------------------


def _downgrade(engine: sa.Engine, target: str) -> None:
    config = Config()
    config.set_main_option("script_location", SCRIPT_LOCATION)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, target)


def _columns(engine: sa.Engine) -> set[str]:
    return {c["name"] for c in sa.inspect(engine).get_columns("library_organisation")}


def test_migration_up_and_down_on_sqlite(tmp_path: Path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'central.sqlite3'}")
    try:
        assert current_revision(db.engine) == HEAD  # 0012 and every later one
        assert "inhabitants" in _columns(db.engine)
        with db.write() as conn:
            organisations.add_organisation(conn, "oba", "OBA", START, inhabitants=120_000)
            branches.add_branch(
                conn,
                {"id": "b1", "name": "Centrale", "organisation": "oba", "municipality": "GM0363"},
                START,
            )
        _downgrade(db.engine, "0011")
        assert current_revision(db.engine) == "0011"
        assert "inhabitants" not in _columns(db.engine)
        with db.engine.connect() as conn:
            # The organisation and the branch that refers to it are still there, keys intact.
            assert conn.execute(sa.text("SELECT code FROM library_organisation")).all() == [
                ("oba",)
            ]
            assert conn.execute(sa.text("SELECT organisation_code FROM branch")).scalar() == "oba"
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
        migrate(db.engine)
        assert current_revision(db.engine) == HEAD
        with db.read() as conn:
            found = organisations.find(conn, "oba")
        assert found is not None and found.inhabitants is None  # not stated again yet
    finally:
        db.close()


# -- the commands ------------------------------------------------------------------------------


@pytest.fixture
def run(database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Any:
    """Run ``ido-central`` in this process; return (exit code, out, err).

    A value argparse refuses ends in ``SystemExit``; its status is returned the same way.
    """

    def invoke(*args: str) -> tuple[int, str, str]:
        try:
            code = main(["--database-url", database_url, "--data-dir", str(tmp_path), *args])
        except SystemExit as exc:
            code = int(exc.code or 0)
        out, err = capsys.readouterr()
        return code, out, err

    return invoke


def listed(run: Any) -> dict[str, tuple[int | None, str | None]]:
    code, out, _ = run("org-list", "--json")
    assert code == 0
    return {o["code"]: (o["inhabitants"], o["size"]) for o in json.loads(out)}


def test_org_add_org_set_and_org_list_show_the_size(run: Any) -> None:
    code, out, _ = run("org-add", "--code", "oba", "--name", "OBA", "--inhabitants", "120000")
    assert code == 0 and "120000 inhabitants (100.000 inwoners of meer)" in out
    assert run("org-add", "--code", "bieb-klein", "--name", "Bieb Klein")[0] == 0
    assert listed(run) == {"bieb-klein": (None, None), "oba": (120_000, "vanaf-100000")}

    code, out, _ = run("org-set", "--code", "bieb-klein", "--inhabitants", " 29999 ")
    assert code == 0 and "29999 inhabitants (tot 30.000 inwoners)" in out
    assert listed(run)["bieb-klein"] == (29_999, "tot-30000")
    code, out, _ = run("org-list")
    header, *rows = out.splitlines()
    assert header.split() == ["CODE", "NAME", "BRANCHES", "INHABITANTS", "SIZE", "CREATED"]
    assert rows[0].split()[:5] == ["bieb-klein", "Bieb", "Klein", "0", "29999"]

    code, out, _ = run("org-set", "--code", "oba", "--inhabitants", "none")
    assert code == 0 and "size not stated" in out
    assert listed(run)["oba"] == (None, None)


@pytest.mark.parametrize("value", ["0", "-5", "45.000", "45,000", "veel", "1e5", "20000001", ""])
def test_bad_inhabitants_are_refused_with_status_2(run: Any, value: str) -> None:
    assert run("org-add", "--code", "oba", "--name", "OBA")[0] == 0
    for args in (
        ("org-add", "--code", "bieb-b", "--name", "Bieb B", "--inhabitants", value),
        ("org-set", "--code", "oba", "--inhabitants", value),
    ):
        code, out, err = run(*args)
        assert code == 2 and out == ""
        assert "argument --inhabitants" in err and "not a number of inhabitants" in err
        assert "a whole number from 1 to 20000000" in err
    assert listed(run) == {"oba": (None, None)}  # nothing was stored


def test_org_set_on_an_unknown_organisation_is_refused(run: Any) -> None:
    code, out, err = run("org-set", "--code", "bestaat-niet", "--inhabitants", "40000")
    assert code == 2 and out == "" and "no organisation 'bestaat-niet'" in err
    code, _, err = run("org-set", "--code", "Geen Code", "--inhabitants", "40000")
    assert code == 2 and "not an organisation code" in err


def test_size_classes_and_their_boundaries() -> None:
    cases = {
        None: None,
        1: "tot-30000",
        29_999: "tot-30000",
        30_000: "30000-60000",
        59_999: "30000-60000",
        60_000: "60000-100000",
        99_999: "60000-100000",
        100_000: "vanaf-100000",
        20_000_000: "vanaf-100000",
    }
    for inhabitants, wanted in cases.items():
        size = organisations.size_class(inhabitants)
        assert (size.code if size else None) == wanted, inhabitants
    assert [s.label for s in organisations.SIZES] == [
        "tot 30.000 inwoners",
        "30.000 tot 60.000 inwoners",
        "60.000 tot 100.000 inwoners",
        "100.000 inwoners of meer",
    ]


# -- the filter's figures ----------------------------------------------------------------------


def _state_sizes(db: Database) -> None:
    with db.write() as conn:
        for code, inhabitants in STATED.items():
            organisations.set_inhabitants(conn, code, inhabitants)


def sized(*classes: str) -> Callable[[Row], bool]:
    """The visits of branches whose organisation is in *classes*, by :data:`CLASS_OF`."""
    organisation_of = {b["id"]: b["organisation_code"] for b in BRANCHES}
    return lambda v: CLASS_OF.get(organisation_of[v["branch_id"]] or "") in classes


def test_the_size_filter_counts_what_python_counts(coded: Any) -> None:
    db, data = coded
    _state_sizes(db)
    refresh.refresh(db, now=lambda: NOW)
    year = {"first": 202201, "last": 202212}
    for classes in (
        {"vanaf-100000"},
        {"tot-30000"},
        {"30000-60000"},
        {"tot-30000", "30000-60000"},
        {"60000-100000"},  # no organisation in it: nothing counts
    ):
        f = queries.Filter(sizes=frozenset(classes))
        check(db, data, f, sized(*classes))
        check(db, data, queries.Filter(sizes=frozenset(classes), **year), sized(*classes))
    # With other filters: their common branches.
    f = queries.Filter(sizes=frozenset({"vanaf-100000", "tot-30000"}), provinces={"PV27"})
    check(db, data, f, of("ams", "wsp"))
    f = queries.Filter(sizes=frozenset({"tot-30000"}), organisations=frozenset({"oba"}))
    check(db, data, f, lambda v: False)
    # Within an organisation account's own branches (its page), the class still applies.
    own = branch.c.organisation_code == "oba"
    f = queries.Filter(sizes=frozenset({"vanaf-100000"}))
    check(db, data, f, of("ams", "wsp"), within=own)
    check(db, data, queries.Filter(sizes=frozenset({"tot-30000"})), lambda v: False, within=own)


def test_an_organisation_without_a_stated_size_is_in_no_class(coded: Any) -> None:
    db, data = coded
    _state_sizes(db)
    refresh.refresh(db, now=lambda: NOW)
    every = frozenset(s.code for s in organisations.SIZES)
    # Rotterdam's library stated no number, and a branch without codes has no organisation:
    # neither counts under any class, so all classes together are everything but those two.
    check(db, data, queries.Filter(sizes=every), lambda v: v["branch_id"] not in ("rtm", "none"))
    with db.read() as conn:
        ids = queries.branch_ids(queries.Filter(sizes=every))
        assert ids is not None
        assert sorted(conn.execute(ids).scalars()) == ["ams", "hrn", "utr", "wsp"]


def test_a_size_is_answered_from_the_branches_figures(coded: Any) -> None:
    """No area is summed by size class, so the per-branch figures answer, for every chart."""
    db, _ = coded
    _state_sizes(db)
    refresh.refresh(db, now=lambda: NOW)
    f = queries.Filter(sizes=frozenset({"vanaf-100000"}))
    with db.read() as conn:
        assert queries._areas(conn, queries.Filter(), None) == ["NL"]
        assert queries._areas(conn, f, None) is None
        assert (
            queries._areas(conn, queries.Filter(organisations={"oba"}, sizes=f.sizes), None) is None
        )
        page = queries.page(conn, f)
        whole = queries.page(conn, queries.Filter(organisations=frozenset({"oba"})))
    assert page == whole  # Amsterdam's library is the only one of 100,000 or more


# -- the address and the form ------------------------------------------------------------------


@pytest.fixture
def conn(database_url: str) -> Iterator[sa.Connection]:
    db = Database(database_url)
    with db.write() as c:
        organisations.add_organisation(c, "bibliotheek-a", "Bibliotheek A", START, 45_000)
    with db.read() as c:
        yield c
    db.close()


def _read(conn: sa.Connection, query: str, viewer: Viewer) -> queries.Filter:
    visibility = Visibility.of(viewer, 5, day=NOW.date())
    return params.parse(parse_qs(query), visibility, conn, CATALOGUES)


@pytest.mark.parametrize(
    "viewer",
    [PUBLIC, NATIONAL, Viewer(role=Role.ORGANISATION, scope="bibliotheek-a")],
    ids=["public", "national", "organisation"],
)
def test_who_may_filter_by_size(conn: sa.Connection, viewer: Viewer) -> None:
    f = _read(conn, "grootte=VANAF-100000&grootte=tot-30000&grootte=", viewer)
    assert f.sizes == {"tot-30000", "vanaf-100000"}
    assert params.to_query(f) == "grootte=tot-30000&grootte=vanaf-100000"  # smallest first
    form = build_form(conn, f, Visibility.of(viewer, 5, day=NOW.date()), CATALOGUES, {})
    field = next(x for x in form.fields if x.name == "grootte")
    assert (field.label, field.everything) == ("Grootte werkgebied", "Alle groottes")
    assert [c[0] for c in field.choices] == [s.code for s in organisations.SIZES]
    assert "grootte werkgebied: tot 30.000 inwoners, 100.000 inwoners of meer" in form.described()


@pytest.mark.parametrize(
    "viewer",
    [Viewer(role=Role.MUNICIPALITY, scope="GM0363"), Viewer(role=Role.EXECUTIVE, scope="uwv")],
    ids=["municipality", "executive"],
)
def test_others_are_not_offered_the_size(conn: sa.Connection, viewer: Viewer) -> None:
    form = build_form(
        conn, queries.Filter(), Visibility.of(viewer, 5, day=NOW.date()), CATALOGUES, {}
    )
    assert "grootte" not in [x.name for x in form.fields]
    with pytest.raises(params.FilterError) as caught:
        _read(conn, "grootte=tot-30000", viewer)
    assert (caught.value.status, caught.value.message) == (403, params.OUTSIDE)


def test_a_malformed_size_names_the_field(conn: sa.Connection) -> None:
    with pytest.raises(params.FilterError) as caught:
        _read(conn, "grootte=groot", PUBLIC)
    assert caught.value.status == 400
    assert "‘grootte werkgebied’" in caught.value.message and "tot-30000" in caught.value.message


def test_the_inhabitants_column_is_in_the_registry_table() -> None:
    column = library_organisation.c.inhabitants
    assert column.nullable and isinstance(column.type, sa.Integer)
