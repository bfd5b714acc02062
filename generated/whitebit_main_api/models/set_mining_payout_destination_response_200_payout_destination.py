from enum import StrEnum


class SetMiningPayoutDestinationResponse200PayoutDestination(StrEnum):
    EXTERNAL_ADDRESS = "external_address"
    MAIN_BALANCE = "main_balance"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(
        cls, value: object
    ) -> "SetMiningPayoutDestinationResponse200PayoutDestination | None":
        # A value the API added after this client was generated must not break parsing:
        # it becomes a member named UNKNOWN_<value>, whose .value is what the server sent.
        if not isinstance(value, str) or isinstance(value, bool):
            return None
        member = str.__new__(cls, value)
        member._name_ = f"UNKNOWN_{value}"
        member._value_ = value
        return member
