"""Files and folders only their owner can read: snapshots, archives and restore journals.

A snapshot holds an organization's whole catalog; whatever the umask, its files are created
0600 and its folders 0700 (the mode is set explicitly after creation, as the umask only ever
removes bits, and a umask such as 0o200 would even leave a folder we cannot write).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import BinaryIO

FILE_MODE = 0o600
DIR_MODE = 0o700


def make_dir(path: Path) -> None:
    """Create the folder `path` (its parent must exist), 0700."""
    os.mkdir(path, DIR_MODE)
    os.chmod(path, DIR_MODE)


def make_parents(path: Path) -> None:
    """Create the missing folders above `path`, 0700 each (existing ones are left alone)."""
    missing: list[Path] = []
    parent = path.parent
    while not parent.exists():
        missing.append(parent)
        parent = parent.parent
    for folder in reversed(missing):
        try:
            make_dir(folder)
        except FileExistsError:  # created meanwhile by someone else: theirs to keep as it is
            continue


def open_new(path: Path) -> BinaryIO:
    """A new file (never an existing one) for writing, 0600."""
    return _open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL)


def open_replacing(path: Path) -> BinaryIO:
    """A file for writing, created or truncated, 0600 (also when it existed with another mode)."""
    return _open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC)


def write_new(path: Path, data: bytes) -> None:
    """Write `data` to the new file `path`, 0600."""
    with open_new(path) as out:
        out.write(data)


def _open(path: Path, flags: int) -> BinaryIO:
    fd = os.open(path, flags | getattr(os, "O_BINARY", 0), FILE_MODE)
    try:
        if hasattr(os, "fchmod"):
            os.fchmod(fd, FILE_MODE)
        else:  # Windows has no fchmod (and no group or other bits either)
            os.chmod(path, FILE_MODE)
        return os.fdopen(fd, "wb")
    except BaseException:
        os.close(fd)
        raise
