"""Batch and streaming entity operations: `upsert_many`, `delete_many`, `iter_all`, sync and async.

Port takes at most 20 entities and 1 MiB of JSON per bulk upsert, and 100 identifiers per bulk
delete. These helpers cut any number of entities into such requests, send up to `concurrency` of
them at once (threads for PortClient, tasks for AsyncPortClient) and read their input lazily, so
memory stays bounded however long it is. Every input they read ends in `BatchResult.succeeded` or
`BatchResult.failed`, never nowhere:

    result = port.entities.upsert_many("service", entities, progress=print)
    result.raise_for_failures()

The blueprint comes first and positionally, as in every method of `port.entities`.

Upserts are sent with `upsert=true`, which makes them safe to retry (the retry transport does).
"""

from __future__ import annotations

import functools
from collections.abc import (
    AsyncIterable,
    AsyncIterator,
    Callable,
    Iterable,
    Iterator,
    Mapping,
)
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, overload

import httpx

from pyport._batch_engine import (
    MAX_DELETE_IDENTIFIERS,
    MAX_UPSERT_ENTITIES,
    Item,
    Outcome,
    Planner,
    ProgressCallback,
    Tally,
    bulk_body,
    known_length,
    run_in_tasks,
    run_in_threads,
)
from pyport._batch_results import BatchFailure, BatchProgress, BatchResult
from pyport._legacy_args import first_argument, required
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
from pyport._surface import NOT_GIVEN, NotGiven
from pyport.errors import (
    BatchCancelled,
    BatchError,
    InvalidResponseError,
    PayloadTooLargeError,
    PortError,
)

if TYPE_CHECKING:
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

# Whatever a chunk request can end in besides an answer: Port's and httpx's errors.
_CHUNK_ERRORS = (PortError, httpx.HTTPError)


@dataclass(frozen=True)
class _BulkRoute:
    """One batch's bulk route: the generated operation, its query, and how its answer is read."""

    operation: Any  # the generated endpoint module
    blueprint: str
    params: Mapping[str, Any]
    names: Mapping[str, str]  # `operation` and `path_template`, for `_send()`
    what: str  # how errors name the answer
    read: Callable[[dict[str, Any], list[Item], Outcome], None]
    object_lists: tuple[str, ...] = ()
    split_on_413: bool = False

    def kwargs(self, part: list[Item]) -> dict[str, Any]:
        """`_send()`'s arguments for `part`, its items' JSON as the body."""
        kwargs: dict[str, Any] = self.operation._get_kwargs(
            self.blueprint, body=as_body({}), **self.params
        )
        del kwargs["json"]
        kwargs["content"] = bulk_body(part)
        return kwargs


class _ChunkSender:
    """The requests one chunk takes (a 413 splits it) and what they end in.

    Shared by the sync and async drivers, which only do the I/O:
    `for part, kwargs in sender: ... sender.answered(part, response)` or `.failed(part, error)`.
    """

    def __init__(self, route: _BulkRoute, chunk: list[Item]) -> None:
        self.route = route
        self.outcome = Outcome()
        self._parts = [chunk]

    def __iter__(self) -> Iterator[tuple[list[Item], dict[str, Any]]]:
        while self._parts:
            part = self._parts.pop()
            self.outcome.requests += 1
            yield part, self.route.kwargs(part)

    def answered(self, part: list[Item], response: httpx.Response) -> None:
        route = self.route
        try:
            answer = _answer_object(response, route.what, object_lists=route.object_lists)
        except InvalidResponseError as exc:
            self.outcome.fail(part, exc)
        else:
            route.read(answer, part, self.outcome)

    def failed(self, part: list[Item], error: Exception) -> None:
        if self.route.split_on_413 and isinstance(error, PayloadTooLargeError) and len(part) > 1:
            self._parts.extend(_halves(part))
        else:
            self.outcome.fail(part, error)


def _send_chunk(client: PortClient, route: _BulkRoute, chunk: list[Item]) -> Outcome:
    sender = _ChunkSender(route, chunk)
    for part, kwargs in sender:
        try:
            response = client._send(kwargs, **route.names)
        except _CHUNK_ERRORS as exc:
            sender.failed(part, exc)
        else:
            sender.answered(part, response)
    return sender.outcome


async def _send_chunk_async(
    client: AsyncPortClient, route: _BulkRoute, chunk: list[Item]
) -> Outcome:
    sender = _ChunkSender(route, chunk)
    for part, kwargs in sender:
        try:
            response = await client._send_async(kwargs, **route.names)
        except _CHUNK_ERRORS as exc:
            sender.failed(part, exc)
        else:
            sender.answered(part, response)
    return sender.outcome


def _answer_object(
    response: httpx.Response, what: str, *, object_lists: tuple[str, ...] = ()
) -> dict[str, Any]:
    """A bulk route's 2xx answer as a JSON object whose `object_lists` keys, where present,
    hold lists of objects; `InvalidResponseError` if it is anything else."""
    data = parse_json(response)
    if not isinstance(data, dict):
        raise InvalidResponseError.from_response(
            response, f"expected a JSON object from the {what}, got {type(data).__name__}"
        )
    for key in object_lists:
        value = data.get(key)
        if value is not None and (
            not isinstance(value, list) or not all(isinstance(entry, dict) for entry in value)
        ):
            raise InvalidResponseError.from_response(
                response, f'expected "{key}" in the {what} answer to be a list of objects'
            )
    return data


def _read_upsert_answer(answer: dict[str, Any], part: list[Item], out: Outcome) -> None:
    """Map a 200/207 answer (checked by `_answer_object`) back to the chunk's entities by index
    (else identifier)."""
    errors: list[dict[str, Any]] = answer.get("errors") or []
    if answer.get("ok") is True and not errors:
        # Port's 200: every entity of the request was written, whether the answer lists it or not.
        out.succeeded.extend((item.index, item.identifier) for item in part)
        return
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
    for error in errors:
        pos = locate(error.get("index"), error.get("identifier"))
        if pos is None or pos in settled:
            continue
        item, code, message = part[pos], error.get("error"), error.get("message")
        settled[pos] = BatchFailure(
            item.identifier,
            item.index,
            _as_int(error.get("statusCode")),
            code if isinstance(code, str) else None,
            short_reason(message)
            if isinstance(message, str)
            else "Port reported a failure without a message",
        )
    for done in answer.get("entities") or ():
        pos = locate(done.get("index"), done.get("identifier"))
        if pos is not None:
            settled.setdefault(pos, None)
    # On a 207, what the answer does not list is unknown: reported as a failure, not dropped.
    for pos, item in enumerate(part):
        if pos not in settled:
            out.failed.append(_unreported(item))
        elif (failure := settled[pos]) is None:
            out.succeed(item)
        else:
            out.failed.append(failure)


def _as_int(value: object) -> int | None:
    """An integral JSON number (1 or 1.0) as an int; None for anything else."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    if isinstance(value, float) and not value.is_integer():
        return None
    return int(value)


def _unreported(item: Item) -> BatchFailure:
    return BatchFailure(
        item.identifier,
        item.index,
        None,
        "not_reported",
        "Port's answer listed this entity neither as written nor as failed; it may or may not "
        "have been written",
    )


def _read_delete_answer(answer: dict[str, Any], part: list[Item], out: Outcome) -> None:
    deleted = answer.get("deletedEntities")
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


def _upsert_route(blueprint: str, flags: Mapping[str, bool]) -> _BulkRoute:
    from pyport._generated.api.entities import bulk_create_entities

    return _BulkRoute(
        operation=bulk_create_entities,
        blueprint=blueprint,
        params={"upsert": True, **flags},
        names={
            "operation": "bulk_create_entities",
            "path_template": "/v1/blueprints/{blueprint_identifier}/entities/bulk",
        },
        what="bulk upsert",
        read=_read_upsert_answer,
        # The lists of the answer that say what became of each entity.
        object_lists=("entities", "errors"),
        split_on_413=True,
    )


def _delete_route(blueprint: str, flags: Mapping[str, bool]) -> _BulkRoute:
    from pyport._generated.api.entities import bulk_delete_entities

    return _BulkRoute(
        operation=bulk_delete_entities,
        blueprint=blueprint,
        params=flags,
        names={
            "operation": "bulk_delete_entities",
            "path_template": "/v1/blueprints/{blueprint_identifier}/bulk/entities/delete",
        },
        what="bulk delete",
        read=_read_delete_answer,
    )


def _halves(part: list[Item]) -> list[list[Item]]:
    middle = len(part) // 2
    return [part[middle:], part[:middle]]  # popped from the end: the first half goes first


def _start(
    blueprint: object,
    items: object,
    what: str,
    *,
    allow_async: bool,
    concurrency: object,
    progress: ProgressCallback | None,
    flags: Mapping[str, object],
) -> tuple[str, int, Tally, Planner]:
    """Check a batch's arguments; (blueprint, workers, tally, planner) for `what` it gets."""
    bp = _check_blueprint(blueprint)
    _check_items(items, what, allow_async=allow_async)
    workers = _check_options(concurrency=concurrency, progress=progress, flags=flags)
    tally = Tally(known_length(items), progress)
    upserts = what == "entities"
    max_items = MAX_UPSERT_ENTITIES if upserts else MAX_DELETE_IDENTIFIERS
    return bp, workers, tally, Planner(tally, max_items=max_items, entities=upserts)


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
    from pyport._generated.api.entities import search_blueprint_entities as _op

    body = _search_body(query=query, include=None, exclude=None, page_size=page_size, cursor=cursor)
    kwargs: dict[str, Any] = _op._get_kwargs(blueprint, body=as_body(body))
    return kwargs


_SEARCH = {
    "operation": "search_blueprint_entities",
    "path_template": "/v1/blueprints/{blueprint_identifier}/entities/search",
}


# --- the mixins --------------------------------------------------------------------------------
#
# The blueprint comes first and positionally, as in every generated method. Version 1's
# `blueprint=` (`blueprints=` for iter_all) keyword still works for one minor version: the second
# overload types it, `**legacy` takes it, and `first_argument` warns with the new call.
# mypy does not see that `**legacy` takes the keyword beside a positional-only parameter of the
# same name, hence the `type: ignore[misc]` on each implementation.


class EntitiesBatch(EntitiesPagination):
    """`client.entities.upsert_many(...)`, `.delete_many(...)`, `.iter_all(...)`."""

    if TYPE_CHECKING:
        _client: PortClient

    @overload
    def upsert_many(
        self,
        blueprint: str,
        /,
        entities: Iterable[Mapping[str, Any]],
        *,
        merge: bool = ...,
        create_missing_related_entities: bool = ...,
        concurrency: int = ...,
        progress: ProgressCallback | None = ...,
    ) -> BatchResult: ...

    @overload
    def upsert_many(
        self,
        *,
        blueprint: str,
        entities: Iterable[Mapping[str, Any]],
        merge: bool = ...,
        create_missing_related_entities: bool = ...,
        concurrency: int = ...,
        progress: ProgressCallback | None = ...,
    ) -> BatchResult: ...

    def upsert_many(  # type: ignore[misc]
        self,
        blueprint: str | NotGiven = NOT_GIVEN,
        /,
        entities: Iterable[Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        *,
        merge: bool = False,
        create_missing_related_entities: bool = False,
        concurrency: int = 8,
        progress: ProgressCallback | None = None,
        **legacy: Any,
    ) -> BatchResult:
        """Create or replace (`merge=True`: update) every entity, 20 (and 1 MiB) a request.

        `port.entities.upsert_many("service", entities)`. Up to `concurrency` requests are in
        flight at once; `entities` is read lazily, each entity encoded once as it is read (later
        changes to it are not sent), and at most `concurrency` more requests' worth is read ahead
        of what is in flight. A 413 splits its request in two; an entity without a string
        "identifier", repeated, not JSON, or alone over 1 MiB fails without being sent.
        `progress` is called after each request; if it raises (or on Ctrl-C) the batch stops and
        raises `BatchCancelled`.
        """
        name = first_argument(
            "upsert_many", blueprint, legacy, name="blueprint", rest=", entities, ..."
        )
        items = required("upsert_many", entities, "entities")
        flags = {"merge": merge, "create_missing_related_entities": create_missing_related_entities}
        bp, workers, tally, planner = _start(
            name,
            items,
            "entities",
            allow_async=False,
            concurrency=concurrency,
            progress=progress,
            flags=flags,
        )
        route = _upsert_route(bp, flags)
        send = functools.partial(_send_chunk, self._client, route)
        return run_in_threads(items, planner, tally, send, workers)

    @overload
    def delete_many(
        self,
        blueprint: str,
        /,
        identifiers: Iterable[str],
        *,
        delete_dependents: bool = ...,
        concurrency: int = ...,
        progress: ProgressCallback | None = ...,
    ) -> BatchResult: ...

    @overload
    def delete_many(
        self,
        *,
        blueprint: str,
        identifiers: Iterable[str],
        delete_dependents: bool = ...,
        concurrency: int = ...,
        progress: ProgressCallback | None = ...,
    ) -> BatchResult: ...

    def delete_many(  # type: ignore[misc]
        self,
        blueprint: str | NotGiven = NOT_GIVEN,
        /,
        identifiers: Iterable[str] | NotGiven = NOT_GIVEN,
        *,
        delete_dependents: bool = False,
        concurrency: int = 8,
        progress: ProgressCallback | None = None,
        **legacy: Any,
    ) -> BatchResult:
        """Delete entities by identifier, 100 a request, up to `concurrency` requests at once.

        `port.entities.delete_many("service", identifiers)`. Port deletes a request all or
        nothing: if one identifier of it is unknown, or has dependents while `delete_dependents`
        is False, none of its (up to 100) identifiers is deleted and each is reported failed with
        that error.
        """
        name = first_argument(
            "delete_many", blueprint, legacy, name="blueprint", rest=", identifiers, ..."
        )
        items = required("delete_many", identifiers, "identifiers")
        flags = {"delete_dependents": delete_dependents}
        bp, workers, tally, planner = _start(
            name,
            items,
            "identifiers",
            allow_async=False,
            concurrency=concurrency,
            progress=progress,
            flags=flags,
        )
        route = _delete_route(bp, flags)
        send = functools.partial(_send_chunk, self._client, route)
        return run_in_threads(items, planner, tally, send, workers)

    @overload
    def iter_all(
        self,
        blueprints: str | Iterable[str],
        /,
        *,
        query: Mapping[str, Any] | None = ...,
        page_size: int = ...,
    ) -> Iterator[dict[str, Any]]: ...

    @overload
    def iter_all(
        self,
        *,
        blueprints: str | Iterable[str],
        query: Mapping[str, Any] | None = ...,
        page_size: int = ...,
    ) -> Iterator[dict[str, Any]]: ...

    def iter_all(  # type: ignore[misc]
        self,
        blueprints: str | Iterable[str] | NotGiven = NOT_GIVEN,
        /,
        *,
        query: Mapping[str, Any] | None = None,
        page_size: int = 1000,
        **legacy: Any,
    ) -> Iterator[dict[str, Any]]:
        """Every entity of one or several blueprints (matching `query`), as Port's JSON, lazily.

        `port.entities.iter_all(["service", "domain"])`. One page (`page_size`, at most 1,000) is
        held at a time, so memory stays flat.
        """
        names, size = _iter_all_arguments(blueprints, legacy, query, page_size)

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

    @overload
    async def upsert_many(
        self,
        blueprint: str,
        /,
        entities: Iterable[Mapping[str, Any]] | AsyncIterable[Mapping[str, Any]],
        *,
        merge: bool = ...,
        create_missing_related_entities: bool = ...,
        concurrency: int = ...,
        progress: ProgressCallback | None = ...,
    ) -> BatchResult: ...

    @overload
    async def upsert_many(
        self,
        *,
        blueprint: str,
        entities: Iterable[Mapping[str, Any]] | AsyncIterable[Mapping[str, Any]],
        merge: bool = ...,
        create_missing_related_entities: bool = ...,
        concurrency: int = ...,
        progress: ProgressCallback | None = ...,
    ) -> BatchResult: ...

    async def upsert_many(  # type: ignore[misc]
        self,
        blueprint: str | NotGiven = NOT_GIVEN,
        /,
        entities: Iterable[Mapping[str, Any]]
        | AsyncIterable[Mapping[str, Any]]
        | NotGiven = NOT_GIVEN,
        *,
        merge: bool = False,
        create_missing_related_entities: bool = False,
        concurrency: int = 8,
        progress: ProgressCallback | None = None,
        **legacy: Any,
    ) -> BatchResult:
        """The async twin of `PortClient.entities.upsert_many`; `entities` may be async.

        If the calling task is cancelled, requests in flight finish first, then the
        cancellation propagates as itself.
        """
        name = first_argument(
            "upsert_many", blueprint, legacy, name="blueprint", rest=", entities, ..."
        )
        items = required("upsert_many", entities, "entities")
        flags = {"merge": merge, "create_missing_related_entities": create_missing_related_entities}
        bp, workers, tally, planner = _start(
            name,
            items,
            "entities",
            allow_async=True,
            concurrency=concurrency,
            progress=progress,
            flags=flags,
        )
        route = _upsert_route(bp, flags)
        send = functools.partial(_send_chunk_async, self._client, route)
        return await run_in_tasks(items, planner, tally, send, workers)

    @overload
    async def delete_many(
        self,
        blueprint: str,
        /,
        identifiers: Iterable[str] | AsyncIterable[str],
        *,
        delete_dependents: bool = ...,
        concurrency: int = ...,
        progress: ProgressCallback | None = ...,
    ) -> BatchResult: ...

    @overload
    async def delete_many(
        self,
        *,
        blueprint: str,
        identifiers: Iterable[str] | AsyncIterable[str],
        delete_dependents: bool = ...,
        concurrency: int = ...,
        progress: ProgressCallback | None = ...,
    ) -> BatchResult: ...

    async def delete_many(  # type: ignore[misc]
        self,
        blueprint: str | NotGiven = NOT_GIVEN,
        /,
        identifiers: Iterable[str] | AsyncIterable[str] | NotGiven = NOT_GIVEN,
        *,
        delete_dependents: bool = False,
        concurrency: int = 8,
        progress: ProgressCallback | None = None,
        **legacy: Any,
    ) -> BatchResult:
        """The async twin of `PortClient.entities.delete_many`; `identifiers` may be async."""
        name = first_argument(
            "delete_many", blueprint, legacy, name="blueprint", rest=", identifiers, ..."
        )
        items = required("delete_many", identifiers, "identifiers")
        flags = {"delete_dependents": delete_dependents}
        bp, workers, tally, planner = _start(
            name,
            items,
            "identifiers",
            allow_async=True,
            concurrency=concurrency,
            progress=progress,
            flags=flags,
        )
        route = _delete_route(bp, flags)
        send = functools.partial(_send_chunk_async, self._client, route)
        return await run_in_tasks(items, planner, tally, send, workers)

    @overload
    def iter_all(
        self,
        blueprints: str | Iterable[str],
        /,
        *,
        query: Mapping[str, Any] | None = ...,
        page_size: int = ...,
    ) -> AsyncIterator[dict[str, Any]]: ...

    @overload
    def iter_all(
        self,
        *,
        blueprints: str | Iterable[str],
        query: Mapping[str, Any] | None = ...,
        page_size: int = ...,
    ) -> AsyncIterator[dict[str, Any]]: ...

    def iter_all(  # type: ignore[misc]
        self,
        blueprints: str | Iterable[str] | NotGiven = NOT_GIVEN,
        /,
        *,
        query: Mapping[str, Any] | None = None,
        page_size: int = 1000,
        **legacy: Any,
    ) -> AsyncIterator[dict[str, Any]]:
        """Every entity of one or several blueprints, as Port's JSON: `async for e in ...`."""
        names, size = _iter_all_arguments(blueprints, legacy, query, page_size)

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


def _iter_all_arguments(
    blueprints: object, legacy: Mapping[str, Any], query: object, page_size: int
) -> tuple[list[str], int]:
    """iter_all's checked blueprints and page size, before anything is sent."""
    # stacklevel 4: first_argument, here, iter_all, then the caller's line.
    given = first_argument(
        "iter_all", blueprints, legacy, name="blueprints", rest=", ...", stacklevel=4
    )
    names = _check_blueprints(given)
    size = _check_page_size(page_size)
    if query is not None and not isinstance(query, Mapping):
        raise ValueError(f"query must be a mapping or None, not {query!r}")
    return names, size
