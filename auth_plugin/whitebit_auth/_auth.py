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
ORIGINAL_BODY_EXTENSION = "whitebit_unsigned_body"
_API_KEY_NAME, _PAYLOAD_NAME, _SIGNATURE_NAME = (
    name.encode() for name in (API_KEY_HEADER, PAYLOAD_HEADER, SIGNATURE_HEADER)
)
_REPLACED_HEADERS = frozenset(
    name.lower().encode()
    for name in (
        "Content-Length",
        "Transfer-Encoding",
        "Content-Type",
        API_KEY_HEADER,
        PAYLOAD_HEADER,
        SIGNATURE_HEADER,
    )
)


class WhiteBitAuth(httpx.Auth):
    """Sign requests as WhiteBIT's private API V4 verifies them.

    Attach it to any httpx client (``create_client`` does). The body sent is exactly the
    bytes that were signed: one serialisation, signed and sent as it is.
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
        self._api_key = credentials.api_key.encode("ascii")

    def request_path(self, url: httpx.URL) -> str:
        """The path as WhiteBIT sees it: as sent, less the query and any proxy prefix."""
        path = url.raw_path.split(b"?", 1)[0].decode("ascii")
        prefix = self.path_prefix
        if prefix and (path == prefix or path.startswith(prefix + "/")):
            path = path[len(prefix) :] or "/"
        return path

    def sign_request(self, request: httpx.Request) -> httpx.Request:
        """Sign ``request`` in place and return it.

        Rebuilding an ``httpx.Request`` costs more than everything else here together, so the
        request is updated instead. The caller's own body is kept in the request's extensions:
        a retry of the same request is signed afresh from it, with a new nonce.
        """
        check_secure(request.url)
        original = request.extensions.get(ORIGINAL_BODY_EXTENSION)
        if original is None:
            original = request.content
        nonce = self.nonce_source()
        body = signed_body(
            original, self.request_path(request.url), nonce, nonce_window=self.nonce_window
        )
        payload, signature = sign(body, self.credentials.mac)
        # One new header list: cheaper than six edits of httpx.Headers, each a linear scan.
        headers = [(k, v) for k, v in request.headers.raw if k.lower() not in _REPLACED_HEADERS]
        headers += (
            (b"Content-Length", str(len(body)).encode()),
            (b"Content-Type", b"application/json"),
            (_API_KEY_NAME, self._api_key),
            (_PAYLOAD_NAME, payload.encode()),
            (_SIGNATURE_NAME, signature.encode()),
        )
        request.headers = httpx.Headers(headers)
        request.stream = httpx.ByteStream(body)
        request._content = body  # what request.content returns; httpx has no public setter
        request.extensions = {
            **request.extensions,
            ORIGINAL_BODY_EXTENSION: original,
            NONCE_EXTENSION: nonce,
        }
        return request

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        yield self.sign_request(request)

    def __repr__(self) -> str:
        return (
            f"WhiteBitAuth(api_key={self.credentials.api_key!r}, "
            f"nonce_window={self.nonce_window}, path_prefix={self.path_prefix!r})"
        )
