"""The "pyport" logger and the masking that keeps secrets out of logs, errors and reprs.

The library never configures logging: it only adds the stdlib-recommended `logging.NullHandler` to
its own top logger, so nothing is printed unless the application sets logging up.

Masking happens in three ways:

- by key: `redact_headers` and `redact_json` mask the values of sensitive headers and JSON keys;
- by value: secrets registered with `register_secret` (our auth code registers the client secret
  and every token it receives) are replaced wherever they appear in text;
- by shape: Bearer credentials, JWT-looking strings and ``key=value`` / ``"key": "value"`` pairs
  with a sensitive key are masked in free text.

`SecretsFilter` applies the last two to log records; attach it to your own handlers.
"""

from __future__ import annotations

import logging
import re
import threading
import weakref
from collections.abc import Callable, Iterable, Mapping
from typing import Any, TypeAlias

__all__ = [
    "REDACTED",
    "SecretsFilter",
    "logger",
    "redact_headers",
    "redact_json",
    "redact_text",
    "register_secret",
    "registered_secrets",
    "unregister_secret",
]

logger = logging.getLogger("pyport")
logger.addHandler(logging.NullHandler())

REDACTED = "[REDACTED]"

# Shorter values would garble every log line they happen to occur in, and no real credential is that
# short (Port client secrets are 64 characters, tokens are JWTs).
_MIN_SECRET_LENGTH = 8

_SECRET_HEADERS = frozenset(
    {
        "authorization",
        "proxy-authorization",
        "cookie",
        "set-cookie",
        "x-api-key",
        "api-key",
        "x-auth-token",
        "x-access-token",
        "x-port-signature",
    }
)

# JSON keys are compared with case, "_" and "-" removed: clientSecret, client_secret, CLIENT-SECRET.
_SECRET_KEYS = frozenset(
    {"authorization", "password", "passwd", "secret", "token", "apikey", "credentials", "cookie"}
)
_SECRET_KEY_SUFFIXES = ("secret", "token", "password", "apikey", "secretvalue", "privatekey")

_KEY_PATTERN = r"[\w-]*?(?:secret(?:[_-]?value)?|token|password|passwd|api[_-]?key|private[_-]?key)"


def _mask_authorization(match: re.Match[str]) -> str:
    scheme = f"{match[2]} " if match[2] else ""
    return f"{match[1]}{scheme}{REDACTED}"


def _mask_value(match: re.Match[str]) -> str:
    quote = match[2] or ""
    return f"{match[1]}{quote}{REDACTED}{quote}"


_Replacement: TypeAlias = str | Callable[[re.Match[str]], str]
_PATTERNS: tuple[tuple[re.Pattern[str], _Replacement], ...] = (
    # "Authorization: Bearer abc" / "authorization=abc": keep the scheme so the line stays readable.
    (
        re.compile(
            r"""(?i)(\b(?:proxy-)?authorization["']?\s*[:=]\s*["']?)(?:([A-Za-z]+)\s+)?[^\s"',;]+"""
        ),
        _mask_authorization,
    ),
    (re.compile(r"(?i)\b(bearer)\s+[A-Za-z0-9\-._~+/]+=*"), r"\1 " + REDACTED),
    (re.compile(r"\beyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*"), REDACTED),
    (
        re.compile(
            rf"""(?ix)
            (["']?\b{_KEY_PATTERN}["']?\s*[:=]\s*)        # the key and its separator
            (?!["']?\[REDACTED\])                       # already masked
            (?:(["'])(?:\\.|(?!\2)[^\\])*\2|[^\s"',;&}}\]]+)  # a quoted or bare value
            """
        ),
        _mask_value,
    ),
)

# value -> number of live registrations. An RLock because weakref finalizers may run during garbage
# collection triggered inside the locked section, on the same thread.
_registry: dict[str, int] = {}
_registry_lock = threading.RLock()


def register_secret(value: str, *, owner: object | None = None) -> None:
    """Mask `value` wherever `SecretsFilter` and pyport's errors see it.

    With `owner`, the registration lasts as long as `owner` lives (the registry holds it weakly);
    without, until `unregister_secret`. Values shorter than 8 characters are ignored.
    """
    if len(value) < _MIN_SECRET_LENGTH:
        return
    with _registry_lock:
        _registry[value] = _registry.get(value, 0) + 1
    if owner is not None:
        weakref.finalize(owner, unregister_secret, value)


def unregister_secret(value: str) -> None:
    """Undo one `register_secret(value)`; unknown values are ignored."""
    with _registry_lock:
        count = _registry.get(value, 0)
        if count > 1:
            _registry[value] = count - 1
        else:
            _registry.pop(value, None)


def registered_secrets() -> frozenset[str]:
    """The secret values registered right now."""
    with _registry_lock:
        return frozenset(_registry)


def _is_secret_key(key: str) -> bool:
    normalized = key.lower().replace("_", "").replace("-", "")
    return normalized in _SECRET_KEYS or normalized.endswith(_SECRET_KEY_SUFFIXES)


def redact_headers(headers: Mapping[str, str] | Iterable[tuple[str, str]]) -> dict[str, str]:
    """Copy `headers` with credential headers masked; an auth scheme stays: "Bearer [REDACTED]"."""
    pairs = headers.items() if isinstance(headers, Mapping) else headers
    redacted: dict[str, str] = {}
    for name, value in pairs:
        if name.lower() in _SECRET_HEADERS or _is_secret_key(name):
            scheme, _, credentials = value.partition(" ")
            keep_scheme = credentials and scheme.isalpha() and name.lower() != "cookie"
            redacted[name] = f"{scheme} {REDACTED}" if keep_scheme else REDACTED
        else:
            redacted[name] = value
    return redacted


def redact_json(obj: Any, *, secrets: Iterable[str] = ()) -> Any:
    """Copy a JSON-like value with the values of sensitive keys masked, at any depth.

    Sensitive keys (any case, with or without "_"/"-"): clientSecret, accessToken, token, password,
    secret, authorization, apiKey and keys ending in secret/token/password. Strings elsewhere go
    through `redact_text` with `secrets`. The input is never modified.
    """
    secrets = tuple(secrets)
    if isinstance(obj, Mapping):
        return {
            key: REDACTED
            if isinstance(key, str) and _is_secret_key(key)
            else redact_json(value, secrets=secrets)
            for key, value in obj.items()
        }
    if isinstance(obj, (list, tuple)):
        return [redact_json(item, secrets=secrets) for item in obj]
    if isinstance(obj, str):
        return redact_text(obj, secrets)
    return obj


def redact_text(text: str, secrets: Iterable[str]) -> str:
    """Replace each of `secrets` in `text`, then mask Bearer credentials, JWTs and secret pairs."""
    # Longest first, so a secret that contains another is not left half-masked.
    for secret in sorted({s for s in secrets if s}, key=len, reverse=True):
        text = text.replace(secret, REDACTED)
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, text)
    return text


class SecretsFilter(logging.Filter):
    """A logging filter that masks secrets in records; it never drops a record.

    Attach it to your handlers (`handler.addFilter(SecretsFilter())`). It masks registered secrets,
    `extra_secrets`, Bearer credentials and JWT-looking strings in the formatted message, the
    exception text and the stack text. A record with nothing to mask is left untouched.
    """

    def __init__(self, name: str = "", *, extra_secrets: Iterable[str] = ()) -> None:
        super().__init__(name)
        self._extra_secrets = frozenset(extra_secrets)

    def filter(self, record: logging.LogRecord) -> bool:
        secrets = registered_secrets() | self._extra_secrets
        try:
            message = record.getMessage()
        except Exception:  # A bad format call: leave it to the handler, which reports it.
            return True
        redacted = redact_text(message, secrets)
        if redacted != message:
            # Formatting first catches secrets inside args of any type (dicts, reprs, headers).
            record.msg, record.args = redacted, None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact_text(record.exc_text, secrets)
        if record.stack_info:
            record.stack_info = redact_text(record.stack_info, secrets)
        return True


def short_reason(text: str, *, limit: int = 300) -> str:
    """One line of at most `limit` characters with known secrets masked: a failure's reason."""
    text = " ".join(redact_text(text, registered_secrets()).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
