"""Cursor pagination: one protocol for every cursor-paged operation, sync and async.

A paginator is lazy: nothing is sent until it is iterated, and it holds one page at a time.
Iterating it yields items across all pages; `.pages()` yields the pages themselves.

Port pages one operation today, the blueprint entity search (`from`/`next`, at most 1,000 a page).
`port.entities.search(...)` returns it as a `SyncPage` (pyport._surface); `iter_all` walks it with
these paginators, holding Port's JSON, and so does version 1's `iter_search_blueprint`, kept for
one minor version as a deprecated alias of `search`. Any other cursor-paged operation needs only a
`fetch(cursor) -> CursorPage` function.
"""

from __future__ import annotations

import warnings
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar, cast

from pyport.errors import InvalidResponseError

if TYPE_CHECKING:
    from pyport._generated.models import Entity
    from pyport._resources._entities import AsyncEntities, Entities

T = TypeVar("T")

MAX_PAGE_SIZE = 1000
# Consecutive empty pages that still hand out a new cursor before the paginator gives up: a server
# that does that forever would otherwise keep a loop busy without end.
MAX_EMPTY_PAGES = 20


@dataclass(frozen=True)
class CursorPage(Generic[T]):
    """One page: its items, and the cursor of the next page (None on the last one)."""

    items: Sequence[T]
    next_cursor: str | None


class CursorPaginator(Generic[T]):
    """Iterates every item of a cursor-paged operation, fetching pages as it goes.

    It stops with `InvalidResponseError` when the server hands back a cursor it gave before, or
    `max_empty_pages` empty pages in a row that each carry a new cursor.
    """

    def __init__(
        self,
        fetch: Callable[[str | None], CursorPage[T]],
        *,
        max_empty_pages: int = MAX_EMPTY_PAGES,
    ) -> None:
        self._fetch = fetch
        self._max_empty = _check_max_empty_pages(max_empty_pages)

    def pages(self) -> Iterator[CursorPage[T]]:
        cursor: str | None = None
        seen = _Cursors(self._max_empty)
        while True:
            page = self._fetch(cursor)
            yield page
            cursor = seen.next_cursor(page)
            del page  # hold one page at a time, not two, while the next one is fetched
            if cursor is None:
                return

    def __iter__(self) -> Iterator[T]:
        for page in self.pages():
            items = page.items
            del page
            yield from items
            del items


class AsyncCursorPaginator(Generic[T]):
    """The async twin of CursorPaginator: `async for item in paginator`."""

    def __init__(
        self,
        fetch: Callable[[str | None], Awaitable[CursorPage[T]]],
        *,
        max_empty_pages: int = MAX_EMPTY_PAGES,
    ) -> None:
        self._fetch = fetch
        self._max_empty = _check_max_empty_pages(max_empty_pages)

    async def pages(self) -> AsyncIterator[CursorPage[T]]:
        cursor: str | None = None
        seen = _Cursors(self._max_empty)
        while True:
            page = await self._fetch(cursor)
            yield page
            cursor = seen.next_cursor(page)
            del page  # hold one page at a time, not two, while the next one is fetched
            if cursor is None:
                return

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.pages():
            items = page.items
            del page
            for item in items:
                yield item
            del items


class _Cursors:
    """The cursors a paginator was given, to stop a server that would page forever."""

    def __init__(self, max_empty: int) -> None:
        self._seen: set[str] = set()
        self._max_empty = max_empty
        self._empty_in_a_row = 0

    def next_cursor(self, page: CursorPage[Any]) -> str | None:
        cursor = page.next_cursor
        if not cursor:
            return None
        if cursor in self._seen:
            raise InvalidResponseError(f"the server returned the page cursor {cursor[:40]!r} twice")
        self._seen.add(cursor)
        self._empty_in_a_row = 0 if page.items else self._empty_in_a_row + 1
        if self._empty_in_a_row >= self._max_empty:
            raise InvalidResponseError(
                f"the server returned {self._empty_in_a_row} empty pages in a row, each with a "
                f"new cursor (the last {cursor[:40]!r}); stopped paging"
            )
        return cursor


def _check_max_empty_pages(value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValueError(f"max_empty_pages must be an integer >= 1, not {value!r}")
    return value


def _search_body(
    *,
    query: Mapping[str, Any] | None,
    include: Sequence[str] | None,
    exclude: Sequence[str] | None,
    page_size: int,
    cursor: str | None,
) -> dict[str, Any]:
    body: dict[str, Any] = {"limit": page_size}
    if query is not None:
        body["query"] = dict(query)
    if include is not None:
        body["include"] = list(include)
    if exclude is not None:
        body["exclude"] = list(exclude)
    if cursor is not None:
        body["from"] = cursor
    return body


def _check_page_size(page_size: int) -> int:
    if (
        isinstance(page_size, bool)
        or not isinstance(page_size, int)
        or not 1 <= page_size <= MAX_PAGE_SIZE
    ):
        raise ValueError(
            f"page_size must be an integer from 1 to {MAX_PAGE_SIZE}, not {page_size!r}"
        )
    return page_size


def _search_arguments(
    query: Mapping[str, Any] | None,
    include: Sequence[str] | None,
    exclude: Sequence[str] | None,
    page_size: int,
    cursor: str | None,
) -> dict[str, Any]:
    """`port.entities.search()`'s keyword arguments for one page of version 1's search."""
    given = {"query": query, "include": include, "exclude": exclude, "from_": cursor}
    return {"limit": page_size, **{k: v for k, v in given.items() if v is not None}}


def _warn_iter_search(new_call: str) -> None:
    # stacklevel: here, iter_search_blueprint, then the caller's line.
    warnings.warn(
        "port.entities.iter_search_blueprint() is deprecated; use "
        f"`{new_call}` instead: the page it returns iterates every entity of every page",
        DeprecationWarning,
        stacklevel=3,
    )


class EntitiesPagination:
    """Version 1's `port.entities.iter_search_blueprint(...)`: deprecated for `search`."""

    def iter_search_blueprint(
        self,
        blueprint_identifier: str,
        *,
        query: Mapping[str, Any] | None = None,
        include: Sequence[str] | None = None,
        exclude: Sequence[str] | None = None,
        page_size: int = 200,
    ) -> CursorPaginator[Entity]:
        """Deprecated alias of `port.entities.search(blueprint, query=..., limit=...)`.

        Every entity of `blueprint_identifier` matching `query`, lazily, each page fetched by
        `search`; `.pages()` on the result yields whole pages instead.
        """
        _warn_iter_search("for entity in port.entities.search(blueprint, query=..., limit=...)")
        size = _check_page_size(page_size)
        entities = cast("Entities", self)

        def fetch(cursor: str | None) -> CursorPage[Entity]:
            arguments = _search_arguments(query, include, exclude, size, cursor)
            page = entities.search(blueprint_identifier, **arguments)
            return CursorPage(page.items, page.next_cursor)

        return CursorPaginator(fetch)


class AsyncEntitiesPagination:
    """The async twin: `async for entity in await client.entities.search(...)` replaces it."""

    def iter_search_blueprint(
        self,
        blueprint_identifier: str,
        *,
        query: Mapping[str, Any] | None = None,
        include: Sequence[str] | None = None,
        exclude: Sequence[str] | None = None,
        page_size: int = 200,
    ) -> AsyncCursorPaginator[Entity]:
        """Deprecated alias of `await port.entities.search(blueprint, query=..., limit=...)`."""
        _warn_iter_search(
            "async for entity in await port.entities.search(blueprint, query=..., limit=...)"
        )
        size = _check_page_size(page_size)
        entities = cast("AsyncEntities", self)

        async def fetch(cursor: str | None) -> CursorPage[Entity]:
            arguments = _search_arguments(query, include, exclude, size, cursor)
            page = await entities.search(blueprint_identifier, **arguments)
            return CursorPage(page.items, page.next_cursor)

        return AsyncCursorPaginator(fetch)
