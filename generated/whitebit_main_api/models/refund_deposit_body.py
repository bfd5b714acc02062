from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RefundDepositBody")


@_attrs_define
class RefundDepositBody:
    """
    Attributes:
        transaction_id (UUID): The canceled deposit's transaction id. Example: 54bffeb7-7a8f-43f8-bcd8-f14ec10fee85.
        address (str): Where to send the refund: an address on the same network and asset as the deposit, not a WhiteBIT
            address; it may differ from the sender's. Example: 0x1234567890abcdef1234567890abcdef12345678.
    """

    transaction_id: UUID
    address: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transaction_id = str(self.transaction_id)

        address = self.address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "transactionId": transaction_id,
                "address": address,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        transaction_id = UUID(d.pop("transactionId"))

        address = d.pop("address")

        refund_deposit_body = cls(
            transaction_id=transaction_id,
            address=address,
        )

        refund_deposit_body.additional_properties = d
        return refund_deposit_body

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
