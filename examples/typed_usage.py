"""A typed example: three operations, checked by `mypy --strict` in `make test`.

Run it against the local simulator with `python examples/typed_usage.py`.
"""

from __future__ import annotations

from pyport import NotFoundError, PortClient
from pyport.models import Blueprint, Entity


def ensure_service(port: PortClient, identifier: str) -> Entity:
    try:
        existing: Blueprint = port.blueprints.get("service")
        print(f"blueprint {existing.identifier} exists")
    except NotFoundError:
        port.blueprints.create(identifier="service", title="Service", schema={"properties": {}})
    # Methods return the resource itself, out of Port's {"ok": true, "entity": ...} envelope.
    return port.entities.create(
        "service", identifier=identifier, title=identifier.title(), upsert=True
    )


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
        # A page: iterating it walks every page, 100 entities a request.
        for found in port.entities.search("service", limit=100):
            print(f"found {found.identifier}")


if __name__ == "__main__":
    main()
