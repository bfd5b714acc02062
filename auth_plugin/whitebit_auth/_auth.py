"""The httpx hook: every attempt gets a fresh nonce, one serialisation, and its signature."""

from __future__ import annotations

import time
from collections.abc import AsyncGenerator, Generator

import httpx

from ._credentials import Credentials
from ._errors import ConfigurationError
from ._exchange import header_entries
from ._nonce import NonceSource, Reservation, _Counter, shared_nonce_source
from ._signing import body_prefix, finish, signature_bytes
from ._urls import check_secure

API_KEY_HEADER = "X-TXC-APIKEY"
PAYLOAD_HEADER = "X-TXC-PAYLOAD"
SIGNATURE_HEADER = "X-TXC-SIGNATURE"
# Where the signed request carries its nonce for logging (never the signature).
NONCE_EXTENSION = "whitebit_nonce"
# The caller's body, checked, as the prefix each attempt's signed body starts with.
PREFIX_EXTENSION = "whitebit_body_prefix"
_API_KEY_NAME, _PAYLOAD_NAME, _SIGNATURE_NAME = (
    name.encode() for name in (API_KEY_HEADER, PAYLOAD_HEADER, SIGNATURE_HEADER)
)
_API_KEY_LOWER, _PAYLOAD_LOWER, _SIGNATURE_LOWER = (
    name.lower() for name in (_API_KEY_NAME, _PAYLOAD_NAME, _SIGNATURE_NAME)
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


def signed_headers(
    headers: httpx.Headers, signed: tuple[tuple[bytes, bytes, bytes], ...]
) -> httpx.Headers:
    """``headers`` less the ones the signature sets, plus those: (name, lowercase name,
    value) each, all ASCII.

    A copy of httpx's own list of (name, lowercase name, value) when it has one: normalising
    every header again costs more than signing. Otherwise, through the public constructor.
    """
    current = header_entries(headers)
    if current is not None:
        # Made without its constructor, which would check and normalise what is known good.
        copy = httpx.Headers.__new__(httpx.Headers)
        copy._list = [t for t in current if t[1] not in _REPLACED_HEADERS]
        copy._list.extend(signed)
        copy._encoding = headers._encoding
        return copy
    kept = [(k, v) for k, v in headers.raw if k.lower() not in _REPLACED_HEADERS]
    return httpx.Headers(kept + [(k, v) for k, _, v in signed], encoding=headers.encoding)


def checked_nonce(value: object) -> int:
    """A nonce must be a positive int: ``b"%d" % 1.9`` would silently send 1."""
    if type(value) is not int or value <= 0:
        raise ConfigurationError(
            f"the nonce source returned {value!r} ({type(value).__name__}): "
            "a nonce must be a positive int (milliseconds since the epoch)"
        )
    return value


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
        nonce_window: bool = True,
        path_prefix: str = "",
    ) -> None:
        self.credentials = credentials
        self.nonce_window = nonce_window
        self.nonce_source: NonceSource = nonce_source or shared_nonce_source(
            credentials.api_key, nonce_window=nonce_window
        )
        self.path_prefix = path_prefix.rstrip("/")
        self._api_key = credentials.api_key.encode("ascii")
        self._paths: dict[bytes, str] = {}
        self._last_url: tuple[httpx.URL, str] | None = None

    def request_path(self, url: httpx.URL) -> str:
        """The path as WhiteBIT sees it: as sent (percent-encoded), less any proxy prefix."""
        # The client reuses one URL object per path: known by identity, it costs nothing.
        last = self._last_url
        if last is not None and last[0] is url:
            return last[1]
        path = self._path_of(url)
        self._last_url = (url, path)
        return path

    def _path_of(self, url: httpx.URL) -> str:
        raw = url.raw_path
        found = self._paths.get(raw)
        if found is None:
            path = raw.split(b"?", 1)[0].decode("ascii")
            prefix = self.path_prefix
            if prefix and (path == prefix or path.startswith(prefix + "/")):
                path = path[len(prefix) :] or "/"
            if len(self._paths) < 1024:  # a client calls a few paths, over and over
                self._paths[raw] = path
            found = path
        return found

    def reserve_nonce(self) -> Reservation:
        """The next nonce, and how long to wait before sending it."""
        source = self.nonce_source
        if isinstance(source, _Counter):
            return source.reserve()  # a Reservation already, its nonce a positive int
        return Reservation(checked_nonce(source()), 0.0)

    def follow_server_clock(self, offset_ms: int) -> None:
        """Tell the nonce source how far the server's clock is from ours (window mode)."""
        source = self.nonce_source
        if isinstance(source, _Counter):
            source.follow_server_clock(offset_ms)

    def sign_request(self, request: httpx.Request, nonce: int | None = None) -> httpx.Request:
        """Sign ``request`` in place and return it.

        Rebuilding an ``httpx.Request`` costs more than everything else here together, so the
        request is updated instead. The caller's body, checked, is kept in the request's
        extensions: a retry of the same request is signed afresh from it, with a new nonce.
        """
        url = request.url
        check_secure(url)
        if nonce is None:
            nonce = self.reserve_nonce().nonce
        extensions = dict(request.extensions)
        prefix = extensions.get(PREFIX_EXTENSION)
        if prefix is None:
            prefix = extensions[PREFIX_EXTENSION] = body_prefix(request.content)
        body = finish(prefix, self.request_path(url), nonce, nonce_window=self.nonce_window)
        payload, signature = signature_bytes(body, self.credentials.keyed)
        request.headers = signed_headers(
            request.headers,
            (
                (b"Content-Length", b"content-length", b"%d" % len(body)),
                (b"Content-Type", b"content-type", b"application/json"),
                (_API_KEY_NAME, _API_KEY_LOWER, self._api_key),
                (_PAYLOAD_NAME, _PAYLOAD_LOWER, payload),
                (_SIGNATURE_NAME, _SIGNATURE_LOWER, signature),
            ),
        )
        request.stream = httpx.ByteStream(body)
        request._content = body  # what request.content returns; httpx has no public setter
        extensions[NONCE_EXTENSION] = nonce
        request.extensions = extensions
        return request

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        yield self.sign_request(request)

    def sync_auth_flow(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        request.read()
        check_secure(request.url)  # before a nonce is spent on a request that cannot go
        nonce, wait_s = self.reserve_nonce()
        if wait_s:
            time.sleep(wait_s)
        yield self.sign_request(request, nonce)

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        await request.aread()
        check_secure(request.url)
        nonce, wait_s = self.reserve_nonce()
        if wait_s:
            import asyncio  # lazily: sync-only programs never pay for it

            await asyncio.sleep(wait_s)  # never time.sleep: that would stall the event loop
        yield self.sign_request(request, nonce)

    def __repr__(self) -> str:
        return (
            f"WhiteBitAuth(api_key={self.credentials.api_key!r}, "
            f"nonce_window={self.nonce_window}, path_prefix={self.path_prefix!r})"
        )
