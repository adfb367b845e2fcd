"""What the scripts share: the import path of the codegen package and where Port's specs live."""

from __future__ import annotations

import os
import sys
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parent
REPO_ROOT = SCRIPTS.parent
if str(SCRIPTS) not in sys.path:
    sys.path.insert(0, str(SCRIPTS))

NO_SPEC_HELP = (
    "Port's OpenAPI spec is not available here. Point PYPORT_SPEC_DIR at a directory holding it, "
    "or download it: `make fetch` (from https://api.getport.io/swagger/yaml) or "
    "`make generate SPEC=<path or URL>`."
)


def spec_dirs() -> list[Path]:
    """Where local copies of Port's spec are looked for: PYPORT_SPEC_DIR, else ../shared/openapi."""
    configured = os.environ.get("PYPORT_SPEC_DIR")
    return [Path(configured)] if configured else [REPO_ROOT.parent / "shared" / "openapi"]
