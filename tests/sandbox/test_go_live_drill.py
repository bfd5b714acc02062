"""The go-live drill over the sandbox server, with the README's FastAPI and Flask receivers
as they are written: webhook processing off for a sandbox day, polling catches every event
up, nothing is credited twice."""

from __future__ import annotations

import asyncio
import importlib.util
import re
import socket
import threading
import types
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest
from whitebit_sandbox import (
    DEMO_API_KEY,
    DEMO_API_SECRET,
    Sandbox,
    SandboxConfig,
    default_config,
    serve,
)

pytestmark = pytest.mark.slow  # starts web apps and the sandbox server

ROOT = Path(__file__).resolve().parents[2]
HOOK_KEY = "drill-webhook-key"
HOOK_SECRET = "drill-webhook-secret"  # a test value
DAY_S = 86_400


def readme_receiver(name: str, tmp_path: Path) -> types.ModuleType:
    """The README's receiver whose first line names ``name``, imported as a module."""
    blocks = re.findall(r"```python\n(.*?)```", (ROOT / "README.md").read_text("utf-8"), re.S)
    (source,) = [b for b in blocks if b.startswith(f"# receivers/{name}")]
    path = tmp_path / f"{name}.py"
    path.write_text(source, "utf-8")
    spec = importlib.util.spec_from_file_location(f"readme_{name}", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@contextmanager
def served_asgi(app: Any) -> Iterator[str]:
    import uvicorn

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="off"))
    thread = threading.Thread(target=lambda: asyncio.run(server.serve(sockets=[sock])))
    thread.start()
    try:
        while not server.started:
            threading.Event().wait(0.01)
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    finally:
        server.should_exit = True
        thread.join()
        sock.close()


@contextmanager
def served_wsgi(app: Any) -> Iterator[str]:
    from werkzeug.serving import make_server

    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        thread.join()


def _control(base: str, path: str, **body: Any) -> Any:
    answer = httpx.post(f"{base}/sandbox/{path}", json=body, timeout=30)
    assert answer.status_code == 200, answer.text
    return answer.json()


def _deposit(base: str, amount: str) -> str:
    done = _control(base, "deposit", who=DEMO_API_KEY, ticker="USDT", amount=amount,
                    network="ERC20", confirmations=2)  # fmt: skip
    return str(done["transaction_id"])


@pytest.mark.parametrize("framework", ["fastapi_app", "flask_app"])
def test_the_go_live_drill(framework: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config: SandboxConfig = default_config()
    config.deposits, config.withdrawals = [], []
    with serve(Sandbox(config)) as sandbox_server:
        base = sandbox_server.url
        for name, value in {
            "WHITEBIT_API_KEY": DEMO_API_KEY, "WHITEBIT_API_SECRET": DEMO_API_SECRET,
            "WHITEBIT_BASE_URL": base, "WHITEBIT_WEBHOOK_KEY": HOOK_KEY,
            "WHITEBIT_WEBHOOK_SECRET": HOOK_SECRET,
        }.items():  # fmt: skip
            monkeypatch.setenv(name, value)
        receiver = readme_receiver(framework, tmp_path)
        handed: list[tuple[str, int]] = []
        credit = receiver.reconciler.handler

        def record_and_credit(change: Any) -> None:
            handed.append((change.key, change.status))
            credit(change)

        receiver.reconciler.handler = record_and_credit
        serving = served_asgi if framework == "fastapi_app" else served_wsgi
        with serving(receiver.app) as url:
            check = httpx.get(f"{url}/whiteBIT-verification")
            assert check.json() == [HOOK_KEY]
            hook = {"who": DEMO_API_KEY, "key": HOOK_KEY, "secret": HOOK_SECRET}
            _control(base, "webhooks", url=f"{url}/webhooks/whitebit", **hook)
            live = [_deposit(base, "100"), _deposit(base, "20.5")]
            _control(base, "advance", seconds=120)
            assert set(receiver.credited) == set(live)

            # Webhook processing off for a sandbox day: nothing answers at the URL.
            dead = socket.socket()
            dead.bind(("127.0.0.1", 0))
            dead_url = f"http://127.0.0.1:{dead.getsockname()[1]}/webhooks/whitebit"
            dead.close()
            _control(base, "webhooks", url=dead_url, **hook)
            missed = [_deposit(base, "7.25"), _deposit(base, "3")]
            for _ in range(24):
                _control(base, "advance", seconds=3600)
            deliveries = _control(base, "webhooks/deliveries")["deliveries"]
            lost = [d for d in deliveries if d["url"] == dead_url]
            assert lost
            assert all(d["state"] == "dropped" for d in lost)
            assert all(len(d["attempts"]) == 3 for d in lost)
            assert not set(missed) & set(receiver.credited)

            # Back on: new events arrive by webhook; polling catches up the day's.
            _control(base, "webhooks", url=f"{url}/webhooks/whitebit", **hook)
            after = _deposit(base, "1")
            _control(base, "advance", seconds=120)
            receiver.reconciler.poll()
            receiver.reconciler.poll()
    expected = {tx: Decimal(a) for tx, a in zip(
        [*live, *missed, after], ["100", "20.5", "7.25", "3", "1"], strict=True)}  # fmt: skip
    assert receiver.credited == expected
    assert len(handed) == len(set(handed))  # no status of any transaction handed twice
    assert sorted(k for k, status in handed if status == 3) == sorted(expected)
