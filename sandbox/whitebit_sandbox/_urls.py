from __future__ import annotations

import ipaddress


def check_loopback(host: str) -> None:
    """The sandbox listens on loopback only: it holds well-known demo secrets."""
    if host == "localhost":
        return
    try:
        if ipaddress.ip_address(host).is_loopback:
            return
    except ValueError:
        pass
    raise ValueError(f"--host must be a loopback address, got {host!r}")
