"""Errors, retries that never double a payment, the rate limiter, pagination, logging."""

from __future__ import annotations

import asyncio
import json
import logging
import random
import threading
import time
from decimal import Decimal
from typing import Any

import httpx
import pytest
from whitebit_auth import (
    AuthenticationError,
    InnerValidationError,
    MalformedResponseError,
    OutcomeUnknownError,
    PermissionDeniedError,
    RateLimit,
    RateLimitError,
    RequestTimeoutError,
    RetryPolicy,
    ServerError,
    TransportError,
    UnexpectedStatusError,
    ValidationError,
    apaginate,
    create_client,
    paginate,
)
from whitebit_main_api import Client
from whitebit_main_api.api.crypto_lending_flex import (
    create_flex_investment,
    get_flex_investment_history,
    get_user_flex_investments,
)
from whitebit_main_api.models import (
    CreateFlexInvestmentBody,
    FlexInvestmentCreated,
    GetFlexInvestmentHistoryBody,
    GetUserFlexInvestmentsBody,
)
from whitebit_sandbox import (
    DEMO_API_KEY,
    DEMO_API_SECRET,
    NO_LENDING_API_KEY,
    NO_LENDING_API_SECRET,
    USDT_PLAN,
    ActionType,
    Plan,
    Sandbox,
    SandboxTransport,
    default_config,
)

LIST = "/api/v4/main-account/smart-flex/investments"
INVEST = "/api/v4/main-account/smart-flex/investments/invest"
FAST = RetryPolicy(max_attempts=5, base_delay_s=0.001, max_delay_s=0.01)


class Recording(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Sees every attempt on the wire; can refuse connections before anything is sent."""

    def __init__(self, inner: SandboxTransport, refuse: int = 0) -> None:
        self.inner = inner
        self.refuse = refuse
        self.nonces: list[int] = []
        self.paths: list[str] = []

    def _seen(self, request: httpx.Request) -> None:
        if self.refuse > 0:
            self.refuse -= 1
            raise httpx.ConnectError("connection refused", request=request)
        self.paths.append(request.url.path)
        self.nonces.append(json.loads(request.content)["nonce"])

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self._seen(request)
        return self.inner.handle_request(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self._seen(request)
        return await self.inner.handle_async_request(request)


def wired(
    sandbox: Sandbox, *, key: str = DEMO_API_KEY, secret: str = DEMO_API_SECRET, **kw: Any
) -> tuple[Client, Recording]:
    wire = Recording(SandboxTransport(sandbox), refuse=kw.pop("refuse", 0))
    options: dict[str, Any] = {"retry": FAST, "rate_limit": None} | kw
    client = create_client(
        key, secret, base_url="http://127.0.0.1", transport=wire, async_transport=wire, **options
    )
    return client, wire


def invest(client: Client, amount: str = "10") -> Any:
    return create_flex_investment.sync(
        client=client, body=CreateFlexInvestmentBody(plan=USDT_PLAN, amount=amount)
    )


def list_investments(client: Client) -> Any:
    return get_user_flex_investments.sync(client=client, body=GetUserFlexInvestmentsBody())


# -- retries -----------------------------------------------------------------------------------


def test_read_survives_503s_and_429_with_retry_after() -> None:
    sandbox = Sandbox()
    sandbox.faults.status(LIST, 503, count=2)
    sandbox.faults.rate_limit(LIST, retry_after_s=1)
    client, wire = wired(sandbox)
    started = time.monotonic()
    page = list_investments(client)
    assert time.monotonic() - started >= 1.0  # Retry-After honoured
    assert page.data == []
    assert len(wire.nonces) == 4  # three failures, then the answer
    assert len(set(wire.nonces)) == 4  # every attempt signed afresh


def test_async_read_retries_too() -> None:
    sandbox = Sandbox()
    sandbox.faults.status(LIST, 502, count=2)
    client, wire = wired(sandbox)

    async def run() -> Any:
        return await get_user_flex_investments.asyncio(
            client=client, body=GetUserFlexInvestmentsBody()
        )

    assert asyncio.run(run()).data == []
    assert len(set(wire.nonces)) == 3


def test_read_gives_up_after_max_attempts() -> None:
    sandbox = Sandbox()
    sandbox.faults.status(LIST, 503, count=10)
    client, wire = wired(sandbox, retry=RetryPolicy(max_attempts=3, base_delay_s=0.001))
    with pytest.raises(ServerError) as info:
        list_investments(client)
    assert info.value.status == 503
    assert len(wire.nonces) == 3


def test_backoff_is_exponential_with_full_jitter_and_capped() -> None:
    policy = RetryPolicy(jitter=random.Random(7))
    for attempt, ceiling in [(1, 1.0), (2, 2.0), (3, 4.0), (5, 16.0), (6, 30.0), (9, 30.0)]:
        waits = [policy.backoff(attempt) for _ in range(200)]
        assert all(0 <= w <= ceiling for w in waits)
        assert max(waits) > ceiling * 0.8  # uses the whole range
    assert policy.backoff(3, retry_after=7.0) == 7.0


def test_invest_is_not_repeated_after_the_server_may_have_executed_it() -> None:
    sandbox = Sandbox()
    sandbox.faults.fail_after_processing(INVEST)
    client, wire = wired(sandbox)
    with pytest.raises(OutcomeUnknownError, match="getFlexInvestmentHistory"):
        invest(client)
    assert len(wire.nonces) == 1
    assert len(sandbox.book.investments) == 1
    assert [h.action_type for h in sandbox.book.history] == [ActionType.INVEST]


def test_invest_5xx_is_outcome_unknown_not_retried() -> None:
    sandbox = Sandbox()
    sandbox.faults.status(INVEST, 503)
    client, wire = wired(sandbox)
    with pytest.raises(OutcomeUnknownError, match="HTTP 503"):
        invest(client)
    assert len(wire.nonces) == 1


def test_invest_retries_when_it_certainly_did_not_reach_the_server() -> None:
    sandbox = Sandbox()
    sandbox.faults.rate_limit(INVEST, retry_after_s=0)
    client, wire = wired(sandbox, refuse=2)  # two refused connections, then a 429
    created = invest(client)
    assert isinstance(created, FlexInvestmentCreated)
    assert len(wire.nonces) == 2  # the 429 attempt and the successful one reached the wire
    assert len(sandbox.book.history) == 1


def test_refused_connections_exhaust_into_a_transport_error_marked_not_sent() -> None:
    client, _ = wired(Sandbox(), refuse=10, retry=RetryPolicy(max_attempts=2, base_delay_s=0))
    with pytest.raises(TransportError) as info:
        invest(client)
    assert info.value.sent is False
    assert not isinstance(info.value, OutcomeUnknownError)


def test_read_timeouts_are_retried_then_raised() -> None:
    sandbox = Sandbox()

    class Slow(SandboxTransport):
        """The server got the request (and answered), but too late for the client."""

        def handle_request(self, request: httpx.Request) -> httpx.Response:
            super().handle_request(request)
            raise httpx.ReadTimeout("timed out", request=request)

    client = create_client(
        DEMO_API_KEY, DEMO_API_SECRET, base_url="http://127.0.0.1", transport=Slow(sandbox),
        retry=RetryPolicy(max_attempts=2, base_delay_s=0), rate_limit=None,
    )  # fmt: skip
    with pytest.raises(RequestTimeoutError) as info:
        list_investments(client)
    assert info.value.sent is True


@pytest.mark.parametrize("run", range(100))
def test_random_faults_never_double_an_investment(run: int) -> None:
    rng = random.Random(run)
    sandbox = Sandbox()
    client, _ = wired(sandbox)
    successes = executed_unknowns = 0
    for _ in range(5):
        kind = rng.choice(["none", "503", "429", "drop", "after", "malformed", "refuse"])
        before = len(sandbox.book.history)
        if kind == "503":
            sandbox.faults.status(INVEST, 503)
        elif kind == "429":
            sandbox.faults.rate_limit(INVEST, retry_after_s=0)
        elif kind == "drop":
            sandbox.faults.drop(INVEST)
        elif kind == "after":
            sandbox.faults.fail_after_processing(INVEST)
        elif kind == "malformed":
            sandbox.faults.malformed(INVEST)
        elif kind == "refuse":
            client, _ = wired(sandbox, refuse=1)
        try:
            invest(client)
            successes += 1
        except MalformedResponseError:
            successes += 1  # a 2xx: it was executed, only its answer was unreadable
        except OutcomeUnknownError:
            executed_unknowns += len(sandbox.book.history) - before
        delta = len(sandbox.book.history) - before
        assert delta in (0, 1), f"{kind}: executed {delta} times"
        sandbox.faults.clear()
    assert len(sandbox.book.history) == successes + executed_unknowns
    total = sum((i.invested for i in sandbox.book.investments.values()), Decimal(0))
    assert total == Decimal(10) * len(sandbox.book.history)


# -- typed errors ------------------------------------------------------------------------------


def test_errors_are_typed_by_status_and_carry_what_whitebit_said() -> None:
    sandbox = Sandbox()
    client, _ = wired(sandbox)
    with pytest.raises(ValidationError) as bad:
        create_flex_investment.sync(
            client=client, body=CreateFlexInvestmentBody(plan="nope", amount="10")
        )
    assert (bad.value.status, bad.value.code, bad.value.path) == (400, 0, INVEST)
    assert bad.value.errors == {"plan": ["The selected plan is invalid."]}
    with pytest.raises(InnerValidationError) as inner:
        invest(client, "20000")
    assert (inner.value.status, inner.value.code) == (422, 3)
    no_access, _ = wired(sandbox, key=NO_LENDING_API_KEY, secret=NO_LENDING_API_SECRET)
    with pytest.raises(PermissionDeniedError):
        list_investments(no_access)
    wrong, _ = wired(sandbox, secret="wrong-secret")
    with pytest.raises(AuthenticationError, match=r"Unauthorized request\."):
        list_investments(wrong)


def test_rate_limit_error_when_retries_are_off() -> None:
    sandbox = Sandbox()
    sandbox.faults.rate_limit(LIST, retry_after_s=3)
    client, _ = wired(sandbox, retry=None)
    with pytest.raises(RateLimitError) as info:
        list_investments(client)
    assert info.value.retry_after == 3


@pytest.mark.parametrize("raise_errors", [True, False])
def test_status_520_becomes_a_clear_error(raise_errors: bool) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(520, text="<html>origin error</html>")

    client = create_client(
        DEMO_API_KEY, DEMO_API_SECRET, transport=httpx.MockTransport(handler),
        retry=None, rate_limit=None, raise_errors=raise_errors,
    )  # fmt: skip
    with pytest.raises(ServerError, match="HTTP 520"):
        list_investments(client)

    def weird(request: httpx.Request) -> httpx.Response:
        return httpx.Response(460, text="?")  # not an IANA status either

    client = create_client(
        DEMO_API_KEY, DEMO_API_SECRET, transport=httpx.MockTransport(weird),
        retry=None, rate_limit=None, raise_errors=raise_errors,
    )  # fmt: skip
    with pytest.raises(UnexpectedStatusError, match="HTTP 460"):
        list_investments(client)


def test_errors_never_carry_the_secret() -> None:
    sandbox = Sandbox()
    sandbox.faults.fail_after_processing(INVEST)
    client, _ = wired(sandbox)
    with pytest.raises(OutcomeUnknownError) as info:
        invest(client)
    for text in (str(info.value), repr(info.value), repr(info.value.cause)):
        assert DEMO_API_SECRET not in text


# -- rate limiter ------------------------------------------------------------------------------


def test_3000_reads_through_the_limiter_see_no_429() -> None:
    # WhiteBIT's 1000 requests / 10 s, with the window scaled down 10x to keep the suite fast.
    config = default_config()
    config.rate_limit, config.rate_window_s = 1000, 1.0
    sandbox = Sandbox(config)
    client, _ = wired(
        sandbox, retry=None, raise_errors=False, rate_limit=RateLimit(1000, 1.0, margin_s=0.1)
    )
    statuses: list[int] = []
    lock = threading.Lock()

    def worker() -> None:
        for _ in range(750):
            response = get_user_flex_investments.sync_detailed(
                client=client, body=GetUserFlexInvestmentsBody()
            )
            with lock:
                statuses.append(int(response.status_code))

    started = time.monotonic()
    threads = [threading.Thread(target=worker) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.monotonic() - started
    assert len(statuses) == 3000
    assert statuses.count(429) == 0
    assert elapsed >= 2.0  # it did have to wait: 3000 at 1000/s


def test_limiter_lets_a_burst_use_the_whole_budget() -> None:
    from whitebit_auth import RateLimiter

    now = [0.0]
    limiter = RateLimiter(RateLimit(10, 1.0, margin_s=0.0), clock=lambda: now[0])
    assert [limiter.reserve()[0] for _ in range(10)] == [0.0] * 10
    assert limiter.reserve()[0] == pytest.approx(1.0)
    # A request that went out late pushes its successor's slot later too.
    late = RateLimiter(RateLimit(1, 1.0, margin_s=0.0), clock=lambda: now[0])
    _, slot = late.reserve()
    now[0] += 0.5
    late.mark_sent(slot)
    assert late.reserve()[0] == pytest.approx(1.0)


# -- pagination --------------------------------------------------------------------------------


def _sandbox_with_investments(count: int) -> Sandbox:
    config = default_config()
    config.plans = [
        Plan(f"plan-{i:05d}", "USDT", Decimal(1), Decimal(100), Decimal("0.1"))
        for i in range(count)
    ]
    config.balances[DEMO_API_KEY]["USDT"] = Decimal(count)
    sandbox = Sandbox(config)
    for i in range(count):
        sandbox.book.invest(DEMO_API_KEY, {"plan": f"plan-{i:05d}", "amount": "1"})
    return sandbox


def test_paginate_1050_investments_in_11_calls() -> None:
    sandbox = _sandbox_with_investments(1050)
    client, wire = wired(sandbox)
    ids = [
        i.id
        for i in paginate(
            get_user_flex_investments,
            client=client,
            body=GetUserFlexInvestmentsBody(),
            page_size=100,
        )
    ]
    assert len(ids) == 1050
    assert len(set(ids)) == 1050
    assert len(wire.paths) == 11


def test_apaginate_and_other_operations() -> None:
    sandbox = _sandbox_with_investments(120)
    client, wire = wired(sandbox)

    async def collect() -> list[Any]:
        body = GetFlexInvestmentHistoryBody()
        return [
            h
            async for h in apaginate(
                get_flex_investment_history, client=client, body=body, page_size=50
            )
        ]

    entries = asyncio.run(collect())
    assert len({e.transaction_id for e in entries}) == 120
    assert len(wire.paths) == 3


def test_paginate_refuses_an_operation_without_limit_offset() -> None:
    client, _ = wired(Sandbox())
    with pytest.raises(TypeError, match="not paginated"):
        next(
            iter(
                paginate(
                    create_flex_investment,
                    client=client,
                    body=CreateFlexInvestmentBody(plan="p", amount="1"),
                )
            )
        )


# -- logging -----------------------------------------------------------------------------------


def test_debug_log_of_a_session_has_no_secret_or_signature(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    sandbox = Sandbox()
    sandbox.faults.status(LIST, 503)
    signatures: list[str] = []

    class Spy(SandboxTransport):
        def handle_request(self, request: httpx.Request) -> httpx.Response:
            signatures.append(request.headers["X-TXC-SIGNATURE"])
            return super().handle_request(request)

    client = create_client(
        DEMO_API_KEY, DEMO_API_SECRET, base_url="http://127.0.0.1", transport=Spy(sandbox),
        retry=FAST, rate_limit=None,
    )  # fmt: skip
    list_investments(client)
    invest(client)
    with pytest.raises(InnerValidationError):
        invest(client, "999999")
    attempts = [
        r for r in caplog.records if r.name == "whitebit_auth" and "attempt" in r.getMessage()
    ]
    assert len(attempts) == 4  # one record per attempt
    assert "attempt 1: HTTP 503" in attempts[0].getMessage()
    assert "nonce " in attempts[0].getMessage()
    everything = "\n".join(r.getMessage() + repr(r.args) for r in caplog.records)
    assert DEMO_API_SECRET not in everything
    for signature in signatures:
        assert signature not in everything


def test_clock_skew_warning_with_nonce_window(caplog: pytest.LogCaptureFixture) -> None:
    sandbox = Sandbox()
    sandbox.advance(30)  # the "server" is 30 s ahead of this machine
    client, _ = wired(sandbox, nonce_window=True, raise_errors=False)
    list_investments(client)
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert any("behind the server" in r.getMessage() for r in warnings)
