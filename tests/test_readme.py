"""The README's quickstart runs, as written, against the simulator served on loopback.

The rest of what the README used to show lives in docs/, whose blocks run through docs/conftest.py.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from pyport import PortClient
from pyport.testing import PortSimulator

README = Path(__file__).resolve().parents[1] / "README.md"
SNIPPETS = re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), re.DOTALL)


def test_the_readme_has_the_snippets_this_test_runs() -> None:
    assert len(SNIPPETS) == 1


@pytest.fixture
def served(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Any:
    simulator = PortSimulator()
    with simulator.serve() as url:
        for name in ("PORT_ACCESS_TOKEN", "PORT_REGION", "PYPORT_PROFILE", "PYPORT_CONFIG"):
            monkeypatch.delenv(name, raising=False)
        monkeypatch.setenv("PORT_CLIENT_ID", simulator.client_id)
        monkeypatch.setenv("PORT_CLIENT_SECRET", simulator.client_secret)
        monkeypatch.setenv("PORT_BASE_URL", url)
        monkeypatch.chdir(tmp_path)
        yield simulator


def test_the_quickstart_runs(served: PortSimulator, capsys: pytest.CaptureFixture[str]) -> None:
    (quickstart,) = SNIPPETS
    exec(compile(quickstart, "README quickstart", "exec"), {})
    out = capsys.readouterr().out
    assert out.splitlines()[0] == "checkout"
    assert "checkout" in out.splitlines()[1]  # the entity it upserted came back from the search
    assert re.search(r"[0-9a-f]{32} 404 not_found", out)  # the trace id, then the error
    with PortClient() as port:  # and Port holds what the quickstart made
        assert [e.identifier for e in port.entities.list("service")] == ["checkout"]


def test_the_documentation_list_links_every_guide_and_only_pages_that_exist() -> None:
    text = README.read_text(encoding="utf-8")
    linked = set(re.findall(r"\]\((docs/[^)#]+\.md)\)", text))
    root = README.parent
    assert all((root / link).is_file() for link in linked), sorted(
        link for link in linked if not (root / link).is_file()
    )
    # Every tutorial, how-to and explanation page is a link away (the reference is the site's).
    pages = {
        str(page.relative_to(root))
        for section in ("tutorials", "how-to", "explanation")
        for page in (root / "docs" / section).glob("*.md")
        if page.name != "index.md"
    }
    assert len(pages) > 15  # the glob found the pages
    assert pages <= linked, sorted(pages - linked)
