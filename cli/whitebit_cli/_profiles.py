"""Where the command line finds a key: a named profile, the environment, or a prompt.

Profiles live in a TOML file (``$WHITEBIT_CONFIG``, else ``$XDG_CONFIG_HOME/whitebit/
config.toml``, else ``~/.config/whitebit/config.toml``), one table per profile::

    [default]
    api_key = "..."
    api_secret = "..."
    base_url = "https://whitebit.eu"   # optional

A file that anyone but its owner may read or write is refused, as ssh refuses such a key file.
There is no option that takes the secret: an argument shows in every process listing.
"""

from __future__ import annotations

import os
import stat
import sys
import tomllib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from whitebit_auth import API_KEY_ENV, API_SECRET_ENV, Credentials, CredentialsError

CONFIG_ENV = "WHITEBIT_CONFIG"
DEFAULT_PROFILE = "default"


class ProfileError(Exception):
    """Credentials cannot be had as asked; nothing was sent."""


@dataclass(frozen=True)
class Key:
    """A key pair (``whitebit_auth.Credentials``: checked, its secret in no repr), where it
    came from, and the server its profile names."""

    credentials: Credentials
    source: str  # e.g. "profile 'work' (~/.config/whitebit/config.toml)"
    base_url: str | None = None

    @property
    def api_key(self) -> str:
        return self.credentials.api_key


def config_path() -> Path:
    explicit = os.environ.get(CONFIG_ENV)
    if explicit:
        return Path(explicit).expanduser()
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "whitebit" / "config.toml"


def _check_private(path: Path) -> None:
    info = path.stat()
    if info.st_mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise ProfileError(
            f"{path} may be read or changed by others (permissions "
            f"{stat.S_IMODE(info.st_mode):04o}): it holds API secrets, so it is not used. "
            f"Run: chmod 600 {path}"
        )
    if hasattr(os, "getuid") and info.st_uid != os.getuid():
        raise ProfileError(f"{path} belongs to another user: it is not used")


def _profiles(path: Path) -> dict[str, Any]:
    _check_private(path)
    try:
        with path.open("rb") as handle:
            loaded = tomllib.load(handle)
    except tomllib.TOMLDecodeError as exc:
        raise ProfileError(f"{path} is not TOML: {exc}") from None
    return loaded


def _from_profile(name: str, path: Path) -> Key:
    if not path.exists():
        raise ProfileError(f"no profile {name!r}: {path} does not exist")
    profiles = _profiles(path)
    table = profiles.get(name)
    if not isinstance(table, dict):
        known = ", ".join(sorted(k for k, v in profiles.items() if isinstance(v, dict)))
        raise ProfileError(f"no profile {name!r} in {path} (profiles: {known or 'none'})")
    key, base_url = table.get("api_key"), table.get("base_url")
    if not isinstance(key, str) or "api_secret" not in table:
        raise ProfileError(f"profile {name!r} in {path} needs api_key and api_secret")
    if base_url is not None and not isinstance(base_url, str):
        raise ProfileError(f"profile {name!r} in {path}: base_url must be a string")
    where = f"profile {name!r} ({path})"
    with _checked(where):
        # Handed over straight from the table: no local of ours ever holds the secret.
        return Key(Credentials(key, table.pop("api_secret")), where, base_url)


def resolve(profile: str | None, *, interactive: bool) -> Key:
    """The key to sign with: ``--profile NAME``; else the environment; else the file's
    ``default`` profile; else, on a terminal, asked for (the secret without echo)."""
    path = config_path()
    if profile is not None:
        return _from_profile(profile, path)
    key = os.environ.get(API_KEY_ENV)
    if key and os.environ.get(API_SECRET_ENV):
        where = f"environment ({API_KEY_ENV}, {API_SECRET_ENV})"
        with _checked(where):
            return Key(Credentials(key, os.environ[API_SECRET_ENV]), where)
    # No local keeps the loaded file: it holds secrets, and frames' locals get printed.
    if path.exists() and isinstance(_profiles(path).get(DEFAULT_PROFILE), dict):
        return _from_profile(DEFAULT_PROFILE, path)
    if interactive:
        return _prompt()
    raise ProfileError(
        f"no API key: set {API_KEY_ENV} and {API_SECRET_ENV}, or add a profile to {path} "
        "(--profile NAME; [default] is used without it), or try --sandbox, which needs no key"
    )


def _prompt() -> Key:
    import click

    key = click.prompt("API key", err=True).strip()
    with _checked("the prompt"):
        return Key(
            Credentials(key, click.prompt("API secret", hide_input=True, err=True)), "prompt"
        )


@contextmanager
def _checked(where: str) -> Iterator[None]:
    """The pair is checked as the client checks it (a str, no white space or control
    characters ...); a problem names where the pair came from."""
    try:
        yield
    except CredentialsError as exc:
        raise ProfileError(f"{where}: {exc}") from None


def interactive() -> bool:
    return sys.stdin.isatty() and sys.stderr.isatty()
