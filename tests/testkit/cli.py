"""The ``whitebit`` console script run as users run it, against the sandbox server.

The server is started as the sandbox's own tests start it (``python -m whitebit_sandbox
--port 0``, its URL on the first line) and driven through its control API.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
from whitebit_sandbox import DEMO_API_KEY, DEMO_API_SECRET

# The entry point pip installed beside this interpreter (pyproject's [project.scripts]).
WHITEBIT = str(Path(sys.executable).with_name("whitebit"))


@dataclass
class SandboxServer:
    url: str
    process: subprocess.Popen[str]
    http: httpx.Client

    def control(self, endpoint: str, **body: Any) -> Any:
        answer = self.http.post(f"{self.url}/sandbox/{endpoint}", json=body)
        assert answer.is_success, (endpoint, answer.status_code, answer.text)
        return answer.json() if answer.content else None

    def fault(self, path: str, kind: str, **options: Any) -> None:
        self.control("faults", path=path, kind=kind, **options)

    def balance(self, ticker: str, bucket: str = "main", who: str = DEMO_API_KEY) -> str:
        balances = self.control("balances", who=who)
        return str(balances.get(bucket, {}).get(ticker, "0"))


@contextmanager
def sandbox_server() -> Iterator[SandboxServer]:
    process = subprocess.Popen(
        [sys.executable, "-m", "whitebit_sandbox", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert process.stdout is not None
        url = process.stdout.readline().strip().rsplit(" ", 1)[-1]
        assert url.startswith("http://127.0.0.1:"), url
        with httpx.Client(timeout=10) as http:  # one connection for many control calls
            yield SandboxServer(url, process, http)
    finally:
        process.terminate()
        process.wait(timeout=10)


def cli_env(tmp: Path, key: str = DEMO_API_KEY, secret: str = DEMO_API_SECRET) -> dict[str, str]:
    """The environment a user's shell gives: a key, and a config file of its own (so that no
    developer's profile is read)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("WHITEBIT_")}
    env.update(
        WHITEBIT_API_KEY=key,
        WHITEBIT_API_SECRET=secret,
        WHITEBIT_CONFIG=str(tmp / "whitebit-config.toml"),
        COLUMNS="200",
    )
    return env


def whitebit(
    *args: str, env: dict[str, str], timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [WHITEBIT, *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        stdin=subprocess.DEVNULL,
    )
