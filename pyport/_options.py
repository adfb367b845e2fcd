"""The client's keyword options, checked: a wrong value is a clear error before anything is sent."""

from __future__ import annotations

import math
from typing import TypeGuard
from urllib.parse import urlsplit

import httpx

from pyport._origin import is_in_process, is_loopback_host
from pyport._retry import DEFAULT_MAX_RESPONSE_BYTES, RetryPolicy, check_max_response_bytes
from pyport._throttle import Throttle
from pyport.errors import ConfigurationError

__all__ = [
    "DEFAULT_DEADLINE",
    "DEFAULT_MAX_RESPONSE_BYTES",
    "DEFAULT_TIMEOUT",
    "check_base_url_scheme",
    "check_deadline",
    "check_max_response_bytes",
    "check_retry",
    "check_throttle",
    "check_timeout",
]

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
# Longer than any sound call: 5 attempts at the 30 s read timeout, the retries' 60 s budget and a
# 60 s throttle wait still fit. It only ends calls that a server keeps alive by trickling bytes.
DEFAULT_DEADLINE = 300.0


def _positive_seconds(value: object) -> TypeGuard[float]:
    return (
        not isinstance(value, bool)
        and isinstance(value, int | float)
        and 0 < value < math.inf
        and not math.isnan(value)
    )


def check_timeout(timeout: float | httpx.Timeout) -> httpx.Timeout:
    if isinstance(timeout, httpx.Timeout):
        parts = {
            "connect": timeout.connect,
            "read": timeout.read,
            "write": timeout.write,
            "pool": timeout.pool,
        }
        if any(value is None for value in parts.values()):
            raise ValueError("timeout must be bounded: every part of httpx.Timeout needs a value")
        bad = [f"{name}={value!r}" for name, value in parts.items() if not _positive_seconds(value)]
        if bad:
            # httpx takes 0 as "fail at once" and a negative value as no limit at all.
            raise ValueError(
                f"timeout must have positive, finite parts; httpx.Timeout has {', '.join(bad)}"
            )
        return timeout
    if not _positive_seconds(timeout):
        raise ValueError(
            f"timeout must be a positive number of seconds or an httpx.Timeout, not {timeout!r}"
        )
    return httpx.Timeout(timeout)


def check_retry(retry: object) -> RetryPolicy:
    if retry is None:
        return RetryPolicy()
    if not isinstance(retry, RetryPolicy):
        raise TypeError(
            "retry must be a pyport.RetryPolicy, such as RetryPolicy(max_attempts=5) or "
            f"RetryPolicy.none(), or None for the default; got {type(retry).__name__} {retry!r}"
        )
    return retry


def check_throttle(throttle: object) -> Throttle:
    if throttle is None:
        return Throttle()
    if not isinstance(throttle, Throttle):
        raise TypeError(
            "throttle must be a pyport.Throttle, such as Throttle(max_requests_per_second=10), "
            f"or None for the default; got {type(throttle).__name__} {throttle!r}"
        )
    return throttle


def check_deadline(value: object) -> float | None:
    if value is None:
        return None
    if not _positive_seconds(value):
        raise ValueError(
            f"deadline must be a positive, finite number of seconds or None, not {value!r}"
        )
    return float(value)


def check_base_url_scheme(base_url: str, *, allow_insecure_http: object, transport: object) -> None:
    """Refuse a plain-http base URL unless it is loopback, in-process, or explicitly allowed.

    Over http the client secret and every token cross the network in clear text.
    """
    if not isinstance(allow_insecure_http, bool):
        raise TypeError(f"allow_insecure_http must be True or False, not {allow_insecure_http!r}")
    parts = urlsplit(base_url)
    if parts.scheme != "http" or allow_insecure_http:
        return
    if is_loopback_host(parts.hostname or "") or is_in_process(transport):
        return
    raise ConfigurationError(
        f"base_url {base_url} is plain http: the client secret and the access tokens would cross "
        "the network in clear text. Use https://, or pass allow_insecure_http=True to the client "
        "if the network is trusted (http is accepted without it only for localhost, 127.0.0.0/8 "
        "and ::1)"
    )
