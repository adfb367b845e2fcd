"""Version 1's argument forms of the handwritten helpers, kept for one minor version.

Surface version 2 takes the blueprint first and positionally (`port.entities.upsert_many("svc",
entities)`), like every generated method. A version-1 call that names it (`blueprint="svc"`) still
works and raises a DeprecationWarning that shows the new call.
"""

from __future__ import annotations

import warnings
from collections.abc import Mapping
from typing import Any

from pyport._surface import NOT_GIVEN


def first_argument(
    method: str,
    positional: Any,
    keywords: Mapping[str, Any],
    *,
    name: str,
    rest: str,
    stacklevel: int = 3,
) -> Any:
    """The helper's first argument, given positionally or (deprecated) as `name=`.

    Anything else in `keywords` is a TypeError, as Python says it for any function, before a
    request is sent. `rest` is how the new call's other arguments read in the warning;
    `stacklevel` points it at the caller's line (3: here, the helper, its caller).
    """
    unexpected = sorted(set(keywords) - {name})
    if unexpected:
        raise TypeError(f"{method}() got an unexpected keyword argument {unexpected[0]!r}")
    if name not in keywords:
        if positional is NOT_GIVEN:
            raise TypeError(f"{method}() missing 1 required positional argument: {name!r}")
        return positional
    if positional is not NOT_GIVEN:
        raise TypeError(f"{method}() got multiple values for argument {name!r}")
    value = keywords[name]
    warnings.warn(
        f"port.entities.{method}({name}=...) is deprecated: pass the {name} first, positionally:"
        f" port.entities.{method}({value!r}{rest})",
        DeprecationWarning,
        stacklevel=stacklevel,
    )
    return value


def required(method: str, value: Any, name: str) -> Any:
    """A second argument the signature cannot mark required (it follows an optional one)."""
    if value is NOT_GIVEN:
        raise TypeError(f"{method}() missing 1 required argument: {name!r}")
    return value
