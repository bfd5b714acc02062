"""The sandbox server is sturdy and faithful: one write per answer, timeouts, a bound on
connections, a 400 for what it cannot parse, IPv6 loopback, ccxt's nonces, bounded memory."""

from __future__ import annotations

import base64
import contextlib
import hashlib
import hmac
import json
import socket
import subprocess
import sys
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from testkit.signer_by_hand import fresh_nonce, signed_request
from testkit.support import INVEST, LIST
from whitebit_sandbox import DEMO_API_KEY, DEMO_API_SECRET, Sandbox, SandboxHTTPServer, serve
from whitebit_sandbox import _server as server_module

pytestmark = pytest.mark.invalid_requests  # some of these send broken requests on purpose


def _raw_request(path: str, body: bytes, headers: dict[str, str]) -> bytes:
    lines = [f"POST {path} HTTP/1.1", "Host: 127.0.0.1", *[f"{k}: {v}" for k, v in headers.items()]]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body


def _signed_bytes(path: str = LIST, **fields: Any) -> bytes:
    request = signed_request(path, fields, key=DEMO_API_KEY, secret=DEMO_API_SECRET)
    headers = dict(request.headers)
    headers["Content-Length"] = str(len(request.content))
    return _raw_request(path, request.content, headers)


def _address(server: SandboxHTTPServer) -> tuple[str, int]:
    host, port = server.server_address[:2]
    return str(host), int(port)


def _exchange(server: SandboxHTTPServer, data: bytes) -> bytes:
    """Send raw bytes; everything the server answers until it closes (or 2 s pass)."""
    with socket.create_connection(_address(server), timeout=2) as conn:
        conn.sendall(data)
        with contextlib.suppress(OSError):  # the server may already have hung up
            conn.shutdown(socket.SHUT_WR)
        chunks = []
        while chunk := conn.recv(65536):
            chunks.append(chunk)
    return b"".join(chunks)


def _status_and_json(answer: bytes) -> tuple[int, Any]:
    head, _, body = answer.partition(b"\r\n\r\n")
    return int(head.split()[1]), json.loads(body)


@pytest.fixture
def server() -> Iterator[SandboxHTTPServer]:
    with serve(Sandbox()) as running:
        yield running


def test_an_answer_goes_out_in_one_write_with_nodelay(
    server: SandboxHTTPServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    nodelay: list[int] = []
    original = server_module._Handler.setup

    def spy(handler: Any) -> None:
        original(handler)
        nodelay.append(handler.request.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))

    monkeypatch.setattr(server_module._Handler, "setup", spy)
    with socket.create_connection(_address(server), timeout=2) as conn:
        conn.sendall(_signed_bytes())
        first = conn.recv(65536)  # one segment: headers and body together
    head, _, body = first.partition(b"\r\n\r\n")
    length = int(next(v for k, v in (line.split(b": ", 1) for line in head.split(b"\r\n")[1:])
                      if k.lower() == b"content-length"))  # fmt: skip
    assert head.startswith(b"HTTP/1.1 200")
    assert len(body) == length
    assert nodelay == [1]


@pytest.mark.parametrize(
    ("headers", "body", "status", "message"),
    [
        ({"Content-Length": "abc"}, b"", 400, "Invalid Content-Length."),
        ({"Content-Length": "-5"}, b"", 400, "Invalid Content-Length."),
        ({"Content-Length": str(1 << 21)}, b"", 413, "Payload too large."),
        ({"Content-Length": "2", "X-TXC-APIKEY": "kéy", "X-TXC-PAYLOAD": "e30="}, b"{}", 401,
         "This action is unauthorized. Enable your key in API settings"),
        ({"Content-Length": "2", "X-TXC-APIKEY": DEMO_API_KEY, "X-TXC-PAYLOAD": "é"}, b"{}", 400,
         "Invalid payload."),
    ],
    ids=["bad-length", "negative-length", "too-large", "non-ascii-key", "non-ascii-payload"],
)  # fmt: skip
def test_unparseable_requests_get_a_400_in_whitebits_shape(
    server: SandboxHTTPServer, headers: dict[str, str], body: bytes, status: int, message: str
) -> None:
    answer = _exchange(server, _raw_request(LIST, body, headers))
    assert _status_and_json(answer) == (status, {"code": answer_code(message), "message": message})


def answer_code(message: str) -> int:
    return 9 if message == "Invalid payload." else 0


def test_json_nested_5000_deep_is_an_invalid_payload(server: SandboxHTTPServer) -> None:
    nonce = fresh_nonce()
    head = json.dumps({"request": LIST, "nonce": nonce}, separators=(",", ":"))[:-1]
    raw = head + ',"x":' + "[" * 5000 + "]" * 5000 + "}"
    payload = base64.b64encode(raw.encode()).decode()
    signature = hmac.new(DEMO_API_SECRET.encode(), payload.encode(), hashlib.sha512).hexdigest()
    headers = {
        "Content-Type": "application/json",
        "Content-Length": str(len(raw)),
        "X-TXC-APIKEY": DEMO_API_KEY,
        "X-TXC-PAYLOAD": payload,
        "X-TXC-SIGNATURE": signature,
    }
    answer = _exchange(server, _raw_request(LIST, raw.encode(), headers))
    assert _status_and_json(answer) == (400, {"code": 9, "message": "Invalid payload."})


def test_idle_connections_are_closed_and_connections_are_bounded(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(server_module._Handler, "timeout", 0.3)
    sandbox = Sandbox()
    running = SandboxHTTPServer(sandbox, max_connections=2)
    import threading

    thread = threading.Thread(target=running.serve_forever, kwargs={"poll_interval": 0.02})
    thread.start()
    try:
        address = _address(running)
        idle = [socket.create_connection(address, timeout=3) for _ in range(2)]
        # Both slots are taken by idle connections: a third is answered 503 and closed at once.
        with socket.create_connection(address, timeout=3) as third:
            answer = b"".join(iter(lambda: third.recv(65536), b""))
        assert _status_and_json(answer) == (503, {"code": 0, "message": "Too many connections."})
        for conn in idle:  # the idle ones are closed by the server's timeout ...
            assert conn.recv(1) == b""
            conn.close()
        # ... which frees their slots.
        assert _status_and_json(_exchange(running, _signed_bytes()))[0] == 200
    finally:
        running.shutdown()
        running.server_close()
        thread.join()


def _has_ipv6_loopback() -> bool:
    try:
        with socket.socket(socket.AF_INET6, socket.SOCK_STREAM) as probe:
            probe.bind(("::1", 0))
    except OSError:
        return False
    return True


@pytest.mark.skipif(not _has_ipv6_loopback(), reason="this machine has no IPv6 loopback")
def test_the_cli_serves_on_ipv6_loopback() -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "whitebit_sandbox", "--host", "::1", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        url = proc.stdout.readline().strip().rsplit(" ", 1)[-1]
        assert url.startswith("http://[::1]:")
        port = int(url.rsplit(":", 1)[1])
        with socket.create_connection(("::1", port), timeout=3) as conn:
            conn.sendall(_signed_bytes())
            assert conn.recv(65536).startswith(b"HTTP/1.1 200")
    finally:
        proc.terminate()
        proc.wait(timeout=5)


def test_ccxt_style_nonces_are_accepted(server: SandboxHTTPServer) -> None:
    # ccxt sends the nonce as a JSON string of digits, with "nonceWindow": false.
    request = signed_request(
        LIST, key=DEMO_API_KEY, secret=DEMO_API_SECRET, nonce=str(fresh_nonce()), nonceWindow=False
    )
    headers = dict(request.headers) | {"Content-Length": str(len(request.content))}
    answer = _exchange(server, _raw_request(LIST, request.content, headers))
    assert answer.startswith(b"HTTP/1.1 200")


@pytest.mark.parametrize(
    ("nonce", "body"),
    [
        ("12a", {"code": 0, "message": "Validation failed",
                 "errors": {"nonce": ["The nonce must be an integer."]}}),
        (1.5, {"code": 0, "message": "Validation failed",
               "errors": {"nonce": ["The nonce must be an integer."]}}),
        (None, {"code": 0, "message": "Nonce not provided."}),
    ],
)  # fmt: skip
def test_nonce_not_provided_only_when_it_is_missing(
    server: SandboxHTTPServer, nonce: Any, body: dict[str, Any]
) -> None:
    request = signed_request(LIST, key=DEMO_API_KEY, secret=DEMO_API_SECRET, nonce=nonce)
    if nonce is None:
        request = signed_request(LIST, key=DEMO_API_KEY, secret=DEMO_API_SECRET, drop=("nonce",))
    headers = dict(request.headers) | {"Content-Length": str(len(request.content))}
    answer = _exchange(server, _raw_request(LIST, request.content, headers))
    assert _status_and_json(answer) == (400, body)


def test_made_up_keys_leave_no_state_behind() -> None:
    sandbox = Sandbox()
    for _ in range(20_000):
        reply = sandbox.handle("POST", INVEST, {"X-TXC-APIKEY": uuid.uuid4().hex}, b"{}")
        assert reply.status == 401
    assert sandbox.limiter is not None
    assert len(sandbox.limiter._hits) == 0
