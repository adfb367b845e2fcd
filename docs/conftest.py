"""Every code block of the documentation runs as a test (Sybil collects docs/**/*.md).

Each page runs top to bottom in one namespace, against its own Port simulator served on loopback:
the page's environment holds the simulator's credentials (`PORT_CLIENT_ID`, `PORT_CLIENT_SECRET`,
`PORT_BASE_URL`), so the code on the page is the code a reader runs against Port, with no hidden
lines. A second simulator stands for a second organization (`PORT_US_CLIENT_ID`,
`PORT_US_CLIENT_SECRET`, `PORT_US_BASE_URL`), for the pages that copy from one to another. The
working directory and `HOME` are a fresh temporary directory per page.

What each kind of fenced block does (a block of any other kind fails, so none goes unchecked):

- ```` ```python ````: executed in the page's namespace; what it prints is kept.
- ```` ```python title="name.py" ````: written to the working directory as `name.py`, then run as
  a program (`python name.py`, a process of its own), or with pytest when its name starts with
  `test_`.
- ```` ```text title="Output" ````: what the block before it printed, compared line by line;
  `...` stands for any text.
- ```` ```toml|csv|json title="path" ````: a file the page's code reads, written to `path`
  (`~` is the page's home).
- ```` ```console ````: `$ python ...`, `$ pytest ...` and `$ pyport ...` (the CLI, as
  `python -m pyport`) run; their output (stdout and stderr, in order, as a terminal shows
  them), when shown, is compared as above, and must exit 0
  unless the last line shown is `[exit N]`; `$ make TARGET` and `$ pip install 'pyport[EXTRA]'`
  are not run (they would rebuild this very environment) but must name a real target and a real
  extra. A command's stdin is nothing (never a terminal), or the file of a final `< file`.
- a block titled with a file of the repository (```` ```yaml title="openapi/naming.yaml" ````):
  every line shown is in that file.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import shlex
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sybil import Document, Example, Region, Sybil
from sybil.parsers.markdown.lexers import RawFencedCodeBlockLexer

REPO = Path(__file__).resolve().parents[1]
_INFO = re.compile(r"(?P<language>[\w+-]*)(?P<attributes>[^\n]*)$\n", re.MULTILINE)
_ATTRIBUTE = re.compile(r'(\w+)="([^"]*)"')
_OUTPUT = "__docs_last_output__"
# The commands a ```console block runs, and how (`pyport` is the CLI, `python -m pyport`).
_RUNNERS = {
    "python": [sys.executable],
    "pytest": [sys.executable, "-m", "pytest"],
    "pyport": [sys.executable, "-m", "pyport"],
}
_EXIT = re.compile(r"\[exit (\d+)\]")
# A program run by a page is bounded so a hang cannot stall the suite; never a measure of speed.
_HANG_GUARD_SECONDS = 300


@pytest.fixture(scope="module")
def docs_port(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """A fresh simulator served on loopback, its credentials in the environment; a temporary
    working directory and home."""
    from pyport.testing import PortSimulator

    home = tmp_path_factory.mktemp("page")
    simulator = PortSimulator()
    # A second organization, for the pages that copy between two (EU → US): PORT_US_*.
    second = PortSimulator(client_id="us-client-id", client_secret="us-client-secret", seed=1)
    with (
        simulator.serve() as url,
        second.serve() as second_url,
        pytest.MonkeyPatch.context() as patch,
    ):
        for name in (
            "PORT_ACCESS_TOKEN",
            "PORT_REGION",
            "PYPORT_PROFILE",
            "PYPORT_CONFIG",
            "XDG_CONFIG_HOME",
        ):
            patch.delenv(name, raising=False)
        patch.setenv("PORT_CLIENT_ID", simulator.client_id)
        patch.setenv("PORT_CLIENT_SECRET", simulator.client_secret)
        patch.setenv("PORT_BASE_URL", url)
        patch.setenv("PORT_US_CLIENT_ID", second.client_id)
        patch.setenv("PORT_US_CLIENT_SECRET", second.client_secret)
        patch.setenv("PORT_US_BASE_URL", second_url)
        patch.setenv("HOME", str(home))
        patch.chdir(home)
        yield simulator


class _Block:
    """One fenced block: its language, its attributes (`title="..."`) and its text."""

    def __init__(self, language: str, attributes: str, source: str) -> None:
        self.language = language
        self.attributes = dict(_ATTRIBUTE.findall(attributes))
        self.source = source

    @property
    def title(self) -> str | None:
        return self.attributes.get("title")


def _blocks(document: Document) -> Iterator[Region]:
    lexer = RawFencedCodeBlockLexer(info_pattern=_INFO)
    for region in lexer(document):
        lexemes = region.lexemes
        region.parsed = _Block(lexemes["language"], lexemes["attributes"], str(lexemes["source"]))
        region.evaluator = _evaluate
        yield region


def _evaluate(example: Example) -> str | None:
    block: _Block = example.parsed
    namespace = example.namespace
    if block.language == "python" and block.title is None:
        namespace[_OUTPUT] = _exec(block.source, namespace, where=f"{example.path}:{example.line}")
    elif block.language == "python":
        namespace[_OUTPUT] = _run_program(block.title, block.source)
    elif block.language == "text" and block.title == "Output":
        if _OUTPUT not in namespace:
            return "an Output block must follow a block that runs"
        _compare(block.source, namespace.pop(_OUTPUT))
    elif block.title and not block.title.startswith("~") and (REPO / block.title).is_file():
        _excerpt(block)
    elif block.language in ("toml", "csv", "json") and block.title:
        path = Path(os.path.expanduser(block.title))
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(block.source, encoding="utf-8")
    elif block.language == "console":
        _console(block.source)
    else:
        return f"a ```{block.language} block is neither run nor checked: see docs/conftest.py"
    return None


def _exec(source: str, namespace: dict[str, Any], *, where: str) -> str:
    namespace.setdefault("__name__", "__main__")
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(source, where, "exec"), namespace)
    return out.getvalue()


def _run_program(title: str | None, source: str) -> str:
    assert title is not None
    assert title.endswith(".py"), f"a program's title is its file: {title}"
    path = Path(title)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(source, encoding="utf-8")
    if path.name.startswith("test_"):
        return _run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(path)])
    # As the reader runs it: `python name.py`, a process of its own (its folder first on
    # sys.path, so the modules next to it import; a framework configured once per process).
    return _run([sys.executable, str(path)])


def _run(argv: list[str], *, status: int = 0, stdin: str | None = None) -> str:
    """Run a command, its stdin the file `stdin` or nothing (never a terminal); what it wrote
    to stdout and stderr, in order, as a terminal shows it."""
    with open(stdin or os.devnull, "rb") as source:
        done = _run_with(argv, source)
    assert done.returncode == status, (
        f"{shlex.join(argv)} exited {done.returncode}, not {status}:\n{done.stdout}"
    )
    return done.stdout


def _run_with(argv: list[str], stdin: Any) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        argv,
        stdin=stdin,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        check=False,
        timeout=_HANG_GUARD_SECONDS,
        # Unbuffered: a message on stderr comes out where it does on a terminal, not before
        # the data that a pipe's buffer would hold back.
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )


def _compare(expected: str, actual: str) -> None:
    """`actual` must be `expected`, line ends stripped, where `...` matches any text."""

    def tidy(text: str) -> str:
        return "\n".join(line.rstrip() for line in text.strip("\n").splitlines())

    pattern = ".*?".join(re.escape(part) for part in tidy(expected).split("..."))
    assert re.fullmatch(pattern, tidy(actual), re.DOTALL), (
        f"shown output differs.\n--- shown:\n{tidy(expected)}\n--- printed:\n{tidy(actual)}"
    )


def _console(source: str) -> None:
    """Run or check each `$ command`; the lines after it, if any, are its expected output."""
    steps: list[tuple[str, list[str]]] = []
    for line in source.splitlines():
        if line.startswith("$ "):
            steps.append((line[2:], []))
        elif steps:
            steps[-1][1].append(line)
        elif line.strip():
            raise AssertionError(f"console text before the first command: {line!r}")
    for command, shown in steps:
        argv = shlex.split(command.split("  #", 1)[0])
        if argv[0] == "make":
            _check_make_targets(argv[1:])
        elif argv[:2] == ["pip", "install"]:
            _check_extras(argv[2:])
        elif argv[0] in _RUNNERS:
            status, expected = 0, shown
            if shown and (match := _EXIT.fullmatch(shown[-1].strip())):
                status, expected = int(match.group(1)), shown[:-1]
            stdin = None
            if len(argv) > 2 and argv[-2] == "<":  # `... < file`: the file is its stdin
                argv, stdin = argv[:-2], argv[-1]
            output = _run([*_RUNNERS[argv[0]], *argv[1:]], status=status, stdin=stdin)
            if any(line.strip() for line in expected):
                _compare("\n".join(expected), output)
        else:
            raise AssertionError(f"the docs do not know how to run or check: {command}")


def _check_make_targets(arguments: list[str]) -> None:
    makefile = (REPO / "Makefile").read_text(encoding="utf-8")
    for argument in arguments:
        if "=" in argument:
            continue  # a variable (SPEC=...), not a target
        assert re.search(rf"^{re.escape(argument)}:", makefile, re.MULTILINE), (
            f"make {argument}: no such target in the Makefile"
        )


def _check_extras(arguments: list[str]) -> None:
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - Python 3.10
        import tomli as tomllib

    extras = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "optional-dependencies"
    ]
    for argument in arguments:
        match = re.fullmatch(r"pyport(?:\[([\w,]+)\])?", argument)
        assert match, f"pip install {argument}: the docs only install pyport"
        for extra in filter(None, (match.group(1) or "").split(",")):
            assert extra in extras, f"pyport has no extra [{extra}]"


def _excerpt(block: _Block) -> None:
    """A block titled with a file of the repository: every non-blank line shown is in it."""
    assert block.title, f"a ```{block.language} block needs a title naming what it shows"
    text = (REPO / block.title).read_text(encoding="utf-8")
    lines = set(text.splitlines())
    missing = [line for line in block.source.splitlines() if line.strip() and line not in lines]
    assert not missing, f"not in {block.title}: {missing}"


pytest_collect_file = Sybil(
    parsers=[_blocks],
    patterns=["*.md"],
    fixtures=["docs_port"],
).pytest()
