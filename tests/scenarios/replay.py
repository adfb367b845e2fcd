"""Replaying a scenario from its cassette, offline, and saying clearly when they disagree."""

from __future__ import annotations

from pathlib import Path
from typing import Any, TypeVar

from vcr.cassette import Cassette  # type: ignore[import-untyped]
from vcr.errors import (  # type: ignore[import-untyped]
    CannotOverwriteExistingCassetteException,
)

from pyport import PortClient, RetryPolicy, Throttle
from scenarios.cassette import (
    CANONICAL_PREFIX,
    RECORDED_BASE_URL,
    RECORDED_CLIENT_ID,
    REPLAY_CLIENT_SECRET,
    cassette_path,
    cassette_vcr,
    network_blocked,
)
from scenarios.flows import Scenario, Session

T = TypeVar("T")

NO_WAIT_RETRY = RetryPolicy(max_attempts=5, backoff_base=0, retry_after_max=0)
"""Retries as the recording made them (same attempt budget), without waiting for real."""
NO_THROTTLE = Throttle(respect_rate_limit_headers=False)
"""Pacing changes when requests go, never which: replay and simulator recordings skip it."""


class CassetteMismatchError(AssertionError):
    """A scenario's requests and its cassette's no longer agree."""


def replay_options() -> dict[str, Any]:
    """PortClient / AsyncPortClient options that send what a recording sent, ignoring the
    environment and config files."""
    return {
        "client_id": RECORDED_CLIENT_ID,
        "client_secret": REPLAY_CLIENT_SECRET,
        "base_url": RECORDED_BASE_URL,
        "retry": NO_WAIT_RETRY,
        "throttle": NO_THROTTLE,
        "environ": {},
    }


def replay(scenario: Scenario[T], *, path: Path | None = None) -> tuple[T, Cassette]:
    """Run `scenario` against its cassette with the network blocked; every interaction must play.

    Raises CassetteMismatchError naming the scenario, the cassette and the request that differed
    (vcrpy's own explanation follows), or the interactions the scenario no longer makes.
    """
    path = path or cassette_path(scenario.name)
    if not path.exists():
        raise CassetteMismatchError(
            f"no cassette for scenario {scenario.name!r} at {path}: run `make record`"
        )
    with network_blocked(), cassette_vcr().use_cassette(str(path)) as cassette:
        try:
            with PortClient(**replay_options()) as port:
                session = Session(
                    port,
                    prefix=CANONICAL_PREFIX,
                    client_id=RECORDED_CLIENT_ID,
                    client_secret=REPLAY_CLIENT_SECRET,
                    advance=_no_clock,
                )
                result = scenario.run(session)
        except CannotOverwriteExistingCassetteException as exc:
            failed = exc.failed_request
            raise CassetteMismatchError(
                f"scenario {scenario.name!r} sent {failed.method} {failed.uri}, which cassette "
                f"{path.name} does not hold (after {cassette.play_count} of {len(cassette)} "
                "recorded interactions were played). If the change is intended, re-record with "
                "`make record`.\n\nvcrpy says:\n" + str(exc)
            ) from exc
    unplayed = [
        f"  #{index}: {request.method} {request.uri}"
        for index, request in enumerate(cassette.requests)
        if cassette.play_counts[index] == 0
    ]
    if unplayed:
        raise CassetteMismatchError(
            f"scenario {scenario.name!r} no longer sends {len(unplayed)} of the "
            f"{len(cassette)} requests recorded in {path.name}:\n" + "\n".join(unplayed)
        )
    return result, cassette


def _no_clock(seconds: float) -> None:
    """On replay time is whatever the cassette says: there is no clock to move."""
