"""A desk reads the server's answers with the contract's models, and survives any server."""

from __future__ import annotations

from typing import Any

import pytest

from kiosk.protocol.answers import AdvertisedLimits, BatchAnswer, ConfigAnswer, FeedPage
from kiosk.protocol.limits import V1_LIMITS
from kiosk.protocol.reading import read

RESULT = {
    "op_id": "a",
    "status": "accepted",
    "code": None,
    "server_seq": 7,
    "retryable": False,
    "errors": [],
}
ANSWER: dict[str, Any] = {
    "batch_id": "b",
    "results": [RESULT],
    "branch_change_seq": 55,
    "server_time": "2026-11-28T17:10:31.002Z",
    "clock": {"skew_seconds": -3, "flag": None},
}


def test_a_good_answer_reads_as_it_is() -> None:
    answer = read(BatchAnswer, ANSWER)
    assert answer == BatchAnswer.model_validate(ANSWER)
    assert answer.results[0].model_dump(exclude_unset=True) == RESULT


def test_members_a_newer_server_adds_are_ignored() -> None:
    newer = {**ANSWER, "trace": "x", "results": [{**RESULT, "hint": "y"}]}
    assert read(BatchAnswer, newer) == read(BatchAnswer, ANSWER)


@pytest.mark.parametrize(
    "result",
    [
        {"status": "accepted"},  # no op_id
        {"op_id": 5, "status": "accepted"},
        {"op_id": "c", "status": "postponed"},  # a status this desk does not know
        {"op_id": "c"},
        "accepted",
        None,
    ],
)
def test_a_result_the_desk_cannot_read_is_skipped(result: Any) -> None:
    answer = read(BatchAnswer, {**ANSWER, "results": [RESULT, result]})
    assert [r.op_id for r in answer.results] == ["a"]


def test_a_results_descriptive_members_fall_back_and_only_what_was_sent_is_kept() -> None:
    sparse = {"op_id": "a", "status": "rejected", "code": 5, "errors": [1, {"path": "p"}]}
    [result] = read(BatchAnswer, {**ANSWER, "results": [sparse]}).results
    assert (result.code, result.server_seq, result.retryable, result.errors) == (
        None,
        None,
        False,
        [],
    )
    # What the desk stores for support: the members the server sent.
    assert result.model_dump(exclude_unset=True) == {
        "op_id": "a",
        "status": "rejected",
        "code": None,
        "errors": [],
    }


@pytest.mark.parametrize(
    "broken",
    [
        {"branch_change_seq": True},
        {"branch_change_seq": -1},
        {"server_time": 5},
        {"clock": "now"},
        {"clock": {"flag": None}},
        {"batch_id": None},
    ],
)
def test_envelope_members_a_desk_can_do_without_fall_back(broken: dict[str, Any]) -> None:
    answer = read(BatchAnswer, {**ANSWER, **broken})
    assert [r.op_id for r in answer.results] == ["a"]
    [(member, _value)] = broken.items()
    assert getattr(answer, member) in (None, "")


@pytest.mark.parametrize("data", [{}, {"results": None}, {"results": {}}, [], "<html>", None])
def test_an_answer_without_results_is_no_answer(data: Any) -> None:
    with pytest.raises(ValueError):
        read(BatchAnswer, data)


def test_a_config_reads_the_v1_limits_for_what_it_leaves_out_or_gets_wrong() -> None:
    config = read(
        ConfigAnswer,
        {
            "protocol": {"min": 1, "max": 2},
            "limits": {"max_ops": 40, "max_body_bytes": 0, "max_op_bytes": True},
            "poll_seconds": -5,
        },
    )
    assert config.limits == AdvertisedLimits(
        max_ops=40,
        max_body_bytes=V1_LIMITS["max_body_bytes"],
        max_op_bytes=V1_LIMITS["max_op_bytes"],
        max_inflight=1,
    )
    assert (config.poll_seconds, config.server_time) == (60, None)
    assert read(ConfigAnswer, {"protocol": {"min": 1, "max": 1}, "limits": [1]}).limits == (
        AdvertisedLimits.v1()
    )
    with pytest.raises(ValueError):
        read(ConfigAnswer, {"limits": {}})  # without its protocol range a config says nothing


def test_a_feed_page_keeps_each_change_as_sent() -> None:
    broken_change = {"type": "booking", "id": 5, "data": "not an object"}
    page = read(FeedPage, {"changes": [broken_change, 3, None], "has_more": 1})
    # The change is judged when applied (and set aside there); only non-objects are dropped.
    assert page.changes == [broken_change]
    assert (page.has_more, page.next_cursor) == (False, None)
