"""Helpers the test modules share: clients wired to a sandbox, a wire recorder, a spec variant.

Retries in tests never sleep: ``RetryPolicy.no_wait()`` makes the same decisions as the
default policy without waiting.
"""

from __future__ import annotations

import copy
import json
from typing import Any

import httpx
from spec_walk import vendored
from whitebit_auth import RetryPolicy, WhiteBitClient, create_client
from whitebit_sandbox import DEMO_API_KEY, DEMO_API_SECRET, Sandbox, SandboxTransport

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
