"""The one module that reaches into httpx's internals: each use, why, and what it saves.

- ``make_request`` (``Request.__new__`` and its attributes): the constructor copies the URL
  (which then loses the identity by which transports cache what they derive from it),
  normalises every header twice and reads the body again. Saves about 5 µs an attempt.
- ``make_response`` (``Response.__new__`` and its attributes): the constructor normalises every
  header and reads its own content through the decoders again. Saves about 12 µs an answer.
- ``header_entries`` (``Headers._list``): a header list read as httpx keeps it, without the
  copy (and decoding) every public accessor makes; read several times per call (the
  client's headers, the transport's, the answer's). Saves about 5 µs a call.
- ``transport_for`` (``Client._transport_for_url``): httpx has no public way to ask which
  transport (a mount, a proxy) serves a URL, and its public ``send`` would run the auth,
  redirect and hook layers the session runs itself, and extract cookies from every answer.
  Saves about 45 µs an attempt.

``make bench`` measures them together (its ``private`` row: the same calls with
``WHITEBIT_HTTPX_PUBLIC=1``).

Each has a public fallback, used when the installed httpx does not *behave* as this module
expects (checked once, on first use: a made object must read, iterate, compare and copy as a
constructed one does) and when ``WHITEBIT_HTTPX_PUBLIC=1`` is set (``make bench`` measures the
gain that way). In that mode an https request goes through the client's own transport: mounts
and proxies are not consulted.
"""

from __future__ import annotations

import functools
import os
from collections.abc import AsyncIterator, Iterator, Sequence
from typing import Any

import httpx

# httpx's own form of a header: (name, lowercase name, value), all bytes.
Entry = tuple[bytes, bytes, bytes]
Header = tuple[bytes, bytes]

PUBLIC_ONLY = os.environ.get("WHITEBIT_HTTPX_PUBLIC") == "1"

_IDENTITY = (b"", b"identity")


def _headers(entries: list[Entry]) -> httpx.Headers:
    made = httpx.Headers.__new__(httpx.Headers)
    made._list = entries
    made._encoding = None  # guessed on first use, as httpx does
    return made


def _made_request(
    method: str, url: httpx.URL, entries: list[Entry], body: bytes, extensions: dict[str, Any]
) -> httpx.Request:
    request = httpx.Request.__new__(httpx.Request)
    request.method = method
    request.url = url
    request.headers = _headers(entries)
    request.extensions = extensions
    request.stream = httpx.ByteStream(body)
    request._content = body
    return request


def _public_request(
    method: str, url: httpx.URL, entries: list[Entry], body: bytes, extensions: dict[str, Any]
) -> httpx.Request:
    request = httpx.Request(
        method,
        url,
        headers=[(name, value) for name, _, value in entries],
        stream=httpx.ByteStream(body),
        extensions=extensions,
    )
    request.read()
    return request


def _made_response(
    status: int,
    raw: Sequence[Header],
    content: bytes,
    request: httpx.Request,
    extensions: dict[str, Any],
) -> httpx.Response:
    answer = httpx.Response.__new__(httpx.Response)
    answer.status_code = status
    answer.headers = _headers([(name, name.lower(), value) for name, value in raw])
    answer._request = request
    answer.next_request = None
    answer.extensions = extensions
    answer.history = []
    # As a transport hands an answer over: open, its stream not iterated (a plain httpx client
    # may still read it raw), its content there already.
    answer.is_closed = False
    answer.is_stream_consumed = False
    answer.default_encoding = "utf-8"
    answer.stream = httpx.ByteStream(content)
    answer._num_bytes_downloaded = len(content)
    answer._content = content
    return answer


_ENCODED = frozenset({b"content-encoding", b"content-length", b"transfer-encoding"})


def _public_response(
    status: int,
    raw: Sequence[Header],
    content: bytes,
    request: httpx.Request,
    extensions: dict[str, Any],
) -> httpx.Response:
    # ``content`` is decoded already: headers that describe the encoded body would make the
    # constructor decode it again.
    kept = [(name, value) for name, value in raw if name.lower() not in _ENCODED]
    return httpx.Response(
        status, headers=kept, content=content, request=request, extensions=extensions
    )


@functools.cache
def _behaves() -> bool:
    """Whether made objects behave as constructed ones (checked once, by use, not by shape)."""
    url = httpx.URL("https://example.invalid/p?q=1")
    entries = [(b"Host", b"host", b"example.invalid"), (b"X-A", b"x-a", b"1")]
    body = b'{"a":1}'
    try:
        made = _made_request("POST", url, list(entries), body, {"timeout": {}})
        built = _public_request("POST", url, list(entries), body, {"timeout": {}})
        raw = [(b"Content-Type", b"application/json"), (b"Set-Cookie", b"a=1")]
        answer = _made_response(200, raw, body, made, {})
        known = _public_response(200, raw, body, built, {})
        streamed = b"".join(answer.iter_raw())
        answer.close()
        return (
            streamed == body
            and made.url is url
            and made.content == built.content == made.read()
            and made.headers == built.headers
            and made.headers["x-a"] == "1"
            and list(header_entries(made.headers)) == entries
            and repr(made) == repr(built)
            and answer.content == known.content == answer.read()
            and answer.json() == known.json() == {"a": 1}
            and answer.text == known.text
            and answer.headers.get_list("set-cookie") == ["a=1"]
            and answer.is_closed is known.is_closed is True
            and answer.is_success
            and answer.request is made
            and b"".join(answer.iter_bytes()) == body
            and answer.num_bytes_downloaded == len(body)
            and answer.encoding == known.encoding
        )
    except Exception:  # any other shape of httpx: its constructors are the way
        return False


def header_entries(headers: httpx.Headers) -> Sequence[Entry]:
    """The headers as (name, lowercase name, value) bytes, not to be changed: httpx's own
    list where it keeps one, else made from its public form."""
    if not PUBLIC_ONLY:
        held = getattr(headers, "_list", None)
        if isinstance(held, list):
            return held
    return [(name, name.lower(), value) for name, value in headers.raw]


def make_request(
    method: str, url: httpx.URL, entries: list[Entry], body: bytes, extensions: dict[str, Any]
) -> httpx.Request:
    """A request for ``url`` itself (not a copy), its headers the given ``entries`` as they
    are, its body read. The request owns ``entries`` and ``extensions`` from now on."""
    if PUBLIC_ONLY or not _behaves():
        return _public_request(method, url, entries, body, extensions)
    return _made_request(method, url, entries, body, extensions)


def make_response(
    status: int,
    raw: Sequence[Header],
    content: bytes,
    request: httpx.Request,
    extensions: dict[str, Any],
) -> httpx.Response:
    """An answer read whole: ``content`` is its body, decoded already."""
    if PUBLIC_ONLY or not _behaves():
        return _public_response(status, raw, content, request, extensions)
    return _made_response(status, raw, content, request, extensions)


class _Body(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body in memory that httpx's constructor does not read on the spot (a ``ByteStream``
    it would), so that its reader decodes it, as much as it is allowed to."""

    def __init__(self, content: bytes) -> None:
        self._content = content

    def __iter__(self) -> Iterator[bytes]:
        yield self._content

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield self._content


def transport_answer(
    status: int,
    raw: Sequence[Header],
    content: bytes,
    request: httpx.Request,
    extensions: dict[str, Any],
) -> httpx.Response:
    """What a transport hands over for a body it holds in memory, as it came off the wire:
    read already when it needs no decoding; else a stream for the reader to decode."""
    if not is_encoded(raw) and not PUBLIC_ONLY and _behaves():
        return _made_response(status, raw, content, request, extensions)
    return httpx.Response(
        status, headers=list(raw), stream=_Body(content), request=request, extensions=extensions
    )


def is_encoded(raw: Sequence[Header]) -> bool:
    """Whether an answer's body must go through a decoder (a Content-Encoding not identity)."""
    for name, value in raw:
        if name.lower() == b"content-encoding" and value.strip().lower() not in _IDENTITY:
            return True
    return False


def transport_for(client: httpx.Client | httpx.AsyncClient, own: Any, url: httpx.URL) -> Any:
    """The transport for ``url``: for https what httpx would pick (a mount or a proxy, else
    ``own``); plain http (loopback only) always goes through ``own``, never a proxy."""
    if url.scheme == "http" or PUBLIC_ONLY:
        return own
    pick = getattr(client, "_transport_for_url", None)
    return own if pick is None else pick(url)
