"""The sandbox where money moves: balances and transfers, deposits, withdrawals, express
tokens and codes, with WhiteBIT's codes and messages and exact decimals."""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from typing import Any

import pytest
from testkit.support import Api
from whitebit_sandbox import (
    CANCELED_DEPOSIT,
    CODE,
    CODE_PASSPHRASE,
    DEMO_API_KEY,
    OTHER_API_KEY,
    OTHER_API_SECRET,
    UNVERIFIED_API_KEY,
    UNVERIFIED_API_SECRET,
    Sandbox,
    SpecIndex,
    default_config,
)

SPEC = SpecIndex()
ETH_ADDRESS = "0x0964A6B8F794A4B8d61b62652dB27ddC9844FB4c"


@pytest.fixture
def sandbox() -> Sandbox:
    return Sandbox(spec=SPEC, check_answers=True)


@pytest.fixture
def api(sandbox: Sandbox) -> Api:
    return Api(sandbox)


def error(response: Any) -> tuple[int, Any]:
    return response.status_code, response.json()


def main(sandbox: Sandbox, ticker: str, who: str = DEMO_API_KEY) -> Decimal:
    return sandbox.balance(who, ticker)


# -- balances and transfers -------------------------------------------------------------------


def test_main_balance_lists_every_currency_or_the_one_asked(api: Api) -> None:
    every = api.ok("getMainBalance")
    assert every["XLM"] == {"main_balance": "36.48"}
    assert set(every) == {"USDT", "USDC", "BTC", "ETH", "XLM", "USD", "EUR", "UAH"}
    assert api.ok("getMainBalance", ticker="BTC") == {"BTC": {"main_balance": "1.5"}}
    assert api.ok("getMainBalance", ticker="NOPE") == {"NOPE": {"main_balance": "0"}}


def test_transfers_move_exact_amounts_both_ways(sandbox: Sandbox, api: Api) -> None:
    api.ok("transferBetweenBalances", ticker="XLM", amount="0.9", method="deposit")
    api.ok(
        "transferBetweenBalances",
        ticker="XLM",
        amount="0.00000001",
        **{"from": "spot", "to": "main"},
    )
    assert main(sandbox, "XLM") == Decimal("35.58000001")
    assert sandbox.balance(DEMO_API_KEY, "XLM", "spot") == Decimal("0.89999999")
    api.ok("transferBetweenBalances", ticker="XLM", amount="1", method="collateral-deposit")
    assert sandbox.balances(DEMO_API_KEY)["collateral"] == {"XLM": Decimal(1)}


@pytest.mark.parametrize(
    ("body", "status", "expected"),
    [
        ({"ticker": "XLM", "amount": "1"}, 400, {"method": ["The method field is required."]}),
        (
            {"ticker": "XLM", "amount": "1", "from": "main"},
            400,
            {"to": ["The to field is required."]},
        ),
        (
            {"ticker": "XLM", "amount": "1", "from": "main", "to": "main"},
            400,
            {"to": ["The to and from must be different."]},
        ),
        (
            {"ticker": "XLM", "amount": "0", "method": "deposit"},
            400,
            {"amount": ["The amount must be at least 0.00000001."]},
        ),
        (
            {"ticker": "XLM", "amount": "1e", "method": "deposit"},
            400,
            {"amount": ["The amount must be a number.", "Invalid number"]},
        ),
        (
            {"ticker": "DOGE", "amount": "1", "method": "deposit"},
            400,
            {"ticker": ["The selected ticker is invalid."]},
        ),
        (
            {"ticker": "XLM", "amount": "1000000", "method": "deposit"},
            422,
            {
                "amount": [
                    "You don't have such amount for transfer (available 36.48, in amount: 1000000)"
                ]
            },
        ),
    ],
)
def test_transfer_refusals(
    sandbox: Sandbox, api: Api, body: dict[str, Any], status: int, expected: Any
) -> None:
    got_status, got = error(api("transferBetweenBalances", **body))
    assert (got_status, got["errors"]) == (status, expected)
    assert main(sandbox, "XLM") == Decimal("36.48")  # nothing moved


def test_insufficient_transfer_has_code_3(api: Api) -> None:
    assert (
        api("transferBetweenBalances", ticker="XLM", amount="37", method="deposit").json()["code"]
        == 3
    )


def test_collateral_needs_an_account_that_may_use_it(sandbox: Sandbox) -> None:
    unverified = Api(sandbox, UNVERIFIED_API_KEY, UNVERIFIED_API_SECRET)
    status, body = error(
        unverified(
            "transferBetweenBalances", ticker="USDT", amount="1", method="collateral-deposit"
        )
    )
    assert (status, body["errors"]) == (422, {"error": ["Unavailable for legal reasons"]})


# -- deposits ---------------------------------------------------------------------------------


def test_deposit_address_is_stable_and_a_new_one_differs(api: Api) -> None:
    first = api.ok("getDepositAddress", ticker="USDT", network="ERC20")
    assert api.ok("getDepositAddress", ticker="USDT", network="ERC20") == first
    assert first["account"]["address"].startswith("0x")
    assert (
        api.ok("getDepositAddress", ticker="USDT", network="TRC20")["account"]["address"][0] == "T"
    )
    fresh = api.ok("createNewAddress", ticker="USDT", network="ERC20")
    assert fresh["account"]["address"] != first["account"]["address"]
    assert api.ok("getDepositAddress", ticker="USDT", network="ERC20") == fresh  # now the current
    assert (
        api.ok("createNewAddress", ticker="BTC", type="p2sh-segwit")["account"]["address"][0] == "3"
    )
    xlm = api.ok("getDepositAddress", ticker="XLM")["account"]
    assert xlm["address"].startswith("G")
    assert xlm["memo"]  # one exchange address, a memo per account


@pytest.mark.parametrize(
    ("operation", "body", "status", "expected"),
    [
        (
            "getDepositAddress",
            {"ticker": "DOGE"},
            400,
            {"ticker": ["The selected ticker is invalid."]},
        ),
        (
            "getDepositAddress",
            {"ticker": "USDT", "network": "BEP20"},
            400,
            {"network": ["The selected network is invalid."]},
        ),
        ("getDepositAddress", {"ticker": "USD"}, 400, {"ticker": ["Currency is not depositable"]}),
        (
            "createNewAddress",
            {"ticker": "USDT", "network": "OMNI"},
            400,
            {"network": ["Unsupported network"]},
        ),
        (
            "createNewAddress",
            {"ticker": "BTC", "network": "ERC20"},
            400,
            {"network": ["Cannot find currency for specified network"]},
        ),
        (
            "createNewAddress",
            {"ticker": "EUR"},
            422,
            {"ticker": ["Fiat currencies are unavailable for this action"]},
        ),
    ],
)
def test_address_refusals(
    api: Api, operation: str, body: dict[str, Any], status: int, expected: Any
) -> None:
    got_status, got = error(api(operation, **body))
    assert (got_status, got["errors"]) == (status, expected)


def test_address_limit(api: Api) -> None:
    for _ in range(10):
        api.ok("createNewAddress", ticker="ETH")
    assert error(api("createNewAddress", ticker="ETH"))[1]["errors"] == {
        "message": ["Address limit reached"]
    }


def test_a_deposit_waits_for_its_confirmations_then_is_credited(sandbox: Sandbox, api: Api) -> None:
    address = api.ok("getDepositAddress", ticker="BTC")["account"]["address"]
    tx = sandbox.deposit(DEMO_API_KEY, "BTC", "0.25", address=address)
    record = api.ok("getDepositWithdrawHistory", transactionMethod=1, ticker="BTC")["records"][0]
    assert (record["status"], record["confirmations"]) == (15, {"actual": 0, "required": 2})
    assert record["address"] == address
    assert main(sandbox, "BTC") == Decimal("1.5")
    sandbox.advance(60)
    record = api.ok("getDepositWithdrawHistory", transactionMethod=1, ticker="BTC")["records"][0]
    assert record["confirmations"] == {"actual": 1, "required": 2}
    sandbox.advance(60)
    record = api.ok("getDepositWithdrawHistory", transactionMethod=1, ticker="BTC")["records"][0]
    assert (record["status"], record["transaction_id"]) == (3, tx.id)
    assert main(sandbox, "BTC") == Decimal("1.75")


def test_a_long_jump_of_the_clock_confirms_block_by_block(sandbox: Sandbox) -> None:
    sandbox.deposit(DEMO_API_KEY, "USDT", "10", network="ERC20")
    sandbox.advance(11 * 60 + 59)
    assert main(sandbox, "USDT") == Decimal(10000)  # 11 of 12 confirmations
    sandbox.advance(1)
    assert main(sandbox, "USDT") == Decimal(10010)


def test_a_deposit_below_the_minimum_is_canceled_and_refundable(sandbox: Sandbox, api: Api) -> None:
    tx = sandbox.deposit(DEMO_API_KEY, "ETH", "0.001")  # ETH deposits start at 0.01
    assert tx.status == 4
    api.ok("refundDeposit", transactionId=tx.id, address=ETH_ADDRESS)
    assert error(api("refundDeposit", transactionId=tx.id, address=ETH_ADDRESS)) == (
        400,
        {"code": 0, "message": "Transaction not refundable"},
    )
    assert main(sandbox, "ETH") == Decimal(5)
    assert sandbox.world.ledger.balanced()


def test_refund_refusals(sandbox: Sandbox, api: Api) -> None:
    own = api.ok("getDepositAddress", ticker="USDT")["account"]["address"]
    assert error(api("refundDeposit", transactionId=CANCELED_DEPOSIT, address="nope"))[1][
        "errors"
    ] == {"address": ["The address is invalid"]}
    assert error(api("refundDeposit", transactionId=CANCELED_DEPOSIT, address=own))[0] == 400
    credited = sandbox.deposit(DEMO_API_KEY, "USDT", "5", network="ERC20", confirmations=0)
    assert error(api("refundDeposit", transactionId=credited.id, address=ETH_ADDRESS))[1] == {
        "code": 0,
        "message": "Transaction not refundable",
    }
    other = Api(sandbox, OTHER_API_KEY, OTHER_API_SECRET)
    assert (
        other("refundDeposit", transactionId=CANCELED_DEPOSIT, address=ETH_ADDRESS).status_code
        == 400
    )


def test_deposits_refuse_floats_and_unknown_accounts(sandbox: Sandbox) -> None:
    with pytest.raises(TypeError, match="not a float"):
        sandbox.deposit(DEMO_API_KEY, "USDT", 1.5)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="no account or API key 'nobody'"):
        sandbox.deposit("nobody", "USDT", "1")


def test_fiat_deposit_url_and_its_unique_id(api: Api) -> None:
    body = {"ticker": "UAH", "provider": "VISAMASTER", "amount": "100", "uniqueId": "inv-1"}
    assert api.ok("getFiatDepositUrl", **body)["url"].startswith("https://")
    assert error(api("getFiatDepositUrl", **body))[1]["errors"] == {
        "uniqueId": ["The unique id has already been taken."]
    }
    small = {**body, "uniqueId": "inv-2", "amount": "1"}
    assert error(api("getFiatDepositUrl", **small))[1]["errors"] == {
        "amount": ["Amount is too little for deposit"]
    }
    plain = {**body, "uniqueId": "inv-3", "successLink": "http://example.com"}
    assert error(api("getFiatDepositUrl", **plain))[1]["errors"] == {
        "successLink": ["Your domain scheme incorrect. Use https only"]
    }


# -- withdrawals ------------------------------------------------------------------------------


def withdraw(api: Api, amount: str, unique_id: str, pay: bool = False, **more: Any) -> Any:
    body = {"ticker": "ETH", "amount": amount, "address": ETH_ADDRESS, "uniqueId": unique_id}
    return api("createWithdrawPay" if pay else "createWithdraw", **body, **more)


def test_withdraw_takes_the_fee_from_the_amount_and_pay_adds_it(sandbox: Sandbox, api: Api) -> None:
    assert withdraw(api, "1", "w1").status_code == 201
    assert main(sandbox, "ETH") == Decimal(4)
    assert withdraw(api, "1", "w2", pay=True).status_code == 201
    assert main(sandbox, "ETH") == Decimal("2.9996")  # 1 + the 0.0004 fee
    records = api.ok("getDepositWithdrawHistory", transactionMethod=2)["records"]
    assert [(r["unique_id"], r["amount"], r["fee"], r["status"]) for r in records] == [
        ("w2", "1", "0.0004", 1),
        ("w1", "1", "0.0004", 1),
    ]
    sandbox.advance(60)
    records = api.ok("getDepositWithdrawHistory", transactionMethod=2, status=[3])["records"]
    assert len(records) == 2
    assert all(r["transactionHash"] for r in records)
    # Out of the exchange: what the recipients got; to the house: the fees.
    ledger = sandbox.world.ledger
    assert ledger.outflow["ETH"] == Decimal("0.9996") + Decimal(1)
    assert ledger.balanced()


def test_withdrawal_status_filters_follow_the_method(api: Api) -> None:
    assert error(api("getDepositWithdrawHistory", transactionMethod=2, status=[9]))[1][
        "errors"
    ] == {"status": ["The selected status is invalid."]}
    assert api.ok("getDepositWithdrawHistory", transactionMethod=1, status=[15])["total"] == 0


def test_a_repeated_unique_id_is_refused_and_moves_nothing(sandbox: Sandbox, api: Api) -> None:
    withdraw(api, "1", "same")
    status, body = error(withdraw(api, "1", "same"))
    assert (status, body["errors"]) == (
        400,
        {"uniqueId": ["The unique id has already been taken."]},
    )
    assert main(sandbox, "ETH") == Decimal(4)
    found = api.ok("getDepositWithdrawHistory", unique_id="same")
    assert found["total"] == 1  # how a caller learns a withdrawal happened after a lost answer


@pytest.mark.parametrize(
    ("amount", "address", "more", "status", "code", "expected"),
    [
        ("0.001", ETH_ADDRESS, {}, 422, 3, {"amount": ["Minimum withdraw amount is 0.01"]}),
        ("6", ETH_ADDRESS, {}, 422, 5, {"amount": ["Not enough money, Ethereum balance = 5"]}),
        ("1", "not-an-address", {}, 422, 2, {"address": ["The address is invalid"]}),
        (
            "1",
            ETH_ADDRESS,
            {"ticker": "DOGE"},
            400,
            0,
            {"ticker": ["The selected ticker is invalid."]},
        ),
        (
            "1",
            ETH_ADDRESS,
            {"ticker": "XLM", "address": "G" + "A" * 55},
            400,
            0,
            {"memo": ["The memo field is required."]},
        ),
        (
            "100",
            "DE89370400440532013000",
            {"ticker": "EUR"},
            400,
            0,
            {"provider": ["Provider is required for fiat currency"]},
        ),
    ],
)
def test_withdrawal_refusals(
    sandbox: Sandbox,
    api: Api,
    amount: str,
    address: str,
    more: dict[str, Any],
    status: int,
    code: int,
    expected: Any,
) -> None:
    body = {"ticker": "ETH", "amount": amount, "address": address, "uniqueId": "x", **more}
    got_status, got = error(api("createWithdraw", **body))
    assert (got_status, got["code"], got["errors"]) == (status, code, expected)
    assert sandbox.world.ledger.holdings("demo-partner") == Sandbox(
        spec=SPEC
    ).world.ledger.holdings("demo-partner")


def test_withdrawing_to_an_own_deposit_address_is_code_9(api: Api) -> None:
    own = api.ok("getDepositAddress", ticker="ETH")["account"]["address"]
    body = error(api("createWithdraw", ticker="ETH", amount="1", address=own, uniqueId="self"))[1]
    assert body["code"] == 9


def test_the_fee_cannot_eat_the_amount(sandbox: Sandbox) -> None:
    sandbox.world.currencies.get("ETH")  # the schedule: 0.0004 fixed, minimum 0.01
    api = Api(sandbox)
    assert withdraw(api, "0.01", "small").status_code == 201  # 0.0096 arrives


def test_without_two_factor_withdrawals_answer_412(sandbox: Sandbox) -> None:
    unverified = Api(sandbox, UNVERIFIED_API_KEY, UNVERIFIED_API_SECRET)
    assert error(withdraw(unverified, "0.5", "u1")) == (
        412,
        {
            "code": 1,
            "message": "This action is unauthorized. Please, enable Two-Factor authentication.",
        },
    )


def test_a_canceled_withdrawal_gives_the_money_back(sandbox: Sandbox, api: Api) -> None:
    withdraw(api, "2", "back")
    sandbox.settle_withdrawal("back", 4)
    assert main(sandbox, "ETH") == Decimal(5)
    assert api.ok("getDepositWithdrawHistory", unique_id="back")["records"][0]["status"] == 4
    with pytest.raises(ValueError, match="no longer pending"):
        sandbox.settle_withdrawal("back", 3)


def test_withdrawals_from_the_references_examples(api: Api) -> None:
    fiat = {
        "ticker": "EUR",
        "amount": "500",
        "address": "DE89370400440532013000",
        "provider": "SEPA_BCB_GROUP",
        "uniqueId": "f1",
    }
    assert api("createWithdraw", **fiat).status_code == 201
    usdt = {
        "ticker": "USDT",
        "amount": "0.9",
        "address": ETH_ADDRESS,
        "uniqueId": "u1",
        "network": "ERC20",
    }
    assert api("createWithdraw", **usdt).status_code == 201


# -- express withdraw ---------------------------------------------------------------------------


def test_express_tokens_are_idempotent_by_external_id(sandbox: Sandbox, api: Api) -> None:
    body = {"ticker": "USDT", "amount": "25.50", "externalId": "order-1"}
    first = api.ok("createExpressWithdrawToken", **body)
    assert api.ok("createExpressWithdrawToken", **body) == first
    changed = error(api("createExpressWithdrawToken", **{**body, "amount": "26"}))
    assert (changed[0], changed[1]["code"]) == (422, 18)
    token = first["url"].rsplit("=", 1)[1]
    sandbox.pay_express(token, OTHER_API_KEY)
    assert main(sandbox, "USDT") == Decimal("10025.50")
    assert main(sandbox, "USDT", OTHER_API_KEY) == Decimal("974.50")
    assert error(api("createExpressWithdrawToken", **body))[1]["code"] == 19


def test_an_expired_token_gives_way_to_a_fresh_one(sandbox: Sandbox, api: Api) -> None:
    body = {"ticker": "USDT", "amount": "5", "externalId": "order-2"}
    first = api.ok("createExpressWithdrawToken", **body)
    sandbox.advance(91)
    second = api.ok("createExpressWithdrawToken", **body)
    assert second["url"] != first["url"]
    with pytest.raises(ValueError, match="expired"):
        sandbox.pay_express(first["url"].rsplit("=", 1)[1], OTHER_API_KEY)


def test_express_cap_and_permission(sandbox: Sandbox, api: Api) -> None:
    over = error(api("createExpressWithdrawToken", ticker="BTC", amount="0.2", externalId="big"))
    assert (over[0], over[1]["code"]) == (422, 191)  # 0.2 BTC is 12000 USDT
    unverified = Api(sandbox, UNVERIFIED_API_KEY, UNVERIFIED_API_SECRET)
    refused = unverified("createExpressWithdrawToken", ticker="USDT", amount="1", externalId="x")
    assert (refused.status_code, refused.content) == (403, b"")  # documented without a body


# -- codes ------------------------------------------------------------------------------------


def test_a_code_moves_money_from_its_creator_to_who_applies_it(sandbox: Sandbox, api: Api) -> None:
    made = api.ok("createCode", ticker="ETH", amount="0.5", passphrase="open sesame")
    assert made["message"] == "Code was successfully created"
    assert made["code"].startswith("WB")
    assert made["code"].endswith("ETH")
    assert main(sandbox, "ETH") == Decimal("4.5")
    other = Api(sandbox, OTHER_API_KEY, OTHER_API_SECRET)
    wrong = error(other("applyCode", code=made["code"], passphrase="nope"))
    assert wrong == (
        400,
        {
            "code": 0,
            "message": "Validation failed",
            "errors": {"code": ["Incorrect code or passphrase"]},
        },
    )
    applied = other.ok("applyCode", code=made["code"], passphrase="open sesame")
    assert (applied["amount"], applied["ticker"], applied["external_id"]) == (
        "0.5",
        "ETH",
        made["external_id"],
    )
    assert main(sandbox, "ETH", OTHER_API_KEY) == Decimal("1.498")  # it made the seeded code
    again = error(other("applyCode", code=made["code"], passphrase="open sesame"))[1]
    assert again["errors"] == {"code": ["Code already applied"]}
    assert [(c["amount"], c["status"]) for c in api.ok("getCodesHistory")["data"]] == [
        ("-0.5", "Activated")
    ]
    assert [(c["amount"], c["status"]) for c in other.ok("getCodesHistory")["data"]] == [
        ("+0.5", "Activated"),
        ("-0.002", "active"),
    ]


def test_the_references_code_applies_with_its_passphrase(sandbox: Sandbox, api: Api) -> None:
    assert api.ok("applyCode", code=CODE, passphrase=CODE_PASSPHRASE)["amount"] == "0.002"
    assert main(sandbox, "ETH") == Decimal("5.002")


def test_own_code_and_code_rules(sandbox: Sandbox, api: Api) -> None:
    made = api.ok("createCode", ticker="USDT", amount="10")
    assert error(api("applyCode", code=made["code"]))[1]["errors"] == {
        "code": ["This code was created by you"]
    }
    assert error(api("createCode", ticker="USD", amount="10"))[1]["errors"] == {
        "ticker": ["Fiat codes can be created on the website only"]
    }
    assert error(api("createCode", ticker="USDT", amount="0"))[1]["errors"] == {
        "amount": ["The amount must be at least 0."]
    }
    poor = error(api("createCode", ticker="ETH", amount="6"))
    assert (poor[0], poor[1]["code"]) == (422, 5)
    unverified = Api(sandbox, UNVERIFIED_API_KEY, UNVERIFIED_API_SECRET)
    assert error(unverified("createCode", ticker="USDT", amount="10")) == (
        422,
        {
            "code": 0,
            "message": "Validation failed",
            "errors": {"amount": ["Your account must be verified"]},
        },
    )
    assert error(unverified("applyCode", code=made["code"]))[1]["errors"] == {
        "error": ["KYC required"]
    }


def test_codes_disabled_for_a_currency() -> None:
    config = default_config()
    config.currencies = [
        dataclasses.replace(c, codes_enabled=False) if c.ticker == "XLM" else c
        for c in config.currencies
    ]
    api = Api(Sandbox(config, spec=SPEC, check_answers=True))
    assert error(api("createCode", ticker="XLM", amount="10")) == (
        422,
        {
            "code": 0,
            "message": "Validation failed",
            "errors": {"ticker": ["Codes are disabled for this currency"]},
        },
    )


def test_my_codes_page_newest_first(api: Api) -> None:
    codes = [api.ok("createCode", ticker="USDT", amount=str(n))["code"] for n in range(1, 6)]
    page = api.ok("getMyCodes", limit=2, offset=1)
    assert (page["total"], page["limit"], page["offset"]) == (5, 2, 1)
    assert [c["code"] for c in page["data"]] == [codes[3], codes[2]]
    assert error(api("getMyCodes", limit=100, offset=9950))[1]["errors"] == {
        "offset": ["Offset is too big. Please use offset + limit less than 10000."]
    }


def test_after_an_unknown_outcome_the_unique_id_tells_what_happened(sandbox: Sandbox) -> None:
    from testkit.support import sandbox_client
    from whitebit_auth import AlreadyExecutedError, OutcomeUnknownError
    from whitebit_main_api.api.withdraw import create_withdraw
    from whitebit_main_api.models import CreateWithdrawBody

    client = sandbox_client(sandbox)
    body = CreateWithdrawBody(ticker="ETH", amount=Decimal(1), address=ETH_ADDRESS, unique_id="p-7")
    sandbox.faults.fail_after_processing("/api/v4/main-account/withdraw")
    with pytest.raises(OutcomeUnknownError) as unknown:
        create_withdraw.sync(client=client, body=body)
    assert unknown.value.idempotency_key == ("uniqueId", "p-7")
    assert unknown.value.check is not None
    assert "getDepositWithdrawHistory" in unknown.value.check
    # Sending it again unchanged is safe: a uniqueId already seen is refused, nothing moves,
    # and the refusal says the first one ran.
    with pytest.raises(AlreadyExecutedError) as again:
        create_withdraw.sync(client=client, body=body)
    assert again.value.errors == {"uniqueId": ["The unique id has already been taken."]}
    assert main(sandbox, "ETH") == Decimal(4)  # debited once
