"""``ido-central user-add | user-list | user-disable | user-sessions-revoke``, on both backends."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from datetime import UTC, datetime, timedelta

import pytest
import sqlalchemy as sa

from sync.central import branches, organisations
from sync.central.accounts import audit, commands
from sync.central.accounts.commands import PasswordInputError, read_password
from sync.central.accounts.passwords import Passwords
from sync.central.accounts.sessions import SessionPolicy, resume_session, start_session
from sync.central.accounts.users import find_account
from sync.central.cli import main
from sync.central.db import Database
from tests.sync.central.test_central_cli_server import ROOT, cli_env

PASSWORD = "een lang genoeg wachtwoord"
POLICY = SessionPolicy(idle=timedelta(minutes=30), lifetime=timedelta(hours=12))


@pytest.fixture
def db(database_url):
    database = Database(database_url, pool_size=2)
    with database.write() as conn:
        code, now = "bibliotheek-midden-brabant", datetime.now(UTC)
        organisations.add_organisation(conn, code, "Bibliotheek Midden-Brabant", now)
        values = {"id": "b1", "name": "Centrale", "organisation": code, "municipality": "GM0855"}
        branches.add_branch(conn, values, now)
    yield database
    database.close()


@pytest.fixture
def run(database_url, tmp_path, monkeypatch, capsys):
    """Run ``ido-central`` in this process with *stdin*; return (exit code, out, err)."""

    def invoke(*args: str, stdin: str | None = None) -> tuple[int, str, str]:
        if stdin is not None:
            monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        code = main(["--database-url", database_url, "--data-dir", str(tmp_path), *args])
        out, err = capsys.readouterr()
        return code, out, err

    return invoke


def add(run, username: str, role: str, scope: str | None = None, *extra: str):
    args = ["user-add", "--username", username, "--role", role, "--password-stdin", *extra]
    if scope is not None:
        args += ["--scope", scope]
    return run(*args, stdin=PASSWORD + "\n")


def test_user_add_for_every_role(run, db):
    assert add(run, "landelijk@example.nl", "national", None, "--name", "Landelijk team")[0] == 0
    assert add(run, "Bieb.Tilburg", "organisation", "bibliotheek-midden-brabant")[0] == 0
    code, out, _ = add(run, "gemeente-tilburg", "municipality", "gm0855")
    assert code == 0 and "municipality (GM0855)" in out
    assert add(run, "toeslagen", "executive", "Toeslagen")[0] == 0
    with db.read() as conn:
        national = find_account(conn, "landelijk@example.nl")
        municipality = find_account(conn, "gemeente-tilburg")
        hashed = conn.execute(sa.text("SELECT password_hash FROM account")).scalars().all()
        rows = audit.entries(conn)
    assert national is not None and national.display_name == "Landelijk team"
    assert municipality is not None and municipality.scope == "GM0855"
    assert all(h.startswith("$argon2id$v=19$m=65536,t=3,p=4$") for h in hashed)
    assert Passwords(time_cost=3, memory_kib=65536, parallelism=4).verify(hashed[0], PASSWORD).ok
    assert [r.event for r in rows] == [audit.Event.ACCOUNT_ADDED] * 4
    assert "scope GM0855" in (rows[1].detail or "")
    assert all(PASSWORD not in repr(r) for r in rows)


@pytest.mark.parametrize(
    ("role", "scope", "says"),
    [
        ("national", "GM0855", "no scope"),
        ("municipality", "0855", "CBS municipality code"),
        ("municipality", None, "needs a scope"),
        ("organisation", "Bibliotheek Midden-Brabant", "no library organisation"),  # the name
        ("municipality", "GM0457", "not a municipality on"),  # Weesp, part of Amsterdam now
        ("executive", "toeslag_huur", "organisation code"),
    ],
)
def test_user_add_refuses_a_wrong_scope(run, db, role, scope, says):
    code, out, err = add(run, "someone", role, scope)
    assert code == 1 and says in err and out == ""
    with db.read() as conn:
        assert find_account(conn, "someone") is None


def test_user_add_refuses_unknown_roles_at_parse_time(run, db):
    with pytest.raises(SystemExit) as exit_info:
        run("user-add", "--username", "x", "--role", "admin", "--password-stdin", stdin=PASSWORD)
    assert exit_info.value.code == 2


def test_user_add_refuses_a_short_password_a_taken_name_and_a_bad_name(run, db):
    code, _, err = run(
        "user-add", "--username", "kort", "--role", "national", "--password-stdin", stdin="kort\n"
    )
    assert code == 1 and "at least 12 characters" in err
    assert add(run, "anna", "national")[0] == 0
    code, _, err = add(run, "ANNA", "national")
    assert code == 1 and "exists already" in err
    code, _, err = add(run, "anna jansen", "national")
    assert code == 1 and "username" in err
    code, _, err = run(
        "user-add", "--username", "leeg", "--role", "national", "--password-stdin", stdin=""
    )
    assert code == 1 and "no password on standard input" in err


def test_password_from_the_terminal_is_asked_twice(monkeypatch):
    answers = iter([PASSWORD, PASSWORD, PASSWORD, "iets anders dan dat"])
    prompts: list[str] = []

    def fake_getpass(prompt: str = "") -> str:
        prompts.append(prompt)
        return next(answers)

    monkeypatch.setattr(commands.getpass, "getpass", fake_getpass)
    terminal = io.StringIO()
    terminal.isatty = lambda: True  # type: ignore[method-assign]
    assert read_password(from_stdin=False, stdin=terminal) == PASSWORD
    assert prompts == ["Password: ", "Password again: "]
    with pytest.raises(PasswordInputError, match="differ"):
        read_password(from_stdin=False, stdin=terminal)
    with pytest.raises(PasswordInputError, match="--password-stdin"):
        read_password(from_stdin=False, stdin=io.StringIO(PASSWORD))  # not a terminal


def test_password_stdin_takes_one_line_as_it_is():
    assert read_password(from_stdin=True, stdin=io.StringIO(" spaties blijven  \r\nrest")) == (
        " spaties blijven  "
    )


def test_user_list_and_disable_and_revoke(run, db):
    add(run, "anna", "national", None, "--name", "Anna Jansen")
    add(run, "gemeente-tilburg", "municipality", "GM0855")
    now = datetime.now(UTC)
    with db.write() as conn:
        anna = find_account(conn, "anna")
        assert anna is not None
        tokens = [start_session(conn, anna.id, now, POLICY)[0] for _ in range(2)]
    code, out, _ = run("user-list")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == [
        "USERNAME",
        "NAME",
        "ROLE",
        "SCOPE",
        "STATUS",
        "CREATED",
        "SESSIONS",
    ]
    assert lines[1].startswith("anna") and "Anna Jansen" in lines[1] and lines[1].endswith("2")
    assert "GM0855" in lines[2] and "active" in lines[2]
    code, out, _ = run("user-list", "--json")
    listed = json.loads(out)
    assert [(a["username"], a["role"], a["scope"], a["sessions"]) for a in listed] == [
        ("anna", "national", None, 2),
        ("gemeente-tilburg", "municipality", "GM0855", 0),
    ]
    assert listed[0]["disabled_at"] is None and listed[0]["created_at"].endswith("Z")

    code, out, _ = run("user-sessions-revoke", "ANNA")
    assert code == 0 and "2 sessions of anna ended" in out
    with db.read() as conn:
        assert all(resume_session(conn, t, now, POLICY) is None for t in tokens)
        assert not find_account(conn, "anna").disabled  # type: ignore[union-attr]

    with db.write() as conn:
        token, _ = start_session(conn, anna.id, now, POLICY)
    code, out, _ = run("user-disable", "anna")
    assert code == 0 and "disabled; 1 sessions ended" in out
    with db.read() as conn:
        assert resume_session(conn, token, now, POLICY) is None
        events = [r.event for r in reversed(audit.entries(conn))]
    assert events[-2:] == [audit.Event.SESSIONS_REVOKED, audit.Event.ACCOUNT_DISABLED]
    listed = json.loads(run("user-list", "--json")[1])
    assert listed[0]["disabled_at"] is not None and listed[0]["sessions"] == 0
    assert "disabled" in run("user-list")[1].splitlines()[1]

    for command in ("user-disable", "user-sessions-revoke"):
        code, _, err = run(command, "niemand")
        assert code == 1 and "no account 'niemand'" in err


def test_user_list_when_empty(run, db):
    assert run("user-list")[1].strip() == "No accounts."
    assert json.loads(run("user-list", "--json")[1]) == []


def test_user_add_as_a_script_in_a_real_process(database_url, db, tmp_path):
    result = subprocess.run(
        [
            sys.executable, "-m", "sync.central.cli", "--database-url", database_url,
            "--data-dir", str(tmp_path), "user-add", "--username", "script@example.nl",
            "--role", "executive", "--scope", "uwv", "--password-stdin",
        ],
        cwd=ROOT, env=cli_env(), input=PASSWORD + "\n", capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "Account script@example.nl added: executive (uwv)" in result.stdout
    assert PASSWORD not in result.stdout + result.stderr
    # Without --password-stdin and without a terminal it refuses instead of hanging.
    result = subprocess.run(
        [
            sys.executable, "-m", "sync.central.cli", "--database-url", database_url,
            "--data-dir", str(tmp_path), "user-add", "--username", "other", "--role", "national",
        ],
        cwd=ROOT, env=cli_env(), input=PASSWORD + "\n", capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert result.returncode == 1 and "--password-stdin" in result.stderr
