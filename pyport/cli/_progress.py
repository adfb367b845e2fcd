"""rich progress bars for the library's progress callbacks: batches (`BatchProgress`) and the
admin utilities (`pyport.admin.Progress`, one bar per phase and kind). Drawn on stderr, and only
when stderr is a terminal and not -q: a pipe or a CI log gets no bar."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rich.progress import Progress as Bars
    from rich.progress import TaskID

    from pyport._batch_results import BatchProgress
    from pyport.admin import Progress
    from pyport.cli._state import Globals


class PhaseBars:
    """Callbacks for the library that draw (or, unseen, do nothing but count)."""

    def __init__(self, bars: Bars | None) -> None:
        self._bars = bars
        self._tasks: dict[str, TaskID] = {}
        self.last: dict[str, tuple[int, int | None]] = {}

    def _update(self, label: str, done: int, total: int | None) -> None:
        self.last[label] = (done, total)
        if self._bars is None:
            return
        task = self._tasks.get(label)
        if task is None:
            task = self._tasks[label] = self._bars.add_task(label, total=total)
        self._bars.update(task, completed=done, total=total)

    def batch(self, label: str) -> Any:
        def callback(step: BatchProgress) -> None:
            self._update(label, step.done, step.total)

        return callback

    def admin(self, step: Progress) -> None:
        kind = f"{step.kind}:{step.blueprint}" if step.blueprint else step.kind
        self._update(f"{step.phase} {kind}", step.done, step.total)


@contextmanager
def progress_bars(state: Globals) -> Iterator[PhaseBars]:
    if not state.show_progress():
        yield PhaseBars(None)
        return
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        TextColumn,
        TimeElapsedColumn,
    )
    from rich.progress import (
        Progress as Bars,
    )

    bars = Bars(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=state.console(stderr=True),
        transient=False,
    )
    with bars:
        yield PhaseBars(bars)
