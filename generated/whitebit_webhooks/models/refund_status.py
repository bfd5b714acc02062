from enum import StrEnum


class RefundStatus(StrEnum):
    COMPLETED = "completed"
    FAILED = "failed"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "RefundStatus | None":
        # A value the API added after this client was generated must not break parsing:
        # it becomes a member named UNKNOWN_<value>, whose .value is what the server sent.
        if not isinstance(value, str) or isinstance(value, bool):
            return None
        member = str.__new__(cls, value)
        member._name_ = f"UNKNOWN_{value}"
        member._value_ = value
        return member
