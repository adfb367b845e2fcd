"""Permissions of blueprints, actions and pages: snapshot, restore, diff, migrate."""

from __future__ import annotations

import hashlib
import json
import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest
from test_admin_support import (
    build_org,
    connect,
    differing,
    entity_counts,
    make_sim,
    only_the_webhook_secret,
    writes,
)

from pyport import PortClient, RetryPolicy, Throttle
from pyport.admin import Progress, RestoreError, diff, migrate, restore, snapshot
from pyport.admin._permissions import fetch_permissions, split_key, write_permissions
from pyport.testing import PortSimulator

GRANTS: dict[str, dict[str, Any]] = {
    "blueprint:service": {
        "entities": {
            "register": {"roles": ["Admin"], "teams": ["platform"]},
            "update": {"ownedByTeam": True},
        }
    },
    "blueprint:deployment": {"entities": {"read": {"roles": ["Member"], "teams": ["payments"]}}},
    "action:deploy": {
        "execute": {"roles": ["Admin"], "teams": ["platform"], "ownedByTeam": False},
        "approve": {"users": ["ada@example.com"]},
    },
    "page:overview": {"read": {"roles": ["Member"]}},
}
PATCHES = (
    "PATCH /v1/blueprints/{blueprint_identifier}/permissions",
    "PATCH /v1/actions/{action_identifier}/permissions",
    "PATCH /v1/pages/{page_identifier}/permissions",
)


def _grant(port: PortClient, key: str, body: dict[str, Any]) -> None:
    write_permissions(port, *split_key(key), body)


def _read(port: PortClient, key: str) -> dict[str, Any]:
    return fetch_permissions(port, *split_key(key))


def _org(port: PortClient) -> None:
    build_org(port, services=20, deployments=10)
    for key, body in GRANTS.items():
        _grant(port, key, body)


def _permission_writes(sim: PortSimulator) -> int:
    return sum(n for op, n in writes(sim).items() if op in PATCHES)


def _file(root: Path, name: str) -> Any:
    return json.loads((root / name).read_text())


def _rewrite(root: Path, name: str, data: Any) -> None:
    """Edit one file of a snapshot and record it in the manifest, as a valid snapshot."""
    raw = (json.dumps(data, indent=2, sort_keys=True) + "\n").encode()
    (root / name).write_bytes(raw)
    manifest = _file(root, "manifest.json")
    for entry in manifest["files"]:
        if entry["path"] == name:
            entry.update(count=len(data), bytes=len(raw), sha256=hashlib.sha256(raw).hexdigest())
    (root / "manifest.json").write_text(json.dumps(manifest))


def _drop_permissions(root: Path) -> None:
    """Make the snapshot look like one an older pyport wrote: no permissions kind at all."""
    (root / "permissions.json").unlink()
    manifest = _file(root, "manifest.json")
    manifest["files"] = [f for f in manifest["files"] if f["kind"] != "permissions"]
    del manifest["counts"]["permissions"]
    (root / "manifest.json").write_text(json.dumps(manifest))


class Intercept(httpx.BaseTransport):
    """Over the simulator's transport: records every request, and lets a test answer or act
    before a chosen request reaches Port (a refused read, a concurrent deletion)."""

    pyport_in_process = True  # wraps the in-process simulator: plain http leaves nothing

    def __init__(
        self,
        sim: PortSimulator,
        hook: Callable[[httpx.Request, httpx.BaseTransport], httpx.Response | None] | None = None,
    ) -> None:
        self.inner = sim.transport()
        self.hook = hook
        self.seen: list[str] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.seen.append(f"{request.method} {request.url.path}")
        if self.hook is not None:
            answer = self.hook(request, self.inner)
            if answer is not None:
                return answer
        return self.inner.handle_request(request)

    def close(self) -> None:
        self.inner.close()


@contextmanager
def connect_through(sim: PortSimulator, transport: httpx.BaseTransport) -> Iterator[PortClient]:
    with PortClient(
        client_id=sim.client_id,
        client_secret=sim.client_secret,
        base_url=sim.base_url,
        transport=transport,
        retry=RetryPolicy(max_attempts=3, backoff_base=0, retry_after_max=0),
        throttle=Throttle(respect_rate_limit_headers=False),
        environ={},
    ) as port:
        yield port


def _refuse(match: Callable[[str], bool]) -> Callable[[httpx.Request, Any], httpx.Response | None]:
    def hook(request: httpx.Request, _inner: Any) -> httpx.Response | None:
        path = request.url.path
        if request.method == "GET" and path.endswith("/permissions") and match(path):
            body = {"ok": False, "error": "forbidden", "message": "not allowed to read that"}
            return httpx.Response(403, json=body)
        return None

    return hook


@pytest.fixture(scope="module")
def taken(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A snapshot of an organization with permissions on 2 blueprints, 1 action and 1 page."""
    root = tmp_path_factory.mktemp("taken")
    with connect(make_sim()) as port:
        _org(port)
        snapshot(port, root / "snap")
    return root / "snap"


def test_a_snapshot_holds_each_resources_permissions(taken: Path) -> None:
    held = _file(taken, "permissions.json")
    assert held == [
        {"resource": "action", "identifier": "deploy", "permissions": GRANTS["action:deploy"]},
        {
            "resource": "blueprint",
            "identifier": "deployment",
            "permissions": GRANTS["blueprint:deployment"],
        },
        {
            "resource": "blueprint",
            "identifier": "service",
            "permissions": GRANTS["blueprint:service"],
        },
        {"resource": "page", "identifier": "overview", "permissions": GRANTS["page:overview"]},
    ]
    manifest = _file(taken, "manifest.json")
    assert manifest["counts"]["permissions"] == 4
    entry = next(f for f in manifest["files"] if f["kind"] == "permissions")
    raw = (taken / "permissions.json").read_bytes()
    assert (entry["path"], entry["count"]) == ("permissions.json", 4)
    assert entry["sha256"] == hashlib.sha256(raw).hexdigest()
    # Resources without permissions (the domain blueprint, the rollback action) are left out.
    assert not any(k.startswith("permissions") for k in manifest["skipped"])


def test_a_selection_holds_the_permissions_of_its_blueprints_and_their_actions(
    tmp_path: Path,
) -> None:
    with connect(make_sim()) as port:
        _org(port)
        _grant(port, "action:rollback", {"execute": {"roles": ["Member"]}})
        manifest = snapshot(port, tmp_path / "sel", blueprints=["deployment"])
    held = _file(tmp_path / "sel", "permissions.json")
    # rollback acts on deployments; deploy (service) and the overview page lie outside.
    assert [(p["resource"], p["identifier"]) for p in held] == [
        ("action", "rollback"),
        ("blueprint", "deployment"),
    ]
    assert manifest.counts["permissions"] == 2


def test_round_trip_to_a_new_organization_gives_identical_permissions(
    taken: Path, tmp_path: Path
) -> None:
    fresh = make_sim(seed=5)
    transport = Intercept(fresh)
    with connect_through(fresh, transport) as port:
        report = restore(port, taken)
        assert report.applied["permissions"] == {"create": 4, "update": 0, "delete": 0}
        assert {k: _read(port, k) for k in GRANTS} == GRANTS
        snapshot(port, tmp_path / "again")
        # Permissions name teams: they are written after every other kind.
        patched = [i for i, r in enumerate(transport.seen) if r.endswith("/permissions")]
        others = [
            i
            for i, r in enumerate(transport.seen)
            if r.startswith(("POST", "PUT")) and not r.endswith(("/access_token", "/search"))
        ]
        assert patched
        assert max(others) < min(patched)
        assert any(r == "POST /v1/teams" for r in transport.seen)
    assert (tmp_path / "again" / "permissions.json").read_bytes() == (
        taken / "permissions.json"
    ).read_bytes()
    result = diff(taken, tmp_path / "again")
    assert result.kinds["permissions"].is_empty
    # Users are never invited and secret values never leave Port: the rest is identical.
    assert set(differing(result)) == {"users", "secrets", "webhooks"}
    assert only_the_webhook_secret(result.kinds["webhooks"])


def test_a_second_restore_plans_no_permission_write(taken: Path) -> None:
    fresh = make_sim(seed=6)
    with connect(fresh) as port:
        restore(port, taken, mode="mirror")
        before = writes(fresh)
        assert _permission_writes(fresh) == 4
        again = restore(port, taken, mode="mirror")
        assert again.plan.kinds["permissions"].writes == 0
        assert again.plan.kinds["permissions"].unchanged == 4
        assert again.plan.is_empty, again.plan.to_text()
        assert writes(fresh) == before


def test_a_dry_run_lists_the_permission_writes_and_sends_none(taken: Path) -> None:
    fresh = make_sim(seed=7)
    with connect(fresh) as port:
        report = restore(port, taken, dry_run=True)
        assert writes(fresh) == {}
    plan = report.plan
    assert plan.kinds["permissions"].create == sorted(GRANTS)
    assert "  permissions: 4 to create, 0 to update, 0 unchanged" in plan.to_text()
    assert report.writes == 0


def test_restore_updates_only_the_permissions_that_differ(taken: Path) -> None:
    sim = make_sim()
    with connect(sim) as port:
        _org(port)
        _grant(port, "action:deploy", {"execute": {"roles": ["Member"]}})
        plan = restore(port, taken, dry_run=True).plan
        assert plan.kinds["permissions"].update == ["action:deploy"]
        assert plan.kinds["permissions"].unchanged == 3
        before = _permission_writes(sim)
        report = restore(port, taken)
        assert report.applied["permissions"]["update"] == 1
        assert _permission_writes(sim) == before + 1
        assert _read(port, "action:deploy") == GRANTS["action:deploy"]


def test_a_mirror_says_which_permissions_it_cannot_remove(taken: Path) -> None:
    sim = make_sim()
    with connect(sim) as port:
        _org(port)
        # Only the target has these: a PATCH cannot remove a key, and Port has no delete.
        _grant(port, "blueprint:domain", {"entities": {"read": {"roles": ["Admin"]}}})
        _grant(port, "page:overview", {"update": {"roles": ["Admin"]}})
        _grant(port, "action:deploy", {"execute": {"roles": ["Member"]}})
        mirror = restore(port, taken, mode="mirror")
        merge = restore(port, taken, dry_run=True)
        assert _read(port, "action:deploy") == GRANTS["action:deploy"]
        assert _read(port, "page:overview")["update"] == {"roles": ["Admin"]}
    assert mirror.applied["permissions"]["update"] == 1
    text = mirror.to_text()
    assert "note: a mirror cannot remove permissions (Port has no delete for them)" in text
    assert "blueprint:domain (none in the source)" in text
    assert "page:overview (update)" in text
    assert merge.plan.notes == []  # a merge keeps what the target has by design


def test_diff_reports_a_changed_and_an_added_permission(taken: Path, tmp_path: Path) -> None:
    with connect(make_sim()) as port:
        _org(port)
        _grant(port, "action:deploy", {"execute": {"roles": ["Member"], "teams": ["platform"]}})
        _grant(port, "action:rollback", {"execute": {"roles": ["Admin"]}})
        result = diff(taken, port)
    changes = result.kinds["permissions"]
    assert changes.added == ["action:rollback"]
    assert changes.removed == []
    assert changes.changed == {
        "action:deploy": ["permissions.execute.ownedByTeam", "permissions.execute.roles"]
    }
    assert "  ~ action:deploy: permissions.execute.ownedByTeam" in result.to_text()


def _copy(snapshot_dir: Path, destination: Path) -> Path:
    """A copy of a snapshot directory, to edit without touching the original."""
    shutil.copytree(snapshot_dir, destination)
    return destination


def test_a_snapshot_without_permissions_still_restores(taken: Path, tmp_path: Path) -> None:
    old = _copy(taken, tmp_path / "old")
    _drop_permissions(old)
    fresh = make_sim(seed=8)
    with connect(fresh) as port:
        report = restore(port, old)
        assert entity_counts(port) == {"domain": 10, "service": 20, "deployment": 10}
        assert _permission_writes(fresh) == 0
        assert _read(port, "blueprint:service") == {}
        result = diff(old, port)
    assert report.plan.not_restored["permissions"] == "not in the source"
    assert "permissions" not in report.plan.kinds
    assert result.skipped["permissions"].startswith("not in the snapshot")


def test_permissions_of_an_action_nobody_holds_are_skipped_with_a_warning(
    taken: Path, tmp_path: Path
) -> None:
    edited = _copy(taken, tmp_path / "edited")
    actions = [a for a in _file(edited, "actions.json") if a["identifier"] != "deploy"]
    _rewrite(edited, "actions.json", actions)
    held = _file(edited, "permissions.json")
    held[1]["permissions"]["bogus"] = {"roles": ["Admin"]}  # blueprint:deployment
    _rewrite(edited, "permissions.json", held)
    fresh = make_sim(seed=9)
    with connect(fresh) as port:
        report = restore(port, edited)
        assert _read(port, "blueprint:service") == GRANTS["blueprint:service"]
        assert _read(port, "blueprint:deployment") == GRANTS["blueprint:deployment"]
        assert port.actions.list()[0].to_dict()["identifier"] == "rollback"
    assert report.applied["permissions"]["create"] == 3
    assert "action:deploy" not in report.plan.kinds["permissions"].create
    assert (
        "permissions of action:deploy not restored: the action 'deploy' is neither in the "
        f"snapshot {edited} nor in the target"
    ) in report.warnings
    assert any(
        w.startswith("permissions of blueprint:deployment: bogus cannot be written")
        for w in report.warnings
    )


def test_an_action_deleted_during_the_restore_stops_it_with_a_clear_error(taken: Path) -> None:
    fresh = make_sim(seed=10)

    def delete_first(request: httpx.Request, inner: httpx.BaseTransport) -> httpx.Response | None:
        if request.method == "PATCH" and request.url.path == "/v1/actions/deploy/permissions":
            # Someone else deletes the action just before its permissions are written.
            gone = httpx.Request("DELETE", request.url.copy_with(path="/v1/actions/deploy"))
            gone.headers["authorization"] = request.headers["authorization"]
            inner.handle_request(gone)
        return None

    transport = Intercept(fresh, delete_first)
    with connect_through(fresh, transport) as port:
        with pytest.raises(RestoreError, match="no such action") as stopped:
            restore(port, taken)
        assert stopped.value.report is not None
        assert "permissions" not in stopped.value.report.completed_steps
        transport.hook = None
        # Run again: the action is created anew, then its permissions written.
        again = restore(port, taken)
        assert again.applied["actions"]["create"] == 1
        assert _read(port, "action:deploy") == GRANTS["action:deploy"]


def test_an_unreadable_resource_is_skipped_and_noted(tmp_path: Path) -> None:
    sim = make_sim()
    transport = Intercept(sim, _refuse(lambda path: path == "/v1/actions/deploy/permissions"))
    with connect_through(sim, transport) as port:
        _org(port)
        manifest = snapshot(port, tmp_path / "snap")
    assert manifest.skipped["permissions/action:deploy"].startswith("403 forbidden")
    held = _file(tmp_path / "snap", "permissions.json")
    assert "deploy" not in {p["identifier"] for p in held}
    assert manifest.counts["permissions"] == 3


def test_permissions_nobody_may_read_skip_the_kind(tmp_path: Path) -> None:
    sim = make_sim()
    transport = Intercept(sim, _refuse(lambda path: True))
    with connect_through(sim, transport) as port:
        _org(port)
        manifest = snapshot(port, tmp_path / "snap")
    assert manifest.skipped["permissions"].startswith("403 forbidden")
    assert "(for all " in manifest.skipped["permissions"]
    assert "permissions" not in manifest.counts
    assert not (tmp_path / "snap" / "permissions.json").exists()
    fresh = make_sim(seed=11)
    with connect(fresh) as port:
        report = restore(port, tmp_path / "snap")
    assert report.plan.not_restored["permissions"].startswith("403 forbidden")
    assert _permission_writes(fresh) == 0


def test_an_interrupted_restore_writes_the_rest_of_the_permissions_when_run_again(
    taken: Path, tmp_path: Path
) -> None:
    fresh = make_sim(seed=12)
    seen: list[Progress] = []

    def stop_after_two(step: Progress) -> None:
        seen.append(step)
        if step.phase == "write" and step.kind == "permissions" and step.done == 2:
            raise KeyboardInterrupt

    state = tmp_path / "restore.state"
    with connect(fresh) as port:
        with pytest.raises(KeyboardInterrupt):
            restore(port, taken, state_file=state, progress=stop_after_two)
        assert _permission_writes(fresh) == 2
        report = restore(port, taken, state_file=state, progress=seen.append)
        assert report.resumed
        assert report.applied["permissions"]["create"] == 2
        assert "permissions" in report.completed_steps
        assert {k: _read(port, k) for k in GRANTS} == GRANTS
    last = [s for s in seen if s.phase == "write" and s.kind == "permissions"][-1]
    assert (last.done, last.total) == (2, 2)


def test_snapshot_progress_includes_permissions(tmp_path: Path) -> None:
    seen: list[Progress] = []
    with connect(make_sim()) as port:
        _org(port)
        snapshot(port, tmp_path / "snap", progress=seen.append)
    assert any(s.phase == "read" and s.kind == "permissions" for s in seen)


def test_migrate_copies_permissions(tmp_path: Path) -> None:
    source_sim, target_sim = make_sim(seed=1), make_sim(seed=2)
    with connect(source_sim) as source, connect(target_sim) as target:
        _org(source)
        report = migrate(source, target)
        assert report.applied["permissions"]["create"] == 4
        assert {k: _read(target, k) for k in GRANTS} == GRANTS
        assert migrate(source, target).plan.kinds["permissions"].writes == 0
        result = diff(source, target)
    assert result.kinds["permissions"].is_empty
