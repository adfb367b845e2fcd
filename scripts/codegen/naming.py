"""Operation names: Port's summaries → verb_object operationIds, with an override table.

The rule (tested in tests/test_codegen_naming.py):
- the summary's leading verb phrase maps to a verb (`Get all` → `list`, `Change` → `replace`, …);
- the rest is the object: articles and noise words dropped, possessives joined
  (`a blueprint's entities` → `blueprint_entities`), `X of/in/to a Y` turned round to `Y_X`,
  `action/automation` reduced to its first alternative, a parenthetical appended;
- `Get` with a bare plural object ("Get audit logs") lists, like `Get all`;
- a summary with no known verb (Port's deprecated routes say only "This route is deprecated…")
  is named from the method and the path's nouns instead: GET /v1/blueprints/{bp}/actions →
  `list_blueprint_actions`;
- `overrides` in openapi/operations.yaml wins over both, keyed by "METHOD /path".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

RULES_PATH = Path(__file__).resolve().parents[2] / "openapi" / "operations.yaml"
_METHOD_VERBS = {
    "get": "get",
    "post": "create",
    "put": "replace",
    "patch": "update",
    "delete": "delete",
}


@dataclass(frozen=True)
class NamingRules:
    overrides: dict[str, str]
    tags: dict[str, str]
    verbs: dict[str, str]
    noise_words: frozenset[str]
    noise_phrases: tuple[str, ...]
    reference_url: str
    _verb_order: tuple[str, ...] = field(default=())

    @classmethod
    def load(cls, path: Path = RULES_PATH) -> NamingRules:
        data: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
        verbs = {str(k).lower(): str(v) for k, v in data["verbs"].items()}
        return cls(
            overrides={str(k): str(v) for k, v in data.get("overrides", {}).items()},
            tags={str(k): str(v) for k, v in data.get("tags", {}).items()},
            verbs=verbs,
            noise_words=frozenset(data.get("noise_words", [])),
            noise_phrases=tuple(data.get("noise_phrases", [])),
            reference_url=str(data["reference_url"]),
            # Longest phrase first, so that "get all" wins over "get".
            _verb_order=tuple(sorted(verbs, key=lambda v: (-len(v.split()), v))),
        )

    def tag_name(self, tag: str) -> str:
        return self.tags.get(tag) or snake(tag)

    def reference_link(self, summary: str) -> str:
        return self.reference_url.format(slug=kebab(summary))

    def operation_id(self, method: str, path: str, summary: str) -> str:
        key = f"{method.upper()} {path}"
        if key in self.overrides:
            return self.overrides[key]
        return self._from_summary(summary) or self._from_path(method, path)

    def disambiguate(self, method: str, name: str) -> str:
        """`name` with its verb replaced by the method's (`update_x` for a PUT → `replace_x`)."""
        verb = _METHOD_VERBS.get(method.lower())
        known = sorted(set(self.verbs.values()), key=len, reverse=True)
        current = next((v for v in known if name.startswith(v + "_")), None)
        if verb is None or current is None or current == verb:
            return name
        return verb + name[len(current) :]

    def from_path(self, method: str, path: str) -> str:
        return self._from_path(method, path)

    def _from_summary(self, summary: str) -> str | None:
        text = summary.strip().rstrip(".").lower()
        for phrase in self.noise_phrases:
            text = text.replace(phrase, " ")
        parenthetical = ""
        if match := re.search(r"\(([^)]*)\)", text):
            parenthetical = match.group(1)
            text = text[: match.start()] + text[match.end() :]
        verb = next((v for v in self._verb_order if text == v or text.startswith(v + " ")), None)
        if verb is None:
            return None
        obj = text[len(verb) :].strip()
        # "entities of a blueprint" → "blueprint entities"; likewise "in" and "to".
        if match := re.fullmatch(r"(.+?) (?:of|in|to) (.+)", obj):
            obj = f"{match.group(2)} {match.group(1)}"
        obj = re.sub(r"/\w+", "", obj)  # "action/automation" → "action"
        obj = re.sub(r"'s\b|s'(?=\s|$)", lambda m: "" if m.group(0) == "'s" else "s", obj)
        words = [w for w in re.split(r"[^a-z0-9]+", obj) if w and w not in self.noise_words]
        if parenthetical:
            words += [w for w in re.split(r"[^a-z0-9]+", parenthetical) if w]
        if not words:
            return None
        verb_name = self.verbs[verb]
        # "Get audit logs" (a bare plural, no article) lists, as "Get all …" does.
        if verb_name == "get" and not re.match(r"(a|an|the) ", obj) and words[-1].endswith("s"):
            verb_name = self.verbs.get("get all", verb_name)
        return "_".join([verb_name, *words])

    def _from_path(self, method: str, path: str) -> str:
        segments = [s for s in path.strip("/").split("/") if s and s != "v1"]
        nouns: list[str] = []
        for index, segment in enumerate(segments):
            if segment.startswith("{"):
                continue
            followed_by_param = index + 1 < len(segments) and segments[index + 1].startswith("{")
            is_collection_get = method.lower() == "get" and index == len(segments) - 1
            keep_plural = is_collection_get or (method.lower() == "put" and not followed_by_param)
            nouns.append(snake(segment) if keep_plural else singular(snake(segment)))
        last_is_param = bool(segments) and segments[-1].startswith("{")
        verb = _METHOD_VERBS.get(method.lower(), method.lower())
        if method.lower() == "get" and not last_is_param:
            verb = "list"
        return "_".join([verb, *nouns])


def snake(text: str) -> str:
    return "_".join(w for w in re.split(r"[^a-z0-9]+", text.lower()) if w)


def kebab(text: str) -> str:
    # The slugs of Port's API reference drop apostrophes before splitting on other punctuation.
    return "-".join(w for w in re.split(r"[^a-z0-9]+", text.lower().replace("'", "")) if w)


def singular(word: str) -> str:
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("sses", "shes", "ches", "xes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word
