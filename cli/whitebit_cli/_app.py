"""The ``whitebit`` command: a group per tag of the index, and the tool's own commands.

Everything is found when asked for: ``whitebit --help`` reads the index only; a group's help
reads the spec for summaries; a command's body model is imported when that command runs or
shows its help. Built-in commands are modules of their own, imported when named.
"""

from __future__ import annotations

import importlib
from typing import Any

import click

from ._index import groups

# name -> (module, attribute, one line for the listing); imported only when used.
BUILTINS: dict[str, tuple[str, str, str]] = {
    "call": ("._operation", "call", "Any operation by its operationId, fields as name=value."),
    "doctor": ("._doctor", "doctor", "Check a key without moving money: clock, access, limits."),
    "export": ("._export", "export", "Histories to CSV or JSON Lines over a date range."),
    "sandbox": ("._sandbox", "sandbox", "Start the sandbox server (a local fake WhiteBIT)."),
    "completion": ("._completion", "completion", "Shell completion for bash, zsh or fish."),
}


class TagGroup(click.Group):
    """The operations of one tag; each command is made when named."""

    def __init__(self, name: str, tag: str) -> None:
        super().__init__(
            name, short_help=f"{tag} operations.", help=f"WhiteBIT's {tag} operations."
        )

    def list_commands(self, ctx: click.Context) -> list[str]:
        return [op.command for op in groups().get(self.name or "", [])]

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        from ._operation import OperationCommand

        for op in groups().get(self.name or "", []):
            if op.command == cmd_name:
                return OperationCommand(op)
        return None


class Whitebit(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return [*groups(), *BUILTINS]

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in BUILTINS:
            module, attribute, _ = BUILTINS[cmd_name]
            command: click.Command = getattr(
                importlib.import_module(module, __package__), attribute
            )
            return command
        found = groups().get(cmd_name)
        if found:
            return TagGroup(cmd_name, found[0].tag)
        return None

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        # The built-ins' lines without importing them (each brings its own libraries).
        areas = [(name, f"{ops[0].tag} ({len(ops)})") for name, ops in groups().items()]
        with formatter.section("Operations, by area (whitebit AREA --help)"):
            formatter.write_dl(areas)
        with formatter.section("Commands"):
            formatter.write_dl([(name, line) for name, (_, _, line) in BUILTINS.items()])


def _version(ctx: click.Context, param: click.Parameter, value: bool) -> None:
    if not value or ctx.resilient_parsing:
        return
    from importlib.metadata import version

    click.echo(f"whitebit {version('whitebit-client')}")
    ctx.exit()


@click.group(
    cls=Whitebit,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
)
@click.option(
    "--version", is_flag=True, expose_value=False, is_eager=True, callback=_version,
    help="Show the version.",
)  # fmt: skip
def cli(**_: Any) -> None:
    """WhiteBIT's private API V4 from the terminal: every operation of the spec.

    \b
      whitebit main-account get-main-balance --ticker USDT
      whitebit call createWithdraw ticker=USDT amount=50 address=0x... uniqueId=payout-7
      whitebit crypto-lending-flex get-flex-plans --sandbox

    Credentials: WHITEBIT_API_KEY / WHITEBIT_API_SECRET, or --profile NAME (a config file),
    or a prompt; --sandbox needs none. Money and state changes ask first (--yes skips);
    --dry-run shows the exact body. Exit status: 0 done, 2 usage, 3 refused (nothing
    happened), 4 outcome unknown (check before retrying), 5 executed but unreadable.
    """
