"""make bench: what the client costs per call, as ratios against baselines in the same run.

Every figure is measured here, now, against a baseline measured the same way on the same
machine in the same run; medians of several repetitions after a warm-up. Nothing is asserted:
the goals are printed beside the figures. Results are also written to bench-results.json.
"""

from __future__ import annotations

import asyncio
import base64
import gc
import hashlib
import hmac
import importlib.util
import itertools
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx

from scripts.bench_cli import bench_cli
from scripts.bench_fleet import bench_fleet

from .bench_webhooks import bench_webhooks
from .bench_webhooks import rows as webhook_rows

ROOT = Path(__file__).resolve().parent.parent
KEY = "bench-key"
SECRET = "bench-secret-not-a-real-key"  # noqa: S105
PATH = "/api/v4/main-account/smart-flex/investments"
# BENCH_QUICK=1: every measurement, each too short to mean much; the test suite runs it so that
# `make bench` cannot quietly rot.
QUICK = os.environ.get("BENCH_QUICK") == "1"
REPS = 1 if QUICK else 5
BATCHES = 2 if QUICK else 12
# On aiohttp a batch takes tens of milliseconds: more of them steady the median at little cost.
AIOHTTP_BATCHES = 2 if QUICK else 40
SYNC_CALLS = 50 if QUICK else 3000
ASYNC_CALLS = 64 if QUICK else 256
IN_FLIGHT = 64


@contextmanager
def bench_server(*args: str) -> Iterator[str]:
    """The fixed-answer server in its own process, so it does not share our GIL."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "scripts.bench_server", *args],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        if not line.startswith("PORT "):
            raise RuntimeError(f"bench server did not start: {line!r}")
        yield f"http://127.0.0.1:{int(line.split()[1])}"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def ours(url: str, **kw: Any) -> Any:
    """A client as users get it, its limiter included, with a budget these runs never reach.

    1000 requests per millisecond: the limiter keeps its usual 1000 slots and does its usual
    bookkeeping on every call, but never makes one wait. Likewise the nonces: the default
    source keeps window-mode nonces within 1 s of the clock, so one key sends at most 1000
    calls a second (ten times WhiteBIT's rate limit), and these runs go faster than that. A
    counter stands in for it: what is measured is what a call costs, not a limit.
    """
    from whitebit_auth import RateLimit, create_client

    options: dict[str, Any] = {
        "rate_limit": RateLimit(window_s=0.001, margin_s=0.0),
        "nonce_source": itertools.count(time.time_ns() // 1_000_000).__next__,
    } | kw
    return create_client(KEY, SECRET, base_url=url, **options)


def bare_request() -> tuple[bytes, dict[str, str]]:
    """The same compact body the plugin sends, signed once up front."""
    body = json.dumps(
        {"limit": 100, "offset": 0, "request": PATH, "nonce": 1_800_000_000_000},
        separators=(",", ":"),
    ).encode()
    payload = base64.b64encode(body).decode()
    signature = hmac.new(SECRET.encode(), payload.encode(), hashlib.sha512).hexdigest()
    headers = {
        "Content-Type": "application/json",
        "X-TXC-APIKEY": KEY,
        "X-TXC-PAYLOAD": payload,
        "X-TXC-SIGNATURE": signature,
    }
    return body, headers


class Timing:
    """Medians over interleaved batches: wall time, and this process's own CPU time.

    On a shared 2-core machine the wall clock also measures the neighbours; the CPU time the
    client process spends per call is what the client itself costs, and is far steadier.
    """

    def __init__(self) -> None:
        self.wall: list[float] = []
        self.cpu: list[float] = []

    def add(self, wall: float, cpu: float) -> None:
        self.wall.append(wall)
        self.cpu.append(cpu)

    @property
    def wall_s(self) -> float:
        return statistics.median(self.wall)

    @property
    def cpu_s(self) -> float:
        return statistics.median(self.cpu)


def ratios(calls: int, mine: Timing, base: Timing) -> dict[str, Any]:
    return {
        "calls_per_batch": calls,
        "batches": len(mine.wall),
        "ours_per_s": calls / mine.wall_s,
        "baseline_per_s": calls / base.wall_s,
        "overhead": mine.wall_s / base.wall_s - 1,
        "ours_cpu_us": mine.cpu_s / calls * 1e6,
        "baseline_cpu_us": base.cpu_s / calls * 1e6,
        "cpu_overhead": mine.cpu_s / base.cpu_s - 1,
    }


def interleaved(
    first: Callable[[], object], second: Callable[[], object]
) -> tuple[tuple[float, float], tuple[float, float]]:
    """Median wall and CPU µs per call of each, interleaved call by call, order alternating.

    Batches of calls on a shared machine drift by ±20 % from one to the next; single calls
    interleaved see the same conditions, and the median of thousands of them is steady.
    """
    for _ in range(SYNC_CALLS // 10):  # warm-up
        first()
        second()
    walls: tuple[list[int], list[int]] = ([], [])
    cpus: tuple[list[int], list[int]] = ([], [])
    for i in range(SYNC_CALLS):
        for k in (0, 1) if i % 2 else (1, 0):
            call = second if k else first
            wall, cpu = time.perf_counter_ns(), time.thread_time_ns()
            call()
            walls[k].append(time.perf_counter_ns() - wall)
            cpus[k].append(time.thread_time_ns() - cpu)
    a, b = ((statistics.median(walls[k]) / 1e3, statistics.median(cpus[k]) / 1e3) for k in (0, 1))
    return a, b


def bench_sync(url: str) -> dict[str, Any]:
    from whitebit_main_api.api.crypto_lending_flex import get_user_flex_investments
    from whitebit_main_api.models import GetUserFlexInvestmentsBody

    client = ours(url)
    body = GetUserFlexInvestmentsBody()
    content, headers = bare_request()
    http = httpx.Client(base_url=url)

    def call_ours() -> None:
        get_user_flex_investments.sync(client=client, body=body)

    def call_bare() -> None:
        http.post(PATH, content=content, headers=headers).json()

    (ours_wall, ours_cpu), (bare_wall, bare_cpu) = interleaved(call_ours, call_bare)
    http.close()
    return {
        "calls": SYNC_CALLS,
        "ours_per_s": 1e6 / ours_wall,
        "baseline_per_s": 1e6 / bare_wall,
        "overhead": ours_wall / bare_wall - 1,
        "ours_cpu_us": ours_cpu,
        "baseline_cpu_us": bare_cpu,
        "cpu_overhead": ours_cpu / bare_cpu - 1,
    }


async def in_flight(call: Callable[[], Awaitable[object]]) -> None:
    """ASYNC_CALLS calls, IN_FLIGHT at a time."""
    gate = asyncio.Semaphore(IN_FLIGHT)

    async def one() -> None:
        async with gate:
            await call()

    await asyncio.gather(*(one() for _ in range(ASYNC_CALLS)))


async def compare_async(
    ours_call: Callable[[], Awaitable[object]],
    base_call: Callable[[], Awaitable[object]],
    batches: int = BATCHES,
) -> tuple[Timing, Timing]:
    await in_flight(ours_call)
    await in_flight(base_call)  # warm-up: connections opened
    mine, base = Timing(), Timing()
    for _ in range(batches):
        for call, timing in ((ours_call, mine), (base_call, base)):
            wall, cpu = time.perf_counter(), time.process_time()
            await in_flight(call)
            timing.add(time.perf_counter() - wall, time.process_time() - cpu)
    return mine, base


def bench_async(url: str) -> dict[str, Any]:
    from whitebit_main_api.api.crypto_lending_flex import get_user_flex_investments
    from whitebit_main_api.models import GetUserFlexInvestmentsBody

    body = GetUserFlexInvestmentsBody()
    content, headers = bare_request()
    limits = httpx.Limits(max_connections=IN_FLIGHT, max_keepalive_connections=IN_FLIGHT)

    async def both() -> tuple[Timing, Timing]:
        client = ours(url, httpx_args={"limits": limits})
        http = httpx.AsyncClient(base_url=url, limits=limits)

        async def call_ours() -> None:
            await get_user_flex_investments.asyncio(client=client, body=body)

        async def call_bare() -> None:
            (await http.post(PATH, content=content, headers=headers)).json()

        try:
            return await compare_async(call_ours, call_bare)
        finally:
            await http.aclose()
            await client.get_async_httpx_client().aclose()

    mine, base = asyncio.run(both())
    return ratios(ASYNC_CALLS, mine, base) | {"in_flight": IN_FLIGHT}


def aiohttp_client(url: str) -> Any:
    from whitebit_auth.aiohttp_transport import AiohttpTransport

    limits = httpx.Limits(max_connections=IN_FLIGHT)
    return ours(url, async_transport=AiohttpTransport(limits=limits))


def bench_async_aiohttp(url: str) -> dict[str, Any] | None:
    """Our client on its aiohttp transport vs bare aiohttp posting the precomputed request."""
    try:
        import aiohttp
    except ImportError:
        return None
    from whitebit_main_api.api.crypto_lending_flex import get_user_flex_investments
    from whitebit_main_api.models import GetUserFlexInvestmentsBody

    body = GetUserFlexInvestmentsBody()
    content, headers = bare_request()

    async def both() -> tuple[Timing, Timing]:
        client = aiohttp_client(url)
        session = aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=IN_FLIGHT))

        async def call_ours() -> None:
            await get_user_flex_investments.asyncio(client=client, body=body)

        async def call_bare() -> None:
            async with session.post(url + PATH, data=content, headers=headers) as response:
                await response.json()

        try:
            return await compare_async(call_ours, call_bare, AIOHTTP_BATCHES)
        finally:
            await session.close()
            await client.get_async_httpx_client().aclose()

    mine, base = asyncio.run(both())
    return ratios(ASYNC_CALLS, mine, base) | {"in_flight": IN_FLIGHT}


def bench_signing() -> dict[str, Any]:
    """The signer step of every attempt (a nonce reserved, the body's exact bytes, their
    signature, the signed headers) and its core (bytes and signature alone), against
    hmac+base64 of the same body: the least any signer must do."""
    from whitebit_auth import Credentials, MillisecondNonce
    from whitebit_auth._call import Call
    from whitebit_auth._signer import Signer
    from whitebit_auth._signing import body_prefix, finish, signature_bytes

    credentials = Credentials(KEY, SECRET)
    signer = Signer(credentials, nonce_source=MillisecondNonce(), nonce_window=True)
    user_body = b'{"limit":100,"offset":0,"ticker":"USDT"}'
    prefix = body_prefix(user_body)  # checked once per call, not per attempt
    call = Call(
        method="POST",
        url=httpx.URL(f"https://whitebit.com{PATH}"),
        path=PATH,
        operation=None,
        prefix=prefix,
        headers=(),
        timeout={},
    )
    final = finish(prefix, PATH, 1_800_000_000_000, nonce_window=True)
    secret = SECRET.encode()
    nonce = MillisecondNonce()
    n = 200 if QUICK else 10_000

    def floor() -> object:
        payload = base64.b64encode(final)
        return hmac.new(secret, payload, hashlib.sha512).hexdigest()

    def core() -> object:
        body = finish(prefix, PATH, nonce.reserve().nonce, nonce_window=True)
        return signature_bytes(body, credentials.keyed)

    def hook() -> object:
        return signer.sign(call, signer.reserve().nonce)

    # Interleaved rounds: a slow spell on a shared machine lands on all three alike.
    samples: dict[str, list[float]] = {"floor": [], "core": [], "hook": []}
    for _ in range(REPS * 3):
        for name, fn in (("floor", floor), ("core", core), ("hook", hook)):
            started = time.perf_counter()
            for _ in range(n):
                fn()
            samples[name].append((time.perf_counter() - started) / n * 1e6)
    floor_us, core_us, hook_us = (statistics.median(samples[k]) for k in ("floor", "core", "hook"))
    return {
        "floor_hmac_base64_us": floor_us,
        "core_us": core_us,
        "core_ratio": core_us / floor_us,
        "hook_us": hook_us,
        "hook_ratio": hook_us / floor_us,
    }


def bench_import() -> dict[str, Any]:
    """What a program pays to start using the client: whitebit_auth and one endpoint module
    (which brings the models it needs), against ``import httpx``; samples interleaved."""
    runs = 1 if QUICK else 11
    codes = {
        "bare": "pass",
        "httpx": "import httpx",
        "ours": "import whitebit_auth\nfrom whitebit_main_api.api.withdraw import create_withdraw",
    }
    # As an installed package is imported: from cached bytecode (pip compiles it at install;
    # the editable sources get theirs in the warm-up run, whatever PYTHONDONTWRITEBYTECODE says).
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    samples: dict[str, list[float]] = {name: [] for name in codes}
    for run in range(runs + 1):
        for name, code in codes.items():
            started = time.perf_counter()
            subprocess.run([sys.executable, "-c", code], check=True, env=env)
            if run:
                samples[name].append(time.perf_counter() - started)
    bare, httpx_s, ours_s = (statistics.median(samples[n]) for n in ("bare", "httpx", "ours"))
    httpx_s, ours_s = httpx_s - bare, ours_s - bare
    return {"httpx_ms": httpx_s * 1000, "ours_ms": ours_s * 1000, "ratio": ours_s / httpx_s}


def bench_limiter() -> dict[str, Any]:
    """1000 requests per window, the window scaled down 5x (and the limiter's margin with it)."""
    from whitebit_auth import RateLimit
    from whitebit_main_api.api.crypto_lending_flex import get_user_flex_investments
    from whitebit_main_api.models import GetUserFlexInvestmentsBody

    scale = 5.0
    window = 10.0 / scale
    windows = 1 if QUICK else 4
    limit = 1000
    rate = RateLimit(limit, window, margin_s=RateLimit().margin_s / scale)
    with bench_server("--limit", str(limit), "--window", str(window)) as url:
        # Sync threads, not async tasks: httpx's async client is too slow on 2 cores to offer
        # more than the budget, and an under-offered limiter would measure the client instead.
        client = ours(url, rate_limit=rate, retry=None, raise_errors=False)
        body = GetUserFlexInvestmentsBody()
        deadline = time.monotonic() + windows * window
        statuses: list[int] = []

        def worker() -> None:
            while time.monotonic() < deadline:
                r = get_user_flex_investments.sync_detailed(client=client, body=body)
                statuses.append(int(r.status_code))

        threads = [threading.Thread(target=worker) for _ in range(4)]
        started = time.monotonic()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        elapsed = time.monotonic() - started
        stats = httpx.get(f"{url}/stats").json()
    # The last reservations may wait past the deadline: count what the elapsed time allowed.
    budget = limit * elapsed / window
    return {
        "limit": limit,
        "window_s": window,
        "elapsed_s": elapsed,
        "admitted": stats["admitted"],
        "budget": budget,
        "utilisation": stats["admitted"] / budget,
        "rejected_429": stats["rejected"],
        "client_saw_429": statuses.count(429),
    }


JSON_HEADERS = {"Content-Type": "application/json"}
MEMORY_CALLS = 5_000 if QUICK else 100_000


def bench_memory() -> dict[str, Any]:
    """Bytes an idle client holds, bytes a call in flight holds, and whether 100,000 calls
    leave anything behind (Python's allocated blocks after them against after a warm-up)."""
    import tracemalloc

    from whitebit_auth import create_client
    from whitebit_main_api.api.crypto_lending_flex import get_user_flex_investments
    from whitebit_main_api.models import GetUserFlexInvestmentsBody

    answer = b'{"data":[],"limit":100,"offset":0}'
    transport = httpx.MockTransport(
        lambda request: httpx.Response(200, content=answer, headers=JSON_HEADERS)
    )
    body = GetUserFlexInvestmentsBody()

    def make(**kw: Any) -> Any:
        return create_client(
            KEY, SECRET, base_url="https://whitebit.com", transport=transport, rate_limit=None,
            **kw,
        )  # fmt: skip

    # Idle clients, their httpx client built (as after a first call).
    count = 50
    gc.collect()
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    clients = [make() for _ in range(count)]
    for client in clients:
        client.get_httpx_client()
    per_client = (tracemalloc.get_traced_memory()[0] - before) / count
    tracemalloc.stop()
    del clients

    # Calls in flight: parked in a transport until released.
    async def parked() -> float:
        release = asyncio.Event()
        arrived = 0

        class Parking(httpx.AsyncBaseTransport):
            async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
                nonlocal arrived
                arrived += 1
                await release.wait()
                return httpx.Response(200, content=answer, headers=JSON_HEADERS)

        client = create_client(
            KEY, SECRET, base_url="https://whitebit.com", async_transport=Parking(),
            rate_limit=None,
        )  # fmt: skip
        gc.collect()
        tracemalloc.start()
        start = tracemalloc.get_traced_memory()[0]
        tasks = [
            asyncio.ensure_future(get_user_flex_investments.asyncio(client=client, body=body))
            for _ in range(IN_FLIGHT)
        ]
        while arrived < IN_FLIGHT:  # every call signed and waiting for its answer
            await asyncio.sleep(0.001)
        held = (tracemalloc.get_traced_memory()[0] - start) / IN_FLIGHT
        tracemalloc.stop()
        release.set()
        await asyncio.gather(*tasks)
        return held

    per_call = asyncio.run(parked())

    # Growth: the allocated blocks after all the calls, against after a warm-up. Nonces from a
    # plain counter: the default keeps to 1000 a second per key, as WhiteBIT's window needs,
    # which would make this a 100-second wait without changing what it measures.
    counter = itertools.count(1_800_000_000_000)
    client = make(nonce_source=lambda: next(counter))
    for _ in range(MEMORY_CALLS // 10):
        get_user_flex_investments.sync(client=client, body=body)
    gc.collect()
    warm = sys.getallocatedblocks()
    for _ in range(MEMORY_CALLS):
        get_user_flex_investments.sync(client=client, body=body)
    gc.collect()
    grown = sys.getallocatedblocks() - warm
    return {
        "idle_client_bytes": per_client,
        "in_flight_call_bytes": per_call,
        "calls": MEMORY_CALLS,
        "blocks_grown": grown,
    }


def bench_generate() -> dict[str, Any]:
    """``make generate`` against a bare openapi-python-client run on the same spec (its
    defaults: no config, no templates, its own ruff post-hooks); samples interleaved."""
    from .generate import _tool_env

    generator = str(Path(sys.executable).parent / "openapi-python-client")
    ours: list[float] = []
    bare: list[float] = []
    for _ in range(1 if QUICK else 3):
        with tempfile.TemporaryDirectory() as out:
            started = time.perf_counter()
            subprocess.run(
                [sys.executable, "-m", "scripts.generate", "--out", out,
                 "--reference", f"{out}/operations.md"],
                check=True, capture_output=True, cwd=ROOT,
            )  # fmt: skip
            ours.append(time.perf_counter() - started)
        with tempfile.TemporaryDirectory() as out:
            started = time.perf_counter()
            subprocess.run(
                [generator, "generate", "--path", str(ROOT / "openapi" / "main_api_v4.yaml"),
                 "--meta", "none", "--output-path", f"{out}/client"],
                check=True, capture_output=True, cwd=out, env=_tool_env(),
            )  # fmt: skip
            bare.append(time.perf_counter() - started)
    mine, base = statistics.median(ours), statistics.median(bare)
    return {"seconds": mine, "bare_seconds": base, "ratio": mine / base}


def _ccxt_urls(url: str) -> dict[str, Any]:
    return {
        "v1": {"public": f"{url}/api/v1/public", "private": f"{url}/api/v1"},
        "v2": {"public": f"{url}/api/v2/public"},
        "v4": {"public": f"{url}/api/v4/public", "private": f"{url}/api/v4"},
    }


def bench_ccxt_isolated(url: str) -> dict[str, Any] | None:
    """bench_ccxt in a fresh interpreter: ccxt's import must not weigh on the other figures."""
    if importlib.util.find_spec("ccxt") is None:
        return None
    done = subprocess.run(
        [sys.executable, "-m", "scripts.bench", "--ccxt", url],
        check=True, capture_output=True, text=True, cwd=ROOT,
    )  # fmt: skip
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def bench_ccxt(url: str) -> dict[str, Any] | None:
    """The same calls through ccxt's WhiteBIT client, when the comparison extra is installed."""
    try:
        import ccxt  # type: ignore[import-not-found, import-untyped, unused-ignore]
        import ccxt.async_support  # type: ignore[import-not-found, import-untyped, unused-ignore]
    except ImportError:
        return None
    from whitebit_main_api.api.crypto_lending_flex import get_user_flex_investments
    from whitebit_main_api.models import GetUserFlexInvestmentsBody

    options = {"apiKey": KEY, "secret": SECRET, "enableRateLimit": False}
    params = {"limit": 100, "offset": 0}
    gen_body = GetUserFlexInvestmentsBody(limit=100, offset=0)
    exchange = ccxt.whitebit(options)
    exchange.urls["api"] = _ccxt_urls(url)
    client = ours(url)
    # ccxt's import leaves a very large heap behind; keep the collector from walking it on
    # every full collection, which would slow both sides alike and blur the figures.
    gc.collect()
    gc.freeze()

    def call_ccxt() -> None:
        exchange.v4PrivatePostMainAccountSmartFlexInvestments(params)

    def call_ours() -> None:
        get_user_flex_investments.sync(client=client, body=gen_body)

    async def both_async() -> tuple[Timing, Timing]:
        # Ours on its aiohttp transport: ccxt's async client runs on aiohttp too.
        aclient = aiohttp_client(url)
        aexchange = ccxt.async_support.whitebit(options)
        aexchange.urls["api"] = _ccxt_urls(url)

        async def call_ours() -> None:
            await get_user_flex_investments.asyncio(client=aclient, body=gen_body)

        async def call_ccxt() -> None:
            await aexchange.v4PrivatePostMainAccountSmartFlexInvestments(params)

        try:
            return await compare_async(call_ours, call_ccxt, AIOHTTP_BATCHES)
        finally:
            await aexchange.close()
            await aclient.get_async_httpx_client().aclose()

    try:
        (ours_us, _), (ccxt_us, _) = interleaved(call_ours, call_ccxt)
        amine, atheirs = asyncio.run(both_async())
    except Exception as exc:  # an API name this ccxt lacks, a version mismatch...
        return {"error": f"{type(exc).__name__}: {exc}"[:200]}
    return {
        "version": ccxt.__version__,
        "ours_per_s": 1e6 / ours_us,
        "ccxt_per_s": 1e6 / ccxt_us,
        "ours_vs_ccxt_speedup": ccxt_us / ours_us,
        "async_ours_per_s": ASYNC_CALLS / amine.wall_s,
        "async_ccxt_per_s": ASYNC_CALLS / atheirs.wall_s,
        "async_ours_vs_ccxt_speedup": atheirs.wall_s / amine.wall_s,
    }


@contextmanager
def public_only(on: bool) -> Iterator[None]:
    """With ``on``, the private shortcuts are off: public interfaces only."""
    from whitebit_auth import _httpx_private

    before = _httpx_private.PUBLIC_ONLY
    _httpx_private.PUBLIC_ONLY = on
    try:
        yield
    finally:
        _httpx_private.PUBLIC_ONLY = before


def bench_private(url: str) -> dict[str, Any]:
    """What the private shortcuts (``_httpx_private``, ``_aiohttp_private``) save: the same
    calls with every one of them off (``WHITEBIT_HTTPX_PUBLIC=1``), interleaved in this
    process, in client CPU per call."""
    from whitebit_auth import _httpx_private
    from whitebit_main_api.api.crypto_lending_flex import get_user_flex_investments
    from whitebit_main_api.models import GetUserFlexInvestmentsBody

    body = GetUserFlexInvestmentsBody()
    client = ours(url)

    def call(public: bool) -> Callable[[], None]:
        def one() -> None:
            with public_only(public):
                get_user_flex_investments.sync(client=client, body=body)

        return one

    (_, mine_cpu), (_, public_cpu) = interleaved(call(False), call(True))
    found: dict[str, Any] = {"sync_cpu_us": mine_cpu, "sync_public_cpu_us": public_cpu}
    if importlib.util.find_spec("aiohttp") is None:
        return found

    async def both() -> tuple[Timing, Timing]:
        mine = aiohttp_client(url)
        with public_only(True):
            public = aiohttp_client(url)  # its connector made without the lazy read timer

        def calling(client: Any, on: bool) -> Callable[[], Awaitable[object]]:
            async def one() -> None:
                # Set, not restored: the batch's calls run at once and all want the same.
                _httpx_private.PUBLIC_ONLY = on
                await get_user_flex_investments.asyncio(client=client, body=body)

            return one

        try:
            return await compare_async(calling(mine, False), calling(public, True), AIOHTTP_BATCHES)
        finally:
            for each in (mine, public):
                await each.get_async_httpx_client().aclose()

    try:
        mine_t, public_t = asyncio.run(both())
    finally:
        _httpx_private.PUBLIC_ONLY = False
    found["aiohttp_cpu_us"] = mine_t.cpu_s / ASYNC_CALLS * 1e6
    found["aiohttp_public_cpu_us"] = public_t.cpu_s / ASYNC_CALLS * 1e6
    return found


def row(name: str, figure: str, baseline: str, ratio: str, goal: str) -> str:
    return f"| {name} | {figure} | {baseline} | {ratio} | {goal} |"


def main() -> int:
    results: dict[str, Any] = {
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, {platform.system()}",
        "python": platform.python_version(),
        "quick": QUICK,
    }
    with bench_server() as url:
        results["sync"] = s = bench_sync(url)
        results["async"] = a = bench_async(url)
        results["async_aiohttp"] = aa = bench_async_aiohttp(url)
        results["ccxt"] = c = bench_ccxt_isolated(url)
        results["private"] = p = bench_private(url)
    results["signing"] = g = bench_signing()
    results["import"] = i = bench_import()
    results["cli"] = cli = bench_cli()
    results["limiter"] = lim = bench_limiter()
    results["generate"] = gen = bench_generate()
    results["memory"] = mem = bench_memory()
    results["webhooks"] = hooks = bench_webhooks(200 if QUICK else 10_000, REPS)
    results["fleet"] = bench_fleet(200 if QUICK else 5_000)

    rows = [
        (
            "sync sequential calls/s",
            f"{s['ours_per_s']:.0f}",
            f"{s['baseline_per_s']:.0f} (bare httpx)",
            f"{s['overhead']:+.1%} time/call",
            "<= +10 %",
        ),
        (
            "sync: client CPU per call, us",
            f"{s['ours_cpu_us']:.0f}",
            f"{s['baseline_cpu_us']:.0f} (bare httpx)",
            f"{s['cpu_overhead']:+.1%}",
            "<= +10 %",
        ),
        (
            f"async, {IN_FLIGHT} in flight, calls/s",
            f"{a['ours_per_s']:.0f}",
            f"{a['baseline_per_s']:.0f} (bare httpx)",
            f"{a['overhead']:+.1%} time/call",
            "<= +10 %",
        ),
        (
            "async: client CPU per call, us",
            f"{a['ours_cpu_us']:.0f}",
            f"{a['baseline_cpu_us']:.0f} (bare httpx)",
            f"{a['cpu_overhead']:+.1%}",
            "<= +10 %",
        ),
        *(
            [
                (
                    f"async on the aiohttp transport, {IN_FLIGHT} in flight, calls/s",
                    f"{aa['ours_per_s']:.0f}",
                    f"{aa['baseline_per_s']:.0f} (bare aiohttp)",
                    f"{aa['overhead']:+.1%} time/call",
                    "<= +50 %",
                )
            ]
            if aa
            else []
        ),
        (
            "private shortcuts: sync CPU per call, us",
            f"{p['sync_cpu_us']:.0f}",
            f"{p['sync_public_cpu_us']:.0f} (public interfaces only)",
            f"{p['sync_public_cpu_us'] - p['sync_cpu_us']:+.0f} us saved",
            "a gain, or dropped",
        ),
        *(
            [
                (
                    "private shortcuts: aiohttp CPU per call, us",
                    f"{p['aiohttp_cpu_us']:.0f}",
                    f"{p['aiohttp_public_cpu_us']:.0f} (public interfaces only)",
                    f"{p['aiohttp_public_cpu_us'] - p['aiohttp_cpu_us']:+.0f} us saved",
                    "a gain, or dropped",
                )
            ]
            if "aiohttp_cpu_us" in p
            else []
        ),
        (
            "signer step, us/attempt",
            f"{g['hook_us']:.1f}",
            f"{g['floor_hmac_base64_us']:.1f} (hmac+base64)",
            f"{g['hook_ratio']:.2f}x",
            "<= 2x",
        ),
        (
            "signing core (body + signature), us",
            f"{g['core_us']:.1f}",
            f"{g['floor_hmac_base64_us']:.1f} (hmac+base64)",
            f"{g['core_ratio']:.2f}x",
            "<= 2x",
        ),
        (
            "import whitebit_auth + one endpoint, ms",
            f"{i['ours_ms']:.0f}",
            f"{i['httpx_ms']:.0f} (import httpx)",
            f"{i['ratio']:.2f}x",
            "<= 1.5x",
        ),
        (
            "whitebit --help, ms",
            f"{cli['help_ms']:.0f}",
            f"{cli['httpx_ms']:.0f} (python -c 'import httpx')",
            f"{cli['ratio']:.2f}x",
            "<= 2x",
        ),
        (
            f"limiter: admitted / budget ({lim['limit']} per {lim['window_s']:g} s)",
            f"{lim['admitted']}",
            f"{lim['budget']:.0f}",
            f"{lim['utilisation']:.1%}, {lim['rejected_429']} x 429",
            ">= 90 % (5 % headroom), 0 x 429",
        ),
        ("memory: an idle client, KB", f"{mem['idle_client_bytes'] / 1024:.0f}", "-", "-", "-"),
        (
            f"memory: a call in flight ({IN_FLIGHT} at once), KB",
            f"{mem['in_flight_call_bytes'] / 1024:.1f}",
            "-",
            "-",
            "-",
        ),
        (
            f"memory: blocks left after {mem['calls']:,} calls",
            f"{mem['blocks_grown']}",
            "0",
            "-",
            "no growth",
        ),
        (
            "make generate, s",
            f"{gen['seconds']:.1f}",
            f"{gen['bare_seconds']:.1f} (bare openapi-python-client)",
            f"{gen['ratio']:.2f}x",
            "<= 1.3x",
        ),
    ]
    rows += webhook_rows(hooks)
    if c is None:
        rows.append(("ccxt calls/s", "-", "-", "-", "not installed: make bench-ccxt"))
    elif "error" in c:
        rows.append(("ccxt calls/s", "-", "-", c["error"], "faster than ccxt"))
    else:
        for mode, prefix, goal in (
            ("sync", "", ">= 1.2x"),
            (f"async (aiohttp transport), {IN_FLIGHT} in flight", "async_", ">= 1.0x"),
        ):
            rows.append(
                (
                    f"vs ccxt {c['version']}, {mode}, calls/s",
                    f"{c[prefix + 'ours_per_s']:.0f}",
                    f"{c[prefix + 'ccxt_per_s']:.0f} (ccxt)",
                    f"{c[prefix + 'ours_vs_ccxt_speedup']:.2f}x as fast",
                    goal,
                )
            )
    lines = [
        f"WhiteBIT client benchmarks, {results['date']}, {results['machine']}, "
        f"Python {results['python']}{' (quick)' if QUICK else ''}",
        "",
        "| measure | ours | baseline | ratio | goal |",
        "| --- | --- | --- | --- | --- |",
        *(row(*r) for r in rows),
    ]
    print("\n".join(lines))
    out = Path(os.environ.get("BENCH_OUT", ROOT / "bench-results.json"))
    out.write_text(json.dumps(results, indent=2) + "\n")
    print(f"\nwrote {out.name}")
    return 0


if __name__ == "__main__":
    if sys.argv[1:2] == ["--ccxt"]:
        print(json.dumps(bench_ccxt(sys.argv[2])))
        sys.exit(0)
    sys.exit(main())
