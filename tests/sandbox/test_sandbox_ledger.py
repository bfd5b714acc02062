"""Whatever a partner does, in whatever order, the sandbox's money adds up to the last decimal:
no amount appears or vanishes, no balance goes below zero, and the API reports what the
ledger holds."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule
from testkit.support import Api
from whitebit_sandbox import (
    DEMO_API_KEY,
    FIXED_PLAN,
    OTHER_API_KEY,
    OTHER_API_SECRET,
    SUB_ACCOUNT,
    USDT_PLAN,
    Sandbox,
    SpecIndex,
)
from whitebit_sandbox.domain.ledger import HOUSE

pytestmark = pytest.mark.slow  # a hypothesis state machine

SPEC = SpecIndex()
AMOUNTS = st.decimals(min_value=Decimal("0.01"), max_value=Decimal("3000"), places=2)
BUCKETS = st.sampled_from(["main", "spot", "collateral"])
PAYEE = "0x0964A6B8F794A4B8d61b62652dB27ddC9844FB4c"


class Treasury(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.sandbox = Sandbox(spec=SPEC, check_answers=True)
        self.api = Api(self.sandbox)
        self.other = Api(self.sandbox, OTHER_API_KEY, OTHER_API_SECRET)
        self.serial = 0
        self.codes: list[str] = []

    def _next(self) -> str:
        self.serial += 1
        return f"id-{self.serial}"

    def _call(self, api: Api, operation_id: str, **body: object) -> None:
        response = api(operation_id, **body)
        assert response.status_code < 500, response.text

    @rule(amount=AMOUNTS, source=BUCKETS, dest=BUCKETS)
    def transfer(self, amount: Decimal, source: str, dest: str) -> None:
        self._call(
            self.api,
            "transferBetweenBalances",
            ticker="USDT",
            amount=str(amount),
            **{"from": source, "to": dest},
        )

    @rule(amount=AMOUNTS, pay=st.booleans())
    def withdraw(self, amount: Decimal, pay: bool) -> None:
        self._call(
            self.api,
            "createWithdrawPay" if pay else "createWithdraw",
            ticker="USDT",
            amount=str(amount),
            address=PAYEE,
            uniqueId=self._next(),
            network="ERC20",
        )

    @rule(status=st.sampled_from([3, 4, 21]))
    def settle_oldest_pending(self, status: int) -> None:
        pending = self.api.ok("getDepositWithdrawHistory", transactionMethod=2, status=[1])
        if pending["records"]:
            self.sandbox.settle_withdrawal(pending["records"][-1]["transaction_id"], status)

    @rule(amount=AMOUNTS, canceled=st.booleans())
    def deposit(self, amount: Decimal, canceled: bool) -> None:
        self.sandbox.deposit(DEMO_API_KEY, "USDT", amount, network="TRC20", canceled=canceled)

    @rule(amount=AMOUNTS)
    def create_code(self, amount: Decimal) -> None:
        response = self.api("createCode", ticker="USDT", amount=str(amount))
        if response.status_code == 201:
            self.codes.append(response.json()["code"])

    @rule()
    def apply_a_code(self) -> None:
        if self.codes:
            self._call(self.other, "applyCode", code=self.codes.pop(0))

    @rule(amount=AMOUNTS, direction=st.sampled_from(["main_to_sub", "sub_to_main"]))
    def sub_account_transfer(self, amount: Decimal, direction: str) -> None:
        self._call(
            self.api,
            "subAccountTransfer",
            id=SUB_ACCOUNT,
            direction=direction,
            amount=str(amount),
            ticker="USDT",
        )

    @rule(amount=AMOUNTS)
    def lend(self, amount: Decimal) -> None:
        self._call(self.api, "createFlexInvestment", plan=USDT_PLAN, amount=str(amount))
        self._call(self.api, "createFixedInvestment", planId=FIXED_PLAN, amount=str(amount))

    @rule()
    def stop_lending(self) -> None:
        self._call(self.api, "closeFlexInvestment", plan=USDT_PLAN)
        active = self.api.ok("getFixedInvestmentsHistory", status=1)["records"]
        if active:
            self._call(self.api, "closeFixedInvestment", id=active[0]["id"])

    @rule(seconds=st.sampled_from([30, 60, 3600, 86_400, 10 * 86_400]))
    def time_passes(self, seconds: int) -> None:
        self.sandbox.advance(seconds)

    @invariant()
    def money_adds_up(self) -> None:
        ledger = self.sandbox.world.ledger
        assert ledger.balanced()
        for (place, _), amount in ledger._held.items():
            assert place.account == HOUSE or amount >= 0, (place, amount)
        reported = self.api.ok("getMainBalance", ticker="USDT")["USDT"]["main_balance"]
        assert Decimal(reported) == self.sandbox.balance(DEMO_API_KEY, "USDT")


Treasury.TestCase.settings = settings(max_examples=60, stateful_step_count=30, deadline=None)
test_treasury = Treasury.TestCase
