"""``ido-central``: run and administer the central endpoint from the command line.

    ido-central serve [--host 127.0.0.1] [--port 8765] [--rate-per-second R] [--rate-burst B]
                      [--log-format text|json] [--metrics-allow 10.0.0.0/8,::1]
                      [--enroll-rate-per-second R] [--enroll-burst B]
                      [--max-concurrent-batches N] [--db-pool-size N]
                      [--recommended-version V] [--minimum-version V] [--download-url URL]
                      [--insecure-localhost-cookies]    (development: http://localhost only)
    ido-central migrate                          (says how many branches miss a code)
    ido-central mark-restored                    (after restoring a backup: desks resend)
    ido-central org-add --code C --name N [--inhabitants N]
                                                 (a library organisation: bibliotheek-utrecht;
                                                 inhabitants of its service area, as reported)
    ido-central org-set --code C --inhabitants N|none
    ido-central org-list [--json]
    ido-central branch-add --id ID --name NAME --organisation CODE --municipality GM0363
    ido-central branch-set --id ID [--organisation CODE] [--municipality GM0363]
    ido-central branch-list [--unmapped] [--json]
    ido-central enroll-code --branch ID          (the code is the last line printed)
    ido-central devices
    ido-central revoke DEVICE_ID
    ido-central stats [--json]
    ido-central purge                            (planning retention + old batch answers)
    ido-central plan-retention --branch ID --days N
    ido-central user-add --username U --role R [--scope S] [--name N] [--password-stdin]
    ido-central user-list [--json]
    ido-central user-disable U                   (ends its dashboard sessions too)
    ido-central user-sessions-revoke U           (signs it out everywhere)
    ido-central report --municipality GM0363 | --organisation CODE --year 2026 [--quarter N]
                       --out FILE.pdf|FILE.xlsx  (the accountability report; or --from/--to)
    ido-central demo [--branches N] [--years N] [--seed N] [--questions N] [--force]
                                                 (made-up data for a scratch dashboard)

Every command takes ``--database-url URL`` (else ``$IDO_CENTRAL_DATABASE_URL``) and
``--data-dir DIR`` (else ``$IDO_CENTRAL_DATA_DIR`` or the platform's data folder, which holds
the default SQLite database). The admin token for the HTTP admin endpoints comes from
``$IDO_CENTRAL_ADMIN_TOKEN`` (or ``serve --admin-token-file``).

A branch is registered with codes: a library organisation of the registry (``org-add``) and a
CBS municipality code that exists today; the province follows from the municipality. A code
the server does not know is refused with exit status 2. ``branch-list --unmapped`` lists the
branches whose free text migration 0008 could not map; ``branch-set`` gives them their codes.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from kiosk.clock import to_utc_text
from sync.central import admin, auth, branches, changes, inbox, json_logs, organisations, surveys
from sync.central.accounts import commands as accounts
from sync.central.db import Database, current_revision, migrate
from sync.central.planning.purge import purge_all, set_retention_days
from sync.central.reports import commands as reports
from sync.central.settings import Settings

PURGE_EVERY = 24 * 3600.0  # serve: planning retention and batch pruning, daily
MAX_AUTO_WORKERS = 8  # serve on PostgreSQL: ingestion processes when not told (one per core)


def _common(parser: argparse.ArgumentParser, *, suppress: bool) -> None:
    # On the sub-commands too, so the options work before or after the command name.
    default = argparse.SUPPRESS if suppress else None
    parser.add_argument("--database-url", default=default, help="SQLAlchemy URL of the database")
    parser.add_argument("--data-dir", default=default, help="folder for the default database")


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser of ``ido-central``."""
    parser = argparse.ArgumentParser(
        prog="ido-central", description="Run and administer the IDO Kiosk central endpoint."
    )
    _common(parser, suppress=False)
    commands = parser.add_subparsers(dest="command", required=True)

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text, description=help_text)
        _common(sub, suppress=True)
        return sub

    serve = command("serve", "run the HTTP server")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8765)
    serve.add_argument("--admin-token-file", type=Path, help="file holding the admin token")
    serve.add_argument("--log-level", default="info")
    serve.add_argument(
        "--log-format",
        choices=json_logs.LOG_FORMATS,
        help=f"text (default) or json: one JSON object per line (else ${json_logs.LOG_FORMAT_ENV})",
    )
    serve.add_argument(
        "--metrics-allow",
        help="networks that may read /metrics without the admin token, comma-separated "
        "(else $IDO_CENTRAL_METRICS_ALLOW, else loopback only; empty: the token only)",
    )
    serve.add_argument(
        "--insecure-localhost-cookies",
        action="store_true",
        help="development only: dashboard cookies without Secure for http://localhost",
    )
    serve.add_argument(
        "--public-min-count",
        type=_at_least_one,
        help="the public dashboard hides counts above zero and below this (default 5)",
    )
    # Load protection (sync/central/throttle.py); the defaults suit a production server.
    serve.add_argument("--rate-per-second", type=float, help="requests per second per device")
    serve.add_argument("--rate-burst", type=int, help="burst of requests per device")
    serve.add_argument("--enroll-rate-per-second", type=float, help="enrollments/s per address")
    serve.add_argument("--enroll-burst", type=int, help="burst of enrollments per address")
    serve.add_argument("--max-concurrent-batches", type=int, help="batches in progress at once")
    serve.add_argument("--db-pool-size", type=int, help="database connections kept open")
    # The desk app's versions (GET /v1/config); else $IDO_CENTRAL_RECOMMENDED_VERSION etc.
    serve.add_argument("--recommended-version", help="desks below it are told to update (1.4.0)")
    serve.add_argument("--minimum-version", help="desks below it stop sending until updated")
    serve.add_argument("--download-url", help="where IT downloads the desk app (https://...)")
    serve.add_argument(
        "--ingest-workers",
        type=int,
        help="processes that store batches (PostgreSQL; default: one per core, 0: in-process)",
    )
    command("migrate", "create or upgrade the database schema")
    command(
        "mark-restored",
        "after restoring a backup: a new feed epoch, so every desk pulls again and resends "
        "what the backup lacks",
    )
    _branch_commands(command)
    enroll = command("enroll-code", "make a single-use enrollment code (printed last)")
    enroll.add_argument("--branch", required=True)
    command("devices", "list the enrolled devices")
    revoke = command("revoke", "revoke a device")
    revoke.add_argument("device")
    stats = command("stats", "visits, questions, rejections, conflicts and devices per branch")
    stats.add_argument("--json", action="store_true", help="print JSON")
    letters = command("dead-letters", "operations refused or in conflict, newest first")
    letters.add_argument("--branch", help="only this branch")
    letters.add_argument("--limit", type=int, default=inbox.DEFAULT_LIMIT)
    letters.add_argument("--json", action="store_true", help="print JSON")
    conflicts = command("conflicts", "booking conflicts waiting for a desk to resolve them")
    conflicts.add_argument("--branch", help="only this branch")
    conflicts.add_argument("--all", action="store_true", help="resolved ones too")
    conflicts.add_argument("--json", action="store_true", help="print JSON")
    command("purge", "clear planning contact data past retention; prune old batch answers")
    retention = command(
        "plan-retention", "set a branch's planning retention in days (1..365; sent to its desks)"
    )
    retention.add_argument("--branch", required=True)
    retention.add_argument("--days", type=int, required=True)
    figures = command("figures-refresh", "rebuild the dashboard figures ingest has marked, now")
    figures.add_argument("--all", action="store_true", help="rebuild every figure from every visit")
    accounts.add_commands(command)  # the dashboard's accounts: user-add, user-list, ...
    reports.add_commands(command)  # report: the accountability report as PDF or XLSX
    surveys.add_commands(command)  # survey-publish: a new visitor survey version
    demo = command("demo", "fill an empty database with made-up data and build the figures")
    demo.add_argument("--branches", type=int, help="how many branches (at least 4)")
    demo.add_argument("--years", type=int, help="how many years, up to today")
    demo.add_argument("--seed", type=int, help="the same seed makes the same data")
    demo.add_argument("--questions", type=int, help="questions in all (default: per branch-year)")
    demo.add_argument(
        "--force",
        action="store_true",
        help="add to a database that has branches (an earlier demo is replaced)",
    )
    return parser


def _branch_commands(command: Callable[[str, str], argparse.ArgumentParser]) -> None:
    org = command("org-add", "register a library organisation")
    org.add_argument("--code", required=True, help="short stable code: bibliotheek-utrecht")
    org.add_argument("--name", required=True, help="the name desks and the dashboard show")
    org.add_argument("--inhabitants", type=_inhabitants, help=INHABITANTS_HELP)
    size = command("org-set", "state the inhabitants of an organisation's service area")
    size.add_argument("--code", required=True, help="organisation code (org-list)")
    size.add_argument(
        "--inhabitants",
        required=True,
        type=_inhabitants_or_none,
        help=INHABITANTS_HELP + "; 'none' withdraws it",
    )
    orgs = command("org-list", "list the library organisations")
    orgs.add_argument("--json", action="store_true", help="print JSON")
    branch = command("branch-add", "register a library branch")
    branch.add_argument("--id", required=True)
    branch.add_argument("--name", required=True)
    branch.add_argument("--organisation", required=True, help="organisation code (org-list)")
    branch.add_argument("--municipality", required=True, help="CBS code: GM0363")
    fix = command("branch-set", "give a branch another organisation or municipality code")
    fix.add_argument("--id", required=True)
    fix.add_argument("--organisation", help="organisation code (org-list)")
    fix.add_argument("--municipality", help="CBS code: GM0363")
    listing = command("branch-list", "list the branches with their codes")
    listing.add_argument("--unmapped", action="store_true", help="only those missing a code")
    listing.add_argument("--json", action="store_true", help="print JSON")


INHABITANTS_HELP = "inhabitants of its service area (werkgebied) as reported to the KB: 45000"


def _inhabitants(text: str) -> int:
    """An argparse type: a stated number of inhabitants (exit status 2 when it is not)."""
    try:
        return organisations.check_inhabitants(text)
    except organisations.OrganisationError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _inhabitants_or_none(text: str) -> int | None:
    """Like :func:`_inhabitants`, or None for ``none`` (the size is no longer stated)."""
    return None if text.strip().lower() == "none" else _inhabitants(text)


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``ido-central`` with *argv*; return the exit code."""
    args = build_parser().parse_args(argv)
    try:
        settings = Settings.load(database_url=args.database_url, data_dir=args.data_dir)
    except ValueError as exc:  # the app versions in the environment
        return _fail(str(exc))
    if args.command == "serve":
        return _serve(args, settings)
    if args.command in surveys.NAMES:
        return surveys.run(args, settings)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    if args.command == "migrate":
        db = Database(settings.database_url, pool_size=1, migrate_on_open=False)
        try:
            migrate(db.engine)
            print(f"Database at revision {current_revision(db.engine)}")
            with db.engine.connect() as conn:
                missing = branches.count_unmapped(conn)
            if missing:
                print(
                    f"Branches without a municipality or organisation code: {missing} "
                    "(ido-central branch-list --unmapped lists them; branch-set fixes them)"
                )
        finally:
            db.close()
        return 0
    if args.command == "mark-restored":
        return _mark_restored(settings)
    db = Database(settings.database_url, pool_size=1)
    try:
        return _admin_command(args, db, settings)
    finally:
        db.close()


def _now() -> datetime:
    return datetime.now(UTC)


def _mark_restored(settings: Settings) -> int:
    """``mark-restored``: a new feed epoch on a database restored from a backup."""
    db = Database(settings.database_url, pool_size=1, migrate_on_open=False)
    try:
        with db.write() as conn:
            changes.renew_epoch(conn)
    finally:
        db.close()
    print(
        "New feed epoch: at their next sync the desks pull again from the start, and send "
        "what this backup lacks"
    )
    return 0


def _admin_command(args: argparse.Namespace, db: Database, settings: Settings) -> int:
    if args.command in BRANCH_COMMANDS:
        return _branch_command(args, db)
    if args.command == "enroll-code":
        try:
            with db.write() as conn:
                code, expires = auth.create_enrollment_code(
                    conn, args.branch, _now(), settings.enrollment_ttl
                )
        except auth.UnknownBranchError:
            return _fail(f"no branch {args.branch!r} (add it with branch-add)")
        until = f"{expires:%Y-%m-%d %H:%M} UTC"
        print(f"Single-use enrollment code for branch {args.branch}, valid until {until}:")
        print(code)
        return 0
    if args.command == "devices":
        with db.read() as conn:
            _print_devices(admin.list_devices(conn))
        return 0
    if args.command == "revoke":
        try:
            with db.write() as conn:
                row = admin.revoke_device(conn, args.device, _now())
        except LookupError:
            return _fail(f"no device {args.device!r}")
        print(f"Device {row['id']} ({row['name']}) revoked at {row['revoked_at']}")
        return 0
    if args.command in ("purge", "plan-retention"):
        return _planning_command(args, db)
    if args.command in ("dead-letters", "conflicts"):
        return _inbox_command(args, db)
    if args.command == "figures-refresh":
        return _figures_refresh(db, everything=args.all)
    if args.command in accounts.NAMES:
        return accounts.run(args, db, settings)
    if args.command in reports.NAMES:
        return reports.run(args, db, settings)
    if args.command == "demo":
        return _demo(args, db)
    assert args.command == "stats"
    with db.read() as conn:
        report = admin.stats(conn, _now())
    if args.json:
        print(json.dumps(report, indent=2, ensure_ascii=False))
    else:
        _print_stats(report)
    return 0


BRANCH_COMMANDS = ("org-add", "org-set", "org-list", "branch-add", "branch-set", "branch-list")
UNKNOWN_CODE = 2  # exit status for a code the server does not know


def _branch_command(args: argparse.Namespace, db: Database) -> int:
    now = _now()
    try:
        if args.command == "org-add":
            with db.write() as conn:
                org = organisations.add_organisation(
                    conn, args.code, args.name, now, args.inhabitants
                )
            print(f"Organisation {org.code} ({org.name}) added{_size(org)}")
        elif args.command == "org-set":
            with db.write() as conn:
                org = organisations.set_inhabitants(conn, args.code, args.inhabitants)
            print(f"Organisation {org.code} ({org.name}){_size(org) or ': size not stated'}")
        elif args.command == "org-list":
            with db.read() as conn:
                _print_organisations(organisations.list_organisations(conn), as_json=args.json)
        elif args.command == "branch-add":
            values = {k: getattr(args, k) for k in ("id", "name", "organisation", "municipality")}
            with db.write() as conn:
                row = branches.add_branch(conn, values, now)
            print(f"Branch {row['id']} ({row['name']}) added: {_where(row)}")
        elif args.command == "branch-set":
            with db.write() as conn:
                row = branches.set_branch(
                    conn,
                    args.id,
                    now,
                    organisation=args.organisation,
                    municipality=args.municipality,
                )
            print(f"Branch {row['id']} ({row['name']}): {_where(row)}")
        else:
            with db.read() as conn:
                rows = branches.list_branches(conn, now, unmapped=args.unmapped)
            _print_branches(rows, as_json=args.json, unmapped=args.unmapped)
    except branches.UnknownCodeError as exc:
        return _fail(str(exc), UNKNOWN_CODE)
    except organisations.OrganisationError as exc:
        return _fail(str(exc), UNKNOWN_CODE if args.command != "org-add" else 1)
    except branches.BranchExistsError:
        return _fail(f"branch {args.id!r} exists already")
    except LookupError:
        if args.command == "org-set":
            return _fail(f"no organisation {args.code!r} (org-list shows them)", UNKNOWN_CODE)
        return _fail(f"no branch {args.id!r} (branch-list shows them)")
    except ValueError as exc:
        return _fail(str(exc))
    return 0


def _where(row: dict[str, Any]) -> str:
    organisation = row["organisation_code"] or f"{row['organisation']!r} (no code)"
    municipality = (
        f"{row['municipality_code']} {row['municipality']}"
        if row["municipality_code"]
        else f"{row['municipality']!r} (no code)"
    )
    return f"organisation {organisation}, municipality {municipality}, {row['province']}"


def _size(org: organisations.Organisation) -> str:
    size = organisations.size_class(org.inhabitants)
    if org.inhabitants is None or size is None:
        return ""
    return f", {org.inhabitants} inhabitants ({size.label})"


def _print_organisations(rows: list[dict[str, Any]], *, as_json: bool) -> None:
    shown = [{**r, "created_at": to_utc_text(r["created_at"])} for r in rows]
    if as_json:
        print(json.dumps(shown, indent=2, ensure_ascii=False))
    elif not shown:
        print("No library organisations (add one with org-add).")
    else:
        _table(
            ("CODE", "NAME", "BRANCHES", "INHABITANTS", "SIZE", "CREATED"),
            [
                (
                    r["code"],
                    r["name"],
                    r["branches"],
                    "-" if r["inhabitants"] is None else r["inhabitants"],
                    r["size"] or "-",
                    r["created_at"],
                )
                for r in shown
            ],
        )


def _print_branches(rows: list[dict[str, Any]], *, as_json: bool, unmapped: bool) -> None:
    if as_json:
        print(json.dumps(rows, indent=2, ensure_ascii=False))
        return
    if not rows:
        print("Every branch has its codes." if unmapped else "No branches.")
        return
    if unmapped:  # what could not be mapped, as it was registered
        _table(
            ("ID", "NAME", "MISSING", "ORGANISATION", "MUNICIPALITY", "PROVINCE"),
            [
                (
                    r["id"],
                    r["name"],
                    ", ".join(r["unmapped"]),
                    r["organisation_code"] or r["registered"]["organisation"],
                    r["municipality_code"] or r["registered"]["municipality"],
                    r["registered"]["province"],
                )
                for r in rows
            ],
        )
        return
    _table(
        ("ID", "NAME", "ORGANISATION", "MUNICIPALITY", "", "PROVINCE", "TODAY"),
        [
            (
                r["id"],
                r["name"],
                r["organisation_code"] or "-",
                r["municipality_code"] or "-",
                r["municipality"],
                r["province_code"] or "-",
                r["municipality_today"]
                if r["municipality_today"] != r["municipality_code"]
                else "",
            )
            for r in rows
        ],
    )


def _rolled(row: dict[str, Any]) -> str:
    """Today's code when the registered one has since gone into another municipality."""
    today = row["municipality_today"]
    return "" if today == row["municipality_code"] else f"-> {today}"


def _planning_command(args: argparse.Namespace, db: Database) -> int:
    if args.command == "purge":
        report = purge_all(db, _now())
        print(
            f"Purged {report.bookings} bookings and {report.waiting} waiting entries; "
            f"pruned {report.batches} batch answers"
        )
        return 0
    try:
        with db.write() as conn:
            set_retention_days(conn, args.branch, args.days, _now())
    except LookupError:
        return _fail(f"no branch {args.branch!r}")
    except ValueError as exc:
        return _fail(str(exc))
    print(
        f"Planning data of branch {args.branch} is kept {args.days} days after the day "
        "(sent to its desks)"
    )
    return 0


def _inbox_command(args: argparse.Namespace, db: Database) -> int:
    with db.read() as conn:
        if args.command == "dead-letters":
            rows = inbox.dead_letters(conn, branch_id=args.branch, limit=max(args.limit, 1))
        else:
            rows = inbox.booking_conflicts(conn, branch_id=args.branch, include_resolved=args.all)
    if args.json:
        print(json.dumps(rows, indent=2, ensure_ascii=False))
    elif args.command == "dead-letters":
        letter = ("received_at", "branch_id", "device_id", "kind", "status", "code", "op_id")
        _table(
            ("RECEIVED", "BRANCH", "DEVICE", "KIND", "STATUS", "CODE", "OP"),
            [[r[k] for k in letter] for r in rows],
        )
    else:
        conflict = ("created_at", "branch_id", "slot_day", "slot_starts", "code", "booking_id")
        _table(
            ("CREATED", "BRANCH", "DAY", "TIME", "CODE", "BOOKING", "RESOLVED"),
            [[*(r[k] for k in conflict), r["resolution"] or ""] for r in rows],
        )
    return 0


def _at_least_one(text: str) -> int:
    """An argparse type: a whole number of 1 or more."""
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"a whole number of 1 or more, not {text!r}")
    return value


def _fail(message: str, status: int = 1) -> int:
    print(f"ido-central: {message}", file=sys.stderr)
    return status


def _figures_refresh(db: Database, *, everything: bool) -> int:
    from sync.central.figures import refresh

    if everything:
        refresh.rebuild_everything(db)
    done = refresh.refresh(db)
    what = "every figure" if done.rebuilt < 0 else f"{done.rebuilt} branch-months"
    print(f"Rebuilt {what} in {done.seconds:.1f} s; {done.left} marks left")
    if done.through is not None:
        print(f"The figures hold every visit stored before {done.through:%Y-%m-%d %H:%M:%S} UTC")
    return 0


def _demo(args: argparse.Namespace, db: Database) -> int:
    from sync.central.demo import DemoRefusedError, run_demo

    chosen = {
        name: getattr(args, name)
        for name in ("branches", "years", "seed", "questions")
        if getattr(args, name) is not None
    }
    try:
        summary = run_demo(db, now=_now(), force=args.force, **chosen)
    except (DemoRefusedError, ValueError) as exc:
        return _fail(str(exc))
    for line in summary.lines():
        print(line)
    given = [
        f"--{name}"
        for name in ("database-url", "data-dir")
        if getattr(args, name.replace("-", "_"))
    ]
    same = f" (with the same {' and '.join(given)})" if given else ""
    print(f"Next{same}:")
    print("  ido-central user-add --username you@example.nl --role national")
    print("  ido-central serve --insecure-localhost-cookies")
    print("  then open http://127.0.0.1:8765/dashboard/ and sign in;")
    print(
        f"  ido-central report --municipality GM0363 --year {summary.last_day.year} "
        "--out verantwoording.pdf"
    )
    return 0


def _table(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    cells = [list(headers)] + [["" if v is None else str(v) for v in row] for row in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(headers))]
    for row in cells:
        print("  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip())


def _print_devices(devices: list[dict[str, Any]]) -> None:
    if not devices:
        print("No devices enrolled.")
        return
    _table(
        ("ID", "BRANCH", "NAME", "KIND", "LAST SEEN", "STATUS", "CLOCK"),
        [
            (
                d["id"],
                d["branch_id"],
                d["name"],
                d["kind"],
                d["last_seen_at"],
                "revoked" if d["revoked_at"] else "active",
                f"{d['clock_skew_seconds']:+d} s" if d["clock_skew_seconds"] is not None else "",
            )
            for d in devices
        ],
    )


def _print_stats(report: dict[str, Any]) -> None:
    columns = ("visits", "questions", "rejected_operations", "open_conflicts", "devices")
    rows = [(b["branch_id"], *(b[c] for c in columns)) for b in report["branches"]]
    rows.append(("TOTAL", *(report["totals"][c] for c in columns)))
    _table(("BRANCH", "VISITS", "QUESTIONS", "REJECTED", "CONFLICTS", "DEVICES"), rows)


def _serve(args: argparse.Namespace, settings: Settings) -> int:
    import uvicorn

    from sync.central.app import create_app
    from sync.central.metrics import allowed_networks
    from sync.central.workers import tune_gc

    token = settings.admin_token
    if args.admin_token_file is not None:
        token = args.admin_token_file.read_text(encoding="utf-8").strip()
    tuning = {
        name: getattr(args, name)
        for name in (
            "rate_per_second",
            "rate_burst",
            "enroll_rate_per_second",
            "enroll_burst",
            "max_concurrent_batches",
            "db_pool_size",
            "public_min_count",
            "recommended_version",
            "minimum_version",
            "download_url",
        )
        if getattr(args, name) is not None
    }
    if args.insecure_localhost_cookies:
        tuning["insecure_localhost_cookies"] = True
    try:
        settings = Settings.load(
            database_url=settings.database_url,
            data_dir=settings.data_dir,
            admin_token=token,
            **tuning,
        )
        log_format = args.log_format or json_logs.default_log_format()
        allowed_networks(args.metrics_allow)  # a typo fails here, not at the first scrape
        workers = _ingest_workers(args.ingest_workers, settings.database_url)
    except ValueError as exc:
        return _fail(str(exc))
    json_logs.configure(log_format, args.log_level, secrets=[token])
    if log_format == "json":  # the ingestion worker processes (spawned) inherit the choice
        os.environ[json_logs.LOG_FORMAT_ENV] = log_format
    app = create_app(
        settings,
        purge_every=PURGE_EVERY,
        ingest_workers=workers,
        figures_every=FIGURES_EVERY,
        metrics_allow=args.metrics_allow,
    )
    url = sa.make_url(settings.database_url).render_as_string(hide_password=True)
    logging.getLogger(__name__).info(
        "ido-central serving on http://%s:%d (database %s, admin endpoints %s)",
        args.host,
        args.port,
        url,
        "enabled" if settings.admin_token else "disabled: no admin token",
    )
    tune_gc()
    # One front process: the rate limits and the concurrency gate live in it; the ingestion
    # workers (if any) only ever see batches it has admitted.
    uvicorn.run(
        app,
        host=args.host,
        port=args.port,
        log_level=args.log_level,
        log_config=json_logs.uvicorn_log_config(log_format),
    )
    return 0


#: Seconds between two rebuilds of the dashboard figures ingest has marked.
FIGURES_EVERY = 15.0


def _ingest_workers(requested: int | None, database_url: str) -> int:
    """How many ingestion processes to start: as asked, else one per core on PostgreSQL.

    SQLite has one writer at a time, so there batches are always stored in-process.
    """
    if sa.make_url(database_url).get_backend_name() != "postgresql":
        if requested:
            raise ValueError("--ingest-workers needs a PostgreSQL database")
        return 0
    if requested is not None:
        if requested < 0:
            raise ValueError("--ingest-workers must be 0 or more")
        return requested
    return min(os.cpu_count() or 1, MAX_AUTO_WORKERS)


if __name__ == "__main__":
    sys.exit(main())
