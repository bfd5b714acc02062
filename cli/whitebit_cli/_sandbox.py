"""``whitebit sandbox [ARGS]``: the sandbox server, as ``python -m whitebit_sandbox ARGS``.

Every argument goes to the server unchanged (``whitebit sandbox --help`` shows its own), so
its options are the server's, whatever they become.
"""

from __future__ import annotations

import os
import sys

import click

from ._session import sandbox_parts


@click.command(
    "sandbox",
    add_help_option=False,
    context_settings={"ignore_unknown_options": True, "allow_interspersed_args": False},
)
@click.argument("arguments", nargs=-1, type=click.UNPROCESSED)
def sandbox(arguments: tuple[str, ...]) -> None:
    """Start the sandbox server (a local fake WhiteBIT on loopback); ARGUMENTS are its own
    (--port, --seed FILE ...; see whitebit sandbox --help)."""
    sandbox_parts()  # says which extra it needs, before the server would
    command = [sys.executable, "-m", "whitebit_sandbox", *arguments]
    sys.stdout.flush()
    # The server replaces this process: Ctrl-C and SIGTERM reach it, its exit status is ours.
    os.execv(sys.executable, command)  # noqa: S606 (our own interpreter, our own module)
