"""Normalization and naming rules on small hand-made specs: each defect kind, and bad input."""

from __future__ import annotations

from typing import Any

import pytest
from codegen import normalize as normalize_module
from codegen.hoist import pascal
from codegen.naming import NamingRules, kebab
from codegen.normalize import operations
from codegen.spec_io import SpecError, parse_spec


def normalize(doc: dict[str, Any]) -> normalize_module.Normalized:
    """Normalize without openapi/responses.yaml, so the specs here stay small."""
    return normalize_module.normalize(doc, supplement=None)


def _spec(paths: dict[str, Any], schemas: dict[str, Any] | None = None) -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": paths,
        "components": {"schemas": schemas or {}},
    }


def _ok(schema: dict[str, Any]) -> dict[str, Any]:
    return {"200": {"description": "x", "content": {"application/json": {"schema": schema}}}}


def _component(doc: dict[str, Any], ref_holder: dict[str, Any]) -> dict[str, Any]:
    name = ref_holder["$ref"].rsplit("/", 1)[-1]
    return doc["components"]["schemas"][name]


def test_yaml_is_read_as_yaml_12() -> None:
    doc = parse_spec(b"paths: {}\nops: [=, '!=', yes, on, true, 'null', 010]\n")
    assert doc["ops"] == ["=", "!=", "yes", "on", True, "null", 10]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "not an OpenAPI document"),
        (b"- a\n- b\n", "not an OpenAPI document"),
        (b"paths: [unclosed", "neither valid JSON nor YAML"),
        (b'{"paths": ', "neither valid JSON nor YAML"),
    ],
)
def test_bad_documents_raise_a_clear_error(content: bytes, message: str) -> None:
    with pytest.raises(SpecError, match=message):
        parse_spec(content, origin="spec.yaml")


def test_untyped_enums_consts_and_objects_get_types() -> None:
    schema = {
        "properties": {
            "ok": {"enum": [True]},
            "combinator": {"enum": ["and", "or"]},
            "kind": {"const": "webhook"},
            "size": {"enum": [1, 2.5]},
            "maybe": {"enum": ["a", None]},
        }
    }
    result = normalize(
        _spec({"/v1/things": {"get": {"summary": "Get all things", "responses": _ok(schema)}}})
    )
    strict = result.strict
    response = strict["paths"]["/v1/things"]["get"]["responses"]["200"]["content"][
        "application/json"
    ]["schema"]
    model = _component(strict, response)
    assert model["type"] == "object"
    props = model["properties"]
    assert props["ok"] == {"enum": [True], "type": "boolean"}  # strict keeps the validation
    assert _component(strict, props["combinator"]) == {"enum": ["and", "or"], "type": "string"}
    assert _component(strict, props["kind"])["enum"] == ["webhook"]
    assert props["size"]["type"] == "number"
    maybe, null = props["maybe"]["anyOf"]  # a nullable enum: the enum, or null
    assert _component(strict, maybe) == {"enum": ["a"], "type": "string"}
    assert null == {"type": "null"}
    gen_model = result.generator["components"]["schemas"][response["$ref"].rsplit("/", 1)[-1]]
    assert gen_model["properties"]["ok"] == {
        "type": "boolean"
    }  # no boolean enums for the generator


def test_undeclared_path_parameters_are_declared() -> None:
    doc = _spec(
        {
            "/v1/blueprints/{blueprint_identifier}/actions/{action_identifier}": {
                "get": {"summary": "Get an action", "responses": _ok({"type": "object"})}
            }
        }
    )
    op = operations(normalize(doc).strict)[0][2]
    params = {p["name"]: p for p in op["parameters"]}
    assert set(params) == {"blueprint_identifier", "action_identifier"}
    assert all(p["in"] == "path" and p["required"] for p in params.values())


def test_defaulted_query_parameters_are_optional() -> None:
    doc = _spec(
        {
            "/v1/x": {
                "post": {
                    "summary": "Create a thing",
                    "responses": _ok({"type": "object"}),
                    "parameters": [
                        {
                            "name": "upsert",
                            "in": "query",
                            "required": True,
                            "schema": {"type": "boolean", "default": False},
                        }
                    ],
                }
            }
        }
    )
    op = operations(normalize(doc).strict)[0][2]
    assert op["parameters"][0]["required"] is False


def test_identical_inline_shapes_become_one_component_whatever_their_prose() -> None:
    entity = {"type": "object", "properties": {"identifier": {"type": "string"}}}
    described = {**entity, "description": "Port prose", "title": "An entity"}
    doc = _spec(
        {
            "/v1/a": {
                "get": {
                    "summary": "Get an entity",
                    "responses": _ok({"type": "object", "properties": {"entity": entity}}),
                }
            },
            "/v1/b": {
                "get": {
                    "summary": "Get all entities",
                    "responses": _ok(
                        {
                            "type": "object",
                            "properties": {"entities": {"type": "array", "items": described}},
                        }
                    ),
                }
            },
        }
    )
    result = normalize(doc)
    schemas = result.strict["components"]["schemas"]  # the generator's Entity gains promised fields
    assert "Entity" in schemas
    assert sum(1 for s in schemas.values() if s.get("properties") == entity["properties"]) == 1
    schemas = result.generator["components"]["schemas"]
    assert "EntityResponse" in schemas
    assert "EntitiesResponse" in schemas


def test_prose_is_replaced_by_summary_and_reference_link() -> None:
    doc = _spec(
        {
            "/v1/blueprints": {
                "post": {
                    "summary": "Create a blueprint",
                    "description": "This route allows you to create a blueprint. Long Port prose.",
                    "responses": _ok(
                        {
                            "type": "object",
                            "description": "More prose",
                            "properties": {"description": {"type": "string", "description": "x"}},
                        }
                    ),
                }
            }
        }
    )
    strict = normalize(doc).strict
    op = strict["paths"]["/v1/blueprints"]["post"]
    assert (
        op["description"]
        == "Port API reference: https://docs.port.io/api-reference/create-a-blueprint"
    )
    model = strict["components"]["schemas"]["DescriptionResponse"]  # named after its one key
    # A property *named* description survives; description *keywords* do not.
    assert model["properties"] == {"description": {"type": "string"}}


def test_response_models_are_lenient_request_models_keep_required() -> None:
    body = {
        "type": "object",
        "required": ["name"],
        "additionalProperties": False,
        "properties": {"name": {"type": "string"}},
    }
    answer = {
        "type": "object",
        "required": ["ok", "team"],
        "additionalProperties": False,
        "properties": {
            "ok": {"type": "boolean"},
            "squad": {
                "type": "object",
                "required": ["id"],
                "properties": {"id": {"type": "string"}},
            },
        },
    }
    doc = _spec(
        {
            "/v1/squads": {
                "post": {
                    "summary": "Create a squad",
                    "responses": _ok(answer),
                    "requestBody": {"content": {"application/json": {"schema": body}}},
                }
            }
        }
    )
    result = normalize(doc)
    gen = result.generator["components"]["schemas"]
    assert "required" not in gen["Squad"]
    assert "required" not in gen["SquadResponse"]
    assert gen["CreateSquadBody"]["required"] == ["name"]
    assert all(s.get("additionalProperties") is not False for s in gen.values())
    assert (
        result.strict["components"]["schemas"]["CreateSquadBody"]["additionalProperties"] is False
    )


def test_unknown_constructs_are_noted_not_fatal() -> None:
    doc = _spec(
        {
            "/v1/x/{id}": {
                "get": {
                    "summary": "Get a thing",
                    "x-vendor": {"weird": True},
                    "parameters": [{"name": "other", "in": "path", "required": True}],
                    "responses": _ok(
                        {
                            "type": "object",
                            "properties": {
                                "v": {"enum": ["a", 1, {"o": 1}]},
                                "w": {"type": "frobnicate"},
                                "u": {"oneOf": [{"description": "?"}, {"type": "string"}]},
                            },
                        }
                    ),
                }
            },
            "/v1/y": "not an operation",
        }
    )
    result = normalize(doc)
    assert any("mixed types" in note for note in result.report.unhandled)
    assert any("'other' renamed 'id'" in note for note in result.report.unhandled)
    assert any(
        "/type: 'frobnicate' is not a type" in note and "non-standard type" in note
        for note in result.report.unhandled
    )
    [(path, _, op)] = operations(result.strict)
    assert path == "/v1/x/{id}"
    assert [p["name"] for p in op["parameters"]] == ["id"]


def test_nulls_where_lists_maps_or_text_belong_mean_none() -> None:
    doc = _spec(
        {
            "/v1/a": {
                "get": {
                    "summary": "Get an apple",
                    "parameters": None,
                    "tags": None,
                    "description": None,
                    "responses": _ok(
                        {
                            "type": "object",
                            "required": None,
                            "properties": {
                                "enum": {"type": "string", "enum": None},
                                "seen": {"type": "string", "default": None},
                            },
                        }
                    ),
                },
                "post": None,
            }
        }
    )
    result = normalize(doc)
    [(path, method, op)] = operations(result.strict)
    assert (path, method, op["operationId"]) == ("/v1/a", "get", "get_apple")
    schema = _component(
        result.strict, op["responses"]["200"]["content"]["application/json"]["schema"]
    )
    assert "required" not in schema
    # A property *named* `enum` is a property; a `default: null` is data, kept.
    assert set(schema["properties"]) == {"enum", "seen"}
    assert "enum" not in schema["properties"]["enum"]
    assert schema["properties"]["seen"]["default"] is None
    assert result.report.changes["null where a list, map or text belongs removed"] == 6


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("any", {}),
        ("*", {}),
        ("int", {"type": "integer"}),
        (
            "string, string[]",
            {"oneOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}]},
        ),
        ("string | number", {"type": ["string", "number"]}),
        ("object[][]", {"type": "array", "items": {"type": "array", "items": {"type": "object"}}}),
        (["string", "any"], {}),
        ("frobnicate", {}),
    ],
)
def test_non_standard_type_values_are_read_as_type_expressions(
    written: object, expected: dict[str, Any]
) -> None:
    schema = {"type": written}
    report = normalize_module.Report()
    normalize_module.repair_type_values(
        {"paths": {}, "components": {"schemas": {"S": schema}}}, report
    )
    assert schema == expected


def test_type_specific_keywords_follow_their_variant() -> None:
    schema = {
        "type": "string, string[]",
        "maxLength": 5,
        "items": {"type": "string"},
        "minItems": 1,
    }
    normalize_module.repair_type_values(
        {"paths": {}, "components": {"schemas": {"S": schema}}}, normalize_module.Report()
    )
    assert schema == {
        "oneOf": [
            {"type": "string", "maxLength": 5},
            {"type": "array", "items": {"type": "string"}, "minItems": 1},
        ]
    }


def test_keywords_written_under_properties_move_up() -> None:
    schema = {
        "type": "object",
        "properties": {
            "a": {"type": "string"},
            "required": ["a"],
            "additionalProperties": False,
            "junk": 3,
        },
    }
    report = normalize_module.Report()
    normalize_module.move_keywords_out_of_properties(
        {"paths": {}, "components": {"schemas": {"S": schema}}}, report
    )
    assert schema == {
        "type": "object",
        "properties": {"a": {"type": "string"}},
        "required": ["a"],
        "additionalProperties": False,
    }
    assert report.unhandled == [
        "/components/schemas/S/properties/junk: 3 is not a schema; dropped (rule: misplaced value)"
    ]


def test_duplicates_are_dropped_first_kept() -> None:
    param = {"name": "q", "in": "query", "schema": {"type": "string"}}
    doc = _spec(
        {
            "/v1/b": {
                "get": {
                    "summary": "Get a bee",
                    "parameters": [param, {**param, "schema": {"type": "integer"}}],
                    "responses": _ok(
                        {
                            "type": "object",
                            "required": ["x", "x"],
                            "properties": {"x": {"type": "string", "enum": ["a", "a", "b"]}},
                        }
                    ),
                }
            }
        }
    )
    result = normalize(doc)
    op = operations(result.strict)[0][2]
    assert op["parameters"] == [{"name": "q", "in": "query", "schema": {"type": "string"}}]
    schema = _component(
        result.strict, op["responses"]["200"]["content"]["application/json"]["schema"]
    )
    assert schema["required"] == ["x"]
    enum = _component(result.strict, schema["properties"]["x"])
    assert enum["enum"] == ["a", "b"]
    assert any("'q' (query) declared twice" in note for note in result.report.unhandled)


def test_put_and_patch_named_alike_are_told_apart_by_their_methods() -> None:
    doc = _spec(
        {
            "/v1/org": {
                "put": {"summary": "Update organization", "responses": _ok({"type": "object"})},
                "patch": {"summary": "Update organization", "responses": _ok({"type": "object"})},
            }
        }
    )
    names = {m: op["operationId"] for _, m, op in operations(normalize(doc).strict)}
    assert names == {"put": "replace_organization", "patch": "update_organization"}


def test_a_cut_short_template_does_not_move_onto_an_existing_operation() -> None:
    param = {"name": "name", "in": "path", "required": True, "schema": {"type": "string"}}
    doc = _spec(
        {
            "/v1/s": {
                "delete": {
                    "summary": "Delete a secret",
                    "parameters": [param],
                    "responses": _ok({"type": "object"}),
                }
            },
            "/v1/s/{name}": {
                "delete": {
                    "summary": "Delete one secret",
                    "parameters": [param],
                    "responses": _ok({"type": "object"}),
                }
            },
        }
    )
    result = normalize(doc)
    routes = sorted((p, m) for p, m, _ in operations(result.strict))
    assert routes == [("/v1/s", "delete"), ("/v1/s/{name}", "delete")]
    first = next(op for p, _, op in operations(result.strict) if p == "/v1/s")
    assert first["parameters"] == []
    assert any("DELETE /v1/s/{name} exists" in n for n in result.report.unhandled)


def test_all_of_parts_that_disagree_are_flattened_for_the_generator() -> None:
    doc = _spec(
        {
            "/v1/w": {
                "get": {
                    "summary": "Get a widget",
                    "responses": _ok({"$ref": "#/components/schemas/Chart"}),
                }
            }
        },
        {
            "Widget": {
                "type": "object",
                "properties": {
                    "type": {"type": "string", "enum": ["chart", "table"]},
                    "id": {"type": "string"},
                },
                "required": ["id"],
            },
            "Chart": {
                "type": "object",
                "properties": {
                    "type": {"type": "string", "enum": ["chart"]},
                    "unit": {"type": "string"},
                },
                "required": ["type"],
                "allOf": [{"$ref": "#/components/schemas/Widget"}],
            },
        },
    )
    result = normalize(doc)
    generator_chart = result.generator["components"]["schemas"]["Chart"]
    assert "allOf" not in generator_chart
    assert set(generator_chart["properties"]) == {"type", "unit", "id"}
    assert "allOf" in result.strict["components"]["schemas"]["Chart"]  # the strict spec keeps it
    assert result.report.changes["allOf with conflicting parts flattened (generator copy)"] == 1


def test_responses_without_schema_are_reported() -> None:
    doc = _spec(
        {"/v1/z": {"get": {"summary": "Get a zed", "responses": {"200": {"description": "x"}}}}}
    )
    result = normalize(doc)
    assert any("get_zed" in n and "decoded JSON" in n for n in result.report.unhandled)


@pytest.mark.parametrize(
    ("method", "path", "summary", "expected"),
    [
        ("get", "/v1/blueprints", "Get all blueprints", "list_blueprints"),
        ("post", "/v1/blueprints", "Create a blueprint", "create_blueprint"),
        ("put", "/v1/blueprints/{identifier}", "Change a blueprint", "replace_blueprint"),
        ("patch", "/v1/blueprints/{identifier}", "Update a blueprint", "update_blueprint"),
        (
            "post",
            "/v1/blueprints/{b}/entities/bulk",
            "Create multiple entities",
            "bulk_create_entities",
        ),
        (
            "post",
            "/v1/blueprints/{b}/entities/search",
            "Search a blueprint's entities",
            "search_blueprint_entities",
        ),
        (
            "get",
            "/v1/blueprints/{b}/entities",
            "Get all entities of a blueprint",
            "list_blueprint_entities",
        ),
        (
            "delete",
            "/v1/blueprints/{b}/all-entities",
            "Delete all entities of a blueprint",
            "delete_all_blueprint_entities",
        ),
        (
            "get",
            "/v1/organization/secrets",
            "Get all organization secrets' metadata",
            "list_organization_secrets",
        ),
        ("get", "/v1/audit-log", "Get audit logs", "list_audit_logs"),
        ("get", "/v1/actions", "Get actions/automations", "list_actions"),
        ("get", "/v1/organization", "Get organization details", "get_organization"),
        (
            "patch",
            "/v1/b/{b}/properties/{p}/rename",
            "Rename a property in a blueprint",
            "rename_blueprint_property",
        ),
        (
            "get",
            "/v1/blueprints/{b}/actions",
            "This route is deprecated since November 20th 2024",
            "list_blueprint_actions",
        ),
        (
            "get",
            "/v1/blueprints/{b}/actions/{a}",
            "This route is deprecated since 2024",
            "get_blueprint_action",
        ),
        (
            "post",
            "/v1/blueprints/{b}/actions",
            "This route is deprecated",
            "create_blueprint_action",
        ),
        (
            "post",
            "/v1/actions/{action_identifier}/runs",
            "Execute a self-service action",
            "run_action",
        ),  # override
    ],
)
def test_operation_naming_rule(method: str, path: str, summary: str, expected: str) -> None:
    assert NamingRules.load().operation_id(method, path, summary) == expected


def test_slugs_and_class_names() -> None:
    assert kebab("Get a blueprint's permissions") == "get-a-blueprints-permissions"
    assert pascal("ANY_ENTITY_CHANGE") == "AnyEntityChange"
    assert pascal("dashboard-widget") == "DashboardWidget"
    assert pascal("2xx") == "N2xx"


def test_nullable_and_multi_type_schemas_become_named_unions() -> None:
    schema = {
        "type": "object",
        "properties": {
            "approval": {"type": ["object", "null"], "properties": {"by": {"type": "string"}}},
            "sidebar": {"nullable": True, "enum": [None, "catalog"]},
            "source": {"type": ["string", "object"], "properties": {"kind": {"type": "string"}}},
        },
    }
    result = normalize(
        _spec({"/v1/runs": {"get": {"summary": "Get all runs", "responses": _ok(schema)}}})
    )
    strict = result.strict
    ok = strict["paths"]["/v1/runs"]["get"]["responses"]["200"]["content"]["application/json"]
    props = _component(strict, ok["schema"])["properties"]
    approval, null = props["approval"]["anyOf"]
    assert null == {"type": "null"}
    assert _component(strict, approval)["properties"] == {"by": {"type": "string"}}
    sidebar_enum, _ = props["sidebar"]["anyOf"]
    assert _component(strict, sidebar_enum) == {"enum": ["catalog"], "type": "string"}
    string, obj = props["source"]["oneOf"]
    assert string == {"type": "string"}
    assert _component(strict, obj)["properties"] == {"kind": {"type": "string"}}
    assert not any("nullable" in s for s in strict["components"]["schemas"].values())


def test_a_page_size_declared_as_a_number_is_an_integer_for_the_client_only() -> None:
    doc = _spec(
        {
            "/v1/runs": {
                "get": {
                    "summary": "Get all runs",
                    "parameters": [
                        {"name": "limit", "in": "query", "schema": {"type": "number"}},
                        {"name": "ratio", "in": "query", "schema": {"type": "number"}},
                    ],
                    "responses": _ok({"type": "object"}),
                }
            }
        }
    )
    result = normalize(doc)
    kinds = {
        p["name"]: p["schema"]["type"] for p in operations(result.generator)[0][2]["parameters"]
    }
    assert kinds == {"limit": "integer", "ratio": "number"}
    strict = operations(result.strict)[0][2]["parameters"]
    assert [p["schema"]["type"] for p in strict] == ["number", "number"]  # Port's, for validation


def test_the_naming_table_must_name_every_operation_once() -> None:
    from codegen.surface import NamingError, plan_surface

    doc = _spec(
        {
            "/v1/things": {
                "get": {"summary": "Get all things", "responses": _ok({"type": "object"})}
            },
            "/v1/things/{thing_id}": {
                "get": {"summary": "Get a thing", "responses": _ok({"type": "object"})}
            },
        }
    )
    generator = normalize(doc).generator
    complete = {"operations": {"list_things": "things.list", "get_thing": "things.get"}}
    methods = plan_surface(generator, set(), naming=complete, strict=True).methods
    assert sorted(
        (".".join(m.resource), m.name, m.args[0].name if m.args else "") for m in methods
    ) == [
        ("things", "get", "thing_id"),
        ("things", "list", ""),
    ]
    with pytest.raises(NamingError, match="no entry for get_thing"):
        plan_surface(
            generator, set(), naming={"operations": {"list_things": "things.list"}}, strict=True
        )
    twice = {"operations": {"list_things": "things.get", "get_thing": "things.get"}}
    with pytest.raises(NamingError, match=r"things\.get names both"):
        plan_surface(generator, set(), naming=twice, strict=True)
    stale = {"operations": {**complete["operations"], "gone_op": "things.gone"}}
    with pytest.raises(NamingError, match="unknown operation gone_op"):
        plan_surface(generator, set(), naming=stale, strict=True)
    # A spec the table was not written for (an old one) gets derived names instead.
    assert len(plan_surface(generator, set(), naming={}, strict=False).methods) == 2


@pytest.mark.parametrize(
    ("path", "wire", "expected"),
    [
        ("/v1/blueprints/{blueprint_identifier}/entities", "blueprint_identifier", "blueprint"),
        ("/v1/blueprints/{identifier}", "identifier", "blueprint"),
        ("/v1/teams/{name}", "name", "team"),
        ("/v1/apps/{id}", "id", "app_id"),
        ("/v1/actions/runs/{run_id}", "run_id", "run_id"),
        ("/v1/agent/{agentIdentifier}/invoke", "agentIdentifier", "agent"),
    ],
)
def test_path_parameters_are_named_for_what_they_identify(
    path: str, wire: str, expected: str
) -> None:
    from codegen.surface import _path_arg_name

    assert _path_arg_name(path, wire, {}) == expected


def test_a_spec_lock_reads_back_and_so_does_the_first_one_source_format() -> None:
    from codegen.spec_io import Lock, PinnedSource, SpecError, parse_lock

    lock = Lock(
        sources=(
            PinnedSource("live", "https://api.getport.io/swagger/yaml", "2026-01-29", "a" * 64),
            PinnedSource("docs", "https://docs.example/apispec.yaml", "2025-12-30", "b" * 64),
        ),
        generator="openapi-python-client==0.29.1",
        ruff="ruff==0.17.6",
    )
    assert parse_lock(lock.to_toml()) == lock
    first_format = (
        "# a comment\nsource = https://api.getport.io/swagger/yaml\nretrieved = 2026-01-29\n"
        f"sha256 = {'c' * 64}\ngenerator = openapi-python-client==0.29.1\nruff = ruff==0.17.6\n"
    )
    assert parse_lock(first_format).sources == (
        PinnedSource("live", "https://api.getport.io/swagger/yaml", "2026-01-29", "c" * 64),
    )
    with pytest.raises(SpecError, match="not a readable spec lock"):
        parse_lock("generator = 1\n")


def test_promised_fields_are_required_for_the_generator_and_missing_ones_declared() -> None:
    from codegen.doc import Report

    doc = _spec(
        {},
        {
            "Squad": {"type": "object", "properties": {"id": {"type": "string"}}},
            "Other": {"type": "object", "properties": {"id": {"type": "string"}}},
        },
    )
    report = Report()
    table = {
        "Squad": {"id": {}, "createdAt": {"type": "string", "format": "date-time"}, "gone": {}},
        "Missing": {"id": {}},  # a model an older spec lacks: skipped
    }
    normalize_module.promise_fields(doc, report, table)
    squad = doc["components"]["schemas"]["Squad"]
    assert squad["required"] == ["id", "createdAt"]  # `gone`: not declared, nothing to add it with
    assert squad["x-pyport-promised"] == ["id", "createdAt"]
    assert squad["properties"]["createdAt"] == {"type": "string", "format": "date-time"}
    assert "required" not in doc["components"]["schemas"]["Other"]


def test_fields_port_accepts_are_added_where_the_spec_lacks_them() -> None:
    from codegen.doc import Report

    doc = _spec({}, {"PropertiesValue": {"type": "object", "properties": {"enum": {"type": "x"}}}})
    table = {"PropertiesValue": {"enum": {"type": "array"}, "pattern": {"type": "string"}}}
    normalize_module.add_extra_fields(doc, Report(), table)
    properties = doc["components"]["schemas"]["PropertiesValue"]["properties"]
    assert properties == {"enum": {"type": "x"}, "pattern": {"type": "string"}}  # the spec's kept
