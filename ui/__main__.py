"""Command line of ``ido-kiosk``: start the app, or run a headless sync command.

ido-kiosk                     start the app
ido-kiosk --home DIR          use DIR for data and logs (same as KIOSK_HOME=DIR)
ido-kiosk --version           print the version
ido-kiosk --screenshot FILE.png   start, save a picture of the window, stop (checks an install)
ido-kiosk sync|status|...     the sync commands (ui.cli)
ido-kiosk report --from DATE --to DATE --out FILE.xlsx|csv   the Overzicht's export, headless
ido-kiosk diagnostics --out FILE.zip   a zip for the helpdesk, without personal data
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path


def parse_args(argv: list[str]) -> argparse.Namespace:
    """Parse the command line."""
    parser = argparse.ArgumentParser(
        prog="ido-kiosk",
        description="IDO Kiosk: registratie voor het Informatiepunt Digitale Overheid.",
    )
    parser.add_argument(
        "--home", metavar="DIR", type=Path, help="folder for data and logs (overrides KIOSK_HOME)"
    )
    parser.add_argument("--version", action=_VersionAction)
    parser.add_argument(
        "--screenshot",
        metavar="FILE.png",
        type=Path,
        help="start, save a picture of the main window to FILE.png and stop (exit code 0 when "
        "saved): proves an install or a bundle is complete",
    )
    parser.add_argument("--startup-probe", action="store_true", help=argparse.SUPPRESS)
    return parser.parse_args(argv)


class _VersionAction(argparse.Action):
    """``--version``: print "ido-kiosk <version>" and stop (looked up only when asked)."""

    def __init__(self, option_strings: list[str], dest: str, **_kwargs: object) -> None:
        super().__init__(option_strings, dest, nargs=0, help="print the version and stop")

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: object,
        option_string: str | None = None,
    ) -> None:
        print(f"ido-kiosk {version()}")
        parser.exit()


def version() -> str:
    """Return the app's version: :data:`kiosk.__version__`, the one place it is kept.

    ``pyproject.toml`` repeats it for the wheel; ``tests/test_version.py`` holds the two equal.
    An installed distribution's metadata is not asked: an editable install keeps the version
    it was installed with.
    """
    from kiosk import __version__

    return __version__


SYNC_COMMANDS = frozenset(
    {"enroll", "sync", "status", "export", "requeue", "rotate-token", "report", "diagnostics"}
)


def main(argv: list[str] | None = None) -> int:
    """Run the app (or a headless sync command); return the exit code."""
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] in SYNC_COMMANDS:
        from ui.cli import main as sync_main

        return sync_main(argv)
    args = parse_args(argv)
    if args.home is not None:
        os.environ["KIOSK_HOME"] = str(args.home)
    from ui.app import run

    return run(startup_probe=args.startup_probe, screenshot=args.screenshot)


if __name__ == "__main__":
    sys.exit(main())
