"""Child process for the crash-safety test: records visits until it is killed.

Run from the project root::

    PYTHONPATH=. python tests/kiosk/recorder.py DATA_DIR [--seed N] [--hold]

It opens the app core on ``DATA_DIR`` exactly as the app does (``Kiosk.open``), uses the
current desk or sets up the demo desk, and then records visits in a loop through
``RegistrationService`` (one to three questions, sometimes a tally of three, now and then a
void of an earlier visit). After each call *returns* it prints one line to stdout and flushes
it; that line is the app's promise that the data is on disk:

``OPENING``                               about to open the database
``READY <desk_id>``                       database open, desk known, about to record
``CONFIRMED visit <questions> <id>...``   ``record`` returned (several ids for a tally)
``CONFIRMED void <visit_id>``             ``void`` returned

``--hold`` makes it import everything (what a save needs too: ``Kiosk.prepare_writes``, as the
app does right after start-up) and then wait for one line on stdin before it touches
the database, so the test can start the next child (the slow imports) while the current one
is still being killed. A closed stdin ends it without touching the database.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

from kiosk.app import Kiosk
from kiosk.locations import demo_location
from kiosk.paths import app_paths
from kiosk.visits import QuestionInput, VisitInput

CHANNELS = ("in_person", "phone", "online")
DURATIONS = ("lt5", "5_15", "15_30", "30_60", "gt60")
NOTES = ("", "", "", "printer liep vast", "kwam terug voor vervolg")

# Questions that pass validation against catalogue 1, covering each kind of rule.
QUESTIONS = (
    QuestionInput(topic="bieb_pas", help=("informatie",)),
    QuestionInput(topic="bieb_printen", help=("samen_gedaan",)),
    QuestionInput(topic="overig_anders", help=("wegwijs", "informatie")),
    QuestionInput(topic="toeslag_huur", organisation="toeslagen", help=("samen_gedaan",)),
    QuestionInput(topic="belastingaangifte", organisation="belastingdienst", help=("informatie",)),
    QuestionInput(
        topic="digid_aanvragen",
        organisation="logius",
        digid_followup="aangevraagd",
        help=("samen_gedaan",),
    ),
    QuestionInput(
        topic="digid_kwijt",
        organisation="logius",
        digid_followup="niet_gelukt",
        help=("doorverwezen",),
        referral=("dienstverlener",),
    ),
    QuestionInput(
        topic="werk_uitkering",
        organisation="uwv",
        help=("informatie", "doorverwezen"),
        referral=("sociaal_raadslieden", "welzijn"),
    ),
)


def random_visit(rng: random.Random) -> VisitInput:
    """Return a valid visit: mostly one question, sometimes 2-3, sometimes a tally of 3."""
    roll = rng.random()
    questions = 1 if roll < 0.6 else rng.choice((2, 3))
    chosen = []
    for question in rng.sample(QUESTIONS, questions):
        note = rng.choice(NOTES)
        chosen.append(
            QuestionInput(
                topic=question.topic,
                organisation=question.organisation,
                digid_followup=question.digid_followup,
                help=question.help,
                referral=question.referral,
                note=note,
            )
        )
    return VisitInput(
        questions=tuple(chosen),
        channel=rng.choice(CHANNELS),
        duration=rng.choice(DURATIONS),
        mode=rng.choice(("counter", "counter", "walking")),
        count=3 if rng.random() < 0.15 else 1,  # always 3: the test checks they come in threes
    )


def say(line: str) -> None:
    """Print one complete line and flush it at once (a single write on the pipe)."""
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def main(argv: list[str] | None = None) -> int:
    """Record visits on the data directory in *argv* until killed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--hold", action="store_true", help="wait for a stdin line first")
    args = parser.parse_args(argv)
    Kiosk.prepare_writes()
    if args.hold and not sys.stdin.readline():
        return 0
    rng = random.Random(args.seed)

    say("OPENING")
    kiosk = Kiosk.open(app_paths(args.data_dir))
    desk = kiosk.locations.current() or kiosk.locations.create(demo_location(), demo=True)
    registration = kiosk.registration
    # Earlier rounds' visits can be voided too: today's active visits at this desk.
    voidable = [row.id for row in registration.day(desk.desk_id).rows if row.status == "active"]
    say(f"READY {desk.desk_id}")

    while True:
        if voidable and rng.random() < 0.08:
            visit_id = voidable.pop(rng.randrange(len(voidable)))
            registration.void(desk.desk_id, visit_id, rng.choice(("", "dubbel ingevoerd")))
            say(f"CONFIRMED void {visit_id}")
            continue
        visit = random_visit(rng)
        result = registration.record(desk.desk_id, visit)
        say(f"CONFIRMED visit {len(visit.questions)} {' '.join(result.visit_ids)}")
        voidable.extend(result.visit_ids)


if __name__ == "__main__":
    sys.exit(main())
