"""Unknown outcomes resolved, through the public client: a withdrawal gets a uniqueId when the
caller gives none (the same on every attempt), a resend that meets "already taken" is
executed (not a refusal), and resolve() looks the call up where its operation allows."""

from __future__ import annotations

import asyncio
from decimal import Decimal

import pytest
from testkit.support import INVEST, Recording, sandbox_client
from whitebit_auth import (
    AlreadyExecutedError,
    ApiError,
    NotExecutedError,
    OutcomeUnknownError,
    ValidationError,
    resolve,
)
from whitebit_main_api.api.crypto_lending_flex import create_flex_investment
from whitebit_main_api.api.transfer import transfer_between_balances
from whitebit_main_api.api.withdraw import create_express_withdraw_token, create_withdraw
from whitebit_main_api.models import (
    CreateExpressWithdrawTokenBody,
    CreateFlexInvestmentBody,
    CreateWithdrawBody,
    TransferBetweenBalancesBody,
    TransferBetweenBalancesBodyFrom,
    TransferBetweenBalancesBodyTo,
)
from whitebit_sandbox import USDT_PLAN, Sandbox, SandboxTransport

WITHDRAW = "/api/v4/main-account/withdraw"
ADDRESS = "0x0964A6B8F794A4B8d61b62652dB27ddC9844FB4c"


def _payout(**kw: object) -> CreateWithdrawBody:
    return CreateWithdrawBody(ticker="USDT", amount=Decimal(50), address=ADDRESS,
                              network="ERC20", **kw)  # type: ignore[arg-type]  # fmt: skip


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_withdrawal_without_a_unique_id_gets_one_the_same_on_every_attempt(mode: str) -> None:
    sandbox = Sandbox()
    wire = Recording(SandboxTransport(sandbox), refuse=1)  # the first never leaves: sent again
    client = sandbox_client(sandbox, transport=wire)
    if mode == "sync":
        create_withdraw.sync(client=client, body=_payout())
    else:
        asyncio.run(create_withdraw.asyncio(client=client, body=_payout()))
    (sent,) = wire.bodies
    assert isinstance(sent["uniqueId"], str)
    assert len(sent["uniqueId"]) == 36
    assert sandbox.settle_withdrawal(sent["uniqueId"], 3).unique_id == sent["uniqueId"]


def test_a_unique_id_the_caller_gives_is_kept_and_reads_are_left_alone() -> None:
    sandbox = Sandbox()
    wire = Recording(SandboxTransport(sandbox))
    client = sandbox_client(sandbox, transport=wire)
    create_withdraw.sync(client=client, body=_payout(unique_id="mine-1"))
    transfer_between_balances.sync(client=client, body=TransferBetweenBalancesBody(
        ticker="USDT", amount=Decimal(1), from_=TransferBetweenBalancesBodyFrom.MAIN,
        to=TransferBetweenBalancesBodyTo.SPOT))  # fmt: skip
    assert wire.bodies[0]["uniqueId"] == "mine-1"
    assert "uniqueId" not in wire.bodies[1]


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_resend_that_meets_already_taken_is_executed_not_refused(mode: str) -> None:
    sandbox = Sandbox()
    client = sandbox_client(sandbox)
    sandbox.faults.fail_after_processing(WITHDRAW)  # executed, then the answer is lost

    def send() -> object:
        if mode == "sync":
            return create_withdraw.sync(client=client, body=_payout(unique_id="p-7"))
        return asyncio.run(create_withdraw.asyncio(client=client, body=_payout(unique_id="p-7")))

    with pytest.raises(OutcomeUnknownError) as unknown:
        send()
    assert unknown.value.idempotency_key == ("uniqueId", "p-7")
    with pytest.raises(AlreadyExecutedError) as executed:
        send()  # the README's advice: send it again unchanged
    assert executed.value.idempotency_key == ("uniqueId", "p-7")
    assert executed.value.executed is True
    assert not isinstance(executed.value, NotExecutedError | ApiError | ValidationError)
    assert "executed before" in str(executed.value)


def test_another_refusal_of_a_withdrawal_stays_a_refusal() -> None:
    sandbox = Sandbox()
    with pytest.raises(ValidationError):
        create_withdraw.sync(client=sandbox_client(sandbox), body=CreateWithdrawBody(
            ticker="USDT", amount=Decimal(50), address=ADDRESS, network="NOPE",
            unique_id="x-1"))  # fmt: skip


# -- resolve ---------------------------------------------------------------------------------


def _unknown(sandbox: Sandbox, path: str, call: object) -> OutcomeUnknownError:
    sandbox.faults.fail_after_processing(path)
    with pytest.raises(OutcomeUnknownError) as unknown:
        call()  # type: ignore[operator]
    return unknown.value


def test_a_withdrawal_that_ran_is_found_by_its_unique_id() -> None:
    sandbox = Sandbox()
    client = sandbox_client(sandbox)
    error = _unknown(sandbox, WITHDRAW, lambda: create_withdraw.sync(client=client, body=_payout()))
    found = resolve(error, client)
    assert found.executed is True
    assert found.record["unique_id"] == error.idempotency_key[1]  # type: ignore[index]
    assert Decimal(found.record["amount"]) == 50  # the record as WhiteBIT sent it


def test_a_withdrawal_that_never_ran_is_not_executed_once_it_can_no_longer_run() -> None:
    sandbox = Sandbox()
    client = sandbox_client(sandbox)
    sandbox.faults.drop(WITHDRAW)  # the connection closed before anything ran
    with pytest.raises(OutcomeUnknownError) as unknown:
        create_withdraw.sync(client=client, body=_payout())
    waited: list[float] = []
    found = resolve(unknown.value, client, clock=lambda: unknown.value.at, sleep=waited.append)
    assert found.executed is False
    assert waited == [6.0]  # it looked again once the nonce could no longer be taken
    assert "key" in found.reason


def test_an_express_token_is_resolved_by_repeating_it() -> None:
    sandbox = Sandbox()
    client = sandbox_client(sandbox)
    body = CreateExpressWithdrawTokenBody(ticker="USDT", amount=Decimal(20), external_id="ord-9")
    path = "/api/v4/main-account/express-withdraw/token"

    def call() -> object:
        return create_express_withdraw_token.sync(client=client, body=body)

    error = _unknown(sandbox, path, call)
    found = resolve(error, client)
    assert found.executed is True
    assert found.record["url"]


def test_a_flex_investment_is_found_in_its_history() -> None:
    sandbox = Sandbox()
    client = sandbox_client(sandbox)
    body = CreateFlexInvestmentBody(plan=USDT_PLAN, amount=Decimal(10))
    error = _unknown(sandbox, INVEST, lambda: create_flex_investment.sync(client=client, body=body))
    found = resolve(error, client)
    assert found.executed is True, found.reason
    assert found.record["planId"] == USDT_PLAN


def test_an_operation_without_a_lookup_stays_unknown_and_says_why() -> None:
    sandbox = Sandbox()
    client = sandbox_client(sandbox)
    body = TransferBetweenBalancesBody(ticker="USDT", amount=Decimal(1),
                                       from_=TransferBetweenBalancesBodyFrom.MAIN,
                                       to=TransferBetweenBalancesBodyTo.SPOT)  # fmt: skip
    error = _unknown(sandbox, "/api/v4/main-account/transfer",
                     lambda: transfer_between_balances.sync(client=client, body=body))  # fmt: skip
    found = resolve(error, client)
    assert found.executed is None
    assert "getMainBalance" in found.reason  # the check the index gives for it
