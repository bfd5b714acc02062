from enum import IntEnum


class DepositStatus(IntEnum):
    SUCCESSFUL = 3
    CANCELED = 4
    UNCONFIRMED_BY_USER = 5
    SUCCESSFUL_7 = 7
    CANCELED_9 = 9
    PENDING = 15
    AML_FROZEN = 21
    UNCREDITED = 22
    TRAVEL_RULE_FROZEN = 27
    TRAVEL_RULE_PROCESSING = 28

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "DepositStatus | None":
        # A value the API added after this client was generated must not break parsing:
        # it becomes a member named UNKNOWN_<value>, whose .value is what the server sent.
        if not isinstance(value, int) or isinstance(value, bool):
            return None
        member = int.__new__(cls, value)
        member._name_ = f"UNKNOWN_{value}"
        member._value_ = value
        return member
