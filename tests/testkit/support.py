"""Helpers the test modules share: clients wired to a sandbox, a wire recorder, a spec variant.

Retries in tests never sleep: ``RetryPolicy.no_wait()`` makes the same decisions as the
default policy without waiting.
"""

from __future__ import annotations

import copy
import json
from typing import Any, ClassVar

import httpx
from whitebit_auth import RetryPolicy, WhiteBitClient, create_client
from whitebit_auth._signing import compact_json
from whitebit_sandbox import DEMO_API_KEY, DEMO_API_SECRET, Sandbox, SandboxTransport

from testkit.spec_walk import vendored

FLEX = "/api/v4/main-account/smart-flex"
LIST = f"{FLEX}/investments"
INVEST = f"{FLEX}/investments/invest"
NO_WAIT = RetryPolicy.no_wait()
# The sandbox's raw answers: nothing sent twice, the spec's models instead of exceptions.
RAW: dict[str, Any] = {"retry": None, "rate_limit": None, "raise_errors": False}


class Recording(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Sees every attempt on the wire; can refuse connections before anything is sent."""

    def __init__(self, inner: SandboxTransport, refuse: int = 0) -> None:
        self.inner = inner
        self.refuse = refuse
        self.nonces: list[int] = []
        self.paths: list[str] = []
        self.bodies: list[dict[str, Any]] = []

    def _seen(self, request: httpx.Request) -> None:
        if self.refuse > 0:
            self.refuse -= 1
            raise httpx.ConnectError("connection refused", request=request)
        self.paths.append(request.url.path)
        self.bodies.append(json.loads(request.content))
        self.nonces.append(self.bodies[-1]["nonce"])

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self._seen(request)
        return self.inner.handle_request(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self._seen(request)
        return await self.inner.handle_async_request(request)


def sandbox_client(
    sandbox: Sandbox,
    *,
    raw: bool = False,
    key: str = DEMO_API_KEY,
    secret: str = DEMO_API_SECRET,
    transport: Any = None,
    **options: Any,
) -> WhiteBitClient:
    """A client wired in process to ``sandbox``: no waiting in retries, no client rate limit.

    ``raw=True``: the sandbox's answers as they are (no retries, error models returned).
    """
    wire = transport if transport is not None else SandboxTransport(sandbox)
    settings: dict[str, Any] = (RAW if raw else {"retry": NO_WAIT, "rate_limit": None}) | options
    return create_client(
        key, secret, base_url="http://127.0.0.1", transport=wire, async_transport=wire, **settings
    )


def wired(sandbox: Sandbox, *, refuse: int = 0, **options: Any) -> tuple[WhiteBitClient, Recording]:
    """A sandbox client whose every attempt is recorded (and the first ``refuse`` refused)."""
    wire = Recording(SandboxTransport(sandbox), refuse=refuse)
    return sandbox_client(sandbox, transport=wire, **options), wire


def variant_spec() -> dict[str, Any]:
    """The vendored spec plus one new operation and one new response field."""
    spec: dict[str, Any] = copy.deepcopy(vendored())
    item = spec["components"]["schemas"]["FlexInvestment"]["properties"]
    item["riskTier"] = {"type": "string", "description": "Risk tier", "example": "B"}
    new_op = copy.deepcopy(spec["paths"][LIST]["post"])
    new_op["operationId"] = "getFlexInvestmentSummary"
    new_op["summary"] = "Get Flex Investment Summary"
    spec["paths"][f"{FLEX}/summary"] = {"post": new_op}
    return spec


def operation_paths() -> dict[str, str]:
    """operationId -> path, from the generated index."""
    from whitebit_auth._operations import bundled_operation_kinds

    return {op.operation_id: path for path, op in bundled_operation_kinds().operations.items()}


class Api:
    """Signed raw calls by operationId: the sandbox's answers exactly as WhiteBIT's wire shows
    them (status and JSON), for tests that check codes and messages."""

    _paths: ClassVar[dict[str, str]] = {}

    def __init__(self, sandbox: Sandbox, key: str = DEMO_API_KEY, secret: str = DEMO_API_SECRET):
        self.http = sandbox_client(sandbox, raw=True, key=key, secret=secret).get_httpx_client()
        if not Api._paths:
            Api._paths.update(operation_paths())

    def __call__(self, operation_id: str, **body: Any) -> httpx.Response:
        # As bytes: the client's own check of a body's fields would refuse the wrong ones these
        # tests send to see the sandbox's answer; the signer still checks and signs them.
        return self.http.post(
            Api._paths[operation_id],
            content=compact_json(body),
            headers={"Content-Type": "application/json"},
        )

    def ok(self, operation_id: str, **body: Any) -> Any:
        response = self(operation_id, **body)
        assert response.is_success, (operation_id, response.status_code, response.text)
        return response.json() if response.content else None
