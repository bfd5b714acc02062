"""What verifying a webhook delivery costs, against the least any receiver must do.

The floor per delivery is WhiteBIT's own recipe written plainly: base64 of the raw body and
its HMAC-SHA512 (``base64.b64encode`` + ``hmac.new``), nothing else. Measured over 10,000
distinct deliveries (each nonce greater than the last, as WhiteBIT sends them), in
interleaved rounds so that a slow spell on a shared machine lands on every figure alike:

- ``verify_delivery``: key, payload, constant-time signature, the body read, the nonce
  recorded in the store (the checks; goal <= 2x the floor);
- ``verify``: the same and the typed event (attrs model, ``Decimal`` amounts), for reference.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import statistics
import time
from collections.abc import Callable
from typing import Any

KEY = "bench-webhook-key"
SECRET = "bench-webhook-secret-0123456789abcdef"  # noqa: S105 (a bench value)
RECORD = {
    "address": "0x0964A6B8F794A4B8d61b62652dB27ddC9844FB4c", "amount": "250.000000",
    "createdAt": 1593437922, "currency": "Tether US", "description": None, "fee": "0",
    "memo": "", "method": 1, "network": "ERC20", "status": 3, "ticker": "USDT",
    "transactionHash": "3b49d7b8cf7a4d3c1234567890abcdef",
    "uniqueId": "5e112b38-9652-11ed-a1eb-0242ac120002",
}  # fmt: skip


def deliveries(count: int) -> list[tuple[dict[str, str], bytes]]:
    """Signed deliveries of ``deposit.processed``, nonces increasing."""
    made = []
    for i in range(count):
        body = {"method": "deposit.processed", "params": {**RECORD, "nonce": 1_700_000_000_000 + i},
                "id": f"3c0b7a5f-6d55-4b88-a4c3-{i:012d}"}  # fmt: skip
        raw = json.dumps(body, separators=(",", ":")).encode()
        payload = base64.b64encode(raw)
        headers = {
            "X-TXC-APIKEY": KEY,
            "X-TXC-PAYLOAD": payload.decode(),
            "X-TXC-SIGNATURE": hmac.new(SECRET.encode(), payload, hashlib.sha512).hexdigest(),
        }
        made.append((headers, raw))
    return made


def bench_webhooks(count: int = 10_000, reps: int = 5) -> dict[str, Any]:
    from whitebit_auth.webhooks import WebhookVerifier

    made = deliveries(count)
    secret = SECRET.encode()

    def floor() -> None:
        for _headers, body in made:
            hmac.new(secret, base64.b64encode(body), hashlib.sha512).hexdigest()

    def checks() -> None:
        verify = WebhookVerifier(KEY, SECRET).verify_delivery  # a fresh store: nonces anew
        for headers, body in made:
            verify(headers, body)

    def typed() -> None:
        verify = WebhookVerifier(KEY, SECRET).verify
        for headers, body in made:
            verify(headers, body)

    runs: dict[str, Callable[[], None]] = {"floor": floor, "checks": checks, "typed": typed}
    samples: dict[str, list[float]] = {name: [] for name in runs}
    for _ in range(reps):
        for name, run in runs.items():
            started = time.perf_counter()
            run()
            samples[name].append((time.perf_counter() - started) / count * 1e6)
    floor_us, checks_us, typed_us = (statistics.median(samples[k]) for k in runs)
    return {
        "deliveries": count,
        "floor_hmac_base64_us": floor_us,
        "verify_delivery_us": checks_us,
        "verify_delivery_ratio": checks_us / floor_us,
        "verify_us": typed_us,
        "verify_ratio": typed_us / floor_us,
    }


def rows(w: dict[str, Any]) -> list[tuple[str, str, str, str, str]]:
    """The lines ``make bench`` prints for these figures."""
    floor = f"{w['floor_hmac_base64_us']:.1f} (hmac+base64)"
    checks = f"webhook checks ({w['deliveries']:,} deliveries), us each"
    return [
        (checks, f"{w['verify_delivery_us']:.1f}", floor, f"{w['verify_delivery_ratio']:.2f}x",
         "<= 2x"),
        ("webhook checks + typed event, us each", f"{w['verify_us']:.1f}", floor,
         f"{w['verify_ratio']:.2f}x", "-"),
    ]  # fmt: skip
