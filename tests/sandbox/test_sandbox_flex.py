"""The three seed operations behave as their documents say, through the real client."""

from __future__ import annotations

import asyncio
import threading
from decimal import Decimal, InvalidOperation
from http import HTTPStatus
from typing import Any

import pytest
from testkit.support import sandbox_client
from whitebit_auth import create_client
from whitebit_auth._signing import compact_json
from whitebit_main_api import Client
from whitebit_main_api.api.crypto_lending_flex import (
    create_flex_investment,
    get_flex_investment_history,
    get_user_flex_investments,
)
from whitebit_main_api.models import (
    CreateFlexInvestmentBody,
    Error,
    ErrorInner,
    FlexInvestmentCreated,
    FlexInvestmentHistoryPage,
    FlexInvestmentsPage,
    GetFlexInvestmentHistoryBody,
    GetUserFlexInvestmentsBody,
    InvestmentStatus,
)
from whitebit_main_api.types import Response
from whitebit_sandbox import (
    BTC_PLAN,
    CAPPED_PLAN,
    CLOSED_PLAN,
    DEMO_ACCOUNT,
    DEMO_API_KEY,
    DEMO_API_SECRET,
    PAUSED_PLAN,
    PRIVATE_PLAN,
    USDT_PLAN,
    ActionType,
    Sandbox,
    default_config,
    serve,
)

USDT = "USDT"


def client_for(sandbox: Sandbox) -> Client:
    # These tests read the spec's error models: the raw answers.
    return sandbox_client(sandbox, raw=True)


def invest(client: Client, plan: str, amount: str, **kw: Any) -> Any:
    try:
        number = Decimal(amount)
    except InvalidOperation:
        # The client refuses a malformed amount ("ten") before sending; as raw bytes it
        # reaches the sandbox as it is, for the sandbox's own answer.
        data = {**CreateFlexInvestmentBody(plan=plan, amount=Decimal(0), **kw).to_dict()}
        data["amount"] = amount
        raw = client.get_httpx_client().post(
            "/api/v4/main-account/smart-flex/investments/invest",
            content=compact_json(data),
            headers={"Content-Type": "application/json"},
        )
        model = ErrorInner if raw.status_code == 422 else Error
        return Response(
            HTTPStatus(raw.status_code), raw.content, raw.headers, model.from_dict(raw.json())
        )
    body = CreateFlexInvestmentBody(plan=plan, amount=number, **kw)
    return create_flex_investment.sync_detailed(client=client, body=body)


def listing(client: Client, **kw: Any) -> FlexInvestmentsPage:
    page = get_user_flex_investments.sync(client=client, body=GetUserFlexInvestmentsBody(**kw))
    assert isinstance(page, FlexInvestmentsPage), page
    return page


def history(client: Client, **kw: Any) -> FlexInvestmentHistoryPage:
    page = get_flex_investment_history.sync(client=client, body=GetFlexInvestmentHistoryBody(**kw))
    assert isinstance(page, FlexInvestmentHistoryPage), page
    return page


def test_invest_moves_exact_decimal_amounts() -> None:
    sandbox = Sandbox()
    client = client_for(sandbox)
    r1 = invest(client, USDT_PLAN, "100.10")
    r2 = invest(client, USDT_PLAN, "10.20")
    assert r1.status_code == 201
    assert isinstance(r1.parsed, FlexInvestmentCreated)
    assert isinstance(r2.parsed, FlexInvestmentCreated)
    assert sandbox.balance(DEMO_API_KEY, USDT) == Decimal("9889.70")
    page = listing(client)
    assert [i.invested for i in page.data or []] == [Decimal("110.3")]  # one investment per plan
    txs = {r1.parsed.data.transaction_id, r2.parsed.data.transaction_id}
    assert len(txs) == 2
    entries = history(client).data or []
    assert {e.transaction_id for e in entries} == txs
    assert {e.action_type for e in entries} == {int(ActionType.INVEST)}


@pytest.mark.parametrize(
    ("plan", "amount", "status", "code", "field", "message"),
    [
        ("no-such-plan", "10", 400, 0, "plan", "The selected plan is invalid."),
        (USDT_PLAN, "ten", 400, 0, "amount", "The amount field must be a valid number"),
        (CLOSED_PLAN, "10", 422, 0, "plan", "Plan is unavailable"),
        (PAUSED_PLAN, "10", 422, 0, "plan", "Plan is paused"),
        (PRIVATE_PLAN, "10", 422, 0, "plan", "Private plan not available for this user"),
        (USDT_PLAN, "0", 422, 0, "amount", "Amount is too small"),
        (USDT_PLAN, "-5", 422, 0, "amount", "Amount is too small"),
        (USDT_PLAN, "9.99", 422, 2, "amount", "Amount is less than min investment"),
        (USDT_PLAN, "5000.01", 422, 3, "amount", "Amount is more than max investment"),
        (BTC_PLAN, "0.6", 422, 4, "amount", "Available 0.5 < 0.6"),
    ],
)
def test_invest_rejections(
    plan: str, amount: str, status: int, code: int, field: str, message: str
) -> None:
    config = default_config()
    config.balances[DEMO_ACCOUNT]["main"]["BTC"] = Decimal("0.5")  # below BTC_PLAN's maximum
    sandbox = Sandbox(config, check_answers=True)
    client = client_for(sandbox)
    response = invest(client, plan, amount)
    assert int(response.status_code) == status
    error = response.parsed
    assert isinstance(error, ErrorInner if status == 422 else Error)
    assert error.code == code
    assert error.errors.additional_properties == {field: [message]}  # type: ignore[union-attr]
    assert sandbox.flex.investments == {}  # nothing moved
    assert sandbox.balance(DEMO_API_KEY, USDT) == Decimal(10000)


def test_cumulative_cap() -> None:
    client = client_for(Sandbox())
    assert invest(client, CAPPED_PLAN, "1000").status_code == 201
    assert invest(client, CAPPED_PLAN, "500").status_code == 201
    over = invest(client, CAPPED_PLAN, "10")
    assert over.status_code == 422
    assert isinstance(over.parsed, ErrorInner)
    assert over.parsed.errors.additional_properties == {"amount": ["Investment limit is exceeded"]}  # type: ignore[union-attr]


def test_listing_filters_and_pagination() -> None:
    sandbox = Sandbox()
    client = client_for(sandbox)
    invest(client, USDT_PLAN, "10", with_reinvest=True)
    invest(client, BTC_PLAN, "0.01")
    assert listing(client).limit == 100  # documented default
    assert listing(client).offset == 0
    assert [i.currency for i in listing(client, ticker="BTC").data or []] == ["BTC"]
    assert [i.plan_id for i in listing(client, plan=USDT_PLAN).data or []] == [USDT_PLAN]
    first = (listing(client).data or [])[0]
    assert [i.id for i in listing(client, investment=first.id).data or []] == [first.id]
    assert len(listing(client, investment_status=InvestmentStatus.ACTIVE).data or []) == 2
    assert listing(client, investment_status=InvestmentStatus.CLOSED).data == []
    assert [i.currency for i in listing(client, limit=1, offset=1).data or []] == ["BTC"]
    assert first.with_auto_reinvest is True
    for body, field in (
        (GetUserFlexInvestmentsBody(ticker="DOGE"), "ticker"),
        (GetUserFlexInvestmentsBody(plan="nope"), "plan"),
        (GetUserFlexInvestmentsBody(investment="inv_nope"), "investment"),
    ):
        response = get_user_flex_investments.sync_detailed(client=client, body=body).parsed
        assert isinstance(response, Error)
        assert field in response.errors.additional_properties  # type: ignore[union-attr]


def test_history_filters() -> None:
    now = [1_800_000_000.0]
    sandbox = Sandbox(clock=lambda: now[0])
    client = client_for(sandbox)
    invest(client, USDT_PLAN, "10")
    now[0] += 100
    invest(client, BTC_PLAN, "0.01")
    everything = history(client)
    assert everything.limit == 50  # documented default
    entries = everything.data or []
    assert len(entries) == 2
    assert [e.currency for e in history(client, plan=BTC_PLAN).data or []] == ["BTC"]
    tx = entries[0].transaction_id
    assert [e.transaction_id for e in history(client, transaction=tx).data or []] == [tx]
    assert len(history(client, date_from=1_800_000_050).data or []) == 1
    assert len(history(client, date_to=1_800_000_050).data or []) == 1
    assert len(history(client, action_types=[1]).data or []) == 2
    assert history(client, action_types=[4]).data == []
    bad = get_flex_investment_history.sync_detailed(
        client=client, body=GetFlexInvestmentHistoryBody(action_types=[1, 9])
    ).parsed
    assert isinstance(bad, Error)
    assert bad.errors.additional_properties == {  # type: ignore[union-attr]
        "actionTypes.1": ["The selected action type is invalid."]
    }


def test_async_client_against_in_process_sandbox() -> None:
    sandbox = Sandbox()
    client = client_for(sandbox)

    async def run() -> None:
        body = CreateFlexInvestmentBody(plan=USDT_PLAN, amount=Decimal("10"))
        created = await create_flex_investment.asyncio(client=client, body=body)
        assert isinstance(created, FlexInvestmentCreated)
        page = await get_user_flex_investments.asyncio(
            client=client, body=GetUserFlexInvestmentsBody()
        )
        assert isinstance(page, FlexInvestmentsPage)
        assert [i.invested for i in page.data or []] == [Decimal("10")]

    asyncio.run(run())


def test_concurrent_sessions_keep_balances_exact() -> None:
    sandbox = Sandbox()
    sandbox.limiter = None
    with serve(sandbox) as server:

        def session(results: list[int]) -> None:
            client = create_client(
                DEMO_API_KEY, DEMO_API_SECRET, base_url=server.url, nonce_window=True,
                rate_limit=None,
            )  # fmt: skip
            with client:
                for _ in range(25):
                    r = invest(client, USDT_PLAN, "10.01")
                    results.append(int(r.status_code))

        results: list[list[int]] = [[] for _ in range(8)]
        threads = [threading.Thread(target=session, args=(r,)) for r in results]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    statuses = [s for r in results for s in r]
    assert statuses.count(201) == 200
    invested = sum(map(sandbox.flex.invested, sandbox.flex.investments.values()), Decimal(0))
    assert invested == Decimal("2002.00")
    assert sandbox.balance(DEMO_API_KEY, USDT) == Decimal("7998.00")
    assert len(sandbox.flex.history) == 200


def test_fixture_for_users(whitebit_sandbox_client: Client, whitebit_sandbox: Sandbox) -> None:
    assert invest(whitebit_sandbox_client, USDT_PLAN, "15").status_code == 201
    assert whitebit_sandbox.balance(DEMO_API_KEY, USDT) == Decimal("9985")


def test_in_process_and_http_share_one_implementation() -> None:
    sandbox = Sandbox()
    invest(client_for(sandbox), USDT_PLAN, "10")
    with serve(sandbox) as server:
        over_http = create_client(DEMO_API_KEY, DEMO_API_SECRET, base_url=server.url)
        with over_http:
            assert [i.invested for i in listing(over_http).data or []] == [Decimal("10")]
