"""Each webhook event by name: written by `make generate` from openapi/webhooks.yaml."""

from typing import TypeAlias

from .models import CodeApplyEvent, DepositEvent, RefundEvent, WebhookEvent, WithdrawEvent

# Whatever a verified delivery is: the generic one for a name this package does not know.
Event: TypeAlias = CodeApplyEvent | DepositEvent | RefundEvent | WebhookEvent | WithdrawEvent

EVENTS: dict[str, type[Event]] = {
    "code.apply": CodeApplyEvent,
    "deposit.accepted": DepositEvent,
    "deposit.canceled": DepositEvent,
    "deposit.processed": DepositEvent,
    "deposit.updated": DepositEvent,
    "refund.failed": RefundEvent,
    "refund.successful": RefundEvent,
    "withdraw.canceled": WithdrawEvent,
    "withdraw.partial_successful": WithdrawEvent,
    "withdraw.pending": WithdrawEvent,
    "withdraw.successful": WithdrawEvent,
    "withdraw.unconfirmed": WithdrawEvent,
}
GENERIC = WebhookEvent

__all__ = ["EVENTS", "GENERIC", "Event"]
