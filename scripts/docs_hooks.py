"""mkdocs hooks (mkdocs.yml `hooks:`): the pages written from the code at each build.

- `reference/operations.md`: every Port operation → its Python call, and its CLI command once
  `pyport.cli` exists (scripts/docs_pages.py);
- `reference/resources/*.md`: one page per resource of the client, with its nav entries;
- `api-changelog.md`: `scripts/spec_diff.py` between the pins of `openapi/spec.lock`;
- `reference/cli.md` (every command, from the CLI itself) and `reference/exit-codes.md`, with
  their nav entries, only when `pyport.cli` exists.

Nothing is written into docs/: the pages exist only in the build.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from mkdocs.structure.files import File, Files

sys.path.insert(0, str(Path(__file__).resolve().parent))

import docs_pages  # found through the line above (mkdocs loads hooks by path)

_REFERENCE = "Reference"
_RESOURCES = "reference/resources/index.md"


def on_config(config: Any) -> Any:
    """Nav entries for the generated pages, next to the hand-written ones."""
    nav = config["nav"]
    reference = next(item[_REFERENCE] for item in nav if _REFERENCE in item)
    for position, entry in enumerate(reference):
        if isinstance(entry, dict) and _RESOURCES in entry.values():
            (title,) = entry
            pages = [_RESOURCES] + [
                {f"port.{name}": f"reference/resources/{name}.md"}
                for name in docs_pages.resource_names()
            ]
            reference[position] = {title: pages}
    if docs_pages.cli_module() is not None:
        reference.append({"CLI reference": "reference/cli.md"})
        reference.append({"Exit codes": "reference/exit-codes.md"})
    return config


def on_files(files: Files, config: Any) -> Files:
    pages: dict[str, str | None] = {
        "reference/operations.md": docs_pages.operations_page(),
        _RESOURCES: docs_pages.resources_index_page(),
        "api-changelog.md": docs_pages.api_changelog_page(),
        "reference/exit-codes.md": docs_pages.exit_codes_page(),
        "reference/cli.md": docs_pages.cli_reference_page(),
    }
    for name in docs_pages.resource_names():
        pages[f"reference/resources/{name}.md"] = docs_pages.resource_page(name)
    for path, content in pages.items():
        if content is not None:
            files.append(File.generated(config, path, content=content))
    return files
