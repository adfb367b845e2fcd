"""The codegen pipeline end to end on both of Port's specs: the figures issue #2 asks for."""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from codegen.diff import diff_specs
from codegen.generate import GenerateResult, generate, generator_missing, pin_for
from codegen.history import parsed_statuses
from codegen.normalize import normalize, operations
from codegen.spec_io import SpecSource, read_spec
from conftest import NEW_SPEC, OLD_SPEC, REPO_ROOT, require_spec

pytestmark = pytest.mark.specs

if (_missing := generator_missing()) is not None:
    pytest.skip(f"{_missing}: the pipeline is tested where it runs (CI)", allow_module_level=True)


_GENERATED: dict[str, tuple[dict, GenerateResult]] = {}


def _generate_one(source: SpecSource, out: Path, **options: Any) -> GenerateResult:
    """One spec alone. openapi/naming.yaml names the operations of the pinned pair of specs, so
    a single spec is generated as codegen.history does: without holding it to that table."""
    return generate([(pin_for(source), source)], out, strict_names=False, **options)


def _generate(label: str, tmp_path_factory: pytest.TempPathFactory) -> tuple[dict, GenerateResult]:
    if label not in _GENERATED:
        source = read_spec(require_spec(NEW_SPEC if label == "2026-01-29" else OLD_SPEC))
        out = tmp_path_factory.mktemp(f"gen-{label}") / "port_api_client"
        _GENERATED[label] = (source.parse(), _generate_one(source, out))
    return _GENERATED[label]


@pytest.fixture(params=["2026-01-29", "2025-08-06"])
def generated(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> tuple[dict, GenerateResult]:
    return _generate(request.param, tmp_path_factory)


def test_generates_every_operation_without_warnings(generated: tuple[dict, GenerateResult]) -> None:
    upstream, result = generated
    assert result.warnings == []
    modules = [p for p in (result.out_dir / "api").rglob("*.py") if p.name != "__init__.py"]
    assert len(modules) == len(operations(upstream)) == result.operations
    assert result.operations in (107, 108)


def test_every_documented_success_response_is_parsed_into_a_model(
    generated: tuple[dict, GenerateResult],
) -> None:
    upstream, result = generated
    modules = {p.stem: p for p in (result.out_dir / "api").rglob("*.py") if p.name != "__init__.py"}
    normalized = normalize(upstream).strict
    documented = 0
    for (path, method, up_op), (_, _, op) in zip(
        operations(upstream), operations(normalized), strict=True
    ):
        for status, response in up_op.get("responses", {}).items():
            media = (response.get("content") or {}).get("application/json") or {}
            if str(status).startswith("2") and media.get("schema"):
                documented += 1
                assert str(status) in parsed_statuses(modules[op["operationId"]]), (
                    f"{method.upper()} {path} {status} is documented but not parsed"
                )
    assert (
        documented >= 50
    )  # 57 of 108 on 2026-01-29: Port documents no success schema for the rest


def test_no_operation_is_named_after_its_path(generated: tuple[dict, GenerateResult]) -> None:
    _upstream, result = generated
    names = [p.stem for p in (result.out_dir / "api").rglob("*.py") if p.name != "__init__.py"]
    assert len(set(names)) == len(names)
    for name in names:
        assert not re.search(r"(^|_)(get|post|put|patch|delete)_v1_", name), name
        assert "identifier" not in name, name
        assert "{" not in name, name
        assert re.fullmatch(r"[a-z]+(_[a-z0-9]+)+", name), name
    for expected in (
        "create_blueprint",
        "list_blueprints",
        "bulk_create_entities",
        "search_blueprint_entities",
    ):
        assert expected in names


def test_model_count_stays_lean(generated: tuple[dict, GenerateResult]) -> None:
    result = generated[1]
    assert result.models <= 500
    for resource in (
        "entity",
        "blueprint",
        "action_run",
        "team",
        "user",
        "error_response",
        "action",
        "webhook",
    ):
        assert (result.out_dir / "models" / f"{resource}.py").exists(), resource


def test_docstrings_carry_summary_and_reference_link_not_port_prose(
    generated: tuple[dict, GenerateResult],
) -> None:
    upstream, result = generated
    module = result.out_dir / "api" / "blueprints" / "create_blueprint.py"
    text = module.read_text(encoding="utf-8")
    assert "Create a blueprint" in text
    assert "https://docs.port.io/api-reference/create-a-blueprint" in text
    port_prose = upstream["paths"]["/v1/blueprints"]["post"]["description"]
    assert port_prose.split(".")[0] not in text
    tree_text = "".join(
        p.read_text(encoding="utf-8") for p in (result.out_dir / "models").glob("*.py")
    )
    assert "The identifier of the new blueprint" not in tree_text


def test_generated_code_is_importable_and_lazy(generated: tuple[dict, GenerateResult]) -> None:
    _, result = generated
    code = (
        "import sys\n"
        f"sys.path.insert(0, {str(result.out_dir.parent)!r})\n"
        "import pyport._generated.api.entities.search_blueprint_entities as m\n"
        "loaded = [k for k in sys.modules if k.startswith('pyport._generated.models.')]\n"
        "print(len(loaded))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert int(out.stdout) <= 5  # the endpoint's own models, not the 450+ in the package


def test_strict_spec_is_shipped_for_validation(generated: tuple[dict, GenerateResult]) -> None:
    _, result = generated
    strict = json.loads((result.out_dir / "_openapi.json").read_text(encoding="utf-8"))
    assert strict["info"]["title"] != "Port API"  # ours, normalized; not Port's document
    ids = [op["operationId"] for _, _, op in operations(strict)]
    assert len(ids) == result.operations
    body = strict["paths"]["/v1/auth/access_token"]["post"]["requestBody"]["content"][
        "application/json"
    ]
    token_schema = strict["components"]["schemas"][body["schema"]["$ref"].rsplit("/", 1)[-1]]
    assert token_schema["additionalProperties"] is False  # the strict form keeps Port's validation
    assert sorted(token_schema["required"]) == ["clientId", "clientSecret"]


def test_committed_tree_is_byte_identical_to_a_fresh_generation_of_the_pins(
    tmp_path: Path,
) -> None:
    from check_generated import compare_trees
    from codegen.spec_io import find_pinned_sources

    sources = find_pinned_sources(search_dirs=[NEW_SPEC.parent])
    result = generate(sources, tmp_path / "port_api_client")
    assert compare_trees(result.out_dir, REPO_ROOT / "generated" / "port_api_client") == []
    assert compare_trees(result.facade_path, REPO_ROOT / "pyport" / "_resources") == []
    # The union of the live export and the docs spec: every operation either publishes.
    assert [pin.name for pin in result.sources] == ["live", "docs"]
    assert result.operations == 126


def test_spec_diff_lists_added_removed_and_changed_operations() -> None:
    old = normalize(read_spec(require_spec(OLD_SPEC)).parse()).strict
    new = normalize(read_spec(require_spec(NEW_SPEC)).parse()).strict
    diff = diff_specs(old, new)
    assert {name for name, *_ in diff.added} == {
        "list_integrations_metadata",
        "list_webhooks_metadata",
    }
    assert {name for name, *_ in diff.removed} == {"get_workflow"}
    moved = {c.name: c for c in diff.changed if any("route moved" in b for b in c.breaking)}
    assert set(moved) == {
        "bulk_delete_entities",
        "rename_blueprint_property",
        "rename_blueprint_mirror_property",
        "rename_blueprint_relation",
    }
    runs = next(c for c in diff.changed if c.name == "list_action_runs")
    assert "new query parameter `exclude`" in runs.changes
    assert any("runs[].pendingExecution" in c for c in runs.changes)
    text = diff.to_markdown(old_label="old", new_label="new")
    assert "## Removed (breaking)" in text
    assert "`get_workflow`" in text
    assert diff.schemas_changed  # the schema section is filled too
    # 107 operations + 2 added - 1 removed = 108
    assert len(operations(old)) + len(diff.added) - len(diff.removed) == len(operations(new))


def test_pipeline_is_deterministic(tmp_path: Path) -> None:
    source = read_spec(require_spec(OLD_SPEC))
    first = _generate_one(source, tmp_path / "a" / "port_api_client")
    second = _generate_one(source, tmp_path / "b" / "port_api_client")
    from check_generated import compare_trees

    assert compare_trees(first.out_dir, second.out_dir) == []


def test_generated_modules_parse_as_python_310(generated: tuple[dict, GenerateResult]) -> None:
    _, result = generated
    for module in result.out_dir.rglob("*.py"):
        source = module.read_text(encoding="utf-8")
        ast.parse(source, feature_version=(3, 10))
        assert not re.search(r"\bStrEnum\b|import Self\b|, Self\b", source), module


def test_check_generated_reports_hand_edits_and_stale_files(tmp_path: Path) -> None:
    import shutil

    from check_generated import compare_trees

    expected = REPO_ROOT / "generated" / "port_api_client"
    actual = tmp_path / "port_api_client"
    shutil.copytree(expected, actual, ignore=shutil.ignore_patterns("__pycache__"))
    assert compare_trees(expected, actual) == []
    edited = actual / "models" / "entity.py"
    edited.write_text(edited.read_text(encoding="utf-8") + "# tweaked by hand\n", encoding="utf-8")
    (actual / "models" / "leftover.py").write_text("", encoding="utf-8")
    (actual / "api" / "entities" / "get_entity.py").unlink()
    problems = compare_trees(expected, actual)
    assert any(
        p.startswith("differs: models/entity.py") and "tweaked by hand" in p for p in problems
    )
    assert "not generated (stale or added by hand): models/leftover.py" in problems
    assert "missing: api/entities/get_entity.py" in problems


def test_generate_refuses_to_replace_a_directory_it_did_not_write(tmp_path: Path) -> None:
    precious = tmp_path / "mine"
    precious.mkdir()
    (precious / "notes.txt").write_text("keep me", encoding="utf-8")
    source = read_spec(require_spec(OLD_SPEC))
    with pytest.raises(RuntimeError, match="refusing to replace it"):
        _generate_one(source, precious, facade_path=tmp_path / "facade")
    assert (precious / "notes.txt").read_text(encoding="utf-8") == "keep me"


def test_fetch_reports_sha256_and_contents(capsys: pytest.CaptureFixture[str]) -> None:
    import fetch

    assert fetch.main([str(require_spec(NEW_SPEC))]) == 0
    out = capsys.readouterr().out
    assert "8d67f291364ecfb92eea6999bcaa78f438f810fa7f31c9b4bd755e6a9d334e35" in out
    assert "operations  108  (0 with an operationId)" in out


@pytest.mark.parametrize("location", ["/nonexistent/spec.yaml", "http://127.0.0.1:9/swagger/yaml"])
def test_unreadable_specs_are_clear_errors(location: str) -> None:
    from codegen.spec_io import SpecError

    with pytest.raises(SpecError, match="could not"):
        read_spec(location, timeout=5)


def test_spec_diff_script_writes_markdown(tmp_path: Path) -> None:
    import spec_diff

    out = tmp_path / "changes.md"
    assert (
        spec_diff.main(
            [str(require_spec(OLD_SPEC)), str(require_spec(NEW_SPEC)), "--out", str(out)]
        )
        == 0
    )
    text = out.read_text(encoding="utf-8")
    assert text.startswith(
        "# Port API changes: port-api-live-2025-08-06.yaml → port-api-live-2026-01-29.yaml"
    )
    assert "2 operations added, 1 removed" in text


HISTORY = [*sorted((NEW_SPEC.parent / "history").glob("*.yaml")), OLD_SPEC, NEW_SPEC]


@pytest.mark.parametrize("spec", HISTORY, ids=[p.stem for p in HISTORY])
def test_every_published_spec_generates_whole_and_typed(spec: Path, tmp_path: Path) -> None:
    """Port's whole spec history (17 monthly docs versions and two live exports): no warning,
    every operation generated under a readable name, every documented 2xx response typed."""
    from codegen.history import measure

    figures = measure(require_spec(spec), tmp_path)
    assert figures.warnings == []
    assert figures.generated == figures.operations >= 76
    assert figures.untyped_2xx == []
    assert figures.typed_2xx >= figures.declared_2xx
    assert figures.path_named == []


def test_the_history_is_all_there() -> None:
    if not HISTORY[0].exists():
        pytest.skip(f"no spec history in {NEW_SPEC.parent / 'history'}")
    assert len([p for p in HISTORY if p.exists()]) == 19


def test_sources_merge_newest_first_and_list_conflicts() -> None:
    from codegen.normalize import SOURCE_KEY, normalize_sources

    live = read_spec(require_spec(NEW_SPEC)).parse()
    docs = read_spec(require_spec(NEW_SPEC.parent / "history" / "port-api-docs-2025-12-30.yaml"))
    result = normalize_sources([("live", live), ("docs", docs.parse())])
    by_source: dict[str, list[str]] = {}
    for _, _, op in operations(result.strict):
        by_source.setdefault(op[SOURCE_KEY], []).append(op["operationId"])
    assert len(by_source["live"]) == 108
    assert len(by_source["docs"]) == 18
    assert "list_configured_llm_providers" in by_source["docs"]
    assert any(
        c.startswith("POST /v1/blueprints: live taken; docs differs")
        for c in result.report.conflicts
    )
    assert "Operations in several sources that differ" in result.report.to_markdown()


def test_spec_diff_between_pins_and_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import spec_diff

    lock = tmp_path / "old.lock"
    lock.write_text(
        (REPO_ROOT / "openapi" / "spec.lock").read_text(encoding="utf-8").split("[[sources]]")[0]
        + '[[sources]]\nname = "live"\nurl = "https://api.getport.io/swagger/yaml"\n'
        'retrieved = "2025-08-06"\n'
        'sha256 = "c0f0cf1010c5a639ed2a0ce2dfcf869dfbfa2bfa8c4d3468e09a17bdc35f727a"\n',
        encoding="utf-8",
    )
    require_spec(OLD_SPEC)
    assert spec_diff.main([str(lock), str(REPO_ROOT / "openapi" / "spec.lock")]) == 0
    text = capsys.readouterr().out
    assert "live 2025-08-06" in text
    assert "live 2026-01-29 + docs 2025-12-30" in text
    assert "`list_configured_llm_providers`" in text


def test_spec_check_finds_no_drift_on_the_pinned_spec(capsys: pytest.CaptureFixture[str]) -> None:
    import spec_check

    assert spec_check.main([str(require_spec(NEW_SPEC))]) == 0
    assert "No drift" in capsys.readouterr().out


def test_spec_check_flags_breaking_drift_against_the_pin_of_the_same_kind(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Offline, with history files standing in for what Port would serve."""
    import spec_check

    assert spec_check.main([str(require_spec(OLD_SPEC))]) == 1  # `live`, vs the live pin
    out = capsys.readouterr().out
    assert "pinned live 2026-01-29" in out
    assert "**breaking:**" in out or "(breaking)" in out
    docs = NEW_SPEC.parent / "history" / "port-api-docs-2025-11-30.yaml"
    assert spec_check.main([str(require_spec(docs))]) == 1  # `docs`, vs the docs pin
    assert "pinned docs 2025-12-30" in capsys.readouterr().out


def test_spec_check_says_when_it_cannot_read_the_spec(capsys: pytest.CaptureFixture[str]) -> None:
    import spec_check

    assert spec_check.main(["http://127.0.0.1:9/swagger/yaml"]) == 2
    assert "could not download" in capsys.readouterr().err


def test_what_the_generator_cannot_read_is_dropped_piece_by_piece_and_reported(
    tmp_path: Path,
) -> None:
    """A defect no rule knows (here a $ref to a schema the document lacks) costs that piece only:
    the operation is still generated, with a free-form answer, and the report names where."""
    import yaml

    spec = {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/v1/widgets/{widget_id}": {
                "get": {
                    "summary": "Get a widget",
                    "parameters": [
                        {
                            "name": "widget_id",
                            "in": "path",
                            "required": True,
                            "schema": {"type": "string"},
                        }
                    ],
                    "responses": {
                        "200": {
                            "description": "x",
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/Nowhere"}
                                }
                            },
                        }
                    },
                }
            },
            "/v1/gadgets": {
                "get": {
                    "summary": "Get all gadgets",
                    "responses": {
                        "200": {
                            "description": "x",
                            "content": {
                                "application/json": {
                                    "schema": {
                                        "type": "object",
                                        "properties": {
                                            "ok": {"type": "boolean"},
                                            "gadgets": {
                                                "type": "array",
                                                "items": {
                                                    "type": "object",
                                                    "properties": {"name": {"type": "string"}},
                                                },
                                            },
                                        },
                                    }
                                }
                            },
                        }
                    },
                }
            },
        },
    }
    path = tmp_path / "odd-2026-01-01.yaml"
    path.write_text(yaml.safe_dump(spec), encoding="utf-8")
    source = read_spec(path)
    result = generate(
        [(pin_for(source), source)], tmp_path / "out" / "port_api_client", strict_names=False
    )
    assert result.warnings == []
    assert result.operations == 2
    modules = sorted(
        p.stem for p in (result.out_dir / "api").rglob("*.py") if p.name != "__init__.py"
    )
    assert modules == ["get_widget", "list_gadgets"]
    assert any(
        note.startswith("/paths/~1v1~1widgets~1{widget_id}/get:") and "could not read it" in note
        for note in result.report.unhandled
    )
