"""Deliberate mistakes, each with a correct twin: what `mypy --strict` must catch on the surface.

Not a test module and not in the project's mypy run: tests/test_typing_mistakes.py runs mypy on
this file alone. A line marked `# expect: CODE [text]` must get mypy errors with that code (and
that text in the message) on that line and no others; the `# ok` line after it is its correct
twin and must pass, as must every unmarked line. Keep each marked call on one line.
"""

# fmt: off
# (the formatter would split the long marked lines, and mypy reports at a call's first line)
from __future__ import annotations

from pyport import PortClient


def mistakes(port: PortClient, run_id: str) -> None:
    # A misspelled body field.
    port.blueprints.create(identifer="svc", title="Svc", schema={"properties": {}})  # expect: call-overload "identifer"
    port.blueprints.create(identifier="svc", title="Svc", schema={"properties": {}})  # ok

    # A wrong enum string (the run's status is a Literal).
    port.action_runs.update(run_id, status="SUCESS")  # expect: call-overload "update" of "ActionRuns"
    port.action_runs.update(run_id, status="SUCCESS")  # ok

    # A missing required field (a blueprint needs a schema).
    port.blueprints.create(identifier="svc", title="Svc")  # expect: call-overload "create" of "Blueprints"
    port.blueprints.create(identifier="svc", title="Svc", schema={"properties": {}})  # ok

    # A wrong path parameter type.
    port.entities.get("svc", 42)  # expect: arg-type Argument 2 to "get" of "Entities"
    port.entities.get("svc", "42")  # ok

    # A misspelled TypedDict key in a nested body.
    port.blueprints.create(identifier="svc", title="Svc", schema={"propertys": {}})  # expect: call-overload "create" of "Blueprints"
    port.blueprints.create(identifier="svc", title="Svc", schema={"properties": {}})  # ok

    # Path parameters are positional only.
    port.entities.get(blueprint="svc", entity="checkout")  # expect: call-arg Unexpected keyword argument "blueprint"
    port.entities.get("svc", "checkout")  # ok

    # A field the returned model does not have: the call returns an Entity, not Any.
    print(port.entities.get("svc", "checkout").identifer)  # expect: attr-defined "Entity" has no attribute "identifer"
    print(port.entities.get("svc", "checkout").identifier)  # ok

    # An optional field used as if Port always sent it (fields Port always sends are plain types).
    print(port.blueprints.get("svc").description.upper())  # expect: union-attr Item "None" of "str | None" has no attribute "upper"
    print(port.entities.get("svc", "checkout").blueprint.upper())  # ok

    # A property definition's JSON Schema keyword, misspelled (`enum` is among those Port takes).
    port.blueprints.create(identifier="svc", title="Svc", schema={"properties": {"tier": {"type": "string", "enun": ["a"]}}})  # expect: call-overload "create" of "Blueprints"
    port.blueprints.create(identifier="svc", title="Svc", schema={"properties": {"tier": {"type": "string", "enum": ["a"]}}})  # ok

    # Cache options belong to the reads a response cache may keep, not to writes.
    port.blueprints.update("svc", title="Svc", ttl=30)  # expect: call-overload "update" of "Blueprints"
    port.blueprints.get("svc", ttl=30)  # ok

    # A delete returns nothing.
    print(port.entities.delete("svc", "checkout"))  # expect: func-returns-value "delete" of "Entities" does not return a value
    print(port.entities.get("svc", "checkout"))  # ok

    # A relation's value is an identifier (or a list of them), not a number.
    port.entities.create("svc", identifier="a", relations={"domain": 3})  # expect: dict-item
    port.entities.create("svc", identifier="a", relations={"domain": "payments"})  # ok

    # A search rule with an operator Port does not have.
    port.entities.search("svc", query={"combinator": "and", "rules": [{"property": "tier", "operator": "=<", "value": 2}]})  # expect: call-overload "search" of "Entities"
    port.entities.search("svc", query={"combinator": "and", "rules": [{"property": "tier", "operator": "<=", "value": 2}]})  # ok

    # A scorecard level without its required color.
    port.scorecards.create("svc", identifier="s", title="S", rules=[], levels=[{"title": "Gold"}])  # expect: typeddict-item Missing key "color" for TypedDict "LevelParam"
    port.scorecards.create("svc", identifier="s", title="S", rules=[], levels=[{"title": "Gold", "color": "gold"}])  # ok
