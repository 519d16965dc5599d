"""Scenarios the fault suite runs in more than one setting (one server, or two instances)."""

from __future__ import annotations

import threading

from conftest import CentralServer, DeskHome, assert_converged
from fault_proxy import (
    CUT_REQUEST,
    CUT_RESPONSE,
    DELAY,
    DROP_RESPONSE,
    PASS,
    REFUSE,
    REPLAY_CONCURRENT,
    REPLAY_SEQUENTIAL,
    RESPOND,
    FaultProxy,
    RandomSchedule,
)

#: Scenario 12's mix of faults: every kind, passing four times as often as each other one.
MIXED = {
    PASS: 4,
    REFUSE: 1,
    DROP_RESPONSE: 1,
    DELAY: 1,
    RESPOND: 1,
    CUT_REQUEST: 1,
    CUT_RESPONSE: 1,
    REPLAY_SEQUENTIAL: 1,
    REPLAY_CONCURRENT: 1,
}


def three_devices_converge(
    central: CentralServer,
    proxy: FaultProxy,
    desks: list[DeskHome],
    *,
    seed: int,
    weights: dict[str, float] = MIXED,
    other: CentralServer | None = None,
) -> None:
    """Scenario 12: *desks* of one branch record, void and sync at once through random faults.

    Six rounds, then every desk drains; nothing is lost or counted twice, and the branch's
    figures (``ido-central stats`` run against *other*, else *central*) add up.
    """
    for desk in desks:
        desk.enroll(central, proxy.url)
    proxy.random = RandomSchedule(seed=seed, weights=weights)
    for round_ in range(6):
        for number, desk in enumerate(desks):
            desk.record(visits=3 + number, count=1 + round_ % 3, questions=1 + number % 2)
            if round_ % 2:
                desk.void(1)
        threads = [threading.Thread(target=desk.sync) for desk in desks]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(120)
    proxy.clear()
    for desk in desks:
        desk.drain()
    assert_converged(central, desks)
    totals = [desk.expected_active(acked_only=False) for desk in desks]
    entry = (other or central).branch_stats()
    assert entry["visits"] == sum(t[0] for t in totals)
    assert entry["questions"] == sum(t[1] for t in totals)
    assert entry["devices"] == len(desks)
