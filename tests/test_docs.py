"""The documentation site: it builds strictly, its reference covers every public name, the
generated pages say what the code says, and the machinery that runs its examples can fail.

The examples themselves run as tests of their own: docs/conftest.py collects docs/**/*.md.
"""

from __future__ import annotations

import importlib
import importlib.machinery
import importlib.util
import os
import pkgutil
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest
import yaml

import pyport

REPO = Path(__file__).resolve().parents[1]
# A hang guard for the build, not a measure of its speed.
BUILD_HANG_GUARD_SECONDS = 600


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site, built as `make docs` builds it (strict), into a temporary directory."""
    out = tmp_path_factory.mktemp("site")
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(out)],
        cwd=REPO,
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        timeout=BUILD_HANG_GUARD_SECONDS,
        check=False,
    )
    assert done.returncode == 0, f"mkdocs build --strict failed:\n{done.stderr[-5000:]}"
    return out


def _html(site: Path, page: str) -> str:
    return (site / page / "index.html").read_text(encoding="utf-8")


def _reference_html(site: Path) -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in (site / "reference").rglob("*.html"))


def test_every_public_name_of_pyport_is_documented_in_the_reference(site: Path) -> None:
    reference = _reference_html(site)
    anchors = set(re.findall(r'id="(pyport\.[\w.]+)"', reference))
    missing = [
        name
        for name in pyport.__all__
        if f"pyport.{name}" not in anchors and f"pyport.errors.{name}" not in anchors
    ]
    assert not missing, f"public names without a reference entry: {missing}"


def test_every_public_name_of_every_public_module_is_documented(site: Path) -> None:
    # Every module of pyport without a leading underscore (admin, errors, testing, and the
    # webhooks, integrations and CLI modules once they land) documents all of its `__all__`.
    # `models` and `types` hold hundreds of generated shapes, documented as a whole; the names
    # `types` adds by hand are checked.
    anchors = set(re.findall(r'id="(pyport\.[\w.]+)"', _reference_html(site)))
    generated = {"pyport.models", "pyport.types"}
    missing = []
    checked = []
    for name in _public_modules(pyport):
        if name in generated:
            continue
        module = importlib.import_module(name)
        checked.append(name)
        missing += [
            f"{name}.{public}"
            for public in getattr(module, "__all__", ())
            if f"{name}.{public}" not in anchors
        ]
    # The walk reached the sub-packages (the web integrations), not only pyport's top level.
    assert {"pyport.integrations.fastapi", "pyport.integrations.django", "pyport.cli"} <= set(
        checked
    )
    for name in ("NOT_GIVEN", "NotGiven", "SyncPage", "AsyncPage", "RawResponse"):
        if f"pyport.types.{name}" not in anchors:
            missing.append(f"pyport.types.{name}")
    assert not missing, f"public names without a reference entry: {missing}"


def _public_modules(package: ModuleType) -> list[str]:
    """Every module of `package` and its sub-packages whose path has no `_`-prefixed part."""
    found = []
    for info in pkgutil.iter_modules(package.__path__, prefix=f"{package.__name__}."):
        if info.name.split(".")[-1].startswith("_"):
            continue
        found.append(info.name)
        if info.ispkg:
            found += _public_modules(importlib.import_module(info.name))
    return found


def test_every_resource_method_has_its_reference_entry(site: Path) -> None:
    docs_pages = _docs_pages()
    reference = _reference_html(site)
    missing = [op.target for op in docs_pages.operations() if f'id="{op.target}"' not in reference]
    assert not missing, f"methods without a reference entry: {missing}"


def test_the_operations_index_lists_every_operation_with_its_call(site: Path) -> None:
    naming = yaml.safe_load((REPO / "openapi" / "naming.yaml").read_text(encoding="utf-8"))
    page = _html(site, "reference/operations")
    rows = dict(
        re.findall(
            r"<code>(\w+)</code></td>\s*<td><code>[A-Z]+ [^<]+</code></td>\s*"
            r"<td><a [^>]*><code>port\.([\w.]+)\(",
            page,
        )
    )
    assert rows == naming["operations"]
    assert len(rows) > 100  # the regular expression read the table, not a part of it


def test_the_cli_pages_appear_exactly_when_the_cli_exists(site: Path) -> None:
    page = _html(site, "reference/operations")
    has_cli = importlib.util.find_spec("pyport.cli") is not None
    assert ("<th>CLI</th>" in page) is has_cli
    assert (site / "reference" / "exit-codes" / "index.html").exists() is has_cli
    assert (site / "reference" / "cli" / "index.html").exists() is has_cli
    if has_cli:  # every command of the CLI is in its reference, every operation's in the index
        import pyport.cli

        docs_pages = _docs_pages()
        reference = _html(site, "reference/cli")
        for path in docs_pages.cli_tree(docs_pages.cli_root(pyport.cli)):
            assert f"<code>{path}</code>" in reference, f"CLI command {path!r} not in the reference"
        for command in docs_pages.cli_commands(docs_pages.operations()).values():
            assert f"<code>{command}</code>" in page, f"CLI command {command!r} not in the index"


def _docs_pages() -> ModuleType:
    sys.path.insert(0, str(REPO / "scripts"))
    try:
        import docs_pages
    finally:
        sys.path.remove(str(REPO / "scripts"))
    return docs_pages


@pytest.fixture
def fake_cli(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    """A `pyport.cli` made with click, as the CLI of issue 13 may be, for the generator's tests."""
    import enum

    import click

    @click.group(help="Port from a terminal.\n\n\b\nExample:\n  pyport entities search x")
    @click.option("--profile", help="the profile")
    def root(profile: str | None) -> None: ...

    @root.group(help="Entities of a blueprint.")
    def entities() -> None: ...

    @entities.command(help="Search a blueprint's entities.")
    @click.argument("blueprint")
    @click.option("--where", multiple=True, help="prop=value, repeated")
    @click.option("--profile", help="the profile")
    def search(blueprint: str, where: tuple[str, ...], profile: str | None) -> None: ...

    @entities.command(name="delete-all", help="Delete every entity of a blueprint.")
    @click.argument("blueprint")
    def delete_all(blueprint: str) -> None: ...

    class ExitCode(enum.IntEnum):
        OK = 0
        FAILED = 1
        USAGE = 2

    module = ModuleType("pyport.cli")
    module.__spec__ = importlib.machinery.ModuleSpec("pyport.cli", None)
    module.main = root  # type: ignore[attr-defined]
    module.ExitCode = ExitCode  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "pyport.cli", module)
    return module


def test_with_a_cli_the_index_shows_the_commands_the_cli_has(fake_cli: ModuleType) -> None:
    docs_pages = _docs_pages()
    commands = docs_pages.cli_commands(docs_pages.operations())
    assert commands == {
        "search_blueprint_entities": "pyport entities search",
        "delete_all_blueprint_entities": "pyport entities delete-all",
    }
    page = docs_pages.operations_page()
    assert "| Port operation | HTTP | Python | CLI |" in page
    assert "`pyport entities search` |" in page
    fake_cli.operation_commands = lambda: {"get_entity": "pyport entities show"}  # type: ignore[attr-defined]
    assert docs_pages.cli_commands(docs_pages.operations()) == {
        "get_entity": "pyport entities show"
    }
    fake_cli.operation_commands = lambda: {"no_such_operation": "pyport x"}  # type: ignore[attr-defined]
    with pytest.raises(ValueError, match="no_such_operation"):
        docs_pages.cli_commands(docs_pages.operations())


def test_with_a_cli_its_reference_and_exit_codes_are_written_from_it(fake_cli: ModuleType) -> None:
    docs_pages = _docs_pages()
    reference = docs_pages.cli_reference_page()
    for path in (
        "pyport",
        "pyport entities",
        "pyport entities search",
        "pyport entities delete-all",
    ):
        assert f" `{path}`\n" in reference
    assert "Usage: `pyport entities search [OPTIONS] BLUEPRINT`" in reference
    assert "| `--where` | prop=value, repeated |" in reference
    assert "```" not in reference  # no code block that the examples test would not run
    # The root's options (the global ones) are listed once, under `pyport`; its help's example
    # (a click `\b` block) is inline code.
    assert reference.count("| `--profile` | the profile |") == 1
    assert "Takes the global options (see `pyport`)." in reference
    assert "*Example:*\n\n- `pyport entities search x`" in reference
    codes = docs_pages.exit_codes_page()
    assert "| 0 | ok |" in codes
    assert "| 2 | usage |" in codes
    fake_cli.EXIT_CODES = {0: "ok", 5: "a batch partly failed"}  # type: ignore[attr-defined]
    assert "| 5 | a batch partly failed |" in docs_pages.exit_codes_page()


def test_a_lazy_cli_package_is_read_from_its_modules(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # As pyport.cli is built: the package imports no click (`pyport --version`), its root group
    # lives in a private module and loads its sub-commands by name, its exit codes in another.
    package = tmp_path / "lazycli"
    package.mkdir()
    (package / "__init__.py").write_text("def main() -> int:\n    return 0\n")
    (package / "_run.py").write_text(
        "import importlib, click\n"
        "class Lazy(click.Group):\n"
        "    def list_commands(self, ctx): return ['entities']\n"
        "    def get_command(self, ctx, name):\n"
        "        return importlib.import_module('lazycli._entities').entities\n"
        "@click.group(cls=Lazy, help='Port from a terminal.')\n"
        "def cli(): ...\n"
    )
    (package / "_entities.py").write_text(
        "import click\n"
        "@click.group(help='Entities.')\n"
        "def entities(): ...\n"
        "@entities.command(help='Search them.')\n"
        "def search(): ...\n"
    )
    (package / "_exit.py").write_text("EXIT_CODES = {0: 'success', 4: 'not found'}\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    module = importlib.import_module("lazycli")
    monkeypatch.setitem(sys.modules, "pyport.cli", module)
    docs_pages = _docs_pages()
    assert list(docs_pages.cli_tree(docs_pages.cli_root(module))) == [
        "pyport",
        "pyport entities",
        "pyport entities search",
    ]
    assert docs_pages.cli_commands(docs_pages.operations()) == {
        "search_blueprint_entities": "pyport entities search"
    }
    assert "| 4 | not found |" in docs_pages.exit_codes_page()
    # A second group that nothing has as a sub-command: two roots, which the docs refuse.
    (package / "_other.py").write_text("import click\n@click.group()\ndef other(): ...\n")
    with pytest.raises(LookupError, match="found 2"):
        docs_pages.cli_root(module)


def test_the_real_cli_is_read_where_it_is_built() -> None:
    import pyport.cli
    from pyport.cli._exit import EXIT_CODES
    from pyport.cli._run import cli

    docs_pages = _docs_pages()
    assert docs_pages.cli_root(pyport.cli) is cli
    page = docs_pages.exit_codes_page()
    assert all(f"| {code} | {meaning} |" in page for code, meaning in EXIT_CODES.items())


def test_a_cli_the_docs_cannot_read_is_a_clear_error(fake_cli: ModuleType) -> None:
    docs_pages = _docs_pages()
    del fake_cli.ExitCode
    with pytest.raises(LookupError, match="EXIT_CODES"):
        docs_pages.exit_codes_page()
    del fake_cli.main
    with pytest.raises(LookupError, match="root command"):
        docs_pages.cli_reference_page()


def test_without_a_cli_there_is_no_cli_column_nor_pages(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pyport.cli", None)  # absent, whether or not it exists
    docs_pages = _docs_pages()
    assert docs_pages.cli_commands(docs_pages.operations()) == {}
    assert "CLI" not in docs_pages.operations_page()
    assert docs_pages.cli_reference_page() is None
    assert docs_pages.exit_codes_page() is None


def test_the_api_changelog_is_the_spec_diff_between_the_pins(site: Path) -> None:
    page = _html(site, "api-changelog")
    pins = subprocess.run(
        ["git", "log", "--format=%h", "--", "openapi/spec.lock"],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    assert len(re.findall(r"<h2[^>]*>Pinned ", page)) == max(len(pins) - 1, 0)
    # Each step is either the changelog itself or says why it is missing (no specs here).
    assert page.count("operations added,") + page.count("Not available in this build") == max(
        len(pins) - 1, 0
    )


def test_every_page_of_docs_is_in_the_site(site: Path) -> None:
    for page in (REPO / "docs").rglob("*.md"):
        relative = page.relative_to(REPO / "docs").with_suffix("")
        folder = relative.parent if relative.name == "index" else relative
        assert (site / folder / "index.html").exists(), f"{page} was not built"


def test_the_cookbook_shows_every_search_operator_of_ports_spec() -> None:
    params = (REPO / "pyport" / "_resources" / "_params.py").read_text(encoding="utf-8")
    operators = set()
    for annotation in re.findall(r"\n    operator: (.*?)(?=\n    \w+:|\n\n)", params, re.DOTALL):
        operators |= set(re.findall(r'"([^"]+)"', annotation))
    cookbook = (REPO / "docs" / "how-to" / "search-rules.md").read_text(encoding="utf-8")
    shown = set(re.findall(r'"operator": "([^"]+)"', cookbook))
    not_simulated = {"matchAny"}  # the simulator answers 501; the page says so in its prose
    assert operators - not_simulated <= shown, sorted(operators - not_simulated - shown)
    assert all(f"`{op}`" in cookbook for op in not_simulated)
    assert len(operators) >= 20  # the extraction found Port's operators, not nothing


# The machinery of docs/conftest.py: each check must be able to fail.


@pytest.fixture(scope="module")
def machinery() -> ModuleType:
    spec = importlib.util.spec_from_file_location("docs_conftest", REPO / "docs" / "conftest.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_shown_output_must_match_what_was_printed(machinery: ModuleType) -> None:
    machinery._compare("a 1\nb ...\n", "a 1\nb 22 33\n")
    with pytest.raises(AssertionError, match="shown output differs"):
        machinery._compare("a 1\nb 2\n", "a 1\nb 3\n")
    with pytest.raises(AssertionError, match="shown output differs"):
        machinery._compare("a 1\n", "a 1\nextra line\n")


def test_console_commands_must_be_real(machinery: ModuleType) -> None:
    machinery._console("$ make docs\n$ pip install 'pyport[docs]'\n")
    with pytest.raises(AssertionError, match="no such target"):
        machinery._console("$ make no-such-target\n")
    with pytest.raises(AssertionError, match="no extra"):
        machinery._console("$ pip install 'pyport[nope]'\n")
    with pytest.raises(AssertionError, match="do not know how"):
        machinery._console("$ rm -rf /\n")
    with pytest.raises(AssertionError, match="differs"):
        machinery._console("$ python -c \"print('yes')\"\nno\n")
    machinery._console('$ python -c "raise SystemExit(3)"\n[exit 3]\n')
    # What goes to stderr is shown where a terminal shows it (an error line after the data).
    both = "import sys; print('data'); sys.exit('error: it failed')"
    machinery._console(f'$ python -c "{both}"\ndata\nerror: it failed\n[exit 1]\n')
    with pytest.raises(AssertionError, match="differs"):
        machinery._console(f'$ python -c "{both}"\nerror: it failed\ndata\n[exit 1]\n')
    with pytest.raises(AssertionError, match="exited 3, not 0"):
        machinery._console('$ python -c "raise SystemExit(3)"\n')


def test_a_block_of_an_unknown_kind_fails(machinery: ModuleType) -> None:
    class Example:
        def __init__(self) -> None:
            self.parsed = machinery._Block("ruby", "", "puts 1\n")
            self.namespace: dict[str, object] = {}

    assert "neither run nor checked" in machinery._evaluate(Example())


def test_an_excerpt_must_be_in_its_file(machinery: ModuleType) -> None:
    title = ' title="openapi/naming.yaml"'
    machinery._excerpt(machinery._Block("yaml", title, "operations:\n  get_entity: entities.get\n"))
    block = machinery._Block("yaml", title, "  get_entity: entities.fetch\n")
    with pytest.raises(AssertionError, match=r"not in openapi/naming\.yaml"):
        machinery._excerpt(block)
