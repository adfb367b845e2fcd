"""What the generated resource classes (pyport/_resources.py) stand on."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

import httpx
from port_api_client.types import Unset

from pyport.errors import InvalidResponseError

if TYPE_CHECKING:
    from pyport._client import AsyncPortClient, PortClient

_ModelT = TypeVar("_ModelT")
_ModelT_co = TypeVar("_ModelT_co", covariant=True)


class _FromDict(Protocol[_ModelT_co]):
    def from_dict(self, src_dict: Mapping[str, Any], /) -> _ModelT_co: ...


class SyncResource:
    """A group of operations bound to a PortClient."""

    def __init__(self, client: PortClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"


class AsyncResource:
    """A group of operations bound to an AsyncPortClient."""

    def __init__(self, client: AsyncPortClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"


class _JsonBody:
    """A plain mapping sent as the request body as it is (unknown fields included)."""

    __slots__ = ("_data",)

    def __init__(self, data: Mapping[str, Any]) -> None:
        self._data = dict(data)

    def to_dict(self) -> dict[str, Any]:
        return self._data


def as_body(body: object) -> Any:
    """Accept a generated model or a plain mapping for a request body (UNSET: no body)."""
    if isinstance(body, Unset):
        return body
    if isinstance(body, Mapping):
        return _JsonBody(body)
    if body is None:
        raise TypeError("body must be a model or a mapping, not None")
    if not hasattr(body, "to_dict"):
        raise TypeError(f"body must be a model or a mapping, not {type(body).__name__}")
    return body


def parse_json(response: httpx.Response) -> Any:
    """The decoded JSON of a 2xx answer (None for an empty body); a clear error otherwise."""
    if not response.content:
        return None
    try:
        return response.json()
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise InvalidResponseError.from_response(
            response, f"the body is not valid JSON ({exc})"
        ) from exc


def parse_model(model: _FromDict[_ModelT], response: httpx.Response) -> _ModelT:
    """A 2xx answer parsed into its model; a clear error when the body is not a JSON object.

    Any JSON object fits: a response model keeps a value whose type is not the spec's as it came
    (in `additional_properties`, its field left UNSET), so Port answering a little differently
    from its spec never fails a call that succeeded.
    """
    data = parse_json(response)
    if not isinstance(data, Mapping):
        raise InvalidResponseError.from_response(
            response,
            f"expected a JSON object for {_name(model)}, got {type(data).__name__}",
        )
    return model.from_dict(data)


def _name(model: object) -> str:
    return str(getattr(model, "__name__", model))
