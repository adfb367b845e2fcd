"""pyport.webhooks: Port's signature, checked every way it can fail, and the typed invocation."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pyport import webhooks
from pyport.webhooks import (
    FutureTimestampError,
    InvalidInvocationError,
    MalformedSignatureError,
    MissingSignatureHeaderError,
    SecretInputError,
    SignatureError,
    SignatureMismatchError,
    StaleTimestampError,
    UnknownSignatureVersionError,
)

SECRET = "port-client-secret-for-tests"
NOW = 1_700_000_000
BODY = b'{"action":{"identifier":"deploy_service"},"run":{"id":"r_abc"}}'


def independent_signature(payload: bytes, secret: str, timestamp: int) -> str:
    """Port's documented recipe, written out here without pyport's code."""
    mac = hmac.new(secret.encode(), f"{timestamp}.".encode() + payload, hashlib.sha256)
    return "v1," + base64.b64encode(mac.digest()).decode()


def headers_for(payload: bytes, secret: str = SECRET, timestamp: int = NOW) -> dict[str, str]:
    return {
        "x-port-timestamp": str(timestamp),
        "x-port-signature": independent_signature(payload, secret, timestamp),
    }


# vectors


def test_sign_matches_a_vector_computed_by_openssl() -> None:
    # printf '%s' '1700000000.<BODY>' | openssl dgst -sha256 -hmac '<SECRET>' -binary | base64
    # (Port's docs show the header's shape only, "v1,2ehMaSsW+...", with no secret or body to
    # reproduce it, so the vector comes from another implementation of HMAC-SHA256.)
    expected = "v1,I+Q/RIvIva+45L8mnRYqn8ZtITh0jIeGCzmL/Nm3D0Q="
    assert webhooks.sign(BODY, SECRET, NOW) == {
        "x-port-timestamp": "1700000000",
        "x-port-signature": expected,
    }
    invocation = webhooks.verify(
        {"x-port-timestamp": "1700000000", "x-port-signature": expected}, BODY, SECRET, now=NOW
    )
    assert (invocation.action, invocation.run_id) == ("deploy_service", "r_abc")


def test_sign_matches_the_independent_recipe_for_text_and_bytes() -> None:
    body = '{"title":"café ☕","n":[1,2.5,null]}'
    expected = independent_signature(body.encode(), "other", 42)
    assert webhooks.sign(body, "other", 42)["x-port-signature"] == expected
    assert webhooks.sign(body.encode(), "other", 42)["x-port-signature"] == expected


def test_sign_refuses_a_timestamp_that_is_not_whole_seconds() -> None:
    with pytest.raises(TypeError, match="whole seconds"):
        webhooks.sign(BODY, SECRET, 1.5)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="whole seconds"):
        webhooks.sign(BODY, SECRET, -1)


# each check


def test_tampered_body_is_a_mismatch() -> None:
    headers = headers_for(BODY)
    tampered = BODY.replace(b"r_abc", b"r_abd")
    with pytest.raises(SignatureMismatchError, match="altered"):
        webhooks.verify(headers, tampered, SECRET, now=NOW)


def test_wrong_secret_is_a_mismatch_and_rotation_accepts_either() -> None:
    headers = headers_for(BODY, secret="the-new-secret")
    with pytest.raises(SignatureMismatchError, match="1 secret"):
        webhooks.verify(headers, BODY, SECRET, now=NOW)
    for secrets in (["the-old-secret", "the-new-secret"], ("the-new-secret",), [b"the-new-secret"]):
        assert webhooks.verify(headers, BODY, secrets, now=NOW).run_id == "r_abc"
    with pytest.raises(SignatureMismatchError, match="2 secret"):
        webhooks.verify(headers, BODY, ["the-old-secret", SECRET], now=NOW)


def test_a_timestamp_older_than_the_tolerance_is_stale() -> None:
    headers = headers_for(BODY, timestamp=NOW - 301)
    with pytest.raises(StaleTimestampError, match="301 s ago") as caught:
        webhooks.verify(headers, BODY, SECRET, now=NOW)
    assert caught.value.skew == 301
    # The boundary itself is inside the window; a wider tolerance lets it through.
    assert webhooks.verify(headers_for(BODY, timestamp=NOW - 300), BODY, SECRET, now=NOW)
    assert webhooks.verify(headers, BODY, SECRET, now=NOW, tolerance=600).run_id == "r_abc"


def test_a_timestamp_ahead_of_the_tolerance_is_future() -> None:
    headers = headers_for(BODY, timestamp=NOW + 301)
    with pytest.raises(FutureTimestampError, match="future") as caught:
        webhooks.verify(headers, BODY, SECRET, now=NOW)
    assert caught.value.skew == -301
    assert webhooks.verify(headers_for(BODY, timestamp=NOW + 300), BODY, SECRET, now=NOW)


def test_a_replayed_request_fails_once_the_window_has_passed() -> None:
    headers = headers_for(BODY)
    assert webhooks.verify(headers, BODY, SECRET, now=NOW + 10).run_id == "r_abc"
    with pytest.raises(StaleTimestampError):
        webhooks.verify(headers, BODY, SECRET, now=NOW + 3600)


def test_the_timestamp_is_signed_so_a_fresh_one_does_not_revive_an_old_signature() -> None:
    headers = {**headers_for(BODY, timestamp=NOW - 3600), "x-port-timestamp": str(NOW)}
    with pytest.raises(SignatureMismatchError):
        webhooks.verify(headers, BODY, SECRET, now=NOW)


@pytest.mark.parametrize("missing", ["x-port-timestamp", "x-port-signature"])
def test_missing_headers_are_named(missing: str) -> None:
    headers = headers_for(BODY)
    del headers[missing]
    with pytest.raises(MissingSignatureHeaderError, match=missing) as caught:
        webhooks.verify(headers, BODY, SECRET, now=NOW)
    assert caught.value.header == missing
    with pytest.raises(MissingSignatureHeaderError):
        webhooks.verify({}, BODY, SECRET, now=NOW)


def test_header_names_are_case_insensitive_and_pairs_and_bytes_work() -> None:
    plain = headers_for(BODY)
    shouting = {name.upper(): value for name, value in plain.items()}
    assert webhooks.verify(shouting, BODY, SECRET, now=NOW).run_id == "r_abc"
    pairs = [(b"X-Port-Timestamp", plain["x-port-timestamp"].encode())]
    pairs.append((b"X-Port-Signature", plain["x-port-signature"].encode()))
    assert webhooks.verify(pairs, BODY, SECRET, now=NOW).run_id == "r_abc"


@pytest.mark.parametrize(
    ("signature", "timestamp", "error", "match"),
    [
        (
            "I+Q/RIvIva+45L8mnRYqn8ZtITh0jIeGCzmL/Nm3D0Q=",
            "1700000000",
            MalformedSignatureError,
            "<version>",
        ),
        ("v1,not base64!", "1700000000", MalformedSignatureError, "not base64"),
        ("v1,AAAA", "1700000000", MalformedSignatureError, "3 bytes"),
        ("v1,é", "1700000000", MalformedSignatureError, "not base64"),
        (
            "v2,I+Q/RIvIva+45L8mnRYqn8ZtITh0jIeGCzmL/Nm3D0Q=",
            "1700000000",
            UnknownSignatureVersionError,
            "'v2'",
        ),
        (
            "v1,I+Q/RIvIva+45L8mnRYqn8ZtITh0jIeGCzmL/Nm3D0Q=",
            "1700000000.0",
            MalformedSignatureError,
            "whole seconds",
        ),
        (
            "v1,I+Q/RIvIva+45L8mnRYqn8ZtITh0jIeGCzmL/Nm3D0Q=",
            "-1",
            MalformedSignatureError,
            "whole seconds",
        ),
        (
            "v1,I+Q/RIvIva+45L8mnRYqn8ZtITh0jIeGCzmL/Nm3D0Q=",
            "1" * 13,
            MalformedSignatureError,
            "whole seconds",
        ),
        (
            "v1,I+Q/RIvIva+45L8mnRYqn8ZtITh0jIeGCzmL/Nm3D0Q=",
            "١٢٣",
            MalformedSignatureError,
            "whole seconds",
        ),
    ],
)
def test_malformed_headers_say_which(
    signature: str, timestamp: str, error: type[SignatureError], match: str
) -> None:
    headers = {"x-port-signature": signature, "x-port-timestamp": timestamp}
    with pytest.raises(error, match=match):
        webhooks.verify(headers, BODY, SECRET, now=NOW)


def test_a_header_sent_twice_with_two_values_is_malformed() -> None:
    good = headers_for(BODY)
    pairs = [*good.items(), ("X-Port-Signature", "v1,AAAA")]
    with pytest.raises(MalformedSignatureError, match="twice"):
        webhooks.verify(pairs, BODY, SECRET, now=NOW)
    assert webhooks.verify([*good.items(), *good.items()], BODY, SECRET, now=NOW).run_id == "r_abc"


def test_messages_never_quote_the_secret_the_signature_or_the_body() -> None:
    headers = headers_for(BODY, secret="another-secret")
    with pytest.raises(SignatureMismatchError) as caught:
        webhooks.verify(headers, BODY, SECRET, now=NOW)
    text = str(caught.value) + repr(caught.value)
    for leaked in (SECRET, headers["x-port-signature"][3:], "deploy_service"):
        assert leaked not in text


def test_bad_arguments_are_programming_errors_not_signature_errors() -> None:
    headers = headers_for(BODY)
    with pytest.raises(ValueError, match="no webhook secret"):
        webhooks.verify(headers, BODY, [], now=NOW)
    with pytest.raises(ValueError, match="must not be empty"):
        webhooks.verify(headers, BODY, "", now=NOW)
    with pytest.raises(TypeError, match="str or bytes"):
        webhooks.verify(headers, BODY, [1], now=NOW)  # type: ignore[list-item]
    with pytest.raises(ValueError, match="tolerance"):
        webhooks.verify(headers, BODY, SECRET, now=NOW, tolerance=-1)
    with pytest.raises(TypeError, match="raw bytes"):
        webhooks.verify(headers, {"a": 1}, SECRET, now=NOW)  # type: ignore[arg-type]


# Port's agent signs the compact encoding and sends the default one


AGENT_BODY = {
    "action": {"identifier": "deploy_service", "blueprint": "service"},
    "inputs": {"note": "déploiement ☕", "replicas": 3, "ratio": 0.1},
    "run": {"id": "r_agent"},
}


@pytest.mark.parametrize("ensure_ascii", [True, False])
def test_the_agents_compact_signature_over_its_default_encoding_is_accepted(
    ensure_ascii: bool,
) -> None:
    sent = json.dumps(AGENT_BODY).encode()  # requests' json=: default separators, ASCII
    signed = json.dumps(AGENT_BODY, separators=(",", ":"), ensure_ascii=ensure_ascii).encode()
    assert sent != signed
    headers = headers_for(signed)
    invocation = webhooks.verify(headers, sent, SECRET, now=NOW)
    assert invocation.run_id == "r_agent"
    assert invocation.inputs["note"] == "déploiement ☕"
    # The same headers over a body whose content differs are still rejected.
    other = json.dumps({**AGENT_BODY, "run": {"id": "r_other"}}).encode()
    with pytest.raises(SignatureMismatchError):
        webhooks.verify(headers, other, SECRET, now=NOW)


def test_a_signed_body_that_is_not_a_json_object_is_invalid() -> None:
    for body in (b"not json", b"[1, 2]", b'"text"'):
        with pytest.raises(InvalidInvocationError, match="JSON"):
            webhooks.verify(headers_for(body), body, SECRET, now=NOW)


@settings(max_examples=300, deadline=None)
@given(
    timestamp=st.one_of(st.none(), st.text(max_size=20), st.binary(max_size=20)),
    signature=st.one_of(
        st.none(),
        st.text(max_size=80),
        st.binary(max_size=80),
        st.builds(lambda b: "v1," + base64.b64encode(b).decode(), st.binary(max_size=40)),
    ),
    extra=st.dictionaries(st.text(max_size=10), st.text(max_size=10), max_size=3),
    body=st.one_of(st.binary(max_size=50), st.just(BODY)),
)
def test_fuzzed_headers_raise_nothing_but_signature_errors(
    timestamp: str | bytes | None,
    signature: str | bytes | None,
    extra: dict[str, str],
    body: bytes,
) -> None:
    pairs: list[tuple[str | bytes, str | bytes]] = list(extra.items())
    if timestamp is not None:
        pairs.append(("x-port-timestamp", timestamp))
    if signature is not None:
        pairs.append(("X-Port-Signature", signature))
    with pytest.raises(SignatureError):
        webhooks.verify(pairs, body, SECRET, now=NOW)


# the invocation


def test_the_trigger_data_shape_of_current_actions() -> None:
    # port-docs, create-self-service-experiences/setup-the-backend: "Trigger data".
    data = {
        "inputs": {"version": "1.2.3", "token": "ZW5j"},
        "trigger": {
            "by": {"orgId": "org_1", "userId": "u_1", "user": {"email": "ada@example.com"}},
            "origin": "UI",
            "at": "2024-06-06T05:21:00.565Z",
            "operation": "DAY-2",
        },
        "event": None,
        "entity": {"identifier": "checkout", "blueprint": "service", "properties": {}},
        "action": {
            "identifier": "deploy_service",
            "blueprint": "service",
            "encryptedProperties": ["token"],
        },
        "run": {"id": "r_1"},
        "somethingNew": {"kept": True},
    }
    invocation = webhooks.parse_invocation(data)
    assert invocation.run_id == "r_1"
    assert invocation.action == "deploy_service"
    assert invocation.operation == "DAY-2"
    assert invocation.blueprint == "service"
    assert invocation.entity_identifier == "checkout"
    assert invocation.entity is not None
    assert invocation.entity["identifier"] == "checkout"
    assert dict(invocation.inputs) == {"version": "1.2.3", "token": "ZW5j"}
    assert invocation.encrypted_inputs == ("token",)
    assert invocation.trigger == webhooks.TriggeredBy(
        user_id="u_1",
        user_email="ada@example.com",
        org_id="org_1",
        origin="UI",
        at="2024-06-06T05:21:00.565Z",
    )
    assert invocation.raw["somethingNew"] == {"kept": True}
    assert "1.2.3" not in repr(invocation)
    assert "ZW5j" not in repr(invocation)


def test_the_run_message_of_earlier_actions_and_of_the_agent() -> None:
    # port-labs/port-agent, tests/unit/processors/kafka/conftest.py: webhook_run_payload.
    data = {
        "action": "Create",
        "resourceType": "run",
        "status": "TRIGGERED",
        "trigger": {"by": {"orgId": "o", "userId": "u"}, "origin": "UI", "at": "2022-11-16"},
        "context": {"entity": None, "blueprint": "Service", "runId": "r_jE5FhDURh4Uen2Qr"},
        "payload": {
            "entity": None,
            "action": {"identifier": "Create", "trigger": "CREATE", "blueprint": "Service"},
            "properties": {"foo": "bar"},
        },
    }
    invocation = webhooks.parse_invocation(data)
    assert (invocation.run_id, invocation.action, invocation.operation) == (
        "r_jE5FhDURh4Uen2Qr",
        "Create",
        "CREATE",
    )
    assert invocation.blueprint == "Service"
    assert invocation.entity is None
    assert invocation.entity_identifier is None
    assert dict(invocation.inputs) == {"foo": "bar"}
    assert invocation.trigger.user_id == "u"


def test_a_payload_of_the_actions_own_finds_the_run_id_where_ports_examples_put_it() -> None:
    for data in (
        {"port_context": {"runId": "r_9"}, "user_name": "ada"},
        {"port_context": {"run_id": "r_9"}},
        {"runId": "r_9"},
    ):
        invocation = webhooks.parse_invocation(data)
        assert invocation.run_id == "r_9"
        assert invocation.action is None
    odd = webhooks.parse_invocation({"run": "r_x", "action": 5, "inputs": [1], "trigger": "x"})
    assert (odd.run_id, odd.action, dict(odd.inputs), odd.trigger) == (
        None,
        None,
        {},
        webhooks.TriggeredBy(),
    )


# secret inputs


def _encrypt_independently(plain: str, secret: str, nonce: bytes) -> str:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    sealed = AESGCM(secret.encode()[:32]).encrypt(nonce, plain.encode(), None)
    return base64.b64encode(nonce + sealed).decode()


LONG_SECRET = "0123456789abcdef0123456789abcdef-and-the-rest"


def test_decrypt_secret_input_reads_ports_format() -> None:
    value = _encrypt_independently("hunter2 ☕", LONG_SECRET, bytes(range(16)))
    assert webhooks.decrypt_secret_input(value, LONG_SECRET) == "hunter2 ☕"
    # Only the first 32 bytes are the key.
    assert webhooks.decrypt_secret_input(value, LONG_SECRET[:32] + "different tail") == "hunter2 ☕"
    again = webhooks.encrypt_secret_input("x", LONG_SECRET, nonce=bytes(16))
    assert again == _encrypt_independently("x", LONG_SECRET, bytes(16))


def test_decrypt_secret_input_failures_say_why_and_leak_nothing() -> None:
    value = _encrypt_independently("hunter2", LONG_SECRET, os.urandom(16))
    other = "fedcba9876543210fedcba9876543210"
    with pytest.raises(SecretInputError, match="does not decrypt") as caught:
        webhooks.decrypt_secret_input(value, other)
    assert other not in str(caught.value)
    assert value not in str(caught.value)
    raw = bytearray(base64.b64decode(value))
    raw[20] ^= 1
    with pytest.raises(SecretInputError, match="does not decrypt"):
        webhooks.decrypt_secret_input(base64.b64encode(raw).decode(), LONG_SECRET)
    with pytest.raises(SecretInputError, match="not base64"):
        webhooks.decrypt_secret_input("%%%", LONG_SECRET)
    with pytest.raises(SecretInputError, match="shorter than"):
        webhooks.decrypt_secret_input(base64.b64encode(bytes(20)).decode(), LONG_SECRET)
    with pytest.raises(SecretInputError, match="has 5"):
        webhooks.decrypt_secret_input(value, "short")
    with pytest.raises(SecretInputError, match="base64 string"):
        webhooks.decrypt_secret_input(None, LONG_SECRET)  # type: ignore[arg-type]


def test_import_pyport_loads_no_framework_and_no_cryptography() -> None:
    code = (
        "import sys, pyport, pyport.webhooks, pyport.integrations, pyport.testing;"
        "from pyport.testing import PortSimulator;"
        "PortSimulator(deliver_webhooks=True);"
        "from pyport import webhooks;"
        "webhooks.verify(webhooks.sign(b'{}', 's', 1), b'{}', 's', now=1);"
        "bad = [m for m in ('fastapi', 'starlette', 'django', 'cryptography') if m in sys.modules];"
        "print(','.join(bad) or 'none')"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert out.stdout.strip() == "none"
