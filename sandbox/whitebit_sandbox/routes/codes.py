"""WhiteBIT codes: create, apply, the codes made, and the history of both."""

from __future__ import annotations

from typing import Any

from ..domain.base import fmt
from ..domain.codes import Code, CodeEvent
from ._call import Call


def create(call: Call) -> dict[str, Any]:
    code = call.world.codes.create(
        call.account, call.body.get("ticker"), call.body.get("amount"),
        call.text("passphrase"), call.text("description"),
    )  # fmt: skip
    return {
        "code": code.code,
        "message": "Code was successfully created",
        "external_id": code.external_id,
    }


def apply(call: Call) -> dict[str, Any]:
    code = call.world.codes.apply(call.account, call.body.get("code"), call.text("passphrase"))
    return {
        "message": "Code was successfully applied",
        "ticker": code.ticker,
        "amount": fmt(code.amount),
        "external_id": code.external_id,
    }


def _info(code: Code, amount: str, date: int) -> dict[str, Any]:
    return {
        "amount": amount,
        "code": code.code,
        "date": date,
        "status": code.status,
        "ticker": code.ticker,
        "external_id": code.external_id,
    }


def _listing(call: Call, items: list[Any], render: Any) -> dict[str, Any]:
    limit, offset = call.page()
    return {"total": len(items), "data": call.window(items, render), "limit": limit,
            "offset": offset}  # fmt: skip


def mine(call: Call) -> dict[str, Any]:
    found = call.world.codes.created_by(call.account)
    return _listing(call, found, lambda c: _info(c, fmt(c.amount), c.created_at))


def history(call: Call) -> dict[str, Any]:
    def render(event: CodeEvent) -> dict[str, Any]:
        return _info(event.code, f"{event.sign}{fmt(event.code.amount)}", event.at)

    return _listing(call, call.world.codes.history(call.account), render)
