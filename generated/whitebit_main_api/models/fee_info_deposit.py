from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, decimal_from_json, decimal_to_json

T = TypeVar("T", bound="FeeInfoDeposit")


@_attrs_define
class FeeInfoDeposit:
    """Deposit fees and limits

    Attributes:
        min_flex (Decimal | Unset): Smallest percentage fee Example: 0.
        max_flex (Decimal | Unset): Largest percentage fee Example: 0.
        percent_flex (Decimal | Unset): Fee, in percent Example: 0.
        fixed (Decimal | Unset): Fixed fee Example: 0.
        min_amount (Decimal | Unset): Smallest amount Example: 0.01.
        max_amount (Decimal | Unset): Largest amount (0 = no limit) Example: 0.
    """

    min_flex: Decimal | Unset = UNSET
    max_flex: Decimal | Unset = UNSET
    percent_flex: Decimal | Unset = UNSET
    fixed: Decimal | Unset = UNSET
    min_amount: Decimal | Unset = UNSET
    max_amount: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        min_flex = decimal_to_json(self.min_flex)

        max_flex = decimal_to_json(self.max_flex)

        percent_flex = decimal_to_json(self.percent_flex)

        fixed = decimal_to_json(self.fixed)

        min_amount = decimal_to_json(self.min_amount)

        max_amount = decimal_to_json(self.max_amount)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if min_flex is not UNSET:
            field_dict["minFlex"] = min_flex
        if max_flex is not UNSET:
            field_dict["maxFlex"] = max_flex
        if percent_flex is not UNSET:
            field_dict["percentFlex"] = percent_flex
        if fixed is not UNSET:
            field_dict["fixed"] = fixed
        if min_amount is not UNSET:
            field_dict["minAmount"] = min_amount
        if max_amount is not UNSET:
            field_dict["maxAmount"] = max_amount

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _min_flex = d.pop("minFlex", UNSET)
        min_flex: Decimal | Unset = (
            UNSET
            if isinstance(_min_flex, Unset)
            else decimal_from_json(_min_flex, "FeeInfoDeposit.minFlex")
        )

        _max_flex = d.pop("maxFlex", UNSET)
        max_flex: Decimal | Unset = (
            UNSET
            if isinstance(_max_flex, Unset)
            else decimal_from_json(_max_flex, "FeeInfoDeposit.maxFlex")
        )

        _percent_flex = d.pop("percentFlex", UNSET)
        percent_flex: Decimal | Unset = (
            UNSET
            if isinstance(_percent_flex, Unset)
            else decimal_from_json(_percent_flex, "FeeInfoDeposit.percentFlex")
        )

        _fixed = d.pop("fixed", UNSET)
        fixed: Decimal | Unset = (
            UNSET
            if isinstance(_fixed, Unset)
            else decimal_from_json(_fixed, "FeeInfoDeposit.fixed")
        )

        _min_amount = d.pop("minAmount", UNSET)
        min_amount: Decimal | Unset = (
            UNSET
            if isinstance(_min_amount, Unset)
            else decimal_from_json(_min_amount, "FeeInfoDeposit.minAmount")
        )

        _max_amount = d.pop("maxAmount", UNSET)
        max_amount: Decimal | Unset = (
            UNSET
            if isinstance(_max_amount, Unset)
            else decimal_from_json(_max_amount, "FeeInfoDeposit.maxAmount")
        )

        fee_info_deposit = cls(
            min_flex=min_flex,
            max_flex=max_flex,
            percent_flex=percent_flex,
            fixed=fixed,
            min_amount=min_amount,
            max_amount=max_amount,
        )

        fee_info_deposit.additional_properties = d
        return fee_info_deposit

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
