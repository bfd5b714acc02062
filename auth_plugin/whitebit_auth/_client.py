"""``create_client``: the generated client, wired to sign every request."""

from __future__ import annotations

from typing import Any

import httpx
from whitebit_main_api import Client

from ._auth import WhiteBitAuth
from ._credentials import Credentials
from ._nonce import NonceSource
from ._urls import GLOBAL_SERVER, check_secure, path_prefix

# Connect fails fast; a read may wait for a slow exchange, but not forever.
DEFAULT_TIMEOUT = httpx.Timeout(15.0, connect=5.0)


def create_client(
    api_key: str | None = None,
    api_secret: str | None = None,
    *,
    base_url: str = GLOBAL_SERVER,
    nonce_window: bool = False,
    nonce_source: NonceSource | None = None,
    timeout: httpx.Timeout | float | None = DEFAULT_TIMEOUT,
    transport: httpx.BaseTransport | None = None,
    async_transport: httpx.AsyncBaseTransport | None = None,
    httpx_args: dict[str, Any] | None = None,
) -> Client:
    """A ``whitebit_main_api.Client`` that signs every call, sync and async.

    Credentials default to the WHITEBIT_API_KEY / WHITEBIT_API_SECRET environment variables.
    ``base_url`` may be ``whitebit_auth.EU_SERVER`` or a proxy URL with a path prefix.
    ``nonce_window=True`` asks WhiteBIT to accept nonces within ±5 s of its clock instead of
    strictly increasing ones: use it when requests run concurrently.
    ``transport`` / ``async_transport`` replace the network (the sandbox, a mock).
    """
    credentials = Credentials.resolve(api_key, api_secret)
    url = httpx.URL(base_url)
    if not url.scheme or not url.host:
        raise ValueError(
            f"base_url must be an absolute URL such as {GLOBAL_SERVER!r}, got {base_url!r}"
        )
    check_secure(url)
    auth = WhiteBitAuth(
        credentials,
        nonce_source=nonce_source,
        nonce_window=nonce_window,
        path_prefix=path_prefix(url),
    )
    if not isinstance(timeout, httpx.Timeout):
        timeout = httpx.Timeout(timeout)
    client = Client(
        base_url=base_url,
        timeout=timeout,
        follow_redirects=False,  # a redirect must not carry a signed request elsewhere
        raise_on_unexpected_status=False,
        httpx_args={**(httpx_args or {}), "auth": auth},
    )
    common: dict[str, Any] = {
        "base_url": base_url,
        "timeout": timeout,
        "follow_redirects": False,
        **(httpx_args or {}),
        "auth": auth,
    }
    if transport is not None:
        client.set_httpx_client(httpx.Client(transport=transport, **common))
    if async_transport is not None:
        client.set_async_httpx_client(httpx.AsyncClient(transport=async_transport, **common))
    return client
