"""Webhooks Port sends to your service when someone runs a self-service action.

    from pyport import webhooks

    invocation = webhooks.verify(request.headers, raw_body, client_secret)
    invocation.action, invocation.run_id, invocation.inputs

`verify` checks Port's signature (constant time, a replay window, several secrets while one is
rotated, the raw body or the compact JSON Port's agent signs) and returns an `ActionInvocation`.
`ActionRegistry` maps action identifiers to handlers that run after the HTTP answer and report
to the run; `pyport.integrations.fastapi` and `pyport.integrations.django` mount it.
`sign` produces Port's headers for tests; `decrypt_secret_input` reads secret inputs (needs
`pip install 'pyport[webhooks]'`). This package imports no web framework.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pyport.webhooks._errors import (
    FutureTimestampError,
    InvalidInvocationError,
    MalformedSignatureError,
    MissingSignatureHeaderError,
    SecretInputError,
    SignatureError,
    SignatureMismatchError,
    StaleTimestampError,
    TimestampError,
    UnknownSignatureVersionError,
    WebhookError,
)
from pyport.webhooks._invocation import ActionInvocation, Operation, TriggeredBy, parse_invocation
from pyport.webhooks._registry import ActionRegistry, Job, Receipt
from pyport.webhooks._secrets import decrypt_secret_input, encrypt_secret_input
from pyport.webhooks._signature import SIGNATURE_HEADER, TIMESTAMP_HEADER, sign
from pyport.webhooks._verify import verify

if TYPE_CHECKING:
    from pyport._run_reporter import AsyncRunReporter, RunReporter

__all__ = [
    "SIGNATURE_HEADER",
    "TIMESTAMP_HEADER",
    "ActionInvocation",
    "ActionRegistry",
    "AsyncRunReporter",
    "FutureTimestampError",
    "InvalidInvocationError",
    "Job",
    "MalformedSignatureError",
    "MissingSignatureHeaderError",
    "Operation",
    "Receipt",
    "RunReporter",
    "SecretInputError",
    "SignatureError",
    "SignatureMismatchError",
    "StaleTimestampError",
    "TimestampError",
    "TriggeredBy",
    "UnknownSignatureVersionError",
    "WebhookError",
    "decrypt_secret_input",
    "encrypt_secret_input",
    "parse_invocation",
    "sign",
    "verify",
]


def __getattr__(name: str) -> Any:
    # The reporters load the client's resource layer: only when a handler's annotation asks.
    if name in ("RunReporter", "AsyncRunReporter"):
        import pyport._run_reporter

        return getattr(pyport._run_reporter, name)
    raise AttributeError(f"module 'pyport.webhooks' has no attribute {name!r}")
