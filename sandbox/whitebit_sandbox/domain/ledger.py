"""One ledger for the whole sandbox: every unit of every currency is in exactly one place.

A place is an account and a bucket: the balances WhiteBIT reports (``main``, ``spot``,
``collateral``) and the ones it keeps for you (a Flex investment, a Fixed investment, an
unapplied code, a withdrawal on its way out). Money enters only from outside (the seed, a
deposit), leaves only to outside (a withdrawal that went through), and otherwise only moves:
so per currency, the sum over all places always equals what came in less what went out.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

HOUSE = "whitebit"  # the exchange's own account: it collects fees and pays interest


class Bucket(StrEnum):
    MAIN = "main"
    SPOT = "spot"
    COLLATERAL = "collateral"


REPORTED = (Bucket.MAIN, Bucket.SPOT, Bucket.COLLATERAL)


@dataclass(frozen=True)
class Place:
    account: str
    bucket: str = Bucket.MAIN


@dataclass(frozen=True)
class Movement:
    at: int
    currency: str
    amount: Decimal
    source: Place | None  # None: from outside the exchange
    target: Place | None  # None: to outside the exchange
    reason: str
    ref: str


@dataclass
class Ledger:
    _held: dict[tuple[Place, str], Decimal] = field(default_factory=lambda: defaultdict(Decimal))
    movements: list[Movement] = field(default_factory=list)
    inflow: dict[str, Decimal] = field(default_factory=lambda: defaultdict(Decimal))
    outflow: dict[str, Decimal] = field(default_factory=lambda: defaultdict(Decimal))

    def held(self, place: Place, currency: str) -> Decimal:
        return self._held.get((place, currency), Decimal(0))

    def holdings(self, account: str) -> dict[tuple[str, str], Decimal]:
        """(bucket, currency) -> amount, of one account's non-zero places."""
        return {(p.bucket, c): v for (p, c), v in self._held.items() if p.account == account and v}

    def move(
        self,
        currency: str,
        amount: Decimal,
        *,
        source: Place | None,
        target: Place | None,
        reason: str,
        ref: str = "",
        at: int = 0,
    ) -> None:
        """Move ``amount`` (positive) from one place to another; None is outside."""
        if amount < 0:
            raise ValueError(f"a movement is positive, got {amount}")
        if source is not None:
            self._held[(source, currency)] -= amount
        else:
            self.inflow[currency] += amount
        if target is not None:
            self._held[(target, currency)] += amount
        else:
            self.outflow[currency] += amount
        self.movements.append(Movement(at, currency, amount, source, target, reason, ref))

    def total(self, currency: str) -> Decimal:
        return sum((v for (_, c), v in self._held.items() if c == currency), Decimal(0))

    def currencies(self) -> set[str]:
        return {c for _, c in self._held} | set(self.inflow) | set(self.outflow)

    def balanced(self) -> bool:
        """Every currency: what is held equals what came in less what went out."""
        return all(self.total(c) == self.inflow[c] - self.outflow[c] for c in self.currencies())
