"""Where credentials may go: https anywhere, plain http only to this machine."""

from __future__ import annotations

import functools

import httpx

from . import spec
from ._errors import ConfigurationError, InsecureTransportError

GLOBAL_SERVER = "https://whitebit.com"
EU_SERVER = "https://whitebit.eu"

_last_secure: httpx.URL | None = None  # the URL found secure last


# Asked on every request that is not https, of the same few hosts.
is_loopback = functools.lru_cache(maxsize=64)(spec.is_loopback)


def check_secure(url: httpx.URL) -> None:
    """Refuse to send credentials anywhere they could be read on the way."""
    global _last_secure
    if url is _last_secure:  # an httpx URL never changes; a client reuses one per path
        return
    scheme = url.scheme
    if scheme == "https" or (scheme == "http" and is_loopback(url.host)):
        _last_secure = url
        return
    raise InsecureTransportError(
        f"refusing to send WhiteBIT credentials to {url.scheme}://{url.host}: use https "
        "(plain http is allowed only to loopback, e.g. a local sandbox)"
    )


def parse_base_url(base_url: str) -> httpx.URL:
    """The base URL, checked: absolute, secure, and without a query or fragment."""
    try:
        url = httpx.URL(base_url)
    except (httpx.InvalidURL, TypeError) as exc:
        raise ConfigurationError(f"base_url {base_url!r} is not a URL: {exc}") from None
    if not url.scheme or not url.host:
        raise ConfigurationError(
            f"base_url must be an absolute URL such as {GLOBAL_SERVER!r}, got {base_url!r}"
        )
    if url.query or url.fragment or "?" in base_url or "#" in base_url:
        # httpx would glue the query onto every path: "/?a=1" + "api/v4/..." is sent as "/"
        # with a query, and signed as such.
        raise ConfigurationError(
            f"base_url must not have a query or fragment, got {base_url!r}: pass the scheme, "
            "host and (for a proxy) path prefix only"
        )
    check_secure(url)
    return url


def path_prefix(base_url: httpx.URL) -> str:
    """The path a proxy puts in front of WhiteBIT's own paths ('' for WhiteBIT itself).

    In its percent-encoded form, as it goes on the wire: that is what the signer compares.
    """
    return base_url.raw_path.split(b"?", 1)[0].decode("ascii").rstrip("/")
