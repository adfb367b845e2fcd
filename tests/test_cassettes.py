"""Recorded traffic, replayed offline: tests/cassettes/*.yaml against tests/scenarios/flows.py.

Each scenario runs through a real PortClient whose httpx transport vcrpy answers from the
cassette (record mode "none", sockets refused), and the typed results, the statuses the client
saw and the retries it made are checked. Then: the files hold no secrets, every response fits the
schema Port's spec gives for it, a changed request fails loudly, and recording again changes
nothing.
"""

from __future__ import annotations

import json
import re
import socket
from importlib.resources import files
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import pytest
import yaml
from scenarios import flows
from scenarios.cassette import (
    CANONICAL_PREFIX,
    CASSETTE_DIR,
    MAX_RECORDED_BODY,
    RECORDED_BASE_URL,
    RECORDED_CLIENT_ID,
    NetworkBlockedError,
    Scrubber,
    cassette_path,
    cassette_vcr,
    load_interactions,
    network_blocked,
)
from scenarios.flows import SCENARIOS, TRICKY_IDENTIFIERS, Caught, Observed, need
from scenarios.replay import CassetteMismatchError, replay, replay_options
from vcr.request import Request as VcrRequest  # type: ignore[import-untyped]

from pyport import AsyncPortClient, PortClient
from pyport.testing import PortSimulator

TOKEN_PATH = "/v1/auth/access_token"
P = CANONICAL_PREFIX


def _seen(exchanges: list[Observed]) -> list[tuple[str, str, int]]:
    return [(e.method, unquote(e.path), e.status) for e in exchanges]


def _props(entity: Any) -> dict[str, Any]:
    return dict(need(need(entity).properties).additional_properties)


# --- the scenarios, replayed -----------------------------------------------------------------


def test_every_scenario_has_a_cassette_and_every_cassette_a_scenario() -> None:
    on_disk = {path.stem for path in CASSETTE_DIR.glob("*.yaml")}
    assert on_disk == {scenario.name for scenario in SCENARIOS}


def test_auth_refresh_exchanges_then_refreshes_after_a_401() -> None:
    result, cassette = replay(flows.AUTH_REFRESH)
    assert _seen(result.exchanges) == [
        ("POST", TOKEN_PATH, 200),
        ("GET", "/v1/blueprints", 200),
        ("GET", "/v1/blueprints", 401),  # the token died: one refresh, one resend
        ("POST", TOKEN_PATH, 200),
        ("GET", "/v1/blueprints", 200),
        ("POST", TOKEN_PATH, 200),
    ]
    assert result.before_expiry == []
    assert result.after_expiry == []
    # Asked for explicitly, Port hands back the live token (the second one) with its lifetime.
    assert result.explicit.access_token == "scrubbed-access-token-2"
    assert result.explicit.token_type == "Bearer"
    assert result.explicit.expires_in == 10800
    assert cassette.play_count == len(cassette) == 6


def test_blueprint_lifecycle_with_relations() -> None:
    result, _ = replay(flows.BLUEPRINT_LIFECYCLE)
    domain, service = result.domain, result.service
    assert (domain.identifier, service.identifier) == (f"{P}-domain", f"{P}-service")
    relation = need(service.relations).additional_properties["domain"]
    assert (relation.target, relation.required, relation.many) == (f"{P}-domain", False, False)
    fetched = result.fetched
    assert need(fetched.relations).additional_properties["domain"].target == f"{P}-domain"
    properties = need(need(result.updated.schema).properties)
    assert sorted(properties.additional_properties) == ["language", "public", "stars", "tags"]
    assert result.listed == [f"{P}-domain", f"{P}-service"]
    assert result.delete_target == Caught("ConflictError", 409, "has_dependents", True)
    assert result.after_delete == Caught("NotFoundError", 404, "not_found", True)


def test_entity_lifecycle_with_identifiers_that_need_escaping() -> None:
    result, cassette = replay(flows.ENTITY_LIFECYCLE)
    first, second = TRICKY_IDENTIFIERS
    assert [r.identifier for r in result.created] == [first, second]
    assert _props(result.created[0]) == {
        "language": "python",
        "stars": 1,
        "tags": ["payments"],
    }
    # upsert replaced the whole entity; merge then added language back and kept stars.
    assert _props(result.upserted) == {"stars": 5}
    assert result.upserted.title == "Payments API v2"
    assert _props(result.merged) == {"stars": 5, "language": "go"}
    assert result.merged.title == "Payments API v2"
    assert result.patched.title == "Café ñandú"
    assert _props(result.patched) == {"language": "rust"}
    assert result.fetched.identifier == first
    assert _props(result.fetched) == {"stars": 5, "language": "go"}
    assert result.searched == sorted(TRICKY_IDENTIFIERS)
    assert [need(e.identifier) for e in result.blueprint_search] == [first]
    assert result.after_delete == Caught("NotFoundError", 404, "not_found", True)
    # Every "/", ":", "@", "+", "=" and non-ASCII letter went out percent-encoded in one segment.
    paths = {urlsplit(r.uri).path for r in cassette.requests}
    assert f"/v1/blueprints/{P}-service/entities/team%2Fpayments%3Aapi%40v2%2Bbeta%3D1" in paths
    assert f"/v1/blueprints/{P}-service/entities/caf%C3%A9-%C3%B1and%C3%BA%2FStra%C3%9Fe" in paths


def test_bulk_upsert_partial_failure_is_a_typed_207() -> None:
    result, cassette = replay(flows.BULK_UPSERT_PARTIAL)
    statuses = [response["status"]["code"] for response in cassette.responses]
    assert statuses.count(207) == 1
    partial = result.partial
    assert partial.ok is False
    assert [(r.identifier, r.index, r.created) for r in need(partial.entities)] == [
        ("left-pad", 0, True),
        ("čeština", 1, True),
        ("a/b@c", 3, True),
    ]
    (error,) = need(partial.errors)
    assert (error.identifier, error.index, error.status_code) == ("broken", 2, 422)
    assert "downloads" in need(error.message)
    assert result.again.ok is True
    assert [r.created for r in need(result.again.entities)] == [False, False, False]
    assert need(result.again.errors) == []
    assert result.count == 3
    assert result.deleted == ["left-pad", "čeština", "a/b@c"]


def test_paged_search_walks_four_pages_with_the_cursor() -> None:
    result, cassette = replay(flows.PAGED_SEARCH)
    assert result.pages == [
        ["item-00", "item-01", "item-02"],
        ["item-03", "item-04", "item-05"],
        ["item-06", "item-07", "item-08"],
        ["item-09"],
    ]
    assert [cursor is not None for cursor in result.cursors] == [True, True, True, False]
    search = f"/v1/blueprints/{P}-item/entities/search"
    assert _seen(result.exchanges) == [("POST", search, 200)] * 4
    # Each page asked for the cursor the previous page handed out.
    sent = [
        json.loads(request.body)
        for request in cassette.requests
        if urlsplit(request.uri).path == search
    ]
    assert [body.get("from") for body in sent] == [None, *result.cursors[:3]]
    assert {body["limit"] for body in sent} == {3}


def test_action_run_with_progress_and_logs() -> None:
    result, _ = replay(flows.ACTION_RUN_LOGS)
    started, updated, finished = result.started, result.updated, result.finished
    assert need(started.id).startswith("r_")
    assert started.status == "IN_PROGRESS"
    assert need(started.entity).identifier == "checkout"
    assert need(started.action).identifier == f"{P}-restart"
    assert updated.id == finished.id == started.id
    assert (updated.link, updated.summary) == (["https://ci.example.com/runs/1"], "restarting")
    assert finished.status == "SUCCESS"
    logs = result.logs
    assert [log.message for log in logs] == ["draining connections", "restarted"]
    assert {log.run_id for log in logs} == {started.id}
    assert result.second_termination == Caught(
        "UnprocessableEntityError", 422, "run_already_finished", True
    )


def test_error_statuses_raise_their_error_classes() -> None:
    result, _ = replay(flows.ERROR_STATUSES)
    assert result.not_found == Caught("NotFoundError", 404, "not_found", True)
    assert result.identifier_taken == Caught("ConflictError", 409, "identifier_taken", True)
    assert result.has_dependents == Caught("ConflictError", 409, "has_dependents", True)
    assert result.too_large == Caught("PayloadTooLargeError", 413, "payload_too_large", True)
    assert result.invalid == Caught("UnprocessableEntityError", 422, "invalid_request", True)
    assert result.bad_credentials == Caught("AuthenticationError", 401, "unauthorized", True)
    service = f"/v1/blueprints/{P}-service"
    # Errors the client must not retry were sent exactly once.
    assert [(m, p, s, e.attempts) for e in result.exchanges for m, p, s in _seen([e])] == [
        ("POST", TOKEN_PATH, 200, 1),
        ("GET", f"/v1/blueprints/{P}-missing", 404, 1),
        ("POST", "/v1/blueprints", 201, 1),
        ("POST", f"{service}/entities", 201, 1),
        ("POST", f"{service}/entities", 409, 1),
        ("DELETE", service, 409, 1),
        ("POST", f"{service}/entities", 413, 1),
        ("POST", f"{service}/entities", 422, 1),
        ("DELETE", f"{service}/entities/checkout", 200, 1),
        ("DELETE", service, 200, 1),
    ]


def test_rate_limited_request_is_retried_once_and_succeeds() -> None:
    result, cassette = replay(flows.RATE_LIMITED_RETRY)
    service = f"/v1/blueprints/{P}-service"
    assert [(m, p, s) for m, p, s in _seen(result.exchanges)] == [
        ("POST", TOKEN_PATH, 200),
        ("POST", "/v1/blueprints", 201),
        *[("GET", service, 200)] * 4,
        ("DELETE", service, 200),
    ]
    assert [e.attempts for e in result.exchanges] == [1, 1, 1, 1, 1, 2, 1]
    assert [r.identifier for r in result.reads] == [f"{P}-service"] * 4
    # On the wire: the fifth request of the window got a 429 saying when to come back.
    statuses = [response["status"]["code"] for response in cassette.responses]
    assert statuses == [200, 201, 200, 200, 200, 429, 200, 200]
    limited = cassette.responses[5]["headers"]
    assert limited["x-ratelimit-remaining"] == ["0"]
    assert int(limited["retry-after"][0]) > 0
    assert cassette.play_count == len(cassette)


def test_token_expiring_between_pages_is_refreshed_mid_search() -> None:
    result, _ = replay(flows.TOKEN_EXPIRY_MID_SCENARIO)
    assert result.pages == [
        ["item-00", "item-01", "item-02"],
        ["item-03", "item-04", "item-05"],
        ["item-06"],
    ]
    search = ("POST", f"/v1/blueprints/{P}-item/entities/search")
    refresh = [(*search, 401), ("POST", TOKEN_PATH, 200), (*search, 200)]
    assert _seen(result.exchanges) == [(*search, 200), *refresh, *refresh]


@pytest.mark.anyio
async def test_the_async_client_replays_the_same_paged_search() -> None:
    """AsyncPortClient sends exactly what PortClient recorded (vcrpy patches both transports)."""
    blueprint = f"{P}-item"
    path = cassette_path(flows.PAGED_SEARCH.name)
    with network_blocked(), cassette_vcr().use_cassette(str(path)) as cassette:
        async with AsyncPortClient(**replay_options()) as port:
            await port.blueprints.create(
                identifier=blueprint,
                title="Item",
                schema={"properties": {"rank": {"type": "number"}}},
            )
            entities = [
                {"identifier": f"item-{n:02d}", "title": f"Item {n}", "properties": {"rank": n}}
                for n in range(10)
            ]
            await port.entities.bulk_create(blueprint, entities=entities, upsert=True)
            page = await port.entities.search(
                blueprint,
                query={
                    "combinator": "and",
                    "rules": [{"property": "rank", "operator": ">=", "value": 0}],
                },
                limit=3,
            )
            identifiers = [need(entity.identifier) async for entity in page]
            await port.entities.delete_all(blueprint)
            await port.blueprints.delete(blueprint)
    assert identifiers == [f"item-{n:02d}" for n in range(10)]
    assert cassette.play_count == len(cassette) == 9


# --- what the files hold ----------------------------------------------------------------------

_JWT = re.compile(r"eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*")
_BEARER = re.compile(r"(?i)bearer\s+(?!\[REDACTED\])[A-Za-z0-9\-._~+/]{8,}")
_FORBIDDEN_HEADERS = {"authorization", "cookie", "set-cookie", "x-pyport-correlation-id", "date"}


def _cassettes() -> list[Path]:
    return sorted(CASSETTE_DIR.glob("*.yaml"))


@pytest.mark.parametrize("path", _cassettes(), ids=lambda p: p.stem)
def test_cassette_holds_no_secrets(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    decoded = json.dumps(yaml.safe_load(text), ensure_ascii=False)
    for haystack in (text, decoded):
        assert not _JWT.search(haystack), f"{path.name} holds a JWT"
        assert not _BEARER.search(haystack), f"{path.name} holds a Bearer credential"
        assert "sim-client-secret" not in haystack
        assert "sim-client-id" not in haystack
    for interaction in load_interactions(path):
        request, response = interaction["request"], interaction["response"]
        headers = {name.lower() for name in (*request["headers"], *response["headers"])}
        assert not headers & _FORBIDDEN_HEADERS, f"{path.name}: {headers & _FORBIDDEN_HEADERS}"
        assert request["headers"]["user-agent"] == ["pyport (recorded)"]
        assert request["uri"].startswith(f"{RECORDED_BASE_URL}/")
        if urlsplit(request["uri"]).path == TOKEN_PATH:
            sent = json.loads(request["body"])
            assert sent["clientSecret"] == "[REDACTED]"
            token = json.loads(response["body"]["string"]).get("accessToken")
            assert token is None or re.fullmatch(r"scrubbed-access-token-\d+", token)


def _spec() -> dict[str, Any]:
    text = (files("pyport._generated") / "_openapi.json").read_text(encoding="utf-8")
    spec: dict[str, Any] = json.loads(text)
    return spec


def template_for(spec: dict[str, Any], method: str, raw_path: str) -> str | None:
    """The spec's path template for a concrete path; literal segments beat parameters."""
    segments = [unquote(s) for s in raw_path.strip("/").split("/")]
    best: tuple[int, str] | None = None
    for template, item in spec["paths"].items():
        parts = template.strip("/").split("/")
        if method.lower() not in item or len(parts) != len(segments):
            continue
        if all(p.startswith("{") or p == s for p, s in zip(parts, segments, strict=True)):
            literal = sum(not p.startswith("{") for p in parts)
            if best is None or literal > best[0]:
                best = (literal, template)
    return best[1] if best else None


def test_template_for_prefers_literal_segments() -> None:
    spec = _spec()
    assert template_for(spec, "GET", "/v1/actions/runs") == "/v1/actions/runs"
    assert template_for(spec, "GET", "/v1/actions/restart") == "/v1/actions/{action_identifier}"
    escaped = "/v1/blueprints/svc/entities/a%2Fb"
    assert template_for(spec, "GET", escaped) == (
        "/v1/blueprints/{blueprint_identifier}/entities/{entity_identifier}"
    )
    assert template_for(spec, "GET", "/v1/no-such-route") is None


# Port returns entities with their blueprint and audit stamps, which the spec's closed entity
# schema leaves out (the simulator's own response test lists the same gap).
_ENTITY_STAMPS = re.compile(
    r"^response/(entity|entities/\d+) Additional properties are not allowed \(("
    r"'(blueprint|createdAt|createdBy|updatedAt|updatedBy)'(, )?)+ (was|were) unexpected\)$"
)


def test_every_response_fits_the_spec() -> None:
    spec = _spec()
    checker = PortSimulator()
    problems: list[str] = []
    validated = undocumented = 0
    for path in _cassettes():
        for number, interaction in enumerate(load_interactions(path)):
            request, response = interaction["request"], interaction["response"]
            method, raw_path = request["method"], urlsplit(request["uri"]).path
            where = f"{path.name} #{number} {method} {raw_path}"
            template = template_for(spec, method, raw_path)
            if template is None:
                problems.append(f"{where}: no operation in the spec")
                continue
            status = response["status"]["code"]
            body = json.loads(response["body"]["string"])
            found = checker.validate_response(method, template, status, body)
            if found is None:
                undocumented += 1
                continue
            validated += 1
            problems += [
                f"{where} -> {status}: {problem}"
                for problem in found
                if not _ENTITY_STAMPS.match(problem)
            ]
    assert problems == []
    # Nearly every answer has a schema; the spec leaves a few error statuses (409, 429) out.
    assert validated >= 85
    assert undocumented <= 5


# --- failing loudly -----------------------------------------------------------------------------


def _copy(name: str, tmp_path: Path) -> Path:
    copy = tmp_path / f"{name}.yaml"
    copy.write_bytes(cassette_path(name).read_bytes())
    return copy


def test_a_request_the_cassette_lacks_fails_and_names_it(tmp_path: Path) -> None:
    copy = _copy("paged_search", tmp_path)
    text = copy.read_text(encoding="utf-8")
    copy.write_text(text.replace('"limit":3', '"limit":4'), encoding="utf-8")
    with pytest.raises(CassetteMismatchError) as raised:
        replay(flows.PAGED_SEARCH, path=copy)
    message = str(raised.value)
    sent = f"POST {RECORDED_BASE_URL}/v1/blueprints/{P}-item/entities/search"
    assert f"scenario 'paged_search' sent {sent}, which cassette paged_search.yaml" in message
    assert "after 3 of 9 recorded interactions were played" in message
    assert "make record" in message
    # vcrpy's comparison with the closest recorded request (worded per vcrpy version).
    assert "body differs" in message or "body - assertion failure" in message


def test_a_request_no_longer_sent_fails_and_names_it(tmp_path: Path) -> None:
    copy = _copy("blueprint_lifecycle", tmp_path)
    data = yaml.safe_load(copy.read_text(encoding="utf-8"))
    data["interactions"].append(data["interactions"][-1])
    copy.write_text(yaml.safe_dump(data), encoding="utf-8")
    with pytest.raises(CassetteMismatchError) as raised:
        replay(flows.BLUEPRINT_LIFECYCLE, path=copy)
    assert "no longer sends 1 of the 11 requests" in str(raised.value)
    assert f"#10: GET {RECORDED_BASE_URL}/v1/blueprints/{P}-service" in str(raised.value)


def test_a_missing_cassette_says_how_to_make_it(tmp_path: Path) -> None:
    with pytest.raises(CassetteMismatchError, match="run `make record`"):
        replay(flows.PAGED_SEARCH, path=tmp_path / "absent.yaml")


def test_network_is_refused_during_replay() -> None:
    with network_blocked(), pytest.raises(NetworkBlockedError):
        socket.create_connection(("127.0.0.1", 9))
    # And restored afterwards.
    assert socket.create_connection.__name__ == "create_connection"


# --- the scrubbing ------------------------------------------------------------------------------

JWT = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJyZWFsIn0.c2lnbmF0dXJlLXZhbHVl"
OTHER_JWT = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJvdGhlciJ9.b3RoZXItc2lnbmF0dXJl"


def _scrubber() -> Scrubber:
    return Scrubber(
        secrets=["real-secret-0123456789", "my-configured-value"],
        replacements={"pyport-rec-1a2b3c": P, "real-client-id": RECORDED_CLIENT_ID},
    )


def _request(body: dict[str, Any], *, path: str = TOKEN_PATH) -> VcrRequest:
    return VcrRequest(
        "POST",
        f"http://127.0.0.1:41234{path}?q=pyport-rec-1a2b3c",
        json.dumps(body).encode(),
        {
            "Authorization": f"Bearer {JWT}",
            "X-Pyport-Correlation-Id": "0f" * 16,
            "User-Agent": "pyport/9.9 python/3.99",
            "Host": "127.0.0.1:41234",
            "Content-Type": "application/json",
        },
    )


def _response(body: dict[str, Any]) -> dict[str, Any]:
    return {
        "status": {"code": 200, "message": "OK"},
        "headers": {
            "Date": ["Thu, 01 Jan 2026 00:00:00 GMT"],
            "Set-Cookie": ["session=abc"],
            "X-Trace-Id": ["t1"],
            "x-ratelimit-remaining": ["9"],
            "Content-Length": ["999"],
        },
        "body": {"string": json.dumps(body).encode()},
    }


def test_scrubbed_request_keeps_nothing_secret_or_volatile() -> None:
    scrubber = _scrubber()
    sent = {"clientId": "real-client-id", "clientSecret": "real-secret-0123456789"}
    scrubbed = scrubber.request(_request(sent))
    assert scrubbed.uri == f"{RECORDED_BASE_URL}{TOKEN_PATH}?q={P}"
    assert dict(scrubbed.headers) == {
        "content-type": "application/json",
        "user-agent": "pyport (recorded)",
    }
    assert json.loads(scrubbed.body) == {
        "clientId": RECORDED_CLIENT_ID,
        "clientSecret": "[REDACTED]",
    }
    # vcrpy runs the hook again on what it loads: a second pass changes nothing.
    again = scrubber.request(scrubbed)
    assert (again.uri, again.body, dict(again.headers)) == (
        scrubbed.uri,
        scrubbed.body,
        dict(scrubbed.headers),
    )


def test_configured_secrets_jwts_and_bearer_values_are_masked_anywhere_in_a_body() -> None:
    body = {
        "identifier": "pyport-rec-1a2b3c-service",
        "properties": {
            "note": "uses my-configured-value and Bearer abcdefghijklmnop",
            "blob": f"token {JWT} inside",
        },
    }
    scrubbed = json.loads(_scrubber().request(_request(body, path="/v1/blueprints")).body)
    assert scrubbed == {
        "identifier": f"{P}-service",
        "properties": {
            "note": "uses [REDACTED] and Bearer [REDACTED]",
            "blob": "token [REDACTED] inside",
        },
    }


def test_tokens_are_numbered_so_a_repeated_token_stays_visible() -> None:
    scrubber = _scrubber()

    def token_of(value: str) -> str:
        response = scrubber.response(_response({"ok": True, "accessToken": value}))
        token: str = json.loads(response["body"]["string"])["accessToken"]
        return token

    assert [token_of(JWT), token_of(JWT), token_of(OTHER_JWT), token_of(JWT)] == [
        "scrubbed-access-token-1",
        "scrubbed-access-token-1",
        "scrubbed-access-token-2",
        "scrubbed-access-token-1",
    ]
    assert token_of("scrubbed-access-token-2") == "scrubbed-access-token-2"


def test_scrubbed_response_keeps_only_stable_headers_with_a_true_length() -> None:
    body = {"ok": True, "entity": {"createdBy": "real-client-id", "secret": "x"}}
    scrubbed = _scrubber().response(_response(body))
    content = scrubbed["body"]["string"]
    assert json.loads(content) == {
        "ok": True,
        "entity": {"createdBy": RECORDED_CLIENT_ID, "secret": "[REDACTED]"},
    }
    assert scrubbed["headers"] == {
        "x-trace-id": ["t1"],
        "x-ratelimit-remaining": ["9"],
        "content-length": [str(len(content))],
    }


def test_a_huge_body_is_stored_as_its_digest_and_still_matches_only_itself() -> None:
    scrubber = _scrubber()
    huge = {"identifier": "huge", "properties": {"blob": "x" * (MAX_RECORDED_BODY + 1)}}
    other = {"identifier": "huge", "properties": {"blob": "y" * (MAX_RECORDED_BODY + 1)}}
    stored = scrubber.request(_request(huge, path="/v1/blueprints/b/entities")).body
    assert len(stored) < 200
    assert json.loads(stored)["pyportCassetteElidedBody"]["bytes"] > MAX_RECORDED_BODY
    assert scrubber.request(_request(huge, path="/v1/blueprints/b/entities")).body == stored
    assert scrubber.request(_request(other, path="/v1/blueprints/b/entities")).body != stored
    reloaded = VcrRequest("POST", f"{RECORDED_BASE_URL}/v1/x", stored, {})
    assert scrubber.request(reloaded).body == stored


# --- scripts/record.py ------------------------------------------------------------------------


def test_recording_needs_consent_before_touching_an_organization(
    capsys: pytest.CaptureFixture[str],
) -> None:
    import record

    environ = {"PORT_CLIENT_ID": "id", "PORT_CLIENT_SECRET": "s3cr3t-42", "PORT_REGION": "us"}
    assert record.main([], environ=environ) == 2
    error = capsys.readouterr().err
    assert "--i-understand-this-writes-to-my-organization" in error
    assert "https://api.us.port.io" in error
    assert "s3cr3t-42" not in error


def test_recording_targets() -> None:
    import record

    args = record.parse_args([])
    assert record.choose_target(args, {}).kind == "simulator"
    server = record.choose_target(args, {"PORT_BASE_URL": "http://127.0.0.1:8765"})
    assert (server.kind, server.base_url, server.prefix) == ("server", "http://127.0.0.1:8765", P)
    consented = record.parse_args(["--i-understand-this-writes-to-my-organization"])
    org = record.choose_target(consented, {"PORT_CLIENT_ID": "i", "PORT_CLIENT_SECRET": "s"})
    assert org.kind == "organization"
    assert re.fullmatch(rf"{P}-[0-9a-f]{{6}}", org.prefix)
    forced = record.parse_args(["--simulator"])
    credentials = {"PORT_CLIENT_ID": "i", "PORT_CLIENT_SECRET": "s"}
    assert record.choose_target(forced, credentials).kind == "simulator"


def test_provenance_rows_survive_a_rewrite() -> None:
    import record

    readme = (CASSETTE_DIR / "README.md").read_text(encoding="utf-8")
    rows = record.read_rows(readme)
    assert set(rows) == {f"{s.name}.yaml" for s in SCENARIOS}
    assert record.write_rows(readme, rows) == readme
    assert all("simulator (seed 0, loopback)" in row for row in rows.values())


def test_provenance_names_every_pinned_spec() -> None:
    import record

    assert record.spec_version() == (
        "live 2026-01-29 (sha256 8d67f291364e), docs 2025-12-30 (sha256 6435ec0409ab)"
    )


def test_recording_the_simulator_again_changes_no_cassette(
    capsys: pytest.CaptureFixture[str],
) -> None:
    import record

    # Records every scenario into a temporary directory over loopback and compares bytes.
    assert record.main(["--check", "--simulator"], environ={}) == 0, capsys.readouterr().err
    assert capsys.readouterr().out.count("unchanged") == len(SCENARIOS)


def test_recording_an_organization_rewrites_its_prefix_and_client_id(tmp_path: Path) -> None:
    import record

    # A simulator stands in for the organization: same seed and clock as `make record`, so only
    # the prefix and credentials differ, and the scrubbed cassette must come out byte-identical.
    client_id, secret = "org-client-id-7f3a", "org-client-secret-0123456789abcdef"
    sim = PortSimulator(client_id=client_id, client_secret=secret, clock=record.FakeClock())
    scenario = flows.BLUEPRINT_LIFECYCLE
    fresh = tmp_path / "blueprint_lifecycle.yaml"
    with sim.serve() as url:
        target = record.Target(
            "organization", "stand-in", url, client_id, secret, prefix=f"{P}-0a1b2c"
        )
        count = record.record_one(scenario, target, fresh, secrets_=[])
    assert count == 10
    text = fresh.read_text(encoding="utf-8")
    assert "0a1b2c" not in text
    assert client_id not in text
    assert secret not in text
    assert text == cassette_path(scenario.name).read_text(encoding="utf-8")


def test_sweep_deletes_only_what_carries_the_prefix() -> None:
    import record

    sim = PortSimulator()
    with PortClient(
        client_id=sim.client_id,
        client_secret=sim.client_secret,
        base_url=sim.base_url,
        transport=sim.transport(),
        environ={},
    ) as port:
        for name in ("pyport-rec-9z-target", "keep-me"):
            port.blueprints.create(identifier=name, title=name, schema={"properties": {}})
        port.blueprints.create(
            identifier="pyport-rec-9z-source",
            title="source",
            schema={"properties": {}},
            relations={"t": {"target": "pyport-rec-9z-target", "required": False, "many": False}},
        )
        port.entities.create("pyport-rec-9z-target", identifier="e1")
        port.actions.create(
            identifier="pyport-rec-9z-act",
            title="Act",
            trigger={
                "type": "self-service",
                "operation": "DAY-2",
                "blueprintIdentifier": "pyport-rec-9z-target",
                "userInputs": {"properties": {}, "required": []},
            },
            invocation_method={"type": "WEBHOOK", "url": "https://example.com/hook"},
        )
        record.sweep(port, "pyport-rec-9z")
        assert [need(b.identifier) for b in port.blueprints.list()] == ["keep-me"]
        assert port.actions.list() == []
