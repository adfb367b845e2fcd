"""Shared fixtures: where Port's specs are, and the anyio backend for async tests."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]
SCRIPTS = REPO_ROOT / "scripts"
if str(SCRIPTS) not in sys.path:
    sys.path.insert(0, str(SCRIPTS))

SPEC_DIR = Path(os.environ.get("PYPORT_SPEC_DIR", REPO_ROOT.parent / "shared" / "openapi"))
NEW_SPEC = SPEC_DIR / "port-api-live-2026-01-29.yaml"
OLD_SPEC = SPEC_DIR / "port-api-live-2025-08-06.yaml"


def require_spec(path: Path) -> Path:
    if not path.exists():
        pytest.skip(
            f"Port's spec {path.name} is not in {SPEC_DIR}: set PYPORT_SPEC_DIR to a directory "
            "holding it, or fetch one with `make fetch SPEC=https://api.getport.io/swagger/yaml`"
        )
    return path


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"
