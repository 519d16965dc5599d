"""The account commands of ``ido-central``: add, list and disable accounts, end sessions.

    ido-central user-add --username U --role national|organisation|municipality|executive
                         [--scope S] [--name N] [--password-stdin]
    ido-central user-list [--json]
    ido-central user-disable U              (ends the account's sessions too)
    ido-central user-sessions-revoke U      (signs the account out everywhere)

``user-add`` asks for the password twice without echo, or reads one line from standard input
with ``--password-stdin`` (for scripts: never put a password on the command line, where the
process list and shell history would keep it). Every change is written to the audit log.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any, TextIO

from kiosk.clock import to_utc_text
from sync.central import organisations
from sync.central.accounts import audit
from sync.central.accounts.audit import Event
from sync.central.accounts.passwords import PasswordPolicyError, Passwords, check_new_password
from sync.central.accounts.roles import (
    Role,
    ScopeError,
    catalogue_organisation_codes,
    check_scope,
    parse_role,
)
from sync.central.accounts.sessions import revoke_sessions
from sync.central.accounts.users import (
    AccountExistsError,
    UsernameError,
    add_account,
    disable_account,
    find_account,
    list_accounts,
)
from sync.central.branches import local_day
from sync.central.catalogues import load_server_catalogues
from sync.central.db import Database
from sync.central.settings import Settings

NAMES = ("user-add", "user-list", "user-disable", "user-sessions-revoke")
AddCommand = Callable[[str, str], argparse.ArgumentParser]


class PasswordInputError(ValueError):
    """No password could be read (no terminal, two different entries, nothing piped in)."""


def add_commands(command: AddCommand) -> None:
    """Register the account commands through the CLI's *command* (name, help) factory."""
    add = command("user-add", "add a dashboard account (the password is asked twice)")
    add.add_argument("--username", required=True, help="login name or e-mail address")
    add.add_argument("--role", required=True, choices=[r.value for r in Role])
    add.add_argument(
        "--scope",
        help="organisation: a code of the organisation registry (org-list); municipality: a "
        "CBS code (GM0363); executive: a catalogue organisation code; national: none",
    )
    add.add_argument("--name", help="the name shown on the dashboard (default: the username)")
    add.add_argument(
        "--password-stdin", action="store_true", help="read the password from standard input"
    )
    listing = command("user-list", "list the dashboard accounts")
    listing.add_argument("--json", action="store_true", help="print JSON")
    disable = command("user-disable", "disable a dashboard account and end its sessions")
    disable.add_argument("username")
    revoke = command("user-sessions-revoke", "end every session of a dashboard account")
    revoke.add_argument("username")


def run(args: argparse.Namespace, db: Database, settings: Settings) -> int:
    """Run the account command in *args*; return the exit code."""
    now = datetime.now(UTC)
    if args.command == "user-add":
        return _add(args, db, settings, now)
    if args.command == "user-list":
        with db.read() as conn:
            rows = list_accounts(conn, now)
        _print_accounts(rows, as_json=args.json)
        return 0
    if args.command == "user-disable":
        try:
            with db.write() as conn:
                found, ended = disable_account(conn, args.username, now)
                audit.record(
                    conn,
                    Event.ACCOUNT_DISABLED,
                    now,
                    account_id=found.id,
                    username=found.username,
                    detail=f"{_by()}; {ended} sessions ended",
                )
        except LookupError:
            return _fail(f"no account {args.username!r}")
        print(f"Account {found.username} disabled; {ended} sessions ended")
        return 0
    assert args.command == "user-sessions-revoke"
    with db.write() as conn:
        known = find_account(conn, args.username)
        if known is None:
            return _fail(f"no account {args.username!r}")
        ended = revoke_sessions(conn, known.id, now, reason="revoked")
        audit.record(
            conn,
            Event.SESSIONS_REVOKED,
            now,
            account_id=known.id,
            username=known.username,
            detail=f"{_by()}; {ended} sessions ended",
        )
    print(f"{ended} sessions of {known.username} ended")
    return 0


def _add(args: argparse.Namespace, db: Database, settings: Settings, now: datetime) -> int:
    codes = catalogue_organisation_codes(load_server_catalogues(settings.catalogue_dir).catalogues)
    try:
        role = parse_role(args.role)
        with db.read() as conn:
            scope = check_scope(
                role,
                args.scope,
                organisations=organisations.codes(conn),
                organisation_codes=codes,
                day=local_day(now),
            )
            if find_account(conn, args.username) is not None:
                raise AccountExistsError(args.username)
        password = read_password(from_stdin=args.password_stdin)
        check_new_password(password)
    except AccountExistsError:
        return _fail(f"account {args.username.strip().lower()!r} exists already")
    except (ScopeError, PasswordPolicyError, PasswordInputError) as exc:
        return _fail(str(exc))
    hashed = Passwords(
        time_cost=settings.password_time_cost,
        memory_kib=settings.password_memory_kib,
        parallelism=settings.password_parallelism,
    ).hash(password)
    try:
        with db.write() as conn:
            added = add_account(
                conn,
                username=args.username,
                display_name=args.name,
                role=role,
                scope=scope,
                password_hash=hashed,
                now=now,
            )
            audit.record(
                conn,
                Event.ACCOUNT_ADDED,
                now,
                account_id=added.id,
                username=added.username,
                detail=f"{_by()}; role {role.value}" + (f", scope {scope}" if scope else ""),
            )
    except AccountExistsError:
        return _fail(f"account {args.username.strip().lower()!r} exists already")
    except (UsernameError, ValueError) as exc:
        return _fail(str(exc))
    where = f" ({scope})" if scope else ""
    print(f"Account {added.username} added: {role.value}{where}")
    return 0


def read_password(*, from_stdin: bool, stdin: TextIO | None = None) -> str:
    """Read a new password: one line of *stdin*, or twice from the terminal without echo."""
    source = stdin or sys.stdin
    if from_stdin:
        line = source.readline().rstrip("\r\n")
        if not line:
            raise PasswordInputError("no password on standard input")
        return line
    if not source.isatty():
        raise PasswordInputError("no terminal to ask for the password: use --password-stdin")
    first = getpass.getpass("Password: ")
    if getpass.getpass("Password again: ") != first:
        raise PasswordInputError("the two passwords differ")
    return first


def _by() -> str:
    try:
        return f"ido-central by {getpass.getuser()}"
    except (KeyError, OSError):  # no login name (a container without one)
        return "ido-central"


def _fail(message: str) -> int:
    print(f"ido-central: {message}", file=sys.stderr)
    return 1


def _print_accounts(rows: list[dict[str, Any]], *, as_json: bool) -> None:
    shown = [
        {
            "username": r["username"],
            "display_name": r["display_name"],
            "role": str(r["role"]),
            "scope": r["scope"],
            "created_at": to_utc_text(r["created_at"]),
            "disabled_at": None if r["disabled_at"] is None else to_utc_text(r["disabled_at"]),
            "sessions": r["sessions"],
        }
        for r in rows
    ]
    if as_json:
        print(json.dumps(shown, indent=2, ensure_ascii=False))
        return
    if not shown:
        print("No accounts.")
        return
    headers = ("USERNAME", "NAME", "ROLE", "SCOPE", "STATUS", "CREATED", "SESSIONS")
    cells = [list(headers)] + [
        [
            r["username"],
            r["display_name"],
            r["role"],
            r["scope"] or "",
            "disabled" if r["disabled_at"] else "active",
            r["created_at"],
            str(r["sessions"]),
        ]
        for r in shown
    ]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    for row in cells:
        print("  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip())
