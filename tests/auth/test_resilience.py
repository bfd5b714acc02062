"""Errors, retries that never double a payment, the rate limiter, pagination, logging."""

from __future__ import annotations

import asyncio
import logging
import random
import threading
import time
from decimal import Decimal
from typing import Any

import httpx
import pytest
from testkit.support import INVEST, LIST, sandbox_client, wired
from whitebit_auth import (
    ApiError,
    AuthenticationError,
    InnerValidationError,
    MalformedResponseError,
    NonceRejectedError,
    NotExecutedError,
    OutcomeUnknownError,
    PermissionDeniedError,
    RateLimit,
    RateLimitError,
    RequestTimeoutError,
    RetryPolicy,
    ServerError,
    TransportError,
    UnexpectedStatusError,
    UsageError,
    ValidationError,
    apaginate,
    create_client,
    paginate,
)
from whitebit_main_api import Client
from whitebit_main_api.api.crypto_lending_flex import (
    create_flex_investment,
    get_flex_investment_history,
    get_flex_plans,
    get_user_flex_investments,
)
from whitebit_main_api.models import (
    CreateFlexInvestmentBody,
    FlexInvestmentCreated,
    GetFlexInvestmentHistoryBody,
    GetFlexPlansBody,
    GetUserFlexInvestmentsBody,
)
from whitebit_sandbox import (
    DEMO_ACCOUNT,
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


def invest(client: Client, amount: str = "10") -> Any:
    return create_flex_investment.sync(
        client=client, body=CreateFlexInvestmentBody(plan=USDT_PLAN, amount=Decimal(amount))
    )


def list_investments(client: Client) -> Any:
    return get_user_flex_investments.sync(client=client, body=GetUserFlexInvestmentsBody())


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The request path's waits, recorded instead of slept."""
    waited: list[float] = []
    monkeypatch.setattr("whitebit_auth._session.time.sleep", waited.append)
    return waited


# -- retries -----------------------------------------------------------------------------------


def test_read_survives_503s_and_429_with_retry_after(sleeps: list[float]) -> None:
    sandbox = Sandbox()
    sandbox.faults.status(LIST, 503, count=2)
    sandbox.faults.rate_limit(LIST, retry_after_s=3)
    client, wire = wired(sandbox, retry=RetryPolicy())
    page = list_investments(client)
    assert sleeps[-1] == 3.0  # Retry-After honoured
    assert len(sleeps) == 3
    assert all(0 <= w <= 2.0 for w in sleeps[:2])  # backoff before it
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
    client, wire = wired(sandbox, retry=RetryPolicy.no_wait(max_attempts=3))
    with pytest.raises(ServerError) as info:
        list_investments(client)
    assert info.value.status == 503
    assert len(wire.nonces) == 3


def test_invest_is_not_repeated_after_the_server_may_have_executed_it() -> None:
    sandbox = Sandbox()
    sandbox.faults.fail_after_processing(INVEST)
    client, wire = wired(sandbox)
    with pytest.raises(OutcomeUnknownError, match=r"(?i)history"):
        invest(client)
    assert len(wire.nonces) == 1
    assert len(sandbox.flex.investments) == 1
    assert [h.action_type for h in sandbox.flex.history] == [ActionType.INVEST]


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
    assert len(sandbox.flex.history) == 1


def test_refused_connections_exhaust_into_a_transport_error_marked_not_sent() -> None:
    client, _ = wired(Sandbox(), refuse=10, retry=RetryPolicy.no_wait(max_attempts=2))
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

    client = sandbox_client(sandbox, transport=Slow(sandbox), retry=RetryPolicy.no_wait(2))
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
        before = len(sandbox.flex.history)
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
            executed_unknowns += len(sandbox.flex.history) - before
        delta = len(sandbox.flex.history) - before
        assert delta in (0, 1), f"{kind}: executed {delta} times"
        sandbox.faults.clear()
    assert len(sandbox.flex.history) == successes + executed_unknowns
    total = sum((sandbox.flex.invested(i) for i in sandbox.flex.investments.values()), Decimal(0))
    assert total == Decimal(10) * len(sandbox.flex.history)


# -- typed errors ------------------------------------------------------------------------------


def test_errors_are_typed_by_status_and_carry_what_whitebit_said() -> None:
    sandbox = Sandbox()
    client, _ = wired(sandbox)
    with pytest.raises(ValidationError) as bad:
        create_flex_investment.sync(
            client=client, body=CreateFlexInvestmentBody(plan="nope", amount=Decimal("10"))
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


@pytest.mark.slow
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
    from whitebit_auth._ratelimit import RateLimiter

    now = [0.0]
    limiter = RateLimiter(RateLimit(10, 1.0, margin_s=0.0, headroom=0), clock=lambda: now[0])
    assert [limiter.reserve()[0] for _ in range(10)] == [0.0] * 10
    assert limiter.reserve()[0] == pytest.approx(1.0)
    # A request that went out late pushes its successor's slot later too.
    late = RateLimiter(RateLimit(1, 1.0, margin_s=0.0, headroom=0), clock=lambda: now[0])
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
    config.balances[DEMO_ACCOUNT]["main"]["USDT"] = Decimal(count)
    sandbox = Sandbox(config)
    for i in range(count):
        sandbox.flex.invest(DEMO_ACCOUNT, f"plan-{i:05d}", "1")
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
    with pytest.raises(UsageError, match="not paginated"):
        next(
            iter(
                paginate(  # mypy refuses it too: not a paginated endpoint
                    create_flex_investment,  # type: ignore[arg-type]
                    client=client,
                    body=CreateFlexInvestmentBody(plan="p", amount=Decimal("1")),
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

    client = sandbox_client(sandbox, transport=Spy(sandbox))
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


# -- what an error says about the money ----------------------------------------------------------


@pytest.mark.parametrize("raise_errors", [True, False])
def test_an_executed_invest_with_an_unreadable_answer_is_never_a_refusal(
    raise_errors: bool,
) -> None:
    sandbox = Sandbox()
    sandbox.faults.malformed(INVEST)
    client, wire = wired(sandbox, raise_errors=raise_errors)
    retried = 0

    def invest_retrying_refusals() -> None:
        nonlocal retried
        try:
            invest(client)
        except NotExecutedError:  # a handler written for refusals: safe to send again ...
            retried += 1
            invest(client)  # ... which would invest twice, if it ever caught this

    with pytest.raises(MalformedResponseError) as info:
        invest_retrying_refusals()
    assert retried == 0
    assert not isinstance(info.value, ApiError | NotExecutedError)
    assert (info.value.status, info.value.executed) == (201, True)  # the op's own status
    assert len(wire.nonces) == 1
    assert len(sandbox.flex.investments) == 1  # it did execute


def test_refusals_and_unknown_outcomes_are_told_apart_by_type() -> None:
    sandbox = Sandbox()
    client, _ = wired(sandbox)
    with pytest.raises(NotExecutedError):
        invest(client, "999999")  # 422: refused, nothing moved
    sandbox.faults.fail_after_processing(INVEST)
    with pytest.raises(OutcomeUnknownError) as unknown:
        invest(client)
    assert not isinstance(unknown.value, NotExecutedError)
    assert len(sandbox.flex.investments) == 1


# -- refused nonces are signed afresh --------------------------------------------------------------


class _StaleFirst:
    """A nonce source whose first nonce was already used: the server refuses it."""

    def __init__(self, stale: int) -> None:
        self.values = [stale]
        self.last = stale

    def __call__(self) -> int:
        if self.values:
            return self.values.pop(0)
        self.last = max(self.last + 1, time.time_ns() // 1_000_000)
        return self.last


@pytest.mark.parametrize("window", [False, True])
def test_an_invest_whose_nonce_was_refused_is_resigned_and_runs_once(window: bool) -> None:
    sandbox = Sandbox()
    first, _ = wired(sandbox, nonce_window=window)
    list_investments(first)
    used = sandbox.auth.nonces.last[DEMO_API_KEY]
    client, wire = wired(sandbox, nonce_window=window, nonce_source=_StaleFirst(used))
    created = invest(client)
    assert isinstance(created, FlexInvestmentCreated)
    assert wire.nonces[0] == used  # refused: "Too many requests."
    assert len(wire.nonces) == 2
    assert len(sandbox.flex.history) == 1


def test_a_nonce_out_of_the_window_follows_the_server_clock() -> None:
    sandbox = Sandbox()
    sandbox.advance(60)  # the server's clock is a minute ahead of ours
    client, wire = wired(sandbox, nonce_window=True)
    assert isinstance(invest(client), FlexInvestmentCreated)
    assert len(wire.nonces) == 2  # one refused as out of the window, one on the server's clock
    assert abs(wire.nonces[1] - sandbox.auth.clock_ms()) < 5_000
    assert len(sandbox.flex.history) == 1


def test_nonce_resends_are_bounded() -> None:
    sandbox = Sandbox()
    first, _ = wired(sandbox, nonce_window=False)
    list_investments(first)
    used = sandbox.auth.nonces.last[DEMO_API_KEY]
    client, wire = wired(
        sandbox,
        nonce_window=False,
        nonce_source=lambda: used,
        retry=RetryPolicy.no_wait(nonce_resends=2),
    )
    with pytest.raises(NonceRejectedError, match="Too many requests"):
        invest(client)
    assert len(wire.nonces) == 3  # the first try and two fresh signatures
    assert sandbox.flex.history == []


def test_other_auth_failures_are_not_retried() -> None:
    client, wire = wired(Sandbox(), secret="not-the-secret")
    with pytest.raises(AuthenticationError, match=r"Unauthorized request\."):
        invest(client)
    assert len(wire.nonces) == 1


# -- pages -----------------------------------------------------------------------------------------


def test_paginate_keeps_the_body_limit() -> None:
    sandbox = _sandbox_with_investments(30)
    client, wire = wired(sandbox)
    body = GetUserFlexInvestmentsBody(limit=7)
    items = list(paginate(get_user_flex_investments, client=client, body=body))
    assert len(items) == 30
    assert len(wire.paths) == 5  # 7+7+7+7+2


def test_paginate_caps_the_page_size_at_the_spec_maximum() -> None:
    client, wire = wired(Sandbox())
    plans = list(paginate(get_flex_plans, client=client, body=GetFlexPlansBody(), page_size=500))
    assert plans  # the server would have refused limit=500 (maximum 100 in the spec)
    assert len(wire.paths) == 1


def _simulated_429s(rate: RateLimit, jitter_s: float, requests: int = 6_000) -> int:
    """Requests as fast as the client's limiter allows, each reaching the server up to
    ``jitter_s`` late, counted by the sandbox's own window: how many it would refuse."""
    from whitebit_auth._ratelimit import RateLimiter
    from whitebit_sandbox._ratelimit import SlidingWindow

    rng = random.Random(11)
    now = [0.0]
    limiter = RateLimiter(rate, clock=lambda: now[0])
    arrivals = []
    for _ in range(requests):
        wait, slot = limiter.reserve()
        now[0] += wait
        limiter.mark_sent(slot)
        arrivals.append(now[0] + rng.uniform(0, jitter_s))
    server_clock = [0.0]
    server = SlidingWindow(rate.limit, rate.window_s, lambda: server_clock[0])
    refused = 0
    for at in sorted(arrivals):
        server_clock[0] = at
        refused += server.admit("key") is not None
    return refused


def test_the_limiters_margin_absorbs_arrival_jitter() -> None:
    # Threads descheduled between taking a slot and writing, other processes on the cores:
    # requests reach the server up to a few hundred ms later than they were let go.
    assert _simulated_429s(RateLimit(), jitter_s=0.4) == 0
    # Without the margin, the same traffic runs into the server's limit.
    assert _simulated_429s(RateLimit(margin_s=0.0, headroom=0.0), jitter_s=0.4) > 0
