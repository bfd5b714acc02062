from enum import IntEnum


class FlexInvestmentHistoryActionType(IntEnum):
    INVEST = 1
    REINVEST = 2
    WITHDRAW_FROM_INVESTMENT = 3
    DAILY_EARNING = 4
    CLOSE_INVESTMENT = 5
    OPEN_INVESTMENT = 6

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "FlexInvestmentHistoryActionType | None":
        # A value the API added after this client was generated must not break parsing:
        # it becomes a member named UNKNOWN_<value>, whose .value is what the server sent.
        if not isinstance(value, int) or isinstance(value, bool):
            return None
        member = int.__new__(cls, value)
        member._name_ = f"UNKNOWN_{value}"
        member._value_ = value
        return member
