"""`pyport simulator serve`: the local Port simulator (`python -m pyport.testing`)."""

from __future__ import annotations

import click

from pyport.cli._exit import FAILED, CliError
from pyport.cli._state import global_options


@click.group("simulator")
@global_options
def simulator() -> None:
    """The local Port simulator, for trying commands and testing tools.

    \b
    Example:
      pyport simulator serve --port 8765
      PORT_BASE_URL=http://127.0.0.1:8765 PORT_CLIENT_ID=sim-client-id \\
        PORT_CLIENT_SECRET=sim-client-secret pyport blueprints list
    """


@simulator.command(
    "serve",
    context_settings={"ignore_unknown_options": True, "help_option_names": []},
    add_help_option=False,
)
@click.argument("options", nargs=-1, type=click.UNPROCESSED)
def serve(options: tuple[str, ...]) -> None:
    """Serve a simulator on loopback until Ctrl-C; options as `python -m pyport.testing`
    (--port, --latency-ms, --error-rate 503=0.1, --persist FILE, ...; --help lists them).

    \b
    Example:
      pyport simulator serve --port 8765 --latency-ms 20 --persist org.json
    """
    from pyport.testing.__main__ import main

    try:
        status = main(list(options))
    except SystemExit as done:  # argparse's --help and usage errors
        status = done.code if isinstance(done.code, int) else 2
    if status:
        raise CliError("the simulator stopped with an error", code=status or FAILED)
