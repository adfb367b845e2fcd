"""How a batch runs: inputs admitted and cut into chunks, chunks sent by workers, outcomes tallied.

Shared by every batch helper of `pyport._batch`; the sync driver runs threads, the async one
tasks. Neither knows what a chunk's request is: the helper passes a `send(chunk) -> Outcome`.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import queue
import threading
from collections import deque
from collections.abc import (
    AsyncIterable,
    AsyncIterator,
    Awaitable,
    Callable,
    Iterable,
    Iterator,
    Mapping,
    Sized,
)
from dataclasses import dataclass, field
from typing import Any, TypeAlias, TypeVar

import httpx

from pyport._batch_results import BatchFailure, BatchProgress, BatchResult
from pyport._logging import short_reason
from pyport.errors import (
    APIError,
    BatchCancelled,
    InvalidResponseError,
    PortError,
    PortTimeoutError,
)

MAX_UPSERT_ENTITIES = 20
MAX_DELETE_IDENTIFIERS = 100
MAX_BODY_BYTES = 1024 * 1024
# `{"entities":[` + `]}`: what a bulk body weighs around its comma-separated items.
_ENVELOPE_BYTES = len(b'{"entities":[]}')
ProgressCallback = Callable[[BatchProgress], None]


# --- bookkeeping shared by the sync and async drivers ---------------------------------------


class Item:
    """One admitted input: its place in the input, identifier, and the JSON that is sent.

    Encoded once, when read: that measures the request's size exactly and is the body itself.
    (A slotted class, not a dataclass: one is made per input, and a frozen dataclass's
    constructor costs three times as much.)
    """

    __slots__ = ("encoded", "identifier", "index")

    def __init__(self, index: int, identifier: str, encoded: bytes) -> None:
        self.index = index
        self.identifier = identifier
        self.encoded = encoded

    def __repr__(self) -> str:
        return f"Item({self.index!r}, {self.identifier!r}, {len(self.encoded)} bytes)"


@dataclass
class Outcome:
    """What one chunk ended in; built by one worker, merged into the tally by the driver."""

    succeeded: list[tuple[int, str]] = field(default_factory=list)
    failed: list[BatchFailure] = field(default_factory=list)
    requests: int = 0

    def succeed(self, item: Item) -> None:
        self.succeeded.append((item.index, item.identifier))

    def fail(self, items: Iterable[Item], error: BaseException) -> None:
        status, code, message, trace_id = _describe(error)
        self.failed.extend(
            BatchFailure(item.identifier, item.index, status, code, message, trace_id)
            for item in items
        )


def _describe(error: BaseException) -> tuple[int | None, str | None, str, str | None]:
    """(status code, error code, message, trace id) of what ended a request."""
    if isinstance(error, APIError):
        return error.status_code, error.error, error.message, error.trace_id
    if isinstance(error, InvalidResponseError):
        return error.status_code, "invalid_response", error.message, error.trace_id
    if isinstance(error, PortTimeoutError):
        return None, "timeout", str(error), None
    if isinstance(error, PortError | httpx.HTTPError):
        return None, "connection_error", short_reason(str(error) or type(error).__name__), None
    return None, "internal_error", short_reason(f"{type(error).__name__}: {error}"), None


class Tally:
    """The running totals of a batch; touched by the calling thread (or event loop) only."""

    def __init__(self, total: int | None, progress: ProgressCallback | None) -> None:
        self.total = total
        self.progress = progress
        self.succeeded: list[tuple[int, str]] = []
        self.failed: list[BatchFailure] = []
        self.requests = 0
        self._last: tuple[int, int, int] = (0, 0, 0)
        self._unreported: deque[BatchProgress] = deque()

    def add(self, outcome: Outcome) -> None:
        self.succeeded.extend(outcome.succeeded)
        self.failed.extend(outcome.failed)
        self.requests += outcome.requests
        self._snapshot()

    def fail(self, index: int, identifier: str | None, code: str, message: str) -> None:
        self.failed.append(BatchFailure(identifier, index, None, code, message))

    def cancel(self, items: Iterable[Item]) -> None:
        for item in items:
            self.fail(item.index, item.identifier, "cancelled", "read but not sent: cancelled")

    def report(self) -> None:
        """Call the progress callback once per chunk merged since the last report.

        Chunks finishing together are all merged before any callback runs, so a callback that
        raises cannot leave a finished chunk out of the result.
        """
        self._snapshot()
        while self.progress is not None and self._unreported:
            self.progress(self._unreported.popleft())

    def _snapshot(self) -> None:
        state = (len(self.succeeded), len(self.failed), self.requests)
        if self.progress is None or state == self._last:
            return
        self._last = state
        self._unreported.append(BatchProgress(state[0] + state[1], state[1], self.total, state[2]))

    def result(self) -> BatchResult:
        return BatchResult(
            succeeded=tuple(identifier for _, identifier in sorted(self.succeeded)),
            failed=tuple(sorted(self.failed, key=lambda f: f.index)),
            requests=self.requests,
        )


class Planner:
    """Cuts admitted inputs into chunks of at most `max_items` and `MAX_BODY_BYTES` of JSON."""

    def __init__(self, tally: Tally, *, max_items: int, entities: bool) -> None:
        self._tally = tally
        self._max_items = max_items
        self._entities = entities
        self._first_index: dict[str, int] = {}
        self._buffer: list[Item] = []
        self._size = _ENVELOPE_BYTES
        self._ready: deque[list[Item]] = deque()
        self.finished = False

    def feed(self, index: int, raw: object) -> None:
        item = self._admit_entity(index, raw) if self._entities else self._admit_id(index, raw)
        if item is None:
            return
        if self._buffer and self._size + 1 + len(item.encoded) > MAX_BODY_BYTES:
            self._flush()
        self._size += len(item.encoded) + (1 if self._buffer else 0)
        self._buffer.append(item)
        self._first_index[item.identifier] = index
        if len(self._buffer) >= self._max_items:
            self._flush()

    def finish(self) -> None:
        self._flush()
        self.finished = True

    def pop(self) -> list[Item] | None:
        return self._ready.popleft() if self._ready else None

    def abandon(self) -> list[Item]:
        """Every item read but not handed out, which the caller then reports as cancelled."""
        self._flush()
        items = [item for chunk in self._ready for item in chunk]
        self._ready.clear()
        self.finished = True
        return items

    def _flush(self) -> None:
        if self._buffer:
            self._ready.append(self._buffer)
            self._buffer, self._size = [], _ENVELOPE_BYTES

    def _admit_entity(self, index: int, raw: object) -> Item | None:
        if not isinstance(raw, Mapping):
            self._tally.fail(
                index, None, "invalid_entity", f"expected a mapping, got {type(raw).__name__}"
            )
            return None
        identifier = raw.get("identifier")
        if not isinstance(identifier, str) or not identifier:
            self._tally.fail(
                index,
                None,
                "missing_identifier",
                'no string "identifier": one is needed so a retried request cannot create a '
                "second entity",
            )
            return None
        if not self._unique(index, identifier):
            return None
        try:
            encoded = _encode(raw)
        except (TypeError, ValueError) as exc:
            self._tally.fail(index, identifier, "invalid_entity", f"not valid JSON: {exc}")
            return None
        if _ENVELOPE_BYTES + len(encoded) > MAX_BODY_BYTES:
            self._tally.fail(
                index,
                identifier,
                "entity_too_large",
                f"{len(encoded):,} bytes of JSON: over Port's limit of {MAX_BODY_BYTES:,} bytes a "
                "request; not sent",
            )
            return None
        return Item(index, identifier, encoded)

    def _admit_id(self, index: int, raw: object) -> Item | None:
        if not isinstance(raw, str) or not raw:
            shown = repr(raw) if isinstance(raw, str) else type(raw).__name__
            self._tally.fail(
                index, None, "invalid_identifier", f"expected a non-empty string, got {shown}"
            )
            return None
        if not self._unique(index, raw):
            return None
        return Item(index, raw, _encode(raw))

    def _unique(self, index: int, identifier: str) -> bool:
        first = self._first_index.get(identifier)
        if first is None:
            return True
        self._tally.fail(
            index,
            identifier,
            "duplicate_identifier",
            f"already in the input at index {first}; only that one is sent",
        )
        return False


# How httpx encodes a JSON body; one encoder, so each call skips json.dumps' set-up.
_encode_str = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode


def _encode(value: Any) -> bytes:
    return _encode_str(value).encode()


def bulk_body(part: list[Item]) -> bytes:
    """`{"entities":[...]}` of a chunk, from its items' JSON: the body of both bulk routes."""
    return b'{"entities":[' + b",".join(item.encoded for item in part) + b"]}"


def known_length(values: object) -> int | None:
    return len(values) if isinstance(values, Sized) else None


# --- the sync driver -------------------------------------------------------------------------


def _next_chunk(planner: Planner, source: Iterator[tuple[int, object]]) -> list[Item] | None:
    while True:
        chunk = planner.pop()
        if chunk is not None or planner.finished:
            return chunk
        entry = next(source, None)
        if entry is None:
            planner.finish()
        else:
            planner.feed(*entry)


def run_in_threads(
    entities: Iterable[object],
    planner: Planner,
    tally: Tally,
    send: Callable[[list[Item]], Outcome],
    concurrency: int,
) -> BatchResult:
    """Send every chunk of `entities` from up to `concurrency` worker threads.

    This thread reads the input, keeps up to `concurrency` chunks prepared ahead of the workers,
    merges their outcomes and calls the progress callback. A worker that finishes a request takes
    the next prepared chunk at once, without a round trip through this thread: on a slow link
    the gap between two requests of a worker is what keeps a batch from its latency bound.
    """
    source = iter(enumerate(entities))
    ready: queue.SimpleQueue[list[Item] | None] = queue.SimpleQueue()
    finished: queue.SimpleQueue[_Finished] = queue.SimpleQueue()
    workers: list[threading.Thread] = []
    outstanding = 0  # chunks handed to the workers whose outcome is not merged yet
    exhausted = False

    def work() -> None:
        while (chunk := ready.get()) is not None:
            try:
                finished.put((chunk, send(chunk)))
            except BaseException as exc:  # a bug, not a request failure (send() catches those)
                finished.put((chunk, exc))
                return  # the batch is stopping: send nothing more

    try:
        while True:
            while not exhausted and outstanding < 2 * concurrency:
                chunk = _next_chunk(planner, source)
                if chunk is None:
                    exhausted = True
                    break
                ready.put(chunk)
                outstanding += 1
                if len(workers) < min(concurrency, outstanding):
                    workers.append(_start_worker(work, len(workers)))
            if not outstanding:
                break
            first = finished.get()
            outstanding -= _tally_finished(
                [first, *_take_all(finished.get_nowait, queue.Empty)], tally
            )
            tally.report()
        tally.report()
    except (Exception, KeyboardInterrupt) as exc:
        unsent = _take_all(ready.get_nowait, queue.Empty)
        tally.cancel([*planner.abandon(), *(item for chunk in unsent for item in chunk or ())])
        _stop(workers, ready)
        # Already stopping for `exc`: a second crash only marks its chunk failed.
        with contextlib.suppress(BaseException):
            _tally_finished(_take_all(finished.get_nowait, queue.Empty), tally)
        raise BatchCancelled(tally.result(), cause=exc) from exc
    finally:
        _stop(workers, ready)
    return tally.result()


# A chunk and what it ended in: an outcome, or the exception of a bug in sending it.
_Finished: TypeAlias = "tuple[list[Item], Outcome | BaseException]"
_T = TypeVar("_T")


def _start_worker(work: Callable[[], None], number: int) -> threading.Thread:
    thread = threading.Thread(target=work, name=f"pyport-batch-{number}", daemon=True)
    thread.start()
    return thread


def _take_all(get_nowait: Callable[[], _T], empty: type[Exception]) -> list[_T]:
    """Everything a queue holds now, without waiting."""
    values: list[_T] = []
    with contextlib.suppress(empty):
        while True:
            values.append(get_nowait())
    return values


def _tally_finished(entries: Iterable[_Finished], tally: Tally) -> int:
    """Merge finished chunks into the tally; re-raise the first crash once all are merged.

    Returns how many chunks were merged.
    """
    merged, crash = 0, None
    for chunk, outcome in entries:
        merged += 1
        if isinstance(outcome, Outcome):
            tally.add(outcome)
        else:  # A bug, not a request failure: the chunk's entities are failed, then it is raised.
            failed = Outcome(requests=1)
            failed.fail(chunk, outcome)
            tally.add(failed)
            crash = crash or outcome
    if crash is not None:
        raise crash
    return merged


def _stop(workers: list[threading.Thread], ready: queue.SimpleQueue[list[Item] | None]) -> None:
    """Let every worker finish the request it is in, then end it."""
    for _ in workers:
        ready.put(None)
    for worker in workers:
        worker.join()
    workers.clear()


# --- the async driver ------------------------------------------------------------------------

_Source: TypeAlias = Iterator[tuple[int, object]] | AsyncIterator[tuple[int, object]]


async def _aenumerate(values: AsyncIterable[object]) -> AsyncIterator[tuple[int, object]]:
    index = 0
    async for value in values:
        yield index, value
        index += 1


async def _anext_chunk(planner: Planner, source: _Source) -> list[Item] | None:
    while True:
        chunk = planner.pop()
        if chunk is not None or planner.finished:
            return chunk
        if isinstance(source, AsyncIterator):
            entry = await anext(source, None)
        else:
            entry = next(source, None)
        if entry is None:
            planner.finish()
        else:
            planner.feed(*entry)


async def run_in_tasks(
    entities: Iterable[object] | AsyncIterable[object],
    planner: Planner,
    tally: Tally,
    send: Callable[[list[Item]], Awaitable[Outcome]],
    concurrency: int,
) -> BatchResult:
    """The async twin of `run_in_threads`: up to `concurrency` worker tasks take prepared
    chunks from a queue, so a finished request is followed by the next one at once."""
    source: _Source = (
        _aenumerate(entities) if isinstance(entities, AsyncIterable) else iter(enumerate(entities))
    )
    ready: asyncio.Queue[list[Item] | None] = asyncio.Queue()
    finished: asyncio.Queue[_Finished] = asyncio.Queue()
    workers: list[asyncio.Task[None]] = []
    outstanding = 0  # chunks handed to the workers whose outcome is not merged yet
    exhausted = False

    async def work() -> None:
        while (chunk := await ready.get()) is not None:
            try:
                finished.put_nowait((chunk, await send(chunk)))
            except Exception as exc:  # a bug, not a request failure (send() catches those)
                finished.put_nowait((chunk, exc))
                return  # the batch is stopping: send nothing more

    try:
        while True:
            while not exhausted and outstanding < 2 * concurrency:
                chunk = await _anext_chunk(planner, source)
                if chunk is None:
                    exhausted = True
                    break
                ready.put_nowait(chunk)
                outstanding += 1
                if len(workers) < min(concurrency, outstanding):
                    workers.append(asyncio.ensure_future(work()))
            if not outstanding:
                break
            first = await finished.get()
            outstanding -= _tally_finished(
                [first, *_take_all(finished.get_nowait, asyncio.QueueEmpty)], tally
            )
            tally.report()
        tally.report()
    except asyncio.CancelledError:
        # Cancellation must propagate as itself (timeouts and task groups rely on it); the
        # requests already sent finish first, so Port is left in a known state.
        await _astop_after_failure(workers, ready, finished, planner, tally)
        raise
    except (Exception, KeyboardInterrupt) as exc:
        await _astop_after_failure(workers, ready, finished, planner, tally)
        raise BatchCancelled(tally.result(), cause=exc) from exc
    await _astop(workers, ready)
    return tally.result()


async def _astop(
    workers: list[asyncio.Task[None]], ready: asyncio.Queue[list[Item] | None]
) -> None:
    """Let every worker finish the request it is in, then end it."""
    for _ in workers:
        ready.put_nowait(None)
    try:
        await asyncio.gather(*workers)
    except asyncio.CancelledError:  # Cancelled again while waiting: stop waiting for real.
        for worker in workers:
            worker.cancel()
        raise


async def _astop_after_failure(
    workers: list[asyncio.Task[None]],
    ready: asyncio.Queue[list[Item] | None],
    finished: asyncio.Queue[_Finished],
    planner: Planner,
    tally: Tally,
) -> None:
    """Stopping early: what no worker started on is cancelled, what is in flight finishes."""
    unsent = _take_all(ready.get_nowait, asyncio.QueueEmpty)
    tally.cancel([*planner.abandon(), *(item for chunk in unsent for item in chunk or ())])
    await _astop(workers, ready)
    # Already stopping: a crash here only marks its chunk failed.
    with contextlib.suppress(BaseException):
        _tally_finished(_take_all(finished.get_nowait, asyncio.QueueEmpty), tally)
