"""A push lets the garbage collector run less often while it runs, and gives it back after."""

from __future__ import annotations

import gc
import threading

import pytest

from sync import push


def test_the_young_threshold_is_raised_during_a_push_and_restored_after() -> None:
    before = gc.get_threshold()
    with push._fewer_collections():
        assert gc.get_threshold()[0] == max(before[0], push.GC_YOUNG_THRESHOLD)
        assert gc.get_threshold()[1:] == before[1:]
    assert gc.get_threshold() == before


def test_a_push_that_fails_restores_it_too() -> None:
    before = gc.get_threshold()
    with pytest.raises(RuntimeError), push._fewer_collections():
        raise RuntimeError("stopped")
    assert gc.get_threshold() == before


def test_overlapping_pushes_restore_it_once_the_last_one_ends() -> None:
    before = gc.get_threshold()
    first_in = threading.Event()
    second_done = threading.Event()

    def second() -> None:
        first_in.wait()
        with push._fewer_collections():
            pass
        second_done.set()

    other = threading.Thread(target=second)
    other.start()
    with push._fewer_collections():
        first_in.set()
        second_done.wait(5)
        assert gc.get_threshold()[0] == max(before[0], push.GC_YOUNG_THRESHOLD)
    other.join()
    assert gc.get_threshold() == before


def test_a_threshold_changed_meanwhile_is_left_alone() -> None:
    before = gc.get_threshold()
    try:
        with push._fewer_collections():
            gc.set_threshold(1234, *before[1:])
        assert gc.get_threshold() == (1234, *before[1:])
    finally:
        gc.set_threshold(*before)
