"""``create_client``: the generated client, wired to the one request path (``_session``)."""

from __future__ import annotations

import inspect
import os
import threading
from typing import Any, NoReturn

import attrs
import httpx
from attrs import define, field
from whitebit_main_api import Client
from whitebit_main_api.types import Response

from ._answer import DEFAULT_MAX_ANSWER_BYTES
from ._auth import WhiteBitAuth
from ._call import CallBuilder
from ._credentials import BASE_URL_ENV, Credentials, Hidden
from ._errors import ConfigurationError, MalformedResponseError, error_from_response
from ._judge import Judge
from ._nonce import WINDOW_MAX_LEAD_MS, NonceSource, _Counter, shared_nonce_source
from ._operations import bundled_operation_kinds
from ._policy import NO_RETRIES, RetryPolicy
from ._ratelimit import RateLimit, RateLimiter, shared_rate_limiter
from ._session import AsyncSession, SyncSession
from ._signer import Signer
from ._urls import GLOBAL_SERVER, parse_base_url, path_prefix

# Connect fails fast; a read may wait for a slow exchange, but not forever.
DEFAULT_TIMEOUT = httpx.Timeout(15.0, connect=5.0)
DEFAULT_RETRY = RetryPolicy()
DEFAULT_RATE_LIMIT = RateLimit()

# httpx options that create_client owns: passing them through httpx_args would undo a guarantee.
_OWNED_OPTIONS = {
    "auth": "every request is signed by the client itself; its auth cannot be replaced",
    "transport": "pass transport= (and async_transport=) to create_client instead",
    "follow_redirects": "signed requests never follow redirects (a redirect is an error)",
    "base_url": "pass base_url= to create_client instead",
    "timeout": "pass timeout= to create_client instead",
}
_HTTPX_OPTIONS = frozenset(inspect.signature(httpx.Client.__init__).parameters) - {"self"}


def _check_httpx_args(httpx_args: dict[str, Any]) -> None:
    for name in httpx_args:
        if name in _OWNED_OPTIONS:
            raise ConfigurationError(f"httpx_args[{name!r}] is not allowed: {_OWNED_OPTIONS[name]}")
        if name not in _HTTPX_OPTIONS:
            raise ConfigurationError(
                f"httpx_args[{name!r}] is not an option of httpx.Client "
                f"(known: {', '.join(sorted(_HTTPX_OPTIONS - set(_OWNED_OPTIONS)))})"
            )


@attrs.frozen
class Parts:
    """What a client's sync and async sessions share: one signer, one judge, one limiter."""

    auth: WhiteBitAuth
    builder: CallBuilder
    judge: Judge
    limiter: RateLimiter | None
    max_answer_bytes: int

    def session_options(self) -> dict[str, Any]:
        return {
            "builder": self.builder,
            "signer": self.auth.signer,
            "judge": self.judge,
            "limiter": self.limiter,
            "max_answer_bytes": self.max_answer_bytes,
            "auth": self.auth,  # what the session's .auth shows; the session signs itself
        }


@define
class WhiteBitClient(Client):
    """The generated ``Client``, whose httpx clients sign and judge every call themselves.

    They are built on first use, like the generated client's own, so creating a client is cheap.
    """

    _parts: Parts | None = field(default=None, kw_only=True, alias="parts")
    _transport: httpx.BaseTransport | None = field(default=None, kw_only=True, alias="transport")
    _async_transport: httpx.AsyncBaseTransport | None = field(
        default=None, kw_only=True, alias="async_transport"
    )
    # Threads that make their first call at the same moment must share one httpx client (and
    # so one connection pool and one gate in front of it), not build one each.
    _build_lock: threading.Lock = field(factory=threading.Lock, init=False, repr=False)

    def _options(self) -> dict[str, Any]:
        assert self._parts is not None
        return {
            "base_url": self._base_url,
            "cookies": self._cookies,
            "headers": self._headers,
            "timeout": self._timeout,
            "verify": self._verify_ssl,
            **self._parts.session_options(),
            **self._httpx_args,
        }

    def get_httpx_client(self) -> httpx.Client:
        if self._client is None:
            with self._build_lock:
                if self._client is None:
                    self._client = SyncSession(transport=self._transport, **self._options())
        return self._client

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        if self._async_client is None:
            with self._build_lock:
                if self._async_client is None:
                    self._async_client = AsyncSession(
                        transport=self._async_transport, **self._options()
                    )
        return self._async_client

    def set_httpx_client(self, client: httpx.Client) -> NoReturn:
        raise ConfigurationError(
            "set_httpx_client would install an httpx client that does not sign: pass "
            "transport=, timeout= or httpx_args= to create_client instead"
        )

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> NoReturn:
        raise ConfigurationError(
            "set_async_httpx_client would install an httpx client that does not sign: pass "
            "async_transport=, timeout= or httpx_args= to create_client instead"
        )

    # -- the hooks the generated functions call (the generated Client documents them) ------
    def raise_for_answer(self, response: Response[Any], path: str = "") -> NoReturn:
        """``sync()``/``asyncio()`` met an answer that is not a success (``raise_errors=False``
        returns those from the ``*_detailed`` functions): raise its typed error."""
        raise error_from_response(
            int(response.status_code), response.content, path, response.headers
        )

    def unreadable_answer(self, response: httpx.Response, error: Exception) -> Exception:
        """The models could not read an answer the session let through."""
        assert self._parts is not None
        path = self._parts.builder.path_of(response.request.url)
        status = response.status_code
        if 200 <= status <= 299:
            return MalformedResponseError(
                f"the models cannot read it: {error}", status=status, path=path
            )
        return error_from_response(status, response.content, path, response.headers)

    @property
    def auth(self) -> WhiteBitAuth:
        assert self._parts is not None
        return self._parts.auth

    def __repr__(self) -> str:
        auth = self._parts.auth if self._parts else None
        return f"WhiteBitClient(base_url={self._base_url!r}, auth={auth!r})"


def create_client(
    api_key: str | None = None,
    api_secret: str | None = None,
    *,
    base_url: str | None = None,
    nonce_window: bool = True,
    nonce_source: NonceSource | None = None,
    timeout: httpx.Timeout | float | None = DEFAULT_TIMEOUT,
    retry: RetryPolicy | None = DEFAULT_RETRY,
    rate_limit: RateLimit | None = DEFAULT_RATE_LIMIT,
    raise_errors: bool = True,
    transport: httpx.BaseTransport | None = None,
    async_transport: httpx.AsyncBaseTransport | None = None,
    httpx_args: dict[str, Any] | None = None,
    max_answer_bytes: int = DEFAULT_MAX_ANSWER_BYTES,
) -> WhiteBitClient:
    """A ``whitebit_main_api.Client`` that signs every call, sync and async.

    - Credentials default to the WHITEBIT_API_KEY / WHITEBIT_API_SECRET environment variables.
    - ``base_url``: ``whitebit_auth.EU_SERVER``, or a proxy URL with a path prefix; by default
      WHITEBIT_BASE_URL if it is set (a sandbox, a proxy), else ``GLOBAL_SERVER``.
    - ``nonce_window`` (default True) asks WhiteBIT to accept any unused nonce within ±5 s of
      its clock, so that concurrent requests may arrive in any order; False: strictly
      increasing nonces (one request at a time per key).
    - ``nonce_source``: e.g. ``FileNonce(path)`` to share one key between processes.
    - ``retry``: reads retry on 429/5xx/connection errors/timeouts; money-moving and
      state-changing calls only when they certainly did not execute. ``None`` disables retries.
    - ``rate_limit``: shared by every client of this key in the process; ``None`` disables it.
    - ``raise_errors``: error answers raise typed errors; False: the ``*_detailed`` functions
      return them as the spec's error models.
    - ``transport`` / ``async_transport`` replace the network (the sandbox, a mock).
    - ``max_answer_bytes``: the most an answer may decode to (32 MiB: far above any of
      WhiteBIT's); a larger one is not read further.
    """
    secret = Hidden(api_secret)
    del api_secret  # from here on only the Hidden wrapper sits in this frame
    credentials = Credentials.resolve(api_key, secret)
    if base_url is None:
        base_url = os.environ.get(BASE_URL_ENV) or GLOBAL_SERVER
    url = parse_base_url(base_url)
    args = dict(httpx_args or {})
    _check_httpx_args(args)
    if isinstance(max_answer_bytes, bool) or not isinstance(max_answer_bytes, int):
        raise ConfigurationError("max_answer_bytes must be an int (bytes)")
    if max_answer_bytes < 1:
        raise ConfigurationError("max_answer_bytes must be at least 1")
    if nonce_window and isinstance(nonce_source, _Counter):
        nonce_source.limit_lead(WINDOW_MAX_LEAD_MS)
    signer = Signer(
        credentials,
        nonce_source=nonce_source
        or shared_nonce_source(credentials.api_key, nonce_window=nonce_window),
        nonce_window=nonce_window,
    )
    parts = Parts(
        auth=WhiteBitAuth(credentials, path_prefix=path_prefix(url), signer=signer),
        builder=CallBuilder(bundled_operation_kinds()),
        judge=Judge(retry=retry or NO_RETRIES, raise_errors=raise_errors),
        limiter=shared_rate_limiter(credentials.api_key, rate_limit) if rate_limit else None,
        max_answer_bytes=max_answer_bytes,
    )
    if not isinstance(timeout, httpx.Timeout):
        timeout = httpx.Timeout(timeout)
    return WhiteBitClient(
        base_url=base_url,
        timeout=timeout,
        follow_redirects=False,
        raise_on_unexpected_status=False,
        httpx_args=args,
        parts=parts,
        transport=transport,
        async_transport=async_transport,
    )
