"""The export's walk in process: records that arrive while it walks shift the pages, and none
is written twice."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import httpx
import pytest
from whitebit_auth import WhiteBitClient, create_client
from whitebit_cli import _export
from whitebit_cli._history import histories
from whitebit_cli._session import Settings
from whitebit_sandbox import DEMO_API_KEY, DEMO_API_SECRET, Sandbox, SandboxTransport


class NewArrivals(httpx.BaseTransport):
    """After each page, a new deposit: newest first, so every later page repeats one record."""

    def __init__(self, sandbox: Sandbox) -> None:
        self.sandbox = sandbox
        self.inner = SandboxTransport(sandbox)
        self.pages = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        self.pages += 1
        self.sandbox.deposit(DEMO_API_KEY, "USDT", "3.33", confirmations=0)
        return response


def test_records_arriving_during_the_walk_are_not_written_twice(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sandbox = Sandbox()
    for i in range(45):
        sandbox.deposit(DEMO_API_KEY, "USDT", f"2.{i:02d}", confirmations=0)
    wire = NewArrivals(sandbox)
    client = create_client(DEMO_API_KEY, DEMO_API_SECRET, base_url="http://127.0.0.1",
                           transport=wire, rate_limit=None)  # fmt: skip

    def connect(settings: Settings, **options: Any) -> tuple[WhiteBitClient, str]:
        return client, "in process"

    monkeypatch.setattr(_export, "connect", connect)
    history = histories()["get-deposit-withdraw-history"]
    start = 0
    job = _export.Job(history, {}, start, 2**31, "csv", 10, 30)
    out = tmp_path / "out.csv"
    rows = _export.run(job, Settings(), out, restart=False)
    with out.open(newline="") as handle:
        written = list(csv.DictReader(handle))
    ids = [r["transaction_id"] for r in written]
    assert wire.pages >= 5
    assert len(ids) == len(set(ids)) == rows
    assert rows >= 46  # the seed's deposit and the 45, each once
