#!/usr/bin/env python3
"""Screenshots of the built documentation site in a real headless browser.

    python scripts/screenshot_docs.py [--site site] [--out .work/screenshots] [--build]

Serves the built site (`make docs` writes it into site/) on 127.0.0.1 and has headless Chromium
(Debian's `chromium` package: `apt-get install -y chromium`) take a PNG of the home page and of
one reference page. Not part of `make test`: it needs a browser the test machine may not have.
Prints the path of each PNG.
"""

from __future__ import annotations

import argparse
import functools
import http.server
import shutil
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PAGES = {
    "home.png": "",
    "reference-entities.png": "reference/resources/entities/",
}
WINDOW = "1280,900"
# Guards against a browser that hangs; a screenshot takes a few seconds.
BROWSER_HANG_GUARD_SECONDS = 120


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--site", type=Path, default=REPO / "site", help="the built site")
    parser.add_argument("--out", type=Path, default=REPO / ".work" / "screenshots")
    parser.add_argument("--build", action="store_true", help="run `mkdocs build --strict` first")
    args = parser.parse_args(argv)

    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        print("error: no chromium on PATH (apt-get install -y chromium)", file=sys.stderr)
        return 2
    if args.build:
        subprocess.run(
            [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(args.site)],
            cwd=REPO,
            check=True,
        )
    if not (args.site / "index.html").is_file():
        print(f"error: no built site in {args.site}: run `make docs` first", file=sys.stderr)
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    with _served(args.site) as base_url, tempfile.TemporaryDirectory() as profile:
        for name, page in PAGES.items():
            target = args.out / name
            target.unlink(missing_ok=True)
            subprocess.run(
                [
                    browser,
                    "--headless",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--no-first-run",
                    "--hide-scrollbars",
                    f"--user-data-dir={profile}",
                    f"--screenshot={target}",
                    f"--window-size={WINDOW}",
                    f"{base_url}/{page}",
                ],
                check=True,
                capture_output=True,
                timeout=BROWSER_HANG_GUARD_SECONDS,
            )
            if not target.is_file() or target.stat().st_size == 0:
                print(f"error: chromium wrote no screenshot for /{page}", file=sys.stderr)
                return 1
            print(target)
    return 0


@contextmanager
def _served(root: Path) -> Iterator[str]:
    """`root` served over HTTP on 127.0.0.1 (a free port) in a background thread."""

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            pass

    handler = functools.partial(Quiet, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


if __name__ == "__main__":
    sys.exit(main())
