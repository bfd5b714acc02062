from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.create_new_address_response_201_account import (
        CreateNewAddressResponse201Account,
    )
    from ..models.create_new_address_response_201_required import (
        CreateNewAddressResponse201Required,
    )


T = TypeVar("T", bound="CreateNewAddressResponse201")


@_attrs_define
class CreateNewAddressResponse201:
    """
    Attributes:
        account (CreateNewAddressResponse201Account):
        required (CreateNewAddressResponse201Required):
    """

    account: CreateNewAddressResponse201Account
    required: CreateNewAddressResponse201Required
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account = self.account.to_dict()

        required = self.required.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account": account,
                "required": required,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        account = CreateNewAddressResponse201Account.from_dict(d.pop("account"))

        required = CreateNewAddressResponse201Required.from_dict(d.pop("required"))

        create_new_address_response_201 = cls(
            account=account,
            required=required,
        )

        create_new_address_response_201.additional_properties = d
        return create_new_address_response_201

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


from ..models.create_new_address_response_201_account import (
    CreateNewAddressResponse201Account,
)
from ..models.create_new_address_response_201_required import (
    CreateNewAddressResponse201Required,
)
