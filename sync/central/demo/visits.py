"""Generated visits and questions, as ingest would have stored them: many branches, real mixes.

The dashboard's figures tests count these rows in Python, the benchmark
(``benchmarks/bench_dashboard.py``) loads millions of them into PostgreSQL, and the demo
(:func:`sync.central.demo.run_demo`) fills a scratch server with them. Rows go straight into
``branch``, ``visit`` and ``question`` (``COPY`` on PostgreSQL). The codes are the shipped
catalogue's, each branch lies in a real municipality (CBS codes, one of them Weesp, merged
into Amsterdam on 24 March 2022), and the mixes are skewed like a real year's (busy and quiet
branches, mostly at the counter and in person, DigiD and allowances on top, a tax-return
season, some tallies, corrections and voids).

Local times are Europe/Amsterdam's, so a visit's offset is 60 or 120 minutes by the date.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from sqlalchemy import Connection

from kiosk import municipalities
from kiosk.catalogue import load_catalogues
from sync.central.db import copy_rows, insert_rows
from sync.central.tables import branch, question, visit

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
Row = dict[str, Any]
#: The municipality merged mid-period every generated set has a branch in, and where it went.
MERGED = "GM0457"  # Weesp, part of Amsterdam (GM0363) since 24 March 2022
MERGED_INTO = "GM0363"
#: When the generated branches were registered (before the merger: Weesp still existed).
REGISTERED = datetime(2020, 1, 1, tzinfo=UTC)


@dataclass(frozen=True)
class Mix:
    """The shipped catalogue's codes with the weights the generator draws them with."""

    topics: list[tuple[str, str, str]]  # code, kind, organisation
    topic_weights: list[float]
    help: list[str]
    referral: list[str]

    @classmethod
    def load(cls, version: int = 1) -> Mix:
        """The codes of the shipped catalogue *version*."""
        catalogue = load_catalogues().version(version)
        assert catalogue is not None, f"catalogue {version} is shipped"
        lists = catalogue.lists
        topics = [(t.code, t.kind or "", t.organisation or "nvt") for t in lists["topic"]]
        # DigiD and allowances on top, then a long tail (Zipf-like).
        weights = [1.0 / (1 + i) ** 0.9 for i in range(len(topics))]
        return cls(
            topics,
            weights,
            [h.code for h in lists["help"]],
            [r.code for r in lists["referral"]],
        )


def organisation_code(name: str, prefix: str = "") -> str:
    """A registry code for *name*: ``Bibliotheek Súdwest`` → ``bibliotheek-sudwest``."""
    return prefix + "-".join(municipalities.normalise_name(name).split())[: 64 - len(prefix)]


def make_places(
    count: int, seed: int = 1, *, prefix: str = "br", code_prefix: str = ""
) -> list[Row]:
    """*count* branches in real municipalities, a library organisation per few of them.

    Each row is a ``branch`` row plus ``organisation_code`` (a registry code made from the
    organisation's name and *code_prefix*, see :func:`organisation_code`). The first two
    branches are one organisation's: in Amsterdam and in Weesp (:data:`MERGED`, registered
    before the merger); the others lie in municipalities that exist from the reference's
    first day to today. ``municipality`` holds the CBS code as registered, ``province`` the
    province's name, ``organisation`` the organisation's name.
    """
    reference = municipalities.shipped()
    current = [
        m
        for m in sorted(reference.by_code.values(), key=lambda m: m.code)
        if m.valid_from is None and m.valid_until is None and m.code != MERGED_INTO
    ]
    places = [reference.by_code[MERGED_INTO], reference.by_code[MERGED], *current]
    rng = random.Random(seed)
    rows: list[Row] = []
    organisation = ""
    for index in range(count):
        place = places[index % len(places)]
        if index == 1:
            pass  # Weesp's library belongs to Amsterdam's organisation
        elif index % 4 == 0 or rng.random() < 0.15:  # an organisation covers one to a few
            organisation = f"Bibliotheek {place.name}"
        rows.append(
            {
                "id": f"{prefix}{index:04d}",
                "name": f"Vestiging {place.name} {index}",
                "organisation": organisation,
                "municipality": place.code,
                "province": reference.provinces[place.province].name,
                "last_seq": 0,
                "created_at": REGISTERED,
                "municipality_code": place.code,
                "organisation_code": organisation_code(organisation, code_prefix),
            }
        )
    return rows


def make_branches(count: int, seed: int = 1) -> list[Row]:
    """The ``branch`` rows of :func:`make_places` without a registry code (none registered)."""
    return [
        {k: v for k, v in row.items() if k != "organisation_code"}
        for row in make_places(count, seed)
    ]


def offset_at(moment_local: datetime) -> int:
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
    end: datetime | None = None,
    quiet: Mapping[str, datetime] | None = None,
) -> Iterator[tuple[list[Row], list[Row]]]:
    """Yield chunks of (visit rows, question rows) until about *questions* questions.

    Visits fall between local *start* and *months* later (or local *end*, when given), at
    opening hours (Monday to Saturday, 9 to 20, a peak in the morning and more in the
    tax-return months). About 2 % of visits are corrected (the correction is a new visit in
    the same or the next month, the original superseded) and 1 % voided. A branch in *quiet*
    records nothing from that local moment on (a desk that stopped syncing).
    """
    rng = random.Random(seed)
    mix = Mix.load()
    # Busy and quiet branches: a long-tailed weight per branch.
    branch_weights = [rng.paretovariate(1.5) for _ in branches]
    if end is not None:
        days = max(1, (end - start).days + 1)
    else:
        days = (start.replace(year=start.year + months // 12) - start).days + 30 * (months % 12)
    last = end or datetime.max
    silent = quiet or {}
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
            branch_id = branches[index]["id"]
            if local > last or local >= silent.get(branch_id, datetime.max):
                continue
            offset = offset_at(local)
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
                "branch_id": branch_id,
                "device_id": "d-" + branch_id,
                "location_id": "loc-" + branch_id,
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
                moved_local = moved.astimezone(AMSTERDAM).replace(tzinfo=None)
                if moved_local > last:
                    moved, moved_local = occurred, local
                fixed = {
                    **row,
                    "visit_id": fixed_id,
                    "op_id": f"o{fixed_id}",
                    "occurred_at": moved,
                    "occurred_at_corrected": moved,
                    "occurred_offset": offset_at(moved_local),
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
        rows.append(question_row(visit_id, position, topic, kind, organisation, helped, referral))
    return rows


def question_row(
    visit_id: str,
    position: int,
    topic: str,
    kind: str,
    organisation: str,
    helped: Sequence[str],
    referral: Sequence[str],
) -> Row:
    """One ``question`` row as ingest stores it (help and referral as JSON lists)."""
    return {
        "question_id": f"{visit_id}-{position}",
        "visit_id": visit_id,
        "position": position,
        "kind": kind,
        "organisation": organisation,
        "topic": topic,
        "digid_followup": None,
        "help": json.dumps(list(helped)),
        "referral": json.dumps(list(referral)),
    }


def write(conn: Connection, visits: Sequence[Row], asked: Sequence[Row]) -> None:
    """Store visit and question rows: ``COPY`` on PostgreSQL, one multi-row insert on SQLite."""
    put = copy_rows if conn.dialect.name == "postgresql" else insert_rows
    put(conn, visit, visits)
    put(conn, question, asked)


def load(
    conn: Connection,
    branches: Sequence[Row],
    chunks: Iterator[tuple[list[Row], list[Row]]],
) -> tuple[int, int]:
    """Store *branches* and every chunk of visits and questions; return (visits, questions)."""
    conn.execute(sa.delete(branch).where(branch.c.id.in_([b["id"] for b in branches])))
    insert_rows(conn, branch, list(branches))
    total_visits = total_questions = 0
    for visits, asked in chunks:
        write(conn, visits, asked)
        total_visits += len(visits)
        total_questions += len(asked)
    return total_visits, total_questions
