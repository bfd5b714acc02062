from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sub_account_transfer_body_direction import SubAccountTransferBodyDirection
from ..types import decimal_from_json, decimal_to_json, enum_to_json

T = TypeVar("T", bound="SubAccountTransferBody")


@_attrs_define
class SubAccountTransferBody:
    """
    Attributes:
        id (str): The sub-account. Example: 8e667b4a-0b71-4988-8af5-9474dbfaeb51.
        direction (SubAccountTransferBodyDirection): Which way the funds go. Example: main_to_sub.
        amount (Decimal): Amount, at least 0.00000001. Example: 0.5.
        ticker (str): Currency. Example: ETH.
    """

    id: str
    direction: SubAccountTransferBodyDirection
    amount: Decimal
    ticker: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        direction = enum_to_json(self.direction)

        amount = decimal_to_json(self.amount)

        ticker = self.ticker

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "direction": direction,
                "amount": amount,
                "ticker": ticker,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        direction = SubAccountTransferBodyDirection(d.pop("direction"))

        amount = decimal_from_json(d.pop("amount"), "SubAccountTransferBody.amount")

        ticker = d.pop("ticker")

        sub_account_transfer_body = cls(
            id=id,
            direction=direction,
            amount=amount,
            ticker=ticker,
        )

        sub_account_transfer_body.additional_properties = d
        return sub_account_transfer_body

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
