"""A typed example: three operations, checked by `mypy --strict` in `make test`.

Run it against the local simulator with `python examples/typed_usage.py`.
"""

from __future__ import annotations

from pyport import NotFoundError, PortClient
from pyport.models import Blueprint, BlueprintResponse, Entity, EntityResponse


def ensure_service(port: PortClient, identifier: str) -> Entity:
    try:
        existing: BlueprintResponse = port.blueprints.get("service")
        if isinstance(existing.blueprint, Blueprint):
            print(f"blueprint {existing.blueprint.identifier} exists")
    except NotFoundError:
        port.blueprints.create(
            body={"identifier": "service", "title": "Service", "schema": {"properties": {}}}
        )
    created: EntityResponse = port.entities.create(
        "service", body={"identifier": identifier, "title": identifier.title()}, upsert=True
    )
    # Response models are lenient (Port's spec is incomplete): a field may be UNSET.
    if not isinstance(created.entity, Entity):
        raise RuntimeError("Port answered without the entity")
    return created.entity


def main() -> None:
    from pyport.testing import PortSimulator

    simulator = PortSimulator()
    with PortClient(
        client_id=simulator.client_id,
        client_secret=simulator.client_secret,
        base_url=simulator.base_url,
        transport=simulator.transport(),
    ) as port:
        entity = ensure_service(port, "checkout")
        print(f"upserted {entity.identifier}")
        for found in port.entities.iter_search_blueprint("service", page_size=100):
            print(f"found {found.identifier}")


if __name__ == "__main__":
    main()
