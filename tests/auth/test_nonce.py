"""Nonces: unique and increasing under threads and tasks, robust to clock steps."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import httpx
import pytest
from testkit.support import LIST
from whitebit_auth import (
    MillisecondNonce,
    TransportError,
    WhiteBitClient,
    create_client,
)
from whitebit_auth._call import Call
from whitebit_auth._nonce import shared_nonce_source
from whitebit_auth._signer import SignedAttempt
from whitebit_main_api import Client
from whitebit_main_api.api.crypto_lending_flex import get_user_flex_investments
from whitebit_main_api.models import GetUserFlexInvestmentsBody
from whitebit_sandbox import DEMO_API_KEY, DEMO_API_SECRET, Sandbox, serve


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


class _InFlight:
    """Counts requests signed but not yet arrived at the sandbox: the most there ever were."""

    def __init__(self, client: WhiteBitClient, sandbox: Sandbox) -> None:
        self.signed_not_arrived = 0
        self.most = 0
        self._lock = threading.Lock()
        signer = client.auth.signer
        sign, handle = signer.sign, sandbox.handle

        def signing(call: Call, nonce: int) -> SignedAttempt:
            with self._lock:
                self.signed_not_arrived += 1
                self.most = max(self.most, self.signed_not_arrived)
            return sign(call, nonce)

        def arriving(
            method: str, path: str, headers: Any, body: bytes, client: str = "127.0.0.1"
        ) -> Any:
            with self._lock:
                self.signed_not_arrived -= 1
            return handle(method, path, headers, body, client)

        signer.sign = signing  # type: ignore[method-assign]
        sandbox.handle = arriving  # type: ignore[method-assign]


def _pooled_client(url: str, max_connections: int, **kw: Any) -> WhiteBitClient:
    return create_client(
        DEMO_API_KEY, DEMO_API_SECRET, base_url=url, rate_limit=None,
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
    # 40 calls, 2 connections, 50 ms per answer. Signed first and then queued in httpx's pool,
    # up to 38 would hold a nonce that ages while they wait; behind the gate, at most 2 do.
    sandbox = Sandbox()
    sandbox.limiter = None
    sandbox.faults.delay(LIST, 0.05, count=40)
    with serve(sandbox) as server:
        client = _pooled_client(server.url, 2)
        in_flight = _InFlight(client, sandbox)
        responses = _burst(client, 40)
    assert [int(r.status_code) for r in responses] == [200] * 40
    assert in_flight.most <= 2


def test_threads_beyond_the_pool_wait_unsigned() -> None:
    sandbox = Sandbox()
    sandbox.limiter = None
    sandbox.faults.delay(LIST, 0.05, count=24)
    with serve(sandbox) as server:
        client = _pooled_client(server.url, 1)
        in_flight = _InFlight(client, sandbox)

        def worker() -> None:
            for _ in range(3):
                get_user_flex_investments.sync(client=client, body=GetUserFlexInvestmentsBody())

        threads = [threading.Thread(target=worker) for _ in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    assert in_flight.most == 1


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


# -- out of the box: concurrency with the defaults -------------------------------------------


def test_64_concurrent_async_calls_with_the_defaults_all_succeed() -> None:
    sandbox = Sandbox()
    with serve(sandbox) as server:
        client = create_client(DEMO_API_KEY, DEMO_API_SECRET, base_url=server.url)
        outcomes = _burst(client, 64)
    assert [int(o.status_code) for o in outcomes] == [200] * 64


@pytest.mark.slow
@pytest.mark.slow
def test_16_threads_of_200_calls_with_the_defaults_all_succeed() -> None:
    # The client's rate limiter (WhiteBIT's 1000 / 10 s, less its margin) sets the pace: ~25 s.
    sandbox = Sandbox()
    statuses: list[int] = []
    failures: list[BaseException] = []
    with serve(sandbox) as server:
        client = create_client(DEMO_API_KEY, DEMO_API_SECRET, base_url=server.url)

        def worker() -> None:
            for _ in range(200):
                try:
                    page = get_user_flex_investments.sync_detailed(
                        client=client, body=GetUserFlexInvestmentsBody()
                    )
                    statuses.append(int(page.status_code))
                except Exception as exc:
                    failures.append(exc)

        threads = [threading.Thread(target=worker) for _ in range(16)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        client.get_httpx_client().close()
    assert failures == []
    assert statuses == [200] * 3200  # no refused nonce, and no 429 from our own traffic


def test_waiting_for_a_nonce_never_blocks_the_event_loop() -> None:
    # A clock that stands still: after 1 s worth of nonces, each must wait for the clock.
    now = [1_800_000_000_000]

    def forbidden(seconds: float) -> None:
        raise AssertionError(f"time.sleep({seconds}) on the event loop's thread")

    source = MillisecondNonce(lambda: now[0], max_lead_ms=1_000, sleep=forbidden)
    waits: list[float] = []
    real_sleep = asyncio.sleep

    async def clock_advancing_sleep(seconds: float) -> None:
        waits.append(seconds)
        now[0] += int(seconds * 1000) + 1
        await real_sleep(0)

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"data": [], "limit": 100, "offset": 0})

    client = create_client(
        "loop-key", "loop-secret", nonce_source=source, rate_limit=None,
        async_transport=httpx.MockTransport(handler),
    )  # fmt: skip
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(asyncio, "sleep", clock_advancing_sleep)
        outcomes = _burst(client, 1_500)
    assert [int(o.status_code) for o in outcomes] == [200] * 1_500
    assert waits  # it did have to wait, and it awaited instead of sleeping


# -- several processes on one key -----------------------------------------------------------------

_DRAW = """
import sys
from whitebit_auth import FileNonce
source = FileNonce(sys.argv[1])
for _ in range(int(sys.argv[2])):
    print(source())
"""


def test_a_file_nonce_is_unique_across_processes(tmp_path: Path) -> None:
    path = tmp_path / "nonce"
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", _DRAW, str(path), "3000"], stdout=subprocess.PIPE, text=True
        )
        for _ in range(3)
    ]
    drawn = [int(n) for p in procs for n in p.communicate(timeout=60)[0].split()]
    assert len(drawn) == 9000
    assert len(set(drawn)) == 9000


_CALLS = """
import sys
from whitebit_auth import FileNonce, create_client
from whitebit_main_api.api.crypto_lending_flex import get_user_flex_investments
from whitebit_main_api.models import GetUserFlexInvestmentsBody
from whitebit_sandbox import DEMO_API_KEY, DEMO_API_SECRET
client = create_client(DEMO_API_KEY, DEMO_API_SECRET, base_url=sys.argv[1],
                       nonce_source=FileNonce(sys.argv[2]), rate_limit=None)
for _ in range(300):
    get_user_flex_investments.sync(client=client, body=GetUserFlexInvestmentsBody())
print("done")
"""


def test_two_processes_on_one_key_with_a_file_nonce(tmp_path: Path) -> None:
    sandbox = Sandbox()
    sandbox.limiter = None
    nonces: list[int] = []
    handle = sandbox.handle

    def recording(
        method: str, path: str, headers: Any, body: bytes, client: str = "127.0.0.1"
    ) -> Any:
        nonces.append(json.loads(body)["nonce"])
        return handle(method, path, headers, body, client)

    sandbox.handle = recording  # type: ignore[method-assign]
    with serve(sandbox) as server:
        procs = [
            subprocess.Popen(
                [sys.executable, "-c", _CALLS, server.url, str(tmp_path / "nonce")],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for _ in range(2)
        ]
        results = [p.communicate(timeout=120) for p in procs]
    for (out, err), proc in zip(results, procs, strict=True):
        assert proc.returncode == 0, err[-2000:]
        assert out.strip() == "done"
    assert len(nonces) == 600  # not one refused (a refused one would be re-signed: 601+)
    assert len(set(nonces)) == 600
