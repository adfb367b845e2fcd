"""`pyport entities ...`: search, count, get/create/update, upsert (JSON, JSONL, CSV), delete."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from cli_support import Run, Served, seed_service

pytest_plugins = ["cli_fixtures"]


def _stored(served: Served) -> dict[str, Any]:
    answer = served.sim.handle("POST", "/v1/blueprints/service/entities/search", json={})
    return {e["identifier"]: e for e in answer.json["entities"]}


def test_search_with_where_and_query_and_count(pyport: Run, served: Served) -> None:
    seed_service(served.sim, "a", "b", "c", "d")
    prod = pyport(
        "entities", "search", "service", "--where", "tier=prod", "--jq", "[.[].identifier]"
    )
    assert json.loads(prod.out) == ["a", "c"]
    both = pyport(
        "entities",
        "search",
        "service",
        "--where",
        "tier=prod",
        "--where",
        "replicas>1",
        "--jq",
        "[.[].identifier]",
    )
    assert json.loads(both.out) == ["c"]
    query = {
        "combinator": "or",
        "rules": [
            {"property": "$identifier", "operator": "=", "value": "b"},
            {"property": "$identifier", "operator": "=", "value": "d"},
        ],
    }
    ored = pyport(
        "entities", "search", "service", "--query", json.dumps(query), "--jq", "[.[].identifier]"
    )
    assert json.loads(ored.out) == ["b", "d"]
    assert pyport("entities", "search", "service", "--limit", "3", "--jq", "length").out == "3\n"
    streamed = pyport(
        "entities", "search", "service", "--limit", "2", "-o", "jsonl", "--fields", "identifier"
    )
    assert streamed.out == '{"identifier":"a"}\n{"identifier":"b"}\n'
    bad = pyport("entities", "search", "service", "--where", "tier")
    assert bad.code == 2
    assert "--where 'tier': expected PROPERTY=VALUE" in bad.err
    assert pyport("entities", "search", "service", "--query", "{").code == 2
    counted = pyport("entities", "count", "service")
    assert counted.json() == {"blueprint": "service", "count": 4}
    assert pyport("entities", "count", "service", "-o", "table").out == "4\n"
    assert pyport("entities", "count", "nope").code == 4


def test_create_get_update_one(pyport: Run, served: Served) -> None:
    seed_service(served.sim)
    made = pyport("entities", "create", "service", input='{"identifier": "x", "title": "X"}')
    assert made.code == 0, made.err
    again = pyport("entities", "create", "service", input='{"identifier": "x", "title": "X2"}')
    assert again.code == 1  # 409: it exists
    assert "409" in again.err
    upserted = pyport(
        "entities", "create", "service", "--upsert", input='{"identifier": "x", "title": "X2"}'
    )
    assert upserted.code == 0
    assert (
        pyport("entities", "update", "service", "x", input='{"properties": {"tier": "gold"}}').code
        == 0
    )
    got = pyport("entities", "get", "service", "x", "--fields", "title,properties.tier")
    assert got.json() == {"title": "X2", "properties.tier": "gold"}


def test_upsert_json_array_jsonl_and_csv_with_a_mapping(
    pyport: Run, served: Served, tmp_path: Path
) -> None:
    seed_service(served.sim)
    (tmp_path / "a.json").write_text(json.dumps([{"identifier": "j1"}, {"identifier": "j2"}]))
    result = pyport("entities", "upsert", "service", "--file", "a.json")
    assert (result.code, result.json()) == (
        0,
        {"blueprint": "service", "upserted": 2, "failed": []},
    )
    lines = "\n".join(
        json.dumps({"identifier": f"l{i}", "properties": {"replicas": i}}) for i in range(45)
    )
    (tmp_path / "b.jsonl").write_text(lines + "\n")
    assert pyport("entities", "upsert", "service", "--file", "b.jsonl").json()["upserted"] == 45
    (tmp_path / "c.csv").write_text(
        "id,name,tier,replicas,public,notes\nc1,First,prod,3,yes,ignore me\nc2,Second,,1,no,\n"
    )
    mapped = pyport(
        "entities",
        "upsert",
        "service",
        "--file",
        "c.csv",
        "--map",
        "id=identifier",
        "--map",
        "name=title",
        "--map",
        "replicas=properties.replicas:integer",
        "--map",
        "public=properties.public:boolean",
        "--map",
        "notes=-",
        "-o",
        "table",
    )
    assert mapped.code == 0, mapped.err
    assert mapped.out == "upserted 2 of 2 entities of service, 0 failed\n"
    stored = _stored(served)
    assert stored["c1"]["title"] == "First"
    assert stored["c1"]["properties"] == {"tier": "prod", "replicas": 3, "public": True}
    assert stored["c2"]["properties"] == {"replicas": 1, "public": False}
    assert len(stored) == 2 + 45 + 2


def test_bad_upsert_input_is_found_before_anything_is_sent(
    pyport: Run, served: Served, tmp_path: Path
) -> None:
    seed_service(served.sim)
    (tmp_path / "bad.jsonl").write_text('{"identifier": "ok"}\n{"identifier": \n')
    bad = pyport("entities", "upsert", "service", "--file", "bad.jsonl")
    assert (bad.code, bad.err) == (2, "error: bad.jsonl, line 2: not JSON (Expecting value)\n")
    (tmp_path / "c.csv").write_text("id,replicas\nc1,three\n")
    typed = pyport(
        "entities",
        "upsert",
        "service",
        "--file",
        "c.csv",
        "--map",
        "id=identifier",
        "--map",
        "replicas=properties.replicas:number",
    )
    assert typed.code == 2
    assert "c.csv, line 2, column replicas: 'three' is not a number" in typed.err
    unmapped = pyport("entities", "upsert", "service", "--file", "c.csv")
    assert unmapped.code == 2
    assert "no column maps to identifier (add --map COLUMN=identifier)" in unmapped.err
    wrong = pyport("entities", "upsert", "service", "--file", "c.csv", "--map", "x=identifier")
    assert "no column 'x' (columns: id, replicas)" in wrong.err
    assert _stored(served) == {}


def test_a_partly_failed_batch_exits_5_and_lists_the_failures(pyport: Run, served: Served) -> None:
    seed_service(served.sim)
    records = [
        {"identifier": "good"},
        {"identifier": "bad", "properties": {"replicas": "many"}},
        {"title": "no identifier"},
    ]
    result = pyport("entities", "upsert", "service", input=json.dumps(records))
    assert result.code == 5
    report = result.json()
    assert report["upserted"] == 1
    assert sorted(str(f["identifier"]) for f in report["failed"]) == ["None", "bad"]
    assert result.err.startswith("error: 2 of 3 entities failed; first: ")
    assert set(_stored(served)) == {"good"}


def test_delete_by_identifier_and_all_refused_without_yes(pyport: Run, served: Served) -> None:
    seed_service(served.sim, "a", "b", "c")
    refused = pyport("entities", "delete", "service", "a")
    assert refused.code == 2
    assert "refusing without a terminal to confirm (delete 1 entity of service)" in refused.err
    assert set(_stored(served)) == {"a", "b", "c"}
    deleted = pyport("entities", "delete", "service", "a", "b", "--yes")
    assert deleted.json() == {"blueprint": "service", "deleted": 2, "failed": []}
    assert set(_stored(served)) == {"c"}
    assert pyport("entities", "delete", "service", "--all").code == 2
    assert pyport("entities", "delete", "service").code == 2  # neither identifiers nor --all
    assert pyport("entities", "delete", "service", "--all", "-y").code == 0
    assert _stored(served) == {}
