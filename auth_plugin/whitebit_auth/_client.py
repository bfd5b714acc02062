"""``create_client``: the generated client, wired to the signing pipeline."""

from __future__ import annotations

from typing import Any

import httpx
from attrs import define, field
from whitebit_main_api import Client

from ._auth import WhiteBitAuth
from ._credentials import Credentials
from ._nonce import NonceSource
from ._operations import bundled_operation_kinds
from ._pipeline import AsyncPipelineClient, Pipeline, PipelineClient
from ._ratelimit import RateLimit, shared_rate_limiter
from ._retry import RetryPolicy
from ._urls import GLOBAL_SERVER, check_secure, path_prefix

# Connect fails fast; a read may wait for a slow exchange, but not forever.
DEFAULT_TIMEOUT = httpx.Timeout(15.0, connect=5.0)
DEFAULT_RETRY = RetryPolicy()
DEFAULT_RATE_LIMIT = RateLimit()


@define
class WhiteBitClient(Client):
    """The generated ``Client``, whose httpx clients run every call through the pipeline.

    They are built on first use, like the generated client's own, so creating a client is cheap.
    """

    _pipeline: Pipeline | None = field(default=None, kw_only=True, alias="pipeline")
    _transport: httpx.BaseTransport | None = field(default=None, kw_only=True, alias="transport")
    _async_transport: httpx.AsyncBaseTransport | None = field(
        default=None, kw_only=True, alias="async_transport"
    )

    def _options(self) -> dict[str, Any]:
        return {
            "base_url": self._base_url,
            "cookies": self._cookies,
            "headers": self._headers,
            "timeout": self._timeout,
            "verify": self._verify_ssl,
            "follow_redirects": False,  # a redirect must not carry a signed request elsewhere
            **self._httpx_args,
        }

    def get_httpx_client(self) -> httpx.Client:
        if self._client is None:
            assert self._pipeline is not None
            self._client = PipelineClient(
                self._pipeline, transport=self._transport, **self._options()
            )
        return self._client

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        if self._async_client is None:
            assert self._pipeline is not None
            self._async_client = AsyncPipelineClient(
                self._pipeline, transport=self._async_transport, **self._options()
            )
        return self._async_client

    def __repr__(self) -> str:
        auth = self._pipeline.auth if self._pipeline else None
        return f"WhiteBitClient(base_url={self._base_url!r}, auth={auth!r})"


def create_client(
    api_key: str | None = None,
    api_secret: str | None = None,
    *,
    base_url: str = GLOBAL_SERVER,
    nonce_window: bool = False,
    nonce_source: NonceSource | None = None,
    timeout: httpx.Timeout | float | None = DEFAULT_TIMEOUT,
    retry: RetryPolicy | None = DEFAULT_RETRY,
    rate_limit: RateLimit | None = DEFAULT_RATE_LIMIT,
    raise_errors: bool = True,
    transport: httpx.BaseTransport | None = None,
    async_transport: httpx.AsyncBaseTransport | None = None,
    httpx_args: dict[str, Any] | None = None,
) -> Client:
    """A ``whitebit_main_api.Client`` that signs every call, sync and async.

    - Credentials default to the WHITEBIT_API_KEY / WHITEBIT_API_SECRET environment variables.
    - ``base_url``: ``whitebit_auth.EU_SERVER``, or a proxy URL with a path prefix.
    - ``nonce_window=True`` asks WhiteBIT to accept nonces within ±5 s of its clock instead of
      strictly increasing ones: use it when requests run concurrently.
    - ``retry``: reads retry on 429/5xx/connection errors/timeouts; money-moving calls only
      when they certainly did not reach the server. ``None`` disables retries.
    - ``rate_limit``: shared by every client of this key in the process; ``None`` disables it.
    - ``raise_errors``: raise typed errors (``whitebit_auth.ApiError`` and subclasses) instead
      of returning the spec's error models.
    - ``transport`` / ``async_transport`` replace the network (the sandbox, a mock).
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
    pipeline = Pipeline(
        auth,
        kinds=bundled_operation_kinds(),
        retry=retry or RetryPolicy(max_attempts=1),
        limiter=shared_rate_limiter(credentials.api_key, rate_limit) if rate_limit else None,
        raise_errors=raise_errors,
    )
    if not isinstance(timeout, httpx.Timeout):
        timeout = httpx.Timeout(timeout)
    return WhiteBitClient(
        base_url=base_url,
        timeout=timeout,
        follow_redirects=False,
        raise_on_unexpected_status=False,
        httpx_args=dict(httpx_args or {}),
        pipeline=pipeline,
        transport=transport,
        async_transport=async_transport,
    )
