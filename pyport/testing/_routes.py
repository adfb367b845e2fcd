"""Every route of Port's API the simulator knows, implemented or answered with 501."""

from __future__ import annotations

from pyport.testing import _actions, _auth, _blueprints, _entities, _migrations, _misc, _search
from pyport.testing._app import Route

ROUTES: list[Route] = [
    *_auth.ROUTES,
    *_blueprints.ROUTES,
    *_entities.ROUTES,
    *_search.ROUTES,
    *_actions.ROUTES,
    *_migrations.ROUTES,
    *_misc.ROUTES,
    *_misc.NOT_IMPLEMENTED,
]
