from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import decimal_from_json, decimal_to_json

T = TypeVar("T", bound="ListUnconfirmedSubAccountWithdrawalsResponse200DataItem")


@_attrs_define
class ListUnconfirmedSubAccountWithdrawalsResponse200DataItem:
    """
    Attributes:
        id (str): The withdrawal's id Example: f47ac10b-58cc-4372-a567-0e02b2c3d479.
        sub_account_id (str): The sub-account Example: a1b2c3d4-5678-90ab-cdef-1234567890ab.
        currency (str): Currency ticker Example: BTC.
        amount (Decimal): Amount Example: 12.
        created_at (int): When it was created (Unix seconds) Example: 1711882345.
    """

    id: str
    sub_account_id: str
    currency: str
    amount: Decimal
    created_at: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        sub_account_id = self.sub_account_id

        currency = self.currency

        amount = decimal_to_json(self.amount)

        created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "subAccountId": sub_account_id,
                "currency": currency,
                "amount": amount,
                "createdAt": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        sub_account_id = d.pop("subAccountId")

        currency = d.pop("currency")

        amount = decimal_from_json(
            d.pop("amount"),
            "ListUnconfirmedSubAccountWithdrawalsResponse200DataItem.amount",
        )

        created_at = d.pop("createdAt")

        list_unconfirmed_sub_account_withdrawals_response_200_data_item = cls(
            id=id,
            sub_account_id=sub_account_id,
            currency=currency,
            amount=amount,
            created_at=created_at,
        )

        list_unconfirmed_sub_account_withdrawals_response_200_data_item.additional_properties = d
        return list_unconfirmed_sub_account_withdrawals_response_200_data_item

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
