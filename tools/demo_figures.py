"""Generated registrations for the central server: many branches, several years, real mixes.

For the dashboard's figures: their tests count the generated rows in Python, the benchmark
(``benchmarks/bench_dashboard.py``) loads millions of them into PostgreSQL, and a demo of the
dashboard can fill a scratch server with them. Rows go straight into ``branch``, ``visit`` and
``question`` (``COPY`` on PostgreSQL), as ingest would have stored them: the codes are the
shipped catalogue's, each branch lies in a real municipality (CBS codes), and the mixes are
skewed like a real year's (busy and quiet branches, mostly at the counter and in person,
DigiD and allowances on top, a tax-return season, some tallies, corrections and voids).

Local times are Europe/Amsterdam's, so a visit's offset is 60 or 120 minutes by the date.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from sqlalchemy import Connection

from sync.central.db import copy_rows, insert_rows
from sync.central.tables import branch, question, visit

ROOT = Path(__file__).resolve().parents[1]
AMSTERDAM = ZoneInfo("Europe/Amsterdam")
Row = dict[str, Any]


@dataclass(frozen=True)
class Mix:
    """The shipped catalogue's codes with the weights the generator draws them with."""

    topics: list[tuple[str, str, str]]  # code, kind, organisation
    topic_weights: list[float]
    help: list[str]
    referral: list[str]

    @classmethod
    def load(cls) -> Mix:
        """The codes of ``resources/catalogue/catalogue-1.json``."""
        path = ROOT / "resources" / "catalogue" / "catalogue-1.json"
        lists = json.loads(path.read_text(encoding="utf-8"))["lists"]
        topics = [(t["code"], t["kind"], t.get("organisation") or "nvt") for t in lists["topic"]]
        # DigiD and allowances on top, then a long tail (Zipf-like).
        weights = [1.0 / (1 + i) ** 0.9 for i in range(len(topics))]
        return cls(
            topics,
            weights,
            [h["code"] for h in lists["help"]],
            [r["code"] for r in lists["referral"]],
        )


def make_branches(count: int, seed: int = 1) -> list[Row]:
    """*count* branches in today's municipalities, a library organisation per few of them."""
    reference = json.loads(
        (ROOT / "resources" / "reference" / "municipalities.json").read_text(encoding="utf-8")
    )
    provinces = {p["code"]: p["name"] for p in reference["provinces"]}
    current = [m for m in reference["municipalities"] if m["until"] is None]
    rng = random.Random(seed)
    rows: list[Row] = []
    organisation = ""
    for index in range(count):
        place = current[index % len(current)]
        if index % 4 == 0 or rng.random() < 0.15:  # an organisation covers one to a few
            organisation = f"Bibliotheek {place['name']}"
        rows.append(
            {
                "id": f"br{index:04d}",
                "name": f"Vestiging {place['name']} {index}",
                "organisation": organisation,
                "municipality": place["code"],
                "province": provinces[place["province"]],
                "last_seq": 0,
                "created_at": datetime(2020, 1, 1, tzinfo=UTC),
            }
        )
    return rows


def _offset(moment_local: datetime) -> int:
    """The UTC offset in minutes in Amsterdam at a naive local time."""
    delta = moment_local.replace(tzinfo=AMSTERDAM).utcoffset()
    assert delta is not None
    return int(delta.total_seconds() // 60)


def generate(
    branches: Sequence[Row],
    questions: int,
    *,
    start: datetime = datetime(2023, 1, 1),
    months: int = 48,
    seed: int = 7,
) -> Iterator[tuple[list[Row], list[Row]]]:
    """Yield chunks of (visit rows, question rows) until about *questions* questions.

    Visits fall between local *start* and *months* later, at opening hours (Monday to
    Saturday, 9 to 20, a peak in the morning and more in the tax-return months). About 2 % of
    visits are corrected (the correction is a new visit in the same or the next month, the
    original superseded) and 1 % voided.
    """
    rng = random.Random(seed)
    mix = Mix.load()
    # Busy and quiet branches: a long-tailed weight per branch.
    branch_weights = [rng.paretovariate(1.5) for _ in branches]
    days = (start.replace(year=start.year + months // 12) - start).days + 30 * (months % 12)
    number = 0
    made = 0
    visits: list[Row] = []
    asked: list[Row] = []
    channels, channel_w = ["in_person", "phone", "online"], [0.82, 0.13, 0.05]
    durations, duration_w = ["lt5", "5_15", "15_30", "30_60", "gt60"], [0.2, 0.4, 0.25, 0.1, 0.05]
    hours = list(range(9, 21))
    hour_w = [6, 9, 10, 8, 6, 7, 7, 6, 5, 3, 3, 2]
    while made < questions:
        picked = rng.choices(range(len(branches)), branch_weights, k=1000)
        for index in picked:
            day = start + timedelta(days=rng.randrange(days))
            if day.weekday() == 6:
                day -= timedelta(days=1)
            if day.month in (3, 4) and rng.random() < 0.3:  # the tax-return season
                day = day.replace(month=rng.choice((3, 4)), day=rng.randint(1, 28))
            local = day.replace(hour=rng.choices(hours, hour_w)[0], minute=rng.randrange(60))
            offset = _offset(local)
            occurred = (local - timedelta(minutes=offset)).replace(tzinfo=UTC)
            source = "tally" if rng.random() < 0.07 else "live"
            recorded = occurred + (
                timedelta(hours=rng.randint(1, 48)) if rng.random() < 0.04 else timedelta(0)
            )
            visit_id = f"v{number:011d}"
            number += 1
            row = {
                "visit_id": visit_id,
                "op_id": f"o{visit_id}",
                "branch_id": branches[index]["id"],
                "device_id": "d-" + branches[index]["id"],
                "location_id": "loc-" + branches[index]["id"],
                "desk_id": "desk-1",
                "occurred_at": occurred,
                "occurred_offset": offset,
                "occurred_at_corrected": occurred,
                "recorded_at": recorded,
                "channel": rng.choices(channels, channel_w)[0],
                "duration": rng.choices(durations, duration_w)[0],
                "mode": "walking" if rng.random() < 0.12 else "counter",
                "source": source,
                "catalogue_version": 1,
                "corrects": None,
                "voided_at": None,
                "void_op_id": None,
                "superseded_by": None,
            }
            n = rng.choices((1, 2, 3), (0.7, 0.22, 0.08))[0]
            rows = _questions(rng, mix, visit_id, n)
            fate = rng.random()
            if fate < 0.01:
                row["voided_at"] = recorded + timedelta(minutes=5)
                row["void_op_id"] = f"x{visit_id}"
            elif fate < 0.03:
                fixed_id = f"c{visit_id[1:]}"
                row["superseded_by"] = fixed_id
                moved = occurred + timedelta(days=rng.choice((0, 0, 0, 20, 35)))
                fixed = {
                    **row,
                    "visit_id": fixed_id,
                    "op_id": f"o{fixed_id}",
                    "occurred_at": moved,
                    "occurred_at_corrected": moved,
                    "occurred_offset": _offset(moved.astimezone(AMSTERDAM).replace(tzinfo=None)),
                    "source": "correction",
                    "corrects": visit_id,
                    "superseded_by": None,
                }
                visits.append(fixed)
                fixed_rows = _questions(rng, mix, fixed_id, n)
                asked.extend(fixed_rows)
                made += len(fixed_rows)
            visits.append(row)
            asked.extend(rows)
            made += len(rows)
        yield visits, asked
        visits, asked = [], []


def _questions(rng: random.Random, mix: Mix, visit_id: str, n: int) -> list[Row]:
    rows = []
    for position, (topic, kind, organisation) in enumerate(
        rng.choices(mix.topics, mix.topic_weights, k=n), 1
    ):
        helped = rng.sample(mix.help[:5], rng.choices((1, 2), (0.8, 0.2))[0])
        referral = rng.sample(mix.referral, 1) if "doorverwezen" in helped else []
        rows.append(
            {
                "question_id": f"{visit_id}-{position}",
                "visit_id": visit_id,
                "position": position,
                "kind": kind,
                "organisation": organisation,
                "topic": topic,
                "digid_followup": None,
                "help": json.dumps(helped),
                "referral": json.dumps(referral),
            }
        )
    return rows


def load(
    conn: Connection,
    branches: Sequence[Row],
    chunks: Iterator[tuple[list[Row], list[Row]]],
) -> tuple[int, int]:
    """Store *branches* and every chunk of visits and questions; return (visits, questions)."""
    write = copy_rows if conn.dialect.name == "postgresql" else insert_rows
    conn.execute(sa.delete(branch).where(branch.c.id.in_([b["id"] for b in branches])))
    insert_rows(conn, branch, list(branches))
    total_visits = total_questions = 0
    for visits, asked in chunks:
        write(conn, visit, visits)
        write(conn, question, asked)
        total_visits += len(visits)
        total_questions += len(asked)
    return total_visits, total_questions
