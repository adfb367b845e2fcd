"""What the generated resources (pyport/_resources/) stand on: building a request from typed
arguments, returning the resource out of Port's envelope, pages, raw responses.
"""

from __future__ import annotations

import contextvars
import datetime as dt
import enum
import functools
import warnings
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Generic, TypeVar
from urllib.parse import quote

import httpx

from pyport._resource_base import parse_json, path_segment, warn_deprecated
from pyport.errors import InvalidResponseError

if TYPE_CHECKING:
    from typing_extensions import ParamSpec

    from pyport._client import AsyncPortClient, PortClient

    _P = ParamSpec("_P")

_T = TypeVar("_T")
_R = TypeVar("_R")
_ChildT = TypeVar("_ChildT")
_ClientT = TypeVar("_ClientT")

# (kind, model class name, envelope key, a list?): how to read a 2xx answer.
ParseSpec = tuple[str, "str | None", "str | None", bool]
PathArgs = Sequence[tuple[str, str, str]]  # (name in the URL template, argument name, value)
# Statuses of a success Port may send without a body.
_BODILESS = (201, 202, 204)


class NotGiven:
    """An argument left out: not sent, unlike None, which is sent as JSON null."""

    _instance: NotGiven | None = None

    def __new__(cls) -> NotGiven:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> bool:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN = NotGiven()

# Set while a `with_raw_response` wrapper runs: the call returns a RawResponse instead, and
# leaves it here too, for the wrapper to return it from a method that returns nothing (a delete).
_RAW: contextvars.ContextVar[list[RawResponse[Any]] | None] = contextvars.ContextVar(
    "pyport_raw_response", default=None
)


class RawResponse(Generic[_T]):
    """Port's answer as it came (status, headers, trace id), and the object the call returns.

    `port.entities.with_raw_response.get("svc", "checkout")` gives one; errors raise the same
    exceptions as the plain call.
    """

    def __init__(self, response: httpx.Response, parse: Callable[[], _T]) -> None:
        self.http_response = response
        self._parse = parse
        self._parsed: list[_T] = []

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def trace_id(self) -> str | None:
        value = self.http_response.headers.get("x-trace-id")
        return None if value is None else str(value)

    @property
    def cache_status(self) -> str | None:
        """With a response cache: "hit", "miss", or "stale" (an expired answer served because
        Port failed, `Cache(stale_if_error=...)`; its `Age` header says how old). None when the
        call did not go through a cache."""
        value = self.http_response.extensions.get("pyport.cache")
        return None if value is None else str(value)

    def parse(self) -> _T:
        """The object the plain call returns (parsed once)."""
        if not self._parsed:
            self._parsed.append(self._parse())
        return self._parsed[0]

    def __repr__(self) -> str:
        request = self.http_response.request
        return f"<RawResponse {request.method} {request.url.path} {self.status_code}>"


def to_raw_response_wrapper(func: Callable[_P, _R]) -> Callable[_P, RawResponse[_R]]:
    """The same call, returning the RawResponse around what it returns."""

    @functools.wraps(func)
    def wrapped(*args: _P.args, **kwargs: _P.kwargs) -> RawResponse[_R]:
        sent: list[RawResponse[Any]] = []
        token = _RAW.set(sent)
        try:
            result = func(*args, **kwargs)
        finally:
            _RAW.reset(token)
        return _raw_result(result, sent)

    return wrapped


def async_to_raw_response_wrapper(
    func: Callable[_P, Awaitable[_R]],
) -> Callable[_P, Awaitable[RawResponse[_R]]]:
    @functools.wraps(func)
    async def wrapped(*args: _P.args, **kwargs: _P.kwargs) -> RawResponse[_R]:
        sent: list[RawResponse[Any]] = []
        token = _RAW.set(sent)
        try:
            result = await func(*args, **kwargs)
        finally:
            _RAW.reset(token)
        return _raw_result(result, sent)

    return wrapped


def _raw_result(result: object, sent: list[RawResponse[Any]]) -> RawResponse[Any]:
    """What a raw call returns: its RawResponse, even where the method itself returns None."""
    return result if isinstance(result, RawResponse) else sent[-1]


# --- requests -------------------------------------------------------------------------------------


def to_wire(value: Any) -> Any:
    """A Python value as JSON: enums by value, models by `to_dict()`, datetimes as ISO 8601."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if hasattr(value, "to_dict") and callable(value.to_dict):
        return value.to_dict()
    if isinstance(value, Mapping):
        return {str(k): to_wire(v) for k, v in value.items()}
    if isinstance(value, Sequence) and not isinstance(value, bytes | bytearray):
        return [to_wire(v) for v in value]
    raise TypeError(f"{type(value).__name__} cannot be sent to Port as JSON: {value!r}")


def merge_legacy_body(
    body: Mapping[str, Any],
    legacy_body: Mapping[str, Any] | NotGiven,
    required: Sequence[tuple[str, str]],
    operation: str,
) -> dict[str, Any]:
    """The body's fields; version 1's `body=` mapping under them (with a DeprecationWarning), or
    a TypeError naming the required fields left out, as Python names missing arguments."""
    given = {k: v for k, v in body.items() if v is not NOT_GIVEN}
    if not isinstance(legacy_body, NotGiven):
        if not isinstance(legacy_body, Mapping):
            raise TypeError(f"body must be a mapping, not {type(legacy_body).__name__}")
        warnings.warn(
            "body= is deprecated: pass the body's fields as keyword arguments"
            " (fields the signature lacks go in extra_body=)",
            DeprecationWarning,
            stacklevel=5,  # this, _call_kwargs, _request, the generated method, the user's line
        )
        return {**{str(k): v for k, v in legacy_body.items()}, **given}
    missing = [name for wire, name in required if wire not in given]
    if missing:
        names = ", ".join(repr(name) for name in missing)
        raise TypeError(f"missing required keyword argument(s) {names} (Port's {operation})")
    return given


def build_request(
    method: str,
    template: str,
    *,
    path: PathArgs,
    query: Mapping[str, Any] | None,
    body: Any,
    extra_headers: Mapping[str, str] | None,
    extra_query: Mapping[str, object] | None,
    extra_body: Mapping[str, object] | None,
    timeout: float | httpx.Timeout | NotGiven,
) -> dict[str, Any]:
    """The httpx request arguments of a call; every check happens here, before anything is sent."""
    url = template
    for wire, name, value in path:
        url = url.replace("{" + wire + "}", quote(path_segment(name, value), safe=""))
    params = {k: to_wire(v) for k, v in (query or {}).items() if v is not NOT_GIVEN}
    params.update({k: to_wire(v) for k, v in (extra_query or {}).items()})
    kwargs: dict[str, Any] = {"method": method, "url": url, "params": params or None}
    if isinstance(body, Mapping) and not isinstance(body, NotGiven):
        fields = {k: to_wire(v) for k, v in body.items() if v is not NOT_GIVEN}
        fields.update({k: to_wire(v) for k, v in (extra_body or {}).items()})
        kwargs["json"] = fields
    elif body is not NOT_GIVEN and body is not None:
        kwargs["json"] = to_wire(body)
    elif extra_body:
        kwargs["json"] = {k: to_wire(v) for k, v in extra_body.items()}
    if extra_headers:
        kwargs["headers"] = dict(extra_headers)
    if not isinstance(timeout, NotGiven):
        if isinstance(timeout, int | float) and not timeout > 0:  # also refuses NaN
            raise ValueError(f"timeout must be a positive number of seconds, not {timeout!r}")
        kwargs["timeout"] = timeout
    return kwargs


def parse_answer(response: httpx.Response, spec: ParseSpec) -> Any:
    """The resource out of Port's envelope, as the call's return type says."""
    kind, model, key, many = spec
    if kind == "none":
        return None
    data = parse_json(response)
    if kind == "json":
        return data
    if data is None and response.status_code in _BODILESS and kind in ("model", "key"):
        # Port documents some creations as bodiless (`POST /v1/pages`): nothing to read is an
        # empty resource (as version 1 answered), not a bad answer.
        if kind == "key" or model is None:
            return None
        data = {} if key is None else {key: [] if many else {}}
    if key is not None:
        if not isinstance(data, Mapping) or key not in data:
            raise InvalidResponseError.from_response(
                response, f"Port's answer has no `{key}` (keys: {_keys(data)})"
            )
        data = data[key]
    if kind == "key" or model is None:
        return data
    cls = _model_class(model)
    if many:
        if not isinstance(data, list):
            raise InvalidResponseError.from_response(
                response, f"expected a list of {model}, got {type(data).__name__}"
            )
        return [_one(cls, item, response) for item in data]
    return _one(cls, data, response)


_MODEL_CLASSES: dict[str, Any] = {}


def _model_class(name: str) -> Any:
    # An import statement in the call path costs more than the lookup it guards.
    cls = _MODEL_CLASSES.get(name)
    if cls is None:
        from pyport._generated import models

        cls = _MODEL_CLASSES[name] = getattr(models, name)
    return cls


def _one(cls: Any, data: Any, response: httpx.Response) -> Any:
    if not isinstance(data, Mapping):
        raise InvalidResponseError.from_response(
            response, f"expected a JSON object for {cls.__name__}, got {type(data).__name__}"
        )
    try:
        return cls.from_dict(data)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise InvalidResponseError.from_response(
            response, f"the body does not fit {cls.__name__}: {exc!r}"
        ) from exc


def _keys(data: object) -> str:
    return ", ".join(sorted(map(str, data))) if isinstance(data, Mapping) else type(data).__name__


def _answer(response: httpx.Response, parse: ParseSpec) -> Any:
    """The call's result: the parsed answer, or in a raw call its RawResponse (also recorded)."""
    sent = _RAW.get()
    if sent is None:
        return parse_answer(response, parse)
    raw: RawResponse[Any] = RawResponse(response, lambda: parse_answer(response, parse))
    sent.append(raw)
    return raw


def _option(value: object) -> object:
    """A per-call cache option for the client: None when not given."""
    return None if isinstance(value, NotGiven) else value


# --- resources ------------------------------------------------------------------------------------

_JSON: ParseSpec = ("json", None, None, False)


class _APIResource(Generic[_ClientT]):
    """What the sync and async resources share: their client, children, and request building."""

    def __init__(self, client: _ClientT) -> None:
        self._client = client
        self._children: dict[type[Any], Any] = {}

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"

    def _child(self, cls: Callable[[_ClientT], _ChildT]) -> _ChildT:
        child = self._children.get(cls)  # type: ignore[call-overload]
        if child is None:
            child = self._children[cls] = cls(self._client)  # type: ignore[index]
        return child  # type: ignore[no-any-return]


def _call_kwargs(
    method: str,
    template: str,
    operation: str,
    *,
    path: PathArgs = (),
    query: Mapping[str, Any] | None = None,
    body: Any = NOT_GIVEN,
    legacy_body: Mapping[str, Any] | NotGiven = NOT_GIVEN,
    required: Sequence[tuple[str, str]] = (),
    deprecated: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, object] | None = None,
    extra_body: Mapping[str, object] | None = None,
    timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
) -> dict[str, Any]:
    """A generated method's arguments as httpx's request arguments (warnings and checks first)."""
    if deprecated:  # frames above the user's line: this, _request, the generated method
        warn_deprecated(deprecated, stacklevel=5)
    if isinstance(body, dict):
        body = merge_legacy_body(body, legacy_body, required, operation)
    return build_request(
        method,
        template,
        path=path,
        query=query,
        body=body,
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
    )


class SyncAPIResource(_APIResource["PortClient"]):
    """A group of operations of a PortClient: `port.entities`, `port.action_runs.logs`."""

    def _request(
        self,
        method: str,
        template: str,
        *,
        operation: str,
        parse: ParseSpec,
        cache: bool | NotGiven = NOT_GIVEN,
        ttl: float | NotGiven = NOT_GIVEN,
        **options: Any,
    ) -> Any:
        kwargs = _call_kwargs(method, template, operation, **options)
        response = self._client._send(
            kwargs,
            operation=operation,
            path_template=template,
            cache=_option(cache),
            ttl=_option(ttl),
        )
        return _answer(response, parse)

    def _page(self, method: str, template: str, **options: Any) -> Any:
        warn_deprecated(options.pop("deprecated", None), stacklevel=4)
        if _RAW.get() is not None:
            raw = self._request(method, template, **{**options, "parse": _JSON})
            return RawResponse(
                raw.http_response, lambda: SyncPage(self, method, template, options, raw.parse())
            )
        return SyncPage(self, method, template, options)


class AsyncAPIResource(_APIResource["AsyncPortClient"]):
    """A group of operations of an AsyncPortClient."""

    async def _request(
        self,
        method: str,
        template: str,
        *,
        operation: str,
        parse: ParseSpec,
        cache: bool | NotGiven = NOT_GIVEN,
        ttl: float | NotGiven = NOT_GIVEN,
        **options: Any,
    ) -> Any:
        kwargs = _call_kwargs(method, template, operation, **options)
        response = await self._client._send_async(
            kwargs,
            operation=operation,
            path_template=template,
            cache=_option(cache),
            ttl=_option(ttl),
        )
        return _answer(response, parse)

    async def _page(self, method: str, template: str, **options: Any) -> Any:
        warn_deprecated(options.pop("deprecated", None), stacklevel=4)
        page: AsyncPage[Any] = AsyncPage(self, method, template, options)
        if _RAW.get() is not None:
            raw = await self._request(method, template, **{**options, "parse": _JSON})

            def first_page() -> AsyncPage[Any]:
                page._read(raw.parse(), None)
                return page

            return RawResponse(raw.http_response, first_page)
        await page._load(None)
        return page


# --- pages ----------------------------------------------------------------------------------------

# A server that keeps answering with new cursors on empty pages would page forever.
MAX_EMPTY_PAGES = 20


class SyncPage(Generic[_T]):
    """One page of a paged search; iterating it yields every item of every page, lazily.

    `.items` holds this page's items, `.has_next_page()` and `.next_page()` walk on by hand.
    """

    def __init__(
        self,
        resource: SyncAPIResource,
        method: str,
        template: str,
        options: dict[str, Any],
        first: Any = NOT_GIVEN,
    ) -> None:
        self._resource = resource
        self._method = method
        self._template = template
        self._options = options
        self.items: list[_T] = []
        self.next_cursor: str | None = None
        self._seen: frozenset[str] = frozenset()
        if first is NOT_GIVEN:
            self._load(None)
        else:
            self._read(first, None)

    def _load(self, cursor: str | None) -> None:
        options = {k: v for k, v in self._options.items() if k != "parse"}
        if cursor is not None:
            options["body"] = {**dict(options.get("body") or {}), "from": cursor}
        data = self._resource._request(
            self._method, self._template, parse=("json", None, None, False), **options
        )
        self._read(data, cursor)

    def _read(self, data: Any, cursor: str | None) -> None:
        _, model, key, _ = self._options["parse"]
        self.items, self.next_cursor = _read_page(data, model, key, self._seen, cursor)

    def has_next_page(self) -> bool:
        return self.next_cursor is not None

    def next_page(self) -> SyncPage[_T]:
        if self.next_cursor is None:
            raise LookupError(
                "this is the last page: has_next_page() says whether there is another"
            )
        page = object.__new__(type(self))
        page.__dict__.update(self.__dict__)
        page._seen = self._seen | {self.next_cursor}
        page._load(self.next_cursor)
        return page

    def iter_pages(self) -> Iterator[SyncPage[_T]]:
        page: SyncPage[_T] = self
        empty = 0
        while True:
            yield page
            empty = empty + 1 if not page.items else 0
            if not page.has_next_page():
                return
            if empty >= MAX_EMPTY_PAGES:
                raise InvalidResponseError(
                    f"Port answered {empty} empty pages in a row, each with a new cursor"
                )
            page = page.next_page()

    def __iter__(self) -> Iterator[_T]:
        for page in self.iter_pages():
            yield from page.items

    def __repr__(self) -> str:
        return f"<SyncPage of {len(self.items)} items, more={self.has_next_page()}>"


class AsyncPage(Generic[_T]):
    """The asyncio twin of SyncPage: `async for item in await port.entities.search(...)`."""

    def __init__(
        self, resource: AsyncAPIResource, method: str, template: str, options: dict[str, Any]
    ) -> None:
        self._resource = resource
        self._method = method
        self._template = template
        self._options = options
        self.items: list[_T] = []
        self.next_cursor: str | None = None
        self._seen: frozenset[str] = frozenset()

    async def _load(self, cursor: str | None) -> None:
        options = {k: v for k, v in self._options.items() if k != "parse"}
        if cursor is not None:
            options["body"] = {**dict(options.get("body") or {}), "from": cursor}
        data = await self._resource._request(
            self._method, self._template, parse=("json", None, None, False), **options
        )
        self._read(data, cursor)

    def _read(self, data: Any, cursor: str | None) -> None:
        _, model, key, _ = self._options["parse"]
        self.items, self.next_cursor = _read_page(data, model, key, self._seen, cursor)

    def has_next_page(self) -> bool:
        return self.next_cursor is not None

    async def next_page(self) -> AsyncPage[_T]:
        if self.next_cursor is None:
            raise LookupError(
                "this is the last page: has_next_page() says whether there is another"
            )
        page = object.__new__(type(self))
        page.__dict__.update(self.__dict__)
        page._seen = self._seen | {self.next_cursor}
        await page._load(self.next_cursor)
        return page

    async def iter_pages(self) -> AsyncIterator[AsyncPage[_T]]:
        page: AsyncPage[_T] = self
        empty = 0
        while True:
            yield page
            empty = empty + 1 if not page.items else 0
            if not page.has_next_page():
                return
            if empty >= MAX_EMPTY_PAGES:
                raise InvalidResponseError(
                    f"Port answered {empty} empty pages in a row, each with a new cursor"
                )
            page = await page.next_page()

    async def __aiter__(self) -> AsyncIterator[_T]:
        async for page in self.iter_pages():
            for item in page.items:
                yield item

    def __repr__(self) -> str:
        return f"<AsyncPage of {len(self.items)} items, more={self.has_next_page()}>"


def _read_page(
    data: Any, model: str | None, key: str | None, seen: frozenset[str], cursor: str | None
) -> tuple[list[Any], str | None]:
    if not isinstance(data, Mapping) or not isinstance(data.get(key), list):
        raise InvalidResponseError(f"a page of Port's answer has no list `{key}`")
    from pyport._generated import models

    cls = getattr(models, str(model))
    items = []
    for item in data[key]:
        if not isinstance(item, Mapping):  # dropping it would lose an item without a word
            raise InvalidResponseError(
                f"an item of `{key}` is {type(item).__name__}, not an object"
            )
        items.append(cls.from_dict(item))
    following = data.get("next")
    if following is not None and not isinstance(following, str):
        raise InvalidResponseError(f"a page's `next` is not a cursor: {type(following).__name__}")
    if following is not None and (following in seen or following == cursor):
        raise InvalidResponseError("Port answered a cursor it had answered before: paging stops")
    return items, following or None


# --- by operationId -------------------------------------------------------------------------------


def _operation_request(
    operation: str, path: Sequence[str], body: Any, query: Mapping[str, Any] | None
) -> tuple[dict[str, Any], str, ParseSpec]:
    from pyport._resources._operations import OPERATIONS

    try:
        method, template, wires, parse = OPERATIONS[operation]
    except KeyError:
        raise ValueError(f"Port has no operation {operation!r}") from None
    if len(path) != len(wires):
        raise TypeError(f"{operation} takes {len(wires)} path argument(s), got {len(path)}")
    kwargs = build_request(
        method,
        template,
        path=[(wire, wire, value) for wire, value in zip(wires, path, strict=True)],
        query=query,
        body=body,
        extra_headers=None,
        extra_query=None,
        extra_body=None,
        timeout=NOT_GIVEN,
    )
    return kwargs, template, parse


def call_operation(
    port: PortClient,
    operation: str,
    *path: str,
    body: Any = NOT_GIVEN,
    query: Mapping[str, Any] | None = None,
    cache: bool | NotGiven = NOT_GIVEN,
    ttl: float | NotGiven = NOT_GIVEN,
) -> Any:
    """Call an operation by its operationId with Port's JSON as it is (no typed arguments):
    identifiers checked, errors raised and the answer read exactly as the typed methods do."""
    kwargs, template, parse = _operation_request(operation, path, body, query)
    response = port._send(
        kwargs, operation=operation, path_template=template, cache=_option(cache), ttl=_option(ttl)
    )
    return parse_answer(response, parse)


async def acall_operation(
    port: AsyncPortClient,
    operation: str,
    *path: str,
    body: Any = NOT_GIVEN,
    query: Mapping[str, Any] | None = None,
    cache: bool | NotGiven = NOT_GIVEN,
    ttl: float | NotGiven = NOT_GIVEN,
) -> Any:
    """The asyncio twin of call_operation."""
    kwargs, template, parse = _operation_request(operation, path, body, query)
    response = await port._send_async(
        kwargs, operation=operation, path_template=template, cache=_option(cache), ttl=_option(ttl)
    )
    return parse_answer(response, parse)
