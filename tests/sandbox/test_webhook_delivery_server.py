"""The sandbox server delivers webhooks to a receiver written in plain Python (http.server,
hashlib, hmac, base64: no project code): every delivery verifies by hand, nonces increase;
destinations, faults and the deliveries' record are driven through the control API."""

from __future__ import annotations

import base64
import hashlib
import hmac
import http.server
import json
import threading
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from whitebit_sandbox import DEMO_API_KEY, Sandbox, serve

KEY = "plain-receiver-key"
SECRET = "plain-receiver-secret-42"  # a test value


class PlainReceiver(http.server.BaseHTTPRequestHandler):
    """What a partner writes from WhiteBIT's instructions alone."""

    seen: list[dict[str, Any]]

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers["Content-Length"]))
        payload = base64.b64encode(body).decode()
        signature = hmac.new(SECRET.encode(), payload.encode(), hashlib.sha512).hexdigest()
        genuine = (
            self.headers["X-TXC-APIKEY"] == KEY
            and self.headers["X-TXC-PAYLOAD"] == payload
            and hmac.compare_digest(signature, self.headers["X-TXC-SIGNATURE"])
        )
        self.seen.append({"genuine": genuine, "body": json.loads(body)})
        self.send_response(200 if genuine else 401)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def receiver() -> Iterator[tuple[str, list[dict[str, Any]]]]:
    seen: list[dict[str, Any]] = []
    handler = type("Handler", (PlainReceiver,), {"seen": seen})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/whitebit", seen
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def _control(base: str, path: str, **body: Any) -> httpx.Response:
    return httpx.post(f"{base}/sandbox/{path}", json=body, timeout=10)


def test_every_delivery_verifies_by_hand_and_nonces_increase(
    receiver: tuple[str, list[dict[str, Any]]],
) -> None:
    url, seen = receiver
    with serve(Sandbox()) as server:
        base = server.url
        done = _control(base, "webhooks", who=DEMO_API_KEY, url=url, key=KEY, secret=SECRET)
        assert done.status_code == 200, done.text
        assert SECRET not in done.text
        _control(base, "deposit", who=DEMO_API_KEY, ticker="USDT", amount="250",
                 network="ERC20", confirmations=2)  # fmt: skip
        _control(base, "advance", seconds=120)
        listed = _control(base, "webhooks/deliveries").json()["deliveries"]
    assert [s["body"]["method"] for s in seen] == [
        "deposit.accepted", "deposit.updated", "deposit.processed",
    ]  # fmt: skip
    assert all(s["genuine"] for s in seen)
    nonces = [s["body"]["params"]["nonce"] for s in seen]
    assert nonces == sorted(set(nonces))
    assert [d["state"] for d in listed] == ["delivered"] * 3
    assert [d["attempts"][0]["status"] for d in listed] == [200] * 3
    assert SECRET not in json.dumps(listed)


def test_faults_through_the_control_api(receiver: tuple[str, list[dict[str, Any]]]) -> None:
    url, seen = receiver
    with serve(Sandbox()) as server:
        base = server.url
        _control(base, "webhooks", who=DEMO_API_KEY, url=url, key=KEY, secret=SECRET)
        assert _control(base, "webhooks/faults", kind="bad_signature").status_code == 200
        assert _control(base, "webhooks/faults", kind="drop").status_code == 200
        _control(base, "deposit", who=DEMO_API_KEY, ticker="USDT", amount="1",
                 network="ERC20", confirmations=0)  # fmt: skip
        states = [d["state"] for d in _control(base, "webhooks/deliveries").json()["deliveries"]]
        assert states == ["pending", "lost"]  # refused 401, retried in an hour; never sent
        _control(base, "advance", seconds=3600)
        states = [d["state"] for d in _control(base, "webhooks/deliveries").json()["deliveries"]]
        assert states == ["delivered", "lost"]
        assert [s["genuine"] for s in seen] == [False, True]
        bad = _control(base, "webhooks/faults", kind="sideways")
        assert bad.status_code == 400


def test_destinations_are_loopback_only_and_can_be_removed() -> None:
    with serve(Sandbox()) as server:
        base = server.url
        far = _control(base, "webhooks", who=DEMO_API_KEY, url="https://example.com/hook",
                       key=KEY, secret=SECRET)  # fmt: skip
        assert far.status_code == 400
        assert "loopback only" in far.json()["error"]
        gone = _control(base, "webhooks", who=DEMO_API_KEY, url=None)
        assert gone.json()["url"] is None
