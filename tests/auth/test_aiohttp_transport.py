"""The aiohttp transport against a sandbox on loopback: signed calls, and failures reported so
that the pipeline never repeats a payment that may have gone through."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import Awaitable, Callable
from decimal import Decimal
from typing import Any, TypeVar

import httpx
import pytest
from testkit.support import INVEST, LIST
from whitebit_auth import (
    ConfigurationError,
    InnerValidationError,
    OutcomeUnknownError,
    RequestTimeoutError,
    RetryPolicy,
    TransportError,
    create_client,
)
from whitebit_auth.aiohttp_transport import AiohttpTransport
from whitebit_main_api import Client
from whitebit_main_api.api.crypto_lending_flex import (
    create_flex_investment,
    get_flex_investment_history,
    get_user_flex_investments,
)
from whitebit_main_api.models import (
    CreateFlexInvestmentBody,
    FlexInvestmentCreated,
    FlexInvestmentsPage,
    GetFlexInvestmentHistoryBody,
    GetUserFlexInvestmentsBody,
)
from whitebit_sandbox import DEMO_API_KEY, DEMO_API_SECRET, USDT_PLAN, Sandbox, serve

FAST = RetryPolicy.no_wait(max_attempts=3)
USDT = "USDT"
T = TypeVar("T")


def client_at(url: str, **kw: Any) -> Client:
    options: dict[str, Any] = {"retry": FAST, "rate_limit": None} | kw
    return create_client(
        DEMO_API_KEY, DEMO_API_SECRET, base_url=url, async_transport=AiohttpTransport(), **options
    )


def run(client: Client, call: Callable[[], Awaitable[T]]) -> T:
    async def go() -> T:
        try:
            return await call()
        finally:
            await client.get_async_httpx_client().aclose()

    return asyncio.run(go())


def invest(client: Client, amount: str = "10") -> Awaitable[Any]:
    body = CreateFlexInvestmentBody(plan=USDT_PLAN, amount=Decimal(amount))
    return create_flex_investment.asyncio(client=client, body=body)


def test_signed_calls_round_trip() -> None:
    sandbox = Sandbox()
    with serve(sandbox) as server:
        client = client_at(server.url)

        async def session() -> tuple[Any, Any, Any]:
            created = await invest(client, "12.5")
            page = await get_user_flex_investments.asyncio(
                client=client, body=GetUserFlexInvestmentsBody()
            )
            ledger = await get_flex_investment_history.asyncio(
                client=client, body=GetFlexInvestmentHistoryBody()
            )
            return created, page, ledger

        created, page, ledger = run(client, session)
    assert isinstance(created, FlexInvestmentCreated)
    assert isinstance(page, FlexInvestmentsPage)
    assert [i.invested for i in page.data or []] == [Decimal("12.5")]
    assert len(ledger.data or []) == 1
    assert sandbox.balance(DEMO_API_KEY, USDT) == Decimal("9987.5")


def test_many_in_flight_each_signed_once() -> None:
    sandbox = Sandbox()
    sandbox.limiter = None
    with serve(sandbox) as server:
        client = client_at(server.url, nonce_window=True)

        async def burst() -> list[Any]:
            return await asyncio.gather(
                *(
                    get_user_flex_investments.asyncio(
                        client=client, body=GetUserFlexInvestmentsBody()
                    )
                    for _ in range(100)
                )
            )

        pages = run(client, burst)
    assert all(isinstance(p, FlexInvestmentsPage) for p in pages)


def test_api_errors_arrive_typed() -> None:
    with serve(Sandbox()) as server:
        client = client_at(server.url)
        with pytest.raises(InnerValidationError) as info:
            run(client, lambda: invest(client, "0"))
    assert info.value.status == 422
    assert "amount" in info.value.errors


def test_processed_then_dropped_invest_is_outcome_unknown_not_repeated() -> None:
    sandbox = Sandbox()
    sandbox.faults.fail_after_processing(INVEST)
    with serve(sandbox) as server:
        client = client_at(server.url)
        with pytest.raises(OutcomeUnknownError):
            run(client, lambda: invest(client))
    assert len(sandbox.flex.investments) == 1  # executed once, never repeated


def test_dropped_read_is_retried() -> None:
    sandbox = Sandbox()
    sandbox.faults.drop(LIST)
    with serve(sandbox) as server:
        client = client_at(server.url)
        page = run(
            client,
            lambda: get_user_flex_investments.asyncio(
                client=client, body=GetUserFlexInvestmentsBody()
            ),
        )
    assert isinstance(page, FlexInvestmentsPage)


def test_refused_connection_is_known_not_sent() -> None:
    with socket.socket() as probe:  # a loopback port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    client = client_at(f"http://127.0.0.1:{port}")
    with pytest.raises(TransportError) as info:
        run(client, lambda: invest(client))
    assert not isinstance(info.value, OutcomeUnknownError)
    assert info.value.sent is False
    assert isinstance(info.value.__cause__, httpx.ConnectError)


def test_slow_answer_is_a_read_timeout() -> None:
    sandbox = Sandbox()
    sandbox.faults.delay(LIST, 1.0)
    with serve(sandbox) as server:
        client = client_at(server.url, timeout=0.2, retry=None)
        with pytest.raises(RequestTimeoutError) as info:
            run(
                client,
                lambda: get_user_flex_investments.asyncio(
                    client=client, body=GetUserFlexInvestmentsBody()
                ),
            )
    assert info.value.sent is True
    assert isinstance(info.value.__cause__, httpx.ReadTimeout)


def test_a_slow_invest_is_outcome_unknown() -> None:
    sandbox = Sandbox()
    sandbox.faults.delay(INVEST, 1.0)
    with serve(sandbox) as server:
        client = client_at(server.url, timeout=0.2)
        with pytest.raises(OutcomeUnknownError):
            run(client, lambda: invest(client))


def test_a_transport_stays_with_its_event_loop() -> None:
    with serve(Sandbox()) as server:
        transport = AiohttpTransport()
        request = httpx.Request("GET", f"{server.url}/api/v4/public/ping")

        async def once(close: bool) -> int:
            response = await transport.handle_async_request(request)
            if close:
                await transport.aclose()
            return response.status_code

        assert asyncio.run(once(close=True)) == 404
        first = asyncio.new_event_loop()
        try:
            assert first.run_until_complete(once(close=False)) == 404  # a fresh session
            with pytest.raises(ConfigurationError, match="bound to the event loop"):
                asyncio.run(once(close=False))
            first.run_until_complete(transport.aclose())
        finally:
            first.close()


async def _serve_once(
    answer: bytes, heads: list[bytes] | None = None
) -> tuple[asyncio.Server, str]:
    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        head = await reader.readuntil(b"\r\n\r\n")
        if heads is not None:
            heads.append(head)
        length = next(
            (int(line.split(b":")[1]) for line in head.split(b"\r\n")
             if line.lower().startswith(b"content-length:")),
            0,
        )  # fmt: skip
        await reader.readexactly(length)
        writer.write(answer)
        await writer.drain()
        writer.close()

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    return server, f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}"


@pytest.mark.parametrize("encoding", ["gzip", "deflate"])
def test_compressed_answers_are_decoded(encoding: str) -> None:
    # The client asks for gzip and deflate (Accept-Encoding); an answer that comes compressed
    # must reach the generated code decoded, as with httpx's own transports.
    import zlib

    page = b'{"data":[],"limit":100,"offset":0}'
    packer = zlib.compressobj(wbits=31 if encoding == "gzip" else 15)
    packed = packer.compress(page) + packer.flush()
    answer = (
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Encoding: "
        + encoding.encode()
        + b"\r\nContent-Length: %d\r\n\r\n" % len(packed)
        + packed
    )

    async def go() -> Any:
        server, url = await _serve_once(answer)
        client = client_at(url)
        try:
            return await get_user_flex_investments.asyncio_detailed(
                client=client, body=GetUserFlexInvestmentsBody()
            )
        finally:
            await client.get_async_httpx_client().aclose()
            server.close()

    response = asyncio.run(go())
    assert response.content == page
    assert isinstance(response.parsed, FlexInvestmentsPage)


def test_plain_httpx_clients_can_stream_its_answers() -> None:
    # The transport is an httpx transport for any httpx client, not only ours.
    answer = b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 5\r\n\r\nhello"

    async def go() -> list[bytes]:
        server, url = await _serve_once(answer)
        try:
            async with (
                httpx.AsyncClient(transport=AiohttpTransport()) as http,
                http.stream("GET", url) as response,
            ):
                return [chunk async for chunk in response.aiter_raw()]
        finally:
            server.close()

    assert b"".join(asyncio.run(go())) == b"hello"


@pytest.mark.parametrize("host", [None, "other.example"])
def test_the_host_header_goes_once_as_the_request_has_it(host: str | None) -> None:
    # aiohttp writes the URL's Host itself, so the transport leaves an equal one out; one that
    # differs (a caller's own) must still go, and never twice.
    answer = b"HTTP/1.1 204 No Content\r\nContent-Length: 0\r\n\r\n"
    heads: list[bytes] = []

    async def go() -> str:
        server, url = await _serve_once(answer, heads)
        try:
            async with httpx.AsyncClient(transport=AiohttpTransport()) as http:
                await http.get(url, headers={"Host": host} if host else None)
            return url
        finally:
            server.close()

    url = asyncio.run(go())
    lines = heads[0].split(b"\r\n")
    sent = [line.split(b":", 1)[1].strip() for line in lines if line.lower().startswith(b"host:")]
    assert sent == [host.encode() if host else httpx.URL(url).netloc]


# The read timeout, one lazily moved timer per connection (whitebit_auth._aiohttp_private):
# the same deadlines as aiohttp's own, which re-arms a timer for every chunk.

_HEAD = b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: %d\r\n\r\n"


async def _serve_script(*answers: list[tuple[float, bytes]]) -> tuple[asyncio.Server, str]:
    """One keep-alive connection; for its n-th request, answers[n]: (pause, bytes) pairs."""

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            for steps in answers:
                await reader.readuntil(b"\r\n\r\n")
                for pause, chunk in steps:
                    await asyncio.sleep(pause)
                    writer.write(chunk)
                    await writer.drain()
            await asyncio.sleep(5)
        except (ConnectionError, asyncio.IncompleteReadError):
            pass
        finally:
            writer.close()

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    return server, f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}"


def _timed_gets(
    answers: list[list[tuple[float, bytes]]], timeouts: list[float]
) -> list[tuple[float, bytes | BaseException]]:
    """GET once per answer on one transport, each with its read timeout: (seconds, outcome)."""

    async def go() -> list[tuple[float, bytes | BaseException]]:
        server, url = await _serve_script(*answers)
        outcomes: list[tuple[float, bytes | BaseException]] = []
        try:
            async with httpx.AsyncClient(transport=AiohttpTransport()) as http:
                for read in timeouts:
                    started = asyncio.get_running_loop().time()
                    try:
                        response = await http.get(url, timeout=httpx.Timeout(10.0, read=read))
                        outcome: bytes | BaseException = response.content
                    except httpx.TransportError as exc:
                        outcome = exc
                    outcomes.append((asyncio.get_running_loop().time() - started, outcome))
        finally:
            server.close()
        return outcomes

    return asyncio.run(go())


def test_an_answer_that_keeps_coming_is_not_cut_off() -> None:
    # Six chunks 0.05 s apart, a read timeout of 5 s: far from it, however loaded the machine.
    body = b"abcdef"
    steps = [(0.0, _HEAD % len(body))] + [(0.05, body[i : i + 1]) for i in range(len(body))]
    [(_, outcome)] = _timed_gets([steps], [5.0])
    assert outcome == body


def test_an_answer_that_stops_coming_is_a_read_timeout() -> None:
    steps = [(0.0, _HEAD % 10), (0.0, b"abc")]  # then nothing more
    [(_, outcome)] = _timed_gets([steps], [0.3])
    assert isinstance(outcome, httpx.ReadTimeout)  # not the 10 s of the other timeouts


class _Loop:
    """An event loop's clock and timers, moved by hand: the lazy timer's rules, deterministic."""

    def __init__(self) -> None:
        self.now = 0.0
        self.timers: list[tuple[float, Any]] = []

    def time(self) -> float:
        return self.now

    def call_at(self, when: float, callback: Any) -> Any:
        loop = self

        class Handle:
            def cancel(self) -> None:
                loop.timers.remove(entry)

        entry = (when, callback)
        self.timers.append(entry)
        return Handle()

    def run_until(self, when: float) -> None:
        """Fire, in order, every timer due by ``when``."""
        while True:
            due = sorted((t for t in self.timers if t[0] <= when), key=lambda t: t[0])
            if not due:
                self.now = when
                return
            self.timers.remove(due[0])
            self.now = due[0][0]
            due[0][1]()


def _protocol(loop: _Loop, read_timeout: float) -> Any:
    from whitebit_auth._aiohttp_private import LazyReadTimer

    protocol: Any = LazyReadTimer.__new__(LazyReadTimer)
    protocol._loop = loop
    protocol._read_timeout = read_timeout
    protocol.fired = []
    protocol._on_read_timeout = lambda: protocol.fired.append(loop.now)
    return protocol


def test_the_lazy_timer_fires_once_no_byte_came_for_the_timeout() -> None:
    loop = _Loop()
    protocol = _protocol(loop, 0.4)
    protocol._reschedule_timeout()  # the request starts waiting at 0
    for at in (0.15, 0.30, 0.45, 0.60):  # bytes keep coming, 0.15 s apart
        loop.run_until(at)
        protocol._reschedule_timeout()
    assert protocol.fired == []
    loop.run_until(5.0)  # then nothing more
    assert protocol.fired == [pytest.approx(1.0)]  # 0.4 s after the last byte
    assert len([t for t in loop.timers]) == 0


def test_the_lazy_timer_keeps_one_timer_however_many_chunks_arrive() -> None:
    loop = _Loop()
    protocol = _protocol(loop, 10.0)
    protocol._reschedule_timeout()
    for n in range(1, 1000):
        loop.now = n / 1000
        protocol._reschedule_timeout()
    assert len(loop.timers) == 1  # aiohttp's own would have armed a thousand


def test_a_shorter_timeout_after_a_longer_one_fires_on_the_shorter_deadline() -> None:
    loop = _Loop()
    protocol = _protocol(loop, 8.0)
    protocol._reschedule_timeout()
    loop.run_until(0.1)
    protocol._drop_timeout()  # the first answer is in
    protocol._read_timeout = 0.3  # the next request on the same connection
    protocol._reschedule_timeout()
    loop.run_until(10.0)
    assert protocol.fired == [pytest.approx(0.4)]  # not the 8 s the old timer was set for


def test_a_timer_that_finds_nothing_being_read_does_nothing() -> None:
    loop = _Loop()
    protocol = _protocol(loop, 0.3)
    protocol._reschedule_timeout()
    protocol._drop_timeout()  # answered in time
    loop.run_until(5.0)
    assert protocol.fired == []


def test_the_lazy_read_timer_is_installed_where_aiohttp_has_the_expected_shape() -> None:
    import functools

    from aiohttp.client_proto import ResponseHandler
    from whitebit_auth import _aiohttp_private as _read_timer

    async def go() -> None:
        import aiohttp

        connector = aiohttp.TCPConnector()
        try:
            # Fails when a new aiohttp changes what it replaces: calls then cost aiohttp's own.
            assert _read_timer.install_lazy_read_timer(connector)
            made: Any = connector
            assert made._factory.func is _read_timer.LazyReadTimer
            odd: Any = aiohttp.TCPConnector()
            strange = functools.partial(ResponseHandler, odd._loop)  # not as aiohttp makes it
            odd._factory = strange
            assert not _read_timer.install_lazy_read_timer(odd)
            assert odd._factory is strange  # left as it is
            await odd.close()
        finally:
            await connector.close()

    asyncio.run(go())
