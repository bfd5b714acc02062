"""An account's balances (main, spot, collateral) and the transfers between them."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from .accounts import not_permitted_for_sub_account
from .area import Area, Shared
from .base import Refusal, RefusalKind, decimals_of, fmt, invalid, parse_amount, rule
from .ledger import Bucket, Place

# The legacy ``method`` of transferBetweenBalances, as (from, to).
METHODS = {
    "deposit": (Bucket.MAIN, Bucket.SPOT),
    "withdraw": (Bucket.SPOT, Bucket.MAIN),
    "collateral-deposit": (Bucket.MAIN, Bucket.COLLATERAL),
    "collateral-withdraw": (Bucket.COLLATERAL, Bucket.MAIN),
}
TRANSFER_PLACES = 8
_NOT_A_NUMBER = ("The amount must be a number.", "Invalid number")


class Wallet(Area):
    def __init__(self, shared: Shared, may_use: Callable[[str, Bucket], bool]) -> None:
        super().__init__(shared)
        self._may_use = may_use  # a sub-account's permissions: may it move money to a bucket?

    def balance(self, account: str, ticker: str, bucket: Bucket = Bucket.MAIN) -> Decimal:
        return self.ledger.held(Place(account, bucket), ticker)

    def main_balances(self, account: str, ticker: str | None = None) -> dict[str, Decimal]:
        """Main balance per currency: every currency the exchange lists, or the one asked for
        (an unknown ticker is not an error: its balance is zero)."""
        tickers = [ticker] if ticker is not None else self.currencies.tickers()
        return {t: self.balance(account, t) for t in tickers}

    def transfer(
        self,
        account: str,
        ticker: object,
        amount_text: object,
        *,
        method: str | None = None,
        source: str | None = None,
        target: str | None = None,
    ) -> None:
        """Move money between two of the account's balances, as transferBetweenBalances."""
        currency = self.currencies.get(ticker)
        start, end = _direction(method, source, target)
        amount = parse_amount(amount_text, "amount", *_NOT_A_NUMBER)
        if decimals_of(amount) > TRANSFER_PLACES:
            raise invalid("amount", "Invalid number")
        if amount < Decimal("0.00000001"):
            raise invalid("amount", "The amount must be at least 0.00000001.")
        holder = self.accounts[account]
        if currency.fiat and not holder.verified:
            raise invalid("amount", "Your account must be verified")
        if Bucket.COLLATERAL in (start, end) and not holder.collateral:
            raise Refusal(RefusalKind.RULE, {"error": ["Unavailable for legal reasons"]})
        if holder.is_sub_account and not self._may_use(account, end):
            raise not_permitted_for_sub_account()
        if start is Bucket.SPOT and not currency.can_withdraw:
            raise rule("currency", "Withdraw from this currency is disabled", code=1)
        if end is Bucket.SPOT and not currency.can_deposit:
            raise rule("currency", "Deposit to this currency is disabled", code=2)
        have = self.balance(account, currency.ticker, start)
        if have < amount:
            message = (
                f"You don't have such amount for transfer "
                f"(available {fmt(have)}, in amount: {fmt(amount)})"
            )
            raise rule("amount", message, code=3)
        self.ledger.move(
            currency.ticker, amount, source=Place(account, start), target=Place(account, end),
            reason="transfer", at=self.now(),
        )  # fmt: skip


def _direction(method: str | None, source: str | None, target: str | None) -> tuple[Bucket, Bucket]:
    if method is not None:
        if method not in METHODS:
            raise invalid("method", "The selected method is invalid.")
        return METHODS[method]
    if source is None and target is None:
        raise invalid("method", "The method field is required.")
    missing = {name: [f"The {name} field is required."] for name, v in
               (("from", source), ("to", target)) if v is None}  # fmt: skip
    if missing:
        raise Refusal(RefusalKind.INVALID, missing)
    buckets = {b.value: b for b in Bucket}
    if source not in buckets or target not in buckets:
        raise Refusal(
            RefusalKind.INVALID,
            {"from": ["The selected from is invalid."], "to": ["The selected to is invalid."]},
        )
    if source == target:
        raise invalid("to", "The to and from must be different.")
    return buckets[str(source)], buckets[str(target)]
