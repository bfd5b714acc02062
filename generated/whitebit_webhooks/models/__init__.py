"""Contains all the data models used in inputs/outputs

Each model is imported on first use: importing one module of the package does not import all
of them (type checkers and IDEs see every name through the TYPE_CHECKING block).
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .code_apply_event import CodeApplyEvent
    from .code_apply_params import CodeApplyParams
    from .confirmations import Confirmations
    from .deposit_event import DepositEvent
    from .deposit_params import DepositParams
    from .deposit_status import DepositStatus
    from .refund_event import RefundEvent
    from .refund_params import RefundParams
    from .refund_status import RefundStatus
    from .transaction_method import TransactionMethod
    from .webhook_event import WebhookEvent
    from .webhook_event_params import WebhookEventParams
    from .webhook_method import WebhookMethod
    from .withdraw_event import WithdrawEvent
    from .withdraw_params import WithdrawParams
    from .withdraw_status import WithdrawStatus

_MODULES = {
    "CodeApplyEvent": ".code_apply_event",
    "CodeApplyParams": ".code_apply_params",
    "Confirmations": ".confirmations",
    "DepositEvent": ".deposit_event",
    "DepositParams": ".deposit_params",
    "DepositStatus": ".deposit_status",
    "RefundEvent": ".refund_event",
    "RefundParams": ".refund_params",
    "RefundStatus": ".refund_status",
    "TransactionMethod": ".transaction_method",
    "WebhookEvent": ".webhook_event",
    "WebhookEventParams": ".webhook_event_params",
    "WebhookMethod": ".webhook_method",
    "WithdrawEvent": ".withdraw_event",
    "WithdrawParams": ".withdraw_params",
    "WithdrawStatus": ".withdraw_status",
}

__all__ = (
    "CodeApplyEvent",
    "CodeApplyParams",
    "Confirmations",
    "DepositEvent",
    "DepositParams",
    "DepositStatus",
    "RefundEvent",
    "RefundParams",
    "RefundStatus",
    "TransactionMethod",
    "WebhookEvent",
    "WebhookEventParams",
    "WebhookMethod",
    "WithdrawEvent",
    "WithdrawParams",
    "WithdrawStatus",
)


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_MODULES])
