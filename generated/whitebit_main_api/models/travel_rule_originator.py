from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.travel_rule_originator_type import TravelRuleOriginatorType
from ..types import UNSET, Unset, enum_to_json

if TYPE_CHECKING:
    from ..models.travel_rule_address import TravelRuleAddress


T = TypeVar("T", bound="TravelRuleOriginator")


@_attrs_define
class TravelRuleOriginator:
    """
    Attributes:
        type_ (TravelRuleOriginatorType): A person or a company. Example: individual.
        residence_country (str): Country of residence, ISO 3166-1 alpha-3. Example: NLD.
        wallet_address (str): The sending wallet. Example: 0x9876543210fedcba9876543210fedcba98765432.
        address (TravelRuleAddress):
        first_name (str | Unset): First name; required when type is individual. Example: Alice.
        last_name (str | Unset): Last name; required when type is individual. Example: Johnson.
        full_name (str | Unset): Legal name; required when type is entity. Example: Acme Corporation Ltd.
    """

    type_: TravelRuleOriginatorType
    residence_country: str
    wallet_address: str
    address: TravelRuleAddress
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    full_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = enum_to_json(self.type_)

        residence_country = self.residence_country

        wallet_address = self.wallet_address

        address = self.address.to_dict()

        first_name = self.first_name

        last_name = self.last_name

        full_name = self.full_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "residenceCountry": residence_country,
                "walletAddress": wallet_address,
                "address": address,
            }
        )
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if full_name is not UNSET:
            field_dict["fullName"] = full_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = TravelRuleOriginatorType(d.pop("type"))

        residence_country = d.pop("residenceCountry")

        wallet_address = d.pop("walletAddress")

        address = TravelRuleAddress.from_dict(d.pop("address"))

        first_name = d.pop("firstName", UNSET)

        last_name = d.pop("lastName", UNSET)

        full_name = d.pop("fullName", UNSET)

        travel_rule_originator = cls(
            type_=type_,
            residence_country=residence_country,
            wallet_address=wallet_address,
            address=address,
            first_name=first_name,
            last_name=last_name,
            full_name=full_name,
        )

        travel_rule_originator.additional_properties = d
        return travel_rule_originator

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


from ..models.travel_rule_address import TravelRuleAddress
