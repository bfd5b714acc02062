from enum import StrEnum


class WebhookMethod(StrEnum):
    CODE_APPLY = "code.apply"
    DEPOSIT_ACCEPTED = "deposit.accepted"
    DEPOSIT_CANCELED = "deposit.canceled"
    DEPOSIT_PROCESSED = "deposit.processed"
    DEPOSIT_UPDATED = "deposit.updated"
    REFUND_FAILED = "refund.failed"
    REFUND_SUCCESSFUL = "refund.successful"
    WITHDRAW_CANCELED = "withdraw.canceled"
    WITHDRAW_PARTIAL_SUCCESSFUL = "withdraw.partial_successful"
    WITHDRAW_PENDING = "withdraw.pending"
    WITHDRAW_SUCCESSFUL = "withdraw.successful"
    WITHDRAW_UNCONFIRMED = "withdraw.unconfirmed"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "WebhookMethod | None":
        # A value the API added after this client was generated must not break parsing:
        # it becomes a member named UNKNOWN_<value>, whose .value is what the server sent.
        if not isinstance(value, str) or isinstance(value, bool):
            return None
        member = str.__new__(cls, value)
        member._name_ = f"UNKNOWN_{value}"
        member._value_ = value
        return member
