"""Credentials never leave where they should not: redirects, proxies, replaced clients, bad keys,
locals-capturing error reporters, odd base URLs and nonce sources."""

from __future__ import annotations

import contextlib
import socket
import threading
import traceback
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import httpx
import pytest
from testkit.support import INVEST, LIST, NO_WAIT
from whitebit_auth import (
    ConfigurationError,
    CredentialsError,
    InsecureTransportError,
    OutcomeUnknownError,
    RequestBodyError,
    RequestTimeoutError,
    UnexpectedStatusError,
    create_client,
)
from whitebit_main_api.api.crypto_lending_flex import (
    create_flex_investment,
    get_user_flex_investments,
)
from whitebit_main_api.models import CreateFlexInvestmentBody, GetUserFlexInvestmentsBody
from whitebit_sandbox import DEMO_API_KEY, DEMO_API_SECRET, USDT_PLAN, Sandbox, serve

KEY = "safety-key"
SECRET = "safety-secret-0123456789abcdef"  # a test value, not a real key


def _ok(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json={"data": [], "limit": 100, "offset": 0})


# -- redirects ---------------------------------------------------------------------------------


def test_follow_redirects_cannot_be_turned_on() -> None:
    with pytest.raises(ConfigurationError, match="never follow redirects"):
        create_client(KEY, SECRET, httpx_args={"follow_redirects": True})


@pytest.mark.parametrize("status", [301, 302, 307, 308])
def test_a_redirect_is_never_followed_whatever_the_call_asks(status: int) -> None:
    hosts: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        hosts.append(request.url.host)
        return httpx.Response(status, headers={"Location": "http://evil.example/steal"})

    client = create_client(KEY, SECRET, transport=httpx.MockTransport(handler), retry=NO_WAIT)
    http = client.get_httpx_client()
    http.follow_redirects = True  # even poking the httpx client does not make it follow
    with pytest.raises(UnexpectedStatusError, match=r"http://evil\.example/steal"):
        http.post(LIST, json={}, follow_redirects=True)
    assert hosts == ["whitebit.com"]


# -- proxies -----------------------------------------------------------------------------------


@pytest.fixture
def trap_proxy() -> Iterator[tuple[str, list[bytes]]]:
    """A "proxy" on loopback that records whatever reaches it and answers nothing useful."""
    seen: list[bytes] = []
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(0.2)
    stop = threading.Event()

    def accept() -> None:
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            with conn:
                conn.settimeout(1)
                with contextlib.suppress(OSError):
                    seen.append(conn.recv(65536))
                conn.sendall(b"HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n")

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}", seen
    finally:
        stop.set()
        thread.join()
        listener.close()


@pytest.mark.parametrize("variable", ["HTTP_PROXY", "http_proxy", "ALL_PROXY"])
def test_plain_http_never_goes_through_an_environment_proxy(
    monkeypatch: pytest.MonkeyPatch, trap_proxy: tuple[str, list[bytes]], variable: str
) -> None:
    proxy_url, seen = trap_proxy
    monkeypatch.setenv(variable, proxy_url)
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    with serve(Sandbox()) as server:
        client = create_client(DEMO_API_KEY, DEMO_API_SECRET, base_url=server.url, retry=None)
        with client:
            page = get_user_flex_investments.sync(client=client, body=GetUserFlexInvestmentsBody())
    assert page is not None
    assert seen == []  # not one byte, let alone the signed headers, reached the proxy


def test_an_explicit_proxy_is_not_used_for_plain_http(
    trap_proxy: tuple[str, list[bytes]],
) -> None:
    proxy_url, seen = trap_proxy
    with serve(Sandbox()) as server:
        client = create_client(
            DEMO_API_KEY, DEMO_API_SECRET, base_url=server.url, httpx_args={"proxy": proxy_url}
        )
        with client:
            get_user_flex_investments.sync(client=client, body=GetUserFlexInvestmentsBody())
    assert seen == []


# -- replacing parts of the client -------------------------------------------------------------


def test_set_httpx_client_is_refused_naming_the_right_option() -> None:
    client = create_client(KEY, SECRET)
    with pytest.raises(ConfigurationError, match=r"does not sign.*transport="):
        client.set_httpx_client(httpx.Client())
    with pytest.raises(ConfigurationError, match=r"does not sign.*async_transport="):
        client.set_async_httpx_client(httpx.AsyncClient())
    assert client.get_httpx_client().auth is client.auth  # still the signing one


@pytest.mark.parametrize(
    ("name", "hint"),
    [
        ("transport", "pass transport="),
        ("auth", "signed by the client itself"),
        ("base_url", "pass base_url="),
        ("timeout", "pass timeout="),
        ("follow_redirect", "not an option of httpx.Client"),
    ],
)
def test_httpx_args_that_would_undo_a_guarantee_are_refused(name: str, hint: str) -> None:
    with pytest.raises(ConfigurationError, match=hint):
        create_client(KEY, SECRET, httpx_args={name: object()})


# -- keys --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "problem"),
    [
        ("abc\r\nX-Evil: 1", "control character"),
        ("abc\ndef", "control character"),
        ("abc\x00def", "control character"),
        (123, "must be a str, got int"),
        (b"bytes-key", "must be a str, got bytes"),
        ("ключ", "not ASCII"),
    ],
)
def test_keys_that_cannot_be_a_header_are_refused_saying_why(key: Any, problem: str) -> None:
    with pytest.raises(CredentialsError, match=problem):
        create_client(key, SECRET)


def test_a_secret_of_the_wrong_type_is_named_but_not_shown() -> None:
    with pytest.raises(CredentialsError, match="secret must be a str, got bytes") as info:
        create_client(KEY, SECRET.encode())  # type: ignore[arg-type]
    assert SECRET not in str(info.value)


# -- locals-capturing error reporters ----------------------------------------------------------


def _reported(exc: BaseException) -> str:
    """What a Sentry-style reporter would print: every frame with every local's repr."""
    report = traceback.TracebackException.from_exception(exc, capture_locals=True)
    return "".join(report.format())


def _assert_clean(exc: BaseException, *secrets: str) -> None:
    text = _reported(exc)  # must not crash (a half-built Credentials used to)
    for secret in secrets:
        assert secret not in text


@pytest.mark.parametrize(
    ("key", "base_url"),
    [("bad\nkey", "https://whitebit.com"), (KEY, "http://remote.example")],
    ids=["bad-key", "insecure-url"],
)
def test_setup_errors_hold_no_secret_in_any_frame(key: str, base_url: str) -> None:
    with pytest.raises((CredentialsError, InsecureTransportError)) as info:
        create_client(key, SECRET, base_url=base_url)
    _assert_clean(info.value, SECRET)


@pytest.mark.parametrize(
    ("before", "after"),
    [("", "\n"), ("", " "), (" ", ""), ("", "é"), ("", "\0"), ("", "\r\n")],
    ids=["newline", "trailing-space", "leading-space", "non-ascii", "nul", "crlf"],
)
def test_a_rejected_secret_is_in_no_frame(
    before: str, after: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The spoilt secret is made in the call itself: no frame of the test holds it.
    with pytest.raises(CredentialsError) as info:
        create_client(KEY, before + SECRET + after)
    _assert_clean(info.value, SECRET)
    if "\0" in after:
        return  # no environment variable can hold a NUL
    monkeypatch.setenv("WHITEBIT_API_KEY", KEY)
    monkeypatch.setenv("WHITEBIT_API_SECRET", before + SECRET + after)
    with pytest.raises(CredentialsError) as info:
        create_client()
    _assert_clean(info.value, SECRET)


def test_secret_from_the_environment_is_not_in_any_frame(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WHITEBIT_API_KEY", "bad\rkey")
    monkeypatch.setenv("WHITEBIT_API_SECRET", SECRET)
    with pytest.raises(CredentialsError) as info:
        create_client()
    _assert_clean(info.value, SECRET)


class _Signatures:
    """Wraps a sandbox's handler to collect the signatures that reached it."""

    def __init__(self, sandbox: Sandbox) -> None:
        self.seen: list[str] = []
        self._handle = sandbox.handle
        sandbox.handle = self  # type: ignore[method-assign]

    def __call__(
        self, method: str, path: str, headers: Any, body: bytes, client: str = "127.0.0.1"
    ) -> Any:
        self.seen.append(headers.get("X-TXC-SIGNATURE"))
        self.seen.append(headers.get("X-TXC-PAYLOAD"))
        return self._handle(method, path, headers, body, client)


def test_network_failures_hold_no_secret_or_signature_in_any_frame() -> None:
    sandbox = Sandbox()
    signatures = _Signatures(sandbox)
    sandbox.faults.fail_after_processing(INVEST)  # sent, executed, connection dropped
    sandbox.faults.delay(LIST, 1.0, count=5)  # answered too late
    with serve(sandbox) as server:
        client = create_client(
            DEMO_API_KEY, DEMO_API_SECRET, base_url=server.url, retry=NO_WAIT,
            timeout=httpx.Timeout(5.0, read=0.2),
        )  # fmt: skip
        with client:
            with pytest.raises(OutcomeUnknownError) as dropped:
                create_flex_investment.sync(
                    client=client,
                    body=CreateFlexInvestmentBody(plan=USDT_PLAN, amount=Decimal("10")),
                )
            with pytest.raises(RequestTimeoutError) as late:
                get_user_flex_investments.sync(client=client, body=GetUserFlexInvestmentsBody())
    assert len(signatures.seen) >= 4
    for failure in (dropped.value, late.value):
        _assert_clean(failure, DEMO_API_SECRET, *signatures.seen)


# -- base URLs, paths and nonces ---------------------------------------------------------------


def test_a_percent_encoded_proxy_prefix_is_not_signed_and_reads_stay_reads() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return _ok(request)

    client = create_client(
        KEY,
        SECRET,
        base_url="https://proxy.example/präfix/",
        transport=httpx.MockTransport(handler),
    )
    get_user_flex_investments.sync_detailed(client=client, body=GetUserFlexInvestmentsBody())
    sent = seen[0]
    assert sent.url.raw_path == b"/pr%C3%A4fix" + LIST.encode()
    assert httpx.Response(200, content=sent.content).json()["request"] == LIST
    builder = client.get_httpx_client().builder  # type: ignore[attr-defined]
    assert builder.operations.is_read(builder.path_of(sent.url))  # retried and rate limited


@pytest.mark.parametrize(
    "url", ["https://whitebit.com/?a=1", "https://whitebit.com/#frag", "https://whitebit.com?"]
)
def test_a_base_url_with_a_query_or_fragment_is_refused(url: str) -> None:
    with pytest.raises(ConfigurationError, match="query or fragment"):
        create_client(KEY, SECRET, base_url=url)


@pytest.mark.parametrize("nonce", [1.9, True, "123", -5, 0, None])
def test_a_nonce_source_must_return_positive_ints(nonce: Any) -> None:
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return _ok(request)

    client = create_client(
        KEY, SECRET, transport=httpx.MockTransport(handler), nonce_source=lambda: nonce
    )
    with pytest.raises(ConfigurationError, match="a nonce must be a positive int"):
        get_user_flex_investments.sync(client=client, body=GetUserFlexInvestmentsBody())
    assert sent == []


# -- amounts in raw bodies ---------------------------------------------------------------------


def test_a_decimal_goes_out_as_its_exact_string_and_a_float_is_refused_by_name() -> None:
    bodies: list[bytes] = []

    def handler(request: httpx.Request) -> httpx.Response:
        bodies.append(request.content)
        return httpx.Response(201, json={"data": {"transaction_id": "tx"}})

    client = create_client(KEY, SECRET, transport=httpx.MockTransport(handler))
    http = client.get_httpx_client()
    http.post(INVEST, json={"plan": "p", "amount": Decimal("0.00000001")})
    assert b'"amount":"0.00000001"' in bodies[0]  # fixed-point, never "1E-8"
    with pytest.raises(RequestBodyError, match=r"'amount'.*float"):
        http.post(INVEST, json={"plan": "p", "amount": 10.5})
    with pytest.raises(RequestBodyError, match=r"'beneficiary\.card\.amount'"):
        http.post(INVEST, json={"beneficiary": {"card": {"amount": 1.0}}})
    with pytest.raises(RequestBodyError, match=r"'amount'.*not an amount"):
        http.post(INVEST, json={"amount": Decimal("NaN")})
    assert len(bodies) == 1  # nothing refused was sent
