"""The invocation Port sends to an action's webhook, typed and lenient.

Two shapes reach a webhook (sources: port-docs `create-self-service-experiences/setup-the-backend`
for the trigger data, port-labs/port-agent's test fixtures for the earlier run message):

- the trigger data of current actions, sent whole when the action defines no payload of its own:
  `{"action": {"identifier", "blueprint", "encryptedProperties"}, "inputs": {...}, "entity":
  {...}, "trigger": {"by": {"orgId", "userId", "user": {"email", ...}}, "origin", "at",
  "operation"}, "run": {"id"}, "event": null}`;
- the run message of earlier actions (and of the agent): `{"action": "<identifier>", "context":
  {"runId", "blueprint", "entity"}, "payload": {"entity", "action": {"identifier", "trigger":
  "DAY-2", ...}, "properties": {...}}, "trigger": {...}}`.

A payload the action's author wrote (`invocationMethod.body`) can be anything; the run id is then
looked for where Port's examples put it (`port_context.runId`, `port_context.run_id`, `runId`).
Unknown fields are kept in `raw` and never rejected.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

__all__ = ["ActionInvocation", "Operation", "TriggeredBy", "parse_invocation"]

Operation = Literal["CREATE", "DAY-2", "DELETE"]
"""What the action does to its entity, as Port names it (a str otherwise, kept as sent)."""


@dataclass(frozen=True)
class TriggeredBy:
    """Who ran the action, and from where."""

    user_id: str | None = None
    user_email: str | None = None
    org_id: str | None = None
    origin: str | None = None
    """`UI`, `API`, `AUTOMATION`, ... as Port sent it."""
    at: str | None = None
    """When, as Port's ISO 8601 string."""


@dataclass(frozen=True)
class ActionInvocation:
    """One invocation of a self-service action: what ran, on what, with which inputs.

    `raw` is the whole body as sent. repr() shows the identifiers only: inputs may be private.
    """

    run_id: str | None
    action: str | None
    """The action's identifier."""
    operation: str | None
    """`CREATE`, `DAY-2` or `DELETE` (see `Operation`), or None when the body does not say."""
    blueprint: str | None
    entity_identifier: str | None
    entity: Mapping[str, Any] | None = field(default=None, repr=False)
    """The entity the action runs on (DAY-2, DELETE), as Port sent it; None for CREATE."""
    inputs: Mapping[str, Any] = field(default_factory=dict, repr=False)
    """The user's inputs; secret ones are still encrypted (see `decrypt_secret_input`)."""
    encrypted_inputs: tuple[str, ...] = ()
    """Names of the inputs Port encrypted."""
    trigger: TriggeredBy = field(default_factory=TriggeredBy, repr=False)
    raw: Mapping[str, Any] = field(default_factory=dict, repr=False)


def _is_object(value: Any) -> bool:
    # dict first: decoded JSON always is one, and the Mapping ABC check costs ten times more.
    return isinstance(value, dict) or (value is not None and isinstance(value, Mapping))


def _dig(data: Any, *path: str) -> Any:
    for key in path:
        if not _is_object(data):
            return None
        data = data.get(key)
    return data


def _text(*values: Any) -> str | None:
    for value in values:
        if isinstance(value, str) and value:
            return value
    return None


def _mapping(*values: Any) -> Mapping[str, Any] | None:
    for value in values:
        if value and _is_object(value):
            return value  # type: ignore[no-any-return]
    return None


def parse_invocation(data: Mapping[str, Any]) -> ActionInvocation:
    """Build an `ActionInvocation` from a decoded body; any JSON object is accepted."""
    action = data.get("action")
    legacy_action = _dig(data, "payload", "action")
    entity = _mapping(data.get("entity"), _dig(data, "payload", "entity"))
    inputs = _mapping(
        data.get("inputs"), _dig(data, "payload", "properties"), data.get("properties")
    )
    encrypted = _dig(action, "encryptedProperties")
    trigger = data.get("trigger")
    return ActionInvocation(
        run_id=_text(
            _dig(data, "run", "id"),
            _dig(data, "context", "runId"),
            _dig(data, "port_context", "runId"),
            _dig(data, "port_context", "run_id"),
            data.get("runId"),
            data.get("run_id"),
        ),
        action=_text(_dig(action, "identifier"), _dig(legacy_action, "identifier"), action),
        operation=_text(
            _dig(trigger, "operation"),
            _dig(action, "trigger", "operation"),
            _dig(legacy_action, "trigger"),
        ),
        blueprint=_text(
            _dig(action, "blueprint"),
            _dig(data, "context", "blueprint"),
            _dig(legacy_action, "blueprint"),
            _dig(entity, "blueprint"),
        ),
        entity_identifier=_text(_dig(entity, "identifier"), _dig(data, "context", "entity")),
        entity=entity,
        inputs=dict(inputs) if inputs is not None else {},
        encrypted_inputs=tuple(x for x in encrypted if isinstance(x, str))
        if isinstance(encrypted, list)
        else (),
        trigger=TriggeredBy(
            user_id=_text(_dig(trigger, "by", "userId")),
            user_email=_text(_dig(trigger, "by", "user", "email")),
            org_id=_text(_dig(trigger, "by", "orgId")),
            origin=_text(_dig(trigger, "origin")),
            at=_text(_dig(trigger, "at")),
        ),
        raw=data,
    )
