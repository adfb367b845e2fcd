"""The error a handler raises to answer with Port's error envelope."""

from __future__ import annotations

from typing import Any


class ApiError(Exception):
    """An error answer: `{"ok": false, "error": error, "message": message, "details"?}`."""

    def __init__(
        self,
        status: int,
        error: str,
        message: str,
        *,
        details: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.error = error
        self.message = message
        self.details = details
        self.headers = headers or {}
        """Extra response headers (`Allow` on a 405)."""

    def body(self) -> dict[str, Any]:
        body: dict[str, Any] = {"ok": False, "error": self.error, "message": self.message}
        if self.details is not None:
            body["details"] = self.details
        return body


def not_found(what: str, identifier: str) -> ApiError:
    return ApiError(404, "not_found", f'{what} with identifier "{identifier}" was not found')


def invalid(message: str) -> ApiError:
    return ApiError(422, "invalid_request", message)


def conflict(what: str, identifier: str) -> ApiError:
    return ApiError(
        409, "identifier_taken", f'{what} with identifier "{identifier}" already exists'
    )


def has_dependents(message: str) -> ApiError:
    return ApiError(409, "has_dependents", message)
