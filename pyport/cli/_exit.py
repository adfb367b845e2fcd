"""Exit statuses and the one place where an exception becomes one line on stderr and a status.

0  success
1  failed (an API error, a run that failed), or differences found (`--fail-on-diff`)
2  usage: a bad flag or argument, bad input, a destructive command refused without --yes
3  authentication: no credentials, or Port refused them (401, 403)
4  not found (404, a snapshot that does not exist)
5  a batch partly failed (some entities upserted or deleted, some not)
130 interrupted (Ctrl-C); the message says how to resume
"""

from __future__ import annotations

OK = 0
FAILED = 1
USAGE = 2
AUTH = 3
NOT_FOUND = 4
PARTIAL = 5
INTERRUPTED = 130

EXIT_CODES: dict[int, str] = {
    OK: "success",
    FAILED: "failed, or differences found with --fail-on-diff",
    USAGE: "usage error, bad input, or a destructive command refused without --yes",
    AUTH: "authentication: no credentials, or Port refused them",
    NOT_FOUND: "not found",
    PARTIAL: "a batch partly failed",
    INTERRUPTED: "interrupted (Ctrl-C)",
}


class CliError(Exception):
    """A failure the CLI reports as one line (`message`) and exits with `code`."""

    def __init__(self, message: str, *, code: int = FAILED, detail: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.code = code
        self.detail = detail


def classify(error: BaseException) -> tuple[int, str, str | None]:
    """(exit status, one-line message, more detail for -v) for any exception the CLI meets."""
    from pyport import admin, errors

    if isinstance(error, CliError):
        return error.code, error.message, error.detail
    if isinstance(error, errors.MissingCredentialsError):
        return AUTH, str(error) + " (run `pyport auth login`)", None
    if isinstance(error, errors.ConfigurationError):
        return USAGE, str(error), None
    if isinstance(error, errors.APIError):
        code = {401: AUTH, 403: AUTH, 404: NOT_FOUND}.get(error.status_code, FAILED)
        return code, _api_line(error), str(error)
    if isinstance(error, admin.SnapshotNotFoundError):
        return NOT_FOUND, str(error), None
    if isinstance(error, errors.BatchError):
        failed = error.result.failed
        first = f"; first: {failed[0]}" if failed else ""
        return PARTIAL, f"{len(failed)} of the batch failed{first}", str(error)
    if isinstance(error, errors.PortError):
        trace = getattr(error, "trace_id", None)
        line = " ".join(str(error).split())
        if trace and "trace id" not in line:
            line += f" (trace id {trace})"
        return FAILED, line, None
    if isinstance(error, FileNotFoundError):
        return NOT_FOUND, f"{error.filename}: no such file or directory", None
    if isinstance(error, (FileExistsError, PermissionError, IsADirectoryError)):
        return FAILED, f"{error.filename}: {error.strerror}", None
    if isinstance(error, ValueError):
        # The library's argument checks (admin's ValueErrors name the argument and the fix).
        return USAGE, str(error), None
    raise error


def _api_line(error: object) -> str:
    """Port's status, error code and message, and the trace id Port support asks for."""
    status = getattr(error, "status_code", None)
    code = getattr(error, "error", None)
    message = getattr(error, "message", None) or ""
    head = " ".join(str(part) for part in (status, code) if part)
    line = " ".join(f"{head}: {message}".split()) if message else head
    trace = getattr(error, "trace_id", None)
    return f"{line} (trace id {trace})" if trace else line
