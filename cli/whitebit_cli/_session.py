"""The options every command shares, and the client they make: a key, a server, or the sandbox.

Commands do their work inside ``guarded``, which turns the client's errors into the exit
statuses of ``_exit`` and says on stderr what happened to the request.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from ._exit import Exit, describe, leave, status_of
from ._profiles import Key, ProfileError, interactive, resolve

if TYPE_CHECKING:
    from whitebit_auth import WhiteBitClient

SANDBOX_URL = "http://127.0.0.1"  # in process: nothing listens there, the transport answers

CONNECTION = (
    click.Option(
        ["--profile", "cli_profile"],
        metavar="NAME",
        help="Use the named profile of the config file ($WHITEBIT_CONFIG or "
        "~/.config/whitebit/config.toml) instead of WHITEBIT_API_KEY / WHITEBIT_API_SECRET.",
    ),
    click.Option(
        ["--base-url", "cli_base_url"],
        metavar="URL",
        help="The server (default https://whitebit.com, or the profile's base_url).",
    ),
    click.Option(["--eu", "cli_eu"], is_flag=True, help="Use WhiteBIT's EU server (whitebit.eu)."),
    click.Option(
        ["--sandbox", "cli_sandbox"],
        is_flag=True,
        help="Run against a fresh in-process sandbox (a fake WhiteBIT): no key needed.",
    ),
)
OUTPUT = (
    click.Option(["--json", "cli_json"], is_flag=True, help="JSON even on a terminal."),
    click.Option(
        ["--output", "-o", "cli_output"],
        type=click.Path(dir_okay=False, path_type=Path),
        help="Write the answer (JSON) to FILE.",
    ),
)
SAFETY = (
    click.Option(
        ["--yes", "-y", "cli_yes"], is_flag=True, help="Send a money or state change unasked."
    ),
    click.Option(
        ["--dry-run", "cli_dry_run"],
        is_flag=True,
        help="Print the exact body that would be signed (no nonce, no signature) and send nothing.",
    ),
)
SHARED_NAMES = frozenset(
    name.lstrip("-") for option in (*CONNECTION, *OUTPUT, *SAFETY) for name in option.opts
) | {"help"}


@dataclass(frozen=True)
class Settings:
    profile: str | None = None
    base_url: str | None = None
    eu: bool = False
    sandbox: bool = False
    json: bool = False
    output: Path | None = None
    yes: bool = False
    dry_run: bool = False

    @classmethod
    def take(cls, values: dict[str, Any]) -> Settings:
        """The shared options' values, removed from ``values`` (the command's own remain)."""
        mine = {k[4:]: values.pop(k) for k in list(values) if k.startswith("cli_")}
        return cls(**mine)

    @property
    def server(self) -> str | None:
        """The server asked for on the command line (None: the profile's or the default)."""
        if self.sandbox:
            return SANDBOX_URL
        if self.base_url:
            return self.base_url
        if self.eu:
            from whitebit_auth import EU_SERVER

            return EU_SERVER
        return None


def check_combination(settings: Settings) -> None:
    if settings.sandbox and (settings.profile or settings.base_url or settings.eu):
        raise click.UsageError(
            "--sandbox uses the sandbox's own key and server: leave out --profile, --base-url "
            "and --eu"
        )
    if settings.base_url and settings.eu:
        raise click.UsageError("--base-url and --eu both name a server: give one")


def sandbox_parts() -> Any:
    """The sandbox package, or a usage error saying which extra brings it."""
    try:
        import whitebit_sandbox

        whitebit_sandbox.Sandbox  # noqa: B018 (its names load on first use: check now)
    except ImportError:
        leave(
            Exit.FAILED,
            "whitebit: --sandbox needs the sandbox extra: "
            "pip install 'whitebit-client[sandbox] @ <path or URL>' (README: Installing)",
        )
    return whitebit_sandbox


def key_for(settings: Settings) -> Key:
    try:
        return resolve(settings.profile, interactive=interactive())
    except ProfileError as exc:
        leave(Exit.USAGE, f"whitebit: {exc}")


def connect(settings: Settings, **options: Any) -> tuple[WhiteBitClient, str]:
    """A signing client as the settings ask, and a line saying where it goes."""
    from whitebit_auth import GLOBAL_SERVER, create_client

    check_combination(settings)
    if settings.sandbox:
        box = sandbox_parts()
        transport = box.SandboxTransport(box.Sandbox())
        client = create_client(
            box.DEMO_API_KEY,
            box.DEMO_API_SECRET,
            base_url=SANDBOX_URL,
            transport=transport,
            async_transport=transport,
            **options,
        )
        return client, f"an in-process sandbox, key {box.DEMO_API_KEY}"
    key = key_for(settings)
    base_url = settings.server or key.base_url or GLOBAL_SERVER
    # The secret goes over as a value, never a local here: a traceback's locals show nothing.
    client = create_client(
        key.api_key, key.credentials.secret.decode("ascii"), base_url=base_url, **options
    )
    return client, f"{base_url}, key {key.api_key} from {key.source}"


@contextmanager
def guarded() -> Iterator[None]:
    """Run a command's work; the client's errors become exit statuses with a message."""
    from whitebit_auth import WhiteBitError

    try:
        yield
    except WhiteBitError as error:
        leave(status_of(error), describe(error))
    except KeyboardInterrupt:
        leave(Exit.INTERRUPTED, "whitebit: interrupted")


def with_options(*groups: tuple[click.Option, ...]) -> Callable[[click.Command], click.Command]:
    def attach(command: click.Command) -> click.Command:
        for group in groups:
            command.params.extend(group)
        return command

    return attach


def note(text: str) -> None:
    """A line for the person at the terminal: never on stdout, which may be piped."""
    print(text, file=sys.stderr)
