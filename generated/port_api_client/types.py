"""Contains some shared types for properties"""

import datetime
import sys
from collections.abc import Callable, Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar

from attrs import define


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


# What the models' from_dict/to_dict share (private: generated code calls them, users need not).
# dateutil's parser is passed in by the models that use it, so importing this module stays cheap.


_id = id  # for the models' from_dict, where a field may be called `id`


def _fromisoformat_z(value: str) -> datetime.datetime:
    # Python 3.10's parser does not read "Z". Like fromisoformat, TypeError for a non-string.
    if not isinstance(value, str):
        raise TypeError(f"fromisoformat: argument must be str, not {type(value).__name__}")
    return datetime.datetime.fromisoformat(value[:-1] + "+00:00" if value.endswith("Z") else value)


_fromisoformat = (
    datetime.datetime.fromisoformat if sys.version_info >= (3, 11) else _fromisoformat_z
)


def _parse_datetime(
    value: object, parse: Callable[[str], datetime.datetime]
) -> datetime.datetime | Unset:
    """`value` read as a date-time, or UNSET when it is not a string `parse` reads."""
    if isinstance(value, str):
        # The C parser reads what Port sends ("2026-01-01T00:00:00.000Z") some 30 times faster
        # than dateutil, which takes every other form.
        try:
            return _fromisoformat(value)
        except ValueError:
            pass
        try:
            return parse(value)
        except (ValueError, OverflowError):
            pass
    return UNSET


def _parse_datetimes(
    value: object, parse: Callable[[str], datetime.datetime]
) -> list[datetime.datetime] | Unset:
    """`value` read as a list of date-times, or UNSET when one of them is not."""
    if not isinstance(value, list):
        return UNSET
    parsed = []
    for item in value:
        read = _parse_datetime(item, parse)
        if isinstance(read, Unset):
            return UNSET
        parsed.append(read)
    return parsed


def _all_instances(items: list[Any], cls: type) -> bool:
    """Whether every item is an instance of `cls` (faster than all() over a generator)."""
    for item in items:
        if not isinstance(item, cls):
            return False
    return True


def _record_datetimes(
    texts: dict[int, tuple[datetime.datetime, str]], value: object, raw: Any
) -> None:
    """Remember the text of each date-time in `value` (one, or a list) read from `raw`."""
    if isinstance(value, datetime.datetime):
        texts[id(value)] = (value, raw)
    elif isinstance(value, list):
        for item, text in zip(value, raw):
            if isinstance(item, datetime.datetime):
                texts[id(item)] = (item, text)


def _datetime_json(
    value: datetime.datetime, texts: dict[int, tuple[datetime.datetime, str]] | None
) -> str:
    """The text `value` was read from while it is the same object, else its ISO 8601 form."""
    if texts:
        read = texts.get(id(value))
        # The recorded object is kept alive, so its id cannot have been reused by another one.
        if read is not None and read[0] is value:
            return read[1]
    return value.isoformat()


def _fit(data: Mapping[str, Any], checks: Mapping[str, Callable[[Any], bool]]) -> tuple[int, int]:
    """How well a JSON object fits a model, by the model's `_json_checks`: how many of its values
    have their field's type, then how few do not. A union reads the member that fits best."""
    fits = misfits = 0
    for key, value in data.items():
        check = checks.get(key)
        if check is not None:
            if check(value):
                fits += 1
            else:
                misfits += 1
    return fits, -misfits


def _unfit(model: type, key: str, value: object) -> TypeError:
    """The error for a required field whose JSON value does not have the declared type."""
    return TypeError(
        f"{model.__name__}: {key!r} is {type(value).__name__}, not the type the spec declares"
    )


__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Response", "Unset"]


def _absent(model: Any, name: str) -> AttributeError:
    """The error for reading a promised field that Port's answer lacked (a search's `include` or
    `exclude` leaves fields out) or sent with another type; or for a name the model lacks."""
    key = getattr(type(model), "_json_names", {}).get(name)
    if key is None:
        return AttributeError(f"{type(model).__name__!r} object has no attribute {name!r}")
    return AttributeError(
        f"{type(model).__name__}.{name}: Port's answer has no {key!r} of the declared type "
        "(a search's include/exclude leaves fields out); to_dict() holds what Port sent"
    )


def _present_repr(model: Any, json_names: Mapping[str, str]) -> str:
    """`Name(field=value, …)` of the fields that hold a value, like a dataclass would show them;
    the value of a field whose JSON name says it holds a secret (`accessToken`, `clientSecret`)
    is masked, so a model printed or logged never shows a credential."""
    from attrs import fields

    from pyport._logging import is_secret_field  # the one rule pyport masks secrets by

    parts = []
    for field in fields(type(model)):
        value = getattr(model, field.name, None)  # a promised field may be absent
        if field.name.startswith("_") or value is None:
            continue
        if field.name in ("additional_properties", "unparsed_properties"):
            if not value:
                continue
            value = {k: "[REDACTED]" if is_secret_field(str(k)) else v for k, v in value.items()}
        elif is_secret_field(json_names.get(field.name, field.name)):
            value = "[REDACTED]"
        parts.append(f"{field.name}={value!r}")
    return f"{type(model).__name__}({', '.join(parts)})"
