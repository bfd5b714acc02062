from __future__ import annotations

import functools
import json
import threading
from collections.abc import Iterator, Mapping
from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from testkit.reading import ClientReader
from testkit.redis_server import NOT_FOUND, find_redis_server, redis_server
from whitebit_sandbox import Reply, Sandbox
from whitebit_sandbox.contract import Contract

settings.register_profile(
    "default", deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True
)
settings.load_profile("default")

# Statuses WhiteBIT's edge answers for any operation (auth, routing, limits, outages).
EDGE = frozenset({401, 403, 404, 405, 429, 500, 502, 503, 504})


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "invalid_requests: sends requests that break the spec")


# -- a real Redis for the tests that need one (issue 24) -------------------------------------
_redis_state: dict[str, Any] = {"url": None, "skipped": 0, "started": False}


@pytest.fixture(scope="session")
def _redis_server_url() -> Iterator[str | None]:
    binary = find_redis_server()
    if binary is None:
        yield None
        return
    with redis_server(binary) as url:
        _redis_state["url"] = url
        _redis_state["started"] = True
        yield url


@pytest.fixture
def redis_url(_redis_server_url: str | None) -> str:
    """The URL of a throwaway redis-server (emptied for each test); skipped, saying why,
    when none is installed."""
    if _redis_server_url is None:
        _redis_state["skipped"] += 1
        pytest.skip(NOT_FOUND)
    import redis

    client = redis.Redis.from_url(_redis_server_url)
    try:
        client.flushall()
    finally:
        client.close()
    return _redis_server_url


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if _redis_state["skipped"]:
        terminalreporter.write_line(
            f"Redis tests: {_redis_state['skipped']} skipped: {NOT_FOUND}", yellow=True
        )
    elif _redis_state["started"]:
        terminalreporter.write_line("Redis tests: ran against a throwaway redis-server")


@pytest.fixture(autouse=True)
def _no_real_credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    # Tests must never pick up a developer's real key from the environment.
    monkeypatch.delenv("WHITEBIT_API_KEY", raising=False)
    monkeypatch.delenv("WHITEBIT_API_SECRET", raising=False)


@pytest.fixture(autouse=True)
def _fresh_process_state(monkeypatch: pytest.MonkeyPatch) -> None:
    # Nonce sources and rate limiters are shared per key across a process; each test starts as
    # a fresh process would (an earlier test's sandbox may have moved its clock).
    monkeypatch.setattr("whitebit_auth._nonce._shared", {})
    monkeypatch.setattr("whitebit_auth._ratelimit._shared", {})


@functools.cache
def _reader() -> ClientReader:
    return ClientReader()


@pytest.fixture(autouse=True)
def _contract(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every exchange with any sandbox in any test is held to the vendored spec, by the
    contract checker users get (``whitebit_sandbox.contract``).

    (a) each request body validates against the spec (unless the test sends bad ones on
    purpose); (b) each answer validates against the spec for its status code, and (c) the
    generated client reads each success answer (the checker and the client agree). Answers a
    fault injected, and the edge's own refusals, are outside the spec by design.
    """
    original = Sandbox.handle
    problems: list[str] = []
    lock = threading.Lock()
    allow_invalid = request.node.get_closest_marker("invalid_requests") is not None
    contracts: dict[int, Contract] = {}

    def checked(
        self: Sandbox,
        method: str,
        path: str,
        headers: Mapping[str, str],
        body: bytes,
        client: str = "127.0.0.1",
    ) -> Reply:
        reply = original(self, method, path, headers, body, client)
        if self.operation(path) is None or reply.injected or reply.edge:
            return reply
        contract = contracts.setdefault(id(self.spec), Contract(self.spec, common_statuses=EDGE))
        found: list[Any] = []
        if not allow_invalid:
            try:
                data: Any = json.loads(body)
            except ValueError:
                data = None
            found += contract.check_request(method, path, data)
        found += contract.check_response(path, reply.status, reply.body)
        reader = _reader()
        if not found and 200 <= reply.status < 300 and path in reader.operations:
            refused = reader.refusal(path, reply.status, reply.body)
            if refused is not None:
                found.append(f"{path} {reply.status}: conforms, yet the client refuses: {refused}")
        if found:
            with lock:
                problems.extend(str(v) for v in found)
        return reply

    monkeypatch.setattr(Sandbox, "handle", checked)
    yield
    assert not problems, "contract violations:\n" + "\n".join(problems)
