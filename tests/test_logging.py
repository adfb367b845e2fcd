"""pyport._logging: the library's logger; masking secrets in headers, JSON, text and logs."""

from __future__ import annotations

import copy
import gc
import io
import logging
from collections.abc import Iterator

import httpx
import pytest

from pyport._logging import (
    REDACTED,
    SecretsFilter,
    logger,
    redact_headers,
    redact_json,
    redact_text,
    register_secret,
    registered_secrets,
    unregister_secret,
)

CLIENT_SECRET = "cs_9f8e7d6c5b4a39281706f5e4d3c2b1a0"
JWT = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1c2VyIn0.c2lnbmF0dXJlLXZhbHVl"


@pytest.fixture
def registered() -> Iterator[str]:
    register_secret(CLIENT_SECRET)
    yield CLIENT_SECRET
    unregister_secret(CLIENT_SECRET)


class _Owner:
    """Something weak-referenceable that a registration can live as long as."""


# --- the logger ----------------------------------------------------------------------------------


def test_library_logger_has_only_a_null_handler() -> None:
    assert logger.name == "pyport"
    assert [type(h) for h in logger.handlers] == [logging.NullHandler]
    assert logger.level == logging.NOTSET
    assert logger.propagate is True


# --- redact_headers ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "value", "expected"),
    [
        ("Authorization", f"Bearer {JWT}", f"Bearer {REDACTED}"),
        ("authorization", "Basic dXNlcjpwYXNzd29yZA==", f"Basic {REDACTED}"),
        ("Authorization", "rawtokenwithoutscheme", REDACTED),
        ("Proxy-Authorization", "Basic dXNlcjpw", f"Basic {REDACTED}"),
        ("Cookie", "session=abc; other=def", REDACTED),
        ("Set-Cookie", "session=abc; Path=/; HttpOnly", REDACTED),
        ("X-Api-Key", "k-123456", REDACTED),
        ("X-Auth-Token", "tok", REDACTED),
        ("X-Github-Token", "ghp_abc", REDACTED),
        ("x-port-signature", "v1,abcdef==", REDACTED),
        ("X-Trace-Id", "trace-1", "trace-1"),
        ("Content-Type", "application/json", "application/json"),
        ("X-Pyport-Correlation-Id", "c-1", "c-1"),
    ],
)
def test_redact_headers_masks_credentials_only(name: str, value: str, expected: str) -> None:
    assert redact_headers({name: value}) == {name: expected}


def test_redact_headers_accepts_httpx_headers_and_pairs_and_leaves_input_alone() -> None:
    headers = httpx.Headers({"Authorization": f"Bearer {JWT}", "Accept": "application/json"})
    assert redact_headers(headers) == {
        "authorization": f"Bearer {REDACTED}",
        "accept": "application/json",
    }
    assert headers["authorization"] == f"Bearer {JWT}"
    pairs = [("Authorization", "Bearer x"), ("Accept", "*/*")]
    assert redact_headers(pairs) == {"Authorization": f"Bearer {REDACTED}", "Accept": "*/*"}


# --- redact_json ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "key",
    [
        "clientSecret",
        "client_secret",
        "CLIENT-SECRET",
        "accessToken",
        "access_token",
        "AccessToken",
        "token",
        "password",
        "secret",
        "Authorization",
        "apiKey",
        "refresh_token",
        "webhookSecret",
        "secretValue",
    ],
)
def test_redact_json_masks_sensitive_keys_in_any_case(key: str) -> None:
    assert redact_json({key: "value-1234", "keep": "visible"}) == {
        key: REDACTED,
        "keep": "visible",
    }


@pytest.mark.parametrize("key", ["tokenType", "expiresIn", "clientId", "secretName", "identifier"])
def test_redact_json_keeps_harmless_keys(key: str) -> None:
    assert redact_json({key: "value"}) == {key: "value"}


def test_redact_json_recurses_and_copies() -> None:
    body = {
        "ok": True,
        "items": [{"accessToken": JWT, "n": 1}, ("a", {"password": ["p", "q"]})],
        "nested": {"deeper": {"clientSecret": {"whole": "object"}}, "none": None},
        "note": f"sent Bearer {JWT}",
    }
    original = copy.deepcopy(body)
    assert redact_json(body) == {
        "ok": True,
        "items": [{"accessToken": REDACTED, "n": 1}, ["a", {"password": REDACTED}]],
        "nested": {"deeper": {"clientSecret": REDACTED}, "none": None},
        "note": f"sent Bearer {REDACTED}",
    }
    assert body == original


def test_redact_json_masks_given_secrets_inside_strings() -> None:
    assert redact_json({"message": f"bad secret {CLIENT_SECRET}"}, secrets=[CLIENT_SECRET]) == {
        "message": f"bad secret {REDACTED}"
    }


# --- redact_text ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"Authorization: Bearer {JWT}", f"Authorization: Bearer {REDACTED}"),
        ("authorization=plainvalue", f"authorization={REDACTED}"),
        (f'{{"Authorization": "Bearer {JWT}"}}', f'{{"Authorization": "Bearer {REDACTED}"}}'),
        (f"called with bearer {JWT}", f"called with bearer {REDACTED}"),
        (f"token is {JWT} ok", f"token is {REDACTED} ok"),
        (
            '{"clientId": "id-1", "clientSecret": "s3 cr\\"et", "tokenType": "Bearer"}',
            f'{{"clientId": "id-1", "clientSecret": "{REDACTED}", "tokenType": "Bearer"}}',
        ),
        (
            "{'accessToken': 'abc', 'expiresIn': 3}",
            f"{{'accessToken': '{REDACTED}', 'expiresIn': 3}}",
        ),
        ("/v1/x?access_token=abc&upsert=true", f"/v1/x?access_token={REDACTED}&upsert=true"),
        ("password=hunter22 next", f"password={REDACTED} next"),
        ("x-api-key: k1, next", f"x-api-key: {REDACTED}, next"),
        ("the secretName is foo; the token expired", "the secretName is foo; the token expired"),
        ("POST /v1/auth/access_token -> 200", "POST /v1/auth/access_token -> 200"),
    ],
)
def test_redact_text_masks_secret_shapes(text: str, expected: str) -> None:
    assert redact_text(text, []) == expected
    assert redact_text(expected, []) == expected  # masking twice changes nothing


def test_redact_text_replaces_known_values_longest_first() -> None:
    short, long = "abcdefgh", "abcdefgh-and-more"
    assert redact_text(f"x {long} y {short} z", [short, long, ""]) == f"x {REDACTED} y {REDACTED} z"


# --- the registry --------------------------------------------------------------------------------


def test_register_secret_counts_registrations(registered: str) -> None:
    register_secret(registered)
    unregister_secret(registered)
    assert registered in registered_secrets()
    unregister_secret(registered)
    assert registered not in registered_secrets()
    register_secret(registered)  # the fixture's own unregister balances this


def test_register_secret_ignores_short_values_and_unknown_unregisters() -> None:
    register_secret("short")
    assert "short" not in registered_secrets()
    unregister_secret("never-registered-value")


def test_register_secret_with_owner_lasts_as_long_as_the_owner() -> None:
    owner = _Owner()
    register_secret("owned-secret-value-1", owner=owner)
    assert "owned-secret-value-1" in registered_secrets()
    del owner
    gc.collect()
    assert "owned-secret-value-1" not in registered_secrets()


# --- SecretsFilter -------------------------------------------------------------------------------


@pytest.fixture
def app_log() -> Iterator[tuple[logging.Logger, io.StringIO]]:
    """An application's logger with its own handler and our filter, as the docs suggest."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
    handler.addFilter(SecretsFilter(extra_secrets=["app-specific-secret"]))
    app_logger = logging.getLogger("tests.app")
    app_logger.addHandler(handler)
    app_logger.setLevel(logging.DEBUG)
    app_logger.propagate = False
    yield app_logger, stream
    app_logger.removeHandler(handler)


def test_filter_masks_registered_secrets_in_message_and_args(
    app_log: tuple[logging.Logger, io.StringIO], registered: str
) -> None:
    app_logger, stream = app_log
    app_logger.info(f"secret in message {registered}")
    app_logger.info("secret in args %s and %r", registered, {"h": f"Bearer {JWT}"})
    app_logger.info("mapping args %(a)s", {"a": registered})
    app_logger.info("app secret app-specific-secret")
    output = stream.getvalue()
    assert registered not in output
    assert JWT not in output
    assert "app-specific-secret" not in output
    assert output.splitlines() == [
        f"INFO secret in message {REDACTED}",
        f"INFO secret in args {REDACTED} and {{'h': 'Bearer {REDACTED}'}}",
        f"INFO mapping args {REDACTED}",
        f"INFO app secret {REDACTED}",
    ]


def test_filter_masks_exception_and_stack_text(
    app_log: tuple[logging.Logger, io.StringIO], registered: str
) -> None:
    app_logger, stream = app_log
    try:
        raise ValueError(f"leaky {registered}")
    except ValueError:
        app_logger.exception("failed")
    app_logger.info("here", stack_info=True, extra={"note": registered})
    output = stream.getvalue()
    assert registered not in output
    assert f"ValueError: leaky {REDACTED}" in output


def test_filter_leaves_clean_records_untouched_and_never_drops() -> None:
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "value %s", ("plain",), None)
    assert SecretsFilter().filter(record) is True
    assert (record.msg, record.args) == ("value %s", ("plain",))
    dirty = logging.LogRecord("x", logging.INFO, __file__, 1, "t %s", (f"Bearer {JWT}",), None)
    assert SecretsFilter().filter(dirty) is True
    assert (dirty.getMessage(), dirty.args) == (f"t Bearer {REDACTED}", None)


def test_filter_does_not_raise_on_a_bad_format_call() -> None:
    # Logging must not raise into the application; the handler reports the bad call itself.
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "two %s %s", ("one",), None)
    assert SecretsFilter().filter(record) is True
    assert (record.msg, record.args) == ("two %s %s", ("one",))
