from enum import IntEnum


class InvestmentStatus(IntEnum):
    CLOSED = 0
    ACTIVE = 1

    def __str__(self) -> str:
        return str(self.value)
