"""An httpx async transport on aiohttp, for many calls in flight at once.

httpx's own async connection pool spends far more CPU per request than aiohttp's, and more the
more requests are in flight (encode/httpx#3215); with 64 in flight ``make bench`` measures it an
order of magnitude slower. This transport keeps everything above it (the generated client, the
auth hook, the pipeline) and replaces only the network:

    from whitebit_auth import create_client
    from whitebit_auth.aiohttp_transport import AiohttpTransport

    client = create_client(async_transport=AiohttpTransport())

Needs the ``aiohttp`` extra
(``pip install 'whitebit-client[aiohttp] @ <path or URL>'``, README: Installing).

What matters most here is how failures are reported: the pipeline retries a money-moving
request only after an error that proves it was never sent (httpx's ``ConnectError``,
``ConnectTimeout``, ``PoolTimeout``). So only aiohttp's failures to establish a connection
become those; a connection that fails once it is in use becomes a ``ReadError`` or
``ReadTimeout``, whose request may have reached the server.
"""

from __future__ import annotations

import asyncio
import functools
import ssl
from collections.abc import AsyncIterator
from typing import NoReturn

import aiohttp
import httpx
import yarl

from . import _aiohttp_private
from ._answer import DEFAULT_MAX_ANSWER_BYTES
from ._errors import ConfigurationError
from ._httpx_private import header_entries, is_encoded, transport_answer

DEFAULT_LIMITS = httpx.Limits(max_connections=100, keepalive_expiry=5.0)


def _as_httpx_error(exc: Exception, request: httpx.Request) -> Exception:
    """httpx's name for what aiohttp raised; ``exc`` itself if it is not aiohttp's."""
    # Order matters: the connect-phase classes are subclasses of the broader ones below.
    if isinstance(exc, aiohttp.ConnectionTimeoutError):
        # Waiting for a pooled connection or for the TCP/TLS handshake: nothing was sent.
        return httpx.ConnectTimeout(str(exc) or "timed out connecting", request=request)
    if isinstance(exc, aiohttp.ClientConnectorError):
        # Refused, unreachable, DNS, TLS handshake: the connection never existed.
        return httpx.ConnectError(str(exc), request=request)
    if isinstance(exc, aiohttp.InvalidURL):
        return httpx.UnsupportedProtocol(str(exc), request=request)
    if isinstance(exc, aiohttp.SocketTimeoutError | aiohttp.ServerTimeoutError | TimeoutError):
        return httpx.ReadTimeout(str(exc) or "timed out reading", request=request)
    if isinstance(exc, aiohttp.ClientPayloadError):
        return httpx.RemoteProtocolError(str(exc), request=request)
    if isinstance(exc, aiohttp.ClientError):
        # Server disconnected, connection reset, broken pipe on a kept-alive connection...:
        # the request may have been delivered, so this must not read as "not sent".
        return httpx.ReadError(str(exc) or type(exc).__name__, request=request)
    return exc


def _reraise(exc: Exception, request: httpx.Request) -> NoReturn:
    error = _as_httpx_error(exc, request)
    if error is exc:
        raise exc
    raise error from exc


@functools.lru_cache(maxsize=256)
def _yarl_url(url: str) -> yarl.URL:
    # httpx has already encoded the URL; parsing it again for aiohttp costs more than the cache.
    return yarl.URL(url, encoded=True)


_MAX_KNOWN = 256


@functools.lru_cache(maxsize=64)
def _timeout(
    pool: float | None, connect: float | None, read: float | None
) -> aiohttp.ClientTimeout:
    # A client has one timeout setting: one ClientTimeout for all its requests.
    return aiohttp.ClientTimeout(total=None, connect=pool, sock_connect=connect, sock_read=read)


class _Body(httpx.AsyncByteStream):
    """An answer's body as aiohttp reads it off the connection, chunk by chunk."""

    def __init__(self, response: aiohttp.ClientResponse, request: httpx.Request) -> None:
        self._response = response
        self._request = request

    async def __aiter__(self) -> AsyncIterator[bytes]:
        try:
            async for chunk in self._response.content.iter_any():
                yield chunk
        except Exception as exc:
            _reraise(exc, self._request)

    async def aclose(self) -> None:
        self._response.release()


class AiohttpTransport(httpx.AsyncBaseTransport):
    """Send httpx requests through one ``aiohttp.ClientSession``, bound to one event loop.

    A session closed with ``aclose`` is opened afresh on next use, in whatever loop runs then.
    """

    def __init__(
        self,
        *,
        limits: httpx.Limits = DEFAULT_LIMITS,
        ssl_context: ssl.SSLContext | None = None,
        max_body_bytes: int = DEFAULT_MAX_ANSWER_BYTES,
    ) -> None:
        self._limits = limits
        # Bodies of a known length up to this are read at once; the rest stream to the reader.
        self._max_body_bytes = max_body_bytes
        # httpx's own default (certifi's CA bundle, verification on) unless told otherwise.
        self._ssl = ssl_context if ssl_context is not None else httpx.create_ssl_context()
        self._session: aiohttp.ClientSession | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        # aiohttp's URL for each httpx URL object the client reuses (one per path), by
        # identity: str() of an httpx URL rebuilds the text every time.
        # With it, the Host header aiohttp would write itself for that URL: passed to aiohttp
        # as well, the same header costs it about as much as all the others together.
        self._urls: dict[int, tuple[httpx.URL, yarl.URL, bytes | None]] = {}
        # Each header as aiohttp takes it (text), by httpx's bytes: most are the client's own,
        # the same on every request.
        self._headers: dict[tuple[bytes, bytes, bytes], tuple[str, str]] = {}

    @property
    def limits(self) -> httpx.Limits:
        """Its pool's size: the client lets at most this many requests be signed at once."""
        return self._limits

    def _session_for_running_loop(self) -> aiohttp.ClientSession:
        loop = asyncio.get_running_loop()
        if self._session is not None and not self._session.closed:
            if self._loop is not loop:
                # Its connections belong to a loop that is gone; they cannot be closed from here.
                raise ConfigurationError(
                    "this AiohttpTransport is bound to the event loop it first ran in: create "
                    "the client inside the asyncio.run() that uses it, or close it (await "
                    "client.get_async_httpx_client().aclose()) before that loop ends"
                )
            return self._session
        connector = aiohttp.TCPConnector(
            limit=self._limits.max_connections or 0,
            keepalive_timeout=self._limits.keepalive_expiry or 15.0,
            ssl=self._ssl,
        )
        _aiohttp_private.install_lazy_read_timer(connector)
        self._session = aiohttp.ClientSession(
            connector=connector,
            auto_decompress=False,  # httpx decodes, from the Content-Encoding header
            cookie_jar=aiohttp.DummyCookieJar(),  # httpx keeps the cookies
            trust_env=False,
        )
        self._loop = loop
        return self._session

    def _url(self, url: httpx.URL) -> tuple[httpx.URL, yarl.URL, bytes | None]:
        """aiohttp's URL for ``url``, and the Host header it writes for it unasked."""
        known = self._urls.get(id(url))
        if known is not None and known[0] is url:
            return known
        found = _yarl_url(str(url))
        own_host = getattr(found, "host_port_subcomponent", None)  # yarl >= 1.13
        if len(self._urls) >= _MAX_KNOWN:
            self._urls.clear()
        # The URL held: its id is not reused meanwhile.
        known = self._urls[id(url)] = (url, found, own_host.encode() if own_host else None)
        return known

    def _text_headers(
        self, headers: httpx.Headers, own_host: bytes | None
    ) -> list[tuple[str, str]]:
        """The headers as aiohttp takes them (text), less a Host header equal to its own."""
        known = self._headers
        if len(known) >= _MAX_KNOWN:  # the signed ones are new on every request
            known.clear()
        text = []
        for entry in header_entries(headers):
            if entry[1] == b"host" and entry[2] == own_host:
                continue
            found = known.get(entry)
            if found is None:
                found = known[entry] = (entry[0].decode("latin-1"), entry[2].decode("latin-1"))
            text.append(found)
        return text

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        session = self._session_for_running_loop()
        timeout = request.extensions.get("timeout", {})
        try:
            body = request.content
        except httpx.RequestNotRead:  # a streamed body: read whole here
            body = await request.aread()
        _, url, own_host = self._url(request.url)
        headers = self._text_headers(request.headers, own_host)
        try:
            response = await session.request(
                request.method,
                url,
                headers=headers,
                data=body or None,
                allow_redirects=False,
                timeout=_timeout(timeout.get("pool"), timeout.get("connect"), timeout.get("read")),
            )
        except Exception as exc:
            _reraise(exc, request)
        raw = response.raw_headers
        extensions = {
            "http_version": b"HTTP/1.1",
            "reason_phrase": (response.reason or "").encode("latin-1"),
        }
        length = response.content_length
        if length is not None and length <= self._max_body_bytes and not is_encoded(raw):
            # Nearly every answer: small, not compressed, its length known. Read at once.
            try:
                content = await response.read()
            except Exception as exc:
                _reraise(exc, request)
            finally:
                response.release()
            return transport_answer(response.status, raw, content, request, extensions)
        # Compressed, long or of unknown length: a stream, which the reader decodes (and stops
        # reading once it has as much as it takes), as httpx's own transports hand it over.
        return httpx.Response(
            response.status,
            headers=list(raw),
            stream=_Body(response, request),
            request=request,
            extensions=extensions,
        )

    async def aclose(self) -> None:
        if self._session is not None and not self._session.closed:
            await self._session.close()
        self._session = None
