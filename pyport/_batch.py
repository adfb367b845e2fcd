"""Batch and streaming entity operations: `upsert_many`, `delete_many`, `iter_all`, sync and async.

Port takes at most 20 entities and 1 MiB of JSON per bulk upsert, and 100 identifiers per bulk
delete. These helpers cut any number of entities into such requests, send up to `concurrency` of
them at once (threads for PortClient, tasks for AsyncPortClient) and read their input lazily, so
memory stays bounded however long it is. Every input they read ends in `BatchResult.succeeded` or
`BatchResult.failed`, never nowhere:

    result = port.entities.upsert_many("service", entities, progress=print)
    result.raise_for_failures()

Upserts are sent with `upsert=true`, which makes them safe to retry (the retry transport does).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
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
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeAlias

import httpx

from pyport._logging import short_reason
from pyport._pagination import (
    AsyncCursorPaginator,
    AsyncEntitiesPagination,
    CursorPage,
    CursorPaginator,
    EntitiesPagination,
    _check_page_size,
    _search_body,
)
from pyport._resource_base import as_body, parse_json
from pyport.errors import (
    APIError,
    BatchCancelled,
    BatchError,
    InvalidResponseError,
    PayloadTooLargeError,
    PortError,
    PortTimeoutError,
)

if TYPE_CHECKING:
    from port_api_client.models import (
        BulkCreateEntitiesBody,
        BulkCreateEntitiesResponse,
        BulkDeleteEntitiesBody,
        DeletedEntitiesResponse,
    )
    from port_api_client.types import Unset

    from pyport._client import AsyncPortClient, PortClient

__all__ = [
    "AsyncEntitiesBatch",
    "BatchCancelled",
    "BatchError",
    "BatchFailure",
    "BatchProgress",
    "BatchResult",
    "EntitiesBatch",
]

MAX_UPSERT_ENTITIES = 20
MAX_DELETE_IDENTIFIERS = 100
MAX_BODY_BYTES = 1024 * 1024
# `{"entities":[` + `]}`: what a bulk body weighs around its comma-separated items.
_ENVELOPE_BYTES = len(b'{"entities":[]}')
ProgressCallback = Callable[["BatchProgress"], None]
# Whatever a chunk request can end in besides an answer: Port's and httpx's errors.
_CHUNK_ERRORS = (PortError, httpx.HTTPError)


@dataclass(frozen=True)
class BatchFailure:
    """One input that did not succeed, and why.

    `index` is its position in the input; `identifier` is None when it had no usable one.
    `status_code` and `error` are Port's (per entity on a 207, else the whole request's), or
    None with one of pyport's codes when nothing was sent or no answer came: "missing_identifier",
    "duplicate_identifier", "invalid_entity", "invalid_identifier", "entity_too_large",
    "cancelled", "not_reported", "invalid_response", "connection_error", "timeout",
    "internal_error" (a bug: the batch then stops with `BatchCancelled`).
    """

    identifier: str | None
    index: int
    status_code: int | None
    error: str | None
    message: str
    trace_id: str | None = None

    def __str__(self) -> str:
        head = " ".join(str(part) for part in (self.status_code, self.error) if part is not None)
        label = repr(self.identifier) if self.identifier is not None else "(no identifier)"
        text = short_reason(self.message)
        return f"{label} (index {self.index}): {head}: {text}" if head else f"{label}: {text}"


@dataclass(frozen=True)
class BatchResult:
    """What a batch did: identifiers that succeeded and failures, each in input order.

    `requests` counts the bulk requests made (a 413 split makes more); retries made by the
    retry transport under one request are not counted.
    """

    succeeded: tuple[str, ...]
    failed: tuple[BatchFailure, ...]
    requests: int

    @property
    def ok(self) -> bool:
        """True when nothing failed."""
        return not self.failed

    def raise_for_failures(self) -> BatchResult:
        """Raise `BatchError` if anything failed; else return this result (for chaining)."""
        if self.failed:
            raise BatchError(self)
        return self


@dataclass(frozen=True)
class BatchProgress:
    """Passed to the `progress` callback after each request: inputs finished so far.

    `done` counts inputs finished either way (succeeded or failed); `failed` is the part of them
    that failed; `total` is the input's length when it has one (None for an iterator).
    """

    done: int
    failed: int
    total: int | None
    requests: int


# --- bookkeeping shared by the sync and async drivers ---------------------------------------


@dataclass(frozen=True)
class _Item:
    """One admitted input: its place in the input, identifier, what is sent and its JSON size."""

    index: int
    identifier: str
    payload: Any
    size: int


@dataclass
class _Outcome:
    """What one chunk ended in; built by one worker, merged into the tally by the driver."""

    succeeded: list[tuple[int, str]] = field(default_factory=list)
    failed: list[BatchFailure] = field(default_factory=list)
    requests: int = 0

    def succeed(self, item: _Item) -> None:
        self.succeeded.append((item.index, item.identifier))

    def fail(self, items: Iterable[_Item], error: BaseException) -> None:
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


class _Tally:
    """The running totals of a batch; touched by the calling thread (or event loop) only."""

    def __init__(self, total: int | None, progress: ProgressCallback | None) -> None:
        self.total = total
        self.progress = progress
        self.succeeded: list[tuple[int, str]] = []
        self.failed: list[BatchFailure] = []
        self.requests = 0
        self._last: tuple[int, int, int] = (0, 0, 0)
        self._unreported: deque[BatchProgress] = deque()

    def add(self, outcome: _Outcome) -> None:
        self.succeeded.extend(outcome.succeeded)
        self.failed.extend(outcome.failed)
        self.requests += outcome.requests
        self._snapshot()

    def fail(self, index: int, identifier: str | None, code: str, message: str) -> None:
        self.failed.append(BatchFailure(identifier, index, None, code, message))

    def cancel(self, items: Iterable[_Item]) -> None:
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


class _Planner:
    """Cuts admitted inputs into chunks of at most `max_items` and `MAX_BODY_BYTES` of JSON."""

    def __init__(self, tally: _Tally, *, max_items: int, entities: bool) -> None:
        self._tally = tally
        self._max_items = max_items
        self._entities = entities
        self._first_index: dict[str, int] = {}
        self._buffer: list[_Item] = []
        self._size = _ENVELOPE_BYTES
        self._ready: deque[list[_Item]] = deque()
        self.finished = False

    def feed(self, index: int, raw: object) -> None:
        item = self._admit_entity(index, raw) if self._entities else self._admit_id(index, raw)
        if item is None:
            return
        if self._buffer and self._size + 1 + item.size > MAX_BODY_BYTES:
            self._flush()
        self._size += item.size + (1 if self._buffer else 0)
        self._buffer.append(item)
        self._first_index[item.identifier] = index
        if len(self._buffer) >= self._max_items:
            self._flush()

    def finish(self) -> None:
        self._flush()
        self.finished = True

    def pop(self) -> list[_Item] | None:
        return self._ready.popleft() if self._ready else None

    def abandon(self) -> list[_Item]:
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

    def _admit_entity(self, index: int, raw: object) -> _Item | None:
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
        entity = dict(raw)
        try:
            size = len(_encode(entity))
        except (TypeError, ValueError) as exc:
            self._tally.fail(index, identifier, "invalid_entity", f"not valid JSON: {exc}")
            return None
        if _ENVELOPE_BYTES + size > MAX_BODY_BYTES:
            self._tally.fail(
                index,
                identifier,
                "entity_too_large",
                f"{size:,} bytes of JSON: over Port's limit of {MAX_BODY_BYTES:,} bytes a "
                "request; not sent",
            )
            return None
        return _Item(index, identifier, entity, size)

    def _admit_id(self, index: int, raw: object) -> _Item | None:
        if not isinstance(raw, str) or not raw:
            shown = repr(raw) if isinstance(raw, str) else type(raw).__name__
            self._tally.fail(
                index, None, "invalid_identifier", f"expected a non-empty string, got {shown}"
            )
            return None
        if not self._unique(index, raw):
            return None
        return _Item(index, raw, raw, len(_encode(raw)))

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


def _encode(value: Any) -> bytes:
    # Exactly how httpx encodes a JSON body, so the measured size is the size sent.
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode()


def _total(values: object) -> int | None:
    return len(values) if isinstance(values, Sized) else None


def _read_upsert_answer(
    answer: BulkCreateEntitiesResponse, part: list[_Item], out: _Outcome
) -> None:
    """Map a 200/207 answer back to the chunk's entities by index (else identifier)."""
    positions = {item.identifier: pos for pos, item in enumerate(part)}

    def locate(index: object, identifier: object) -> int | None:
        pos = _as_int(index)
        if (
            pos is not None
            and 0 <= pos < len(part)
            and (not isinstance(identifier, str) or identifier in ("", part[pos].identifier))
        ):
            return pos
        return positions.get(identifier) if isinstance(identifier, str) else None

    settled: dict[int, BatchFailure | None] = {}
    errors = answer.errors if isinstance(answer.errors, list) else []
    for error in errors:
        pos = locate(error.index, error.identifier)
        if pos is None or pos in settled:
            continue
        item = part[pos]
        settled[pos] = BatchFailure(
            item.identifier,
            item.index,
            _as_int(error.status_code),
            error.error if isinstance(error.error, str) else None,
            short_reason(error.message)
            if isinstance(error.message, str)
            else "Port reported a failure without a message",
        )
    results = answer.entities if isinstance(answer.entities, list) else []
    for done in results:
        pos = locate(done.index, done.identifier)
        if pos is not None:
            settled.setdefault(pos, None)
    # A 200 means all succeeded, even if the answer lists fewer; on a 207 what is not listed is
    # unknown, and reported as a failure rather than dropped.
    all_clear = answer.ok is True and not errors
    for pos, item in enumerate(part):
        unsettled = None if all_clear else _unreported(item)
        failure = settled.get(pos, unsettled)
        if failure is None:
            out.succeed(item)
        else:
            out.failed.append(failure)


def _as_int(value: object) -> int | None:
    """An integral JSON number as an int (the models type them float); None for anything else."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    if isinstance(value, float) and not value.is_integer():
        return None
    return int(value)


def _unreported(item: _Item) -> BatchFailure:
    return BatchFailure(
        item.identifier,
        item.index,
        None,
        "not_reported",
        "Port's answer listed this entity neither as written nor as failed; it may or may not "
        "have been written",
    )


def _read_delete_answer(answer: DeletedEntitiesResponse, part: list[_Item], out: _Outcome) -> None:
    deleted = answer.deleted_entities
    if not isinstance(deleted, list):  # Port deletes a request all or nothing: a 2xx means all.
        for item in part:
            out.succeed(item)
        return
    listed = {value for value in deleted if isinstance(value, str)}
    for item in part:
        if item.identifier in listed:
            out.succeed(item)
        else:
            out.failed.append(
                BatchFailure(
                    item.identifier,
                    item.index,
                    None,
                    "not_reported",
                    "Port's answer did not list it among the deleted entities",
                )
            )


def _halves(part: list[_Item]) -> list[list[_Item]]:
    middle = len(part) // 2
    return [part[middle:], part[:middle]]  # popped from the end: the first half goes first


def _check_blueprint(blueprint: object) -> str:
    if not isinstance(blueprint, str) or not blueprint:
        raise ValueError(f"blueprint must be a non-empty string, not {blueprint!r}")
    return blueprint


def _check_blueprints(blueprints: object) -> list[str]:
    if isinstance(blueprints, str):
        return [_check_blueprint(blueprints)]
    if not isinstance(blueprints, Iterable) or isinstance(blueprints, Mapping | bytes):
        raise ValueError(
            f"blueprints must be a blueprint identifier or an iterable of them, not {blueprints!r}"
        )
    names = [_check_blueprint(name) for name in blueprints]
    repeated = sorted({name for name in names if names.count(name) > 1})
    if repeated:
        raise ValueError(f"blueprints must not repeat: {', '.join(map(repr, repeated))}")
    return names


def _check_options(*, concurrency: object, progress: object, flags: Mapping[str, object]) -> int:
    if isinstance(concurrency, bool) or not isinstance(concurrency, int) or concurrency < 1:
        raise ValueError(f"concurrency must be an integer >= 1, not {concurrency!r}")
    if progress is not None and not callable(progress):
        raise ValueError(f"progress must be a callable or None, not {progress!r}")
    for name, value in flags.items():
        if not isinstance(value, bool):
            raise ValueError(f"{name} must be True or False, not {value!r}")
    return concurrency


def _check_items(values: object, what: str, *, allow_async: bool) -> None:
    kinds = (Iterable, AsyncIterable) if allow_async else (Iterable,)
    if isinstance(values, str | bytes | Mapping) or not isinstance(values, kinds):
        raise ValueError(f"{what} must be an iterable of them, not {type(values).__name__}")


def _raw_page(response: httpx.Response) -> CursorPage[dict[str, Any]]:
    data = parse_json(response)
    # httpx's response and its stream refer to each other, so each page's body (a few hundred
    # KB) would wait for the cyclic GC and memory would creep with the entity count. Breaking
    # the cycle frees it as soon as the page is decoded.
    response.stream = httpx.ByteStream(b"")
    entities = data.get("entities") if isinstance(data, dict) else None
    if not isinstance(entities, list) or not all(isinstance(e, dict) for e in entities):
        raise InvalidResponseError.from_response(
            response, 'expected {"entities": [objects], ...} from the entity search'
        )
    cursor = data.get("next")
    return CursorPage(entities, cursor if isinstance(cursor, str) and cursor else None)


def _search_kwargs(
    blueprint: str, query: Mapping[str, Any] | None, page_size: int, cursor: str | None
) -> dict[str, Any]:
    from port_api_client.api.entities import search_blueprint_entities as _op

    body = _search_body(query=query, include=None, exclude=None, page_size=page_size, cursor=cursor)
    kwargs: dict[str, Any] = _op._get_kwargs(blueprint, body=as_body(body))
    return kwargs


_SEARCH = {
    "operation": "search_blueprint_entities",
    "path_template": "/v1/blueprints/{blueprint_identifier}/entities/search",
}


# --- the sync driver -------------------------------------------------------------------------


def _next_chunk(planner: _Planner, source: Iterator[tuple[int, object]]) -> list[_Item] | None:
    while True:
        chunk = planner.pop()
        if chunk is not None or planner.finished:
            return chunk
        entry = next(source, None)
        if entry is None:
            planner.finish()
        else:
            planner.feed(*entry)


def _collect(in_flight: dict[Future[_Outcome], list[_Item]], tally: _Tally, *, block: bool) -> None:
    """Merge finished chunks into the tally (waiting for one if `block`); re-raise a crash."""
    done, _ = wait(in_flight, return_when=FIRST_COMPLETED) if block else (set(in_flight), None)
    crash: BaseException | None = None
    for future in done:
        chunk = in_flight.pop(future)
        error = future.exception()
        if error is None:
            tally.add(future.result())
        else:  # A bug, not a request failure: the chunk's entities are failed, then it is raised.
            outcome = _Outcome(requests=1)
            outcome.fail(chunk, error)
            tally.add(outcome)
            crash = crash or error
    if crash is not None:
        raise crash


def _run(
    entities: Iterable[object],
    planner: _Planner,
    tally: _Tally,
    send: Callable[[list[_Item]], _Outcome],
    concurrency: int,
) -> BatchResult:
    source = iter(enumerate(entities))
    in_flight: dict[Future[_Outcome], list[_Item]] = {}
    with ThreadPoolExecutor(max_workers=concurrency, thread_name_prefix="pyport-batch") as pool:
        try:
            while True:
                while len(in_flight) >= concurrency:
                    _collect(in_flight, tally, block=True)
                    tally.report()
                chunk = _next_chunk(planner, source)
                if chunk is None:
                    break
                in_flight[pool.submit(send, chunk)] = chunk
            while in_flight:
                _collect(in_flight, tally, block=True)
                tally.report()
            tally.report()
        except (Exception, KeyboardInterrupt) as exc:
            tally.cancel(planner.abandon())
            wait(in_flight)
            # Already stopping for `exc`: a second crash only marks its chunk failed.
            with contextlib.suppress(Exception):
                _collect(in_flight, tally, block=False)
            raise BatchCancelled(tally.result(), cause=exc) from exc
    return tally.result()


# --- the async driver ------------------------------------------------------------------------

_Source: TypeAlias = Iterator[tuple[int, object]] | AsyncIterator[tuple[int, object]]


async def _aenumerate(values: AsyncIterable[object]) -> AsyncIterator[tuple[int, object]]:
    index = 0
    async for value in values:
        yield index, value
        index += 1


async def _anext_chunk(planner: _Planner, source: _Source) -> list[_Item] | None:
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


def _acollect(
    in_flight: dict[asyncio.Task[_Outcome], list[_Item]], done: set[Any], tally: _Tally
) -> None:
    crash: BaseException | None = None
    for task in done:
        chunk = in_flight.pop(task)
        error = task.exception() if not task.cancelled() else asyncio.CancelledError()
        if error is None:
            tally.add(task.result())
        else:
            outcome = _Outcome(requests=1)
            outcome.fail(chunk, error)
            tally.add(outcome)
            crash = crash or error
    if crash is not None:
        raise crash


async def _adrain(in_flight: dict[asyncio.Task[_Outcome], list[_Item]], tally: _Tally) -> None:
    if not in_flight:
        return
    try:
        await asyncio.wait(set(in_flight))
    except asyncio.CancelledError:  # Cancelled again while waiting: stop waiting for real.
        for task in in_flight:
            task.cancel()
        raise
    # Already stopping: a crash here only marks its chunk failed.
    with contextlib.suppress(Exception):
        _acollect(in_flight, set(in_flight), tally)


async def _arun(
    entities: Iterable[object] | AsyncIterable[object],
    planner: _Planner,
    tally: _Tally,
    send: Callable[[list[_Item]], Awaitable[_Outcome]],
    concurrency: int,
) -> BatchResult:
    source: _Source = (
        _aenumerate(entities) if isinstance(entities, AsyncIterable) else iter(enumerate(entities))
    )
    in_flight: dict[asyncio.Task[_Outcome], list[_Item]] = {}
    try:
        while True:
            while len(in_flight) >= concurrency:
                done, _ = await asyncio.wait(set(in_flight), return_when=asyncio.FIRST_COMPLETED)
                _acollect(in_flight, done, tally)
                tally.report()
            chunk = await _anext_chunk(planner, source)
            if chunk is None:
                break
            in_flight[asyncio.ensure_future(send(chunk))] = chunk
        while in_flight:
            done, _ = await asyncio.wait(set(in_flight), return_when=asyncio.FIRST_COMPLETED)
            _acollect(in_flight, done, tally)
            tally.report()
        tally.report()
    except asyncio.CancelledError:
        # Cancellation must propagate as itself (timeouts and task groups rely on it); the
        # requests already sent finish first, so Port is left in a known state.
        tally.cancel(planner.abandon())
        await _adrain(in_flight, tally)
        raise
    except (Exception, KeyboardInterrupt) as exc:
        tally.cancel(planner.abandon())
        await _adrain(in_flight, tally)
        raise BatchCancelled(tally.result(), cause=exc) from exc
    return tally.result()


# --- the mixins --------------------------------------------------------------------------------


class EntitiesBatch(EntitiesPagination):
    """`client.entities.upsert_many(...)`, `.delete_many(...)`, `.iter_all(...)`."""

    if TYPE_CHECKING:
        _client: PortClient

        def bulk_create(
            self,
            blueprint_identifier: str,
            *,
            body: BulkCreateEntitiesBody | Mapping[str, Any] | Unset,
            upsert: bool | Unset = False,
            validation_only: bool | Unset = False,
            create_missing_related_entities: bool | Unset = False,
            merge: bool | Unset = False,
            run_id: str | Unset = ...,
        ) -> BulkCreateEntitiesResponse: ...

        def bulk_delete(
            self,
            blueprint_identifier: str,
            *,
            body: BulkDeleteEntitiesBody | Mapping[str, Any] | Unset,
            delete_dependents: bool | Unset = False,
            run_id: str | Unset = ...,
        ) -> DeletedEntitiesResponse: ...

    def upsert_many(
        self,
        blueprint: str,
        entities: Iterable[Mapping[str, Any]],
        *,
        merge: bool = False,
        create_missing_related_entities: bool = False,
        concurrency: int = 8,
        progress: ProgressCallback | None = None,
    ) -> BatchResult:
        """Create or replace (`merge=True`: update) every entity, 20 (and 1 MiB) a request.

        Up to `concurrency` requests are in flight at once; `entities` is read lazily. A 413
        splits its request in two; an entity without a string "identifier", repeated, not
        JSON, or alone over 1 MiB fails without being sent. `progress` is called after each
        request; if it raises (or on Ctrl-C) the batch stops and raises `BatchCancelled`.
        """
        bp = _check_blueprint(blueprint)
        _check_items(entities, "entities", allow_async=False)
        workers = _check_options(
            concurrency=concurrency,
            progress=progress,
            flags={
                "merge": merge,
                "create_missing_related_entities": create_missing_related_entities,
            },
        )
        tally = _Tally(_total(entities), progress)
        planner = _Planner(tally, max_items=MAX_UPSERT_ENTITIES, entities=True)

        def send(chunk: list[_Item]) -> _Outcome:
            out, parts = _Outcome(), [chunk]
            while parts:
                part = parts.pop()
                out.requests += 1
                try:
                    answer = self.bulk_create(
                        bp,
                        body={"entities": [item.payload for item in part]},
                        upsert=True,
                        merge=merge,
                        create_missing_related_entities=create_missing_related_entities,
                    )
                except PayloadTooLargeError as exc:
                    if len(part) > 1:
                        parts.extend(_halves(part))
                    else:
                        out.fail(part, exc)
                except _CHUNK_ERRORS as exc:
                    out.fail(part, exc)
                else:
                    _read_upsert_answer(answer, part, out)
            return out

        return _run(entities, planner, tally, send, workers)

    def delete_many(
        self,
        blueprint: str,
        identifiers: Iterable[str],
        *,
        delete_dependents: bool = False,
        concurrency: int = 8,
        progress: ProgressCallback | None = None,
    ) -> BatchResult:
        """Delete entities by identifier, 100 a request, up to `concurrency` requests at once.

        Port deletes a request all or nothing: if one identifier of it is unknown, or has
        dependents while `delete_dependents` is False, none of its (up to 100) identifiers is
        deleted and each is reported failed with that error.
        """
        bp = _check_blueprint(blueprint)
        _check_items(identifiers, "identifiers", allow_async=False)
        workers = _check_options(
            concurrency=concurrency,
            progress=progress,
            flags={"delete_dependents": delete_dependents},
        )
        tally = _Tally(_total(identifiers), progress)
        planner = _Planner(tally, max_items=MAX_DELETE_IDENTIFIERS, entities=False)

        def send(chunk: list[_Item]) -> _Outcome:
            out = _Outcome(requests=1)
            try:
                answer = self.bulk_delete(
                    bp,
                    body={"entities": [item.identifier for item in chunk]},
                    delete_dependents=delete_dependents,
                )
            except _CHUNK_ERRORS as exc:
                out.fail(chunk, exc)
            else:
                _read_delete_answer(answer, chunk, out)
            return out

        return _run(identifiers, planner, tally, send, workers)

    def iter_all(
        self,
        blueprints: str | Iterable[str],
        *,
        query: Mapping[str, Any] | None = None,
        page_size: int = 1000,
    ) -> Iterator[dict[str, Any]]:
        """Every entity of one or several blueprints (matching `query`), as Port's JSON, lazily.

        One page (`page_size`, at most 1,000) is held at a time, so memory stays flat.
        """
        names = _check_blueprints(blueprints)
        size = _check_page_size(page_size)
        if query is not None and not isinstance(query, Mapping):
            raise ValueError(f"query must be a mapping or None, not {query!r}")

        def pages(name: str) -> CursorPaginator[dict[str, Any]]:
            def fetch(cursor: str | None) -> CursorPage[dict[str, Any]]:
                kwargs = _search_kwargs(name, query, size, cursor)
                return _raw_page(self._client._send(kwargs, **_SEARCH))

            return CursorPaginator(fetch)

        return (entity for name in names for entity in pages(name))


class AsyncEntitiesBatch(AsyncEntitiesPagination):
    """The async twins: `await client.entities.upsert_many(...)`, `async for ... iter_all(...)`."""

    if TYPE_CHECKING:
        _client: AsyncPortClient

        async def bulk_create(
            self,
            blueprint_identifier: str,
            *,
            body: BulkCreateEntitiesBody | Mapping[str, Any] | Unset,
            upsert: bool | Unset = False,
            validation_only: bool | Unset = False,
            create_missing_related_entities: bool | Unset = False,
            merge: bool | Unset = False,
            run_id: str | Unset = ...,
        ) -> BulkCreateEntitiesResponse: ...

        async def bulk_delete(
            self,
            blueprint_identifier: str,
            *,
            body: BulkDeleteEntitiesBody | Mapping[str, Any] | Unset,
            delete_dependents: bool | Unset = False,
            run_id: str | Unset = ...,
        ) -> DeletedEntitiesResponse: ...

    async def upsert_many(
        self,
        blueprint: str,
        entities: Iterable[Mapping[str, Any]] | AsyncIterable[Mapping[str, Any]],
        *,
        merge: bool = False,
        create_missing_related_entities: bool = False,
        concurrency: int = 8,
        progress: ProgressCallback | None = None,
    ) -> BatchResult:
        """The async twin of `PortClient.entities.upsert_many`; `entities` may be async.

        If the calling task is cancelled, requests in flight finish first, then the
        cancellation propagates as itself.
        """
        bp = _check_blueprint(blueprint)
        _check_items(entities, "entities", allow_async=True)
        workers = _check_options(
            concurrency=concurrency,
            progress=progress,
            flags={
                "merge": merge,
                "create_missing_related_entities": create_missing_related_entities,
            },
        )
        tally = _Tally(_total(entities), progress)
        planner = _Planner(tally, max_items=MAX_UPSERT_ENTITIES, entities=True)

        async def send(chunk: list[_Item]) -> _Outcome:
            out, parts = _Outcome(), [chunk]
            while parts:
                part = parts.pop()
                out.requests += 1
                try:
                    answer = await self.bulk_create(
                        bp,
                        body={"entities": [item.payload for item in part]},
                        upsert=True,
                        merge=merge,
                        create_missing_related_entities=create_missing_related_entities,
                    )
                except PayloadTooLargeError as exc:
                    if len(part) > 1:
                        parts.extend(_halves(part))
                    else:
                        out.fail(part, exc)
                except _CHUNK_ERRORS as exc:
                    out.fail(part, exc)
                else:
                    _read_upsert_answer(answer, part, out)
            return out

        return await _arun(entities, planner, tally, send, workers)

    async def delete_many(
        self,
        blueprint: str,
        identifiers: Iterable[str] | AsyncIterable[str],
        *,
        delete_dependents: bool = False,
        concurrency: int = 8,
        progress: ProgressCallback | None = None,
    ) -> BatchResult:
        """The async twin of `PortClient.entities.delete_many`; `identifiers` may be async."""
        bp = _check_blueprint(blueprint)
        _check_items(identifiers, "identifiers", allow_async=True)
        workers = _check_options(
            concurrency=concurrency,
            progress=progress,
            flags={"delete_dependents": delete_dependents},
        )
        tally = _Tally(_total(identifiers), progress)
        planner = _Planner(tally, max_items=MAX_DELETE_IDENTIFIERS, entities=False)

        async def send(chunk: list[_Item]) -> _Outcome:
            out = _Outcome(requests=1)
            try:
                answer = await self.bulk_delete(
                    bp,
                    body={"entities": [item.identifier for item in chunk]},
                    delete_dependents=delete_dependents,
                )
            except _CHUNK_ERRORS as exc:
                out.fail(chunk, exc)
            else:
                _read_delete_answer(answer, chunk, out)
            return out

        return await _arun(identifiers, planner, tally, send, workers)

    def iter_all(
        self,
        blueprints: str | Iterable[str],
        *,
        query: Mapping[str, Any] | None = None,
        page_size: int = 1000,
    ) -> AsyncIterator[dict[str, Any]]:
        """Every entity of one or several blueprints, as Port's JSON: `async for e in ...`."""
        names = _check_blueprints(blueprints)
        size = _check_page_size(page_size)
        if query is not None and not isinstance(query, Mapping):
            raise ValueError(f"query must be a mapping or None, not {query!r}")

        def pages(name: str) -> AsyncCursorPaginator[dict[str, Any]]:
            async def fetch(cursor: str | None) -> CursorPage[dict[str, Any]]:
                kwargs = _search_kwargs(name, query, size, cursor)
                return _raw_page(await self._client._send_async(kwargs, **_SEARCH))

            return AsyncCursorPaginator(fetch)

        async def walk() -> AsyncIterator[dict[str, Any]]:
            for name in names:
                async for entity in pages(name):
                    yield entity

        return walk()
