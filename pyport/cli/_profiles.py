"""Writing profiles into the config file the library reads (`pyport._config`): atomically,
mode 0600 (it may hold a secret), other profiles kept as they were."""

from __future__ import annotations

import json
import os
import re
import sys
from pathlib import Path
from typing import Any

from pyport.cli._exit import USAGE, CliError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib

_BARE_KEY = re.compile(r"^[A-Za-z0-9_-]+$")


def config_path() -> Path:
    """The file the library reads: $PYPORT_CONFIG, else XDG, else ~/.config/pyport/config.toml."""
    from pyport._config import _config_path

    path, _ = _config_path(None, os.environ)
    if path is None:
        raise CliError("no config file location: set PYPORT_CONFIG or HOME", code=USAGE)
    return path


def read_profiles(path: Path) -> dict[str, Any]:
    if not path.exists():
        return {}
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise CliError(f"cannot read {path}: {error}; fix or move it first", code=USAGE) from None


def _key(name: str) -> str:
    return name if _BARE_KEY.match(name) else json.dumps(name)


def render(document: dict[str, Any]) -> str:
    """TOML for tables of strings, all a pyport config file holds."""
    blocks = []
    for profile, table in document.items():
        if not isinstance(table, dict) or not all(isinstance(v, str) for v in table.values()):
            raise CliError(
                f"profile {profile!r} of the config file holds more than strings; "
                "edit the file by hand",
                code=USAGE,
            )
        lines = [f"[{_key(profile)}]"]
        # json.dumps writes a TOML basic string: the same quotes and backslash escapes.
        lines.extend(f"{_key(k)} = {json.dumps(v, ensure_ascii=False)}" for k, v in table.items())
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + "\n" if blocks else ""


def write_profiles(path: Path, document: dict[str, Any]) -> None:
    text = render(document)
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    scratch = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(scratch, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(text)
        os.chmod(scratch, 0o600)  # whatever the umask said
        os.replace(scratch, path)
    except BaseException:
        scratch.unlink(missing_ok=True)
        raise
