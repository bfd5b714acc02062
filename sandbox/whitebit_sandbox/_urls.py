from __future__ import annotations

from whitebit_auth.spec import is_loopback


def check_loopback(host: str) -> None:
    """The sandbox listens on loopback only: it holds well-known demo secrets."""
    if not is_loopback(host):
        raise ValueError(f"--host must be a loopback address, got {host!r}")
