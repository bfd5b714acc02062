from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, decimal_from_json, decimal_to_json

T = TypeVar("T", bound="SubAccountTransfer")


@_attrs_define
class SubAccountTransfer:
    """
    Attributes:
        transaction_id (str | Unset): The transfer's id, as the transfer answered it Example: tx-abc123.
        id (str | Unset): The same id, under its old name Example: tx-abc123.
        direction (str | Unset): main_to_sub or sub_to_main Example: main_to_sub.
        currency (str | Unset): Currency ticker Example: ETH.
        amount (Decimal | Unset): Amount Example: 0.5.
        created_at (int | Unset): When it was made (Unix seconds) Example: 1641081600.
    """

    transaction_id: str | Unset = UNSET
    id: str | Unset = UNSET
    direction: str | Unset = UNSET
    currency: str | Unset = UNSET
    amount: Decimal | Unset = UNSET
    created_at: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transaction_id = self.transaction_id

        id = self.id

        direction = self.direction

        currency = self.currency

        amount = decimal_to_json(self.amount)

        created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if transaction_id is not UNSET:
            field_dict["transaction_id"] = transaction_id
        if id is not UNSET:
            field_dict["id"] = id
        if direction is not UNSET:
            field_dict["direction"] = direction
        if currency is not UNSET:
            field_dict["currency"] = currency
        if amount is not UNSET:
            field_dict["amount"] = amount
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        transaction_id = d.pop("transaction_id", UNSET)

        id = d.pop("id", UNSET)

        direction = d.pop("direction", UNSET)

        currency = d.pop("currency", UNSET)

        _amount = d.pop("amount", UNSET)
        amount: Decimal | Unset = (
            UNSET
            if isinstance(_amount, Unset)
            else decimal_from_json(_amount, "SubAccountTransfer.amount")
        )

        created_at = d.pop("createdAt", UNSET)

        sub_account_transfer = cls(
            transaction_id=transaction_id,
            id=id,
            direction=direction,
            currency=currency,
            amount=amount,
            created_at=created_at,
        )

        sub_account_transfer.additional_properties = d
        return sub_account_transfer

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
