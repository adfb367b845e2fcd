"""pyport: a typed Python client for Port's REST API (port.io).

    from pyport import PortClient

    with PortClient() as port:  # credentials from arguments, the environment or a profile
        for entity in port.entities.search("service"):  # every page, lazily
            print(entity.identifier)

`pyport.admin` backs up, restores, diffs, migrates and clears organizations; `pyport.testing`
is a local Port simulator with a pytest fixture. `pyport.models` holds the generated models
(`pyport.models.Entity`) and `pyport.generated` is the generated low-level client package
(`pyport._generated`); both load on first use.
"""

from pyport._version import __version__

# Not `from typing import TYPE_CHECKING`: importing typing (and the re it brings) would double
# the start-up of `pyport --version`. Type checkers read any constant so named as true.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    import pyport._generated as generated
    from pyport import models
    from pyport._api_spec import API_SPEC, ApiSpec
    from pyport._batch_results import BatchFailure, BatchProgress, BatchResult
    from pyport._client import AsyncPortClient, PortClient
    from pyport._config import Settings
    from pyport._logging import SecretsFilter
    from pyport._pagination import AsyncCursorPaginator, CursorPage, CursorPaginator
    from pyport._response_validation import SpecMismatch
    from pyport._retry import RetryPolicy
    from pyport._surface import NOT_GIVEN, NotGiven, RawResponse
    from pyport._throttle import Throttle
    from pyport.errors import (
        APIError,
        AuthenticationError,
        BadRequestError,
        BatchCancelled,
        BatchError,
        ConfigurationError,
        ConflictError,
        InvalidResponseError,
        MissingCredentialsError,
        NotFoundError,
        PayloadTooLargeError,
        PermissionDeniedError,
        PortConnectionError,
        PortError,
        PortTimeoutError,
        RateLimitError,
        RateLimitWaitError,
        ServerError,
        UnprocessableEntityError,
        UnsafeRequestError,
    )

__all__ = [
    "API_SPEC",
    "NOT_GIVEN",
    "APIError",
    "ApiSpec",
    "AsyncCursorPaginator",
    "AsyncPortClient",
    "AuthenticationError",
    "BadRequestError",
    "BatchCancelled",
    "BatchError",
    "BatchFailure",
    "BatchProgress",
    "BatchResult",
    "ConfigurationError",
    "ConflictError",
    "CursorPage",
    "CursorPaginator",
    "InvalidResponseError",
    "MissingCredentialsError",
    "NotFoundError",
    "NotGiven",
    "PayloadTooLargeError",
    "PermissionDeniedError",
    "PortClient",
    "PortConnectionError",
    "PortError",
    "PortTimeoutError",
    "RateLimitError",
    "RateLimitWaitError",
    "RawResponse",
    "RetryPolicy",
    "SecretsFilter",
    "ServerError",
    "Settings",
    "SpecMismatch",
    "Throttle",
    "UnprocessableEntityError",
    "UnsafeRequestError",
    "__version__",
    "generated",
    "models",
]

# Every public name loads on first use (PEP 562): `import pyport` costs almost nothing, and a
# program pays for httpx and the client only when it uses them (`from pyport import PortClient`).
_LAZY = {
    "API_SPEC": "pyport._api_spec",
    "ApiSpec": "pyport._api_spec",
    "BatchFailure": "pyport._batch_results",
    "BatchProgress": "pyport._batch_results",
    "BatchResult": "pyport._batch_results",
    "AsyncPortClient": "pyport._client",
    "PortClient": "pyport._client",
    "Settings": "pyport._config",
    "SecretsFilter": "pyport._logging",
    "AsyncCursorPaginator": "pyport._pagination",
    "CursorPage": "pyport._pagination",
    "CursorPaginator": "pyport._pagination",
    "SpecMismatch": "pyport._response_validation",
    "RetryPolicy": "pyport._retry",
    "NOT_GIVEN": "pyport._surface",
    "NotGiven": "pyport._surface",
    "RawResponse": "pyport._surface",
    "Throttle": "pyport._throttle",
    "APIError": "pyport.errors",
    "AuthenticationError": "pyport.errors",
    "BadRequestError": "pyport.errors",
    "BatchCancelled": "pyport.errors",
    "BatchError": "pyport.errors",
    "ConfigurationError": "pyport.errors",
    "ConflictError": "pyport.errors",
    "InvalidResponseError": "pyport.errors",
    "MissingCredentialsError": "pyport.errors",
    "NotFoundError": "pyport.errors",
    "PayloadTooLargeError": "pyport.errors",
    "PermissionDeniedError": "pyport.errors",
    "PortConnectionError": "pyport.errors",
    "PortError": "pyport.errors",
    "PortTimeoutError": "pyport.errors",
    "RateLimitError": "pyport.errors",
    "RateLimitWaitError": "pyport.errors",
    "ServerError": "pyport.errors",
    "UnprocessableEntityError": "pyport.errors",
    "UnsafeRequestError": "pyport.errors",
}


def __getattr__(name: str) -> "Any":  # a string: no `from __future__` import to load
    module = _LAZY.get(name)
    if module is not None:
        import importlib

        value = getattr(importlib.import_module(module), name)
        globals()[name] = value  # later lookups are plain attribute reads
        return value
    if name == "generated":
        import pyport._generated

        return pyport._generated
    if name == "models":
        import pyport.models

        return pyport.models
    raise AttributeError(f"module 'pyport' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
