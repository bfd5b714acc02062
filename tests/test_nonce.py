"""Nonces: unique and increasing under threads and tasks, robust to clock steps."""

from __future__ import annotations

import asyncio
import json
import threading
import time
from typing import Any

import httpx
from whitebit_auth import MillisecondNonce, TransportError, create_client, shared_nonce_source
from whitebit_main_api import Client
from whitebit_main_api.api.crypto_lending_flex import get_user_flex_investments
from whitebit_main_api.models import GetUserFlexInvestmentsBody
from whitebit_sandbox import DEMO_API_KEY, DEMO_API_SECRET, Sandbox, serve

LIST = "/api/v4/main-account/smart-flex/investments"


class SteppableClock:
    def __init__(self, start_ms: int) -> None:
        self.now = start_ms

    def __call__(self) -> int:
        return self.now


def test_clock_stepped_back_keeps_increasing() -> None:
    clock = SteppableClock(1_700_000_000_000)
    source = MillisecondNonce(clock)
    first = [source() for _ in range(5)]
    clock.now -= 10_000  # NTP steps the wall clock back 10 s
    after = [source() for _ in range(5)]
    seq = first + after
    assert seq == sorted(set(seq))
    clock.now += 20_000
    assert source() == clock.now  # catches up with the clock again


def test_nonces_are_milliseconds() -> None:
    import time

    nonce = MillisecondNonce()()
    assert abs(nonce - time.time() * 1000) < 5_000


def test_window_mode_never_runs_far_ahead_of_the_clock() -> None:
    clock = SteppableClock(1_000_000)
    slept: list[float] = []

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        clock.now += int(seconds * 1000) or 1

    source = MillisecondNonce(clock, max_lead_ms=1_000, sleep=sleep)
    nonces = [source() for _ in range(5_000)]  # a burst far above 1 per ms
    assert nonces == sorted(set(nonces))
    assert all(n - clock.now <= 1_000 for n in nonces[-10:])
    assert slept  # it waited instead of running ahead


def test_clients_with_one_key_share_a_source() -> None:
    assert shared_nonce_source("shared-key") is shared_nonce_source("shared-key")
    assert shared_nonce_source("shared-key") is not shared_nonce_source("other-key")


def test_threads_and_tasks_through_one_key_get_unique_increasing_nonces() -> None:
    issued: dict[str, list[int]] = {}
    lock = threading.Lock()

    def handler(request: httpx.Request) -> httpx.Response:
        nonce = json.loads(request.content)["nonce"]
        with lock:
            # By name: a finished thread's ident may be handed to the next one started.
            issued.setdefault(threading.current_thread().name, []).append(nonce)
        return httpx.Response(200, json={"data": [], "limit": 100, "offset": 0})

    key = "concurrency-key"
    transport = httpx.MockTransport(handler)
    body = GetUserFlexInvestmentsBody()

    def worker() -> None:
        client = create_client(key, "concurrency-secret", transport=transport, rate_limit=None)
        for _ in range(250):
            get_user_flex_investments.sync_detailed(client=client, body=body)

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()

    async def many() -> None:
        client = create_client(
            key, "concurrency-secret", async_transport=transport, rate_limit=None
        )
        await asyncio.gather(
            *(
                get_user_flex_investments.asyncio_detailed(client=client, body=body)
                for _ in range(500)
            )
        )

    by_threads = [n for ns in issued.values() for n in ns]
    # Within a thread, sign and send are sequential: arrival order is the order of issue.
    for nonces in issued.values():
        assert nonces == sorted(nonces)
        assert len(nonces) == 250
    issued.clear()
    asyncio.run(many())
    by_tasks = [n for ns in issued.values() for n in ns]
    assert len(by_tasks) == 500
    everything = by_threads + by_tasks
    assert len(set(everything)) == 2_500
    assert min(by_tasks) > max(by_threads)  # issued later, so larger
    assert shared_nonce_source(key).last == max(everything)


def test_source_hands_out_strictly_increasing_values_across_threads() -> None:
    source = MillisecondNonce()
    per_thread: list[list[int]] = [[] for _ in range(8)]

    def worker(out: list[int]) -> None:
        for _ in range(2_000):
            out.append(source())

    threads = [threading.Thread(target=worker, args=(out,)) for out in per_thread]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    everything = [n for out in per_thread for n in out]
    assert len(set(everything)) == len(everything)
    for out in per_thread:  # each thread saw them in increasing order of issue
        assert out == sorted(out)


class _Arrivals:
    """Wraps a sandbox's handler: how old each request's nonce is when it reaches the server."""

    def __init__(self, sandbox: Sandbox) -> None:
        self.ages_ms: list[float] = []
        self._handle = sandbox.handle
        sandbox.handle = self  # type: ignore[method-assign]

    def __call__(self, method: str, path: str, headers: Any, body: bytes) -> Any:
        self.ages_ms.append(time.time() * 1000 - json.loads(body)["nonce"])
        return self._handle(method, path, headers, body)


def _pooled_client(url: str, max_connections: int, **kw: Any) -> Client:
    return create_client(
        DEMO_API_KEY, DEMO_API_SECRET, base_url=url, nonce_window=True, rate_limit=None,
        httpx_args={"limits": httpx.Limits(max_connections=max_connections)}, **kw,
    )  # fmt: skip


def _burst(client: Client, calls: int) -> list[Any]:
    """``calls`` listings at once; what each returned or raised."""

    async def burst() -> list[Any]:
        try:
            return await asyncio.gather(
                *(
                    get_user_flex_investments.asyncio_detailed(
                        client=client, body=GetUserFlexInvestmentsBody()
                    )
                    for _ in range(calls)
                ),
                return_exceptions=True,
            )
        finally:
            await client.get_async_httpx_client().aclose()

    return asyncio.run(burst())


def test_a_burst_larger_than_the_pool_waits_unsigned() -> None:
    # 40 calls, 2 connections, 100 ms per answer: the last go out ~2 s after the burst began.
    # Signed first and queued in httpx's pool, their nonces would be ~2 s old on arrival.
    sandbox = Sandbox()
    sandbox.limiter = None
    sandbox.faults.delay(LIST, 0.1, count=40)
    arrivals = _Arrivals(sandbox)
    with serve(sandbox) as server:
        responses = _burst(_pooled_client(server.url, 2), 40)
    assert [int(r.status_code) for r in responses] == [200] * 40
    assert len(arrivals.ages_ms) == 40
    assert max(arrivals.ages_ms) < 1000


def test_threads_beyond_the_pool_wait_unsigned() -> None:
    sandbox = Sandbox()
    sandbox.limiter = None
    sandbox.faults.delay(LIST, 0.1, count=24)
    arrivals = _Arrivals(sandbox)
    with serve(sandbox) as server:
        client = _pooled_client(server.url, 1)

        def worker() -> None:
            for _ in range(3):
                get_user_flex_investments.sync(client=client, body=GetUserFlexInvestmentsBody())

        threads = [threading.Thread(target=worker) for _ in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    # 24 answers of 100 ms through one connection: 2.4 s in all, each nonce fresh on arrival.
    assert len(arrivals.ages_ms) == 24
    assert max(arrivals.ages_ms) < 1000


def test_waiting_for_the_pool_still_times_out() -> None:
    sandbox = Sandbox()
    sandbox.faults.delay(LIST, 1.0)
    with serve(sandbox) as server:
        client = _pooled_client(server.url, 1, retry=None, timeout=httpx.Timeout(5.0, pool=0.2))
        outcomes = _burst(client, 2)
    errors = [o for o in outcomes if isinstance(o, TransportError)]
    assert len(errors) == 1
    assert errors[0].sent is False  # it never left: safe to retry, even for a payment
    assert isinstance(errors[0].__cause__, httpx.PoolTimeout)
