from enum import IntEnum


class WithdrawStatus(IntEnum):
    PENDING = 1
    PENDING_2 = 2
    SUCCESSFUL = 3
    CANCELED = 4
    UNCONFIRMED_BY_USER = 5
    PENDING_6 = 6
    SUCCESSFUL_7 = 7
    PENDING_10 = 10
    PENDING_11 = 11
    PENDING_12 = 12
    PENDING_13 = 13
    PENDING_14 = 14
    PENDING_15 = 15
    PENDING_16 = 16
    PENDING_17 = 17
    PARTIALLY_SUCCESSFUL = 18
    AML_FROZEN = 21

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "WithdrawStatus | None":
        # A value the API added after this client was generated must not break parsing:
        # it becomes a member named UNKNOWN_<value>, whose .value is what the server sent.
        if not isinstance(value, int) or isinstance(value, bool):
            return None
        member = int.__new__(cls, value)
        member._name_ = f"UNKNOWN_{value}"
        member._value_ = value
        return member
