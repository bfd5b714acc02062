"""Prism 5 (``--dynamic``) on the shipped spec, through the generated client: every answer of
every operation parses, and the contract checker finds nothing wrong with it.

Prism makes up each answer from the schema alone (json-schema-faker), so it tries exactly what
the shipped spec allows. ``make prism`` (and ``make test``) installs it from the npm registry
into ``.prism/`` when it is missing.
"""

from __future__ import annotations

import os
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from testkit.spec_walk import ROOT, Operation, spec_operations
from whitebit_auth import WhiteBitClient, create_client
from whitebit_sandbox.contract import ContractTransport

PRISM = Path(os.environ.get("WHITEBIT_PRISM", ROOT / ".prism" / "node_modules" / ".bin" / "prism"))
SHIPPED = ROOT / "generated" / "whitebit_main_api" / "openapi.json"
CALLS = 10  # answers asked of each operation: each one made up afresh
OPERATIONS = list(spec_operations())
pytestmark = pytest.mark.slow


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


@pytest.fixture(scope="module")
def prism() -> Iterator[str]:
    if not PRISM.exists():
        pytest.fail("no Prism: `make prism` installs it (npm install --prefix .prism ...)")
    port = _free_port()
    command = [str(PRISM), "mock", "--dynamic", "--seed", "22", "--host", "127.0.0.1"]
    command += ["--port", str(port), str(SHIPPED)]
    # A file, not a pipe: a chatty Prism must never block on it.
    with tempfile.TemporaryFile() as log:
        server = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
        try:
            for _ in range(600):  # Prism takes a few seconds to read the spec on a busy machine
                if server.poll() is not None:
                    log.seek(0)
                    pytest.fail(f"Prism stopped: {log.read().decode(errors='replace')[-2000:]}")
                try:
                    socket.create_connection(("127.0.0.1", port), timeout=1).close()
                    break
                except OSError:
                    time.sleep(0.1)
            else:
                pytest.fail("Prism did not start listening")
            yield f"http://127.0.0.1:{port}"
        finally:
            server.terminate()
            server.wait(timeout=30)


@pytest.fixture(scope="module")
def checked() -> Iterator[ContractTransport]:
    transport = ContractTransport(httpx.HTTPTransport(), strict=False)
    yield transport
    transport.close()


@pytest.fixture(scope="module")
def client(prism: str, checked: ContractTransport) -> Iterator[WhiteBitClient]:
    # Prism does not check signatures: any key and secret will do.
    client = create_client(
        "prism-key", "prism-secret", base_url=prism, transport=checked, retry=None, rate_limit=None
    )
    yield client
    client.get_httpx_client().close()


@pytest.mark.parametrize("op", OPERATIONS, ids=[op.operation_id for op in OPERATIONS])
def test_every_answer_prism_makes_up_parses(
    op: Operation, client: WhiteBitClient, checked: ContractTransport
) -> None:
    body = op.body_class.from_dict(op.request_example())
    before = len(checked.violations)
    for _ in range(CALLS):
        response = op.module.sync_detailed(client=client, body=body)  # raises if unreadable
        assert 200 <= response.status_code < 300, (response.status_code, response.content)
    assert checked.violations[before:] == []
