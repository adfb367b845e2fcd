"""`port.action_runs.reporter(run_id)`: report an action run's progress and end it once.

    with port.action_runs.reporter(invocation.run_id) as run:
        run.log("Deploying checkout")
        run.update(link="https://ci.example/1234", status_label="Deploying")
        deploy()
    # SUCCESS on a normal exit; FAILURE with the exception's first line (re-raised) otherwise.

The run is ended at most once per client, whoever asks: a second reporter for the same run id (a
duplicate delivery, a retried block) and a second exit are no-ops; Port's "already finished"
answer counts as ended. Exceptions that are not `Exception`s (KeyboardInterrupt, task
cancellation) leave the run open: the work may still be running elsewhere.
"""

from __future__ import annotations

import contextlib
import threading
import weakref
from collections import OrderedDict
from collections.abc import Iterator
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, Literal, TypeVar, cast

from pyport._logging import redact_text, registered_secrets
from pyport._surface import NOT_GIVEN, NotGiven
from pyport.errors import UnprocessableEntityError

if TYPE_CHECKING:
    from collections.abc import Sequence

    from pyport._resources._action_runs import ActionRuns, AsyncActionRuns

__all__ = ["AsyncRunReporter", "AsyncRunReporterMixin", "RunReporter", "RunReporterMixin"]

Final = Literal["SUCCESS", "FAILURE"]
_REMEMBERED = 10_000
_RunsT = TypeVar("_RunsT", bound=Any)  # ActionRuns or AsyncActionRuns
_SUMMARY_LENGTH = 500


class _Ledger:
    """Run ids this client has ended (or is ending): the once-only guarantee."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._runs: OrderedDict[str, bool] = OrderedDict()

    def claim(self, run_id: str) -> bool:
        with self._lock:
            if run_id in self._runs:
                return False
            self._runs[run_id] = True
            if len(self._runs) > _REMEMBERED:
                self._runs.popitem(last=False)
            return True

    def release(self, run_id: str) -> None:
        # The final update failed: let the next attempt end the run.
        with self._lock:
            self._runs.pop(run_id, None)

    def __contains__(self, run_id: object) -> bool:
        with self._lock:
            return run_id in self._runs


_ledgers: weakref.WeakKeyDictionary[object, _Ledger] = weakref.WeakKeyDictionary()
_ledgers_lock = threading.Lock()


def _ledger(client: object) -> _Ledger:
    with _ledgers_lock:
        ledger = _ledgers.get(client)
        if ledger is None:
            ledger = _ledgers[client] = _Ledger()
        return ledger


def one_line(error: BaseException) -> str:
    """The first non-blank line of the exception's message (its class name if it has none),
    bounded, with registered secrets masked: what the run's summary shows."""
    line = next((x.strip() for x in str(error).splitlines() if x.strip()), type(error).__name__)
    if len(line) > _SUMMARY_LENGTH:
        line = line[: _SUMMARY_LENGTH - 1] + "…"
    return redact_text(line, registered_secrets())


def _check_run_id(run_id: object) -> str:
    if not isinstance(run_id, str):
        raise TypeError(f"run_id must be a str (Port's r_… id), got {type(run_id).__name__}")
    if not run_id.strip():
        raise ValueError("run_id must not be empty")
    return run_id


def _already_finished(error: UnprocessableEntityError) -> bool:
    return "finished" in (error.error or "")


def _note(error: BaseException, text: str) -> None:
    add_note = getattr(error, "add_note", None)  # Python 3.11+
    if add_note is not None:
        add_note(text)


class _Reporter(Generic[_RunsT]):
    """What the sync and async reporters share: the run, this client's ledger, and how an end
    is claimed and given back when Port did not take it."""

    def __init__(self, runs: _RunsT, run_id: str) -> None:
        self._runs = runs
        self.run_id = _check_run_id(run_id)
        self._ledger = _ledger(runs._client)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(run_id={self.run_id!r}, finished={self.finished})"

    @property
    def finished(self) -> bool:
        """Whether this client has ended the run."""
        return self.run_id in self._ledger

    def _claim(self, status: str) -> bool:
        """Whether this call is the one to end the run (False: it was ended already)."""
        if status not in ("SUCCESS", "FAILURE"):
            raise ValueError(f"a run ends as SUCCESS or FAILURE, not {status!r}")
        return self._ledger.claim(self.run_id)

    @contextlib.contextmanager
    def _ending(self) -> Iterator[None]:
        """Around the final update: the claim is given back unless Port ended the run (or says
        it had ended already)."""
        try:
            yield
        except UnprocessableEntityError as error:
            if not _already_finished(error):
                self._ledger.release(self.run_id)
                raise
        except BaseException:
            self._ledger.release(self.run_id)
            raise


class RunReporter(_Reporter["ActionRuns"]):
    """Logs, updates and the final status of one run (sync). Use as a context manager."""

    def log(self, message: str) -> None:
        """Add a line to the run's log."""
        self._runs.logs.create(self.run_id, message=message)

    def update(
        self,
        *,
        status_label: str | NotGiven = NOT_GIVEN,
        link: str | Sequence[str] | NotGiven = NOT_GIVEN,
        summary: str | NotGiven = NOT_GIVEN,
    ) -> None:
        """Set the run's status label, add links, or set its summary (Markdown)."""
        self._runs.update(self.run_id, status_label=status_label, link=link, summary=summary)

    def finish(self, status: Final, *, summary: str | NotGiven = NOT_GIVEN) -> bool:
        """End the run with `status` unless it was ended already; True if this call ended it."""
        if not self._claim(status):
            return False
        with self._ending():
            self._runs.update(self.run_id, status=status, summary=summary)
        return True

    def __enter__(self) -> RunReporter:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if error is None:
            self.finish("SUCCESS")
        elif isinstance(error, Exception):
            try:
                self.finish("FAILURE", summary=one_line(error))
            except Exception as failed:
                _note(error, f"pyport could not mark run {self.run_id} FAILURE: {failed}")


class AsyncRunReporter(_Reporter["AsyncActionRuns"]):
    """The async twin of `RunReporter`: `async with`, `await run.log(...)`."""

    async def log(self, message: str) -> None:
        """Add a line to the run's log."""
        await self._runs.logs.create(self.run_id, message=message)

    async def update(
        self,
        *,
        status_label: str | NotGiven = NOT_GIVEN,
        link: str | Sequence[str] | NotGiven = NOT_GIVEN,
        summary: str | NotGiven = NOT_GIVEN,
    ) -> None:
        """Set the run's status label, add links, or set its summary (Markdown)."""
        await self._runs.update(self.run_id, status_label=status_label, link=link, summary=summary)

    async def finish(self, status: Final, *, summary: str | NotGiven = NOT_GIVEN) -> bool:
        """End the run with `status` unless it was ended already; True if this call ended it."""
        if not self._claim(status):
            return False
        with self._ending():
            await self._runs.update(self.run_id, status=status, summary=summary)
        return True

    async def __aenter__(self) -> AsyncRunReporter:
        return self

    async def __aexit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if error is None:
            await self.finish("SUCCESS")
        elif isinstance(error, Exception):
            try:
                await self.finish("FAILURE", summary=one_line(error))
            except Exception as failed:
                _note(error, f"pyport could not mark run {self.run_id} FAILURE: {failed}")


class RunReporterMixin:
    """`port.action_runs.reporter(run_id)` (mixed into the generated resource)."""

    def reporter(self, run_id: str, /) -> RunReporter:
        """A context manager reporting to run `run_id`: `.log()`, `.update()`, and SUCCESS or
        FAILURE once at the end (see `pyport._run_reporter`)."""
        return RunReporter(cast("ActionRuns", self), run_id)


class AsyncRunReporterMixin:
    """`port.action_runs.reporter(run_id)` on `AsyncPortClient`: `async with`."""

    def reporter(self, run_id: str, /) -> AsyncRunReporter:
        """An async context manager reporting to run `run_id` (see `RunReporterMixin`)."""
        return AsyncRunReporter(cast("AsyncActionRuns", self), run_id)
