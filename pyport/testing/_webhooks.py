"""The simulator's webhook deliveries: a signed POST for each run of a WEBHOOK action.

When a run starts (created without approval, or approved), the action's handler in
`_actions` queues an invocation on `State.outbox` under the engine's lock; the engine hands the
queue here once the lock is released, and one worker thread sends them in order, so a service
that reports back to the simulator while handling never waits on a lock the sender holds.

The body is Port's trigger data (port-docs `setup-the-backend`: action, inputs, entity,
trigger, run), signed with the organization's client secret as Port signs it; a
`invocationMethod.body` template is not rendered (no jq here). With `agent: true` it is signed
and sent as Port's execution agent does: signed over the compact JSON, sent with `json.dumps`'s
default separators. Inputs marked `encryption: aes256-gcm` are encrypted as Port does when
`cryptography` is installed. Only loopback URLs (127.0.0.0/8, ::1, localhost) are contacted:
anything else is refused and recorded. A delivery that fails (refused, unreachable, non-2xx)
adds a log to the run and ends it FAILURE, as Port does; a 2xx to a `synchronized` action ends
it SUCCESS.
"""

from __future__ import annotations

import copy
import ipaddress
import json
import threading
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import httpx

from pyport.testing._app import Engine, RawRequest
from pyport.testing._state import Json, State

WebhookSender = Callable[[str, Mapping[str, str], bytes], int]
"""(url, headers, body) -> the HTTP status the service answered."""

_TIMEOUT = 30.0


@dataclass(frozen=True)
class Delivery:
    """One invocation the simulator sent (or refused to send)."""

    run_id: str
    url: str
    status: int | None
    """The service's answer; None when nothing was answered."""
    error: str | None = None
    agent: bool = False


def invocation(state: State, action: Json, run: Json) -> Json | None:
    """The queued delivery for `run`, or None if the action is not a webhook with a URL."""
    method = action.get("invocationMethod")
    if not isinstance(method, dict) or str(method.get("type", "")).upper() != "WEBHOOK":
        return None
    url = method.get("url")
    if not isinstance(url, str) or not url:
        return None
    trigger = action.get("trigger") if isinstance(action.get("trigger"), dict) else {}
    assert isinstance(trigger, dict)
    inputs = copy.deepcopy(run.get("properties") or {})
    encrypted = _encrypt_inputs(state, trigger, inputs)
    entity: Json = {}
    ref = run.get("entity", {}).get("identifier")
    blueprint = run.get("blueprint", {}).get("identifier")
    if isinstance(ref, str) and isinstance(blueprint, str):
        table = state.tables.get(blueprint)
        if table is not None and ref in table.entities:
            entity = {**copy.deepcopy(table.entities[ref]), "blueprint": blueprint}
    body = {
        "action": {
            "identifier": action["identifier"],
            "blueprint": blueprint,
            "encryptedProperties": encrypted,
        },
        "inputs": inputs,
        "trigger": {
            "by": {"orgId": state.organization["id"], "userId": run["createdBy"]},
            "origin": run.get("source", "API"),
            "at": run["createdAt"],
            "operation": trigger.get("operation", "CREATE"),
        },
        "event": None,
        "entity": entity,
        "run": {"id": run["id"]},
    }
    return {
        "run_id": run["id"],
        "url": url,
        "agent": method.get("agent") in (True, "true"),
        "synchronized": method.get("synchronized") in (True, "true"),
        "body": body,
        "timestamp": int(state.now()),
    }


def _encrypt_inputs(state: State, trigger: Json, inputs: Json) -> list[str]:
    schema = trigger.get("userInputs", {}).get("properties", {})
    names = [
        name
        for name, spec in schema.items()
        if isinstance(spec, dict) and spec.get("encryption") == "aes256-gcm"
    ]
    names = [n for n in names if isinstance(inputs.get(n), str)]
    if not names:
        return []
    try:
        from pyport.webhooks import encrypt_secret_input

        for name in names:
            inputs[name] = encrypt_secret_input(inputs[name], state.auth.client_secret)
    except (ImportError, ValueError):  # no cryptography, or a secret shorter than the key
        return []
    return names


def is_loopback(url: str) -> bool:
    """Whether `url` is http(s) to a loopback address (no name is resolved but localhost)."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return False
    if parts.hostname == "localhost":
        return True
    try:
        return ipaddress.ip_address(parts.hostname).is_loopback
    except ValueError:
        return False


def _http_sender() -> WebhookSender:
    client = httpx.Client(timeout=_TIMEOUT, trust_env=False, follow_redirects=False)

    def send(url: str, headers: Mapping[str, str], body: bytes) -> int:
        return client.post(url, content=body, headers=dict(headers)).status_code

    return send


class Deliverer:
    """The queue and its worker thread (started when there is work, gone when there is none)."""

    def __init__(self, engine: Engine, sender: WebhookSender | None) -> None:
        self._engine = engine
        self._sender = sender
        self._queue: deque[Json] = deque()
        self._cond = threading.Condition()
        self._busy = False
        self.deliveries: list[Delivery] = []

    def enqueue(self, items: list[Json]) -> None:
        with self._cond:
            self._queue.extend(items)
            if not self._busy:
                self._busy = True
                threading.Thread(
                    target=self._work, name="port-simulator-webhooks", daemon=True
                ).start()

    def wait(self, timeout: float | None) -> bool:
        with self._cond:
            return self._cond.wait_for(lambda: not self._busy, timeout)

    def _work(self) -> None:
        while True:
            with self._cond:
                if not self._queue:
                    self._busy = False
                    self._cond.notify_all()
                    return
                item = self._queue.popleft()
            delivery = self._deliver(item)
            with self._cond:
                self.deliveries.append(delivery)

    def _deliver(self, item: Json) -> Delivery:
        from pyport.webhooks import sign

        run_id, url, agent = item["run_id"], item["url"], item["agent"]
        if not is_loopback(url):
            host = urlsplit(url).hostname or "?"
            error = f"refused: the simulator delivers to loopback addresses only, not {host}"
            self._fail(run_id, error)
            return Delivery(run_id, url, None, error, agent)
        payload = item["body"]
        if agent:
            body = json.dumps(payload).encode()
            signed = json.dumps(payload, separators=(",", ":")).encode()
        else:
            body = signed = json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode()
        headers = {
            **sign(signed, self._engine.state.auth.client_secret, item["timestamp"]),
            "content-type": "application/json",
        }
        if self._sender is None:
            self._sender = _http_sender()
        try:
            status = self._sender(url, headers, body)
        except Exception as error:  # the service is down, or its test client raised
            reason = f"not delivered: {type(error).__name__}"
            self._fail(run_id, reason)
            return Delivery(run_id, url, None, reason, agent)
        if not 200 <= status < 300:
            self._fail(run_id, f"the webhook answered {status}")
        elif item["synchronized"]:
            self._internal("PATCH", f"/v1/actions/runs/{run_id}", {"status": "SUCCESS"})
        return Delivery(run_id, url, status, None, agent)

    def _fail(self, run_id: str, reason: str) -> None:
        with self._engine.lock:
            run = self._engine.state.runs.get(run_id)
            if run is None or run["status"] != "IN_PROGRESS":
                return
        message = f"Webhook delivery failed: {reason}"
        self._internal(
            "POST",
            f"/v1/actions/runs/{run_id}/logs",
            {"message": message, "terminationStatus": "FAILURE"},
        )

    def _internal(self, method: str, path: str, body: Any) -> None:
        data = json.dumps(body).encode()
        self._engine.execute(RawRequest(method, path, "", {}, data), internal=True)
