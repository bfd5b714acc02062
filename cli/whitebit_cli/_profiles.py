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
from dataclasses import dataclass
from pathlib import Path
from typing import Any

API_KEY_ENV = "WHITEBIT_API_KEY"
API_SECRET_ENV = "WHITEBIT_API_SECRET"  # noqa: S105 (a variable name)
CONFIG_ENV = "WHITEBIT_CONFIG"
DEFAULT_PROFILE = "default"


class ProfileError(Exception):
    """Credentials cannot be had as asked; nothing was sent."""


class Secret:
    """The API secret, which never prints: ``repr`` and ``str`` show ``'***'``."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "'***'"

    __str__ = __repr__

    def __reduce__(self) -> str | tuple[Any, ...]:
        raise TypeError("a secret cannot be pickled")


@dataclass(frozen=True)
class Key:
    api_key: str
    secret: Secret
    source: str  # where it came from, for doctor: "profile work (~/.config/...)", ...
    base_url: str | None = None


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
    secret = table.pop("api_secret", None)
    secret = Secret(secret) if isinstance(secret, str) else None
    key, base_url = table.get("api_key"), table.get("base_url")
    if not isinstance(key, str) or secret is None:
        raise ProfileError(f"profile {name!r} in {path} needs api_key and api_secret (strings)")
    if base_url is not None and not isinstance(base_url, str):
        raise ProfileError(f"profile {name!r} in {path}: base_url must be a string")
    return Key(key, secret, f"profile {name!r} ({path})", base_url)


def resolve(profile: str | None, *, interactive: bool) -> Key:
    """The key to sign with: ``--profile NAME``; else the environment; else the file's
    ``default`` profile; else, on a terminal, asked for (the secret without echo)."""
    path = config_path()
    if profile is not None:
        return _from_profile(profile, path)
    key, secret = os.environ.get(API_KEY_ENV), os.environ.get(API_SECRET_ENV)
    if key and secret:
        return Key(key, Secret(secret), f"environment ({API_KEY_ENV}, {API_SECRET_ENV})")
    del secret
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
    return Key(key, Secret(click.prompt("API secret", hide_input=True, err=True).strip()), "prompt")


def interactive() -> bool:
    return sys.stdin.isatty() and sys.stderr.isatty()
