"""The sandbox's edge accepts what WhiteBIT accepts and rejects each tampering as WhiteBIT does."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest
from testkit.signer_by_hand import fresh_nonce, signed_request
from whitebit_sandbox import (
    DEMO_API_KEY,
    DEMO_API_SECRET,
    NO_LENDING_API_KEY,
    NO_LENDING_API_SECRET,
    Sandbox,
    SandboxConfig,
    SandboxTransport,
    default_config,
)

LIST = "/api/v4/main-account/smart-flex/investments"
pytestmark = pytest.mark.invalid_requests  # these tests send bad requests on purpose


def send(sandbox: Sandbox, request: httpx.Request) -> httpx.Response:
    with httpx.Client(transport=SandboxTransport(sandbox)) as http:
        return http.send(request)


def sign(path: str = LIST, **kwargs: Any) -> httpx.Request:
    return signed_request(path, key=DEMO_API_KEY, secret=DEMO_API_SECRET, **kwargs)


def test_hand_signed_request_is_accepted() -> None:
    response = send(Sandbox(), sign(fields={"limit": 10}))
    assert response.status_code == 200, response.text
    assert response.json() == {"data": [], "limit": 10, "offset": 0}


def _tamper_body(request: httpx.Request) -> httpx.Request:
    content = request.content.replace(b'"limit":10', b'"limit":11')
    return httpx.Request(request.method, request.url, headers=request.headers, content=content)


def _without(header: str) -> Callable[[httpx.Request], httpx.Request]:
    def tamper(request: httpx.Request) -> httpx.Request:
        headers = httpx.Headers(request.headers)
        del headers[header]
        return httpx.Request(request.method, request.url, headers=headers, content=request.content)

    return tamper


def _with_header(name: str, value: str) -> Callable[[httpx.Request], httpx.Request]:
    def tamper(request: httpx.Request) -> httpx.Request:
        headers = httpx.Headers(request.headers)
        headers[name] = value
        return httpx.Request(request.method, request.url, headers=headers, content=request.content)

    return tamper


@pytest.mark.parametrize(
    ("tamper", "status", "message"),
    [
        (_tamper_body, 400, "Invalid payload."),
        (_without("X-TXC-PAYLOAD"), 401, "Payload not provided."),
        (
            _without("X-TXC-APIKEY"),
            401,
            "This action is unauthorized. Enable your key in API settings",
        ),
        (_without("X-TXC-SIGNATURE"), 401, "Unauthorized request."),
        (_with_header("X-TXC-APIKEY", "unknown-key"), 401, "This action is unauthorized."),
        (_with_header("X-TXC-SIGNATURE", "00" * 64), 401, "Unauthorized request."),
    ],
    ids=["body-byte", "no-payload", "no-key", "no-signature", "wrong-key", "bad-signature"],
)
def test_tampering_is_rejected(
    tamper: Callable[[httpx.Request], httpx.Request], status: int, message: str
) -> None:
    response = send(Sandbox(), tamper(sign(fields={"limit": 10})))
    assert response.status_code == status
    assert response.json()["message"].startswith(message)


def test_wrong_secret_is_rejected() -> None:
    request = signed_request(LIST, key=DEMO_API_KEY, secret="not-the-secret")
    response = send(Sandbox(), request)
    assert (response.status_code, response.json()["message"]) == (401, "Unauthorized request.")


def test_spaced_json_is_invalid_payload() -> None:
    response = send(Sandbox(), sign(separators=(", ", ": ")))
    assert response.status_code == 400
    assert response.json() == {"code": 9, "message": "Invalid payload."}


def test_old_and_repeated_nonces_are_rejected() -> None:
    sandbox = Sandbox()
    nonce = fresh_nonce()
    assert send(sandbox, sign(nonce=nonce)).status_code == 200
    for stale in (nonce, nonce - 1):
        response = send(sandbox, sign(nonce=stale))
        assert (response.status_code, response.json()["message"]) == (401, "Too many requests.")
    assert send(sandbox, sign(nonce=nonce + 1)).status_code == 200


@pytest.mark.parametrize(
    ("kwargs", "status", "message"),
    [
        ({"drop": ("request",)}, 400, "Request not provided."),
        ({"drop": ("nonce",)}, 400, "Nonce not provided."),
        (
            {"request": "/api/v4/main-account/smart-flex/investments/history"},
            401,
            "Unauthorized request.",
        ),
        ({"nonceWindow": "yes"}, 400, "Invalid nonceWindow."),
        ({"body": b"[1,2]"}, 400, "Invalid payload."),
        ({"body": b"not json"}, 400, "Invalid payload."),
    ],
    ids=["no-request", "no-nonce", "request-not-path", "bad-window", "array-body", "not-json"],
)
def test_body_level_auth_errors(kwargs: dict[str, Any], status: int, message: str) -> None:
    response = send(Sandbox(), sign(**kwargs))
    assert (response.status_code, response.json()["message"]) == (status, message)


def test_nonce_window() -> None:
    now = 1_800_000_000.0
    sandbox = Sandbox(clock=lambda: now)
    now_ms = int(now * 1000)
    # Out of order within the window is fine (that is what the window is for) ...
    assert send(sandbox, sign(nonce=now_ms + 10, nonceWindow=True)).status_code == 200
    assert send(sandbox, sign(nonce=now_ms - 10, nonceWindow=True)).status_code == 200
    # ... but a reuse is not, and neither is a nonce outside ±5 s.
    reused = send(sandbox, sign(nonce=now_ms + 10, nonceWindow=True))
    assert (reused.status_code, reused.json()["message"]) == (401, "Too many requests.")
    for off in (-5_001, 5_001):
        late = send(sandbox, sign(nonce=now_ms + off, nonceWindow=True))
        assert late.status_code == 401
        assert late.json()["message"] == (
            "Your nonce is more than 5 seconds lesser than the current nonce"
        )


def test_key_without_lending_access_gets_403() -> None:
    request = signed_request(LIST, key=NO_LENDING_API_KEY, secret=NO_LENDING_API_SECRET)
    response = send(Sandbox(), request)
    assert response.status_code == 403
    assert response.json()["message"].startswith("You don't have permission to use this endpoint.")


def test_unknown_path_and_method() -> None:
    sandbox = Sandbox()
    assert send(sandbox, sign("/api/v4/main-account/nothing-here")).status_code == 404
    get = httpx.Request("GET", f"http://127.0.0.1{LIST}")
    assert send(sandbox, get).status_code == 405


def test_rate_limit_answers_429_with_retry_after() -> None:
    config = default_config()
    config.rate_limit, config.rate_window_s = 5, 60.0
    sandbox = Sandbox(config)
    statuses = [send(sandbox, sign()).status_code for _ in range(6)]
    assert statuses == [200] * 5 + [429]
    limited = send(sandbox, sign())
    assert int(limited.headers["Retry-After"]) >= 1


def test_spec_violations_are_400_with_field_errors() -> None:
    response = send(
        Sandbox(),
        sign(fields={"limit": "ten", "investmentStatus": 7, "ticker": 5}),
    )
    assert response.status_code == 400
    body = response.json()
    assert body["message"] == "Validation failed"
    assert body["errors"] == {
        "limit": ["The limit must be an integer."],
        "ticker": ["The ticker must be a string."],
        "investmentStatus": ["The selected investment status is invalid."],
    }


def test_required_fields_come_from_the_spec() -> None:
    response = send(Sandbox(), sign("/api/v4/main-account/smart-flex/investments/invest"))
    assert response.status_code == 400
    assert response.json()["errors"] == {
        "plan": ["The plan field is required."],
        "amount": ["The amount field is required."],
    }


def test_payload_that_is_not_base64() -> None:
    response = send(Sandbox(), _with_header("X-TXC-PAYLOAD", "%%%")(sign()))
    assert response.status_code == 400
    assert response.json()["code"] == 9


def test_state_is_per_instance() -> None:
    config = SandboxConfig(keys=default_config().keys)
    assert Sandbox(config).flex.plans == {}
    assert len(Sandbox().flex.plans) == 6
