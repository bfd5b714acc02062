"""The whole Flex lifecycle: plans, withdraw, close, auto-reinvest, interest, payment history."""

from __future__ import annotations

from decimal import ROUND_DOWN, Decimal
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from testkit.signer_by_hand import signed_request
from testkit.spec_walk import spec_operations
from testkit.support import sandbox_client
from whitebit_auth import (
    OutcomeUnknownError,
    PermissionDeniedError,
    RetryPolicy,
    create_client,
    paginate,
)
from whitebit_main_api import Client
from whitebit_main_api.api.crypto_lending_flex import (
    close_flex_investment,
    create_flex_investment,
    get_flex_investment_history,
    get_flex_payment_history,
    get_flex_plans,
    get_user_flex_investments,
    update_flex_auto_reinvestment,
    withdraw_from_flex_investment,
)
from whitebit_main_api.models import (
    CloseFlexInvestmentBody,
    CreateFlexInvestmentBody,
    Error,
    ErrorInner,
    FlexClosure,
    FlexInvestmentStatus,
    FlexPlan,
    FlexWithdrawal,
    GetFlexInvestmentHistoryBody,
    GetFlexPaymentHistoryBody,
    GetFlexPlansBody,
    GetUserFlexInvestmentsBody,
    UpdateFlexAutoReinvestmentBody,
    WithdrawFromFlexInvestmentBody,
)
from whitebit_sandbox import (
    BTC_PLAN,
    CAPPED_PLAN,
    CLOSED_PLAN,
    DEMO_ACCOUNT,
    DEMO_API_KEY,
    DEMO_API_SECRET,
    NO_LENDING_API_KEY,
    NO_LENDING_API_SECRET,
    PAUSED_PLAN,
    PRIVATE_PLAN,
    USDT_PLAN,
    ActionType,
    Sandbox,
    SandboxTransport,
    default_config,
)

BASE = "/api/v4/main-account/smart-flex"
DAY = 86_400
START = 1_800_000_000.0  # a fixed sandbox clock start (not midnight)


def client_for(sandbox: Sandbox, **kw: Any) -> Client:
    return sandbox_client(sandbox, raw=True, **kw)


def fresh() -> tuple[Sandbox, Client]:
    """A sandbox at a fixed time whose demo account holds nothing but Flex can move: the
    seeded Fixed investment (which matures, with interest, within these tests' days) is left
    out."""
    config = default_config()
    config.fixed_investments = []
    sandbox = Sandbox(config, clock=lambda: START, check_answers=True)
    return sandbox, client_for(sandbox)


def usdt(sandbox: Sandbox) -> Decimal:
    return sandbox.balance(DEMO_API_KEY, "USDT")


def invest(client: Client, amount: str, plan: str = USDT_PLAN, reinvest: bool = False) -> Any:
    body = CreateFlexInvestmentBody(plan=plan, amount=Decimal(amount), with_reinvest=reinvest)
    return create_flex_investment.sync_detailed(client=client, body=body).parsed


def withdraw(client: Client, amount: str, plan: str = USDT_PLAN) -> Any:
    body = WithdrawFromFlexInvestmentBody(plan=plan, amount=Decimal(amount))
    return withdraw_from_flex_investment.sync_detailed(client=client, body=body).parsed


def close(client: Client, plan: str = USDT_PLAN) -> Any:
    body = CloseFlexInvestmentBody(plan=plan)
    return close_flex_investment.sync_detailed(client=client, body=body).parsed


def plan_list(client: Client, body: GetFlexPlansBody) -> list[FlexPlan]:
    plans = get_flex_plans.sync_detailed(client=client, body=body).parsed
    assert isinstance(plans, list), plans
    return plans


def field_errors(error: Any) -> dict[str, list[str]]:
    assert isinstance(error, Error | ErrorInner), error
    return dict(error.errors.additional_properties)  # type: ignore[union-attr]


# -- plans -------------------------------------------------------------------------------------


def test_plans_list_what_the_account_may_invest_in() -> None:
    _, client = fresh()
    plans = plan_list(client, GetFlexPlansBody())
    ids = {p.id for p in plans}
    assert {USDT_PLAN, BTC_PLAN, PAUSED_PLAN, CAPPED_PLAN} == ids  # not private, not unavailable
    assert PRIVATE_PLAN not in ids
    assert CLOSED_PLAN not in ids
    usdt_plan = next(p for p in plans if p.id == USDT_PLAN)
    assert isinstance(usdt_plan, FlexPlan)
    assert (usdt_plan.min_investment, usdt_plan.max_investment, usdt_plan.max_rate) == (
        Decimal("10"), Decimal("5000"), Decimal("0.12"),
    )  # fmt: skip
    assert [p.id for p in plan_list(client, GetFlexPlansBody(ticker="BTC"))] == [BTC_PLAN]


def test_private_plan_is_listed_for_its_key() -> None:
    sandbox, _ = fresh()
    plan = sandbox.flex.plans[PRIVATE_PLAN]
    plan.private_for = frozenset({DEMO_ACCOUNT})
    assert PRIVATE_PLAN in {p.id for p in plan_list(client_for(sandbox), GetFlexPlansBody())}


@pytest.mark.invalid_requests  # limit/offset out of the spec's range, on purpose
@pytest.mark.parametrize(
    ("body", "field", "message"),
    [
        (GetFlexPlansBody(limit=101), "limit", "The limit must not be greater than 100."),
        (GetFlexPlansBody(offset=-1), "offset", "The offset must be at least 0."),
        (GetFlexPlansBody(ticker="DOGE"), "ticker", "The selected ticker is invalid."),
    ],
)
def test_plans_validation(body: GetFlexPlansBody, field: str, message: str) -> None:
    _, client = fresh()
    answer = get_flex_plans.sync_detailed(client=client, body=body).parsed
    assert field_errors(answer) == {field: [message]}


def test_plans_paginate_as_a_bare_array() -> None:
    _, client = fresh()
    ids = [
        p.id for p in paginate(get_flex_plans, client=client, body=GetFlexPlansBody(), page_size=3)
    ]
    assert len(ids) == 4
    assert len(set(ids)) == 4


# -- withdraw and close ------------------------------------------------------------------------


def test_withdraw_part_then_close_returns_everything() -> None:
    sandbox, client = fresh()
    invest(client, "500.50")
    result = withdraw(client, "100.25")
    assert isinstance(result, FlexWithdrawal)
    assert usdt(sandbox) == Decimal("9599.75")
    page = get_user_flex_investments.sync(client=client, body=GetUserFlexInvestmentsBody())
    assert [i.invested for i in page.data] == [Decimal("400.25")]
    closed = close(client)
    assert isinstance(closed, FlexClosure)
    assert usdt(sandbox) == Decimal("10000")
    page = get_user_flex_investments.sync(client=client, body=GetUserFlexInvestmentsBody())
    assert [(i.status, i.invested) for i in page.data] == [
        (FlexInvestmentStatus.CLOSED, Decimal(0))
    ]
    actions = [h.action_type for h in sandbox.flex.history]
    assert actions == [
        ActionType.INVEST,
        ActionType.WITHDRAW_FROM_INVESTMENT,
        ActionType.CLOSE_INVESTMENT,
    ]
    assert len({h.transaction_id for h in sandbox.flex.history}) == 3


@pytest.mark.parametrize(
    ("setup", "amount", "field", "message"),
    [
        ("none", "10", "amount", "Investment does not exist"),
        ("closed", "10", "investment", "Cannot withdraw from closed investment"),
        ("open", "0", "amount", "Withdraw amount is too small"),
        ("open", "-1", "amount", "Withdraw amount is too small"),
        ("open", "100.01", "amount", "Withdraw amount exceeds total invested"),
        ("open", "95", "minAmountLeft", "Amount left < min investment"),
        ("open", "0.5", "amount", "Cannot withdraw amount < min possible"),
    ],
)
def test_withdraw_rejections(setup: str, amount: str, field: str, message: str) -> None:
    sandbox, client = fresh()
    if setup != "none":
        invest(client, "100")
    if setup == "closed":
        close(client)
    before = (usdt(sandbox), len(sandbox.flex.history))
    assert field_errors(withdraw(client, amount)) == {field: [message]}
    assert (usdt(sandbox), len(sandbox.flex.history)) == before


def test_withdraw_and_close_with_an_unknown_plan_are_400() -> None:
    _, client = fresh()
    assert field_errors(withdraw(client, "1", plan="nope")) == {
        "plan": ["The selected plan is invalid."]
    }
    assert field_errors(close(client, plan="nope")) == {"plan": ["The selected plan is invalid."]}


def test_close_rejections() -> None:
    _, client = fresh()
    assert field_errors(close(client)) == {"amount": ["Investment does not exist"]}
    invest(client, "10")
    close(client)
    assert field_errors(close(client)) == {"investment": ["Cannot withdraw from closed investment"]}


# -- auto-reinvest and interest ----------------------------------------------------------------


@pytest.mark.invalid_requests  # "enabled": "yes"
def test_auto_reinvest_toggle_and_rejections() -> None:
    sandbox, client = fresh()

    def toggle(client: Client, body: UpdateFlexAutoReinvestmentBody) -> Any:
        return update_flex_auto_reinvestment.sync_detailed(client=client, body=body).parsed

    missing = toggle(
        client=client, body=UpdateFlexAutoReinvestmentBody(plan=USDT_PLAN, enabled=True)
    )
    assert field_errors(missing) == {"plan": ["No existing investments for this plan"]}
    invest(client, "100")
    done = toggle(client=client, body=UpdateFlexAutoReinvestmentBody(plan=USDT_PLAN, enabled=True))
    assert done is not None
    assert done.to_dict() == {"data": []}
    assert next(iter(sandbox.flex.investments.values())).with_auto_reinvest is True
    # "enabled" must be a boolean: sent by hand, as the typed model would not allow it.
    request = signed_request(
        f"{BASE}/investments/auto-invest", {"plan": USDT_PLAN, "enabled": "yes"},
        key=DEMO_API_KEY, secret=DEMO_API_SECRET,
        nonce=sandbox.auth.nonces.last[DEMO_API_KEY] + 1,  # after the client's own nonces
    )  # fmt: skip
    with httpx.Client(transport=SandboxTransport(sandbox)) as http:
        response = http.send(request)
    assert response.status_code == 400
    assert response.json()["errors"] == {"enabled": ["The enabled field must be true or false."]}


def test_interest_accrues_daily_into_balance_or_investment() -> None:
    sandbox, client = fresh()
    invest(client, "1000")  # 12 % a year: 0.32876712 a day, truncated to 8 places
    invest(client, "0.5", plan=BTC_PLAN, reinvest=True)  # 3 % a year, reinvested
    sandbox.advance_days(2)
    payments = get_flex_payment_history.sync(client=client, body=GetFlexPaymentHistoryBody())
    amounts = sorted(str(p.amount) for p in payments.data or [])
    btc_day1 = (Decimal("0.5") * Decimal("0.03") / 365).quantize(Decimal("1e-8"), ROUND_DOWN)
    btc_day2 = ((Decimal("0.5") + btc_day1) * Decimal("0.03") / 365).quantize(
        Decimal("1e-8"), ROUND_DOWN
    )
    assert amounts == sorted(["0.32876712", "0.32876712", str(btc_day1), str(btc_day2)])
    assert {p.action_type for p in payments.data or []} == {4}
    assert usdt(sandbox) == Decimal(9000) + Decimal("0.65753424")
    btc_investment = next(i for i in sandbox.flex.investments.values() if i.currency == "BTC")
    assert sandbox.flex.invested(btc_investment) == Decimal("0.5") + btc_day1 + btc_day2
    reinvests = get_flex_investment_history.sync(
        client=client, body=GetFlexInvestmentHistoryBody(action_types=[2])
    )
    assert len(reinvests.data or []) == 2


def test_payment_history_filters() -> None:
    sandbox, client = fresh()
    invest(client, "1000")
    invest(client, "100", plan=CAPPED_PLAN)
    sandbox.advance_days(3)
    by_plan = get_flex_payment_history.sync(
        client=client, body=GetFlexPaymentHistoryBody(plan=CAPPED_PLAN)
    )
    assert len(by_plan.data) == 3
    bad = get_flex_payment_history.sync_detailed(
        client=client, body=GetFlexPaymentHistoryBody(transaction="x")
    ).parsed
    assert field_errors(bad) == {"transaction": ["The selected transaction is invalid."]}


# -- access, retries ---------------------------------------------------------------------------


LENDING = [op for op in spec_operations() if op.spec["tags"][0] == "Crypto Lending - Flex"]


@pytest.mark.parametrize("operation", LENDING, ids=lambda op: op.operation_id)
def test_key_without_lending_access_gets_403_everywhere(operation: Any) -> None:
    sandbox = Sandbox()
    client = create_client(
        NO_LENDING_API_KEY, NO_LENDING_API_SECRET, base_url="http://127.0.0.1",
        transport=SandboxTransport(sandbox), retry=None, rate_limit=None,
    )  # fmt: skip
    body = operation.body_class.from_dict(operation.request_example())
    with pytest.raises(PermissionDeniedError, match="permission"):
        operation.module.sync(client=client, body=body)


def test_new_operations_get_retries_and_outcome_unknown_automatically() -> None:
    sandbox, _ = fresh()
    client = client_for(sandbox, raise_errors=True, retry=RetryPolicy(base_delay_s=0.001))
    sandbox.faults.status(f"{BASE}/plans", 503, count=2)
    assert len(plan_list(client, GetFlexPlansBody())) == 4
    invest(client, "100")
    sandbox.faults.fail_after_processing(f"{BASE}/investments/withdraw")
    with pytest.raises(OutcomeUnknownError):
        withdraw(client, "10")
    withdrawals = [
        h for h in sandbox.flex.history if h.action_type is ActionType.WITHDRAW_FROM_INVESTMENT
    ]
    assert len(withdrawals) == 1  # executed once, never repeated


# -- the books always balance ------------------------------------------------------------------

steps = st.lists(
    st.one_of(
        st.tuples(
            st.just("invest"),
            st.sampled_from([USDT_PLAN, CAPPED_PLAN]),
            st.decimals(min_value=Decimal("5"), max_value=Decimal("1200"), places=2),
            st.booleans(),
        ),
        st.tuples(
            st.just("withdraw"),
            st.sampled_from([USDT_PLAN, CAPPED_PLAN]),
            st.decimals(min_value=Decimal("0"), max_value=Decimal("300"), places=2),
            st.none(),
        ),
        st.tuples(
            st.just("close"), st.sampled_from([USDT_PLAN, CAPPED_PLAN]), st.none(), st.none()
        ),
        st.tuples(
            st.just("reinvest"), st.sampled_from([USDT_PLAN, CAPPED_PLAN]), st.none(), st.booleans()
        ),
        st.tuples(st.just("days"), st.none(), st.integers(min_value=1, max_value=4), st.none()),
    ),
    max_size=14,
)


@pytest.mark.slow
@settings(max_examples=150, deadline=None)
@given(steps=steps)
def test_balances_always_add_up(steps: list[tuple[str, Any, Any, Any]]) -> None:
    """main + invested == start + interest, exactly, after any sequence of steps."""
    sandbox, client = fresh()
    start = usdt(sandbox)
    for kind, plan, amount, flag in steps:
        if kind == "invest":
            invest(client, str(amount), plan=plan, reinvest=bool(flag))
        elif kind == "withdraw":
            withdraw(client, str(amount), plan=plan)
        elif kind == "close":
            close(client, plan=plan)
        elif kind == "reinvest":
            body = UpdateFlexAutoReinvestmentBody(plan=plan, enabled=bool(flag))
            update_flex_auto_reinvestment.sync_detailed(client=client, body=body)
        else:
            sandbox.advance_days(amount)
    payments = [h for h in sandbox.flex.history if h.action_type is ActionType.DAILY_EARNING]
    interest = sum((h.amount for h in payments), Decimal(0))
    invested = sum(map(sandbox.flex.invested, sandbox.flex.investments.values()), Decimal(0))
    assert usdt(sandbox) + invested == start + interest
    assert usdt(sandbox) >= 0
    assert all(sandbox.flex.invested(i) >= 0 for i in sandbox.flex.investments.values())
    # What the API reports agrees with the ledger, to the last digit.
    page = get_user_flex_investments.sync(client=client, body=GetUserFlexInvestmentsBody())
    reported = sum((i.invested for i in page.data), Decimal(0))
    assert reported == invested
