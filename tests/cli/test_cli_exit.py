"""Every error class of the library (and the admin's) maps to its documented exit status, and
every exported error class is in the table: a new one fails here until it is mapped."""

from __future__ import annotations

import pytest

from pyport import admin, errors
from pyport._batch_results import BatchFailure, BatchResult
from pyport.cli._exit import AUTH, FAILED, NOT_FOUND, PARTIAL, USAGE, CliError, classify

_RESULT = BatchResult(
    succeeded=("a",), failed=(BatchFailure("b", 1, 422, "invalid", "bad tier", "t1"),), requests=1
)

CASES: dict[str, tuple[BaseException, int]] = {
    "APIError": (errors.APIError("teapot", status_code=418, trace_id="t0"), FAILED),
    "BadRequestError": (errors.BadRequestError("bad", error="bad_request"), FAILED),
    "AuthenticationError": (errors.AuthenticationError("who"), AUTH),
    "PermissionDeniedError": (errors.PermissionDeniedError("no"), AUTH),
    "NotFoundError": (errors.NotFoundError("gone", error="not_found", trace_id="t9"), NOT_FOUND),
    "ConflictError": (errors.ConflictError("exists"), FAILED),
    "PayloadTooLargeError": (errors.PayloadTooLargeError("big"), FAILED),
    "UnprocessableEntityError": (errors.UnprocessableEntityError("bad"), FAILED),
    "RateLimitError": (errors.RateLimitError("slow down"), FAILED),
    "RateLimitWaitError": (errors.RateLimitWaitError("too long", retry_after=3600), FAILED),
    "ServerError": (errors.ServerError("boom", status_code=503), FAILED),
    "InvalidResponseError": (errors.InvalidResponseError("not json"), FAILED),
    "PortConnectionError": (errors.PortConnectionError("refused"), FAILED),
    "PortTimeoutError": (errors.PortTimeoutError("slow"), FAILED),
    "UnsafeRequestError": (errors.UnsafeRequestError("elsewhere"), FAILED),
    "ConfigurationError": (errors.ConfigurationError("bad region"), USAGE),
    "MissingCredentialsError": (errors.MissingCredentialsError("none"), AUTH),
    "BatchError": (errors.BatchError(_RESULT), PARTIAL),
    "BatchCancelled": (errors.BatchCancelled(_RESULT, cause=KeyboardInterrupt()), FAILED),
    "PortError": (errors.PortError("generic"), FAILED),
}


def test_every_exported_error_is_in_the_table() -> None:
    exported = {name for name in errors.__all__ if name[0].isupper()}
    assert exported == set(CASES)


@pytest.mark.parametrize("name", sorted(CASES))
def test_error_maps_to_its_exit_status_on_one_line(name: str) -> None:
    error, code = CASES[name]
    status, line, _ = classify(error)
    assert status == code
    assert "\n" not in line


def test_an_api_error_line_has_ports_code_message_and_trace_id() -> None:
    _, line, detail = classify(CASES["NotFoundError"][0])
    assert line == "404 not_found: gone (trace id t9)"
    assert detail is not None


def test_admin_and_cli_errors() -> None:
    assert classify(admin.SnapshotNotFoundError("no such snapshot x"))[0] == NOT_FOUND
    assert classify(admin.CorruptSnapshotError("bad manifest"))[0] == FAILED
    assert classify(CliError("refused", code=USAGE)) == (USAGE, "refused", None)
    assert classify(ValueError("restore: mode must be merge or mirror"))[0] == USAGE
    with pytest.raises(RuntimeError):  # a bug is not dressed up as a Port error
        classify(RuntimeError("bug"))
