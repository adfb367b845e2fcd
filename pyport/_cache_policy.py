"""What the response cache may keep and for how long, and what each write evicts: two tables
keyed by Port's operation ids, and the checks of the per-call options.

Pure data and a few functions (no I/O), so the tables read like the README's. A test walks every
operation of `pyport._resources._operations.OPERATIONS`: a new one missing from these tables
fails it, so a new Port route gets a caching rule someone chose.
"""

from __future__ import annotations

import contextlib
import contextvars
import math
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any
from urllib.parse import quote, unquote

MINUTES_5 = 300.0

# --- reads: operation id → group ------------------------------------------------------------------

READ_GROUPS: dict[str, str] = {
    # configuration: changes rarely, read over and over by tooling → cached by default
    "list_blueprints": "blueprints",
    "get_blueprint": "blueprints",
    "get_blueprint_permissions": "blueprints",
    "list_actions": "actions",
    "get_action": "actions",
    "get_action_permissions": "actions",
    "list_blueprint_actions": "actions",
    "get_blueprint_action": "actions",
    "list_scorecards": "scorecards",
    "list_blueprint_scorecards": "scorecards",
    "get_scorecard": "scorecards",
    "list_pages": "pages",
    "get_page": "pages",
    "get_page_permissions": "pages",
    "list_teams": "teams",
    "get_team": "teams",
    "list_users": "users",
    "get_user": "users",
    # data: written by integrations behind our back → only when asked
    "list_blueprint_entities": "entities",
    "get_entity": "entities",
    "get_blueprint_entity_count": "entities",
    "search_blueprint_entities": "searches",  # POST: the body is part of the key
    "search_entities": "searches",
    "aggregate_entities": "searches",
    "aggregate_entities_over_time": "searches",
    "get_entity_properties_history": "searches",
    # the rest of the configuration → only when asked
    "list_webhooks": "other",
    "get_webhook": "other",
    "list_webhooks_metadata": "other",
    "list_integrations": "other",
    "get_integration": "other",
    "list_integrations_metadata": "other",
    "get_integration_metrics_and_sync_status": "other",
    "get_integration_sync": "other",
    "get_organization": "other",
    "get_monthly_ai_invocations_quota_usage": "other",
    # never: progress that moves (runs, logs, migrations, AI invocations), records (audit
    # log), and answers that carry credentials (secrets, apps, LLM provider keys)
    "list_action_runs": "runs",
    "get_action_run": "runs",
    "list_action_run_approvers": "runs",
    "list_action_run_logs": "logs",
    "list_integration_logs": "logs",
    "list_audit_logs": "audit_log",
    "list_migrations": "migrations",
    "get_migration": "migrations",
    "get_invocation_result": "ai",
    "get_latest_auto_discovery_invocation_for_blueprint": "ai",
    "list_auto_discovery_invocation_suggestions": "ai",
    "list_organization_secrets": "secrets",
    "get_organization_secret": "secrets",
    "list_apps": "secrets",
    "list_configured_llm_providers": "secrets",
    "get_specific_provider_configuration": "secrets",
    "get_default_llm_provider_and_model": "secrets",
}

# Seconds an answer stays fresh, by group; None: not cached unless asked (`Cache(ttls=...)`,
# or `cache=True` / `ttl=` on the call).
DEFAULT_TTLS: dict[str, float | None] = {
    "blueprints": MINUTES_5,
    "actions": MINUTES_5,
    "scorecards": MINUTES_5,
    "pages": MINUTES_5,
    "teams": MINUTES_5,
    "users": MINUTES_5,
    "entities": None,
    "searches": None,
    "other": None,
}
# Never cached, whatever is asked. `auth` is the token exchange (a POST, and a credential).
NEVER = frozenset(
    {"auth", "runs", "logs", "audit_log", "migrations", "ai", "secrets"},
)

# --- writes: operation id → what it can have changed ----------------------------------------------
# Path patterns of cached reads, `{name}` filled from the write's own path: `/**` is the subtree
# (the path itself included), `*` any one segment, anything else exact.

# An entity write also changes other blueprints' entities: their mirror, calculation and
# aggregation properties read it through relations. So every entity read and search goes.
_ENTITY_READS = (
    "/v1/blueprints/*/entities/**",
    "/v1/blueprints/*/entities-count",
    "/v1/entities/**",
)
# A blueprint write changes the blueprint, its entities, the actions and scorecards on it, and
# other blueprints (relations, mirror properties naming its properties): all of them go.
_BLUEPRINT_WRITE = ("/v1/blueprints/**", "/v1/actions/**", "/v1/scorecards", "/v1/entities/**")
_ACTION_WRITE = ("/v1/actions/**", "/v1/blueprints/*/actions/**")
_SCORECARD_WRITE = (
    "/v1/scorecards",
    "/v1/blueprints/{blueprint_identifier}/scorecards/**",
    *_ENTITY_READS,  # an entity's scorecard levels are part of it
)
_TEAM_WRITE = ("/v1/teams/**", "/v1/users/**", *_ENTITY_READS)  # members; entities' $team
_USER_WRITE = ("/v1/users/**", "/v1/teams/**")  # a team lists its users
_NOTHING_CACHED: tuple[str, ...] = ()  # runs, logs, tokens, invocations: never cached

EVICTIONS: dict[str, tuple[str, ...]] = {
    "create_blueprint": _BLUEPRINT_WRITE,
    "replace_blueprint": _BLUEPRINT_WRITE,
    "update_blueprint": _BLUEPRINT_WRITE,
    "delete_blueprint": _BLUEPRINT_WRITE,
    "rename_blueprint_property": _BLUEPRINT_WRITE,
    "rename_blueprint_mirror_property": _BLUEPRINT_WRITE,
    "rename_blueprint_relation": _BLUEPRINT_WRITE,
    "update_blueprint_permissions": _BLUEPRINT_WRITE,  # who may read its entities changes
    "create_entity": _ENTITY_READS,  # also create_missing_related_entities elsewhere
    "replace_entity": _ENTITY_READS,
    "update_entity": _ENTITY_READS,
    "delete_entity": _ENTITY_READS,
    "bulk_create_entities": _ENTITY_READS,
    "bulk_delete_entities": _ENTITY_READS,
    "delete_all_blueprint_entities": _BLUEPRINT_WRITE,  # delete_blueprint=true drops it too
    "create_action": _ACTION_WRITE,
    "replace_action": _ACTION_WRITE,
    "delete_action": _ACTION_WRITE,
    "update_action_permissions": _ACTION_WRITE,
    "create_blueprint_action": _ACTION_WRITE,
    "replace_blueprint_actions": _ACTION_WRITE,
    "replace_blueprint_action": _ACTION_WRITE,
    "delete_blueprint_action": _ACTION_WRITE,
    # A run's own effects (entities an automation writes) happen later, in Port: nothing
    # cached can be evicted for them now, which is why entities are not cached by default.
    "run_action": _NOTHING_CACHED,
    "update_action_run": _NOTHING_CACHED,
    "approve_action_run": _NOTHING_CACHED,
    "add_action_run_log": _NOTHING_CACHED,
    "create_scorecard": _SCORECARD_WRITE,
    "replace_blueprint_scorecards": _SCORECARD_WRITE,
    "replace_scorecard": _SCORECARD_WRITE,
    "delete_scorecard": _SCORECARD_WRITE,
    "create_team": _TEAM_WRITE,
    "update_team": _TEAM_WRITE,
    "replace_team": _TEAM_WRITE,
    "delete_team": _TEAM_WRITE,
    "invite_user": _USER_WRITE,
    "update_user": _USER_WRITE,
    "delete_user": _USER_WRITE,
    "rotate_user_credentials": ("/v1/users/{user_email}",),  # its record, not the lists
    "create_page": ("/v1/pages/**",),
    "update_page": ("/v1/pages/**",),
    "delete_page": ("/v1/pages/**",),
    "create_page_widget": ("/v1/pages/**",),
    "update_page_widget": ("/v1/pages/**",),
    "delete_page_widget": ("/v1/pages/**",),
    "update_page_permissions": ("/v1/pages/**",),
    "create_webhook": ("/v1/webhooks/**",),
    "update_webhook": ("/v1/webhooks/**",),
    "replace_webhook": ("/v1/webhooks/**",),
    "delete_webhook": ("/v1/webhooks/**",),
    "update_integration": ("/v1/integration/**",),
    "update_integration_config": ("/v1/integration/**",),
    "delete_integration": ("/v1/integration/**", *_ENTITY_READS),  # may delete its entities
    "replace_organization": ("/v1/organization/**",),
    "update_organization": ("/v1/organization/**",),
    "create_organization_secret": ("/v1/organization/**",),
    "update_organization_secret": ("/v1/organization/**",),
    "delete_organization_secret": ("/v1/organization/**",),
    # A migration rewrites entities' values; it runs on in Port after the call returns.
    "create_migration": _ENTITY_READS,
    "cancel_migration": _ENTITY_READS,
    "rename_app": ("/v1/apps/**",),
    "rotate_app_secret": ("/v1/apps/**",),
    "delete_app": ("/v1/apps/**",),
    "create_access_token": _NOTHING_CACHED,
    "create_ai_invoke": _NOTHING_CACHED,
    "create_agent_invoke": _NOTHING_CACHED,
    "create_auto_discovery_invocation": ("/v1/ai/**",),
    "create_ai_entities_auto_discovery_review": ("/v1/ai/**", *_ENTITY_READS),  # creates them
    "update_auto_discovery_invocation_suggestion": ("/v1/ai/**",),
    "create_or_connect_llm_provider": ("/v1/llm-providers/**",),
    "replace_specific_provider_configuration": ("/v1/llm-providers/**",),
    "delete_specific_provider_configuration": ("/v1/llm-providers/**",),
    "replace_default_llm_provider_and_model": ("/v1/llm-providers/**",),
}
# A write the tables do not know (a route added since, `port.request(...)` to an unknown path):
# it can have changed anything.
EVERYTHING = ("/**",)


# --- patterns -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Pattern:
    """Cached paths a write or `invalidate()` covers: segments (`*` any one), and whether the
    subtree below them goes too."""

    segments: tuple[str, ...]
    subtree: bool

    @classmethod
    def parse(cls, text: str) -> Pattern:
        subtree = text == "/**" or text.endswith("/**")
        body = text[: -len("/**")] if subtree else text
        parts = tuple(p for p in body.split("/") if p)
        return cls(parts, subtree)

    def matches(self, path: str) -> bool:
        parts = path.split("?", 1)[0].strip("/").split("/") if path.strip("/") else []
        if len(parts) < len(self.segments) or (
            not self.subtree and len(parts) != len(self.segments)
        ):
            return False
        return all(want in ("*", have) for want, have in zip(self.segments, parts, strict=False))

    def __str__(self) -> str:
        text = "/" + "/".join(self.segments)
        return (text.rstrip("/") + "/**") if self.subtree else text


def user_prefix(prefix: object) -> Pattern:
    """`cache.invalidate(prefix)`'s argument as a subtree pattern; segments percent-encoded as
    the cache keeps them, whether or not they came encoded."""
    if not isinstance(prefix, str) or not prefix.startswith("/"):
        raise ValueError(
            f"invalidate() takes a path prefix starting with '/' (e.g. '/v1/blueprints/service'),"
            f" not {prefix!r}"
        )
    text = prefix[: -len("/**")] if prefix.endswith("/**") else prefix
    segments = tuple(p if p == "*" else quote(unquote(p), safe="") for p in text.split("/") if p)
    return Pattern(segments, True)


@lru_cache(maxsize=256)
def _compiled(template: str) -> re.Pattern[str]:
    parts = re.split(r"(\{[^}]+\})", template)
    regex = "".join(
        f"(?P<p{i}>[^/]+)" if part.startswith("{") else re.escape(part)
        for i, part in enumerate(parts)
    )
    return re.compile(regex + r"/?")


def _names(template: str) -> list[str]:
    return re.findall(r"\{([^}]+)\}", template)


@lru_cache(maxsize=1)
def _routes() -> list[tuple[str, str, str]]:
    from pyport._resources._operations import OPERATIONS

    # Fixed segments before parameters: `/v1/webhooks/metadata` before `/v1/webhooks/{id}`.
    rows = [(method, template, op) for op, (method, template, _, _) in OPERATIONS.items()]
    return sorted(rows, key=lambda r: (r[1].count("{"), -len(r[1])))


def operation_of(method: str, path: str) -> str | None:
    """The operation a request to `path` (percent-encoded, relative to the base URL) is."""
    for route_method, template, operation in _routes():
        if route_method == method and _compiled(template).fullmatch(path):
            return operation
    return None


def is_read(operation: str | None, method: str) -> bool:
    if operation is None:
        return method in ("GET", "HEAD", "OPTIONS")
    return operation in READ_GROUPS


def evictions(operation: str | None, method: str, path: str) -> list[Pattern]:
    """The patterns a write to `path` evicts (everything, for a write the tables lack)."""
    if operation is None:
        operation = operation_of(method, path)
    rules = EVICTIONS.get(operation) if operation is not None else None
    if operation is None or rules is None:
        return [Pattern.parse(p) for p in EVERYTHING]
    from pyport._resources._operations import OPERATIONS

    template = OPERATIONS[operation][1]
    found = _compiled(template).fullmatch(path)
    values: dict[str, str] = {}
    if found is not None:
        values = {name: found.group(f"p{i * 2 + 1}") for i, name in enumerate(_names(template))}
    patterns = []
    for rule in rules:
        filled = rule
        for name, value in values.items():
            filled = filled.replace("{" + name + "}", value)
        # A placeholder left unfilled (the path did not match its template) widens to `*`.
        patterns.append(Pattern.parse(re.sub(r"\{[^}]+\}", "*", filled)))
    return patterns


# --- options --------------------------------------------------------------------------------------


def check_ttl(ttl: object, *, what: str) -> float:
    """Seconds, finite and not negative (0: not cached); anything else a clear error."""
    if isinstance(ttl, bool) or not isinstance(ttl, int | float):
        raise TypeError(f"{what} must be a number of seconds, not {type(ttl).__name__}")
    if math.isnan(ttl) or math.isinf(ttl) or ttl < 0:
        raise ValueError(f"{what} must be a finite number of seconds, 0 or more, not {ttl!r}")
    return float(ttl)


def check_ttls(ttls: Mapping[str, float | None] | None) -> dict[str, float | None]:
    """`Cache(ttls=...)` merged over the defaults; an unknown or never-cached group is an error."""
    merged = dict(DEFAULT_TTLS)
    if ttls is None:
        return merged
    if not isinstance(ttls, Mapping):
        raise TypeError(f"ttls must be a mapping of group to seconds, not {type(ttls).__name__}")
    for group, ttl in ttls.items():
        if group in NEVER:
            raise ValueError(f"{group!r} answers are never cached (groups that can be: {_known()})")
        if group not in DEFAULT_TTLS:
            raise ValueError(f"ttls has an unknown group {group!r} (known: {_known()})")
        merged[group] = None if ttl is None else check_ttl(ttl, what=f"ttls[{group!r}]") or None
    return merged


def _known() -> str:
    return ", ".join(DEFAULT_TTLS)


def call_ttl(
    operation: str,
    *,
    cache: object,
    ttl: object,
    ttls: Mapping[str, float | None],
    default_ttl: float,
    given: Any,
) -> float:
    """How long this call's answer may be kept: 0 when it is not cached.

    `given(x)` says whether a per-call option was passed (not NOT_GIVEN).
    """
    group = READ_GROUPS.get(operation)
    asked_cache, asked_ttl = given(cache), given(ttl)
    if asked_cache and not isinstance(cache, bool):
        raise TypeError(f"cache= takes True or False, not {type(cache).__name__}")
    seconds = check_ttl(ttl, what="ttl") if asked_ttl else None
    if asked_cache and cache is False and seconds:
        raise ValueError("cache=False and a ttl= contradict each other: pass one")
    if (asked_cache or asked_ttl) and group is None:
        raise ValueError(f"cache= and ttl= apply to reads; {operation} is a write")
    if group is None or (asked_cache and cache is False):
        return 0.0
    if group in NEVER and ((asked_cache and cache) or seconds):
        raise ValueError(f"{operation} is never cached ({group} answers are never kept)")
    if group in NEVER:
        return 0.0
    if seconds is not None:
        return seconds
    default = ttls.get(group)
    if default is None and asked_cache and cache:
        return default_ttl
    return default or 0.0


# --- fresh reads ----------------------------------------------------------------------------------

# Set while the answers must come from Port, not the cache (the checks a write decides on):
# lookups are skipped, and what Port answers refills the cache.
_fresh_reads: contextvars.ContextVar[bool] = contextvars.ContextVar(
    "pyport_cache_fresh_reads", default=False
)


@contextlib.contextmanager
def fresh_reads() -> Iterator[None]:
    """Within it, every read of this thread or task goes to Port; its answer refills the cache."""
    token = _fresh_reads.set(True)
    try:
        yield
    finally:
        _fresh_reads.reset(token)


def refreshing() -> bool:
    return _fresh_reads.get()


def describe(patterns: Sequence[Pattern]) -> str:
    return ", ".join(str(p) for p in patterns)
