"""The sandbox as a process (CLI), the demo, and fault injection over both transports."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from decimal import Decimal

import httpx
import pytest
from testkit.spec_walk import ROOT
from testkit.support import INVEST, LIST, RAW, sandbox_client
from whitebit_auth import (
    MalformedResponseError,
    OutcomeUnknownError,
    RequestTimeoutError,
    create_client,
)
from whitebit_main_api import Client
from whitebit_main_api.api.crypto_lending_flex import (
    create_flex_investment,
    get_user_flex_investments,
)
from whitebit_main_api.models import CreateFlexInvestmentBody, GetUserFlexInvestmentsBody
from whitebit_sandbox import (
    DEMO_API_KEY,
    DEMO_API_SECRET,
    USDT_PLAN,
    Sandbox,
    serve,
)


@pytest.fixture(params=["in-process", "http"])
def wired(request: pytest.FixtureRequest) -> Iterator[tuple[Sandbox, Client]]:
    """The same sandbox behind either transport: every test must behave the same on both."""
    sandbox = Sandbox()
    if request.param == "in-process":
        yield sandbox, sandbox_client(sandbox, raw=True)
        return
    with serve(sandbox) as server:
        client = create_client(DEMO_API_KEY, DEMO_API_SECRET, base_url=server.url, **RAW)
        with client:
            yield sandbox, client


def _list(client: Client) -> httpx.Response:
    body = GetUserFlexInvestmentsBody()
    response = get_user_flex_investments.sync_detailed(client=client, body=body)
    return httpx.Response(
        int(response.status_code), headers=response.headers, content=response.content
    )


def _invest(client: Client) -> int:
    body = CreateFlexInvestmentBody(plan=USDT_PLAN, amount=Decimal("10"))
    return int(create_flex_investment.sync_detailed(client=client, body=body).status_code)


def test_status_and_rate_limit_faults(wired: tuple[Sandbox, Client]) -> None:
    sandbox, client = wired
    sandbox.faults.status(LIST, 503, count=2)
    sandbox.faults.rate_limit(LIST, retry_after_s=3)
    first, second, third = _list(client), _list(client), _list(client)
    assert (first.status_code, second.status_code, third.status_code) == (503, 503, 429)
    assert third.headers["Retry-After"] == "3"
    assert _list(client).status_code == 200  # the queue is used up


def test_delay_fault(wired: tuple[Sandbox, Client]) -> None:
    sandbox, client = wired
    sandbox.faults.delay(LIST, 0.3)
    started = time.monotonic()
    assert _list(client).status_code == 200
    assert time.monotonic() - started >= 0.3


def test_drop_fault_does_not_process(wired: tuple[Sandbox, Client]) -> None:
    sandbox, client = wired
    sandbox.faults.drop(INVEST)
    with pytest.raises(OutcomeUnknownError):  # sent, then no answer: the client cannot know
        _invest(client)
    assert sandbox.flex.investments == {}


def test_fail_after_processing_executes_then_fails(wired: tuple[Sandbox, Client]) -> None:
    sandbox, client = wired
    sandbox.faults.fail_after_processing(INVEST)
    with pytest.raises(OutcomeUnknownError):
        _invest(client)
    assert len(sandbox.flex.investments) == 1  # it happened, though the caller cannot know
    assert sandbox.balance(DEMO_API_KEY, "USDT") == Decimal("9990")


def test_malformed_fault_answers_the_operations_own_success_status(
    wired: tuple[Sandbox, Client],
) -> None:
    sandbox, client = wired
    sandbox.faults.malformed(LIST)
    with pytest.raises(MalformedResponseError) as read:
        get_user_flex_investments.sync(client=client, body=GetUserFlexInvestmentsBody())
    sandbox.faults.malformed(INVEST)
    with pytest.raises(MalformedResponseError) as write:
        _invest(client)
    assert (read.value.status, write.value.status) == (200, 201)
    assert len(sandbox.flex.investments) == 1  # executed, only its answer was unreadable


def test_an_answer_later_than_the_read_timeout_times_out_on_both_transports(
    wired: tuple[Sandbox, Client],
) -> None:
    sandbox, raw = wired
    client = raw.with_timeout(httpx.Timeout(5.0, read=0.2))
    sandbox.faults.delay(INVEST, 1.0)
    with pytest.raises(OutcomeUnknownError, match="ReadTimeout"):
        _invest(client)
    assert len(sandbox.flex.investments) == 1  # processed, then answered too late
    sandbox.faults.delay(LIST, 1.0)
    with pytest.raises(RequestTimeoutError) as info:
        _list(client)
    assert info.value.sent is True


def test_cli_server_starts_fast_prints_credentials_and_stops_on_sigterm() -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "whitebit_sandbox", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        first = proc.stdout.readline()
        url = first.strip().rsplit(" ", 1)[-1]
        assert url.startswith("http://127.0.0.1:")
        key_line, secret_line = proc.stdout.readline(), proc.stdout.readline()
        assert key_line.strip() == f"WHITEBIT_API_KEY={DEMO_API_KEY}"
        assert secret_line.startswith(f"WHITEBIT_API_SECRET={DEMO_API_SECRET}")
        client = create_client(DEMO_API_KEY, DEMO_API_SECRET, base_url=url)
        with client:
            assert _list(client).status_code == 200
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=5) == 0
        assert "sandbox stopped" in proc.stdout.read()
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def test_cli_refuses_a_non_loopback_host() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "whitebit_sandbox", "--host", "0.0.0.0"],  # noqa: S104
        capture_output=True,
        text=True,
        timeout=10,
    )
    assert done.returncode == 2
    assert "loopback" in done.stderr


def test_demo_runs_and_exits_zero() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "whitebit_sandbox.demo"],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
        env={**os.environ, "WHITEBIT_API_SECRET": ""},
    )
    assert done.returncode == 0, done.stderr
    out = done.stdout
    for step in ("1. The USDT fee schedule", "2. A customer sends 2500 USDT",
                 "3. Moved 1000 USDT to the trade balance", "4. Lent 1000 USDT on Flex",
                 "5. A 50 USDT code", "6. Withdrew 100 USDT", "7. The USDT history",
                 "payment provider's day", "credited carol: 310.25 USDT (from the poll)",
                 "resolve: executed", "the ledger and the credits add up"):  # fmt: skip
        assert step in out
    assert "the payee gets 99.9" in out  # the fee from the schedule, taken from the amount
    assert "ValidationError HTTP 400" in out
    assert "Code already applied" in out
    assert "amounts add up exactly, and the sandbox's ledger balances" in out
    assert "sandbox stopped" in out
    assert DEMO_API_SECRET not in out
