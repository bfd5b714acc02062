"""Express withdraw: a partner asks for a payment token, a WhiteBIT user pays it.

The token is the partner's idempotency: the same ``externalId`` with the same ticker and
amount gives the same token while it is valid (90 s), a fresh one after it expired, code 18
if ticker or amount changed, and code 19 once it is paid. Paying moves the amount from the
payer's main balance to the partner's, without a fee.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from decimal import Decimal

from .area import Area, Shared
from .base import Refusal, RefusalKind, fmt, parse_amount, rule
from .ledger import Place

TOKEN_LIFETIME_S = 90
CAP_USDT = Decimal(10_000)


@dataclass
class ExpressToken:
    token: str
    owner: str  # the partner who is paid
    ticker: str
    amount: Decimal
    external_id: str
    created_at: int
    paid_by: str | None = None

    @property
    def expires_at(self) -> int:
        return self.created_at + TOKEN_LIFETIME_S

    @property
    def url(self) -> str:
        return f"https://checkout.sandbox.invalid/express-withdraw?token={self.token}"

    @property
    def expire_at_text(self) -> str:
        return time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(self.expires_at))


class ExpressWithdrawals(Area):
    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        self.tokens: dict[str, ExpressToken] = {}  # every token made, expired ones too
        self._latest: dict[tuple[str, str], ExpressToken] = {}  # (owner, externalId) -> token

    def token(
        self, owner: str, ticker: object, amount_text: object, external_id: str
    ) -> ExpressToken:
        if not self.accounts[owner].express_withdraw:
            raise Refusal(RefusalKind.FORBIDDEN, None, code=None, message="")
        if ticker not in self.currencies:
            raise rule("ticker", "The selected ticker is invalid.")
        currency = self.currencies.get(ticker)
        if currency.fiat or not currency.can_withdraw:
            raise rule("ticker", "Currency is not available for express withdraw")
        amount = parse_amount(amount_text, "amount", "The amount must be a number.")
        if amount <= 0:
            raise Refusal(RefusalKind.RULE, {"amount": ["The amount must be greater than 0."]})
        if amount * currency.usdt_rate > CAP_USDT:
            raise rule("amount", f"The amount exceeds {fmt(CAP_USDT)} USDT", code=191)
        key = (owner, external_id)
        existing = self._latest.get(key)
        now = self.now()
        if existing is not None:
            if existing.paid_by is not None:
                raise rule("externalId", "The token has already been used", code=19)
            if now < existing.expires_at:
                if (existing.ticker, existing.amount) != (currency.ticker, amount):
                    raise rule("externalId", "The token is invalid", code=18)
                return existing
        made = ExpressToken(
            self.ids.uuid().replace("-", "")[:12], owner, currency.ticker, amount,
            external_id, now,
        )  # fmt: skip
        self.tokens[made.token] = self._latest[key] = made
        return made

    def pay(self, token: str, payer: str) -> ExpressToken:
        """A WhiteBIT user confirms the payment page (the sandbox's stand-in for that page)."""
        found = self.tokens.get(token)
        if found is None:
            raise ValueError(f"no express-withdraw token {token!r}")
        if found.paid_by is not None:
            raise ValueError("the token has already been used")
        if self.now() >= found.expires_at:
            raise ValueError("the token has expired")
        if payer == found.owner:
            raise ValueError("a partner cannot pay its own token")
        currency = self.currencies.get(found.ticker)
        if found.amount * currency.usdt_rate > CAP_USDT:
            raise ValueError("the amount is above the cap")
        if self.ledger.held(Place(payer), found.ticker) < found.amount:
            raise ValueError(f"the payer has less than {fmt(found.amount)} {found.ticker}")
        self.ledger.move(
            found.ticker, found.amount, source=Place(payer), target=Place(found.owner),
            reason="express withdraw", ref=found.token, at=self.now(),
        )  # fmt: skip
        found.paid_by = payer
        return found
