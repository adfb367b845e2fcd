"""`verify`: the signature checks, then the body as a typed invocation."""

from __future__ import annotations

import json

from pyport.webhooks._errors import InvalidInvocationError
from pyport.webhooks._invocation import ActionInvocation, parse_invocation
from pyport.webhooks._signature import DEFAULT_TOLERANCE, Headers, Secrets, check_signature

__all__ = ["verify"]


def verify(
    headers: Headers,
    body: bytes | str,
    secret: Secrets,
    *,
    tolerance: float | None = DEFAULT_TOLERANCE,
    now: float | None = None,
) -> ActionInvocation:
    """Check that Port sent `body` (the raw request body) and return it as an invocation.

    `headers` is any mapping or sequence of pairs (names compared case-insensitively); `secret`
    is the organization's client secret, or several while one is rotated. `tolerance` bounds
    how old (or how far ahead) the signature's timestamp may be, in seconds; `now` replaces the
    clock (epoch seconds).

    Raises a `SignatureError` subclass naming the failed check (answer 401), or
    `InvalidInvocationError` when the signed body is not a JSON object (answer 400).
    """
    check_signature(headers, body, secret, tolerance=tolerance, now=now)
    try:
        data = json.loads(body)
    except (ValueError, RecursionError):
        raise InvalidInvocationError("the signed body is not JSON") from None
    if not isinstance(data, dict):
        raise InvalidInvocationError(
            f"the signed body is a JSON {type(data).__name__}, not the object Port sends"
        )
    return parse_invocation(data)
