"""The ASGI and WSGI webhook endpoints: 200 once handled, the refusal's own status when a
check fails, 500 when the handler fails (so WhiteBIT delivers again), the domain check."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest
from testkit.deliveries import DEPOSIT, WEBHOOK_KEY, WEBHOOK_SECRET, delivery_body, signed_headers
from whitebit_auth.webhooks import WebhookASGIApp, WebhookVerifier, WebhookWSGIApp
from whitebit_webhooks.events import Event

URL = "http://receiver.local/webhooks/whitebit"
Request = tuple[str, str, dict[str, str], bytes]


class Recorder:
    def __init__(self, fail: bool = False) -> None:
        self.events: list[Event] = []
        self.fail = fail

    def __call__(self, event: Event) -> None:
        if self.fail:
            raise RuntimeError("the ledger is down")
        self.events.append(event)


def _exchange(
    kind: str, handler: Any, requests: list[tuple[str, str, dict[str, str], bytes]]
) -> list[httpx.Response]:
    verifier = WebhookVerifier(WEBHOOK_KEY, WEBHOOK_SECRET)
    if kind == "wsgi":
        with httpx.Client(
            transport=httpx.WSGITransport(app=WebhookWSGIApp(verifier, handler))
        ) as client:
            return [client.request(m, u, headers=h, content=b) for m, u, h, b in requests]

    async def run() -> list[httpx.Response]:
        app = WebhookASGIApp(verifier, handler)
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app)) as client:
            return [await client.request(m, u, headers=h, content=b) for m, u, h, b in requests]

    return asyncio.run(run())


def _post(nonce: int, **changes: Any) -> tuple[str, str, dict[str, str], bytes]:
    body = delivery_body("deposit.processed", DEPOSIT, nonce)
    headers = signed_headers(body, **changes)
    return "POST", URL, headers, body


@pytest.mark.parametrize("kind", ["asgi", "wsgi"])
def test_deliveries_are_handled_once_and_refusals_answered_by_their_status(kind: str) -> None:
    handler = Recorder()
    first = _post(1)
    answers = _exchange(kind, handler, [
        first,
        first,  # replay
        _post(2, secret="forged"),
        ("POST", URL, first[2], first[3] + b" "),  # tampered
        _post(3, key="other"),
        _post(4),
    ])  # fmt: skip
    assert [a.status_code for a in answers] == [200, 409, 401, 400, 401, 200]
    assert [e.params.to_dict()["nonce"] for e in handler.events] == [1, 4]
    assert answers[1].json() == {"error": "nonce"}


@pytest.mark.parametrize("kind", ["asgi", "wsgi"])
def test_a_failing_handler_answers_500_so_whitebit_delivers_again(kind: str) -> None:
    (answer,) = _exchange(kind, Recorder(fail=True), [_post(1)])
    assert answer.status_code == 500


@pytest.mark.parametrize("kind", ["asgi", "wsgi"])
def test_the_domain_check_and_other_methods(kind: str) -> None:
    verification: Request = ("GET", "http://receiver.local/whiteBIT-verification", {}, b"")
    other: Request = ("PUT", URL, {}, b"")
    found, refused = _exchange(kind, Recorder(), [verification, other])
    assert (found.status_code, found.json()) == (200, [WEBHOOK_KEY])
    assert (refused.status_code, refused.headers["allow"]) == (405, "POST")


def test_an_async_handler_is_awaited() -> None:
    seen: list[Event] = []

    async def handler(event: Event) -> None:
        await asyncio.sleep(0)
        seen.append(event)

    (answer,) = _exchange("asgi", handler, [_post(9)])
    assert answer.status_code == 200
    assert [e.id for e in seen] == ["d-1"]
