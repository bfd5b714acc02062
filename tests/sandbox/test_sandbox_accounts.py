"""The sandbox's Fixed lending and sub-accounts (with their API keys), as the facts say."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from testkit.support import Api, sandbox_client
from whitebit_auth import AuthenticationError
from whitebit_main_api.api.main_account import get_main_balance
from whitebit_main_api.models import GetMainBalanceBody
from whitebit_sandbox import (
    DEMO_API_KEY,
    FIXED_BTC_INTEREST_PLAN,
    FIXED_INVESTMENT,
    FIXED_PAUSED_PLAN,
    FIXED_PLAN,
    FIXED_SOLD_OUT_PLAN,
    NO_LENDING_API_KEY,
    NO_LENDING_API_SECRET,
    OTHER_API_KEY,
    OTHER_API_SECRET,
    SHARED_KYC_SUB_ACCOUNT,
    SUB_ACCOUNT,
    SUB_ACCOUNT_KEY,
    UNCONFIRMED_SUB_ACCOUNT,
    UNCONFIRMED_WITHDRAWAL,
    Sandbox,
    SpecIndex,
)

SPEC = SpecIndex()
DAY = 86_400


@pytest.fixture
def sandbox() -> Sandbox:
    return Sandbox(spec=SPEC, check_answers=True)


@pytest.fixture
def api(sandbox: Sandbox) -> Api:
    return Api(sandbox)


def error(response: Any) -> tuple[int, Any]:
    return response.status_code, response.json()


# -- Fixed ------------------------------------------------------------------------------------


def test_fixed_plans_show_what_is_left(api: Api) -> None:
    plans = {p["id"]: p for p in api.ok("getFixedPlans")}
    assert set(plans) == {FIXED_PLAN, FIXED_BTC_INTEREST_PLAN}  # paused and sold out: not listed
    assert plans[FIXED_PLAN]["maxPossibleInvestment"] == "3000"  # the reference's example
    api.ok("createFixedInvestment", planId=FIXED_PLAN, amount="500")
    assert api.ok("getFixedPlans", ticker="USDT")[0]["maxPossibleInvestment"] == "2500"


def test_a_fixed_investment_matures_with_its_interest(sandbox: Sandbox, api: Api) -> None:
    made = api.ok("createFixedInvestment", planId=FIXED_PLAN, amount="1000")
    assert sandbox.balance(DEMO_API_KEY, "USDT") == Decimal(9000)
    record = api.ok("getFixedInvestmentsHistory", id=made["id"])["records"][0]
    assert record["paymentTime"] - record["created"] == 14400 * 60  # duration is in minutes
    sandbox.advance(14400 * 60)
    # Principal back, and 10 % of it: the seeded 100 matured the same way.
    assert sandbox.balance(DEMO_API_KEY, "USDT") == Decimal(10000 + 100) + 100 + 10
    payments = api.ok("getInterestPaymentHistory", planId=FIXED_PLAN)["records"]
    assert sorted(p["amount"] for p in payments) == ["10", "100"]
    closed = api.ok("getFixedInvestmentsHistory", status=2)["records"]
    assert {r["id"]: r["interestPaid"] for r in closed} == {
        made["id"]: "100",
        FIXED_INVESTMENT: "10",
    }


def test_interest_in_another_currency_uses_the_ratio(sandbox: Sandbox, api: Api) -> None:
    api.ok("createFixedInvestment", planId=FIXED_BTC_INTEREST_PLAN, amount="1200")
    sandbox.advance(43200 * 60)
    # 5 % of 1200 USDT = 60 USDT of interest, paid as 60 / 60000 BTC.
    assert sandbox.balance(DEMO_API_KEY, "BTC") == Decimal("1.5") + Decimal("0.001")
    payment = api.ok("getInterestPaymentHistory", planId=FIXED_BTC_INTEREST_PLAN)["records"][0]
    assert (payment["ticker"], payment["amount"]) == ("BTC", "0.001")


def test_closing_early_returns_the_principal_only(sandbox: Sandbox, api: Api) -> None:
    api.ok("closeFixedInvestment", id=FIXED_INVESTMENT)
    assert sandbox.balance(DEMO_API_KEY, "USDT") == Decimal(10100)
    assert error(api("closeFixedInvestment", id=FIXED_INVESTMENT)) == (
        422,
        {
            "code": 0,
            "message": "Inner validation failed",
            "errors": {"error": ["Investment is already closed"]},
        },
    )
    assert error(api("closeFixedInvestment", id="nope"))[1]["errors"] == {
        "id": ["Investment not found"]
    }
    sandbox.advance(14400 * 60)  # no interest for a closed investment
    assert sandbox.balance(DEMO_API_KEY, "USDT") == Decimal(10100)


@pytest.mark.parametrize(
    ("plan", "amount", "status", "code", "expected"),
    [
        (
            "nope",
            "abc",
            400,
            0,
            {
                "planId": ["The selected planId is invalid."],
                "amount": ["The amount field must be a valid number"],
            },
        ),
        (FIXED_PLAN, "0.0000001", 400, 0, {"amount": ["The amount must be at least 0.000001."]}),
        (
            FIXED_PLAN,
            "3001",
            400,
            0,
            {
                "amount": [
                    "The amount you are trying to invest is bigger than the amount left in "
                    "this SMART plan. Please try investing a smaller amount."
                ]
            },
        ),
        (FIXED_PAUSED_PLAN, "100", 400, 0, {"planId": ["Plan is paused"]}),
        (FIXED_SOLD_OUT_PLAN, "0.1", 400, 0, {"planId": ["There are no coins left in the plan"]}),
        (FIXED_PLAN, "99", 422, 2, {"amount": ["Amount is less than min investment"]}),
        (
            FIXED_BTC_INTEREST_PLAN,
            "5001",
            422,
            3,
            {"amount": ["Amount is more than max investment"]},
        ),
    ],
)
def test_fixed_refusals(
    sandbox: Sandbox, api: Api, plan: str, amount: str, status: int, code: int, expected: Any
) -> None:
    got = error(api("createFixedInvestment", planId=plan, amount=amount))
    assert (got[0], got[1]["code"], got[1]["errors"]) == (status, code, expected)
    assert sandbox.balance(DEMO_API_KEY, "USDT") == Decimal(10000)


def test_one_investment_per_plan_and_the_balance(sandbox: Sandbox) -> None:
    other = Api(sandbox, OTHER_API_KEY, OTHER_API_SECRET)  # may hold one investment a plan
    other.ok("createFixedInvestment", planId=FIXED_PLAN, amount="100")
    assert error(other("createFixedInvestment", planId=FIXED_PLAN, amount="100"))[1]["code"] == 1
    poor = error(other("createFixedInvestment", planId=FIXED_BTC_INTEREST_PLAN, amount="1000"))
    assert (poor[1]["code"], poor[1]["errors"]) == (4, {"amount": ["Available 900 < 1000"]})


def test_lending_needs_its_permission(sandbox: Sandbox) -> None:
    refused = Api(sandbox, NO_LENDING_API_KEY, NO_LENDING_API_SECRET)("getFixedPlans")
    assert refused.status_code == 403
    assert refused.json()["message"].startswith("You don't have permission")


# -- sub-accounts -----------------------------------------------------------------------------


def test_create_list_edit_and_the_rules(api: Api) -> None:
    made = api.ok(
        "createSubAccount",
        alias="desk",
        email="desk.two@example.com",
        permissions={"spotEnabled": True, "collateralEnabled": False},
    )
    assert (made["email"], made["status"], made["kyc"]["shareKyc"]) == (
        "d***@example.com",
        "active",
        False,
    )
    again = error(
        api(
            "createSubAccount",
            alias="desk",
            email="x",
            permissions={"spotEnabled": True, "collateralEnabled": False},
        )
    )
    assert again[1]["errors"] == {
        "alias": ["Alias already exists."],
        "email": ["Email is invalid."],
    }
    no_email = error(
        api(
            "createSubAccount",
            alias="other",
            permissions={"spotEnabled": True, "collateralEnabled": True},
        )
    )
    assert no_email[1]["errors"] == {"email": ["The email field is required."]}
    api.ok(
        "createSubAccount",
        alias="shared",
        shareKyc=True,
        permissions={"spotEnabled": False, "collateralEnabled": False},
    )
    assert [s["alias"] for s in api.ok("listSubAccounts", search="DESK")["data"]] == [
        "new_desk",
        "desk",
    ]
    api.ok(
        "editSubAccount",
        id=made["id"],
        alias="renamed",
        permissions={"spotEnabled": False, "collateralEnabled": True},
    )
    listed = {s["id"]: s for s in api.ok("listSubAccounts", limit=100)["data"]}
    assert listed[made["id"]]["alias"] == "renamed"
    assert listed[made["id"]]["permissions"] == {"spotEnabled": False, "collateralEnabled": True}
    assert error(
        api(
            "editSubAccount",
            id="nope",
            alias="x",
            permissions={"spotEnabled": True, "collateralEnabled": True},
        )
    )[1]["errors"] == {"id": ["validation.exists"]}


def test_transfers_to_and_from_a_sub_account(sandbox: Sandbox, api: Api) -> None:
    sent = api.ok(
        "subAccountTransfer", id=SUB_ACCOUNT, direction="main_to_sub", amount="0.5", ticker="ETH"
    )
    api.ok(
        "subAccountTransfer", id=SUB_ACCOUNT, direction="sub_to_main", amount="0.2", ticker="ETH"
    )
    assert sandbox.balance(DEMO_API_KEY, "ETH") == Decimal("4.7")
    assert api.ok("getSubAccountBalances", id=SUB_ACCOUNT, ticker="ETH") == {
        "ETH": [{"main": "0.3", "spot": "0", "collateral": "0"}]
    }
    assert api.ok("getSubAccountBalances", id=SUB_ACCOUNT, ticker="USDC") == {
        "USDC": [{"main": "42", "spot": "10", "collateral": "14"}]
    }
    history = api.ok("getSubAccountTransferHistory", id=SUB_ACCOUNT)["data"]
    assert [(h["direction"], h["amount"]) for h in history] == [
        ("sub_to_main", "0.2"),
        ("main_to_sub", "0.5"),
    ]
    assert history[1]["transaction_id"] == sent["transaction_id"] == history[1]["id"]
    only = api.ok("getSubAccountTransferHistory", id=SUB_ACCOUNT, direction="main_to_sub")["data"]
    assert [h["amount"] for h in only] == ["0.5"]
    poor = error(
        api("subAccountTransfer", id=SUB_ACCOUNT, direction="sub_to_main", amount="1", ticker="ETH")
    )
    assert poor[1]["errors"] == {"amount": ["Not enough money, Ethereum balance = 0.3"]}


def test_a_blocked_sub_account_takes_no_transfer(api: Api) -> None:
    api.ok("blockSubAccount", id=SUB_ACCOUNT)
    blocked = error(
        api("subAccountTransfer", id=SUB_ACCOUNT, direction="main_to_sub", amount="1", ticker="ETH")
    )
    assert blocked[1]["errors"] == {"id": ["Sub-account is not active"]}
    assert error(api("getSubAccountKycUrl", id=SUB_ACCOUNT)) == (
        400,
        {"code": 400, "message": "Sub-account is not active"},
    )
    api.ok("unblockSubAccount", id=SUB_ACCOUNT)
    assert api.ok("getSubAccountKycUrl", id=SUB_ACCOUNT)["expiresIn"] == 3600


def test_kyc_url_preconditions_and_unconfirmed_accounts(api: Api) -> None:
    assert error(api("getSubAccountKycUrl", id=SHARED_KYC_SUB_ACCOUNT))[1]["message"] == (
        "Sub-account has shared KYC"
    )
    assert error(api("getSubAccountKycUrl", id=UNCONFIRMED_SUB_ACCOUNT))[1]["message"] == (
        "Account is not confirmed"
    )
    assert error(api("getSubAccountBalances", id=UNCONFIRMED_SUB_ACCOUNT)) == (
        422,
        {"code": 0, "message": "Account is not confirmed"},
    )
    # Documented without a body; WhiteBIT (and the shipped spec) answer in the error shape.
    assert error(api("getSubAccountTransferHistory", id=UNCONFIRMED_SUB_ACCOUNT)) == (
        422,
        {"code": 0, "message": "Account is not confirmed"},
    )


def test_deleting_a_sub_account_returns_its_money(sandbox: Sandbox, api: Api) -> None:
    api.ok("deleteSubAccount", id=SUB_ACCOUNT)
    assert sandbox.balance(DEMO_API_KEY, "USDC") == Decimal(1000 + 42 + 10 + 14)
    assert SUB_ACCOUNT not in {s["id"] for s in api.ok("listSubAccounts")["data"]}
    assert api.ok("listSubAccountApiKeys")["data"] == []  # its key went with it
    # One with a withdrawal on its way keeps existing until it is settled.
    assert error(api("deleteSubAccount", id=SHARED_KYC_SUB_ACCOUNT))[1]["errors"] == {
        "id": ["Sub-account has pending transactions"]
    }
    assert sandbox.world.ledger.balanced()


def test_sub_account_withdrawals_wait_for_the_main_account(sandbox: Sandbox, api: Api) -> None:
    waiting = api.ok("listUnconfirmedSubAccountWithdrawals")
    assert [(w["id"], w["amount"], w["currency"]) for w in waiting["data"]] == [
        (UNCONFIRMED_WITHDRAWAL, "12", "BTC")
    ]
    api.ok("confirmSubAccountWithdrawal", id=UNCONFIRMED_WITHDRAWAL)
    assert api.ok("listUnconfirmedSubAccountWithdrawals")["data"] == []
    assert error(api("confirmSubAccountWithdrawal", id=UNCONFIRMED_WITHDRAWAL)) == (
        422,
        {"code": 422, "message": "Transaction has incorrect status"},
    )
    assert error(api("confirmSubAccountWithdrawal", id="nope"))[1]["errors"] == {
        "id": ["validation.exists"]
    }
    sandbox.advance(60)
    assert sandbox.world.ledger.outflow["BTC"] == Decimal("11.9999")  # 12 less the 0.0001 fee
    other = Api(sandbox, OTHER_API_KEY, OTHER_API_SECRET)
    assert other("listUnconfirmedSubAccountWithdrawals").status_code == 200  # no sub-accounts


# -- sub-account API keys ----------------------------------------------------------------------


def test_a_new_key_works_at_once_as_its_sub_account(sandbox: Sandbox, api: Api) -> None:
    made = api.ok("createSubAccountApiKey", type=1, subAccountId=SUB_ACCOUNT, title="bot")
    assert made["apiSecret"]
    assert made["type"] == 1
    listed = api.ok("listSubAccountApiKeys", subAccountId=SUB_ACCOUNT)["data"]
    assert {k["apiSecret"] for k in listed} == {""}  # shown once, at creation
    client = sandbox_client(sandbox, key=made["apiKey"], secret=made["apiSecret"])
    balances = get_main_balance.sync(client=client, body=GetMainBalanceBody(ticker="USDC"))
    assert balances["USDC"].main_balance == Decimal(42)  # the sub-account's own
    key = Api(sandbox, made["apiKey"], made["apiSecret"])
    assert key("createNewAddress", ticker="ETH").status_code == 403  # type 1: no deposits
    api.ok("resetSubAccountApiKey", apiKeyId=made["id"])
    with pytest.raises(AuthenticationError):
        get_main_balance.sync(client=client, body=GetMainBalanceBody())


def test_endpoint_restrictions_and_the_restricted_url(sandbox: Sandbox, api: Api) -> None:
    made = api.ok("createSubAccountApiKey", type=2, subAccountId=SUB_ACCOUNT, title="payouts")
    api.ok(
        "editSubAccountApiKey",
        apiKeyId=made["id"],
        title="payouts",
        urls=[{"url": "/api/v4/main-account/balance", "enable": True}],
    )
    key = Api(sandbox, made["apiKey"], made["apiSecret"])
    assert key("getMainBalance").status_code == 200
    assert key("getDepositWithdrawHistory").status_code == 403
    restricted = api(
        "editSubAccountApiKey",
        apiKeyId=made["id"],
        title="x",
        urls=[{"url": "/api/v4/main-account/address", "enable": True}],
    )
    assert error(restricted) == (
        400,
        {
            "code": 5,
            "message": "The following URLs are restricted for sub-account API keys: "
            "/api/v4/main-account/address",
        },
    )
    assert error(api("deleteSubAccountApiKey", apiKeyId="nope")) == (
        404,
        {"message": "API key not found"},
    )


def test_ip_allowlist(api: Api) -> None:
    assert api.ok(
        "createSubAccountApiKeyIpAddress", apiKeyId=SUB_ACCOUNT_KEY, ip="192.168.1.100"
    ) == {"data": ["192.168.1.100"]}
    assert error(
        api("createSubAccountApiKeyIpAddress", apiKeyId=SUB_ACCOUNT_KEY, ip="192.168.1.100")
    ) == (
        400,
        {"code": 5, "message": "This IP address is already in allowlist"},
    )
    assert error(api("createSubAccountApiKeyIpAddress", apiKeyId=SUB_ACCOUNT_KEY, ip="300.1.1.1"))[
        1
    ]["errors"] == {"ip": ["Invalid IP address."]}
    assert api.ok("listSubAccountApiKeyIpAddresses", apiKeyId=SUB_ACCOUNT_KEY) == {
        "data": ["192.168.1.100"]
    }
    api.ok("deleteSubAccountApiKeyIpAddress", apiKeyId=SUB_ACCOUNT_KEY, ip="192.168.1.100")
    assert error(
        api("deleteSubAccountApiKeyIpAddress", apiKeyId=SUB_ACCOUNT_KEY, ip="192.168.1.100")
    ) == (
        400,
        {"code": 5, "message": "IP address 192.168.1.100 is not in the allowlist"},
    )


def test_a_blocked_sub_accounts_keys_stop_working(sandbox: Sandbox, api: Api) -> None:
    made = api.ok("createSubAccountApiKey", type=1, subAccountId=SUB_ACCOUNT, title="bot")
    key = Api(sandbox, made["apiKey"], made["apiSecret"])
    assert key("getMainBalance").status_code == 200
    api.ok("blockSubAccount", id=SUB_ACCOUNT)
    assert key("getMainBalance").status_code == 401
    api.ok("unblockSubAccount", id=SUB_ACCOUNT)
    assert key("getMainBalance").status_code == 200


def test_fifty_keys_at_most(api: Api) -> None:
    for n in range(49):  # the seed gave it one already
        api.ok("createSubAccountApiKey", type=1, subAccountId=SUB_ACCOUNT, title=f"k{n}")
    assert error(api("createSubAccountApiKey", type=1, subAccountId=SUB_ACCOUNT, title="k50")) == (
        400,
        {"code": 5, "message": "Limit of API keys is reached. Maximum allowed: 50"},
    )


def test_days_pass_on_the_sandbox_clock(sandbox: Sandbox) -> None:
    before = sandbox.clock.seconds()
    sandbox.advance_days(2)
    assert sandbox.clock.seconds() - before >= 2 * DAY
    with pytest.raises(ValueError, match="only moves forward"):
        sandbox.advance(-1)
