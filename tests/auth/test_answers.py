"""What comes back, on every transport: bodies that do not decode, bodies too large to read,
statuses outside HTTP's range. Each is judged by what it says about the money: a 2xx ran, a
write that failed unreadably may have run, a read is simply asked again."""

from __future__ import annotations

import asyncio
import gzip
import tracemalloc
import zlib
from decimal import Decimal
from typing import Any

import pytest
from testkit.raw_server import answer, raw_server
from whitebit_auth import (
    MalformedResponseError,
    NotExecutedError,
    OutcomeUnknownError,
    RetryPolicy,
    UsageError,
    WhiteBitClient,
    create_client,
)
from whitebit_main_api.api.main_account import get_main_balance
from whitebit_main_api.api.withdraw import create_withdraw
from whitebit_main_api.models import CreateWithdrawBody, GetMainBalanceBody

KEY, SECRET = "answers-key", "answers-secret-0123456789"
TRANSPORTS = ["httpx", "httpx-async", "aiohttp"]
WITHDRAW = CreateWithdrawBody(
    ticker="USDT", amount=Decimal("5"), address="0xabc", network="ERC20", unique_id="w-1"
)
BALANCE = GetMainBalanceBody(ticker="USDT")
NOT_GZIP = {"Content-Encoding": "gzip"}
OK_BALANCE = b'{"USDT":{"main_balance":"1"}}'


def _client(url: str, transport: str, **options: Any) -> WhiteBitClient:
    extra: dict[str, Any] = {}
    if transport == "aiohttp":
        from whitebit_auth.aiohttp_transport import AiohttpTransport

        extra["async_transport"] = AiohttpTransport()
    return create_client(
        KEY, SECRET, base_url=url, rate_limit=None, retry=RetryPolicy.no_wait(),
        **extra, **options,
    )  # fmt: skip


def _call(transport: str, client: WhiteBitClient, endpoint: Any, body: Any) -> Any:
    if transport == "httpx":
        with client:
            return endpoint.sync(client=client, body=body)

    async def run() -> Any:
        async with client:
            return await endpoint.asyncio(client=client, body=body)

    return asyncio.run(run())


def _gzip_bomb(size: int) -> bytes:
    """A gzip body that expands to ``size`` zero bytes (made in pieces: little memory)."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    piece = bytes(1 << 20)
    out = [packer.compress(piece) for _ in range(size >> 20)]
    return b"".join([*out, packer.flush()])


@pytest.mark.parametrize("transport", TRANSPORTS)
def test_an_executed_write_whose_body_does_not_decode_is_malformed_not_sent_again(
    transport: str,
) -> None:
    with (
        raw_server([answer(201, b"not gzip at all", NOT_GZIP)]) as server,
        pytest.raises(MalformedResponseError, match="does not decode as 'gzip'"),
    ):
        _call(transport, _client(server.url, transport), create_withdraw, WITHDRAW)
    assert len(server.requests) == 1


@pytest.mark.parametrize("transport", TRANSPORTS)
@pytest.mark.parametrize("status", [400, 500])
def test_a_failed_write_whose_body_does_not_decode_may_have_run(
    transport: str, status: int
) -> None:
    with (
        raw_server([answer(status, b"\x00\x01", NOT_GZIP)]) as server,
        pytest.raises(OutcomeUnknownError) as caught,
    ):
        _call(transport, _client(server.url, transport), create_withdraw, WITHDRAW)
    assert caught.value.idempotency_key == ("uniqueId", "w-1")
    assert len(server.requests) == 1


@pytest.mark.parametrize("transport", TRANSPORTS)
def test_a_read_whose_body_does_not_decode_is_asked_again(transport: str) -> None:
    answers = [answer(200, b"garbage", NOT_GZIP), answer(200, gzip.compress(OK_BALANCE), NOT_GZIP)]
    with raw_server(answers) as server:
        balances = _call(transport, _client(server.url, transport), get_main_balance, BALANCE)
    assert balances["USDT"].main_balance == Decimal("1")
    assert len(server.requests) == 2


@pytest.mark.parametrize("transport", TRANSPORTS)
def test_an_answer_that_decodes_beyond_the_cap_is_not_read_further(transport: str) -> None:
    bomb = _gzip_bomb(64 << 20)  # 64 KB on the wire, 64 MiB decoded
    cap = 1 << 20
    with raw_server([answer(200, bomb, NOT_GZIP)]) as server:
        client = _client(server.url, transport, max_answer_bytes=cap)
        tracemalloc.start()
        try:
            with pytest.raises(MalformedResponseError, match=f"more than {cap} bytes"):
                _call(transport, client, get_main_balance, BALANCE)
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
    assert len(server.requests) == 1  # as large again if asked again: not retried
    assert peak < 16 << 20  # nowhere near the 64 MiB it would expand to


@pytest.mark.parametrize("transport", TRANSPORTS)
def test_a_declared_length_beyond_the_cap_is_not_read_at_all(transport: str) -> None:
    body = b"[" + b"0," * (600 << 10) + b"0]"
    with raw_server([answer(500, body)]) as server:
        client = _client(server.url, transport, max_answer_bytes=1 << 20)
        with pytest.raises(OutcomeUnknownError, match=f"more than {1 << 20} bytes"):
            _call(transport, client, create_withdraw, WITHDRAW)
    assert len(server.requests) == 1


def test_the_default_cap_is_far_above_any_real_answer() -> None:
    from whitebit_auth._answer import DEFAULT_MAX_ANSWER_BYTES

    assert DEFAULT_MAX_ANSWER_BYTES >= 16 << 20
    with pytest.raises(UsageError, match="max_answer_bytes"):
        create_client(KEY, SECRET, max_answer_bytes=0)


@pytest.mark.parametrize("transport", TRANSPORTS)
@pytest.mark.parametrize("status", [600, 999])
def test_a_status_outside_http_leaves_a_write_unknown_and_a_read_unexpected(
    transport: str, status: int
) -> None:
    with raw_server([answer(status, b"{}")]) as server, pytest.raises(OutcomeUnknownError):
        _call(transport, _client(server.url, transport), create_withdraw, WITHDRAW)
    assert len(server.requests) == 1  # not sent again
    # A read changed nothing: a refusal, whether the status reads as one (UnexpectedStatusError)
    # or the connection library refuses the status line itself (a protocol error, retried).
    with raw_server([answer(status, b"{}")] * 5) as server, pytest.raises(NotExecutedError):
        _call(transport, _client(server.url, transport), get_main_balance, BALANCE)


@pytest.mark.parametrize("transport", TRANSPORTS)
@pytest.mark.parametrize("value", ["a\r\nb", "a\nInjected: 1", "a\x00b"])
def test_a_header_that_cannot_be_sent_is_refused_before_anything_leaves(
    transport: str, value: str, recwarn: pytest.WarningsRecorder
) -> None:
    with raw_server([]) as server:
        client = _client(server.url, transport).with_headers({"X-Trace": value})
        with pytest.raises(UsageError, match="X-Trace"):
            _call(transport, client, get_main_balance, BALANCE)
    assert server.requests == []
    # No session was opened for it (aiohttp warns of an unclosed one; other resource warnings,
    # of sockets an earlier test left to the collector, are not this test's).
    assert not [w for w in recwarn if "nclosed client session" in str(w.message)]
