"""`--simulate`: run a write command against an in-process Port simulator instead of Port.

The simulator is seeded with the real organization's blueprints (read only), or with a given
snapshot (`--simulate-from PATH`, restored into it); the command runs against it, and the writes
it made are listed on stderr. Nothing is sent to Port but the reads of the seed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

import click

if TYPE_CHECKING:
    import httpx

    from pyport._client import PortClient
    from pyport.cli._state import Globals

F = TypeVar("F", bound=Callable[..., Any])
_WRITES = ("POST", "PUT", "PATCH", "DELETE")


@dataclass
class Simulation:
    state: Globals
    snapshot: str | None
    writes: list[str] = field(default_factory=list)

    @contextmanager
    def client(self) -> Iterator[PortClient]:
        from pyport._client import PortClient
        from pyport.testing import PortSimulator

        sim = PortSimulator()
        real_state = self.state
        real_state.simulate = None  # the seed reads the real organization
        try:
            seed_port = PortClient(
                client_id=sim.client_id,
                client_secret=sim.client_secret,
                base_url=sim.base_url,
                transport=sim.transport(),
            )
            with seed_port:
                if self.snapshot is not None:
                    from pyport import admin

                    admin.restore(seed_port, self.snapshot)
                    origin = f"snapshot {self.snapshot}"
                else:
                    with real_state.client() as real:
                        blueprints = [b.to_dict() for b in real.blueprints.list()]
                    _seed_blueprints(seed_port, blueprints)
                    origin = f"the {len(blueprints)} blueprint(s) of {real.base_url}"
        finally:
            real_state.simulate = self
        real_state.say(f"simulating against a local simulator seeded with {origin}")
        transport = _Recorder(sim.transport(), self.writes)
        port = PortClient(
            client_id=sim.client_id,
            client_secret=sim.client_secret,
            base_url=sim.base_url,
            transport=transport,  # type: ignore[arg-type]  # httpx's two-method contract
        )
        try:
            with port:
                yield port
        finally:
            self.report()

    def report(self) -> None:
        lines = [f"simulated: {len(self.writes)} write(s), nothing was sent to Port"]
        lines.extend(f"  {w}" for w in self.writes)
        click.echo("\n".join(lines), err=True)


def _seed_blueprints(port: PortClient, blueprints: list[dict[str, Any]]) -> None:
    """Blueprints without their relations and computed properties first, then whole, so that
    relations between them resolve (the restore planner's two passes)."""
    from pyport._surface import call_operation
    from pyport.admin._plan import base_blueprint

    for blueprint in blueprints:
        base = {k: v for k, v in base_blueprint(blueprint).items() if k not in _ASSIGNED}
        call_operation(port, "create_blueprint", body=base)
    for blueprint in blueprints:
        body = {k: v for k, v in blueprint.items() if k not in _ASSIGNED}
        call_operation(port, "replace_blueprint", str(blueprint["identifier"]), body=body)


_ASSIGNED = frozenset({"createdAt", "createdBy", "updatedAt", "updatedBy", "id"})


class _Recorder:
    """A transport that notes each write (method, path, status) on its way through."""

    pyport_in_process = True

    def __init__(self, inner: httpx.BaseTransport, writes: list[str]) -> None:
        self._inner = inner
        self._writes = writes

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self._inner.handle_request(request)
        path = request.url.path
        if request.method in _WRITES and not path.endswith("/auth/access_token"):
            response.read()
            self._writes.append(f"{request.method} {path} -> {response.status_code}")
        return response

    def close(self) -> None:
        self._inner.close()


def simulate_options(function: F) -> F:
    """`--simulate` and `--simulate-from SNAPSHOT` for a write command."""

    def enable(ctx: click.Context, param: click.Parameter, value: Any) -> None:
        from pyport.cli._state import get_globals

        state = get_globals()
        if param.name == "simulate" and value and state.simulate is None:
            state.simulate = Simulation(state, None)
        elif param.name == "simulate_from" and value:
            if state.simulate is None:
                state.simulate = Simulation(state, value)
            else:
                state.simulate.snapshot = value

    function = click.option(
        "--simulate-from",
        metavar="SNAPSHOT",
        expose_value=False,
        callback=enable,
        type=click.Path(exists=True),
        help="Simulate against this snapshot (a backup) instead of the organization's blueprints.",
    )(function)
    return click.option(
        "--simulate",
        is_flag=True,
        expose_value=False,
        callback=enable,
        help="Run against a local simulator seeded with the organization's blueprints; "
        "print what would change, change nothing.",
    )(function)
