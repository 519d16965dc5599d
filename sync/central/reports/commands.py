"""``ido-central report``: the accountability report from the command line.

    ido-central report --municipality GM0363 | --organisation CODE
                       --year 2026 [--quarter N] | --from 2026-01 --to 2026-06
                       --out FILE.pdf|FILE.xlsx

The command line may report on any municipality or library organisation (it runs as the
national role, every count shown). The format follows the file's suffix. A code the server
does not know ends with exit status 2, any other problem with 1. The file is written whole or
not at all, and the audit log gets a ``download`` row (without an account or address).
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from sync.central.accounts import audit
from sync.central.accounts.roles import Role
from sync.central.accounts.scope import Visibility
from sync.central.accounts.viewer import Viewer
from sync.central.catalogues import load_server_catalogues
from sync.central.db import Database
from sync.central.figures import params
from sync.central.reports import content
from sync.central.settings import Settings

NAMES = ("report",)
UNKNOWN_CODE = 2  # as the branch commands: a code the server does not know
SUFFIXES = (".pdf", ".xlsx")
MONTH = re.compile(r"\d{4}-\d{2}")
#: Who the command line is: the national role, every count shown.
COMMAND_LINE = Viewer(role=Role.NATIONAL, username="ido-central")
AddCommand = Callable[[str, str], argparse.ArgumentParser]


def add_commands(command: AddCommand) -> None:
    """Register ``report`` through the CLI's *command* (name, help) factory."""
    report = command(
        "report", "write the accountability report of a municipality or library organisation"
    )
    subject = report.add_mutually_exclusive_group(required=True)
    subject.add_argument("--municipality", help="CBS code: GM0363 (merged ones rolled up)")
    subject.add_argument("--organisation", help="library organisation code (org-list)")
    report.add_argument("--year", type=int, help="the year reported on")
    report.add_argument("--quarter", type=int, choices=(1, 2, 3, 4), help="one quarter of it")
    report.add_argument("--from", dest="first", metavar="YYYY-MM", help="first month")
    report.add_argument("--to", dest="last", metavar="YYYY-MM", help="last month")
    report.add_argument("--out", type=Path, required=True, help="FILE.pdf or FILE.xlsx")


def _fail(message: str, status: int = 1) -> int:
    print(f"ido-central: {message}", file=sys.stderr)
    return status


def _period(args: argparse.Namespace) -> dict[str, list[str]] | str:
    """The report's period as query parameters, or what is wrong with the options."""
    if args.year is not None:
        if args.first or args.last:
            return "give --year (with --quarter) or --from/--to, not both"
        period = {"jaar": [str(args.year)]}
        if args.quarter is not None:
            period["kwartaal"] = [str(args.quarter)]
        return period
    if args.quarter is not None:
        return "--quarter needs --year"
    if not (args.first and args.last):
        return "give --year (with --quarter) or both --from and --to"
    for month in (args.first, args.last):
        if MONTH.fullmatch(month) is None:
            return f"{month!r} is not a month: give YYYY-MM, such as 2026-03"
    return {"van": [args.first], "tot": [args.last]}


def run(args: argparse.Namespace, db: Database, settings: Settings) -> int:
    """Write the report *args* ask for; return the exit status."""
    out: Path = args.out
    kind = out.suffix.lower()
    if kind not in SUFFIXES:
        return _fail(f"{out}: the file name must end in .pdf or .xlsx")
    period = _period(args)
    if isinstance(period, str):
        return _fail(period)
    if args.municipality is not None:
        subject = content.Subject(content.SubjectKind.MUNICIPALITY, args.municipality)
    else:
        subject = content.Subject(content.SubjectKind.ORGANISATION, args.organisation)
    now = datetime.now(UTC)
    catalogues = load_server_catalogues(settings.catalogue_dir).catalogues
    visibility = Visibility.of(COMMAND_LINE, 1)
    try:
        with db.read() as conn:
            made = content.build_report(conn, subject, period, visibility, catalogues, now)
    except content.ReportError as exc:
        if exc.status == 403:  # the national role is refused only a code that does not exist
            what = (
                "no municipality with CBS code"
                if args.municipality is not None
                else "no library organisation with code"
            )
            hint = "" if args.municipality is not None else " (org-list shows them)"
            return _fail(f"{what} {subject.code!r}{hint}", UNKNOWN_CODE)
        return _fail(exc.message)
    except params.FilterError as exc:
        return _fail(exc.message)
    if kind == ".pdf":
        from sync.central.reports.pdf import report_pdf  # fpdf2: loaded only for a PDF

        body = report_pdf(made)
    else:
        from sync.central.reports.xlsx import report_xlsx

        body = report_xlsx(made)
    try:
        _write(out, body)
    except OSError as exc:
        return _fail(f"cannot write {out}: {exc.strerror or exc}")
    with db.write() as conn:
        audit.record(conn, audit.Event.DOWNLOAD, now, detail=f"{out.name} (ido-central report)")
    print(f"Wrote the report of {made.subject} over {made.period} to {out} ({len(body):,} bytes)")
    return 0


def _write(path: Path, body: bytes) -> None:
    """Write *body* to *path* whole: to a temporary file next to it, then renamed."""
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        temporary.write_bytes(body)
        temporary.replace(path)
    finally:
        temporary.unlink(missing_ok=True)
