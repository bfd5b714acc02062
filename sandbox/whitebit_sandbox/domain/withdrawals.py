"""Withdrawals: checked as WhiteBIT checks them, debited at once, sent out a minute later.

``createWithdraw`` debits ``amount`` and the recipient gets ``amount - fee``;
``createWithdrawPay`` debits ``amount + fee`` and the recipient gets ``amount``. Either way the
money waits in the withdrawal's own place in the ledger until it is sent (status 3: the payout
leaves the exchange, the fee goes to the house) or canceled (status 4: all of it comes back).
A sub-account's withdrawal may first wait for its main account to confirm it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import ROUND_DOWN, Decimal

from .area import Area, Shared
from .base import (
    Refusal,
    RefusalKind,
    fmt,
    invalid,
    newest_first,
    parse_amount,
    quantum,
    refused,
    rule,
)
from .currencies import Currency, Network
from .ledger import HOUSE, Place
from .transactions import Method, Status, Transaction

PROCESSING_S = 60  # sandbox seconds from "pending" to "successful"
TWO_FACTOR = "This action is unauthorized. Please, enable Two-Factor authentication."


@dataclass
class Withdrawal(Transaction):
    payout: Decimal = Decimal(0)  # what the recipient gets
    awaiting_parent: bool = False  # a sub-account's withdrawal its main account must confirm
    details: dict[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class WithdrawRequest:
    ticker: object
    amount: object
    address: object
    unique_id: str
    memo: str | None = None
    network: object = None
    provider: object = None
    fee_on_top: bool = False  # createWithdrawPay: the fee is added to the amount


class Withdrawals(Area):
    def __init__(self, shared: Shared, is_own_address: Callable[[str, str], bool]) -> None:
        super().__init__(shared)
        self._is_own_address = is_own_address

    def create(
        self, owner: str, request: WithdrawRequest, *, transaction_id: str | None = None
    ) -> Withdrawal:
        currency = self.currencies.get(request.ticker)
        if self.log.by_unique_id(owner, request.unique_id) is not None:
            raise invalid("uniqueId", "The unique id has already been taken.")
        holder = self.accounts[owner]
        network = None
        if currency.fiat:
            if request.provider is None:
                raise invalid("provider", "Provider is required for fiat currency")
            if request.provider not in currency.providers:
                raise invalid("provider", "The selected provider is invalid.")
            if not holder.verified:
                raise invalid("amount", "Your account must be verified")
        else:
            network = currency.network(request.network)
            if network.memo and not request.memo:
                raise invalid("memo", "The memo field is required.")
        amount = parse_amount(request.amount, "amount", "The amount must be a number.")
        if not holder.two_factor:
            raise refused(RefusalKind.PRECONDITION, TWO_FACTOR, code=1)
        fee, payout, debit = self._price(currency, amount, request.fee_on_top)
        address = request.address if isinstance(request.address, str) else ""
        self._check(owner, currency, network, address, amount, fee, payout, debit)
        tx = Withdrawal(
            transaction_id or self.ids.uuid(), owner, Method.WITHDRAW, currency.ticker,
            currency.name, amount, fee, address, self.now(), Status.PENDING_WITHDRAW,
            memo=request.memo or "", network=_shown(currency, network),
            unique_id=request.unique_id, payout=payout,
        )  # fmt: skip
        self.log.add(tx)
        self.ledger.move(
            currency.ticker, debit, source=Place(owner), target=self._held(tx),
            reason="withdrawal", ref=tx.id, at=tx.created_at,
        )  # fmt: skip
        self.changes.note("withdraw.unconfirmed", owner, tx.created_at, tx)
        parent = holder.parent
        if parent is not None and self.accounts[parent].confirms_sub_account_withdrawals:
            tx.awaiting_parent = True
        else:
            self._schedule(tx)
        return tx

    @staticmethod
    def _price(
        currency: Currency, amount: Decimal, fee_on_top: bool
    ) -> tuple[Decimal, Decimal, Decimal]:
        """(fee, payout, debit) of a withdrawal of ``amount``."""
        fee = currency.withdraw.fee(amount, currency.precision)
        if fee_on_top:
            return fee, amount, amount + fee
        payout = (amount - fee).quantize(quantum(currency.precision), ROUND_DOWN)
        return fee, payout, amount

    def _check(
        self, owner: str, currency: Currency, network: Network | None, address: str,
        amount: Decimal, fee: Decimal, payout: Decimal, debit: Decimal,
    ) -> None:  # fmt: skip
        """The business rules, with WhiteBIT's codes 1-9 (422)."""
        if not currency.can_withdraw:
            raise rule("ticker", "Currency is not withdrawable", code=1)
        if not currency.address_style(network).accepts(address):
            raise rule("address", "The address is invalid", code=2)
        if self._is_own_address(owner, address):
            raise rule("address", "The address is unavailable", code=9)
        if currency.precision == 0 and amount != amount.to_integral_value():
            raise rule("amount", "The amount must be an integer", code=7)
        if amount <= 0 or currency.withdraw.too_small(amount):
            minimum = fmt(currency.withdraw.min_amount)
            raise rule("amount", f"Minimum withdraw amount is {minimum}", code=3)
        if currency.withdraw.too_big(amount):
            raise rule("amount", "Current limit exceeded", code=0)
        if amount <= fee and debit == amount:
            raise rule("amount", f"The amount must be greater than the fee {fmt(fee)}", code=6)
        if payout <= 0:
            raise rule("amount", "The amount less the fee is zero", code=8)
        have = self.ledger.held(Place(owner), currency.ticker)
        if have < debit:
            raise rule("amount", f"Not enough money, {currency.name} balance = {fmt(have)}", code=5)

    def _held(self, tx: Transaction) -> Place:
        return Place(tx.owner, f"withdrawal:{tx.id}")

    def _schedule(self, tx: Withdrawal) -> None:
        def finish(at: int) -> None:
            if tx.status == Status.PENDING_WITHDRAW:
                self.settle(tx, Status.SUCCESSFUL, at)

        self.changes.note("withdraw.pending", tx.owner, self.now(), tx)
        self.scheduler.at(self.now() + PROCESSING_S, finish)

    def settle(self, tx: Withdrawal, status: int, at: int | None = None) -> None:
        """End a pending withdrawal: sent (3), canceled (4, money back) or frozen (21, held)."""
        if tx.status != Status.PENDING_WITHDRAW:
            raise ValueError(f"withdrawal {tx.id} is no longer pending (status {tx.status})")
        when = self.now() if at is None else at
        held = self._held(tx)
        if status == Status.SUCCESSFUL:
            tx.transaction_hash = hashlib.sha256(tx.id.encode()).hexdigest()
            self.ledger.move(tx.ticker, tx.payout, source=held, target=None,
                             reason="withdrawal sent", ref=tx.id, at=when)  # fmt: skip
            rest = self.ledger.held(held, tx.ticker)
            if rest:
                self.ledger.move(tx.ticker, rest, source=held, target=Place(HOUSE),
                                 reason="withdrawal fee", ref=tx.id, at=when)  # fmt: skip
        elif status == Status.CANCELED:
            self.ledger.move(tx.ticker, self.ledger.held(held, tx.ticker), source=held,
                             target=Place(tx.owner), reason="withdrawal canceled",
                             ref=tx.id, at=when)  # fmt: skip
        elif status != Status.AML_FROZEN:
            raise ValueError(f"a withdrawal ends as 3, 4 or 21, not {status}")
        tx.status = status
        tx.awaiting_parent = False
        told = {Status.SUCCESSFUL: "withdraw.successful", Status.CANCELED: "withdraw.canceled"}
        if status in told:
            self.changes.note(told[Status(status)], tx.owner, when, tx)

    def find(self, reference: str) -> Withdrawal:
        """A withdrawal by its transaction id or, for its owner's convenience, its uniqueId."""
        for tx in self.log.all():
            if isinstance(tx, Withdrawal) and reference in (tx.id, tx.unique_id):
                return tx
        raise KeyError(f"no withdrawal {reference!r}")

    # -- sub-account withdrawals waiting for their main account --------------------------------
    def _feature(self, parent: str) -> None:
        if not self.accounts[parent].confirms_sub_account_withdrawals:
            raise Refusal(RefusalKind.NOT_FOUND, None, code=None, message="")

    def unconfirmed(self, parent: str, sub_account: str | None = None) -> list[Withdrawal]:
        self._feature(parent)
        found = [
            tx for tx in self.log.all()
            if isinstance(tx, Withdrawal) and tx.awaiting_parent
            and self.accounts[tx.owner].parent == parent
            and (sub_account is None or tx.owner == sub_account)
        ]  # fmt: skip
        return newest_first(found, lambda tx: tx.created_at)

    def confirm(self, parent: str, withdrawal_id: str) -> None:
        self._feature(parent)
        tx = self.log.get(withdrawal_id)
        if not isinstance(tx, Withdrawal):
            raise invalid("id", "validation.exists")
        if tx.owner not in self.accounts or self.accounts[tx.owner].parent != parent:
            raise refused(RefusalKind.RULE, "Transaction doesn't exist", code=422)
        if not tx.awaiting_parent:
            raise refused(RefusalKind.RULE, "Transaction has incorrect status", code=422)
        tx.awaiting_parent = False
        self._schedule(tx)


def _shown(currency: Currency, network: Network | None) -> str | None:
    """The network the history names: only for a currency that has more than one."""
    return network.name if network is not None and len(currency.networks) > 1 else None
