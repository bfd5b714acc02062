"""The control endpoints of webhook deliveries (under ``/sandbox/``, loopback only).

/sandbox/webhooks            {"who", "url", "key", "secret"}  -> {"who", "url", "key"}
                             {"who", "url": null}             -> {"who", "url": null}
/sandbox/webhooks/deliveries {"who"?}                         -> {"deliveries": [...]}
/sandbox/webhooks/faults     {"kind", "count"?, "seconds"?}   -> {}
    kind: drop, duplicate, reorder, delay, bad_signature (for the next deliveries)
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._app import Sandbox


def _text(body: dict[str, Any], name: str) -> str:
    value = body.get(name)
    if not isinstance(value, str) or not value:
        raise ValueError(f"{name!r} must be a non-empty string")
    return value


def _destination(sandbox: Sandbox, body: dict[str, Any]) -> Any:
    who = _text(body, "who")
    if body.get("url") is None:
        sandbox.webhooks.unregister(who)
        return {"who": sandbox.account_of(who), "url": None}
    url, key = _text(body, "url"), _text(body, "key")
    sandbox.webhooks.register(who, url, key=key, secret=_text(body, "secret"))
    return {"who": sandbox.account_of(who), "url": url, "key": key}


def _deliveries(sandbox: Sandbox, body: dict[str, Any]) -> Any:
    who = body.get("who")
    return {"deliveries": sandbox.webhooks.deliveries(None if who is None else _text(body, "who"))}


def _faults(sandbox: Sandbox, body: dict[str, Any]) -> Any:
    count, seconds = body.get("count", 1), body.get("seconds", 0)
    if not isinstance(count, int) or not isinstance(seconds, int) or count < 1 or seconds < 0:
        raise ValueError("'count' is a positive integer, 'seconds' an integer of at least 0")
    sandbox.faults.deliveries.add(_text(body, "kind"), count, seconds)
    return {}


WEBHOOK_ENDPOINTS: dict[str, Callable[[Sandbox, dict[str, Any]], Any]] = {
    "webhooks": _destination,
    "webhooks/deliveries": _deliveries,
    "webhooks/faults": _faults,
}
