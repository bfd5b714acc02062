from __future__ import annotations

import ipaddress


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        address = ipaddress.ip_address(host.split("%", 1)[0])
    except ValueError:
        return False
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return address.ipv4_mapped.is_loopback
    return address.is_loopback


def check_loopback(host: str) -> None:
    """The sandbox listens on loopback only: it holds well-known demo secrets."""
    if not is_loopback(host):
        raise ValueError(f"--host must be a loopback address, got {host!r}")
