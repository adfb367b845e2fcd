"""Port's webhook signature: `x-port-signature: v1,<base64 HMAC-SHA256(secret, "{ts}.{body}")>`.

Port signs the body it sends. Port's execution agent (port-labs/port-agent, `sign_sha_256` in
`app/utils.py`) instead signs `json.dumps(body, separators=(",", ":"))` of the body it relays,
while sending it with requests' default separators; so a verifier that checks only the raw bytes
rejects every relayed invocation. `check_signature` tries the raw bytes first, then that compact
re-encoding, with `ensure_ascii` on (the agent's outgoing default) and off (the agent's own
incoming check uses `ensure_ascii=False`): a body with no non-ASCII text has one encoding only.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import math
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import TypeAlias

from pyport.webhooks._errors import (
    FutureTimestampError,
    MalformedSignatureError,
    MissingSignatureHeaderError,
    SignatureMismatchError,
    StaleTimestampError,
    UnknownSignatureVersionError,
)

TIMESTAMP_HEADER = "x-port-timestamp"
SIGNATURE_HEADER = "x-port-signature"
VERSION = "v1"
DEFAULT_TOLERANCE = 300.0
_DIGEST_SIZE = hashlib.sha256().digest_size
# Whole seconds since the epoch; 12 digits reach the year 33658, more is not a timestamp.
_MAX_TIMESTAMP_DIGITS = 12

Secret: TypeAlias = "str | bytes"
Secrets: TypeAlias = "str | bytes | Sequence[str | bytes]"
HeaderValue: TypeAlias = "str | bytes"
Headers: TypeAlias = (
    "Mapping[str, str] | Mapping[str, bytes] | Iterable[tuple[str | bytes, str | bytes]]"
)

__all__ = ["check_signature", "sign"]


def sign(body: bytes | str, secret: Secret, timestamp: int) -> dict[str, str]:
    """The headers Port sends with `body`: for users' tests of their own endpoints.

    `sign(body, secret, int(time.time()))` gives `{"x-port-timestamp": ..., "x-port-signature":
    "v1,..."}`; post `body` with them.
    """
    if isinstance(timestamp, bool) or not isinstance(timestamp, int) or timestamp < 0:
        raise TypeError(f"timestamp must be whole seconds since the epoch, got {timestamp!r}")
    digest = _digest(_key(secret), str(timestamp).encode(), _as_bytes(body))
    return {
        TIMESTAMP_HEADER: str(timestamp),
        SIGNATURE_HEADER: f"{VERSION},{base64.b64encode(digest).decode()}",
    }


def check_signature(
    headers: Headers,
    body: bytes | str,
    secret: Secrets,
    *,
    tolerance: float | None = DEFAULT_TOLERANCE,
    now: float | None = None,
) -> None:
    """Raise the `SignatureError` subclass of the first check `body` and `headers` fail."""
    keys = _keys(secret)
    if tolerance is not None and (not math.isfinite(tolerance) or tolerance < 0):
        raise ValueError(f"tolerance must be a non-negative number of seconds, got {tolerance!r}")
    found = _find_headers(headers)
    raw_timestamp = found.get(TIMESTAMP_HEADER)
    if raw_timestamp is None:
        raise MissingSignatureHeaderError(TIMESTAMP_HEADER)
    raw_signature = found.get(SIGNATURE_HEADER)
    if raw_signature is None:
        raise MissingSignatureHeaderError(SIGNATURE_HEADER)
    timestamp = _parse_timestamp(raw_timestamp)
    given = _parse_signature(raw_signature)
    if tolerance is not None:
        _check_window(int(timestamp), time.time() if now is None else now, tolerance)
    payload = _as_bytes(body)
    stamp = timestamp.encode()
    for candidate in _candidates(payload):
        for key in keys:
            # compare_digest: the time taken says nothing about how much of a guess was right.
            if hmac.compare_digest(_digest(key, stamp, candidate), given):
                return
    raise SignatureMismatchError(
        f"the {SIGNATURE_HEADER} header does not match the body for any of the {len(keys)} "
        "secret(s): the body was altered, or it was signed with another secret"
    )


def _digest(key: bytes, timestamp: bytes, payload: bytes) -> bytes:
    return hmac.new(key, timestamp + b"." + payload, hashlib.sha256).digest()


def _as_bytes(body: bytes | str) -> bytes:
    if isinstance(body, str):
        return body.encode()
    if isinstance(body, (bytes, bytearray, memoryview)):
        return bytes(body)
    raise TypeError(f"body must be the raw bytes (or text) of the request, got {type(body)}")


def _key(secret: Secret) -> bytes:
    if isinstance(secret, str):
        key = secret.encode()
    elif isinstance(secret, (bytes, bytearray)):
        key = bytes(secret)
    else:
        raise TypeError(f"a secret must be str or bytes, got {type(secret).__name__}")
    if not key:
        raise ValueError("a webhook secret must not be empty")
    return key


def _keys(secret: Secrets) -> list[bytes]:
    # Several secrets: the old and the new one while a client secret is being rotated.
    if isinstance(secret, (str, bytes, bytearray)):
        return [_key(secret)]
    keys = [_key(s) for s in secret]
    if not keys:
        raise ValueError("no webhook secret given: pass the organization's client secret")
    return keys


def _header_text(value: HeaderValue) -> str:
    # ASGI hands raw header bytes; HTTP header bytes are latin-1 by definition.
    return value.decode("latin-1") if isinstance(value, (bytes, bytearray)) else str(value)


def _find_headers(headers: Headers) -> dict[str, str]:
    items = headers.items() if isinstance(headers, Mapping) else headers
    found: dict[str, str] = {}
    for name, value in items:
        key = _header_text(name).strip().lower()
        if key not in (TIMESTAMP_HEADER, SIGNATURE_HEADER):
            continue
        text = _header_text(value).strip()
        if key in found and found[key] != text:
            raise MalformedSignatureError(f"the {key} header was sent twice, with two values")
        found[key] = text
    return found


def _parse_timestamp(value: str) -> str:
    if not (value.isascii() and value.isdigit()) or len(value) > _MAX_TIMESTAMP_DIGITS:
        raise MalformedSignatureError(
            f"the {TIMESTAMP_HEADER} header is not whole seconds since the epoch"
        )
    return value


def _parse_signature(value: str) -> bytes:
    version, comma, encoded = value.partition(",")
    if not comma:
        raise MalformedSignatureError(
            f'the {SIGNATURE_HEADER} header is not "<version>,<base64 signature>"'
        )
    if version.strip() != VERSION:
        shown = version.strip()[:10]
        raise UnknownSignatureVersionError(
            f"the {SIGNATURE_HEADER} header uses signature version {shown!r}; Port signs with "
            f"{VERSION!r} only"
        )
    try:
        given = base64.b64decode(encoded.strip().encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError):
        raise MalformedSignatureError(
            f"the {SIGNATURE_HEADER} header's signature is not base64"
        ) from None
    if len(given) != _DIGEST_SIZE:
        raise MalformedSignatureError(
            f"the {SIGNATURE_HEADER} header's signature is {len(given)} bytes, not the "
            f"{_DIGEST_SIZE} of an HMAC-SHA256"
        )
    return given


def _check_window(timestamp: int, now: float, tolerance: float) -> None:
    skew = now - timestamp
    if skew > tolerance:
        raise StaleTimestampError(
            f"the request was signed {skew:.0f} s ago, more than the {tolerance:g} s tolerance: "
            "a replay, or clocks far apart",
            skew=skew,
        )
    if -skew > tolerance:
        raise FutureTimestampError(
            f"the request is signed {-skew:.0f} s in the future, more than the {tolerance:g} s "
            "tolerance: the sender's clock is wrong, or the request is forged",
            skew=skew,
        )


def _candidates(body: bytes) -> Iterator[bytes]:
    yield body
    try:
        parsed = json.loads(body)
    except ValueError:  # not JSON (or not UTF-8): only its raw bytes can have been signed
        return
    except RecursionError:
        return
    seen = {body}
    for ascii_only in (True, False):
        try:
            compact = json.dumps(parsed, separators=(",", ":"), ensure_ascii=ascii_only).encode()
        except (ValueError, RecursionError, UnicodeEncodeError):
            return
        if compact not in seen:
            seen.add(compact)
            yield compact
