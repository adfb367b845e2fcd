"""Every route of Port's API the simulator knows, implemented or answered with 501."""

from __future__ import annotations

from pyport.testing import _actions, _auth, _blueprints, _entities, _migrations, _misc, _search
from pyport.testing._app import Route


def _unpublished(method: str, template: str) -> Route:
    return Route(method, template, None, unpublished=True)


# Routes Port serves but leaves out of its spec, called by Port's own clients: Ocean (its
# integration framework) and the Terraform provider. Answering them 501 rather than 404 keeps a
# client from reading "not implemented here" as "does not exist" (and, say, creating it again).
UNPUBLISHED: list[Route] = [
    _unpublished("GET", "/v1/kafka-credentials"),
    _unpublished("POST", "/v1/integration"),
    _unpublished("GET", "/v1/integration/provision-enabled"),
    _unpublished("GET", "/v1/integration/{identifier}/resync-request"),
    _unpublished("PATCH", "/v1/integration/{identifier}/resync-state"),
    _unpublished("POST", "/v1/integration/{identifier}/kinds/{kind}/examples"),
    _unpublished("GET", "/v1/integration/{identifier}/cursor"),
    _unpublished("PUT", "/v1/integration/{identifier}/cursor"),
    _unpublished("POST", "/v1/integration/{identifier}/cursor"),
    _unpublished("POST", "/v1/blueprints/entities/datasource-entities"),
    _unpublished("GET", "/v1/blueprints/system/{identifier}/structure"),
    _unpublished("POST", "/v1/actions/runs/claim-pending"),
    _unpublished("PATCH", "/v1/actions/runs/ack"),
    _unpublished("GET", "/v1/workflows"),
    _unpublished("POST", "/v1/workflows"),
    _unpublished("GET", "/v1/workflows/{workflow_identifier}"),
    _unpublished("PUT", "/v1/workflows/{workflow_identifier}"),
    _unpublished("DELETE", "/v1/workflows/{workflow_identifier}"),
    _unpublished("POST", "/v1/workflows/runs/claim-pending"),
    _unpublished("PATCH", "/v1/workflows/runs/ack"),
    _unpublished("GET", "/v1/workflows/nodes/runs"),
    _unpublished("PATCH", "/v1/workflows/nodes/runs/{run_id}"),
    _unpublished("POST", "/v1/workflows/nodes/runs/{run_id}/logs"),
    _unpublished("GET", "/v1/sidebars/{sidebar_identifier}"),
    _unpublished("POST", "/v1/sidebars/{sidebar_identifier}/folders"),
    _unpublished("PATCH", "/v1/sidebars/{sidebar_identifier}/folders/{folder_identifier}"),
    _unpublished("DELETE", "/v1/sidebars/{sidebar_identifier}/folders/{folder_identifier}"),
    _unpublished("POST", "/v1/apps/{app_id}/permissions"),
]

ROUTES: list[Route] = [
    *_auth.ROUTES,
    *_blueprints.ROUTES,
    *_entities.ROUTES,
    *_search.ROUTES,
    *_actions.ROUTES,
    *_migrations.ROUTES,
    *_misc.ROUTES,
    *_misc.NOT_IMPLEMENTED,
    *UNPUBLISHED,
]
