"""Sub-accounts: accounts of their own under a main account, with transfers between them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from .accounts import Account
from .area import Area, Shared
from .base import (
    Refusal,
    RefusalKind,
    decimals_of,
    fmt,
    invalid,
    newest_first,
    parse_amount,
    refused,
)  # fmt: skip
from .ledger import REPORTED, Bucket, Place

ACTIVE = "active"
BLOCKED = "blocked"
MAIN_TO_SUB = "main_to_sub"
SUB_TO_MAIN = "sub_to_main"
SMALLEST = Decimal("0.00000001")


@dataclass
class SubAccount:
    id: str
    parent: str
    alias: str
    email: str | None
    share_kyc: bool
    spot_enabled: bool
    collateral_enabled: bool
    created_at: int
    status: str = ACTIVE
    activated: bool = True  # a user is linked (a fresh sub-account is, in the sandbox)
    color: str = "#FF5733"

    @property
    def masked_email(self) -> str | None:
        if not self.email or "@" not in self.email:
            return self.email
        name, domain = self.email.split("@", 1)
        return f"{name[:1]}***@{domain}"

    @property
    def kyc_status(self) -> str:
        return "verified" if self.share_kyc else "unverified"


@dataclass(frozen=True)
class SubAccountTransfer:
    id: str
    sub_account: str
    direction: str
    ticker: str
    amount: Decimal
    created_at: int


def _unknown() -> Refusal:
    return invalid("id", "validation.exists")


class SubAccounts(Area):
    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        self.subs: dict[str, SubAccount] = {}
        self.transfers: list[SubAccountTransfer] = []
        self.on_delete: list[Callable[[str], None]] = []  # what else goes with a sub-account

    def of(self, parent: str, sub_id: object) -> SubAccount:
        found = self.subs.get(sub_id) if isinstance(sub_id, str) else None
        if found is None or found.parent != parent:
            raise _unknown()
        return found

    def may_use(self, account: str, bucket: Bucket) -> bool:
        """Whether a sub-account may move money into ``bucket`` (its permissions)."""
        sub = self.subs.get(account)
        if sub is None or bucket is Bucket.MAIN:
            return True
        return sub.spot_enabled if bucket is Bucket.SPOT else sub.collateral_enabled

    def is_active(self, account: str) -> bool:
        sub = self.subs.get(account)
        return sub is None or sub.status == ACTIVE

    # -- managing ----------------------------------------------------------------------------
    def create(
        self,
        parent: str,
        alias: str,
        email: str | None,
        share_kyc: bool,
        spot_enabled: bool,
        collateral_enabled: bool,
        *,
        sub_id: str | None = None,
        activated: bool = True,
    ) -> SubAccount:
        if self.accounts[parent].is_sub_account:
            raise Refusal(RefusalKind.INVALID, {"alias": ["Not permitted for sub-account"]})
        errors: dict[str, list[str]] = {}
        if any(s.parent == parent and s.alias == alias for s in self.subs.values()):
            errors["alias"] = ["Alias already exists."]
        if email is None and not share_kyc:
            errors["email"] = ["The email field is required."]
        elif email is not None and not _looks_like_email(email):
            errors["email"] = ["Email is invalid."]
        if errors:
            raise Refusal(RefusalKind.INVALID, errors)
        holder = self.accounts[parent]
        sub = SubAccount(
            sub_id or self.ids.uuid(), parent, alias, email, share_kyc, spot_enabled,
            collateral_enabled, self.now(), activated=activated,
        )  # fmt: skip
        self.subs[sub.id] = sub
        self.accounts.add(
            Account(
                sub.id, verified=share_kyc and holder.verified, two_factor=holder.two_factor,
                collateral=holder.collateral, parent=parent,
            )
        )  # fmt: skip
        return sub

    def listing(self, parent: str, search: str | None = None) -> list[SubAccount]:
        found = [s for s in self.subs.values() if s.parent == parent]
        if search:
            needle = search.lower()
            found = [
                s for s in found
                if needle in s.alias.lower() or needle in (s.email or "").lower()
            ]  # fmt: skip
        return found

    def edit(
        self, parent: str, sub_id: object, alias: str, spot_enabled: bool, collateral_enabled: bool
    ) -> SubAccount:
        sub = self.of(parent, sub_id)
        siblings = (s for s in self.subs.values() if s.parent == parent and s.id != sub.id)
        if any(s.alias == alias for s in siblings):
            raise invalid("alias", "Alias already exists.")
        sub.alias = alias
        sub.spot_enabled, sub.collateral_enabled = spot_enabled, collateral_enabled
        return sub

    def delete(self, parent: str, sub_id: object) -> SubAccount:
        """Remove a sub-account; what its balances hold goes to the main account's main
        balance. Refused while money is held outside them (a withdrawal on its way)."""
        sub = self.of(parent, sub_id)
        held = self.ledger.holdings(sub.id)
        reported = {b.value for b in REPORTED}
        if any(bucket not in reported for bucket, _ in held):
            raise invalid("id", "Sub-account has pending transactions")
        for (bucket, ticker), amount in held.items():
            self.ledger.move(
                ticker, amount, source=Place(sub.id, bucket), target=Place(parent),
                reason="sub-account deleted", ref=sub.id, at=self.now(),
            )  # fmt: skip
        del self.subs[sub.id]
        self.accounts.remove(sub.id)
        for forget in self.on_delete:
            forget(sub.id)
        return sub

    def set_blocked(self, parent: str, sub_id: object, blocked: bool) -> SubAccount:
        sub = self.of(parent, sub_id)
        sub.status = BLOCKED if blocked else ACTIVE
        return sub

    # -- money ---------------------------------------------------------------------------------
    def transfer(
        self, parent: str, sub_id: object, direction: str, amount_text: object, ticker: object
    ) -> SubAccountTransfer:
        sub = self.of(parent, sub_id)
        currency = self.currencies.get(ticker)
        amount = parse_amount(amount_text, "amount", "The amount must be a number.")
        if amount < SMALLEST:
            raise invalid("amount", "The amount must be at least 0.00000001.")
        if decimals_of(amount) > 8:
            raise invalid("amount", "The amount may have at most 8 decimal places.")
        if sub.status != ACTIVE:
            raise invalid("id", "Sub-account is not active")
        source, target = (parent, sub.id) if direction == MAIN_TO_SUB else (sub.id, parent)
        have = self.ledger.held(Place(source), currency.ticker)
        if have < amount:
            raise invalid("amount", f"Not enough money, {currency.name} balance = {fmt(have)}")
        made = SubAccountTransfer(
            self.ids.uuid(), sub.id, direction, currency.ticker, amount, self.now()
        )
        self.ledger.move(
            currency.ticker, amount, source=Place(source), target=Place(target),
            reason="sub-account transfer", ref=made.id, at=made.created_at,
        )  # fmt: skip
        self.transfers.append(made)
        return made

    def _confirmed(self, parent: str, sub_id: object) -> SubAccount:
        sub = self.of(parent, sub_id)
        if not sub.activated:
            raise refused(RefusalKind.RULE, "Account is not confirmed")
        return sub

    def balances(
        self, parent: str, sub_id: object, ticker: str | None = None
    ) -> dict[str, dict[Bucket, Decimal]]:
        sub = self._confirmed(parent, sub_id)
        tickers = [ticker] if ticker is not None else self.currencies.tickers()
        return {t: {b: self.ledger.held(Place(sub.id, b), t) for b in REPORTED} for t in tickers}

    def transfers_of(
        self, parent: str, sub_id: object, direction: str | None = None
    ) -> list[SubAccountTransfer]:
        sub = self._confirmed(parent, sub_id)
        found = [
            t for t in self.transfers
            if t.sub_account == sub.id and (direction is None or t.direction == direction)
        ]  # fmt: skip
        return newest_first(found, lambda t: t.created_at)

    def kyc_url(self, parent: str, sub_id: object) -> str:
        sub = self.of(parent, sub_id)
        if not sub.activated:
            raise refused(RefusalKind.INVALID, "Account is not confirmed", code=400)
        if sub.status != ACTIVE:
            raise refused(RefusalKind.INVALID, "Sub-account is not active", code=400)
        if sub.share_kyc:
            raise refused(RefusalKind.INVALID, "Sub-account has shared KYC", code=400)
        return f"https://kyc.sandbox.invalid/verify/{self.ids.uuid()}"


def _looks_like_email(text: str) -> bool:
    name, at, domain = text.partition("@")
    return bool(name and at and "." in domain and " " not in text)
