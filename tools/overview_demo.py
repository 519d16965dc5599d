"""Sample weeks for the Overzicht's screenshots: visits on the weekdays of the last eight weeks.

The sample day (:func:`tools.demo_data.record_sample_day`) fills one morning; the Overzicht
needs weeks. :func:`record_sample_weeks` records them through the registration service with
its clock set to each visit's moment, as a clerk at the desk would have, so they count as
entered live; a few afternoons come from a tally sheet. The same seed gives the same weeks.
Qt-free, and outside the shipped packages like the rest of :mod:`tools`.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, datetime, timedelta

from kiosk.app import Kiosk
from kiosk.clock import system_now
from kiosk.registration import RegistrationService
from kiosk.survey.service import SurveyService
from kiosk.visits import QuestionInput, VisitInput
from tools.demo_data import VISITS

#: Visits per weekday (Monday first; the IDO is closed at the weekend) and per hour.
PER_DAY = (6, 9, 4, 8, 5)
HOURS = (9, 10, 10, 11, 11, 11, 13, 14, 14, 15, 16)
CHANNELS = ("in_person",) * 8 + ("phone", "online")


def record_sample_weeks(kiosk: Kiosk, desk_id: str, weeks: int = 8, seed: int = 16) -> int:
    """Record visits on the weekdays of the *weeks* weeks before today; return how many."""
    pick = random.Random(seed)
    now = system_now()
    clock = {"now": now}
    service = RegistrationService(kiosk.db, kiosk.catalogues, lambda: clock["now"])
    recorded = 0
    for day in weekdays(now, weeks):
        for _ in range(PER_DAY[day.isoweekday() - 1] + pick.randint(-2, 3)):
            moment = datetime(day.year, day.month, day.day, pick.choice(HOURS), pick.randint(0, 59))
            clock["now"] = moment.astimezone()
            service.record(desk_id, _visit(pick, clock["now"]))
            recorded += 1
        if day.isoweekday() == 3:  # Wednesday afternoon: the walk-in hour on a tally sheet
            clock["now"] = datetime(day.year, day.month, day.day, 16, 30).astimezone()
            count = pick.randint(2, 5)
            service.record(desk_id, _visit(pick, clock["now"], count=count))
            recorded += count
    return recorded


#: How often each answer is picked, per question (None: skipped); the rest of a survey's
#: choices are picked now and then.
ANSWERS: dict[str, tuple[str | None, ...]] = {
    "helped": ("yes",) * 7 + ("partly",) * 2 + ("no", None),
    "self_next_time": ("with_help",) * 4 + ("yes",) * 3 + ("no", "dont_know", None),
    "found_via": ("library",) * 4
    + ("family",) * 2
    + ("organisation",) * 2
    + ("municipality", "website", None),
    "recommend": ("yes",) * 8 + ("maybe", None),
    "age_band": ("45_64",) * 3 + ("65_74",) * 3 + ("25_44",) * 2 + ("75_plus", "under_25", None),
}


def record_sample_answers(kiosk: Kiosk, weeks: int = 8, seed: int = 18) -> int:
    """Record visitors' survey answers on the weekdays of the *weeks* weeks before today."""
    pick = random.Random(seed)
    now = system_now()
    clock = {"now": now}
    service = SurveyService(kiosk.db, kiosk.paths.data_dir, lambda: clock["now"])
    survey = service.current()
    recorded = 0
    for day in weekdays(now, weeks):
        for _ in range(pick.randint(0, 2)):
            clock["now"] = datetime(day.year, day.month, day.day, 12, 0).astimezone()
            answers = {
                q.code: pick.choice(ANSWERS.get(q.code, (*(c.code for c in q.choices), None)))
                for q in survey.questions
            }
            service.record(survey.version, pick.choice(("nl",) * 4 + ("ar", "tr")), answers)
            recorded += 1
    return recorded


def weekdays(now: datetime, weeks: int) -> Iterator[date]:
    """Yield the weekdays (Monday to Friday) of the *weeks* weeks before *now*'s day."""
    first = (now - timedelta(weeks=weeks)).date()
    for offset in range((now.date() - first).days):
        day = first + timedelta(days=offset)
        if day.isoweekday() <= 5:
            yield day


def _visit(pick: random.Random, moment: datetime, count: int = 1) -> VisitInput:
    questions = []
    for topic, org, followup, help_, referral, _duration in pick.sample(
        VISITS, pick.choice((1, 1, 1, 2))
    ):
        questions.append(
            QuestionInput(
                topic=topic, organisation=org, digid_followup=followup, help=help_,
                referral=referral,
            )
        )  # fmt: skip
    duration = pick.choice(("lt5", "5_15", "5_15", "15_30", "15_30", "30_60"))
    return VisitInput(
        questions=tuple(questions),
        channel=pick.choice(CHANNELS),
        duration=duration,
        occurred_at=moment,
        count=count,
    )
