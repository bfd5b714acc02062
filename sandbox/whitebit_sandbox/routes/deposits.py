"""Deposit addresses, refunds of canceled deposits, fiat invoices."""

from __future__ import annotations

from typing import Any

from ..domain.base import fmt
from ..domain.deposits import DepositAddress
from ._call import Call


def _address(call: Call, found: DepositAddress) -> dict[str, Any]:
    currency = call.world.currencies.get(found.ticker)
    rules = currency.deposit
    return {
        "account": {"address": found.address, "memo": found.memo},
        "required": {
            "fixedFee": fmt(rules.fixed),
            "flexFee": {
                "maxFee": fmt(rules.max_flex),
                "minFee": fmt(rules.min_flex),
                "percent": fmt(rules.percent_flex),
            },
            "maxAmount": fmt(rules.max_amount),
            "minAmount": fmt(rules.min_amount),
        },
    }


def deposit_address(call: Call) -> dict[str, Any]:
    found = call.world.deposits.address_for(
        call.account, call.body.get("ticker"), call.body.get("network")
    )
    return _address(call, found)


def new_address(call: Call) -> dict[str, Any]:
    found = call.world.deposits.new_address(
        call.account, call.body.get("ticker"), call.body.get("network"), call.body.get("type")
    )
    return _address(call, found)


def refund(call: Call) -> dict[str, Any]:
    tx = call.world.deposits.refund(
        call.account, call.body.get("transactionId"), call.body.get("address")
    )
    return {"id": tx.id}


def fiat_deposit_url(call: Call) -> dict[str, Any]:
    names = ("successLink", "failureLink", "returnLink")
    links: dict[str, object] = {k: call.body[k] for k in names if k in call.body}
    url = call.world.deposits.fiat_invoice(
        call.account, call.body.get("ticker"), call.body.get("provider"),
        call.body.get("amount"), str(call.body.get("uniqueId")), links,
    )  # fmt: skip
    return {"url": url}
