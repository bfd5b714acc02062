from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_withdraw_body_travel_rule_beneficiary_type import (
    CreateWithdrawBodyTravelRuleBeneficiaryType,
)
from ..types import UNSET, Unset, enum_to_json

if TYPE_CHECKING:
    from ..models.create_withdraw_body_travel_rule_beneficiary_address import (
        CreateWithdrawBodyTravelRuleBeneficiaryAddress,
    )


T = TypeVar("T", bound="CreateWithdrawBodyTravelRuleBeneficiary")


@_attrs_define
class CreateWithdrawBodyTravelRuleBeneficiary:
    """Who receives the funds.

    Attributes:
        type_ (CreateWithdrawBodyTravelRuleBeneficiaryType | Unset): A person or a company. Example: individual.
        first_name (str | Unset): First name; required when type is individual. Example: John.
        last_name (str | Unset): Last name; required when type is individual. Example: Doe.
        full_name (str | Unset): Legal name; required when type is entity. Example: Acme Trading Ltd.
        residence_country (str | Unset): Country of residence, ISO 3166-1 alpha-3 (3 letters). Example: DEU.
        address (CreateWithdrawBodyTravelRuleBeneficiaryAddress | Unset): Physical address.
    """

    type_: CreateWithdrawBodyTravelRuleBeneficiaryType | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    full_name: str | Unset = UNSET
    residence_country: str | Unset = UNSET
    address: CreateWithdrawBodyTravelRuleBeneficiaryAddress | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = enum_to_json(self.type_)

        first_name = self.first_name

        last_name = self.last_name

        full_name = self.full_name

        residence_country = self.residence_country

        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if full_name is not UNSET:
            field_dict["fullName"] = full_name
        if residence_country is not UNSET:
            field_dict["residenceCountry"] = residence_country
        if address is not UNSET:
            field_dict["address"] = address

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: CreateWithdrawBodyTravelRuleBeneficiaryType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = CreateWithdrawBodyTravelRuleBeneficiaryType(_type_)

        first_name = d.pop("firstName", UNSET)

        last_name = d.pop("lastName", UNSET)

        full_name = d.pop("fullName", UNSET)

        residence_country = d.pop("residenceCountry", UNSET)

        _address = d.pop("address", UNSET)
        address: CreateWithdrawBodyTravelRuleBeneficiaryAddress | Unset
        if isinstance(_address, Unset):
            address = UNSET
        else:
            address = CreateWithdrawBodyTravelRuleBeneficiaryAddress.from_dict(_address)

        create_withdraw_body_travel_rule_beneficiary = cls(
            type_=type_,
            first_name=first_name,
            last_name=last_name,
            full_name=full_name,
            residence_country=residence_country,
            address=address,
        )

        create_withdraw_body_travel_rule_beneficiary.additional_properties = d
        return create_withdraw_body_travel_rule_beneficiary

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


from ..models.create_withdraw_body_travel_rule_beneficiary_address import (
    CreateWithdrawBodyTravelRuleBeneficiaryAddress,
)
