"""Crypto Lending "Fixed": plans with a term; the principal is locked until maturity, when it
comes back with the plan's interest (in the plan's interest currency). Closing early returns
the principal without interest.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_DOWN, Decimal
from enum import IntEnum

from .area import Area, Shared
from .base import (
    Refusal,
    RefusalKind,
    decimals_of,
    fmt,
    invalid,
    newest_first,
    parse_amount,
    quantum,
    rule,
)  # fmt: skip
from .ledger import HOUSE, Place

MIN_AMOUNT = Decimal("0.000001")


class FixedPlanStatus(IntEnum):
    ACTIVE = 1
    NO_COINS_LEFT = 2
    INACTIVE = 3
    PAUSED = 4


class FixedInvestmentStatus(IntEnum):
    ACTIVE = 1
    CLOSED = 2


_PLAN_REFUSALS = {
    FixedPlanStatus.NO_COINS_LEFT: "There are no coins left in the plan",
    FixedPlanStatus.INACTIVE: "Plan is inactive",
    FixedPlanStatus.PAUSED: "Plan is paused",
}


@dataclass
class FixedPlan:
    id: str
    ticker: str
    percent: Decimal  # interest for the whole term, in percent of the principal
    duration_min: int  # the term, in minutes
    min_investment: Decimal
    max_investment: Decimal
    capacity: Decimal  # how much the plan takes from all investors together
    interest_ticker: str | None = None  # None: the plan's own ticker
    interest_ratio: Decimal = Decimal(1)  # interest in interest_ticker = interest / ratio
    status: FixedPlanStatus = FixedPlanStatus.ACTIVE
    enabled: bool = True
    special_offer: bool = False  # offered on the website only
    interest_fund: Decimal | None = None  # interest the plan can still pay; None: no limit
    private_for: frozenset[str] | None = None
    taken: Decimal = Decimal(0)

    @property
    def target(self) -> str:
        return self.interest_ticker or self.ticker

    @property
    def available(self) -> Decimal:
        return max(self.capacity - self.taken, Decimal(0))

    def visible_to(self, account: str) -> bool:
        return self.private_for is None or account in self.private_for


@dataclass
class FixedInvestment:
    id: str
    owner: str
    plan_id: str
    amount: Decimal
    created: int
    payment_time: int
    status: FixedInvestmentStatus = FixedInvestmentStatus.ACTIVE
    updated: int = 0
    interest_paid: Decimal = Decimal(0)

    @property
    def place(self) -> Place:
        return Place(self.owner, f"fixed:{self.id}")


@dataclass(frozen=True)
class InterestPayment:
    owner: str
    plan_id: str
    investment_id: str
    amount: Decimal
    ticker: str
    timestamp: int


class FixedBook(Area):
    def __init__(self, shared: Shared, plans: list[FixedPlan]) -> None:
        super().__init__(shared)
        self.plans = {p.id: p for p in plans}
        self.investments: dict[str, FixedInvestment] = {}
        self.payments: list[InterestPayment] = []

    def several_per_plan(self, owner: str) -> bool:
        return self.accounts[owner].several_fixed_investments

    # -- reading ---------------------------------------------------------------------------
    def plans_for(self, owner: str, ticker: str | None = None) -> list[FixedPlan]:
        if ticker is not None:
            self.currencies.get(ticker)
        return [
            p for p in self.plans.values()
            if p.status is FixedPlanStatus.ACTIVE and p.enabled and not p.special_offer
            and p.visible_to(owner) and (ticker is None or p.ticker == ticker)
        ]  # fmt: skip

    def investments_of(
        self,
        owner: str,
        investment_id: str | None = None,
        ticker: str | None = None,
        status: int | None = None,
    ) -> list[FixedInvestment]:
        mine = [i for i in self.investments.values() if i.owner == owner]
        errors: dict[str, list[str]] = {}
        if investment_id is not None and investment_id not in {i.id for i in mine}:
            errors["id"] = ["The selected id is invalid."]
        if ticker is not None and ticker not in self.currencies:
            errors["ticker"] = ["The selected ticker is invalid."]
        if errors:
            raise Refusal(RefusalKind.INVALID, errors)
        found = [
            i for i in mine
            if (investment_id is None or i.id == investment_id)
            and (ticker is None or self.plans[i.plan_id].ticker == ticker)
            and (status is None or i.status == status)
        ]  # fmt: skip
        return newest_first(found, lambda i: i.created)

    def payments_of(
        self, owner: str, plan_id: str | None = None, ticker: str | None = None
    ) -> list[InterestPayment]:
        errors: dict[str, list[str]] = {}
        if plan_id is not None and plan_id not in self.plans:
            errors["planId"] = ["The selected planId is invalid."]
        if ticker is not None and ticker not in self.currencies:
            errors["ticker"] = ["The selected ticker is invalid."]
        if errors:
            raise Refusal(RefusalKind.INVALID, errors)
        found = [
            p for p in self.payments
            if p.owner == owner and (plan_id is None or p.plan_id == plan_id)
            and (ticker is None or p.ticker == ticker)
        ]  # fmt: skip
        return newest_first(found, lambda p: p.timestamp)

    def interest(self, plan: FixedPlan, amount: Decimal) -> Decimal:
        """The interest at maturity, in the plan's interest currency."""
        places = self.currencies.get(plan.target).precision
        raw = amount * plan.percent / 100 / plan.interest_ratio
        return raw.quantize(quantum(places), ROUND_DOWN)

    # -- moving money ----------------------------------------------------------------------
    def invest(
        self, owner: str, plan_id: object, amount_text: object, *, investment_id: str | None = None
    ) -> FixedInvestment:
        plan = self.plans.get(plan_id) if isinstance(plan_id, str) else None
        errors: dict[str, list[str]] = {}
        if plan is None or not plan.visible_to(owner):
            errors["planId"] = ["The selected planId is invalid."]
        try:
            amount = parse_amount(amount_text)
        except Refusal as exc:
            errors.update(exc.errors or {})
        if errors:
            raise Refusal(RefusalKind.INVALID, errors)
        assert plan is not None
        if amount < MIN_AMOUNT:
            raise invalid("amount", "The amount must be at least 0.000001.")
        if decimals_of(amount) > self.currencies.get(plan.ticker).precision:
            raise invalid("amount", "Invalid decimal amount")
        if not plan.enabled:
            raise invalid("planId", "Plan is disabled")
        if plan.status in _PLAN_REFUSALS:
            raise invalid("planId", _PLAN_REFUSALS[plan.status])
        if plan.special_offer:
            raise invalid("planId", "Special offers are not available via API")
        if amount > plan.available:
            raise invalid(
                "amount",
                "The amount you are trying to invest is bigger than the amount left in this "
                "SMART plan. Please try investing a smaller amount.",
            )
        if not self.several_per_plan(owner) and any(
            i.owner == owner and i.plan_id == plan.id and i.status is FixedInvestmentStatus.ACTIVE
            for i in self.investments.values()
        ):
            raise rule("amount", "The investment in this investment plan already exists", code=1)
        if amount < plan.min_investment:
            raise rule("amount", "Amount is less than min investment", code=2)
        if amount > plan.max_investment:
            raise rule("amount", "Amount is more than max investment", code=3)
        have = self.ledger.held(Place(owner), plan.ticker)
        if have < amount:
            raise rule("amount", f"Available {fmt(have)} < {fmt(amount)}", code=4)
        interest = self.interest(plan, amount)
        if plan.interest_fund is not None and interest > plan.interest_fund:
            raise rule("amount", "Not enough money to pay interest", code=5)
        return self.open(owner, plan, amount, investment_id=investment_id, source=Place(owner))

    def open(
        self,
        owner: str,
        plan: FixedPlan,
        amount: Decimal,
        *,
        investment_id: str | None = None,
        source: Place | None,
    ) -> FixedInvestment:
        """Lock ``amount`` in a new investment (from ``source``; None: the seed brings it)."""
        now = self.now()
        made = FixedInvestment(
            investment_id or self.ids.uuid(), owner, plan.id, amount, now,
            now + plan.duration_min * 60, updated=now,
        )  # fmt: skip
        self.investments[made.id] = made
        plan.taken += amount
        if plan.interest_fund is not None:
            plan.interest_fund -= self.interest(plan, amount)
        self.ledger.move(plan.ticker, amount, source=source, target=made.place,
                         reason="fixed invest", ref=made.id, at=now)  # fmt: skip
        self.scheduler.at(made.payment_time, lambda at: self._mature(made, at))
        return made

    def _release(self, investment: FixedInvestment, at: int) -> None:
        plan = self.plans[investment.plan_id]
        self.ledger.move(
            plan.ticker, investment.amount, source=investment.place, target=Place(investment.owner),
            reason="fixed principal", ref=investment.id, at=at,
        )  # fmt: skip
        plan.taken -= investment.amount
        investment.status = FixedInvestmentStatus.CLOSED
        investment.updated = at

    def _mature(self, investment: FixedInvestment, at: int) -> None:
        if investment.status is not FixedInvestmentStatus.ACTIVE:
            return
        plan = self.plans[investment.plan_id]
        interest = self.interest(plan, investment.amount)
        self._release(investment, at)
        if interest > 0:
            self.ledger.move(
                plan.target, interest, source=Place(HOUSE), target=Place(investment.owner),
                reason="fixed interest", ref=investment.id, at=at,
            )  # fmt: skip
            investment.interest_paid += interest
            self.payments.append(
                InterestPayment(investment.owner, plan.id, investment.id, interest, plan.target, at)
            )

    def close(self, owner: str, investment_id: object) -> FixedInvestment:
        found = self.investments.get(investment_id) if isinstance(investment_id, str) else None
        if found is None or found.owner != owner:
            raise invalid("id", "Investment not found")
        if found.status is FixedInvestmentStatus.CLOSED:
            raise Refusal(RefusalKind.RULE, {"error": ["Investment is already closed"]})
        plan = self.plans[found.plan_id]
        if plan.interest_fund is not None:
            plan.interest_fund += self.interest(plan, found.amount)
        self._release(found, self.now())
        return found
