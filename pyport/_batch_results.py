"""What a batch returns and reports: `BatchResult`, `BatchFailure`, `BatchProgress`."""

from __future__ import annotations

from dataclasses import dataclass

from pyport._logging import short_reason
from pyport.errors import BatchError

__all__ = ["BatchFailure", "BatchProgress", "BatchResult"]


@dataclass(frozen=True)
class BatchFailure:
    """One input that did not succeed, and why.

    `index` is its position in the input; `identifier` is None when it had no usable one.
    `status_code` and `error` are Port's (per entity on a 207, else the whole request's), or
    None with one of pyport's codes when nothing was sent or no answer came: "missing_identifier",
    "duplicate_identifier", "invalid_entity", "invalid_identifier", "entity_too_large",
    "cancelled", "not_reported", "invalid_response", "connection_error", "timeout",
    "internal_error" (a bug: the batch then stops with `BatchCancelled`).
    """

    identifier: str | None
    index: int
    status_code: int | None
    error: str | None
    message: str
    trace_id: str | None = None

    def __str__(self) -> str:
        head = " ".join(str(part) for part in (self.status_code, self.error) if part is not None)
        label = repr(self.identifier) if self.identifier is not None else "(no identifier)"
        text = short_reason(self.message)
        return f"{label} (index {self.index}): {head}: {text}" if head else f"{label}: {text}"


@dataclass(frozen=True)
class BatchResult:
    """What a batch did: identifiers that succeeded and failures, each in input order.

    `requests` counts the bulk requests made (a 413 split makes more); retries made by the
    retry transport under one request are not counted.
    """

    succeeded: tuple[str, ...]
    failed: tuple[BatchFailure, ...]
    requests: int

    @property
    def ok(self) -> bool:
        """True when nothing failed."""
        return not self.failed

    def raise_for_failures(self) -> BatchResult:
        """Raise `BatchError` if anything failed; else return this result (for chaining)."""
        if self.failed:
            raise BatchError(self)
        return self


@dataclass(frozen=True)
class BatchProgress:
    """Passed to the `progress` callback after each request: inputs finished so far.

    `done` counts inputs finished either way (succeeded or failed); `failed` is the part of them
    that failed; `total` is the input's length when it has one (None for an iterator).
    """

    done: int
    failed: int
    total: int | None
    requests: int
