"""What the generated resources (pyport/_resources/) stand on: the version-1 methods' body and
answer handling, and the identifier check and deprecation warning every method shares."""

from __future__ import annotations

import json
import warnings
from collections.abc import Mapping
from typing import Any, Protocol, TypeVar

import httpx

from pyport._generated.types import Unset
from pyport.errors import InvalidResponseError, error_in_success

_ModelT = TypeVar("_ModelT")
_SegmentT = TypeVar("_SegmentT", bound=str)
_ModelT_co = TypeVar("_ModelT_co", covariant=True)


class _FromDict(Protocol[_ModelT_co]):
    def from_dict(self, src_dict: Mapping[str, Any], /) -> _ModelT_co: ...


class _JsonBody:
    """A plain mapping sent as the request body as it is (unknown fields included)."""

    __slots__ = ("_data",)

    def __init__(self, data: Mapping[str, Any]) -> None:
        self._data = dict(data)

    def to_dict(self) -> dict[str, Any]:
        return self._data


def as_body(body: object) -> Any:
    """Accept a generated model or a plain mapping for a request body (UNSET: no body), or a
    list of them where the body is an array."""
    if isinstance(body, Unset):
        return body
    if isinstance(body, Mapping):
        return _JsonBody(body)
    if isinstance(body, list):
        return [as_body(item) for item in body]
    if body is None:
        raise TypeError("body must be a model or a mapping, not None")
    if not hasattr(body, "to_dict"):
        raise TypeError(f"body must be a model or a mapping, not {type(body).__name__}")
    return body


def path_segment(name: str, value: _SegmentT) -> _SegmentT:
    """An identifier as one URL path segment, or a clear error before anything is sent.

    The generated code percent-encodes every character that could end a segment (`/`, `?`, `#`,
    `%`), but `.` and `..` are segments of their own that URL normalisation resolves, so
    `entities.delete("svc", "..")` would reach the blueprint's route. Port's identifiers never
    are `.` or `..` (its pattern forbids them) nor empty.
    """
    if not isinstance(value, str):  # a caller without a type checker: None, an int…
        raise TypeError(f"{name} must be a str, not {type(value).__name__} ({value!r})")
    if value in ("", ".", ".."):
        raise ValueError(
            f"{name} cannot be {value!r}: an empty, '.' or '..' identifier would address another"
            " route"
        )
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:  # a lone surrogate cannot be percent-encoded
        raise ValueError(f"{name} is not valid text ({exc.reason} at {exc.start})") from None
    return value


def parse_json(response: httpx.Response) -> Any:
    """The decoded JSON of a 2xx answer (None for an empty body); a clear error otherwise.

    A body that says `"ok": false` is Port reporting a failure whatever the status: it raises
    `APIError` with Port's error and message (a 207's per-item failures excepted).
    """
    if not response.content:
        return None
    try:
        data = response.json()
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise InvalidResponseError.from_response(
            response, f"the body is not valid JSON ({exc})"
        ) from exc
    except RecursionError:
        raise InvalidResponseError.from_response(
            response, "the body is JSON nested too deeply to read"
        ) from None
    error = error_in_success(response, data)
    if error is not None:
        raise error
    return data


def parse_model(model: _FromDict[_ModelT], response: httpx.Response) -> _ModelT:
    """A 2xx answer parsed into its model; a clear error when the body is not a JSON object.

    Any JSON object fits: a response model keeps a value whose type is not the spec's as it came
    (in `additional_properties`, its field left None or absent), so Port answering a little
    differently from its spec never fails a call that succeeded.
    """
    data = parse_json(response)
    if not isinstance(data, Mapping):
        raise InvalidResponseError.from_response(
            response,
            f"expected a JSON object for {_name(model)}, got {type(data).__name__}",
        )
    try:
        return model.from_dict(data)
    except RecursionError:
        raise InvalidResponseError.from_response(
            response, f"the body is nested too deeply to read as {_name(model)}"
        ) from None


def _name(model: object) -> str:
    return str(getattr(model, "__name__", model))


def warn_deprecated(message: str | None, *, stacklevel: int = 3) -> None:
    """A DeprecationWarning at the user's line, `stacklevel` frames up, this one counted (3: this
    function, a generated method, the user's line); once per call site under Python's default
    filters. Nothing for None."""
    if message:
        warnings.warn(message, DeprecationWarning, stacklevel=stacklevel)
