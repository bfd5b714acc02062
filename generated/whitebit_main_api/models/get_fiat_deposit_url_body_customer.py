from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_fiat_deposit_url_body_customer_address import (
        GetFiatDepositUrlBodyCustomerAddress,
    )


T = TypeVar("T", bound="GetFiatDepositUrlBodyCustomer")


@_attrs_define
class GetFiatDepositUrlBodyCustomer:
    """The payer; required for USD and EUR with VISAMASTER.

    Attributes:
        first_name (str | Unset): First name; required for USD and EUR with VISAMASTER. Example: John.
        last_name (str | Unset): Last name; required for USD and EUR with VISAMASTER. Example: Doe.
        email (str | Unset): Email address; required for USD and EUR with VISAMASTER. Example: john_doe@email.com.
        birth_date (datetime.date | Unset): Date of birth, YYYY-MM-DD (the payer must be 18 or older); required for USD
            and EUR with VISAMASTER. Example: 1990-01-01.
        address (GetFiatDepositUrlBodyCustomerAddress | Unset): Billing address.
    """

    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    email: str | Unset = UNSET
    birth_date: datetime.date | Unset = UNSET
    address: GetFiatDepositUrlBodyCustomerAddress | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        first_name = self.first_name

        last_name = self.last_name

        email = self.email

        birth_date: str | Unset = UNSET
        if not isinstance(self.birth_date, Unset):
            birth_date = self.birth_date.isoformat()

        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if email is not UNSET:
            field_dict["email"] = email
        if birth_date is not UNSET:
            field_dict["birthDate"] = birth_date
        if address is not UNSET:
            field_dict["address"] = address

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        first_name = d.pop("firstName", UNSET)

        last_name = d.pop("lastName", UNSET)

        email = d.pop("email", UNSET)

        _birth_date = d.pop("birthDate", UNSET)
        birth_date: datetime.date | Unset
        if isinstance(_birth_date, Unset):
            birth_date = UNSET
        else:
            birth_date = datetime.date.fromisoformat(_birth_date)

        _address = d.pop("address", UNSET)
        address: GetFiatDepositUrlBodyCustomerAddress | Unset
        if isinstance(_address, Unset):
            address = UNSET
        else:
            address = GetFiatDepositUrlBodyCustomerAddress.from_dict(_address)

        get_fiat_deposit_url_body_customer = cls(
            first_name=first_name,
            last_name=last_name,
            email=email,
            birth_date=birth_date,
            address=address,
        )

        get_fiat_deposit_url_body_customer.additional_properties = d
        return get_fiat_deposit_url_body_customer

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


from ..models.get_fiat_deposit_url_body_customer_address import (
    GetFiatDepositUrlBodyCustomerAddress,
)
