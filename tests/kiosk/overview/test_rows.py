"""The exports' rows: one per counted question, in local time order, never a note."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from overview_oracle import KIND, QUESTIONS, Ledger

from kiosk.app import Kiosk
from kiosk.locations import DeskInfo
from kiosk.overview import rows
from kiosk.overview.figures import QuestionRow
from kiosk.overview.periods import Period, custom, period
from tests.conftest import FakeClock

AMS = ZoneInfo("Europe/Amsterdam")
Q_RENT, Q_DIGID, Q_LIBRARY, Q_TAX, Q_OTHER = QUESTIONS


def at(month: int, day: int, hour: int, minute: int = 0, fold: int = 0) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=AMS, fold=fold)


@pytest.fixture
def ledger(kiosk_app: Kiosk, desk: DeskInfo, clock: FakeClock) -> Ledger:
    lg = Ledger(kiosk_app, clock, desk.desk_id)
    lg.record(at(10, 25, 2, 30, fold=1), (Q_LIBRARY, Q_OTHER))  # the second 02:30
    lg.record(at(10, 25, 2, 30), (Q_TAX,))  # the first 02:30 (+02:00)
    lg.record(at(10, 31, 23, 30), (Q_RENT,), channel="phone")
    lg.record(at(11, 1, 0, 30), (Q_DIGID, Q_RENT), count=2)
    original = lg.record(at(11, 3, 10), (Q_RENT,), recorded=at(11, 4, 9))[0]
    lg.correct(original, (Q_TAX, Q_OTHER), recorded=at(11, 21, 9), occurred=at(11, 20, 9))
    gone = lg.record(at(11, 3, 11), (Q_RENT,))[0]
    lg.void(gone, recorded=at(11, 3, 12))
    noted = replace(Q_LIBRARY, note="kwam terug voor de pas")
    lg.record(at(11, 10, 15), (noted,))
    return lg


def expected_rows(ledger: Ledger, app: Kiosk, chosen: Period) -> list[QuestionRow]:
    """The rows counted by hand from what was entered."""
    found = []
    for root, head in ledger.counted():
        if not chosen.first <= root.occurred.date() <= chosen.last:
            continue
        for position, q in enumerate(head.questions, start=1):
            organisation = q.organisation or "nvt"
            option = app.catalogues.current.get("organisation", organisation)
            found.append(
                QuestionRow(
                    visit_id=head.id,
                    occurred_local=root.occurred.replace(tzinfo=None),
                    channel=head.channel,
                    duration=head.duration,
                    mode=head.mode,
                    source=head.source,
                    entry=ledger.entry(root),
                    position=position,
                    kind=KIND[q.topic],
                    organisation=organisation,
                    layer=option.layer if option is not None else None,
                    topic=q.topic,
                    help=q.help,
                    referral=q.referral,
                    digid_followup=q.digid_followup,
                )
            )
    found.sort(key=lambda r: (r.occurred_local, r.visit_id, r.position))
    return found


@pytest.mark.parametrize(
    "chosen",
    [
        period("month", date(2026, 11, 1)),
        period("month", date(2026, 10, 1)),
        custom(date(2026, 10, 25), date(2026, 11, 1)),
        period("today", date(2026, 11, 1)),
        period("year", date(2026, 1, 1)),
    ],
    ids=lambda p: f"{p.first}-{p.last}",
)
def test_rows_equal_the_count_by_hand(ledger: Ledger, kiosk_app: Kiosk, chosen: Period) -> None:
    found = list(kiosk_app.overview.question_rows(chosen))
    assert found == expected_rows(ledger, kiosk_app, chosen)


def test_rows_in_local_time_order_with_the_cases(ledger: Ledger, kiosk_app: Kiosk) -> None:
    found = list(kiosk_app.overview.question_rows(custom(date(2026, 10, 25), date(2026, 11, 30))))
    moments = [r.occurred_local for r in found]
    assert moments == sorted(moments)
    assert moments[0] == datetime(2026, 10, 25, 2, 30)
    assert sum(1 for m in moments if m == datetime(2026, 10, 25, 2, 30)) == 3
    assert moments.count(datetime(2026, 11, 1, 0, 30)) == 4  # two tally visits, two questions
    corrected = [r for r in found if r.source == "correction"]
    assert [(r.occurred_local, r.position, r.topic, r.entry) for r in corrected] == [
        (datetime(2026, 11, 3, 10), 1, "belastingaangifte", "backdated"),
        (datetime(2026, 11, 3, 10), 2, "overig_anders", "backdated"),
    ]
    assert all(r.topic != "toeslag_huur" or r.occurred_local.day != 3 for r in found)  # void
    assert {r.layer for r in found if r.organisation == "belastingdienst"} == {
        "uitvoeringsorganisatie"
    }
    for row in found:
        assert "kwam terug" not in repr(row)  # a note never reaches an export


def test_rows_are_read_a_week_at_a_time(
    ledger: Ledger, kiosk_app: Kiosk, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The generator reads a chunk only when the rows before are used up."""
    reads: list[tuple[date, date]] = []
    chunk = rows._chunk

    def counting(*args: object) -> list[QuestionRow]:
        reads.append((args[2], args[3]))  # type: ignore[arg-type]
        return chunk(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(rows, "_chunk", counting)
    stream = kiosk_app.overview.question_rows(period("year", date(2026, 1, 1)))
    assert reads == []
    first = next(stream)
    assert first.occurred_local == datetime(2026, 10, 25, 2, 30)
    assert len(reads) == 43  # 1 January .. 28 October, weeks of 7 days
    assert reads[0] == (date(2026, 1, 1), date(2026, 1, 7))
    rest = list(stream)
    assert reads[-1] == (date(2026, 12, 31), date(2026, 12, 31))
    assert len(rest) + 1 == len(expected_rows(ledger, kiosk_app, period("year", date(2026, 1, 1))))
