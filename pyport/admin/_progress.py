"""Progress reporting for the admin utilities: one dataclass, one callback type."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from pyport._batch_results import BatchProgress
from pyport.errors import BatchCancelled


@dataclass(frozen=True)
class Progress:
    """Where an operation is: `done` of `total` (None: not known yet) `kind` items in `phase`.

    Phases: "validate" (checking a snapshot's files), "read" (reading objects), "plan",
    "write", "delete". `kind` is "blueprints", "entities", "actions", "files", ...; for
    entities `blueprint` names the blueprint.
    """

    phase: str
    kind: str
    done: int
    total: int | None
    blueprint: str | None = None


ProgressCallback = Callable[[Progress], None]


class Reporter:
    """Calls the user's callback (if any); what it raises propagates and stops the operation."""

    def __init__(self, callback: ProgressCallback | None) -> None:
        self._callback = callback

    def __call__(
        self,
        phase: str,
        kind: str,
        done: int,
        total: int | None,
        *,
        blueprint: str | None = None,
    ) -> None:
        if self._callback is not None:
            self._callback(Progress(phase, kind, done, total, blueprint))

    def for_batch(
        self, phase: str, kind: str, *, blueprint: str | None, total: int | None, offset: int = 0
    ) -> Callable[[BatchProgress], None] | None:
        """A `BatchProgress` callback forwarding to this reporter."""
        if self._callback is None:
            return None

        def forward(step: BatchProgress) -> None:
            self(phase, kind, offset + step.done, total, blueprint=blueprint)

        return forward


@contextmanager
def unwrap_cancel() -> Iterator[None]:
    """Re-raise what stopped a batch (the callback's exception, Ctrl-C) as itself."""
    try:
        yield
    except BatchCancelled as cancelled:
        cause = cancelled.__cause__
        if cause is None:
            raise
        raise cause from None
