"""The whole exchange in one object: one clock, one ledger, and every area built on them."""

from __future__ import annotations

from decimal import Decimal

from .accounts import Account, Accounts
from .area import Shared
from .base import Ids
from .clock import Clock, Scheduler, next_midnight
from .codes import Codes
from .currencies import Currencies, Currency
from .deposits import Deposits
from .express import ExpressWithdrawals
from .fixed import FixedBook, FixedPlan
from .flex import FlexBook, Plan
from .ledger import Bucket, Ledger, Place
from .sub_account_keys import SubAccountKeys
from .sub_accounts import SubAccounts
from .transactions import TransactionLog
from .wallet import Wallet
from .withdrawals import Withdrawals


class World:
    def __init__(
        self,
        clock: Clock,
        currencies: list[Currency],
        accounts: list[Account],
        flex_plans: list[Plan],
        fixed_plans: list[FixedPlan],
        *,
        id_seed: str = "whitebit-sandbox",
    ) -> None:
        self.clock = clock
        self.ids = Ids(id_seed)
        self.ledger = Ledger()
        self.scheduler = Scheduler()
        self.log = TransactionLog()
        self.currencies = Currencies(currencies)
        self.accounts = Accounts(accounts)
        shared = Shared(
            self.ledger, self.currencies, self.accounts, self.scheduler, self.log,
            clock.seconds, self.ids,
        )  # fmt: skip
        self.changes = shared.changes
        self.sub_accounts = SubAccounts(shared)
        self.sub_account_keys = SubAccountKeys(shared, self.sub_accounts)
        self.sub_accounts.on_delete.append(self.sub_account_keys.drop_keys_of)
        self.wallet = Wallet(shared, self.sub_accounts.may_use)
        self.deposits = Deposits(shared)
        self.withdrawals = Withdrawals(shared, self.deposits.is_own)
        self.express = ExpressWithdrawals(shared)
        self.codes = Codes(shared)
        self.flex = FlexBook(shared, flex_plans)
        self.fixed = FixedBook(shared, fixed_plans)
        self.scheduler.daily(next_midnight(clock.now()), self.flex.accrue_day)

    def catch_up(self) -> None:
        """Run everything due by now: interest, maturities, confirmations, payouts."""
        self.scheduler.run_due(self.clock)

    def advance(self, seconds: float) -> None:
        if seconds < 0:
            raise ValueError("the sandbox clock only moves forward")
        self.clock.offset_s += seconds
        self.catch_up()

    def fund(
        self, account: str, ticker: str, amount: Decimal, bucket: Bucket = Bucket.MAIN
    ) -> None:
        """Money from outside, as the seed places it."""
        self.currencies.get(ticker)
        if amount:
            self.ledger.move(ticker, amount, source=None, target=Place(account, bucket),
                             reason="seed", at=self.clock.seconds())  # fmt: skip
