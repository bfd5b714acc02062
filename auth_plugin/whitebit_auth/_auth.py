"""The httpx hook: every attempt gets a fresh nonce, one serialisation, and its signature."""

from __future__ import annotations

from collections.abc import Generator

import httpx

from ._credentials import Credentials
from ._nonce import NonceSource, shared_nonce_source
from ._signing import sign, signed_body
from ._urls import check_secure

API_KEY_HEADER = "X-TXC-APIKEY"
PAYLOAD_HEADER = "X-TXC-PAYLOAD"
SIGNATURE_HEADER = "X-TXC-SIGNATURE"
# Where the signed request carries its nonce for logging (never the signature).
NONCE_EXTENSION = "whitebit_nonce"


class WhiteBitAuth(httpx.Auth):
    """Sign requests as WhiteBIT's private API V4 verifies them.

    Attach it to any httpx client (``create_client`` does). The body sent is exactly the
    bytes that were signed: the request is rebuilt around them, not patched.
    """

    requires_request_body = True

    def __init__(
        self,
        credentials: Credentials,
        *,
        nonce_source: NonceSource | None = None,
        nonce_window: bool = False,
        path_prefix: str = "",
    ) -> None:
        self.credentials = credentials
        self.nonce_window = nonce_window
        self.nonce_source: NonceSource = nonce_source or shared_nonce_source(
            credentials.api_key, nonce_window=nonce_window
        )
        self.path_prefix = path_prefix.rstrip("/")

    def request_path(self, url: httpx.URL) -> str:
        """The path as WhiteBIT sees it: as sent, less the query and any proxy prefix."""
        path = url.raw_path.split(b"?", 1)[0].decode("ascii")
        prefix = self.path_prefix
        if prefix and (path == prefix or path.startswith(prefix + "/")):
            path = path[len(prefix) :] or "/"
        return path

    def sign_request(self, request: httpx.Request) -> httpx.Request:
        check_secure(request.url)
        nonce = self.nonce_source()
        body = signed_body(
            request.content, self.request_path(request.url), nonce, nonce_window=self.nonce_window
        )
        payload, signature = sign(body, self.credentials.secret)
        headers = httpx.Headers(request.headers)
        # The old length would describe the old body; httpx sets the right one from content.
        headers.pop("Content-Length", None)
        headers.pop("Transfer-Encoding", None)
        headers["Content-Type"] = "application/json"
        headers[API_KEY_HEADER] = self.credentials.api_key
        headers[PAYLOAD_HEADER] = payload
        headers[SIGNATURE_HEADER] = signature
        return httpx.Request(
            request.method,
            request.url,
            headers=headers,
            content=body,
            extensions={**request.extensions, NONCE_EXTENSION: nonce},  # timeouts live here
        )

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        yield self.sign_request(request)

    def __repr__(self) -> str:
        return (
            f"WhiteBitAuth(api_key={self.credentials.api_key!r}, "
            f"nonce_window={self.nonce_window}, path_prefix={self.path_prefix!r})"
        )
