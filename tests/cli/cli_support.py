"""Running `pyport` in-process (its real entry point, `pyport.cli.main`) against simulators
served on loopback, with a private HOME and config file and no PORT_* from the outside."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pyport.testing import PortSimulator

OUTSIDE = (
    "PORT_CLIENT_ID",
    "PORT_CLIENT_SECRET",
    "PORT_ACCESS_TOKEN",
    "PORT_BASE_URL",
    "PORT_REGION",
    "PYPORT_PROFILE",
    "PYPORT_CONFIG",
    "NO_COLOR",
)


@dataclass
class Result:
    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)


Run = Callable[..., Result]


@dataclass
class Served:
    sim: PortSimulator
    url: str


def write_config(text: str) -> Path:
    """The config file the library and `pyport auth` use in these tests."""
    path = Path(os.environ["XDG_CONFIG_HOME"]) / "pyport" / "config.toml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


SERVICE = {
    "identifier": "service",
    "title": "Service",
    "schema": {
        "properties": {
            "tier": {"type": "string"},
            "replicas": {"type": "number"},
            "public": {"type": "boolean"},
        }
    },
}


def seed_service(sim: PortSimulator, *identifiers: str) -> None:
    """The `service` blueprint and entities, written straight into the simulator."""
    assert sim.handle("POST", "/v1/blueprints", json=SERVICE).status == 201
    for index, identifier in enumerate(identifiers):
        body = {
            "identifier": identifier,
            "title": identifier.title(),
            "properties": {"tier": "prod" if index % 2 == 0 else "dev", "replicas": index},
        }
        status = sim.handle("POST", "/v1/blueprints/service/entities", json=body).status
        assert status == 201, status
