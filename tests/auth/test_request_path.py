"""The one request path (URL merged once per path, body checked and serialised once, each
attempt signed and sent straight to the transport) keeps every behaviour of httpx's own way
that a call relies on: cookies, headers, hooks, base URL changes, bounded caches."""

from __future__ import annotations

import asyncio
import json
import re
from decimal import Decimal
from typing import Any

import httpx
import pytest
from testkit.verifier import verify
from whitebit_auth import OutcomeUnknownError, RequestBodyError, TransportError, create_client
from whitebit_main_api.api.crypto_lending_flex import create_flex_investment, get_flex_plans
from whitebit_main_api.models import CreateFlexInvestmentBody, GetFlexPlansBody

KEY, SECRET = "test-key", "test-secret-0123456789"
PLANS = "/api/v4/main-account/smart-flex/plans"


class Seen:
    def __init__(self, answer: httpx.Response | None = None) -> None:
        self.requests: list[httpx.Request] = []
        self.answer = answer

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        verify(request, KEY, SECRET)  # signed exactly as WhiteBIT checks it
        return self.answer or httpx.Response(200, json=[])


def client_with(seen: Seen, **options: Any) -> Any:
    transport = httpx.MockTransport(seen)
    return create_client(
        KEY,
        SECRET,
        base_url="https://whitebit.com",
        transport=transport,
        async_transport=transport,
        rate_limit=None,
        **options,
    )


def test_a_cookie_the_server_sets_goes_back_with_the_next_call() -> None:
    seen = Seen(httpx.Response(200, json=[], headers={"Set-Cookie": "__cf_bm=abc; Path=/"}))
    client = client_with(seen)
    get_flex_plans.sync(client=client, body=GetFlexPlansBody())
    get_flex_plans.sync(client=client, body=GetFlexPlansBody())
    assert "cookie" not in seen.requests[0].headers
    assert seen.requests[1].headers["cookie"] == "__cf_bm=abc"


def test_changed_client_headers_and_base_url_are_used_at_once() -> None:
    seen = Seen()
    client = client_with(seen)
    http = client.get_httpx_client()
    get_flex_plans.sync(client=client, body=GetFlexPlansBody())
    http.headers["X-Trace"] = "t-1"
    get_flex_plans.sync(client=client, body=GetFlexPlansBody())
    http.base_url = "https://whitebit.eu"
    get_flex_plans.sync(client=client, body=GetFlexPlansBody())
    assert "x-trace" not in seen.requests[0].headers
    assert seen.requests[1].headers["x-trace"] == "t-1"
    assert [str(r.url) for r in seen.requests] == [
        f"https://whitebit.com{PLANS}",
        f"https://whitebit.com{PLANS}",
        f"https://whitebit.eu{PLANS}",
    ]
    assert all(r.headers["host"] == r.url.netloc.decode() for r in seen.requests)


def test_event_hooks_are_called_on_the_one_path_and_it_still_signs() -> None:
    seen = Seen()
    calls: list[str] = []
    hooks = {"request": [lambda r: calls.append(r.url.path)], "response": []}
    client = client_with(seen, httpx_args={"event_hooks": hooks})
    get_flex_plans.sync(client=client, body=GetFlexPlansBody())
    assert calls == [PLANS]
    assert len(seen.requests) == 1  # verified as signed in Seen


def test_each_attempt_is_signed_afresh_from_the_body_checked_once() -> None:
    answers = iter(
        [httpx.Response(429, headers={"Retry-After": "0"}), httpx.Response(200, json=[])]
    )
    seen: list[tuple[bytes, str]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append((request.content, request.headers["x-txc-signature"]))
        verify(request, KEY, SECRET)
        return next(answers)

    from whitebit_auth import RetryPolicy

    transport = httpx.MockTransport(handler)
    client = create_client(
        KEY, SECRET, transport=transport, rate_limit=None, retry=RetryPolicy.no_wait()
    )
    get_flex_plans.sync(client=client, body=GetFlexPlansBody(ticker="USDT"))
    (first, first_signature), (second, second_signature) = seen
    assert first_signature != second_signature
    assert json.loads(first)["nonce"] < json.loads(second)["nonce"]
    assert {k: v for k, v in json.loads(first).items() if k != "nonce"} == {
        k: v for k, v in json.loads(second).items() if k != "nonce"
    }


def test_a_float_in_a_body_is_refused_before_anything_is_sent() -> None:
    seen = Seen()
    client = client_with(seen)
    with pytest.raises(RequestBodyError, match="'amount' is a float"):
        client.get_httpx_client().post(PLANS, json={"amount": 1.5})
    assert seen.requests == []


def test_a_transport_error_names_its_request_and_elapsed_is_set() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused")

    client = create_client(
        KEY, SECRET, transport=httpx.MockTransport(refuse), rate_limit=None, retry=None
    )
    with pytest.raises(TransportError) as caught:
        get_flex_plans.sync(client=client, body=GetFlexPlansBody())
    cause = caught.value.__cause__
    assert isinstance(cause, httpx.ConnectError)
    assert cause.request.url.path == PLANS
    seen = Seen()
    response = client_with(seen).get_httpx_client().post(PLANS, json={})
    assert response.elapsed.total_seconds() >= 0


def test_a_money_move_that_may_have_run_is_not_sent_again() -> None:
    sent: list[httpx.Request] = []

    def drop(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        raise httpx.ReadError("connection reset")

    client = create_client(KEY, SECRET, transport=httpx.MockTransport(drop), rate_limit=None)
    body = CreateFlexInvestmentBody(plan="p", amount=Decimal("10"))
    with pytest.raises(OutcomeUnknownError):
        create_flex_investment.sync(client=client, body=body)
    assert len(sent) == 1


def test_the_async_path_signs_and_keeps_cookies_too() -> None:
    seen = Seen(httpx.Response(200, json=[], headers={"Set-Cookie": "s=1; Path=/"}))
    client = client_with(seen)

    async def twice() -> None:
        for _ in range(2):
            await get_flex_plans.asyncio(client=client, body=GetFlexPlansBody())

    asyncio.run(twice())
    assert seen.requests[1].headers["cookie"] == "s=1"


def test_the_caches_are_bounded() -> None:
    seen = Seen()
    client = client_with(seen)
    http = client.get_httpx_client()
    for n in range(1500):
        http.post(f"/api/v4/x{n}", json={})
    assert len(http.builder._targets) <= 1024
    assert len(http.builder._templates) <= 1024


def test_a_float_deep_in_a_body_or_a_float_subclass_is_refused() -> None:
    class Float(float):
        pass

    http = client_with(Seen()).get_httpx_client()
    for body, where in (
        ({"beneficiary": {"address": {"zip": 1.0}}}, "beneficiary.address.zip"),
        ({"items": [{"amount": Float(2.5)}]}, "items[0].amount"),
    ):
        with pytest.raises(RequestBodyError, match=re.escape(f"'{where}' is a float")):
            http.post(PLANS, json=body)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-32"])
def test_answers_in_any_json_encoding_are_read_as_json_loads_reads_them(encoding: str) -> None:
    # UTF-8 is read directly; the others as json.loads tells them by their first bytes.
    # An answer that could not be read as JSON would raise MalformedResponseError.
    plans: list[Any] = []
    answer = httpx.Response(
        200,
        content=json.dumps(plans).encode(encoding),
        headers={"Content-Type": "application/json"},
    )
    seen = Seen(answer)
    response = get_flex_plans.sync_detailed(client=client_with(seen), body=GetFlexPlansBody())
    assert response.status_code == 200
    assert response.parsed == []
