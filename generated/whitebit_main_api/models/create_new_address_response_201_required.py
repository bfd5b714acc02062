from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import decimal_from_json, decimal_to_json

if TYPE_CHECKING:
    from ..models.create_new_address_response_201_required_flex_fee import (
        CreateNewAddressResponse201RequiredFlexFee,
    )


T = TypeVar("T", bound="CreateNewAddressResponse201Required")


@_attrs_define
class CreateNewAddressResponse201Required:
    """
    Attributes:
        max_amount (Decimal): Largest deposit accepted (0 = no limit)
        min_amount (Decimal): Smallest deposit accepted
        fixed_fee (Decimal): Fixed deposit fee
        flex_fee (CreateNewAddressResponse201RequiredFlexFee):
    """

    max_amount: Decimal
    min_amount: Decimal
    fixed_fee: Decimal
    flex_fee: CreateNewAddressResponse201RequiredFlexFee
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        max_amount = decimal_to_json(self.max_amount)

        min_amount = decimal_to_json(self.min_amount)

        fixed_fee = decimal_to_json(self.fixed_fee)

        flex_fee = self.flex_fee.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "maxAmount": max_amount,
                "minAmount": min_amount,
                "fixedFee": fixed_fee,
                "flexFee": flex_fee,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        max_amount = decimal_from_json(
            d.pop("maxAmount"), "CreateNewAddressResponse201Required.maxAmount"
        )

        min_amount = decimal_from_json(
            d.pop("minAmount"), "CreateNewAddressResponse201Required.minAmount"
        )

        fixed_fee = decimal_from_json(
            d.pop("fixedFee"), "CreateNewAddressResponse201Required.fixedFee"
        )

        flex_fee = CreateNewAddressResponse201RequiredFlexFee.from_dict(
            d.pop("flexFee")
        )

        create_new_address_response_201_required = cls(
            max_amount=max_amount,
            min_amount=min_amount,
            fixed_fee=fixed_fee,
            flex_fee=flex_fee,
        )

        create_new_address_response_201_required.additional_properties = d
        return create_new_address_response_201_required

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


from ..models.create_new_address_response_201_required_flex_fee import (
    CreateNewAddressResponse201RequiredFlexFee,
)
