from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateWithdrawBodyBeneficiaryCard")


@_attrs_define
class CreateWithdrawBodyBeneficiaryCard:
    """Card details, for card payouts.

    Attributes:
        save (bool | Unset): Keep the card for later payouts. Example: False.
        name (str | Unset): Name on the card. Example: John Doe.
        first_name (str | Unset): Card holder's first name. Example: John.
        last_name (str | Unset): Card holder's last name. Example: Doe.
        number (str | Unset): Card number. Example: 4111111111111111.
        month (str | Unset): Expiry month, two digits from 01 to 12. Example: 12.
        year (str | Unset): Expiry year, four digits. Example: 2030.
    """

    save: bool | Unset = UNSET
    name: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    number: str | Unset = UNSET
    month: str | Unset = UNSET
    year: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        save = self.save

        name = self.name

        first_name = self.first_name

        last_name = self.last_name

        number = self.number

        month = self.month

        year = self.year

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if save is not UNSET:
            field_dict["save"] = save
        if name is not UNSET:
            field_dict["name"] = name
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if number is not UNSET:
            field_dict["number"] = number
        if month is not UNSET:
            field_dict["month"] = month
        if year is not UNSET:
            field_dict["year"] = year

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        save = d.pop("save", UNSET)

        name = d.pop("name", UNSET)

        first_name = d.pop("firstName", UNSET)

        last_name = d.pop("lastName", UNSET)

        number = d.pop("number", UNSET)

        month = d.pop("month", UNSET)

        year = d.pop("year", UNSET)

        create_withdraw_body_beneficiary_card = cls(
            save=save,
            name=name,
            first_name=first_name,
            last_name=last_name,
            number=number,
            month=month,
            year=year,
        )

        create_withdraw_body_beneficiary_card.additional_properties = d
        return create_withdraw_body_beneficiary_card

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
