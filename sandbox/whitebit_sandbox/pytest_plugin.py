"""Pytest fixtures for testing your own code against the sandbox (loaded automatically).

    def test_my_strategy(whitebit_sandbox_client):
        ...  # a signed whitebit_main_api.Client talking to a fresh in-process sandbox

    @pytest.mark.whitebit_contract          # every exchange of the client held to the spec
    def test_my_payouts(whitebit_sandbox, whitebit_sandbox_client): ...

    @pytest.fixture
    def whitebit_sandbox_config():          # override: your own starting state
        config = default_config()
        config.balances["demo-partner"]["main"]["USDT"] = Decimal("5")
        return config

``--whitebit-contract`` (or ``whitebit_contract = true`` in the ini file) checks every test's
sandbox client; the ``whitebit_contract`` fixture wraps any other transport (Prism's, the live
exchange's) and fails the test if its traffic broke the spec.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:  # imported lazily: the plugin loads even without the sandbox extra
    import httpx
    from whitebit_main_api import Client

    from ._app import Sandbox
    from ._config import SandboxConfig
    from .contract import ContractTransport

MARKER = "whitebit_contract"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--whitebit-contract",
        action="store_true",
        help="hold every whitebit_sandbox_client exchange to the spec (strict)",
    )
    parser.addini(
        "whitebit_contract", "hold every whitebit_sandbox_client exchange to the spec", "bool"
    )


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", f"{MARKER}: hold this test's whitebit_sandbox_client exchanges to the spec"
    )


def _contract_wanted(request: pytest.FixtureRequest) -> bool:
    config = request.config
    return bool(
        request.node.get_closest_marker(MARKER)
        or config.getoption("--whitebit-contract", default=False)
        or config.getini("whitebit_contract")
    )


@pytest.fixture
def whitebit_sandbox_config() -> SandboxConfig:
    """The sandbox's starting state; override this fixture to start from your own."""
    from ._config import default_config

    return default_config()


@pytest.fixture
def whitebit_sandbox(whitebit_sandbox_config: SandboxConfig) -> Sandbox:
    """A fresh sandbox in the state ``whitebit_sandbox_config`` describes."""
    from ._app import Sandbox

    return Sandbox(whitebit_sandbox_config)


@pytest.fixture
def whitebit_sandbox_client(
    whitebit_sandbox: Sandbox, request: pytest.FixtureRequest
) -> Iterator[Client]:
    """A signed client (sync and async) wired in process to ``whitebit_sandbox``; with the
    ``whitebit_contract`` marker or option, every exchange is held to the spec."""
    from whitebit_auth import RetryPolicy, create_client

    from ._config import DEMO_API_KEY, DEMO_API_SECRET
    from ._transport import SandboxTransport

    transport: Any = SandboxTransport(whitebit_sandbox)
    if _contract_wanted(request):
        from .contract import ContractTransport

        transport = ContractTransport(transport, strict=True)
    client = create_client(
        DEMO_API_KEY,
        DEMO_API_SECRET,
        base_url="http://127.0.0.1",
        transport=transport,
        async_transport=transport,
        retry=RetryPolicy.no_wait(),  # the same decisions as in production, without sleeping
        rate_limit=None,  # the sandbox limits itself; a test suite need not wait for a window
    )
    yield client
    client.get_httpx_client().close()


class ContractWatch:
    """Wraps transports so that their traffic is checked against the spec; at the end of the
    test, any violation fails it (report mode: the traffic itself is never stopped)."""

    def __init__(self) -> None:
        self.transports: list[ContractTransport] = []

    def wrap(self, transport: httpx.BaseTransport | httpx.AsyncBaseTransport) -> ContractTransport:
        from .contract import ContractTransport

        checked = ContractTransport(transport, strict=False)
        self.transports.append(checked)
        return checked

    def violations(self) -> list[Any]:
        return [v for t in self.transports for v in t.violations]


@pytest.fixture
def whitebit_contract() -> Iterator[ContractWatch]:
    """``whitebit_contract.wrap(transport)``: check a transport's traffic against the spec."""
    watch = ContractWatch()
    yield watch
    found = watch.violations()
    if found:
        from .contract import ContractViolation

        raise ContractViolation(found)
