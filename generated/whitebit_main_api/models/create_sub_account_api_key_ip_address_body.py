from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CreateSubAccountApiKeyIpAddressBody")


@_attrs_define
class CreateSubAccountApiKeyIpAddressBody:
    """
    Attributes:
        api_key_id (str): The key. Example: a1b2c3d4-e5f6-7890-abcd-ef1234567890.
        ip (str): A valid IP address. Example: 192.168.1.100.
    """

    api_key_id: str
    ip: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_key_id = self.api_key_id

        ip = self.ip

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "apiKeyId": api_key_id,
                "ip": ip,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        api_key_id = d.pop("apiKeyId")

        ip = d.pop("ip")

        create_sub_account_api_key_ip_address_body = cls(
            api_key_id=api_key_id,
            ip=ip,
        )

        create_sub_account_api_key_ip_address_body.additional_properties = d
        return create_sub_account_api_key_ip_address_body

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
