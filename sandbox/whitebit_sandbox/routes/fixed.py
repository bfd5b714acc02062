"""Crypto Lending "Fixed"."""

from __future__ import annotations

from typing import Any

from ..domain.base import fmt
from ..domain.fixed import FixedInvestment, FixedPlan, InterestPayment
from ._call import Call


def _plan(plan: FixedPlan) -> dict[str, Any]:
    return {
        "id": plan.id,
        "ticker": plan.ticker,
        "status": int(plan.status),
        "percent": fmt(plan.percent),
        "duration": plan.duration_min,
        "interestTicker": plan.target,
        "interestRatio": fmt(plan.interest_ratio),
        "minInvestment": fmt(plan.min_investment),
        "maxInvestment": fmt(plan.max_investment),
        "maxPossibleInvestment": fmt(min(plan.available, plan.max_investment)),
    }


def plans(call: Call) -> list[Any]:
    return [_plan(p) for p in call.world.fixed.plans_for(call.account, call.text("ticker"))]


def invest(call: Call) -> dict[str, Any]:
    made = call.world.fixed.invest(call.account, call.body.get("planId"), call.body.get("amount"))
    return {"id": made.id}


def close(call: Call) -> dict[str, Any]:
    call.world.fixed.close(call.account, call.body.get("id"))
    return {}


def investments(call: Call) -> dict[str, Any]:
    book = call.world.fixed

    def render(inv: FixedInvestment) -> dict[str, Any]:
        return {
            "id": inv.id,
            "plan": _plan(book.plans[inv.plan_id]),
            "status": int(inv.status),
            "created": inv.created,
            "updated": inv.updated,
            "paymentTime": inv.payment_time,
            "amount": fmt(inv.amount),
            "interestPaid": fmt(inv.interest_paid),
        }

    found = book.investments_of(
        call.account, call.text("id"), call.text("ticker"), call.body.get("status")
    )
    limit, offset = call.page()
    return {"offset": offset, "limit": limit, "records": call.window(found, render)}


def _payment(payment: InterestPayment) -> dict[str, Any]:
    return {
        "planId": payment.plan_id,
        "investmentId": payment.investment_id,
        "amount": fmt(payment.amount),
        "ticker": payment.ticker,
        "timestamp": payment.timestamp,
    }


def payments(call: Call) -> dict[str, Any]:
    found = call.world.fixed.payments_of(call.account, call.text("planId"), call.text("ticker"))
    limit, offset = call.page()
    return {"offset": offset, "limit": limit, "records": call.window(found, _payment)}
