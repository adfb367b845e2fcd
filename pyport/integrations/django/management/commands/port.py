"""`manage.py port <arguments>`: pyport's command line, with the project's Port settings.

Delegates to `pyport.cli.main(argv)`; the client id, secret, base URL, region and profile of
`settings.PORT` reach it as the PORT_* environment variables it reads, for this call only.
"""

from __future__ import annotations

import importlib
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from pyport.integrations.django import port_settings

_ENVIRONMENT = {
    "client_id": "PORT_CLIENT_ID",
    "client_secret": "PORT_CLIENT_SECRET",
    "access_token": "PORT_ACCESS_TOKEN",
    "base_url": "PORT_BASE_URL",
    "region": "PORT_REGION",
    "profile": "PYPORT_PROFILE",
}


@contextmanager
def _settings_in_environment() -> Iterator[None]:
    values = {
        _ENVIRONMENT[k]: str(v) for k, v in port_settings().items() if k in _ENVIRONMENT and v
    }
    before = {name: os.environ.get(name) for name in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for name, old in before.items():
            if old is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = old


def delegate(argv: list[str]) -> int:
    """Run `pyport.cli.main(argv)`; its exit status."""
    try:
        cli = importlib.import_module("pyport.cli")
    except ImportError as error:
        if error.name not in ("pyport.cli", None):
            raise  # the CLI exists but something it imports is missing: show that
        raise CommandError(
            "this pyport has no command line (pyport.cli): upgrade pyport to use `manage.py port`"
        ) from error
    main = getattr(cli, "main", None)
    if not callable(main):
        raise CommandError("pyport.cli has no main(argv): upgrade pyport")
    with _settings_in_environment():
        try:
            status = main(argv)
        except SystemExit as exit_:
            status = exit_.code
    if status is None:
        return 0
    return status if isinstance(status, int) else 1


class Command(BaseCommand):
    help = "pyport's command line with this project's PORT settings: manage.py port <args>"

    def run_from_argv(self, argv: list[str]) -> None:
        # Every argument after `port` is the CLI's, `--help` included: Django parses none.
        from django.conf import settings

        settings.INSTALLED_APPS  # noqa: B018 - fails early and clearly when settings are broken
        sys.exit(delegate(argv[2:]))

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("arguments", nargs="*", help="the arguments of pyport's CLI")

    def handle(self, *args: Any, **options: Any) -> None:
        status = delegate([*args, *options.get("arguments", [])])
        if status:
            raise CommandError(f"port exited with status {status}", returncode=status)
