"""`mypy --strict` catches the usual mistakes on the typed surface and passes their twins.

The mistakes and what mypy must say about each are in tests/typing_mistakes/mistakes.py: a line
marked `# expect: CODE [text]` must get errors with exactly that code (one of them containing
the text) on that line; every other line, the `# ok` twins included, must get none.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from typing import NamedTuple

import pytest

ROOT = Path(__file__).resolve().parents[1]
MISTAKES = Path("tests", "typing_mistakes", "mistakes.py")

_EXPECT = re.compile(r"#\s*expect:\s*(?P<code>[a-z-]+)(?:\s+(?P<text>.+?))?\s*$")
_OK = re.compile(r"#\s*ok\s*$")
_ERROR = re.compile(r"^(?P<path>.+?):(?P<line>\d+): error: (?P<message>.*)  \[(?P<code>[a-z-]+)\]$")


class Expectation(NamedTuple):
    line: int
    code: str
    text: str


def _marks() -> tuple[list[Expectation], list[int]]:
    expected, twins = [], []
    for number, line in enumerate((ROOT / MISTAKES).read_text().splitlines(), start=1):
        if match := _EXPECT.search(line):
            expected.append(Expectation(number, match["code"], match["text"] or ""))
        elif _OK.search(line):
            twins.append(number)
    return expected, twins


EXPECTED, TWINS = _marks()


@pytest.fixture(scope="module")
def errors() -> dict[int, list[tuple[str, str]]]:
    """mypy's errors on the mistakes file: line -> [(code, message)]."""
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-pretty", str(MISTAKES)],
        cwd=ROOT,  # the project's [tool.mypy] configuration
        capture_output=True,
        text=True,
        timeout=600,  # only against a hang
        check=False,
    )
    found: dict[int, list[tuple[str, str]]] = {}
    for line in done.stdout.splitlines():
        if match := _ERROR.match(line):
            # An error anywhere else (pyport itself) would make the file's verdict meaningless.
            assert Path(match["path"]) == MISTAKES, line
            found.setdefault(int(match["line"]), []).append((match["code"], match["message"]))
        else:
            assert " note: " in line or line.startswith("Found "), line
    assert done.returncode in (0, 1), done.stdout + done.stderr  # 2: mypy itself failed
    return found


def test_every_mistake_has_a_correct_twin_on_the_next_line() -> None:
    assert len(EXPECTED) >= 10
    assert [e.line + 1 for e in EXPECTED] == TWINS


@pytest.mark.parametrize("expected", EXPECTED, ids=lambda e: f"line{e.line}-{e.code}")
def test_mypy_reports_the_mistake_at_its_line(
    errors: dict[int, list[tuple[str, str]]], expected: Expectation
) -> None:
    at_line = errors.get(expected.line, [])
    assert at_line, f"mypy found nothing wrong with line {expected.line}"
    assert {code for code, _ in at_line} == {expected.code}, at_line
    assert any(expected.text in message for _, message in at_line), at_line


def test_the_twins_and_every_other_line_pass(errors: dict[int, list[tuple[str, str]]]) -> None:
    marked = {e.line for e in EXPECTED}
    assert {line: found for line, found in errors.items() if line not in marked} == {}
