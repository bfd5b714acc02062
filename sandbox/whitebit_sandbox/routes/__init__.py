"""The wire side of the stateful areas: a request's JSON in, a domain call, the answer's JSON out.

One module per area; each handler is registered under the operationId it serves. The domain
never sees JSON and these modules never see HTTP: the app validates the request against the
spec first, and turns a ``Refusal`` into WhiteBIT's error answer.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

from ._call import Call, Handler

_AREAS = (
    "main_account",
    "deposits",
    "withdrawals",
    "codes",
    "flex",
    "fixed",
    "sub_accounts",
    "sub_account_keys",
)
ROUTES: dict[str, Handler] = {}


def route(operation_id: str) -> Callable[[Handler], Handler]:
    def register(handler: Handler) -> Handler:
        ROUTES[operation_id] = handler
        return handler

    return register


def handlers() -> dict[str, Handler]:
    """Every stateful operation's handler, by operationId."""
    for area in _AREAS:
        importlib.import_module(f"{__name__}.{area}")
    return ROUTES


__all__ = ["Call", "Handler", "handlers", "route"]
