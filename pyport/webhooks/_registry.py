"""`ActionRegistry`: which function handles which action, each run once, after the answer.

    actions = ActionRegistry()

    @actions.handler("deploy_service")
    async def deploy(invocation: ActionInvocation, run: AsyncRunReporter) -> None:
        await run.log(f"Deploying {invocation.entity_identifier}")

A web integration hands each request to `receive`, answers with the `Receipt` at once, and runs
its `job` afterwards (`Job.arun` with an `AsyncPortClient`, `Job.run` with a `PortClient`). The
job runs the handler inside `port.action_runs.reporter(run_id)`: SUCCESS when it returns,
FAILURE with the exception's first line when it raises. A run id is accepted once (duplicate
deliveries answer 200 and run nothing); at most `max_pending` jobs wait or run at a time, past
that the answer is 503 and the run id is forgotten, so Port's redelivery can run it.
"""

from __future__ import annotations

import inspect
import logging
import threading
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeAlias, TypeVar

from pyport.webhooks._errors import InvalidInvocationError, SignatureError
from pyport.webhooks._invocation import ActionInvocation
from pyport.webhooks._signature import DEFAULT_TOLERANCE, Headers, Secrets
from pyport.webhooks._verify import verify

if TYPE_CHECKING:
    from pyport._client import AsyncPortClient, PortClient
    from pyport._run_reporter import AsyncRunReporter, RunReporter

__all__ = ["ActionRegistry", "Handler", "Job", "Receipt"]

_logger = logging.getLogger("pyport.webhooks")

SyncHandler: TypeAlias = "Callable[[ActionInvocation, RunReporter], Any]"
AsyncHandler: TypeAlias = "Callable[[ActionInvocation, AsyncRunReporter], Awaitable[Any]]"
Handler: TypeAlias = "SyncHandler | AsyncHandler"
H = TypeVar("H", bound=Callable[..., Any])


def is_async(handler: Callable[..., Any]) -> bool:
    call = getattr(handler, "__call__", None)  # noqa: B004 - a callable object's own method
    return inspect.iscoroutinefunction(handler) or inspect.iscoroutinefunction(call)


@dataclass(frozen=True)
class Receipt:
    """What to answer Port (`status_code`, JSON `body`) and the work to run afterwards."""

    status_code: int
    body: dict[str, Any]
    job: Job | None = None
    error: Exception | None = field(default=None, repr=False)
    """The verification error behind a 401 or 400, for the integration's log."""


class Job:
    """One accepted invocation; run it once, after the answer was sent."""

    def __init__(self, registry: ActionRegistry, invocation: ActionInvocation, handler: Handler):
        self.registry = registry
        self.invocation = invocation
        self.handler = handler
        self._started = False
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"Job(action={self.invocation.action!r}, run_id={self.invocation.run_id!r})"

    @property
    def is_async(self) -> bool:
        return is_async(self.handler)

    def _start(self) -> bool:
        with self._lock:
            started, self._started = self._started, True
            return not started

    @property
    def _run_id(self) -> str:
        assert self.invocation.run_id is not None  # accepted jobs always have one
        return self.invocation.run_id

    def run(self, port: PortClient) -> None:
        """Run a sync handler with a `RunReporter` of `port`; never raises (the run says)."""
        if not self._start():
            return
        try:
            with port.action_runs.reporter(self._run_id) as run:
                if self.is_async:
                    raise TypeError(
                        f"the handler of action {self.invocation.action!r} is async; with a "
                        "sync PortClient (Django) handlers are plain functions"
                    )
                self.handler(self.invocation, run)  # type: ignore[arg-type]
        except Exception:
            _logger.exception("Action %s run %s failed", self.invocation.action, self._run_id)
        finally:
            self.registry._finished()

    async def arun(self, port: AsyncPortClient) -> None:
        """Run an async handler with an `AsyncRunReporter` of `port`; never raises."""
        if not self._start():
            return
        try:
            async with port.action_runs.reporter(self._run_id) as run:
                if not self.is_async:
                    raise TypeError(
                        f"the handler of action {self.invocation.action!r} is a plain function; "
                        "with an AsyncPortClient (FastAPI) handlers are `async def`"
                    )
                await self.handler(self.invocation, run)  # type: ignore[arg-type]
        except Exception:
            _logger.exception("Action %s run %s failed", self.invocation.action, self._run_id)
        finally:
            self.registry._finished()


class ActionRegistry:
    """Handlers by action identifier, with de-duplication by run id and bounded work."""

    def __init__(self, *, max_pending: int = 64, max_workers: int = 4, remember: int = 10_000):
        for name, value in (
            ("max_pending", max_pending),
            ("max_workers", max_workers),
            ("remember", remember),
        ):
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise ValueError(f"{name} must be a positive int, got {value!r}")
        self.max_pending = max_pending
        self.max_workers = max_workers
        self._remember = remember
        self._handlers: dict[str, Handler] = {}
        self._seen: OrderedDict[str, None] = OrderedDict()
        self._pending = 0
        self._cond = threading.Condition()
        self._executor: ThreadPoolExecutor | None = None

    def __repr__(self) -> str:
        return f"ActionRegistry(actions={sorted(self._handlers)}, pending={self.pending})"

    def handler(self, action: str) -> Callable[[H], H]:
        """Register the decorated function for the action `action` (its identifier)."""
        if not isinstance(action, str) or not action:
            raise ValueError(f"an action identifier is a non-empty str, got {action!r}")

        def register(function: H) -> H:
            if action in self._handlers:
                raise ValueError(
                    f"action {action!r} already has a handler "
                    f"({getattr(self._handlers[action], '__qualname__', '?')})"
                )
            self._handlers[action] = function
            return function

        return register

    @property
    def handlers(self) -> Mapping[str, Handler]:
        return dict(self._handlers)

    @property
    def pending(self) -> int:
        """Jobs accepted and not finished."""
        with self._cond:
            return self._pending

    def receive(
        self,
        headers: Headers,
        body: bytes | str,
        secret: Secrets,
        *,
        tolerance: float | None = DEFAULT_TOLERANCE,
        now: float | None = None,
    ) -> Receipt:
        """Verify one request and decide the answer; the returned `job` is yours to run."""
        try:
            invocation = verify(headers, body, secret, tolerance=tolerance, now=now)
        except SignatureError as error:
            problem = {"ok": False, "error": "invalid_signature", "message": type(error).__name__}
            return Receipt(401, problem, error=error)
        except InvalidInvocationError as error:
            return Receipt(
                400, {"ok": False, "error": "invalid_body", "message": str(error)}, None, error
            )
        return self.accept(invocation)

    def accept(self, invocation: ActionInvocation) -> Receipt:
        """Decide on an already verified invocation (see `receive`)."""
        run_id = invocation.run_id
        if run_id is None:
            message = "the invocation has no run id (run.id, context.runId or port_context.runId)"
            return Receipt(400, {"ok": False, "error": "no_run_id", "message": message})
        handler = self._handlers.get(invocation.action or "")
        if handler is None:
            message = f"no handler for action {invocation.action!r}"
            return Receipt(404, {"ok": False, "error": "unknown_action", "message": message})
        with self._cond:
            if run_id in self._seen:
                return Receipt(200, {"ok": True, "runId": run_id, "duplicate": True})
            if self._pending >= self.max_pending:
                return Receipt(
                    503,
                    {"ok": False, "error": "busy", "message": f"{self._pending} runs pending"},
                )
            self._seen[run_id] = None
            if len(self._seen) > self._remember:
                self._seen.popitem(last=False)
            self._pending += 1
        return Receipt(202, {"ok": True, "runId": run_id}, Job(self, invocation, handler))

    def _forget(self, job: Job) -> None:
        with self._cond:
            self._seen.pop(job.invocation.run_id or "", None)
        self._finished()

    def _finished(self) -> None:
        with self._cond:
            self._pending -= 1
            self._cond.notify_all()

    def submit(self, job: Job, port: PortClient) -> None:
        """Run `job` on this registry's thread pool (`max_workers` threads)."""
        with self._cond:
            if self._executor is None:
                self._executor = ThreadPoolExecutor(
                    max_workers=self.max_workers, thread_name_prefix="pyport-action"
                )
            executor = self._executor
        try:
            executor.submit(job.run, port)
        except BaseException:  # the pool is shutting down: the job will never run
            self._forget(job)
            raise

    def drain(self, timeout: float | None = None) -> bool:
        """Wait until no job is pending; False if `timeout` passed first."""
        with self._cond:
            return self._cond.wait_for(lambda: self._pending == 0, timeout)

    def close(self) -> None:
        """Wait for the thread pool's jobs and stop its threads."""
        with self._cond:
            executor, self._executor = self._executor, None
        if executor is not None:
            executor.shutdown(wait=True)
