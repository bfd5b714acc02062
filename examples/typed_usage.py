"""What a user's code sees, typed: one call (or a few) in every area of the client.

`make test` checks this file with `mypy --strict` (each `assert_type` is what a call returns)
and runs `tour()` against the sandbox. Run it yourself with `python examples/typed_usage.py`:
it starts a local sandbox and tours it; nothing reaches WhiteBIT.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from decimal import Decimal
from typing import Any, assert_type

from whitebit_auth import (
    InnerValidationError,
    OutcomeUnknownError,
    WhiteBitClient,
    create_client,
    paginate,
    utc_datetime,
)
from whitebit_main_api.api.codes import create_code, get_my_codes
from whitebit_main_api.api.credit_line import get_credit_line_info
from whitebit_main_api.api.crypto_lending_fixed import (
    create_fixed_investment,
    get_fixed_investments_history,
    get_fixed_plans,
)
from whitebit_main_api.api.crypto_lending_flex import (
    create_flex_investment,
    get_flex_investment_history,
    get_user_flex_investments,
)
from whitebit_main_api.api.deposit import get_deposit_address
from whitebit_main_api.api.fees import get_fees
from whitebit_main_api.api.jwt import get_web_socket_token
from whitebit_main_api.api.main_account import get_deposit_withdraw_history, get_main_balance
from whitebit_main_api.api.mining_pool import get_mining_accounts
from whitebit_main_api.api.sub_account import get_sub_account_balances, list_sub_accounts
from whitebit_main_api.api.sub_account_api_keys import list_sub_account_api_keys
from whitebit_main_api.api.transfer import transfer_between_balances
from whitebit_main_api.api.travel_rule import get_travel_rule_vasps
from whitebit_main_api.api.withdraw import create_withdraw
from whitebit_main_api.models import (
    CreateCodeBody,
    CreateCodeResponse201,
    CreateFixedInvestmentBody,
    CreateFixedInvestmentResponse201,
    CreateFlexInvestmentBody,
    CreateWithdrawBody,
    CreditLine,
    FeeInfo,
    FixedInvestmentStatus,
    FixedPlan,
    FlexInvestment,
    FlexInvestmentCreated,
    FlexInvestmentHistoryActionType,
    FlexInvestmentHistoryPage,
    FlexInvestmentStatus,
    GetCreditLineInfoBody,
    GetDepositAddressBody,
    GetDepositAddressResponse200,
    GetDepositWithdrawHistoryBody,
    GetDepositWithdrawHistoryResponse201,
    GetFeesBody,
    GetFixedInvestmentsHistoryBody,
    GetFixedInvestmentsHistoryResponse200,
    GetFixedPlansBody,
    GetFlexInvestmentHistoryBody,
    GetMainBalanceBody,
    GetMainBalanceResponse200,
    GetMiningAccountsBody,
    GetMiningAccountsResponse200,
    GetMyCodesBody,
    GetMyCodesResponse201,
    GetSubAccountBalancesBody,
    GetSubAccountBalancesResponse200,
    GetTravelRuleVaspsBody,
    GetTravelRuleVaspsResponse200,
    GetUserFlexInvestmentsBody,
    GetWebSocketTokenBody,
    GetWebSocketTokenResponse200,
    ListSubAccountApiKeysBody,
    ListSubAccountApiKeysResponse200,
    ListSubAccountsBody,
    ListSubAccountsResponse200,
    TransactionHistoryMethod,
    TransferBetweenBalancesBody,
    TransferBetweenBalancesBodyFrom,
    TransferBetweenBalancesBodyTo,
)

USDT_FLEX_PLAN = "8f2e9d3c-1a4b-4c2d-9e5f-6a7b8c9d0e1f"  # the reference's example plan


def balances(client: WhiteBitClient) -> Decimal:
    answer = get_main_balance.sync(client=client, body=GetMainBalanceBody(ticker="USDT"))
    assert_type(answer, GetMainBalanceResponse200)
    usdt = answer["USDT"].main_balance
    return usdt if isinstance(usdt, Decimal) else Decimal(0)


def move_money(client: WhiteBitClient) -> str:
    """A transfer and a withdrawal; amounts go out as exact decimal strings."""
    done = transfer_between_balances.sync(
        client=client,
        body=TransferBetweenBalancesBody(
            ticker="USDT",
            amount=Decimal("10.5"),
            from_=TransferBetweenBalancesBodyFrom.MAIN,
            to=TransferBetweenBalancesBodyTo.SPOT,
        ),
    )
    assert_type(done, list[Any])
    unique_id = "typed-usage-0001"
    body = CreateWithdrawBody(
        ticker="USDT",
        amount=Decimal("25"),
        address="0x0964A6B8F794A4B8d61b62652dB27ddC9844FB4c",
        network="ERC20",
        unique_id=unique_id,
    )
    try:
        create_withdraw.sync(client=client, body=body)
    except OutcomeUnknownError as unknown:
        # It may have run: sending it again unchanged is safe (a seen uniqueId is refused).
        print(f"outcome unknown, carried {unknown.idempotency_key}: {unknown.check}")
    return unique_id


def history(client: WhiteBitClient, unique_id: str) -> datetime:
    page = get_deposit_withdraw_history.sync(
        client=client, body=GetDepositWithdrawHistoryBody(unique_id=unique_id)
    )
    assert_type(page, GetDepositWithdrawHistoryResponse201)
    record = page.records[0]
    assert record.method is TransactionHistoryMethod.WITHDRAW
    # Times are Unix seconds (ints, as WhiteBIT sends them); utc_datetime makes them aware.
    return utc_datetime(record.created_at)


def deposit_and_fees(client: WhiteBitClient) -> tuple[str, list[FeeInfo]]:
    address = get_deposit_address.sync(
        client=client, body=GetDepositAddressBody(ticker="USDT", network="ERC20")
    )
    assert_type(address, GetDepositAddressResponse200)
    fees = get_fees.sync(client=client, body=GetFeesBody())
    assert_type(fees, list[FeeInfo])
    return str(address.account.address), fees


def codes(client: WhiteBitClient) -> str:
    made = create_code.sync(client=client, body=CreateCodeBody(ticker="USDT", amount=Decimal(5)))
    assert_type(made, CreateCodeResponse201)
    mine = get_my_codes.sync(client=client, body=GetMyCodesBody())
    assert_type(mine, GetMyCodesResponse201)
    return str(made.code)


def lending(client: WhiteBitClient) -> list[FlexInvestment]:
    plans = get_fixed_plans.sync(client=client, body=GetFixedPlansBody(ticker="USDT"))
    assert_type(plans, list[FixedPlan])
    made = create_fixed_investment.sync(
        client=client, body=CreateFixedInvestmentBody(plan_id=str(plans[0].id), amount=Decimal(100))
    )
    assert_type(made, CreateFixedInvestmentResponse201)
    fixed = get_fixed_investments_history.sync(client=client, body=GetFixedInvestmentsHistoryBody())
    assert_type(fixed, GetFixedInvestmentsHistoryResponse200)
    assert all(r.status is FixedInvestmentStatus.ACTIVE for r in fixed.records)

    created = create_flex_investment.sync(
        client=client,
        body=CreateFlexInvestmentBody(plan=USDT_FLEX_PLAN, amount=Decimal("100.5")),
    )
    assert_type(created, FlexInvestmentCreated)
    try:
        create_flex_investment.sync(
            client=client, body=CreateFlexInvestmentBody(plan=USDT_FLEX_PLAN, amount=Decimal(1))
        )
    except InnerValidationError as refused:  # below the plan's minimum: nothing moved
        print(f"refused, code {refused.code}: {refused.errors}")
    investments: Iterator[FlexInvestment] = paginate(
        get_user_flex_investments, client=client, body=GetUserFlexInvestmentsBody()
    )
    found = list(investments)
    assert all(i.status is FlexInvestmentStatus.ACTIVE for i in found)
    entries = get_flex_investment_history.sync(client=client, body=GetFlexInvestmentHistoryBody())
    assert_type(entries, FlexInvestmentHistoryPage)
    assert entries.data[0].action_type is FlexInvestmentHistoryActionType.INVEST
    return found


def sub_accounts(client: WhiteBitClient) -> GetSubAccountBalancesResponse200:
    listed = list_sub_accounts.sync(client=client, body=ListSubAccountsBody())
    assert_type(listed, ListSubAccountsResponse200)
    keys = list_sub_account_api_keys.sync(client=client, body=ListSubAccountApiKeysBody())
    assert_type(keys, ListSubAccountApiKeysResponse200)
    first = listed.data[0] if listed.data else None
    sub_id = str(first.id) if first is not None else ""
    return get_sub_account_balances.sync(client=client, body=GetSubAccountBalancesBody(id=sub_id))


def the_rest(client: WhiteBitClient) -> Decimal:
    """Mining pool, credit line, JWT and travel rule: one read each."""
    mining = get_mining_accounts.sync(client=client, body=GetMiningAccountsBody())
    assert_type(mining, GetMiningAccountsResponse200)
    loans = get_credit_line_info.sync(client=client, body=GetCreditLineInfoBody())
    assert_type(loans, CreditLine)
    assert_type(loans.amount, Decimal)
    token = get_web_socket_token.sync(client=client, body=GetWebSocketTokenBody())
    assert_type(token, GetWebSocketTokenResponse200)
    vasps = get_travel_rule_vasps.sync(client=client, body=GetTravelRuleVaspsBody())
    assert_type(vasps, GetTravelRuleVaspsResponse200)
    return loans.amount


def tour(client: WhiteBitClient) -> dict[str, object]:
    start = balances(client)
    unique_id = move_money(client)
    return {
        "start": start,
        "withdrawn_at": history(client, unique_id),
        "deposit_address": deposit_and_fees(client)[0],
        "code": codes(client),
        "flex_investments": len(lending(client)),
        "sub_account_balances": sub_accounts(client).additional_keys,
        "end": balances(client),
        "credit_line": the_rest(client),
    }


def main() -> None:
    from whitebit_sandbox import DEMO_API_KEY, DEMO_API_SECRET, serve

    with serve() as server:
        client = create_client(DEMO_API_KEY, DEMO_API_SECRET, base_url=server.url)
        with client:
            for name, value in tour(client).items():
                print(f"{name}: {value}")


if __name__ == "__main__":
    main()
