"""Webhook deliveries built and checked by hand, from the facts alone (base64 + HMAC-SHA512),
with no project code: what a partner's own receiver would do."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from typing import Any

WEBHOOK_KEY = "webhook-public-key"
WEBHOOK_SECRET = "webhook-secret-0123456789"  # a test value, not a real one

DEPOSIT = {
    "address": "0x0964A6B8F794A4B8d61b62652dB27ddC9844FB4c",
    "amount": "250.000000",
    "createdAt": 1593437922,
    "currency": "Tether US",
    "description": None,
    "fee": "0",
    "memo": "",
    "method": 1,
    "network": "ERC20",
    "status": 3,
    "ticker": "USDT",
    "transactionHash": "3b49d7b8cf7a4d3c",
    "uniqueId": "5e112b38-9652-11ed-a1eb-0242ac120002",
}


def delivery_body(method: str, params: dict[str, Any], nonce: int, id: str = "d-1") -> bytes:
    body = {"method": method, "params": {**params, "nonce": nonce}, "id": id}
    return json.dumps(body, separators=(",", ":")).encode()


def signed_headers(
    body: bytes, key: str = WEBHOOK_KEY, secret: str = WEBHOOK_SECRET
) -> dict[str, str]:
    payload = base64.b64encode(body)
    signature = hmac.new(secret.encode(), payload, hashlib.sha512).hexdigest()
    return {
        "Content-Type": "application/json",
        "X-TXC-APIKEY": key,
        "X-TXC-PAYLOAD": payload.decode(),
        "X-TXC-SIGNATURE": signature,
    }


def verifies_by_hand(headers: dict[str, str], body: bytes, secret: str) -> bool:
    """WhiteBIT's own recipe: base64 the raw body, compare; HMAC the payload, compare."""
    payload = base64.b64encode(body).decode()
    if headers.get("X-TXC-PAYLOAD") != payload:
        return False
    expected = hmac.new(secret.encode(), payload.encode(), hashlib.sha512).hexdigest()
    return hmac.compare_digest(expected, headers.get("X-TXC-SIGNATURE", ""))
