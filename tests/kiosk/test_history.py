"""The history of past visits: search by period and words, pages, and the correction window."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta

import pytest

from kiosk.app import Kiosk
from kiosk.errors import InputError
from kiosk.history import HistoryQuery, HistoryService, search_words
from kiosk.locations import DeskInfo
from kiosk.visits import QuestionInput, VisitInput
from tests.conftest import FakeClock
from ui import words

MakeVisit = Callable[..., VisitInput]
MakeQuestion = Callable[..., QuestionInput]
TODAY = date(2026, 11, 28)


def at(days_ago: int, hour: int = 10) -> datetime:
    """A local moment *days_ago* days before TODAY, at *hour*."""
    day = TODAY - timedelta(days=days_ago)
    return datetime(day.year, day.month, day.day, hour).astimezone()


def record_at(
    app: Kiosk, desk: DeskInfo, clock: FakeClock, moment: datetime, visit: VisitInput
) -> str:
    """Record *visit* with the clock at *moment* (the desk's clock back then), return its id."""
    kept = clock.current
    clock.set(moment)
    try:
        return app.registration.record(desk.desk_id, visit).visit_ids[0]
    finally:
        clock.set(kept)


@pytest.fixture
def history(kiosk_app: Kiosk) -> HistoryService:
    return HistoryService.of(kiosk_app)


def ids(history: HistoryService, desk: DeskInfo, **query: object) -> list[str]:
    page = history.search(desk.desk_id, HistoryQuery(**query), TODAY)  # type: ignore[arg-type]
    return [row.id for row in page.rows]


def test_search_by_period_newest_first(
    kiosk_app: Kiosk,
    desk: DeskInfo,
    clock: FakeClock,
    history: HistoryService,
    make_visit: MakeVisit,
) -> None:
    old = record_at(kiosk_app, desk, clock, at(40), make_visit())
    mid = record_at(kiosk_app, desk, clock, at(10), make_visit())
    new = record_at(kiosk_app, desk, clock, at(0, hour=9), make_visit())
    assert ids(history, desk) == [new, mid, old]
    assert ids(history, desk, start=TODAY - timedelta(days=10), end=TODAY) == [new, mid]
    assert ids(history, desk, start=TODAY - timedelta(days=45), end=TODAY - timedelta(days=1)) == [
        mid,
        old,
    ]
    # The last day is included whole.
    assert ids(history, desk, end=TODAY - timedelta(days=10)) == [mid, old]


def test_search_by_labels_and_note_case_insensitive(
    kiosk_app: Kiosk,
    desk: DeskInfo,
    clock: FakeClock,
    history: HistoryService,
    make_visit: MakeVisit,
    question: MakeQuestion,
) -> None:
    rent = record_at(kiosk_app, desk, clock, at(3), make_visit())  # Huurtoeslag, Toeslagen
    card = record_at(
        kiosk_app,
        desk,
        clock,
        at(2),
        make_visit(question(topic="bieb_pas", organisation=None, note="Nieuwe PAS gevraagd")),
    )
    label = kiosk_app.catalogues.label("topic", "toeslag_huur")
    assert ids(history, desk, words=label.upper()) == [rent]
    assert ids(history, desk, words="toeslagen") == [rent]  # the organisation's label
    help_label = kiosk_app.catalogues.label("help", "informatie")
    assert rent in ids(history, desk, words=help_label.lower())
    assert ids(history, desk, words="nieuwe pas") == [card]  # every word must be found
    assert ids(history, desk, words="nieuwe huurtoeslag") == []
    assert ids(history, desk, words="100%_") == []  # LIKE's wildcards are plain characters
    english = kiosk_app.catalogues.label("topic", "toeslag_huur", "en")
    assert english.casefold() != label.casefold()
    assert ids(history, desk, words=english) == [rent]  # an English clerk types English


def test_pages(
    kiosk_app: Kiosk,
    desk: DeskInfo,
    clock: FakeClock,
    history: HistoryService,
    make_visit: MakeVisit,
) -> None:
    made = [
        record_at(kiosk_app, desk, clock, at(0, hour=8) + timedelta(minutes=m), make_visit())
        for m in range(5)
    ]
    first = history.search(desk.desk_id, HistoryQuery(limit=2), TODAY)
    second = history.search(desk.desk_id, HistoryQuery(limit=2, offset=2), TODAY)
    last = history.search(desk.desk_id, HistoryQuery(limit=2, offset=4), TODAY)
    assert [r.id for r in first.rows + second.rows + last.rows] == made[::-1]
    assert (first.more, second.more, last.more) == (True, True, False)


def test_status_and_changeable(
    kiosk_app: Kiosk,
    desk: DeskInfo,
    clock: FakeClock,
    history: HistoryService,
    make_visit: MakeVisit,
) -> None:
    plain = record_at(kiosk_app, desk, clock, at(1), make_visit())
    voided = record_at(kiosk_app, desk, clock, at(2), make_visit())
    replaced = record_at(kiosk_app, desk, clock, at(3), make_visit())
    at_edge = record_at(kiosk_app, desk, clock, at(14), make_visit())
    too_old = record_at(kiosk_app, desk, clock, at(15), make_visit())
    kiosk_app.registration.void(desk.desk_id, voided, "dubbel")
    correction = kiosk_app.registration.correct(
        desk.desk_id, replaced, make_visit(channel="phone")
    ).visit_ids[0]
    page = history.search(desk.desk_id, HistoryQuery(), TODAY)
    rows = {r.id: r for r in page.rows}
    assert page.history_days == 14
    assert rows[plain].status == "active" and rows[plain].changeable
    assert rows[voided].status == "void" and rows[voided].refusal == "visit.already_void"
    assert rows[replaced].status == "replaced" and not rows[replaced].changeable
    assert rows[correction].status == "correction" and rows[correction].changeable
    assert rows[correction].corrects_id == replaced
    assert rows[at_edge].changeable
    assert rows[too_old].refusal == "history.outside_window" and not rows[too_old].changeable
    assert rows[plain].sent is False
    assert rows[plain].channel == kiosk_app.catalogues.label("channel", "in_person")
    assert rows[plain].topics == (kiosk_app.catalogues.label("topic", "toeslag_huur"),)


def test_void_and_correct_refused_outside_the_window(
    kiosk_app: Kiosk,
    desk: DeskInfo,
    clock: FakeClock,
    history: HistoryService,
    make_visit: MakeVisit,
) -> None:
    old = record_at(kiosk_app, desk, clock, at(20), make_visit())
    with pytest.raises(InputError) as caught:
        history.void(desk.desk_id, old, "dubbel", TODAY)
    assert caught.value.problems[0].code == "history.outside_window"
    assert "ouder dan 14 dagen" in words.error_text(caught.value)
    with pytest.raises(InputError) as caught:
        history.correct(desk.desk_id, old, make_visit(channel="phone"), TODAY)
    assert caught.value.problems[0].code == "history.outside_window"
    row = history.search(desk.desk_id, HistoryQuery(), TODAY).rows[0]
    assert row.status == "active"  # nothing was written

    # The branch widens the window: now it may.
    kiosk_app.settings.save(history_days=30)
    history.void(desk.desk_id, old, "dubbel", TODAY)
    row = history.search(desk.desk_id, HistoryQuery(), TODAY).rows[0]
    assert row.status == "void"


def test_correct_within_the_window(
    kiosk_app: Kiosk,
    desk: DeskInfo,
    clock: FakeClock,
    history: HistoryService,
    make_visit: MakeVisit,
) -> None:
    recent = record_at(kiosk_app, desk, clock, at(5), make_visit())
    [new] = history.correct(desk.desk_id, recent, make_visit(channel="phone"), TODAY).visit_ids
    rows = {r.id: r for r in history.search(desk.desk_id, HistoryQuery(), TODAY).rows}
    assert rows[recent].status == "replaced"
    assert rows[new].occurred_local == rows[recent].occurred_local  # keeps the moment


def test_unknown_visit_is_refused(history: HistoryService, desk: DeskInfo) -> None:
    with pytest.raises(InputError) as caught:
        history.void(desk.desk_id, "no-such-visit", "", TODAY)
    assert caught.value.problems[0].code == "visit.not_found"


def test_search_walks_the_index(history: HistoryService, desk: DeskInfo) -> None:
    """The search reads the desk's visits through its index, newest first, without a scan."""
    for query in (HistoryQuery(), HistoryQuery(start=TODAY, end=TODAY, words="huur pas")):
        plan = " | ".join(history.explain(desk.desk_id, query))
        assert "USING INDEX visit_desk_occurred" in plan, plan
        assert "SCAN v" not in plan, plan


def test_search_words() -> None:
    assert search_words("  Huur  huur PAS ") == ("huur", "pas")
    assert search_words("") == ()
