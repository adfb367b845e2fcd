"""The pipeline on one published spec, measured: what the spec-history test and table assert."""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from pathlib import Path

from codegen.generate import generate, pin_for
from codegen.normalize import operations
from codegen.spec_io import read_spec

_PATH_NAMED = re.compile(r"(^|_)(get|post|put|patch|delete)_v1_|identifier|\{")


@dataclass(frozen=True)
class SpecFigures:
    name: str
    operations: int  # in the spec
    generated: int  # endpoint modules written
    declared_2xx: int  # 2xx responses with a JSON schema, in the spec
    typed_2xx: int  # 2xx responses the generated client parses into a model
    untyped_2xx: list[str]  # those it does not: "METHOD path status"
    models: int
    warnings: list[str]
    path_named: list[str]  # operation names made of their paths (none expected)
    seconds: float
    notes: int


def measure(location: Path, out_dir: Path) -> SpecFigures:
    """Generate `location` into `out_dir` and count what the issue asks of every spec."""
    source = read_spec(location)
    upstream = source.parse()
    started = time.perf_counter()
    result = generate([(pin_for(source), source)], out_dir / "port_api_client", strict_names=False)
    seconds = time.perf_counter() - started
    modules = {p.stem: p for p in (result.out_dir / "api").rglob("*.py") if p.name != "__init__.py"}
    strict = _strict(result.out_dir)
    typed, untyped = 0, []
    for path, method, op in operations(strict):
        parsed = parsed_statuses(modules[op["operationId"]])
        for status, response in (op.get("responses") or {}).items():
            media = (response.get("content") or {}).get("application/json") or {}
            if str(status).startswith("2") and media.get("schema"):
                if str(status) in parsed:
                    typed += 1
                else:
                    untyped.append(f"{method.upper()} {path} {status}")
    declared = sum(
        1
        for _, _, op in operations(upstream)
        for status, response in (op.get("responses") or {}).items()
        if str(status).startswith("2")
        and isinstance(response, dict)
        and ((response.get("content") or {}).get("application/json") or {}).get("schema")
    )
    return SpecFigures(
        name=location.name,
        operations=len(operations(upstream)),
        generated=len(modules),
        declared_2xx=declared,
        typed_2xx=typed,
        untyped_2xx=untyped,
        models=result.models,
        warnings=result.warnings,
        path_named=sorted(n for n in modules if _PATH_NAMED.search(n)),
        seconds=seconds,
        notes=len(result.report.unhandled),
    )


def _strict(out_dir: Path) -> dict:  # type: ignore[type-arg]
    import json

    return json.loads((out_dir / "_openapi.json").read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def parsed_statuses(module: Path) -> set[str]:
    """The statuses an endpoint module parses into a model (`response_200 = X.from_dict(...)`)."""
    text = module.read_text(encoding="utf-8")
    return set(re.findall(r"response_(\d{3}) = \w+\.from_dict\(", text))


def table(rows: list[SpecFigures]) -> str:
    lines = [
        "| spec | operations | generated | 2xx declared | 2xx typed | models | warnings"
        " | notes | seconds |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    lines += [
        f"| {r.name} | {r.operations} | {r.generated} | {r.declared_2xx} | {r.typed_2xx}"
        f" | {r.models} | {len(r.warnings)} | {r.notes} | {r.seconds:.1f} |"
        for r in rows
    ]
    return "\n".join(lines)
