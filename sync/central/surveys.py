"""The visitor survey on the server: its versions, the feed, and storing responses.

The survey versions are the shipped files (``resources/survey``) plus any newer ones in the
data directory's ``survey`` folder (``ido-central survey-publish`` copies a checked file
there), parsed with the desk's own parser (:mod:`kiosk.survey.definition`). Each version is
published once on the pull feed as a ``survey`` change (data = the file's JSON, id = its
version), like the catalogues, so desks ask the newest version after their next pull.

:class:`SurveyHandler` stores ``survey.answered`` ops: the payload is checked to its full
shape against the version it names (:func:`kiosk.protocol.survey.check_survey_payload`), the
envelope's moment must be midnight UTC of its date, and the date may not lie in the future.
A response keeps its branch, version, language and date, under a random id the server makes;
its answers go one row per answered question into ``survey_answer`` for the figures. No time
is stored with it, nor the op's id or the desk's id of it: nothing links a stored response to
what the core keeps of its op (``applied_op``: ``local_seq``, receipt time). A batch's
responses are written in shuffled order.
"""

from __future__ import annotations

import argparse
import json
import logging
import random
import shutil
import sys
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection

from kiosk.catalogue import CatalogueSet
from kiosk.protocol.batch import OpHeader
from kiosk.protocol.errors import Errors
from kiosk.protocol.kinds import SURVEY_KINDS
from kiosk.protocol.survey import SurveyPayload, check_survey_payload, day_errors
from kiosk.survey.definition import (
    FOLDER,
    Survey,
    SurveyError,
    SurveySet,
    file_name,
    load_file,
    parse_survey,
    shipped_files,
)
from sync.central.catalogues import publish_documents
from sync.central.pipeline.handler import Batch, Handler
from sync.central.pipeline.ops import Incoming, Result, result
from sync.central.settings import Settings
from sync.central.tables import survey_answer, survey_response

log = logging.getLogger(__name__)
CHANGE_TYPE = "survey"


@dataclass(frozen=True)
class ServerSurveys:
    """The parsed survey versions (for the checks) and their files' JSON (for the feed)."""

    surveys: SurveySet
    documents: dict[int, dict[str, Any]]


_installed: ServerSurveys | None = None


def load_server_surveys(data_dir: Path | None) -> ServerSurveys:
    """Load the shipped surveys and the valid ones in ``<data_dir>/survey``; check with them.

    The set loaded last is the one :class:`SurveyHandler` checks responses against (the
    application and every ingestion worker load it at start, as they load the catalogues).
    """
    global _installed
    _installed = _read_surveys(data_dir)
    return _installed


def _read_surveys(data_dir: Path | None) -> ServerSurveys:
    sources = shipped_files()
    folder = data_dir / FOLDER if data_dir is not None else None
    if folder is not None and folder.is_dir():
        sources += [(p.name, p.read_text("utf-8")) for p in sorted(folder.glob("survey-*.json"))]
    parsed: dict[int, Survey] = {}
    documents: dict[int, dict[str, Any]] = {}
    for name, text in sources:
        try:
            data = json.loads(text)
            survey = parse_survey(data, name)
        except (ValueError, SurveyError) as exc:
            log.warning("Skipping survey %s: %s", name, exc)
            continue
        if survey.version not in parsed:  # a shipped version is never replaced
            parsed[survey.version] = survey
            documents[survey.version] = data
    return ServerSurveys(SurveySet(parsed.values()), documents)


def installed() -> ServerSurveys:
    """The survey versions loaded last (the shipped ones when none were loaded yet)."""
    return _installed if _installed is not None else load_server_surveys(None)


def publish_surveys(conn: Connection, found: ServerSurveys, now: datetime) -> list[int]:
    """Add a ``survey`` change for every version not yet on the feed; return those versions."""
    return publish_documents(conn, CHANGE_TYPE, found.documents, now)


def install_survey_file(source: Path, data_dir: Path) -> int:
    """Check *source* and copy it into ``<data_dir>/survey`` as ``survey-<version>.json``.

    A version that is already installed or shipped is refused (a version never changes);
    :class:`SurveyError` says why. The server publishes it at its next start.
    """
    survey = load_file(source)
    if survey.version in _read_surveys(data_dir).documents:
        raise SurveyError(f"{source.name}: survey version {survey.version} already exists")
    folder = data_dir / FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, folder / file_name(survey.version))
    return survey.version


class SurveyHandler(Handler):
    """Stores visitors' anonymous survey responses (see the module docstring)."""

    kinds = frozenset(SURVEY_KINDS)

    @classmethod
    def check(cls, op: Incoming, header: OpHeader, catalogues: CatalogueSet) -> Errors:
        """The payload's full shape against its survey version, and the envelope's moment."""
        parsed, errors = check_survey_payload(
            header.payload,
            header.entity_id,
            installed().surveys,
            None,  # the date's bound is checked in apply, with the batch's clock
            header.occurred_at_device,
        )
        op.payload = parsed
        return errors

    def __init__(self, batch: Batch) -> None:
        """Decide the survey ops of *batch*."""
        super().__init__(batch)
        self.responses = batch.plan.insert(survey_response)
        self.answers = batch.plan.insert(survey_answer)

    def apply(self, op: Incoming) -> Result:
        """Store one response, under a random id of its own, and its answered questions."""
        sent = op.payload
        assert isinstance(sent, SurveyPayload)
        ctx = self.batch.ctx
        errors = day_errors(sent.day, ctx.now.date())  # a day ahead allowed: time zones
        if errors:
            return result(op.op_id, "rejected", "validation_failed", errors=errors)
        seq = self.batch.next_seq()
        stored_as = str(uuid.uuid4())  # neither the op's id nor the desk's: no link to either
        self.responses.append(
            {
                "id": stored_as,
                "branch_id": ctx.branch_id,
                "survey_version": sent.survey_version,
                "language": sent.language,
                "day": datetime.fromisoformat(sent.day).date(),
            }
        )
        self.answers.extend(
            {"response_id": stored_as, "question": question, "choice": choice}
            for question, choice in sorted(sent.answers.items())
            if choice is not None
        )
        return result(op.op_id, "accepted", server_seq=seq)

    def finish(self) -> None:
        """Store the batch's responses in no particular order (not that of their ops)."""
        random.SystemRandom().shuffle(self.responses)


# -- ido-central survey-publish ------------------------------------------------------------------

NAMES = ("survey-publish",)


def add_commands(command: Callable[[str, str], argparse.ArgumentParser]) -> None:
    """Register ``survey-publish`` through the CLI's *command* (name, help) factory."""
    publish = command(
        "survey-publish",
        "check a new visitor survey version and install it; the server publishes it to the "
        "desks at its next start",
    )
    publish.add_argument("file", type=Path, help="survey-<version>.json (resources/survey)")


def run(args: argparse.Namespace, settings: Settings) -> int:
    """Install the survey file *args* name; return the exit status."""
    try:
        version = install_survey_file(args.file, settings.data_dir)
    except SurveyError as exc:
        print(f"ido-central: {exc}", file=sys.stderr)
        return 1
    print(f"Survey version {version} installed; restart every server process to publish it.")
    return 0
