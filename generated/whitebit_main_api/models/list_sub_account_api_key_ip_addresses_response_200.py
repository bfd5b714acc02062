from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListSubAccountApiKeyIpAddressesResponse200")


@_attrs_define
class ListSubAccountApiKeyIpAddressesResponse200:
    """
    Attributes:
        data (list[str] | Unset):
    """

    data: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: list[str] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        data = cast(list[str], d.pop("data", UNSET))

        list_sub_account_api_key_ip_addresses_response_200 = cls(
            data=data,
        )

        list_sub_account_api_key_ip_addresses_response_200.additional_properties = d
        return list_sub_account_api_key_ip_addresses_response_200

    @property
    def page_items(self) -> list[str]:
        """The items of this page, as ``paginate`` walks them (empty when the answer has none)."""
        return [] if isinstance(self.data, Unset) else self.data

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
