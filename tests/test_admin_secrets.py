"""Secrets and snapshots: one secret-field rule for logs and snapshots, placeholders in
snapshots, never a placeholder sent back to Port, and files only their owner can read."""

from __future__ import annotations

import hashlib
import json
import os
import stat
import tarfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from test_admin_support import build_org, connect, make_sim

from pyport import PortClient, RetryPolicy, Throttle
from pyport._logging import REDACTED, redact_headers, redact_json, redact_text

# The actions below are Port's JSON as it is (as a snapshot holds them): sent as they are.
from pyport._surface import call_operation
from pyport.admin import restore, snapshot
from pyport.testing import PortSimulator

VALUE = "s3cr3t-Value-0042"
# What a snapshot holds in place of a secret: part of the snapshot format.
PLACEHOLDER = "[secret left out of the snapshot by pyport]"

# Every header or field name pattern Port's actions (and their invocation methods) carry that
# holds a secret: WEBHOOK headers, GITHUB workflow inputs, GITLAB pipeline variables,
# AZURE-DEVOPS and KAFKA payloads, webhook (data source) security, organization secrets.
SECRET_NAMES = [
    # WEBHOOK invocation headers
    "Authorization",
    "authorization",
    "Proxy-Authorization",
    "X-Api-Key",
    "x-api-key",
    "Api-Key",
    "X-Auth-Token",
    "x-access-token",
    "X-Gitlab-Token",
    "PRIVATE-TOKEN",
    "X-Vault-Token",
    "X-Shopify-Access-Token",
    "DD-API-KEY",
    "DD-APPLICATION-KEY",
    "Ocp-Apim-Subscription-Key",
    "x-functions-key",
    "Cookie",
    "Set-Cookie",
    "x-port-signature",
    "X-Hub-Signature-256",
    "X-Slack-Signature",
    # GITHUB workflowInputs, GITLAB pipelineVariables, AZURE-DEVOPS/KAFKA payload fields
    "GITHUB_TOKEN",
    "GITLAB_TOKEN",
    "github-token",
    "AZURE_DEVOPS_PAT",
    "PAT",
    "personalAccessToken",
    "NPM_TOKEN2",
    # config fields
    "secret",
    "token",
    "apiKey",
    "api_key",
    "API_KEY",
    "password",
    "DB_PASSWORD",
    "passwd",
    "pwd",
    "passphrase",
    "clientSecret",
    "client_secret",
    "CLIENT-SECRET",
    "private_key",
    "privateKey",
    "sshPrivateKey",
    "ssh_key",
    "accessToken",
    "refresh_token",
    "idToken",
    "webhookSecret",
    "signingSecret",
    "secretValue",
    "aws_secret_access_key",
    "secretAccessKey",
    "credentials",
    "credential",
    "encryptionKey",
]

# Names that must NOT be masked: they name or describe a secret, or only contain the word.
PUBLIC_NAMES = [
    "tokenizer",  # a word that starts with "token"
    "tokenType",
    "tokenUrl",
    "token_endpoint",
    "maxTokens",
    "tokens",  # plurals other than "credentials" are not matched (counts, names)
    "secretName",
    "secret_name",
    "secrets",
    "authorizationUrl",
    "authorizationScope",
    "clientId",
    "accessKeyId",
    "keyId",
    "publicKey",
    "webhookKey",
    "signatureHeaderName",
    "signatureAlgorithm",
    "signaturePrefix",
    "requestIdentifierPath",
    "expiresIn",
    "passwordPolicy",
    "compat",  # ends in "pat", which is only secret as a whole name
    "identifier",
    "X-Trace-Id",
    "Content-Type",
    "X-Pyport-Correlation-Id",
    "RUN_ID",
    # the fields of the invocation methods themselves
    "type",
    "url",
    "method",
    "agent",
    "synchronized",
    "headers",
    "body",
    "org",
    "repo",
    "workflow",
    "workflowInputs",
    "reportWorkflowStatus",
    "projectName",
    "groupName",
    "defaultRef",
    "pipelineVariables",
    "webhook",
    "payload",
    "installationId",
    "integrationActionType",
]


def test_one_rule_and_its_placeholder() -> None:
    from pyport._logging import is_secret_field
    from pyport.admin._secrets import PLACEHOLDER as placeholder

    assert placeholder == PLACEHOLDER
    assert [n for n in SECRET_NAMES if not is_secret_field(n)] == []
    assert [n for n in PUBLIC_NAMES if is_secret_field(n)] == []


@pytest.mark.parametrize("name", SECRET_NAMES + PUBLIC_NAMES)
def test_logs_mask_exactly_the_secret_names(name: str) -> None:
    secret = name in SECRET_NAMES
    header = redact_headers({name: VALUE})[name]
    assert (header != VALUE) is secret
    assert (redact_json({name: VALUE})[name] == REDACTED) is secret
    assert (VALUE not in redact_text(f"{name}: {VALUE}", [])) is secret
    assert (VALUE not in redact_text(f'{{"{name}": "{VALUE}"}}', [])) is secret


def test_a_snapshot_masks_exactly_the_headers_the_logs_mask(tmp_path: Path) -> None:
    # One WEBHOOK action carrying every name as a header: the snapshot and the log mask agree.
    headers = {name: f"{VALUE}-{i}" for i, name in enumerate(SECRET_NAMES + PUBLIC_NAMES)}
    with connect(make_sim()) as port:
        build_org(port, services=10, deployments=3)
        invocation = {"type": "WEBHOOK", "url": "https://example.com/hook", "headers": headers}
        call_operation(port, "create_action", body=_action("every-header", invocation))
        manifest = snapshot(port, tmp_path / "snap")
    saved = _actions_file(tmp_path / "snap")["every-header"]["invocationMethod"]["headers"]
    logged = redact_headers(headers)
    masked_in_snapshot = sorted(n for n, v in saved.items() if v == PLACEHOLDER)
    masked_in_logs = sorted(n for n, v in logged.items() if v != headers[n])
    assert masked_in_snapshot == masked_in_logs == sorted(SECRET_NAMES)
    assert {n: saved[n] for n in PUBLIC_NAMES} == {n: headers[n] for n in PUBLIC_NAMES}
    where = "actions/every-header: invocationMethod.headers."
    assert sorted(r for r in manifest.redacted if r.startswith(where)) == sorted(
        where + n for n in SECRET_NAMES
    )


def test_a_snapshot_keeps_names_references_and_structure_but_no_secret() -> None:
    from pyport.admin._secrets import redact

    obj = {
        "identifier": "deploy",
        "schema": {"properties": {"token": {"type": "string", "title": "Token"}}},
        "userInputs": {"properties": {"password": {"type": "string", "encryption": "aes256-gcm"}}},
        "mapping": {"properties": {"apiKey": ".body.key"}},
        "invocationMethod": {
            "headers": {
                "Authorization": 'Bearer {{ .secrets["github-token"] }}',
                "X-Api-Key": "{{ .secrets.api_key }}",
                "X-Literal-Token": '{{ "inline-literal-secret" }}',
                "X-Auth-Token": VALUE,
                "X-Empty-Token": "",
            },
            "pipelineVariables": {"GITLAB_TOKEN": 123456, "verbose": True},
        },
        "credentials": {"username": "ci", "password": VALUE, "port": 5432, "tls": True},
        "isSecret": True,
    }
    clean, removed = redact(obj)
    # Names of properties, inputs and mapped fields are definitions, not secret holders.
    assert clean["schema"] == obj["schema"]
    assert clean["userInputs"] == obj["userInputs"]
    assert clean["mapping"] == obj["mapping"]
    headers = clean["invocationMethod"]["headers"]
    # A reference to Port's secret store holds no secret; a literal inside a template does.
    assert headers["Authorization"] == 'Bearer {{ .secrets["github-token"] }}'
    assert headers["X-Api-Key"] == "{{ .secrets.api_key }}"
    assert headers["X-Literal-Token"] == PLACEHOLDER
    assert headers["X-Auth-Token"] == PLACEHOLDER
    assert headers["X-Empty-Token"] == ""
    assert clean["invocationMethod"]["pipelineVariables"] == {
        "GITLAB_TOKEN": PLACEHOLDER,
        "verbose": True,
    }
    # Below a secret name, every string and number is secret; booleans and shape stay.
    assert clean["credentials"] == {
        "username": PLACEHOLDER,
        "password": PLACEHOLDER,
        "port": PLACEHOLDER,
        "tls": True,
    }
    assert clean["isSecret"] is True
    assert set(removed) == {
        ("invocationMethod", "headers", "X-Literal-Token"),
        ("invocationMethod", "headers", "X-Auth-Token"),
        ("invocationMethod", "pipelineVariables", "GITLAB_TOKEN"),
        ("credentials", "username"),
        ("credentials", "password"),
        ("credentials", "port"),
    }
    assert VALUE not in json.dumps(clean)


# --- snapshot and restore of actions with secret headers ----------------------------------------

API_KEY = "ak-live-7d1c9e0b"
AUTH_TOKEN = "at-live-33f0aa12"
GITLAB_TOKEN = "glpat-0a1b2c3d4e"


def _action(identifier: str, invocation: dict[str, Any]) -> dict[str, Any]:
    return {
        "identifier": identifier,
        "title": identifier.title(),
        "trigger": {
            "type": "self-service",
            "operation": "DAY-2",
            "blueprintIdentifier": "service",
            "userInputs": {"properties": {}, "required": []},
        },
        "invocationMethod": invocation,
    }


ACTIONS = [
    _action(
        "call-api",
        {
            "type": "WEBHOOK",
            "url": "https://example.com/hook",
            "headers": {
                "X-Api-Key": API_KEY,
                "X-Auth-Token": AUTH_TOKEN,
                "Authorization": "Bearer {{ .secrets.deploy_token }}",
                "X-Team": "platform",
            },
        },
    ),
    _action(
        "pipeline",
        {
            "type": "GITLAB",
            "projectName": "deployer",
            "groupName": "platform",
            "pipelineVariables": {"GITLAB_TOKEN": GITLAB_TOKEN, "env": "prod"},
        },
    ),
]
PLACED = [
    "actions/call-api: invocationMethod.headers.X-Api-Key",
    "actions/call-api: invocationMethod.headers.X-Auth-Token",
    "actions/pipeline: invocationMethod.pipelineVariables.GITLAB_TOKEN",
]


class Recorder(httpx.BaseTransport):
    """Over the simulator's transport: keeps every request body sent."""

    pyport_in_process = True  # it answers in-process: its http:// URL crosses no network

    def __init__(self, sim: PortSimulator) -> None:
        self.inner = sim.transport()
        self.bodies: list[bytes] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.bodies.append(request.read())
        return self.inner.handle_request(request)

    def close(self) -> None:
        self.inner.close()


def _recorded(sim: PortSimulator, recorder: Recorder) -> PortClient:
    return PortClient(
        client_id=sim.client_id,
        client_secret=sim.client_secret,
        base_url=sim.base_url,
        transport=recorder,
        retry=RetryPolicy(max_attempts=3, backoff_base=0, retry_after_max=0),
        throttle=Throttle(respect_rate_limit_headers=False),
        environ={},
    )


@pytest.fixture
def taken(tmp_path: Path) -> Path:
    with connect(make_sim()) as port:
        build_org(port, services=10, deployments=3)
        for action in ACTIONS:
            call_operation(port, "create_action", body=action)
        snapshot(port, tmp_path / "snap")
        snapshot(port, tmp_path / "snap", archive=True)
    return tmp_path


def _actions_file(root: Path) -> dict[str, Any]:
    return {a["identifier"]: a for a in json.loads((root / "actions.json").read_text())}


def test_a_snapshot_holds_placeholders_where_actions_have_secret_headers(taken: Path) -> None:
    root = taken / "snap"
    manifest = json.loads((root / "manifest.json").read_text())
    assert set(PLACED) <= set(manifest["redacted"])
    headers = _actions_file(root)["call-api"]["invocationMethod"]["headers"]
    assert headers == {
        "X-Api-Key": PLACEHOLDER,
        "X-Auth-Token": PLACEHOLDER,
        "Authorization": "Bearer {{ .secrets.deploy_token }}",
        "X-Team": "platform",
    }
    written = [p.read_bytes() for p in root.rglob("*") if p.is_file()]
    with tarfile.open(taken / "snap.tar.gz") as tar:
        written += [tar.extractfile(m).read() for m in tar.getmembers() if m.isfile()]  # type: ignore[union-attr]
    for data in written:
        for secret in (API_KEY, AUTH_TOKEN, GITLAB_TOKEN):
            assert secret.encode() not in data


@pytest.mark.parametrize("source", ["snap", "snap.tar.gz"])
def test_a_restore_into_a_new_organization_leaves_secret_headers_out_and_says_so(
    taken: Path, source: str
) -> None:
    fresh = make_sim(seed=4)
    recorder = Recorder(fresh)
    with _recorded(fresh, recorder) as port:
        planned = restore(port, taken / source, dry_run=True)
        assert set(PLACED) <= set(planned.plan.secrets_left_out)
        assert "secrets left out" in planned.to_text()
        assert "actions/call-api: invocationMethod.headers.X-Api-Key" in planned.to_text()
        report = restore(port, taken / source)
        assert report.plan.secrets_left_out == planned.plan.secrets_left_out
        created = port.actions.get("call-api").to_dict()
        pipeline = port.actions.get("pipeline").to_dict()
        # A run of this action fails at the receiving end rather than sending a placeholder.
        assert created["invocationMethod"]["headers"] == {
            "Authorization": "Bearer {{ .secrets.deploy_token }}",
            "X-Team": "platform",
        }
        assert pipeline["invocationMethod"]["pipelineVariables"] == {"env": "prod"}
        # Running it again changes nothing: what cannot be restored is not retried.
        assert restore(port, taken / source).plan.writes == 0
    assert recorder.bodies
    assert not [b for b in recorder.bodies if PLACEHOLDER.encode() in b]


def test_a_restore_keeps_the_secret_headers_the_target_holds(taken: Path) -> None:
    sim = make_sim(seed=6)
    recorder = Recorder(sim)
    with _recorded(sim, recorder) as port:
        build_org(port, services=10, deployments=3)
        for action in ACTIONS:
            call_operation(port, "create_action", body=action)
        call_operation(port, "replace_action", "call-api", body={**ACTIONS[0], "title": "Renamed"})
        plan = restore(port, taken / "snap", dry_run=True).plan
        assert plan.kinds["actions"].update == ["call-api"]
        assert plan.secrets_left_out == []  # the target holds every secret the snapshot lacks
        report = restore(port, taken / "snap")
        assert report.applied["actions"]["update"] == 1
        action = port.actions.get("call-api").to_dict()
    assert action["title"] == "Call-Api"
    # The action was rewritten whole (PUT), with the values Port held, never the placeholder.
    assert action["invocationMethod"]["headers"]["X-Api-Key"] == API_KEY
    assert action["invocationMethod"]["headers"]["X-Auth-Token"] == AUTH_TOKEN
    assert not [b for b in recorder.bodies if PLACEHOLDER.encode() in b]


# --- permissions ---------------------------------------------------------------------------------


@pytest.fixture(params=[0o022, 0o000], ids=["umask-022", "umask-000"])
def umask(request: pytest.FixtureRequest) -> Iterator[int]:
    previous = os.umask(request.param)
    try:
        yield request.param
    finally:
        os.umask(previous)


def _mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_snapshots_archives_and_journals_are_private_whatever_the_umask(
    tmp_path: Path, umask: int
) -> None:
    sim = make_sim()
    with connect(sim) as port:
        build_org(port, services=10, deployments=3)
        snapshot(port, tmp_path / "new" / "nested" / "snap")
        snapshot(port, tmp_path / "new" / "one", archive=True)
        state = tmp_path / "restore.state"
        restore(port, tmp_path / "new" / "nested" / "snap", state_file=state)
    root = tmp_path / "new" / "nested" / "snap"
    folders = [tmp_path / "new", tmp_path / "new" / "nested", root, root / "entities"]
    files = [p for p in root.rglob("*") if p.is_file()]
    assert len(files) > 10
    assert {str(p.relative_to(tmp_path)): _mode(p) for p in folders} == {
        str(p.relative_to(tmp_path)): 0o700 for p in folders
    }
    assert {p.name: _mode(p) for p in files} == {p.name: 0o600 for p in files}
    archive = tmp_path / "new" / "one.tar.gz"
    assert _mode(archive) == 0o600
    with tarfile.open(archive) as tar:
        assert {m.name: m.mode for m in tar.getmembers()} == {
            m.name: 0o600 for m in tar.getmembers()
        }
    assert _mode(state) == 0o600
    assert json.loads(state.read_text())["complete"] is True
    # Nothing else was left beside them (scratch folders, .partial files, journal .tmp).
    assert sorted(p.name for p in (tmp_path / "new").iterdir()) == ["nested", "one.tar.gz"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["new", "restore.state"]


def _as_format_1(root: Path) -> None:
    """Rewrite a snapshot the way pyport wrote format 1: secret fields left out, not placeheld."""

    def drop(value: Any) -> Any:
        if isinstance(value, dict):
            return {k: drop(v) for k, v in value.items() if v != PLACEHOLDER}
        if isinstance(value, list):
            return [drop(v) for v in value]
        return value

    manifest = json.loads((root / "manifest.json").read_text())
    for entry in manifest["files"]:
        if entry["path"].endswith(".json"):
            raw = (json.dumps(drop(json.loads((root / entry["path"]).read_text()))) + "\n").encode()
            (root / entry["path"]).write_bytes(raw)
            entry["bytes"], entry["sha256"] = len(raw), hashlib.sha256(raw).hexdigest()
    manifest["formatVersion"] = 1
    (root / "manifest.json").write_text(json.dumps(manifest))


def test_a_format_1_snapshot_keeps_the_secrets_the_target_holds(taken: Path) -> None:
    old = taken / "snap"
    _as_format_1(old)
    assert PLACEHOLDER not in (old / "actions.json").read_text()
    sim = make_sim(seed=8)
    recorder = Recorder(sim)
    with _recorded(sim, recorder) as port:
        build_org(port, services=10, deployments=3)
        for action in ACTIONS:
            call_operation(port, "create_action", body=action)
        call_operation(port, "replace_action", "call-api", body={**ACTIONS[0], "title": "Renamed"})
        port.webhooks.update("github", title="Renamed")
        report = restore(port, old)
        assert report.applied["actions"]["update"] == 1
        assert report.applied["webhooks"]["update"] == 1
        assert report.plan.secrets_left_out == []
        headers = port.actions.get("call-api").to_dict()["invocationMethod"]["headers"]
    # Left out of the old snapshot, yet not deleted from Port by the restore.
    assert headers["X-Api-Key"] == API_KEY
    assert headers["X-Auth-Token"] == AUTH_TOKEN
    hook = sim.handle("GET", "/v1/webhooks/github").json["integration"]
    assert hook["title"] == "GitHub"
    assert hook["security"]["secret"] == "wh-signing-secret-5f1a"
    assert not [b for b in recorder.bodies if PLACEHOLDER.encode() in b]
