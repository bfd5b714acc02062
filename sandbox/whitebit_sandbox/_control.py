"""The sandbox's own control endpoints under ``/sandbox/`` (a path WhiteBIT's API never uses),
so that a test suite in any language can drive a running sandbox. Loopback only.

Every endpoint is ``POST`` with a JSON object; amounts are decimal strings. ``who`` is an API
key or an account id.

    /sandbox/deposit     {"who", "ticker", "amount", "network"?, "address"?, "memo"?,
                          "confirmations"?, "canceled"?}     -> {"transaction_id", "status"}
    /sandbox/advance     {"seconds"}                          -> {"now"}
    /sandbox/faults      {"path", "kind", "count"?, "status"?, "example"?, "seconds"?,
                          "retryAfter"?}                      -> {}
    /sandbox/faults/clear                                     -> {}
    /sandbox/withdrawals/settle {"reference", "status"?}      -> {"transaction_id", "status"}
    /sandbox/express/pay {"token", "who"}                     -> {}
    /sandbox/balances    {"who"}                              -> {"main": {...}, "spot": {...}}
    /sandbox/reset                                            -> {}
"""

from __future__ import annotations

import json
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from ._app import LOCAL_CLIENT, Sandbox
from ._edge import Headers
from ._faults import Fault, FaultKind
from ._webhook_control import WEBHOOK_ENDPOINTS
from ._wire import Reply
from .domain.base import Refusal, fmt

PREFIX = "/sandbox/"


class ControlError(ValueError):
    pass


def _text(body: dict[str, Any], name: str, default: str | None = None) -> str:
    value = body.get(name, default)
    if not isinstance(value, str):
        raise ControlError(f"{name!r} must be a string")
    return value


def _deposit(sandbox: Sandbox, body: dict[str, Any]) -> Any:
    amount = body.get("amount")
    if not isinstance(amount, str):
        raise ControlError("'amount' must be a decimal string")
    tx = sandbox.deposit(
        _text(body, "who"), _text(body, "ticker"), Decimal(amount),
        network=body.get("network"), address=body.get("address"), memo=body.get("memo", ""),
        confirmations=body.get("confirmations"), canceled=bool(body.get("canceled", False)),
    )  # fmt: skip
    return {"transaction_id": tx.id, "status": int(tx.status)}


def _advance(sandbox: Sandbox, body: dict[str, Any]) -> Any:
    seconds = body.get("seconds")
    if not isinstance(seconds, int | float) or isinstance(seconds, bool):
        raise ControlError("'seconds' must be a number")
    sandbox.advance(seconds)
    return {"now": sandbox.clock.seconds()}


def _faults(sandbox: Sandbox, body: dict[str, Any]) -> Any:
    path = _text(body, "path")
    count = int(body.get("count", 1))
    kind = FaultKind(_text(body, "kind"))
    if kind is FaultKind.DOCUMENTED:
        sandbox.faults.documented(path, int(body["status"]), body.get("example"), count)
    else:
        fault = Fault(
            kind,
            status=int(body.get("status", 503 if kind is FaultKind.STATUS else 429)),
            retry_after_s=int(body.get("retryAfter", 1)),
            delay_s=float(body.get("seconds", 0.0)),
        )
        sandbox.faults.add(path, fault, count)
    return {}


def _settle(sandbox: Sandbox, body: dict[str, Any]) -> Any:
    tx = sandbox.settle_withdrawal(_text(body, "reference"), int(body.get("status", 3)))
    return {"transaction_id": tx.id, "status": int(tx.status)}


def _pay(sandbox: Sandbox, body: dict[str, Any]) -> Any:
    sandbox.pay_express(_text(body, "token"), _text(body, "who"))
    return {}


def _balances(sandbox: Sandbox, body: dict[str, Any]) -> Any:
    found = sandbox.balances(_text(body, "who"))
    return {bucket: {t: fmt(a) for t, a in held.items()} for bucket, held in found.items()}


def _reset(sandbox: Sandbox, body: dict[str, Any]) -> Any:
    sandbox.reset()
    return {}


def _clear(sandbox: Sandbox, body: dict[str, Any]) -> Any:
    sandbox.faults.clear()
    return {}


ENDPOINTS: dict[str, Callable[[Sandbox, dict[str, Any]], Any]] = {
    **WEBHOOK_ENDPOINTS,
    "deposit": _deposit,
    "advance": _advance,
    "faults": _faults,
    "faults/clear": _clear,
    "withdrawals/settle": _settle,
    "express/pay": _pay,
    "balances": _balances,
    "reset": _reset,
}


def answer(
    sandbox: Sandbox,
    method: str,
    path: str,
    headers: Headers,
    body: bytes,
    *,
    local: bool,
    client: str = LOCAL_CLIENT,
) -> Reply:
    """A request to the sandbox: a control request (from loopback only) or an API call from
    the address ``client``."""
    if path.startswith(PREFIX) or path == PREFIX.rstrip("/"):
        if not local:
            return Reply.json(403, {"error": "control endpoints answer loopback clients only"})
        return control(sandbox, method, path, body)
    return sandbox.handle(method, path, headers, body, client=client)


def control(sandbox: Sandbox, method: str, path: str, body: bytes) -> Reply:
    """Answer one control request."""
    name = path[len(PREFIX) - 1 :].strip("/")
    endpoint = ENDPOINTS.get(name)
    if endpoint is None:
        known = sorted(PREFIX + name for name in ENDPOINTS)
        return Reply.json(404, {"error": f"no control endpoint {path!r}", "endpoints": known})
    if method.upper() != "POST":
        return Reply.json(405, {"error": "control endpoints take POST"}, {"Allow": "POST"})
    try:
        data = json.loads(body or b"{}")
        if not isinstance(data, dict):
            raise ControlError("the body is one JSON object")
        result = endpoint(sandbox, data)
        sandbox.webhooks.flush()  # what the request changed, told by webhook
        return Reply.json(200, result)
    except Refusal as exc:
        return Reply.json(400, {"error": exc.message, "errors": exc.errors})
    except (ValueError, KeyError, TypeError) as exc:
        return Reply.json(400, {"error": str(exc) or type(exc).__name__})
