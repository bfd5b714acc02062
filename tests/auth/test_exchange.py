"""The httpx objects the pipeline and the aiohttp transport make without httpx's constructors:
the same objects, attribute for attribute, or httpx's own where the shapes differ."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from whitebit_auth import _exchange
from whitebit_auth._exchange import new_request, new_response

URL = httpx.URL("https://whitebit.com/api/v4/main-account/balance")
RAW = [(b"Content-Type", b"application/json"), (b"Set-Cookie", b"a=1")]


def test_the_made_objects_have_httpx_s_shape() -> None:
    _exchange._same_shape.cache_clear()
    assert _exchange._same_shape()  # else every call takes the constructors' slower way


def test_a_made_request_is_what_httpx_would_build() -> None:
    headers = httpx.Headers({"Accept": "*/*"})
    request = new_request("POST", URL, headers, b'{"a":1}', {"timeout": {}})
    built = httpx.Request("POST", URL, headers=headers, stream=httpx.ByteStream(b'{"a":1}'))
    built.read()
    assert request.url is URL  # not a copy: the signer knows it by identity
    assert request.headers is headers
    assert (request.method, request.content, request.headers.raw) == (
        built.method,
        built.content,
        built.headers.raw,
    )
    assert request.extensions == {"timeout": {}}


def test_a_made_response_reads_as_httpx_s_own() -> None:
    request = httpx.Request("POST", URL)
    answer = new_response(200, RAW, b'{"ok":true}', request, {"reason_phrase": b"OK"})
    assert answer is not None
    assert answer.status_code == 200
    assert answer.headers["content-type"] == "application/json"
    assert answer.headers.raw == RAW
    assert answer.content == b'{"ok":true}'
    assert answer.json() == {"ok": True}
    assert answer.text == '{"ok":true}'
    assert answer.request is request
    assert answer.reason_phrase == "OK"
    assert not answer.is_closed  # a client may still stream it
    assert not answer.is_stream_consumed
    assert list(answer.iter_raw()) == [b'{"ok":true}']
    assert list(answer.iter_bytes()) == [b'{"ok":true}']


@pytest.mark.parametrize("encoding", [b"gzip", b" GZIP ", b"br", b"deflate"])
def test_an_encoded_body_is_left_to_httpx_s_decoders(encoding: bytes) -> None:
    raw = [*RAW, (b"Content-Encoding", encoding)]
    assert new_response(200, raw, b"\x1f\x8b", httpx.Request("GET", URL), {}) is None


@pytest.mark.parametrize("encoding", [b"identity", b""])
def test_an_identity_body_is_made_directly(encoding: bytes) -> None:
    raw = [*RAW, (b"Content-Encoding", encoding)]
    assert new_response(200, raw, b"{}", httpx.Request("GET", URL), {}) is not None


def test_another_httpx_shape_falls_back_to_its_constructors(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(_exchange, "_same_shape", lambda: False)
    headers = httpx.Headers({"Accept": "*/*"})
    request = new_request("POST", URL, headers, b"{}", {})
    assert request.url is URL
    assert request.content == b"{}"
    answer: Any = new_response(200, RAW, b"{}", request, {})
    assert isinstance(answer, httpx.Response)
    assert answer.read() == b"{}"
    assert answer.headers["set-cookie"] == "a=1"
