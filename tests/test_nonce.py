"""Nonces: unique and increasing under threads and tasks, robust to clock steps."""

from __future__ import annotations

import asyncio
import json
import threading

import httpx
from whitebit_auth import MillisecondNonce, create_client, shared_nonce_source
from whitebit_main_api.api.crypto_lending_flex import get_user_flex_investments
from whitebit_main_api.models import GetUserFlexInvestmentsBody


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
