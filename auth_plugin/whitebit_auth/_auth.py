"""``WhiteBitAuth``: WhiteBIT's signing as an ``httpx.Auth``, for any httpx client.

``create_client``'s clients do not need it (their request path signs every attempt itself,
with the same ``Signer``); it is for signing requests of an httpx client of one's own:

    httpx.Client(base_url=whitebit_auth.GLOBAL_SERVER, auth=WhiteBitAuth(credentials))

Each request is signed afresh with a new nonce; the body sent is exactly the bytes signed.
"""

from __future__ import annotations

import time
from collections.abc import AsyncGenerator, Generator

import httpx

from ._call import SIGNED_HEADERS, Call, request_path
from ._credentials import Credentials
from ._nonce import NonceSource, shared_nonce_source
from ._signer import Signer
from ._signing import body_prefix
from ._urls import check_secure


class WhiteBitAuth(httpx.Auth):
    """Sign requests as WhiteBIT's private API V4 verifies them."""

    requires_request_body = True

    def __init__(
        self,
        credentials: Credentials,
        *,
        nonce_source: NonceSource | None = None,
        nonce_window: bool = True,
        path_prefix: str = "",
        signer: Signer | None = None,
    ) -> None:
        self.signer = signer or Signer(
            credentials,
            nonce_source=nonce_source
            or shared_nonce_source(credentials.api_key, nonce_window=nonce_window),
            nonce_window=nonce_window,
        )
        self.path_prefix = path_prefix.rstrip("/")

    @property
    def credentials(self) -> Credentials:
        return self.signer.credentials

    @property
    def nonce_window(self) -> bool:
        return self.signer.nonce_window

    @property
    def nonce_source(self) -> NonceSource:
        return self.signer.nonce_source

    def request_path(self, url: httpx.URL) -> str:
        return request_path(url, self.path_prefix)

    def sign_request(self, request: httpx.Request, nonce: int | None = None) -> httpx.Request:
        """``request``, signed: a new request with the signed body and headers."""
        check_secure(request.url)
        if nonce is None:
            nonce = self.signer.reserve().nonce
        return self._signed(request, nonce)

    def _signed(self, request: httpx.Request, nonce: int) -> httpx.Request:
        call = Call(
            method=request.method,
            url=request.url,
            path=self.request_path(request.url),
            operation=None,
            prefix=body_prefix(request.content),
            headers=tuple(
                (name, name.lower(), value)
                for name, value in request.headers.raw
                if name.lower() not in SIGNED_HEADERS
            ),
            timeout=request.extensions.get("timeout") or {},
        )
        signed = self.signer.sign(call, nonce)
        return httpx.Request(
            request.method,
            request.url,
            headers=[(name, value) for name, _, value in signed.header_entries()],
            content=signed.body,
            extensions=request.extensions,
        )

    def sync_auth_flow(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        request.read()
        check_secure(request.url)  # before a nonce is spent on a request that cannot go
        nonce, wait_s = self.signer.reserve()
        if wait_s > 0:
            time.sleep(wait_s)
        yield self._signed(request, nonce)

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        await request.aread()
        check_secure(request.url)
        nonce, wait_s = self.signer.reserve()
        if wait_s > 0:
            import asyncio  # lazily: sync-only programs never pay for it

            await asyncio.sleep(wait_s)  # never time.sleep: that would stall the event loop
        yield self._signed(request, nonce)

    def __repr__(self) -> str:
        return (
            f"WhiteBitAuth(api_key={self.credentials.api_key!r}, "
            f"nonce_window={self.nonce_window}, path_prefix={self.path_prefix!r})"
        )
