"""Where credentials may go: https anywhere, plain http only to this machine."""

from __future__ import annotations

import functools
import ipaddress

import httpx

from ._errors import InsecureTransportError

GLOBAL_SERVER = "https://whitebit.com"
EU_SERVER = "https://whitebit.eu"


@functools.lru_cache(maxsize=64)  # asked on every request, of the same few hosts
def is_loopback(host: str) -> bool:
    host = host.strip("[]").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_secure(url: httpx.URL) -> None:
    """Refuse to send credentials anywhere they could be read on the way."""
    if url.scheme == "https":
        return
    if url.scheme == "http" and is_loopback(url.host):
        return
    raise InsecureTransportError(
        f"refusing to send WhiteBIT credentials to {url.scheme}://{url.host}: use https "
        "(plain http is allowed only to loopback, e.g. a local sandbox)"
    )


def path_prefix(base_url: httpx.URL) -> str:
    """The path a proxy puts in front of WhiteBIT's own paths ('' for WhiteBIT itself)."""
    return base_url.path.rstrip("/")
