"""Port's own clients' flows, replayed against the Port simulator on loopback: how many pass.

    $ .venv/bin/python scripts/peer_clients.py [--simulator-root DIR] [--old-venv /tmp/pyport033]

Three flows, each a list of checks that pass when the simulator answers the way Port does:

- Ocean (Port's integration framework): its start-up calls, a resync that upserts with the
  integration's User-Agent, finds what it owns by `$datasource`, deletes the stale rest, and a
  blueprint deletion whose migration it parses; request shapes as in port-ocean's Port client.
- Terraform (Port's provider): the unpublished blueprint structure route, default permissions and
  two PATCHes of one blueprint's permissions.
- PyPort 0.3.3 (the older client on PyPI), in a throwaway virtualenv: a sequence of its calls,
  each passing when it returns without raising, plus raw requests through its `custom` service
  (a PATCH of an invited user, HEAD and OPTIONS).

The simulator is `python -m pyport.testing` in its own process; `--simulator-root` serves the
`pyport` package of another checkout (e.g. an older commit exported with `git archive`), to
compare the counts before and after a change of the simulator.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

REPO_ROOT = Path(__file__).resolve().parents[1]
CLIENT_ID = "sim-client-id"
CLIENT_SECRET = "sim-client-secret"  # the simulator's test credential
LISTENING = "Port simulator listening on "
OLD_CLIENT = "pyport==0.3.3"
OCEAN_UA = "port-ocean/gitlab/0.1.9/my-gitlab/exporter"


@dataclass
class Check:
    flow: str
    name: str
    passed: bool
    detail: str


@contextmanager
def simulator(root: Path) -> Iterator[str]:
    """`python -m pyport.testing` from `root`'s pyport package, on a free loopback port."""
    env = {**os.environ, "PYTHONPATH": str(root)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "pyport.testing", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
        cwd=tempfile.gettempdir(),
    )
    assert proc.stdout is not None
    first = proc.stdout.readline().strip()
    try:
        if not first.startswith(LISTENING):
            raise SystemExit(f"the simulator did not start (said {first!r})")
        yield first.removeprefix(LISTENING)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


def _json(response: httpx.Response) -> Any:
    try:
        return response.json()
    except ValueError:
        return None


def _said(response: httpx.Response) -> str:
    body = _json(response)
    error = body.get("error") if isinstance(body, dict) else None
    return f"{response.status_code} {error or response.headers.get('content-type', '')}"


class Flow:
    """Runs checks, never letting one failure (even a dropped connection) stop the others."""

    def __init__(self, name: str, client: httpx.Client) -> None:
        self.name = name
        self.client = client
        self.checks: list[Check] = []

    def check(self, name: str, step: Callable[[httpx.Client], tuple[bool, str]]) -> None:
        try:
            passed, detail = step(self.client)
        except httpx.HTTPError as error:
            passed, detail = False, f"no answer: {type(error).__name__}"
        except (KeyError, TypeError, ValueError, AssertionError) as error:
            passed, detail = False, f"unexpected answer: {type(error).__name__} {error}"
        self.checks.append(Check(self.name, name, passed, detail))


def _login(url: str, user_agent: str) -> httpx.Client:
    client = httpx.Client(base_url=url, timeout=30, headers={"User-Agent": user_agent})
    token = client.post(
        "/v1/auth/access_token", json={"clientId": CLIENT_ID, "clientSecret": CLIENT_SECRET}
    ).json()["accessToken"]
    client.headers["Authorization"] = f"Bearer {token}"
    return client


def _not_missing(response: httpx.Response) -> tuple[bool, str]:
    """A route Port has: implemented, or 501; never the 404 a client reads as "no such thing"."""
    return response.status_code in (200, 201, 501), _said(response)


def _owned_query() -> dict[str, Any]:
    return {
        "combinator": "and",
        "rules": [
            {"property": "$datasource", "operator": "contains", "value": "port-ocean/gitlab/"},
            {"property": "$datasource", "operator": "contains", "value": "/my-gitlab/exporter"},
        ],
    }


def ocean_flow(url: str) -> list[Check]:
    flow = Flow("ocean", _login(url, OCEAN_UA))
    manual = _login(url, "curl/8.5")
    search_params = {
        "exclude_calculated_properties": "true",
        "include": ["blueprint", "identifier"],
    }
    state: dict[str, Any] = {}

    flow.check("organization", lambda c: (c.get("/v1/organization").status_code == 200, "read"))
    flow.check("GET integration", lambda c: _not_missing(c.get("/v1/integration/my-gitlab")))
    flow.check("POST integration", lambda c: _not_missing(c.post("/v1/integration", json={})))
    flow.check(
        "PATCH resync-state",
        lambda c: _not_missing(c.patch("/v1/integration/my-gitlab/resync-state", json={})),
    )

    def blueprint(c: httpx.Client) -> tuple[bool, str]:
        properties = {"url": {"type": "string", "format": "url"}}
        body = {"identifier": "repo", "title": "Repo", "schema": {"properties": properties}}
        response = c.post("/v1/blueprints", json=body)
        return response.status_code == 201, _said(response)

    flow.check("create blueprint", blueprint)

    def bulk(c: httpx.Client) -> tuple[bool, str]:
        entities = [
            {"identifier": f"r{i}", "properties": {"url": f"https://git.example.com/r{i}"}}
            for i in range(3)
        ]
        response = c.post(
            "/v1/blueprints/repo/entities/bulk",
            params={"upsert": "true", "merge": "true"},
            json={"entities": entities},
        )
        body = response.json()
        return [e["index"] for e in body["entities"]] == [0, 1, 2], _said(response)

    flow.check("bulk upsert", bulk)

    def unmatched(c: httpx.Client) -> tuple[bool, str]:
        rule = {"property": "$title", "operator": "=", "value": "x"}
        query = {"combinator": "and", "rules": [rule]}
        response = c.post(
            "/v1/blueprints/repo/entities/bulk",
            params={"upsert": "true"},
            json={"entities": [{"identifier": query}]},
        )
        errors = response.json().get("errors", [])
        found = [e.get("identifier") for e in errors]
        return found == ["unknown"], f"{_said(response)} identifiers {found}"

    flow.check("bulk: unmatched search identifier is 'unknown'", unmatched)

    def single(c: httpx.Client) -> tuple[bool, str]:
        response = c.post(
            "/v1/blueprints/repo/entities",
            params={"upsert": "true", "merge": "true"},
            json={"identifier": "r9", "properties": {"url": "https://git.example.com/r9"}},
        )
        return response.status_code == 201, _said(response)

    flow.check("single upsert", single)
    manual.post("/v1/blueprints/repo/entities", json={"identifier": "by-hand"})

    def owned(c: httpx.Client) -> tuple[bool, str]:
        response = c.post("/v1/entities/search", params=search_params, json=_owned_query())
        found = sorted(e["identifier"] for e in response.json().get("entities", []))
        state["owned"] = found
        return found == ["r0", "r1", "r2", "r9"], f"{_said(response)} found {found}"

    flow.check("search own entities by $datasource", owned)

    def typo(c: httpx.Client) -> tuple[bool, str]:
        query = {"combinator": "and", "rules": [{"property": "$datasorce", "operator": "isEmpty"}]}
        response = c.post("/v1/entities/search", json=query)
        return response.status_code == 422, _said(response)

    flow.check("unknown meta-property is refused", typo)

    def delete_stale(c: httpx.Client) -> tuple[bool, str]:
        stale = [i for i in state.get("owned", []) if i != "r0"] or ["r1"]
        c.post("/v1/blueprints/repo/bulk/entities/delete", json={"entities": stale})
        again = c.post("/v1/entities/search", params=search_params, json=_owned_query())
        left = sorted(e["identifier"] for e in again.json().get("entities", []))
        everything = c.get("/v1/blueprints/repo/entities").json()["entities"]
        kept = sorted(e["identifier"] for e in everything)
        return left == ["r0"] and kept == ["by-hand", "r0"], f"owned {left}, all {kept}"

    flow.check("delete what it owns, keep the rest", delete_stale)
    flow.check(
        "datasource-entities route",
        lambda c: _not_missing(
            c.post("/v1/blueprints/entities/datasource-entities", json={"limit": 100})
        ),
    )
    flow.check("runs ack route", lambda c: _not_missing(c.patch("/v1/actions/runs/ack", json={})))

    def headers(c: httpx.Client) -> tuple[bool, str]:
        response = c.get("/v1/blueprints/repo/entities/r0")
        names = ("limit", "remaining", "reset", "period")
        present = [n for n in names if f"x-ratelimit-{n}" in response.headers]
        return len(present) == 4, f"x-ratelimit-* present: {present}"

    flow.check("rate-limit headers", headers)

    def migration(c: httpx.Client) -> tuple[bool, str]:
        response = c.delete("/v1/blueprints/repo/all-entities", params={"delete_blueprint": "true"})
        migration_id = response.json()["migrationId"]
        found = c.get(f"/v1/migrations/{migration_id}").json()["migration"]
        # port-ocean's Migration model: all five fields required.
        missing = [
            k for k in ("id", "actor", "sourceBlueprint", "mapping", "status") if k not in found
        ]
        return not missing, f"missing {missing}" if missing else "all fields"

    flow.check("delete blueprint: migration parses", migration)
    flow.client.close()
    manual.close()
    return flow.checks


def terraform_flow(url: str) -> list[Check]:
    flow = Flow("terraform", _login(url, "terraform-provider-port-labs/2.0"))
    schema = {"properties": {"tier": {"type": "string"}}}
    flow.client.post("/v1/blueprints", json={"identifier": "env", "title": "Env", "schema": schema})
    flow.check(
        "system blueprint structure",
        lambda c: _not_missing(c.get("/v1/blueprints/system/_user/structure")),
    )

    def defaults(c: httpx.Client) -> tuple[bool, str]:
        permissions = c.get("/v1/blueprints/env/permissions").json()["permissions"]
        register = permissions.get("entities", {}).get("register", {})
        roles = register.get("roles", [])
        return {"Admin", "env-moderator"} <= set(roles), f"register roles {roles}"

    flow.check("default permissions", defaults)

    def two_patches(c: httpx.Client) -> tuple[bool, str]:
        url_ = "/v1/blueprints/env/permissions"
        c.patch(url_, json={"entities": {"register": {"roles": ["Admin", "Member"]}}})
        after = c.patch(url_, json={"entities": {"update": {"roles": ["Admin"]}}}).json()
        register = after["permissions"].get("entities", {}).get("register")
        return register is not None and "Member" in register.get(
            "roles", []
        ), f"register {register}"

    flow.check("second PATCH keeps the first", two_patches)
    flow.client.close()
    return flow.checks


PYPORT_DRIVER = Path(__file__).with_name("_pyport033_driver.py")


def pyport_flow(url: str, venv: Path) -> list[Check] | str:
    """PyPort 0.3.3's calls, or why they could not run."""
    python = venv / "bin" / "python"
    if not python.exists():
        made = subprocess.run(
            ["python3", "-m", "venv", str(venv)], capture_output=True, text=True, check=False
        )
        if made.returncode != 0:
            return f"could not create {venv}: {made.stderr.strip()[-200:]}"
    probe = subprocess.run(
        [str(python), "-I", "-c", "import pyport.client.client"], capture_output=True, check=False
    )
    if probe.returncode != 0:
        pip = subprocess.run(
            [str(python), "-m", "pip", "install", "-q", OLD_CLIENT],
            capture_output=True,
            text=True,
            check=False,
        )
        if pip.returncode != 0:
            return f"pip install {OLD_CLIENT} failed: {pip.stderr.strip()[-300:]}"
    run = subprocess.run(
        # -I: isolated, so `pyport` is PyPort 0.3.3 from the venv, never this repository's.
        [str(python), "-I", str(PYPORT_DRIVER), url, CLIENT_ID, CLIENT_SECRET],
        check=False,
        capture_output=True,
        text=True,
        cwd=tempfile.gettempdir(),
        timeout=600,
    )
    try:
        rows = json.loads(run.stdout.strip().splitlines()[-1])
    except (ValueError, IndexError):
        return f"the PyPort driver printed no result: {(run.stderr or run.stdout)[-300:]}"
    return [Check("pyport-0.3.3", name, passed, detail) for name, passed, detail in rows]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--simulator-root", type=Path, default=REPO_ROOT)
    parser.add_argument("--old-venv", type=Path, default=Path("/tmp/pyport033"))
    parser.add_argument("--skip-pyport", action="store_true", help="only Ocean and Terraform")
    parser.add_argument("--verbose", action="store_true", help="every check, not only failures")
    args = parser.parse_args(argv)
    checks: list[Check] = []
    notes: list[str] = []
    with simulator(args.simulator_root.resolve()) as url:
        checks += ocean_flow(url)
        checks += terraform_flow(url)
        if not args.skip_pyport:
            result = pyport_flow(url, args.old_venv)
            if isinstance(result, str):
                notes.append(f"pyport-0.3.3 not run: {result}")
            else:
                checks += result
    for check in checks:
        if args.verbose or not check.passed:
            mark = "pass" if check.passed else "FAIL"
            print(f"  {mark}  {check.flow:<13} {check.name:<48} {check.detail}")
    for flow in dict.fromkeys(c.flow for c in checks):
        mine = [c for c in checks if c.flow == flow]
        print(f"{flow:<13} {sum(c.passed for c in mine):>3} of {len(mine)} checks pass")
    for note in notes:
        print(note)
    print(f"{sum(c.passed for c in checks)} passed, {sum(not c.passed for c in checks)} failed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
