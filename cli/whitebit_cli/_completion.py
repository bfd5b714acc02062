"""``whitebit completion bash|zsh|fish``: the shell's completion script, from click.

Completion itself is click's: the script calls ``whitebit`` with ``_WHITEBIT_COMPLETE`` set,
and every command, option and enum value is offered as the index makes them.
"""

from __future__ import annotations

import click

SHELLS = ("bash", "zsh", "fish")


@click.command("completion")
@click.argument("shell", type=click.Choice(SHELLS))
def completion(shell: str) -> None:
    """Print the completion script for SHELL (bash, zsh or fish).

    \b
      bash: eval "$(whitebit completion bash)"   (in ~/.bashrc)
      zsh:  eval "$(whitebit completion zsh)"    (in ~/.zshrc)
      fish: whitebit completion fish > ~/.config/fish/completions/whitebit.fish
    """
    from click.shell_completion import get_completion_class

    from ._app import cli

    found = get_completion_class(shell)
    assert found is not None  # click has all three
    click.echo(found(cli, {}, "whitebit", "_WHITEBIT_COMPLETE").source())
