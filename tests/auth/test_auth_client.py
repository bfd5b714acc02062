"""create_client + WhiteBitAuth through every generated call style, verified independently."""

from __future__ import annotations

import asyncio
import logging
import pickle
import typing
from typing import Any

import httpx
import pytest
from testkit.spec_walk import Operation, spec_operations
from testkit.verifier import verify
from whitebit_auth import (
    EU_SERVER,
    ConfigurationError,
    Credentials,
    CredentialsError,
    InsecureTransportError,
    RequestBodyError,
    UnexpectedStatusError,
    create_client,
)

API_KEY = "test-public-key"
API_SECRET = "test-secret-0123456789abcdef"  # a test value, not a real key
OPERATIONS = list(spec_operations())


ANSWERS = {op.path: op.success_answer() for op in OPERATIONS}


class Recorder:
    """An in-process WhiteBIT stand-in that checks every request as the server would, and
    answers with the spec's own success answer for the operation."""

    def __init__(self, prefix: str = "") -> None:
        self.bodies: list[dict[str, Any]] = []
        self.urls: list[httpx.URL] = []
        self.prefix = prefix

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.urls.append(request.url)
        if self.prefix:  # a proxy strips its prefix before forwarding
            assert request.url.path.startswith(self.prefix)
            request.url = request.url.copy_with(path=request.url.path[len(self.prefix) :])
        self.bodies.append(verify(request, API_KEY, API_SECRET))
        status, answer = ANSWERS[request.url.path]
        return httpx.Response(status) if answer is None else httpx.Response(status, json=answer)


@pytest.mark.parametrize("operation", OPERATIONS, ids=lambda op: op.operation_id)
@pytest.mark.parametrize("style", ["sync", "sync_detailed", "asyncio", "asyncio_detailed"])
def test_every_operation_every_call_style_is_signed(operation: Operation, style: str) -> None:
    recorder = Recorder()
    transport = httpx.MockTransport(recorder)
    client = create_client(API_KEY, API_SECRET, transport=transport, async_transport=transport)
    example = operation.request_example()
    body = operation.body_class.from_dict(example)
    call = getattr(operation.module, style)
    if style.startswith("asyncio"):
        result = asyncio.run(call(client=client, body=body))
    else:
        result = call(client=client, body=body)
    assert len(recorder.bodies) == 1
    if not style.endswith("detailed"):  # sync() and asyncio() return the success model
        hints = typing.get_type_hints(operation.module.sync)
        success = typing.get_origin(hints["return"]) or hints["return"]
        assert success in (Any, type(None)) or isinstance(result, success), result
    sent = recorder.bodies[0]
    assert sent["request"] == operation.path
    assert sent["nonceWindow"] is True  # the default: concurrent calls may arrive in any order
    # The caller's fields arrive unchanged (plus the spec defaults the generated model sends).
    auth_fields = ("request", "nonce", "nonceWindow")
    assert {k: v for k, v in sent.items() if k not in auth_fields} == body.to_dict()
    for field, value in example.items():
        assert sent[field] == value


def test_credentials_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WHITEBIT_API_KEY", API_KEY)
    monkeypatch.setenv("WHITEBIT_API_SECRET", API_SECRET)
    recorder = Recorder()
    client = create_client(transport=httpx.MockTransport(recorder))
    op = OPERATIONS[0]
    op.module.sync_detailed(client=client, body=op.body_class.from_dict(op.request_example()))
    assert recorder.bodies


@pytest.mark.parametrize(
    ("key", "secret", "names"),
    [
        (None, None, "WHITEBIT_API_KEY"),
        (API_KEY, None, "WHITEBIT_API_SECRET"),
        ("", API_SECRET, "WHITEBIT_API_KEY"),
        (API_KEY, "", "WHITEBIT_API_SECRET"),
        (API_KEY, "   ", "WHITEBIT_API_SECRET"),
    ],
)
def test_missing_credentials_name_the_variable(
    key: str | None, secret: str | None, names: str
) -> None:
    with pytest.raises(CredentialsError, match=names):
        create_client(key, secret)


def test_credentials_with_whitespace_are_refused() -> None:
    with pytest.raises(CredentialsError, match="white space"):
        create_client(API_KEY, API_SECRET + "\n")


@pytest.mark.parametrize(
    "url", ["http://whitebit.com", "http://10.0.0.5:8080", "http://sandbox.internal", "ftp://x"]
)
def test_plain_http_to_a_remote_host_is_refused(url: str) -> None:
    with pytest.raises(InsecureTransportError, match="use https"):
        create_client(API_KEY, API_SECRET, base_url=url)


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1:8000", "http://localhost:1", "http://[::1]:9", "http://127.3.4.5"]
)
def test_plain_http_to_loopback_is_allowed(url: str) -> None:
    recorder = Recorder()
    client = create_client(
        API_KEY, API_SECRET, base_url=url, transport=httpx.MockTransport(recorder)
    )
    op = OPERATIONS[0]
    response = op.module.sync_detailed(
        client=client, body=op.body_class.from_dict(op.request_example())
    )
    assert response.status_code == 200
    assert recorder.urls[0].scheme == "http"
    assert str(recorder.urls[0]).startswith(url.rstrip("/") + "/api/v4/")


def test_relative_base_url_is_refused() -> None:
    with pytest.raises(ConfigurationError, match="absolute URL"):
        create_client(API_KEY, API_SECRET, base_url="whitebit.com")


def test_eu_server_is_one_argument_away() -> None:
    seen: list[httpx.URL] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.url)
        verify(request, API_KEY, API_SECRET)
        return httpx.Response(200, json={})

    client = create_client(
        API_KEY, API_SECRET, base_url=EU_SERVER, transport=httpx.MockTransport(handler)
    )
    op = OPERATIONS[0]
    op.module.sync_detailed(client=client, body=op.body_class.from_dict(op.request_example()))
    assert seen[0].host == "whitebit.eu"
    assert seen[0].scheme == "https"


def test_proxy_prefix_is_not_part_of_request_field() -> None:
    recorder = Recorder(prefix="/gateway/whitebit")
    client = create_client(
        API_KEY,
        API_SECRET,
        base_url="https://proxy.example/gateway/whitebit/",
        transport=httpx.MockTransport(recorder),
    )
    op = OPERATIONS[0]
    op.module.sync_detailed(client=client, body=op.body_class.from_dict(op.request_example()))
    assert recorder.bodies[0]["request"] == op.path


def test_redirects_are_not_followed_with_credentials() -> None:
    hosts: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        hosts.append(request.url.host)
        return httpx.Response(302, headers={"Location": "https://elsewhere.example/steal"})

    client = create_client(API_KEY, API_SECRET, transport=httpx.MockTransport(handler))
    op = OPERATIONS[0]
    with pytest.raises(UnexpectedStatusError) as info:
        op.module.sync_detailed(client=client, body=op.body_class.from_dict(op.request_example()))
    assert info.value.status == 302
    assert "https://elsewhere.example/steal" in str(info.value)  # it names where it pointed
    assert hosts == ["whitebit.com"]


def test_a_body_that_is_not_an_object_is_refused_before_sending() -> None:
    sent: list[httpx.Request] = []
    client = create_client(API_KEY, API_SECRET, transport=httpx.MockTransport(sent.append))  # type: ignore[arg-type]
    http = client.get_httpx_client()
    with pytest.raises(RequestBodyError, match="JSON object"):
        http.post("/api/v4/main-account/smart-flex/investments", json=[1, 2])
    with pytest.raises(RequestBodyError, match="not JSON"):
        http.post("/api/v4/main-account/smart-flex/investments", content=b"{oops")
    assert sent == []


def test_secret_never_shows(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    credentials = Credentials(API_KEY, API_SECRET)
    recorder = Recorder()
    client = create_client(API_KEY, API_SECRET, transport=httpx.MockTransport(recorder))
    op = OPERATIONS[0]
    op.module.sync_detailed(client=client, body=op.body_class.from_dict(op.request_example()))
    texts = [repr(credentials), str(credentials), repr(client), str(client)]
    texts.append(repr(client.get_httpx_client().auth))
    texts += [record.getMessage() for record in caplog.records]
    for text in texts:
        assert API_SECRET not in text
    with pytest.raises(TypeError, match="pickled"):
        pickle.dumps(credentials)
    # An error about the credentials does not quote them either.
    with pytest.raises(CredentialsError) as info:
        Credentials(API_KEY, API_SECRET + " ")
    assert API_SECRET not in str(info.value)
    assert API_SECRET not in repr(info.value)


def test_cookies_kept_as_httpx_keeps_them(monkeypatch: pytest.MonkeyPatch) -> None:
    # Answers without Set-Cookie skip httpx's costly extraction; the others still go through it.
    sent: list[str | None] = []
    extractions: list[httpx.Response] = []
    original = httpx.Cookies.extract_cookies

    def counted(self: httpx.Cookies, response: httpx.Response) -> None:
        extractions.append(response)
        original(self, response)

    monkeypatch.setattr(httpx.Cookies, "extract_cookies", counted)

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request.headers.get("Cookie"))
        headers = {"Set-Cookie": "lb=node-7; Path=/"} if len(sent) == 2 else {}
        return httpx.Response(200, json={"data": []}, headers=headers)

    client = create_client(
        API_KEY, API_SECRET, transport=httpx.MockTransport(answer), rate_limit=None
    )
    for _ in range(3):
        client.get_httpx_client().post("/api/v4/main-account/smart-flex/plans", json={})
    assert sent == [None, None, "lb=node-7"]
    assert len(extractions) == 1
