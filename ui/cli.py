"""Sync from the command line, for IT staff and scheduled tasks (no screen needed).

    ido-kiosk enroll --server URL --code CODE [--name NAME] [--kind counter|walking]
    ido-kiosk sync --once        one run and one summary line
    ido-kiosk sync               keep syncing until Ctrl+C (poll interval, backoff)
    ido-kiosk status [--json]    outbox counts, last success, clock offset, pause reason
    ido-kiosk export --out FILE [--all]   refused/quarantined/conflicted ops (or all) as JSON
    ido-kiosk requeue [--seq N ...]       quarantined ops back into the queue (after a fix)
    ido-kiosk rotate-token       renew the device token now (it also renews itself every 90 days)
    ido-kiosk report --from DATE --to DATE --out FILE.xlsx|csv   the export (:mod:`ui.cli_report`)
    ido-kiosk diagnostics --out FILE.zip   for the helpdesk (:mod:`ui.cli_diagnostics`)
    ido-kiosk backup             a backup of the data now (:mod:`ui.cli_backup`)

Exit codes: 0 done; 1 failed, will be retried (offline, server busy or down); 2 wrong usage;
3 needs a person (not enrolled, paused, enrollment refused). ``sync --once`` while another
process (the app, another scheduled task) is syncing the same data folder prints that on
stdout and exits 0: the other run does the work, nothing failed. The data directory is the app's
(``KIOSK_HOME`` moves it). Output is in the desk's language (Dutch unless English is chosen in
the settings, read as the app reads it: :func:`ui.i18n.stored_language`); details go to the
app's log file.

This is the desk's other user interface: the sync client returns codes, and the words come
from :mod:`ui.words` and the ``Cli`` context (a core Qt application carries the translator;
no widget is made). ``ido-kiosk --version`` does not come here (:mod:`ui.__main__`).
"""

from __future__ import annotations

import argparse
import json
import logging
import platform
import sys
import time
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

import httpx
from PySide6.QtCore import QCoreApplication, QObject

from kiosk.app import Kiosk
from kiosk.errors import Message
from kiosk.logs import setup_logging, write_crash
from kiosk.paths import app_paths
from sync.client import SyncClient
from sync.credentials import TokenStore
from sync.http import SyncError
from sync.outbox_store import ALL_STATES, PROBLEM_STATES
from sync.result import SyncResult
from ui.cli_backup import add_backup_parser, run_backup
from ui.cli_diagnostics import add_diagnostics_parser, run_diagnostics
from ui.cli_report import add_report_parser, run_report
from ui.cli_status import status_text
from ui.marks import QT_TRANSLATE_NOOP
from ui.sync_status import summary
from ui.words import phrase, text

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_RETRY = 1
EXIT_USAGE = 2
EXIT_ATTENTION = 3


def _t(source: str) -> str:
    """Return *source* (marked with ``QT_TRANSLATE_NOOP("Cli", ...)``) in the desk's language."""
    return QCoreApplication.translate("Cli", source)


_WHERE = {
    "keyring": QT_TRANSLATE_NOOP("Cli", "in de sleutelbos van het besturingssysteem"),
    "file": QT_TRANSLATE_NOOP("Cli", "in een bestand dat alleen deze gebruiker kan lezen"),
}


class CliPlurals(QObject):
    """The command line's texts with a singular and a plural (Linguist sees ``%n`` in tr())."""

    def requeued(self, count: int) -> str:
        """Return "1 wijziging wordt opnieuw aangeboden" (plural: wijzigingen worden)."""
        return self.tr("%n wijzigingen worden opnieuw aangeboden.", "", count)

    def exported(self, count: int) -> str:
        """Return "1 wijziging opgeslagen in {path}" (plural: wijzigingen)."""
        return self.tr("%n wijzigingen opgeslagen in {path}", "", count)


def use_language() -> None:
    """Speak the desk's stored language (a core Qt application carries the translator)."""
    from ui.i18n import install_language, stored_language

    app = QCoreApplication.instance() or QCoreApplication([])
    install_language(app, stored_language(app_paths().database))


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser of the sync commands, in the desk's language."""
    parser = argparse.ArgumentParser(
        prog="ido-kiosk",
        description=QCoreApplication.translate(
            "Cli", "IDO Kiosk: synchroniseren met de centrale server."
        ),
    )
    commands = parser.add_subparsers(dest="command", required=True)
    enroll = commands.add_parser(
        "enroll", help=QCoreApplication.translate("Cli", "koppel deze balie met een koppelcode")
    )
    enroll.add_argument(
        "--server",
        required=True,
        help=QCoreApplication.translate("Cli", "adres, bv. https://sync.example.org"),
    )
    enroll.add_argument(
        "--code", required=True, help=QCoreApplication.translate("Cli", "de eenmalige koppelcode")
    )
    enroll.add_argument(
        "--name",
        help=QCoreApplication.translate(
            "Cli", "naam van deze balie (standaard: de ingestelde balie)"
        ),
    )
    enroll.add_argument(
        "--kind",
        choices=("counter", "walking"),
        help=QCoreApplication.translate("Cli", "balie of lopend IDO"),
    )
    sync = commands.add_parser(
        "sync", help=QCoreApplication.translate("Cli", "verstuur en haal op")
    )
    sync.add_argument(
        "--once",
        action="store_true",
        help=QCoreApplication.translate("Cli", "één keer, dan stoppen"),
    )
    status = commands.add_parser(
        "status", help=QCoreApplication.translate("Cli", "toon de stand van de synchronisatie")
    )
    status.add_argument(
        "--json",
        action="store_true",
        help=QCoreApplication.translate("Cli", "als JSON (voor scripts)"),
    )
    export = commands.add_parser(
        "export",
        help=QCoreApplication.translate(
            "Cli", "exporteer de wijzigingen die de server niet aannam, voor de ondersteuning"
        ),
    )
    export.add_argument(
        "--out",
        required=True,
        type=Path,
        help=QCoreApplication.translate("Cli", "het JSON-bestand"),
    )
    export.add_argument(
        "--all",
        action="store_true",
        help=QCoreApplication.translate("Cli", "alle wijzigingen, ook de verzonden"),
    )
    requeue = commands.add_parser(
        "requeue",
        help=QCoreApplication.translate("Cli", "bied tegengehouden wijzigingen opnieuw aan"),
    )
    requeue.add_argument(
        "--seq",
        type=int,
        nargs="+",
        help=QCoreApplication.translate("Cli", "alleen deze volgnummers (uit de export)"),
    )
    commands.add_parser(
        "rotate-token",
        help=QCoreApplication.translate("Cli", "vernieuw nu de sleutel van deze balie"),
    )
    add_report_parser(commands)
    add_diagnostics_parser(commands)
    add_backup_parser(commands)
    return parser


def main(
    argv: Sequence[str] | None = None,
    *,
    transport: httpx.BaseTransport | None = None,
    tokens: TokenStore | None = None,
) -> int:
    """Run one sync command; return the exit code. *transport*/*tokens* are for tests."""
    use_language()
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as exit_:
        return EXIT_OK if exit_.code == 0 else EXIT_USAGE
    if args.command == "report":  # no sync client: the export works offline, unenrolled
        return run_report(args)
    if args.command == "diagnostics":  # no sync client: works offline, on damaged data too
        return run_diagnostics(args)
    if args.command == "backup":  # no sync client; refuses damaged data
        return run_backup(args)
    paths = app_paths()
    setup_logging(paths.log_file)
    app = Kiosk.open(paths)
    client = SyncClient.for_kiosk(app, transport=transport, tokens=tokens)
    try:
        return _dispatch(app, client, args)
    except Exception as exc:  # a bug: the traceback goes to the crash log, never the terminal
        log.exception("ido-kiosk %s failed", args.command)
        write_crash(paths.crash_log, type(exc), exc, exc.__traceback__)
        print(phrase("sync.crashed", path=str(paths.crash_log)), file=sys.stderr)
        return EXIT_RETRY
    finally:
        client.close()
        app.close()


def _dispatch(app: Kiosk, client: SyncClient, args: argparse.Namespace) -> int:
    """Run the parsed command."""
    if args.command == "enroll":
        return _enroll(app, client, args)
    if args.command == "sync":
        return _sync(client, once=args.once)
    if args.command == "status":
        return _status(client, as_json=args.json)
    if args.command == "requeue":
        count = client.store.requeue_quarantined(args.seq)
        print(CliPlurals().requeued(count))
        return EXIT_OK
    if args.command == "rotate-token":
        return _rotate(client)
    return _export(client, args.out, everything=args.all)


def _enroll(app: Kiosk, client: SyncClient, args: argparse.Namespace) -> int:
    desk = app.locations.current()
    name = args.name or (desk.desk_name if desk else platform.node() or "IDO Kiosk")
    kind = args.kind or (desk.mode if desk else "counter")
    try:
        result = client.enroll(args.server, args.code, name, kind)
    except SyncError as exc:
        print(text(exc.message), file=sys.stderr)
        return EXIT_RETRY if exc.kind == "transient" else EXIT_ATTENTION
    print(
        QCoreApplication.translate(
            "Cli",
            "Gekoppeld als {name}: vestiging {branch} ({branch_id}), apparaat {device}. De "
            "sleutel staat {where}.",
        ).format(
            name=repr(name),
            branch=result.branch_name or "?",
            branch_id=result.branch_id,
            device=result.device_id,
            where=_t(_WHERE[result.token_location]),
        )
    )
    return EXIT_OK


def _sync(client: SyncClient, *, once: bool) -> int:
    if once:
        result = client.sync_once(force=True)
        good = result.ok or result.elsewhere
        print(summary(result), file=sys.stdout if good else sys.stderr)
        return _exit_code(result)
    try:
        while True:
            result = client.sync_once()
            if not result.skipped:
                print(f"{datetime.now():%H:%M:%S} {summary(result)}", flush=True)  # a log line
            if result.next_attempt_at is None:  # paused or not enrolled: a person must act
                return _exit_code(result)
            wait = (result.next_attempt_at - client.now()).total_seconds()
            time.sleep(min(max(wait, 1.0), float(client.poll_seconds)))
    except KeyboardInterrupt:
        return EXIT_OK


def _rotate(client: SyncClient) -> int:
    result = client.rotate_token()
    if result.ok:
        print(phrase("sync.token_rotated"))
        return EXIT_OK
    if result.error is not None:
        print(text(result.error), file=sys.stderr)
    if result.elsewhere:
        return EXIT_RETRY  # not done: the other run holds the lock; try again shortly
    needs_person = (Message("sync.not_enrolled"), Message("sync.token_not_rotated"))
    if result.paused_reason is not None or result.error in needs_person:
        return EXIT_ATTENTION
    return EXIT_RETRY


def _exit_code(result: SyncResult) -> int:
    if result.ok or result.elsewhere:
        return EXIT_OK
    if result.paused_reason is not None or result.next_attempt_at is None:
        return EXIT_ATTENTION
    return EXIT_RETRY


def _status(client: SyncClient, *, as_json: bool) -> int:
    status = client.status()
    if as_json:
        data: dict[str, Any] = status.to_json()
        data["last_error"] = None if status.last_error is None else text(status.last_error)
        data["token_location"] = (
            client.tokens.location(status.device_id) if status.device_id else None
        )
        print(json.dumps(data, indent=2, ensure_ascii=False))
    else:
        print(status_text(status))
    return EXIT_OK


def _export(client: SyncClient, out: Path, *, everything: bool) -> int:
    status = client.status()
    context = {"device_id": status.device_id, "branch_id": status.branch_id}
    states = ALL_STATES if everything else PROBLEM_STATES
    count = client.store.export(out, states, context=context)
    print(CliPlurals().exported(count).format(path=out))
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
