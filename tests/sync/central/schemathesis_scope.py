"""Keep Schemathesis's changes to Hypothesis inside the tests that use Schemathesis.

Importing Schemathesis patches Hypothesis for the whole process
(``schemathesis.generation.hypothesis.setup``): a printer that prints nothing, so that its
coverage phase does not spend its time on reports, and a 32 KiB choice buffer instead of
8 KiB. Its pytest plugin imports it when pytest starts, so every other property test of the
run would report its falsifying example blank (``n=,``) and draw from a larger buffer.

:func:`restore_hypothesis` puts Hypothesis back as it ships; :func:`schemathesis_patches`
applies Schemathesis's patches for a block. The test modules that import Schemathesis call
the first when they are imported (at collection, before any test runs) and hold the second
around their own tests.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from hypothesis import core
from hypothesis.internal.conjecture import engine
from hypothesis.strategies._internal import collections
from hypothesis.vendor import pretty
from schemathesis.generation.hypothesis import setup

# What hypothesis/internal/conjecture/engine.py ships (the patch overwrote the original).
HYPOTHESIS_BUFFER_SIZE = 8 * 1024


def _state() -> tuple[Any, int]:
    return core.RepresentationPrinter, engine.BUFFER_SIZE


def _apply(printer: Any, buffer_size: int) -> None:
    core.RepresentationPrinter = printer
    core.BUFFER_SIZE = engine.BUFFER_SIZE = collections.BUFFER_SIZE = buffer_size


setup()  # what any use of Schemathesis does first (once per process; its plugin already may have)
_SCHEMATHESIS = _state()
_HYPOTHESIS = (pretty.RepresentationPrinter, HYPOTHESIS_BUFFER_SIZE)


def restore_hypothesis() -> None:
    """Undo Schemathesis's patches of Hypothesis for the rest of the process."""
    _apply(*_HYPOTHESIS)


@contextmanager
def schemathesis_patches() -> Iterator[None]:
    """Apply Schemathesis's patches of Hypothesis for the block, then undo them."""
    _apply(*_SCHEMATHESIS)
    try:
        yield
    finally:
        _apply(*_HYPOTHESIS)


restore_hypothesis()
