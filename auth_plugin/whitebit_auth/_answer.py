"""Reading an answer: whole, decoded, never beyond a size, its JSON parsed once for the judge.

A body is decoded (gzip, deflate …: httpx asks for them by default, so real servers send them)
as it is read, and reading stops as soon as the decoded size passes ``max_bytes``: a small
compressed answer that would expand to gigabytes costs no more than the cap. A body that
cannot be decoded, or is too large, is not an error here: it is a fact about the answer that
the judge weighs (a 2xx executed whatever its body; a failed write may have executed).
"""

from __future__ import annotations

import datetime
import enum
import json
import time
import zlib
from typing import Any, NamedTuple

import httpx

from ._httpx_private import header_entries, make_response

DEFAULT_MAX_ANSWER_BYTES = 32 * 1024 * 1024  # WhiteBIT's largest pages are a few hundred KB


class Body(enum.Enum):
    JSON = "json"  # parsed (see Answer.data)
    NOT_JSON = "not JSON"  # empty, or not a JSON text
    UNDECODABLE = "undecodable"  # its Content-Encoding does not decode
    TOO_LARGE = "too large"  # it decodes to more than the cap


class Headed(NamedTuple):
    """What the request path needs of an answer's headers, found in one pass over them."""

    length: int | None  # Content-Length, if it is a number
    encoded: bool  # a Content-Encoding other than identity
    sets_cookies: bool
    date: str | None

    @classmethod
    def of(cls, headers: httpx.Headers) -> Headed:
        length = date = None
        encoded = sets_cookies = False
        for _, lower, value in header_entries(headers):
            if lower == b"content-length":
                length = int(value) if value.isdigit() else None
            elif lower == b"content-encoding":
                encoded = value.strip().lower() not in _IDENTITY
            elif lower == b"set-cookie" or lower == b"set-cookie2":
                sets_cookies = True
            elif lower == b"date":
                date = value.decode("latin-1")
        return cls(length, encoded, sets_cookies, date)


_IDENTITY = (b"", b"identity")
_INFLATED = frozenset({"gzip", "x-gzip", "deflate"})


class Answer(NamedTuple):
    """What the server answered to one attempt, read."""

    response: httpx.Response
    headed: Headed
    body: Body
    data: Any = None  # the parsed JSON, when body is Body.JSON
    why: str = ""  # what was wrong with the body, when it could not be read

    @property
    def status(self) -> int:
        return self.response.status_code


_JSON = json.JSONDecoder()
# A JSON text's first byte in UTF-8 (an ASCII character; never NUL nor a byte order mark).
_UTF8_STARTS = frozenset(bytes([b]) for b in range(1, 128))


def _parsed(response: httpx.Response, headed: Headed, content: bytes) -> Answer:
    try:
        if not content:
            return Answer(response, headed, Body.NOT_JSON)
        if content[:1] in _UTF8_STARTS:
            data = _JSON.decode(content.decode("utf-8"))  # json.loads, less its steps
        else:
            data = json.loads(content)  # UTF-16/32, a byte order mark: json.loads tells them
    except (UnicodeDecodeError, ValueError, RecursionError):
        return Answer(response, headed, Body.NOT_JSON)
    return Answer(response, headed, Body.JSON, data)


def _too_large(response: httpx.Response, headed: Headed, max_bytes: int) -> Answer:
    why = f"its body decodes to more than {max_bytes} bytes"
    return Answer(response, headed, Body.TOO_LARGE, why=why)


def _undecodable(response: httpx.Response, headed: Headed, error: Exception) -> Answer:
    encoding = response.headers.get("content-encoding", "")
    why = f"its body does not decode as {encoding!r}: {error}"
    return Answer(response, headed, Body.UNDECODABLE, why=why)


class _TooLarge(Exception):
    pass


class Inflater:
    """gzip and deflate decoded by zlib itself, never to more than ``room`` bytes.

    httpx's own decoders inflate each chunk whole (a 64 KB chunk of a bomb is 64 MiB at once);
    zlib's ``max_length`` stops at the bound, so memory never holds more than it.
    """

    def __init__(self, coding: str, room: int) -> None:
        self._wbits = zlib.MAX_WBITS | 16 if coding in ("gzip", "x-gzip") else zlib.MAX_WBITS
        self._inflate = zlib.decompressobj(self._wbits)
        self._fresh = True  # deflate is sent zlib-wrapped or raw: the first chunk tells
        self._room = room
        self._out: list[bytes] = []
        self._size = 0

    def _take(self, data: bytes) -> None:
        while data:
            piece = self._inflate.decompress(data, self._room - self._size + 1)
            self._size += len(piece)
            if self._size > self._room:
                raise _TooLarge
            self._out.append(piece)
            data = self._inflate.unconsumed_tail

    def feed(self, data: bytes) -> None:
        fresh, self._fresh = self._fresh, False
        try:
            self._take(data)
        except zlib.error:
            if not (fresh and self._wbits == zlib.MAX_WBITS):
                raise
            self._inflate, self._wbits = zlib.decompressobj(-zlib.MAX_WBITS), -zlib.MAX_WBITS
            self._take(data)

    def content(self) -> bytes:
        rest = self._inflate.flush()
        self._size += len(rest)
        if self._size > self._room:
            raise _TooLarge
        return b"".join([*self._out, rest])


def _coding(response: httpx.Response) -> str:
    coding: str = response.headers.get("content-encoding", "")
    return coding.strip().lower()


def _finish(response: httpx.Response, chunks: list[bytes], started: float) -> httpx.Response:
    read = make_response(
        response.status_code,
        response.headers.raw,
        b"".join(chunks),
        response.request,
        response.extensions,
    )
    read.elapsed = datetime.timedelta(seconds=time.perf_counter() - started)
    return read


def read_answer(response: httpx.Response, max_bytes: int, started: float) -> Answer:
    """Read ``response`` whole (and close it). Transport errors while reading propagate."""
    try:
        headed = Headed.of(response.headers)
        length = headed.length
        if length is not None and length > max_bytes:
            return _too_large(response, headed, max_bytes)
        if length is not None and not headed.encoded:
            content = response.read()
            response.elapsed = datetime.timedelta(seconds=time.perf_counter() - started)
            return _parsed(response, headed, content)
        coding = _coding(response)
        chunks, size = [], 0
        if coding in _INFLATED:
            inflater = Inflater(coding, max_bytes)
            for chunk in response.iter_raw():
                inflater.feed(chunk)
            chunks.append(inflater.content())
        else:  # identity of unknown length, or a coding httpx decodes (br, zstd ...)
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > max_bytes:
                    return _too_large(response, headed, max_bytes)
                chunks.append(chunk)
        read = _finish(response, chunks, started)
        return _parsed(read, headed, read.content)
    except _TooLarge:
        return _too_large(response, Headed.of(response.headers), max_bytes)
    except (httpx.DecodingError, zlib.error) as error:
        return _undecodable(response, Headed.of(response.headers), error)
    finally:
        response.close()


async def aread_answer(response: httpx.Response, max_bytes: int, started: float) -> Answer:
    """Read ``response`` whole (and close it). Transport errors while reading propagate."""
    try:
        headed = Headed.of(response.headers)
        length = headed.length
        if length is not None and length > max_bytes:
            return _too_large(response, headed, max_bytes)
        if length is not None and not headed.encoded:
            content = await response.aread()
            response.elapsed = datetime.timedelta(seconds=time.perf_counter() - started)
            return _parsed(response, headed, content)
        coding = _coding(response)
        chunks, size = [], 0
        if coding in _INFLATED:
            inflater = Inflater(coding, max_bytes)
            async for chunk in response.aiter_raw():
                inflater.feed(chunk)
            chunks.append(inflater.content())
        else:  # identity of unknown length, or a coding httpx decodes (br, zstd ...)
            async for chunk in response.aiter_bytes():
                size += len(chunk)
                if size > max_bytes:
                    return _too_large(response, headed, max_bytes)
                chunks.append(chunk)
        read = _finish(response, chunks, started)
        return _parsed(read, headed, read.content)
    except _TooLarge:
        return _too_large(response, Headed.of(response.headers), max_bytes)
    except (httpx.DecodingError, zlib.error) as error:
        return _undecodable(response, Headed.of(response.headers), error)
    finally:
        if isinstance(response.stream, httpx.ByteStream):
            response.is_closed = True  # read already, from memory: nothing to release
        else:
            await response.aclose()
