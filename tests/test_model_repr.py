"""Models print like dataclasses: only the fields that hold a value, credentials masked."""

from __future__ import annotations

import httpx

from pyport import PortClient
from pyport.models import CreateAccessTokenResponse, Entity

TOKEN = "eyJhbGciOiJIUzI1NiJ9.live-token-value.sig"


def test_a_repr_shows_only_the_fields_present() -> None:
    entity = Entity.from_dict({"identifier": "checkout", "title": "Checkout", "extra": 1})
    text = repr(entity)
    assert (
        text
        == "Entity(identifier='checkout', title='Checkout', additional_properties={'extra': 1})"
    )
    assert "Unset" not in text


def test_a_secret_named_field_is_masked_in_the_repr_only() -> None:
    answer = CreateAccessTokenResponse.from_dict(
        {"ok": True, "accessToken": TOKEN, "expiresIn": 10800, "tokenType": "Bearer"}
    )
    assert TOKEN not in repr(answer)
    assert "access_token='[REDACTED]'" in repr(answer)
    assert "expires_in=10800" in repr(answer)
    assert answer.access_token == TOKEN  # the value itself is there for whoever asked for it
    assert answer.to_dict()["accessToken"] == TOKEN


def test_secret_named_extra_fields_are_masked_too() -> None:
    entity = Entity.from_dict({"identifier": "x", "apiKey": "k-123", "color": "red"})
    assert "k-123" not in repr(entity)
    assert "'color': 'red'" in repr(entity)


def test_the_token_request_through_the_client_prints_no_token() -> None:
    def port(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200, json={"ok": True, "accessToken": TOKEN, "expiresIn": 10800, "tokenType": "Bearer"}
        )

    with PortClient(
        access_token="static",
        base_url="https://api.port.example",
        transport=httpx.MockTransport(port),
        environ={},
    ) as client:
        answer = client.auth.create_access_token(client_id="id", client_secret="secret")
    assert TOKEN not in repr(answer)
    assert TOKEN not in str(answer)


def test_model_dump_and_to_json_give_ports_json_back() -> None:
    import json

    sent = {"identifier": "café", "title": "T", "properties": {"n": 1}, "extra": [1, None]}
    entity = Entity.from_dict(sent)
    assert entity.model_dump() == entity.to_dict() == sent
    assert json.loads(entity.to_json()) == sent
    assert "café" in entity.to_json()  # not escaped
    assert entity.to_json(indent=2).startswith("{\n  ")
