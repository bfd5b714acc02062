from __future__ import annotations

import json
import threading
from collections.abc import Iterator, Mapping
from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from whitebit_sandbox import Reply, Sandbox

settings.register_profile(
    "default", deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True
)
settings.load_profile("default")

# Statuses the seed spec does not document but WhiteBIT's edge answers (auth, routing, limits).
EDGE_STATUSES = {401, 403, 404, 405, 429}


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "invalid_requests: sends requests that break the spec")


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


@pytest.fixture(autouse=True)
def _contract(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every exchange with any sandbox in any test is held to the vendored spec.

    (a) each request body validates against the spec (unless the test sends bad ones on
    purpose); (b) each response validates against the spec for its status code.
    """
    original = Sandbox.handle
    problems: list[str] = []
    lock = threading.Lock()
    allow_invalid = request.node.get_closest_marker("invalid_requests") is not None

    def checked(
        self: Sandbox, method: str, path: str, headers: Mapping[str, str], body: bytes
    ) -> Reply:
        reply = original(self, method, path, headers, body)
        op = self.operation(path)
        if op is None or reply.injected or reply.edge:
            return reply
        found: list[str] = []
        if not allow_invalid:
            try:
                data: Any = json.loads(body)
            except ValueError:
                data = None
            errors = self.spec.request_errors(op, data)
            if errors:
                found.append(f"request to {path} breaks the spec: {errors}")
        if str(reply.status) in self.spec.documented_statuses(op):
            answer = reply.decoded() if reply.body else None
            found += [
                f"{path} {reply.status}: {e}"
                for e in self.spec.response_errors(op, reply.status, answer, empty=not reply.body)
            ]
        elif reply.status not in EDGE_STATUSES and reply.status < 500:
            found.append(f"{path} answered undocumented status {reply.status}")
        if found:
            with lock:
                problems.extend(found)
        return reply

    monkeypatch.setattr(Sandbox, "handle", checked)
    yield
    assert not problems, "contract violations:\n" + "\n".join(problems)
