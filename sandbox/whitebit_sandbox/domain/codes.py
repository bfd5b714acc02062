"""WhiteBIT codes: an amount taken from the creator's main balance, redeemable once by
another account (with the passphrase, if it has one)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from .area import Area, Shared
from .base import (
    Refusal,
    RefusalKind,
    decimals_of,
    fmt,
    invalid,
    newest_first,
    parse_amount,
)
from .ledger import Place

ACTIVE = "active"
APPLIED = "Activated"  # the reference's examples show applied codes so
MAX_AMOUNT = Decimal("1e17")
MAX_PLACES = 18
_CODE_FAILED = "Incorrect code or passphrase"
_NOT_A_NUMBER = ("The amount must be a number.", "Invalid number")


@dataclass
class Code:
    code: str
    owner: str
    ticker: str
    amount: Decimal
    external_id: str
    created_at: int
    passphrase: str | None = None
    description: str | None = None
    applied_by: str | None = None
    applied_at: int | None = None

    @property
    def status(self) -> str:
        return APPLIED if self.applied_by is not None else ACTIVE

    @property
    def place(self) -> Place:
        return Place(self.owner, f"code:{self.code}")


@dataclass(frozen=True)
class CodeEvent:
    """One line of getCodesHistory: a code created (``-amount``) or applied (``+amount``)."""

    code: Code
    sign: str
    at: int


def _validation(errors: dict[str, list[str]]) -> Refusal:
    # createCode words its account rules as "Validation failed" although they answer 422.
    return Refusal(RefusalKind.RULE, errors, message="Validation failed")


class Codes(Area):
    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        self.codes: dict[str, Code] = {}

    def create(
        self,
        owner: str,
        ticker: object,
        amount_text: object,
        passphrase: str | None = None,
        description: str | None = None,
        *,
        code: str | None = None,
        external_id: str | None = None,
    ) -> Code:
        currency = self.currencies.get(ticker)
        amount = parse_amount(amount_text, "amount", *_NOT_A_NUMBER)
        if amount <= 0:
            raise invalid("amount", "The amount must be at least 0.")
        if decimals_of(amount) > MAX_PLACES or amount > MAX_AMOUNT:
            raise invalid("amount", "Invalid number")
        if not self.accounts[owner].verified:
            raise _validation({"amount": ["Your account must be verified"]})
        if currency.fiat:
            raise Refusal(
                RefusalKind.RULE, {"ticker": ["Fiat codes can be created on the website only"]}
            )
        if not currency.codes_enabled:
            raise _validation({"ticker": ["Codes are disabled for this currency"]})
        if not currency.can_withdraw:
            raise Refusal(RefusalKind.RULE, {"ticker": ["Currency is not withdrawable"]}, code=1)
        if amount < currency.code_minimum:
            minimum = fmt(currency.code_minimum)
            raise Refusal(RefusalKind.RULE, {"amount": [f"Minimum amount is {minimum}"]}, code=3)
        have = self.ledger.held(Place(owner), currency.ticker)
        if have < amount:
            message = f"Not enough money, {currency.name} balance = {fmt(have)}"
            raise Refusal(RefusalKind.RULE, {"amount": [message]}, code=5)
        made = Code(
            code or f"WB{self.ids.uuid()}{currency.ticker}", owner, currency.ticker, amount,
            external_id or self.ids.uuid(), self.now(), passphrase, description,
        )  # fmt: skip
        self.codes[made.code] = made
        self.ledger.move(
            made.ticker, amount, source=Place(owner), target=made.place,
            reason="code created", ref=made.code, at=made.created_at,
        )  # fmt: skip
        return made

    def apply(self, applier: str, code_text: object, passphrase: str | None = None) -> Code:
        code = self.codes.get(code_text) if isinstance(code_text, str) else None
        if code is None:
            if isinstance(code_text, str) and code_text.startswith("WB"):
                raise invalid("code", _CODE_FAILED)
            raise invalid("code", "Code not applied")
        if code.applied_by is not None:
            raise invalid("code", "Code already applied")
        if code.owner == applier:
            raise invalid("code", "This code was created by you")
        if (code.passphrase or None) != (passphrase or None):
            raise invalid("code", _CODE_FAILED)
        if not self.accounts[applier].verified:
            raise Refusal(RefusalKind.RULE, {"error": ["KYC required"]})
        if not self.currencies.get(code.ticker).codes_enabled:
            raise Refusal(RefusalKind.RULE, {"code": ["Codes are disabled for this currency"]})
        code.applied_by, code.applied_at = applier, self.now()
        self.ledger.move(
            code.ticker, code.amount, source=code.place, target=Place(applier),
            reason="code applied", ref=code.code, at=code.applied_at,
        )  # fmt: skip
        self.changes.note("code.apply", code.owner, code.applied_at, code=code.code)
        return code

    def created_by(self, owner: str) -> list[Code]:
        """The owner's codes, newest first (getMyCodes)."""
        mine = [c for c in self.codes.values() if c.owner == owner]
        return newest_first(mine, lambda c: c.created_at)

    def history(self, account: str) -> list[CodeEvent]:
        """Codes the account created and applied, newest first (getCodesHistory)."""
        mine = (c for c in self.codes.values() if c.owner == account)
        events = [CodeEvent(c, "-", c.created_at) for c in mine]
        events += [
            CodeEvent(c, "+", c.applied_at)
            for c in self.codes.values()
            if c.applied_by == account and c.applied_at is not None
        ]
        return newest_first(events, lambda e: e.at)
