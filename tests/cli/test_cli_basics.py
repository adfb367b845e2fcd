"""The entry points, help, reference, completion, global flags, output formats, exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import click
import pytest
import yaml
from cli_support import Run, Served, seed_service, write_config

from pyport.cli._reference import render_markdown, walk
from pyport.cli._run import cli

pytest_plugins = ["cli_fixtures"]

BIN = Path(sys.executable).parent
LEAVES = [
    (path, command)
    for path, command in walk(cli, ["pyport"])
    if not isinstance(command, click.Group)
]


def _clean_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PORT_", "PYPORT_"))}
    env.update(extra)
    return env


def test_version_through_the_console_script_and_python_m() -> None:
    from pyport import __version__

    script = subprocess.run(
        [str(BIN / "pyport"), "--version"],
        capture_output=True,
        text=True,
        check=False,
        env=_clean_env(),
    )
    module = subprocess.run(
        [sys.executable, "-m", "pyport", "--version"],
        capture_output=True,
        text=True,
        check=False,
        env=_clean_env(),
    )
    assert (script.returncode, script.stdout, script.stderr) == (0, f"pyport {__version__}\n", "")
    assert (module.returncode, module.stdout) == (0, f"pyport {__version__}\n")


# httpx imports its own command line (httpx._main, which loads click, rich and pygments) whenever
# they are installed, as they are with pyport's `cli` extra. Blocking that one module of httpx's
# leaves what pyport itself imports.
_NO_HTTPX_CLI = "import sys; sys.modules['httpx._main'] = None\n"
_LOADED = "print(sorted(m for m in sys.modules if m.split('.')[0] in {names!r}))\n"


def _loaded(code: str, names: tuple[str, ...]) -> list[str]:
    script = _NO_HTTPX_CLI + code + _LOADED.format(names=names)
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, env=_clean_env()
    ).stdout
    return json.loads(out.splitlines()[-1].replace("'", '"'))


def test_version_loads_nothing_beyond_import_pyport() -> None:
    # `pyport/__init__.py` is the lead's to make lazy; what --version adds must be only
    # pyport.cli itself: no click, no rich, no command module, no client.
    heavy = ("click", "rich", "typer", "httpx", "pyport")
    baseline = _loaded("import pyport\n", heavy)
    version = _loaded("from pyport.cli import main; main(['--version'])\n", heavy)
    assert sorted(set(version) - set(baseline)) == ["pyport.cli"]
    assert not {"click", "rich", "typer"} & set(version)


def test_the_library_never_imports_the_cli_libraries() -> None:
    code = (
        "import pyport, pyport.admin, pyport.testing, pyport.errors, pyport.models\n"
        "from pyport import PortClient\n"
        "from pyport.testing import PortSimulator\n"
        "sim = PortSimulator()\n"
        "with PortClient(client_id=sim.client_id, client_secret=sim.client_secret,\n"
        "                base_url=sim.base_url, transport=sim.transport()) as port:\n"
        "    port.blueprints.list()\n"
    )
    assert _loaded(code, ("click", "rich", "typer", "keyring", "jq", "yaml_cli")) == []
    assert "pyport.cli" not in _loaded(code, ("pyport",))


def test_the_cli_does_load_them_so_the_check_above_can_fail() -> None:
    assert "click" in _loaded("import pyport.cli._run\n", ("click",))


@pytest.mark.parametrize(("path", "command"), LEAVES, ids=[" ".join(p[1:]) for p, _ in LEAVES])
def test_every_command_has_help_with_an_example(path: list[str], command: click.Command) -> None:
    assert command.help, path
    assert "Example:" in command.help, path
    example = command.help.split("Example:", 1)[1]
    assert " ".join(["pyport", *path[1:]]) in example, path


def test_every_command_takes_the_global_options() -> None:
    wanted = {
        "profile",
        "region",
        "base_url",
        "quiet",
        "verbose",
        "no_color",
        "yes",
        "output",
        "fields",
        "jq",
    }
    exempt = {("pyport", "simulator", "serve"), ("pyport", "completion")}
    for path, command in walk(cli, ["pyport"]):
        if tuple(path) in exempt:
            continue
        names = {p.name for p in command.params}
        assert wanted <= names, (path, wanted - names)


def test_the_reference_renders_every_command_as_markdown() -> None:
    text = render_markdown()
    assert text.startswith("# pyport command line reference\n")
    for path, _ in walk(cli, ["pyport"]):
        assert f"`{' '.join(path)}`" in text
    assert "- `5`: a batch partly failed" in text
    assert "| `--fail-on-diff` | Exit 1 when there are differences. |" in text
    assert (
        "*Example:*\n\n```console\npyport backup create backups/$(date +%F) --archive\n```" in text
    )
    assert "| `--region eu\\|us` |" in text  # a pipe in a cell is escaped


@pytest.mark.parametrize(
    ("shell", "marker"),
    [
        ("bash", "complete -o nosort -F"),
        ("zsh", "#compdef pyport"),
        ("fish", "complete --no-files --command pyport"),
    ],
)
def test_completion_scripts(pyport: Run, shell: str, marker: str) -> None:
    result = pyport("completion", shell)
    assert result.code == 0
    assert marker in result.out
    assert "_PYPORT_COMPLETE" in result.out


def test_completion_completes_commands_and_subcommands() -> None:
    env = _clean_env(_PYPORT_COMPLETE="bash_complete", COMP_WORDS="pyport backup r", COMP_CWORD="2")
    out = subprocess.run(
        [str(BIN / "pyport")], capture_output=True, text=True, env=env, check=False
    ).stdout
    assert out.split() == ["plain,restore"]


def test_output_formats(pyport: Run, served: Served) -> None:
    seed_service(served.sim, "a", "b")
    as_json = pyport("entities", "list", "service", "--fields", "identifier,properties.tier")
    assert as_json.code == 0
    assert as_json.json() == [
        {"identifier": "a", "properties.tier": "prod"},
        {"identifier": "b", "properties.tier": "dev"},
    ]
    lines = pyport("entities", "list", "service", "-o", "jsonl", "--fields", "identifier").out
    assert [json.loads(line) for line in lines.splitlines()] == [
        {"identifier": "a"},
        {"identifier": "b"},
    ]
    as_yaml = pyport("-o", "yaml", "blueprints", "get", "service", "--fields", "identifier,title")
    assert yaml.safe_load(as_yaml.out) == {"identifier": "service", "title": "Service"}
    table = pyport("entities", "list", "service", "-o", "table", "--fields", "identifier,title")
    rows = [line.split() for line in table.out.splitlines()]
    assert rows == [["identifier", "title"], ["a", "A"], ["b", "B"]]
    assert table.err == ""  # piped: no count line, nothing but data


def test_jq_filters_and_strings_come_out_raw(pyport: Run, served: Served) -> None:
    seed_service(served.sim, "a", "b", "c")
    result = pyport(
        "entities",
        "list",
        "service",
        "--jq",
        '.[] | select(.properties.tier == "prod") | .identifier',
    )
    assert (result.code, result.out) == (0, "a\nc\n")
    counted = pyport("entities", "list", "service", "--jq", "length")
    assert counted.out == "3\n"
    bad = pyport("entities", "list", "service", "--jq", ".[")
    assert bad.code == 2
    assert bad.err.startswith("error: --jq:")


def test_jq_missing_says_how_to_install(
    pyport: Run, served: Served, monkeypatch: pytest.MonkeyPatch
) -> None:
    seed_service(served.sim)
    monkeypatch.setitem(sys.modules, "jq", None)  # import jq now raises ImportError
    result = pyport("blueprints", "list", "--jq", ".[]")
    assert result.code == 2
    assert result.out == ""
    assert "--jq needs the jq package: pip install jq" in result.err


def test_global_flags_before_or_after_the_command_and_last_wins(
    pyport: Run, served: Served
) -> None:
    seed_service(served.sim)
    before = pyport("-o", "json", "--fields", "identifier", "blueprints", "list")
    after = pyport("blueprints", "list", "-o", "json", "--fields", "identifier")
    middle = pyport("blueprints", "-o", "yaml", "list", "-o", "json", "--fields", "identifier")
    assert before.json() == after.json() == middle.json() == [{"identifier": "service"}]


def test_flags_beat_the_environment_which_beats_the_profile(
    pyport: Run, served: Served, target: Served, monkeypatch: pytest.MonkeyPatch
) -> None:
    seed_service(served.sim)
    write_config(
        f'[default]\nclient_id = "sim-client-id"\nclient_secret = "sim-client-secret"\n'
        f'base_url = "{served.url}"\n'
    )
    # The target simulator knows other credentials: reaching it shows which URL won.
    monkeypatch.setenv("PORT_BASE_URL", target.url)
    via_env = pyport("blueprints", "list", "-q")
    assert via_env.code == 3
    assert "401" in via_env.err
    via_flag = pyport("blueprints", "list", "--base-url", served.url, "--fields", "identifier")
    assert (via_flag.code, via_flag.json()) == (0, [{"identifier": "service"}])
    monkeypatch.delenv("PORT_BASE_URL")
    monkeypatch.delenv("PORT_CLIENT_ID")
    monkeypatch.delenv("PORT_CLIENT_SECRET")
    via_file = pyport("blueprints", "list", "--fields", "identifier")
    assert (via_file.code, via_file.json()) == (0, [{"identifier": "service"}])


def test_exit_codes(pyport: Run, served: Served, monkeypatch: pytest.MonkeyPatch) -> None:
    seed_service(served.sim)
    assert pyport("blueprints", "get", "service").code == 0
    missing = pyport("blueprints", "get", "nope")
    assert missing.code == 4
    assert missing.out == ""
    [line] = missing.err.splitlines()  # one line: Port's message and the trace id
    assert line.startswith('error: 404 not_found: Blueprint with identifier "nope" was not found')
    assert "(trace id " in line
    verbose = pyport("blueprints", "get", "nope", "-v")
    assert len(verbose.err.splitlines()) == 2
    assert "GET " in verbose.err.splitlines()[1]
    assert pyport("blueprints", "frobnicate").code == 2
    assert pyport("entities", "upsert").code == 2
    assert pyport("--region", "mars", "blueprints", "list").code == 2
    monkeypatch.setenv("PORT_CLIENT_SECRET", "wrong-secret")
    refused = pyport("blueprints", "list")
    assert refused.code == 3
    assert "wrong-secret" not in refused.err + refused.out
    for name in ("PORT_CLIENT_ID", "PORT_CLIENT_SECRET"):
        monkeypatch.delenv(name)
    nothing = pyport("blueprints", "list")
    assert nothing.code == 3
    assert "pyport auth login" in nothing.err


def test_no_color_and_no_bar_when_piped(pyport: Run, served: Served) -> None:
    seed_service(served.sim, "a")
    result = pyport("entities", "list", "service", "-o", "table")
    assert "\x1b[" not in result.out + result.err
