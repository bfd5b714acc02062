"""httpx's internals, used in one module: the objects made there behave as httpx's own, and
every use has a public way that gives the same behaviour (``WHITEBIT_HTTPX_PUBLIC=1``)."""

from __future__ import annotations

import httpx
import pytest
from whitebit_auth import _httpx_private
from whitebit_auth._httpx_private import (
    make_request,
    make_response,
    transport_answer,
    transport_for,
)

URL = httpx.URL("https://whitebit.com/api/v4/main-account/balance")
RAW = [(b"Content-Type", b"application/json"), (b"Set-Cookie", b"a=1")]
ENTRIES = [(b"Accept", b"accept", b"*/*"), (b"X-Trace", b"x-trace", b"t-1")]


@pytest.fixture(params=["made", "public"])
def mode(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setattr(_httpx_private, "PUBLIC_ONLY", request.param == "public")
    return str(request.param)


def test_the_installed_httpx_behaves_as_this_module_expects() -> None:
    # Else every call takes the slower public way: a new httpx must fail here, not quietly.
    _httpx_private._behaves.cache_clear()
    assert _httpx_private._behaves()


def test_a_made_request_is_what_httpx_would_build(mode: str) -> None:
    request = make_request("POST", URL, list(ENTRIES), b'{"a":1}', {"timeout": {}})
    built = httpx.Request("POST", URL, headers=[(k, v) for k, _, v in ENTRIES], content=b'{"a":1}')
    if mode == "made":
        assert request.url is URL  # not a copy: transports know it by identity
    assert request.url == URL
    assert request.content == request.read() == built.content
    assert request.headers["x-trace"] == "t-1"
    assert [(k, v) for k, v in request.headers.raw] == [(k, v) for k, _, v in ENTRIES]
    assert request.extensions == {"timeout": {}}
    assert repr(request) == repr(built)


def test_a_made_response_reads_as_httpx_s_own(mode: str) -> None:
    request = httpx.Request("POST", URL)
    answer = make_response(200, RAW, b'{"ok":true}', request, {"reason_phrase": b"OK"})
    assert answer.status_code == 200
    assert answer.headers["content-type"] == "application/json"
    assert answer.headers.get_list("set-cookie") == ["a=1"]
    assert answer.content == answer.read() == b'{"ok":true}'
    assert answer.json() == {"ok": True}
    assert answer.text == '{"ok":true}'
    assert answer.request is request
    assert answer.reason_phrase == "OK"
    assert list(answer.iter_bytes()) == [b'{"ok":true}']


def test_a_decoded_body_is_never_decoded_again(mode: str) -> None:
    raw = [*RAW, (b"Content-Encoding", b"gzip")]
    answer = make_response(200, raw, b'{"ok":true}', httpx.Request("GET", URL), {})
    assert answer.json() == {"ok": True}


@pytest.mark.parametrize("encoding", [b"gzip", b" GZIP ", b"br", b"deflate"])
def test_an_encoded_body_from_a_transport_is_left_to_the_reader(encoding: bytes) -> None:
    raw = [*RAW, (b"Content-Encoding", encoding)]
    answer = transport_answer(200, raw, b"\x1f\x8b", httpx.Request("GET", URL), {})
    with pytest.raises(httpx.ResponseNotRead):
        answer.content  # noqa: B018 - not read: its reader decodes it


def test_an_identity_body_from_a_transport_can_still_be_streamed_raw(mode: str) -> None:
    answer = transport_answer(200, RAW, b"{}", httpx.Request("GET", URL), {})
    assert list(answer.iter_raw()) == [b"{}"]


def test_https_goes_through_a_mount_and_plain_http_never_does() -> None:
    mounted = httpx.MockTransport(lambda r: httpx.Response(200))
    own = httpx.MockTransport(lambda r: httpx.Response(204))
    client = httpx.Client(transport=own, mounts={"https://whitebit.com": mounted})
    assert transport_for(client, own, URL) is mounted
    assert transport_for(client, own, httpx.URL("https://whitebit.eu/x")) is own
    plain = httpx.Client(transport=own, mounts={"http://": mounted})
    assert transport_for(plain, own, httpx.URL("http://127.0.0.1:9/x")) is own
