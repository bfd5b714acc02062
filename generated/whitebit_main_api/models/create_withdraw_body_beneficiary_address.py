from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateWithdrawBodyBeneficiaryAddress")


@_attrs_define
class CreateWithdrawBodyBeneficiaryAddress:
    """Postal address.

    Attributes:
        line1 (str | Unset): Street, first line. Example: Martinez Campos 37.
        line2 (str | Unset): Street, second line.
        city (str | Unset): City. Example: Madrid.
        zip_ (str | Unset): Postal code. Example: 28010.
        country (str | Unset): Country code (ISO). Example: ES.
    """

    line1: str | Unset = UNSET
    line2: str | Unset = UNSET
    city: str | Unset = UNSET
    zip_: str | Unset = UNSET
    country: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        line1 = self.line1

        line2 = self.line2

        city = self.city

        zip_ = self.zip_

        country = self.country

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if line1 is not UNSET:
            field_dict["line1"] = line1
        if line2 is not UNSET:
            field_dict["line2"] = line2
        if city is not UNSET:
            field_dict["city"] = city
        if zip_ is not UNSET:
            field_dict["zip"] = zip_
        if country is not UNSET:
            field_dict["country"] = country

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        line1 = d.pop("line1", UNSET)

        line2 = d.pop("line2", UNSET)

        city = d.pop("city", UNSET)

        zip_ = d.pop("zip", UNSET)

        country = d.pop("country", UNSET)

        create_withdraw_body_beneficiary_address = cls(
            line1=line1,
            line2=line2,
            city=city,
            zip_=zip_,
            country=country,
        )

        create_withdraw_body_beneficiary_address.additional_properties = d
        return create_withdraw_body_beneficiary_address

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
