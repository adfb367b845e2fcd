"""The "pyport" logger and the masking that keeps secrets out of logs, errors and reprs.

The library never configures logging: it only adds the stdlib-recommended `logging.NullHandler` to
its own top logger, so nothing is printed unless the application sets logging up.

Masking happens in three ways:

- by key: `redact_headers` and `redact_json` mask the values of sensitive headers and JSON keys,
  as `is_secret_field` names them (the rule `pyport.admin` snapshots follow too);
- by value: secrets registered with `register_secret` (our auth code registers the client secret
  and every token it receives) are replaced wherever they appear in text;
- by shape: Bearer credentials, JWT-looking strings and ``key=value`` / ``"key": "value"`` pairs
  with a sensitive key are masked in free text.

`SecretsFilter` applies the last two to log records; attach it to your own handlers.
"""

from __future__ import annotations

import functools
import logging
import re
import threading
import weakref
from collections.abc import Callable, Iterable, Mapping
from typing import Any, TypeAlias

__all__ = [
    "REDACTED",
    "SECRET_NAME_ENDINGS",
    "SECRET_WORDS",
    "SecretsFilter",
    "is_secret_field",
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

# The secret-field rule, one for logs, errors, cassettes and snapshots (see `is_secret_field`):
# a name is secret when, lower-cased without "_", "-", "." and trailing digits, it ends with one
# of these. Endings rather than exact names, because Port's actions send whatever headers a
# user configures (X-Api-Key, X-Auth-Token, PRIVATE-TOKEN, DD-APPLICATION-KEY, ...).
SECRET_NAME_ENDINGS = (
    "authorization",  # Authorization, Proxy-Authorization
    "cookie",  # Cookie, Set-Cookie
    "secret",  # secret, clientSecret, webhookSecret, signingSecret
    "secretvalue",  # an organization secret's secretValue
    "token",  # token, accessToken, X-Auth-Token, X-Gitlab-Token, PRIVATE-TOKEN
    "password",
    "passwd",
    "passphrase",
    "apikey",  # apiKey, api_key, X-Api-Key, DD-API-KEY
    "privatekey",  # private_key, privateKey, sshPrivateKey
    "secretkey",  # aws_secret_key
    "accesskey",  # secretAccessKey (an accessKeyId is not a secret: it ends in "id")
    "signingkey",
    "encryptionkey",
    "sshkey",
    "appkey",
    "applicationkey",  # DD-APPLICATION-KEY
    "subscriptionkey",  # Ocp-Apim-Subscription-Key (Azure API Management)
    "functionskey",  # x-functions-key (Azure Functions)
    "credential",
    "credentials",
    "signature",  # x-port-signature, x-hub-signature-256, x-slack-signature
)
# Whole words only (the last word of a name: AZURE_DEVOPS_PAT, githubPat, DB_PWD): as endings
# they would match far too much ("compat", "cwd").
SECRET_WORDS = ("pat", "pwd")  # a personal access token (Azure DevOps, GitHub), a password
_NAME_NOISE = re.compile(r"[_.\-]")
_WORDS = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+")


def is_secret_field(name: str) -> bool:
    """Whether a header, JSON key or config field named `name` holds a secret.

    The one rule behind every mask of pyport: log and error text, cassettes, and the
    placeholders of `pyport.admin` snapshots. Case, "_", "-", "." and trailing digits do not
    count, and what counts is how the name ends (`SECRET_NAME_ENDINGS`): `Authorization`,
    `X-Api-Key`, `x-auth-token`, `clientSecret`, `private_key`, `GITLAB_TOKEN`,
    `x-hub-signature-256` are secret; so is a name whose last word is one of `SECRET_WORDS`
    (`PAT`, `AZURE_DEVOPS_PAT`, `DB_PWD`). Names that only start with or contain such a word
    are not: `tokenizer`, `tokenType`, `tokenUrl`, `secretName`, `authorizationUrl`,
    `signatureHeaderName`, `accessKeyId`, `maxTokens`, `compat` (plurals other than
    "credentials" are not matched: a list of `tokens` is usually counts or names).
    """
    normalized = _NAME_NOISE.sub("", name.lower()).rstrip("0123456789")
    if normalized.endswith(SECRET_NAME_ENDINGS):
        return True
    words = _WORDS.findall(name)
    return bool(words) and words[-1].lower() in SECRET_WORDS


def _loose(word: str) -> str:
    # A name ending as it appears in text: "apikey" also as api_key, api-key, Api.Key.
    return "[_.-]?".join(re.escape(c) for c in word)


# Names in free text ("x-api-key: ...", "?access_token=..."): the pattern finds candidates,
# `is_secret_field` decides. Authorization is left to its own pattern below, which keeps the
# scheme ("Bearer [REDACTED]").
_KEY_PATTERN = (
    r"(?P<key>[\w.-]*?(?:"
    + "|".join(_loose(e) for e in (*SECRET_NAME_ENDINGS, *SECRET_WORDS) if e != "authorization")
    + r")(?:[_.-]?\d+)?)"
)


def _mask_authorization(match: re.Match[str]) -> str:
    scheme = f"{match[2]} " if match[2] else ""
    return f"{match[1]}{scheme}{REDACTED}"


def _mask_value(match: re.Match[str]) -> str:
    if not is_secret_field(match["key"]):
        return match[0]
    quote = match["quote"] or ""
    return f"{match[1]}{quote}{REDACTED}{quote}"


_Replacement: TypeAlias = str | Callable[[re.Match[str]], str]


@functools.cache
def _patterns() -> tuple[tuple[re.Pattern[str], _Replacement], ...]:
    # Compiled on the first text masked, not on `import pyport` (they take milliseconds).
    return (
        # "Authorization: Bearer abc" / "authorization=abc": keep the scheme, the line readable.
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
                (?:(?P<quote>["'])(?:\\.|(?!(?P=quote))[^\\])*(?P=quote)|[^\s"',;&}}\]]+)  # value
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


def redact_headers(headers: Mapping[str, str] | Iterable[tuple[str, str]]) -> dict[str, str]:
    """Copy `headers` with credential headers masked; an auth scheme stays: "Bearer [REDACTED]"."""
    pairs = headers.items() if isinstance(headers, Mapping) else headers
    redacted: dict[str, str] = {}
    for name, value in pairs:
        if is_secret_field(name):
            scheme, _, credentials = value.partition(" ")
            keep_scheme = credentials and scheme.isalpha() and name.lower() != "cookie"
            redacted[name] = f"{scheme} {REDACTED}" if keep_scheme else REDACTED
        else:
            redacted[name] = value
    return redacted


def redact_json(obj: Any, *, secrets: Iterable[str] = ()) -> Any:
    """Copy a JSON-like value with the values of sensitive keys masked, at any depth.

    Sensitive keys are those `is_secret_field` names (clientSecret, accessToken, X-Api-Key,
    password, ...); their whole value is masked. Strings elsewhere go through `redact_text` with
    `secrets`. The input is never modified.
    """
    secrets = tuple(secrets)
    if isinstance(obj, Mapping):
        return {
            key: REDACTED
            if isinstance(key, str) and is_secret_field(key)
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
    for pattern, replacement in _patterns():
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
