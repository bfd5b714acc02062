"""httpx's ``Request`` and ``Response``, made from parts already known to be good.

Their constructors copy and re-check what they are given: a URL is copied (so it loses its
identity, by which the signer and the transport cache what they derive from it), headers are
normalised one by one, bodies are wrapped and read. The pipeline and the aiohttp transport
make one of each per call from parts they have already checked; doing it the constructors'
way is a fifth of an async call's cost. These make the same objects, attribute for
attribute; where the installed httpx's objects have another shape (httpx < 0.29 is allowed),
the constructors are used instead.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Any

import httpx

Header = tuple[bytes, bytes]
# How httpx keeps headers: (name, lowercase name, value), each as bytes.
Entry = tuple[bytes, bytes, bytes]


def header_entries(headers: httpx.Headers) -> list[Entry] | None:
    """httpx's own list of ``headers``, to read or copy without decoding or normalising each
    one again; None where the installed httpx keeps them otherwise."""
    held = getattr(headers, "_list", None)
    return held if isinstance(held, list) else None


@functools.cache
def _same_shape() -> bool:
    """Whether the objects made here carry exactly the attributes httpx's constructors set."""
    url = httpx.URL("http://127.0.0.1/")
    made = new_request("POST", url, httpx.Headers(), b"{}", {}, check=False)
    built = httpx.Request("POST", url, stream=httpx.ByteStream(b"{}"))
    built.read()
    answer = new_response(200, [], b"{}", made, {}, check=False)
    assert answer is not None
    known = httpx.Response(200, stream=httpx.ByteStream(b"{}"), request=built)
    known.read()
    known.__dict__.pop("_decoder", None)  # made while reading a stream; not needed once read
    return set(vars(made)) == set(vars(built)) and set(vars(answer)) == set(vars(known))


def new_request(
    method: str,
    url: httpx.URL,
    headers: httpx.Headers,
    body: bytes,
    extensions: dict[str, Any],
    *,
    check: bool = True,
) -> httpx.Request:
    """A request for ``url`` itself (not a copy), with ``headers`` as they are, and ``body``
    read. The caller owns ``headers`` and ``extensions`` from now on."""
    if check and not _same_shape():
        request = httpx.Request(
            method, url, headers=headers, stream=httpx.ByteStream(body), extensions=extensions
        )
        request.url = url
        request.read()
        return request
    request = httpx.Request.__new__(httpx.Request)
    request.method = method
    request.url = url
    request.headers = headers
    request.extensions = extensions
    request.stream = httpx.ByteStream(body)
    request._content = body
    return request


_IDENTITY = (b"", b"identity")


def _entries(raw: Sequence[Header]) -> list[Entry] | None:
    """httpx's list for the answer's headers; None if its body must be decoded first (a
    Content-Encoding other than identity)."""
    entries = []
    for name, value in raw:
        lower = name.lower()
        if lower == b"content-encoding" and value.strip().lower() not in _IDENTITY:
            return None
        entries.append((name, lower, value))
    return entries


def new_response(
    status: int,
    raw: Sequence[Header],
    content: bytes,
    request: httpx.Request,
    extensions: dict[str, Any],
    *,
    check: bool = True,
) -> httpx.Response | None:
    """The answer, read whole: ``content`` is what ``aread`` returns.

    None when ``content`` is encoded (gzip...): httpx's decoders must then read it, through
    ``httpx.Response(stream=...)`` and ``aread``.
    """
    entries = _entries(raw)
    if entries is None:
        return None
    if check and not _same_shape():
        answer = httpx.Response(
            status,
            headers=list(raw),
            stream=httpx.ByteStream(content),
            request=request,
            extensions=extensions,
        )
        return answer  # read by the client, as any transport's answer
    headers = httpx.Headers.__new__(httpx.Headers)
    headers._list = entries
    headers._encoding = None  # guessed on first use, as httpx does
    answer = httpx.Response.__new__(httpx.Response)
    answer.status_code = status
    answer.headers = headers
    answer._request = request
    answer.next_request = None
    answer.extensions = extensions
    answer.history = []
    # As a transport hands it over: open, its stream not iterated (a client may still read
    # it raw), its content there already.
    answer.is_closed = False
    answer.is_stream_consumed = False
    answer.default_encoding = "utf-8"
    answer.stream = httpx.ByteStream(content)
    answer._num_bytes_downloaded = len(content)
    answer._content = content
    return answer
