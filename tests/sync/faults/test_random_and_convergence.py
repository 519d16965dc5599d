"""Scenarios 11-12: random fault schedules (Hypothesis), and three devices on one branch."""

from __future__ import annotations

import signal

import pytest
from fault_proxy import (
    CUT_REQUEST,
    CUT_RESPONSE,
    DELAY,
    DROP_RESPONSE,
    HOLD,
    PASS,
    REFUSE,
    REPLAY_CONCURRENT,
    REPLAY_SEQUENTIAL,
    RESPOND,
    Fault,
)
from fault_scenarios import three_devices_converge
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pytestmark = pytest.mark.slow
BOTH = pytest.mark.parametrize("backend", ["sqlite", "postgresql"], indirect=True)
FAULTS = (
    PASS,
    REFUSE,
    DROP_RESPONSE,
    DELAY,
    RESPOND,
    CUT_REQUEST,
    CUT_RESPONSE,
    REPLAY_SEQUENTIAL,
    REPLAY_CONCURRENT,
)

record = st.tuples(st.just("record"), st.integers(1, 6), st.integers(1, 3))
void = st.tuples(st.just("void"), st.integers(1, 2), st.just(0))
sync = st.tuples(st.just("sync"), st.lists(st.sampled_from(FAULTS), max_size=3), st.just(0))
kill = st.tuples(st.just("kill"), st.booleans(), st.just(0))
schedules = st.lists(st.one_of(record, void, sync, kill), min_size=1, max_size=8).filter(
    lambda steps: sum(1 for s in steps if s[0] == "kill") <= 1  # a kill costs a process start
)


def _fault(kind: str) -> Fault:
    if kind == RESPOND:
        return Fault(RESPOND, status=503, retry_after="0")
    if kind == DELAY:
        return Fault(DELAY, seconds=0.05)
    return Fault(kind)


def test_11_random_fault_schedules(central, proxy, make_desk, converged):
    """Random interleavings of recording, voiding, faulty syncs and kills all converge."""
    desks = []

    @settings(
        max_examples=15,
        deadline=None,
        derandomize=True,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )
    @given(steps=schedules)
    def run(steps):
        desk = make_desk()
        desks.append(desk)
        desk.enroll(central, proxy.url)
        for action, a, b in steps:
            if action == "record":
                desk.record(visits=a, count=b)
            elif action == "void":
                desk.void(a)
            elif action == "sync":
                proxy.script(*[_fault(k) for k in a])
                desk.sync()
                proxy.clear()
            elif desk.client.store.waiting():
                hold = proxy.script(Fault(HOLD, forward_first=a, then=REFUSE))[0]
                process = desk.sync_process()
                try:
                    assert hold.arrived.wait(60)
                    process.send_signal(signal.SIGKILL)
                    process.wait(10)
                finally:
                    hold.release.set()
                    proxy.clear()
        desk.drain()
        converged(central, desks, branch_id=None)

    run()
    converged(central, desks)


@BOTH
def test_12_two_desks_and_a_laptop_converge(central, proxy, make_desk):
    """Three devices of one branch sync at once through random faults; the counts add up."""
    desks = [make_desk("Balie"), make_desk("Balie"), make_desk("Laptop")]
    three_devices_converge(central, proxy, desks, seed=12)
