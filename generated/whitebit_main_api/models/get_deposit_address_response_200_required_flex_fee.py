from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import decimal_from_json, decimal_to_json

T = TypeVar("T", bound="GetDepositAddressResponse200RequiredFlexFee")


@_attrs_define
class GetDepositAddressResponse200RequiredFlexFee:
    """
    Attributes:
        max_fee (Decimal): Largest percentage fee
        min_fee (Decimal): Smallest percentage fee
        percent (Decimal): Fee, in percent of the deposit
    """

    max_fee: Decimal
    min_fee: Decimal
    percent: Decimal
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        max_fee = decimal_to_json(self.max_fee)

        min_fee = decimal_to_json(self.min_fee)

        percent = decimal_to_json(self.percent)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "maxFee": max_fee,
                "minFee": min_fee,
                "percent": percent,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        max_fee = decimal_from_json(
            d.pop("maxFee"), "GetDepositAddressResponse200RequiredFlexFee.maxFee"
        )

        min_fee = decimal_from_json(
            d.pop("minFee"), "GetDepositAddressResponse200RequiredFlexFee.minFee"
        )

        percent = decimal_from_json(
            d.pop("percent"), "GetDepositAddressResponse200RequiredFlexFee.percent"
        )

        get_deposit_address_response_200_required_flex_fee = cls(
            max_fee=max_fee,
            min_fee=min_fee,
            percent=percent,
        )

        get_deposit_address_response_200_required_flex_fee.additional_properties = d
        return get_deposit_address_response_200_required_flex_fee

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
