"""The webhook errors: which check an incoming invocation failed.

::

    WebhookError                          base (a PortError and a ValueError)
    ├── SignatureError                    the request is not proven to come from Port
    │   ├── MissingSignatureHeaderError   x-port-timestamp or x-port-signature is absent
    │   ├── MalformedSignatureError       a header is not what Port sends (format, sent twice)
    │   ├── UnknownSignatureVersionError  a signature scheme other than v1
    │   ├── TimestampError                outside the tolerance window
    │   │   ├── StaleTimestampError       too old: a replay, or a clock far behind
    │   │   └── FutureTimestampError      too far ahead of this clock
    │   └── SignatureMismatchError        no secret signs this body (tampered, or wrong secret)
    ├── InvalidInvocationError            signed, but not an invocation pyport can act on
    └── SecretInputError                  a secret input that does not decrypt

Messages name the check and never quote a secret, a signature or the body.
"""

from __future__ import annotations

from pyport.errors import PortError

__all__ = [
    "FutureTimestampError",
    "InvalidInvocationError",
    "MalformedSignatureError",
    "MissingSignatureHeaderError",
    "SecretInputError",
    "SignatureError",
    "SignatureMismatchError",
    "StaleTimestampError",
    "TimestampError",
    "UnknownSignatureVersionError",
    "WebhookError",
]


class WebhookError(PortError, ValueError):
    """Base of the errors of `pyport.webhooks`."""


class SignatureError(WebhookError):
    """The request failed a signature check: answer 401 and do nothing."""


class MissingSignatureHeaderError(SignatureError):
    """A header Port always sends is absent; `header` names it."""

    def __init__(self, header: str) -> None:
        self.header = header
        super().__init__(f"the request has no {header} header: it was not sent by Port")


class MalformedSignatureError(SignatureError):
    """A signature header is present but not in Port's format."""


class UnknownSignatureVersionError(SignatureError):
    """The signature names a scheme other than `v1`, the only one Port uses."""


class TimestampError(SignatureError):
    """`x-port-timestamp` is outside the tolerance; `skew` is its distance from now, in
    seconds (positive: in the past)."""

    def __init__(self, message: str, *, skew: float) -> None:
        self.skew = skew
        super().__init__(message)


class StaleTimestampError(TimestampError):
    """Signed longer ago than the tolerance: a replayed request, or this clock is ahead."""


class FutureTimestampError(TimestampError):
    """Signed further in the future than the tolerance: the sender's clock, or a forgery."""


class SignatureMismatchError(SignatureError):
    """No secret produces this signature for this body: tampered with, or a wrong secret."""


class InvalidInvocationError(WebhookError):
    """The body is signed but is not an invocation that can be handled (not a JSON object,
    no run id)."""


class SecretInputError(WebhookError):
    """A secret user input does not decrypt: a wrong secret, an altered or truncated value."""
