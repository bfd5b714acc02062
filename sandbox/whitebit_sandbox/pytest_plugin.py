"""Pytest fixtures for testing your own code against the sandbox (loaded automatically).

def test_my_strategy(whitebit_sandbox_client):
    ...  # a signed whitebit_main_api.Client talking to a fresh in-process sandbox
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:  # imported lazily: the plugin loads even without the sandbox extra
    from whitebit_main_api import Client

    from ._app import Sandbox


@pytest.fixture
def whitebit_sandbox() -> Sandbox:
    """A fresh sandbox in the documented seed state."""
    from ._app import Sandbox

    return Sandbox()


@pytest.fixture
def whitebit_sandbox_client(whitebit_sandbox: Sandbox) -> Iterator[Client]:
    """A signed client (sync and async) wired in process to ``whitebit_sandbox``."""
    from whitebit_auth import RetryPolicy, create_client

    from ._config import DEMO_API_KEY, DEMO_API_SECRET
    from ._transport import SandboxTransport

    transport = SandboxTransport(whitebit_sandbox)
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
