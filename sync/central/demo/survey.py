"""Made-up visitor survey responses for the demo: a few a week per branch, since this year.

The visitor survey came in this year (issue 18), so responses start on 1 January of *now*'s
year, a few a week at each registering branch, each with the answers a visitor might give
(most helped, some skipping a question, the age often left out). Rows of ``survey_response``
and ``survey_answer``, as :class:`sync.central.surveys.SurveyHandler` stores them.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Sequence
from datetime import date, timedelta

from kiosk.survey.definition import LANGUAGES, load_surveys
from sync.central.demo.visits import Row

#: Weights of each question's choices, in the survey's order (absent: all alike).
WEIGHTS = {
    "helped": (80, 15, 5),
    "self_next_time": (35, 40, 15, 10),
    "found_via": (40, 15, 20, 15, 5, 5),
    "recommend": (85, 12, 3),
    "age_band": (5, 15, 30, 30, 20),
}
SKIP = {"age_band": 0.35}  # the chance a question is skipped (others: 5 %)
LANGUAGE_WEIGHTS = (80, 4, 5, 5, 3, 3)  # nl, en, ar, tr, pl, uk


def generate(branches: Sequence[Row], today: date, seed: int) -> tuple[list[Row], list[Row]]:
    """Responses and answers of *branches* from 1 January of *today*'s year up to *today*."""
    rng = random.Random(f"survey-{seed}")
    survey = load_surveys(None).newest()
    responses: list[Row] = []
    answers: list[Row] = []
    for branch in branches:
        day = date(today.year, 1, 1)
        while day <= today:
            for _ in range(rng.randint(0, 4)):
                response_id = str(uuid.UUID(int=rng.getrandbits(128), version=4))
                given = {
                    q.code: rng.choices([c.code for c in q.choices], WEIGHTS.get(q.code), k=1)[0]
                    for q in survey.questions
                    if rng.random() >= SKIP.get(q.code, 0.05)
                }
                if not given:
                    continue
                responses.append(
                    {
                        "id": response_id,
                        "branch_id": branch["id"],
                        "survey_version": survey.version,
                        "language": rng.choices(LANGUAGES, LANGUAGE_WEIGHTS, k=1)[0],
                        "day": day + timedelta(days=rng.randint(0, 6)) if day < today else day,
                    }
                )
                answers += [
                    {"response_id": response_id, "question": q, "choice": c}
                    for q, c in given.items()
                ]
            day += timedelta(days=7)
    for row in responses:
        row["day"] = min(row["day"], today)
    return responses, answers
