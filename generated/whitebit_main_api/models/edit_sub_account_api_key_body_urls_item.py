from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EditSubAccountApiKeyBodyUrlsItem")


@_attrs_define
class EditSubAccountApiKeyBodyUrlsItem:
    """
    Attributes:
        url (str | Unset): Endpoint path. Example: /api/v4/main-account/balance.
        enable (bool | Unset): Whether the key may call it. Example: True.
    """

    url: str | Unset = UNSET
    enable: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        enable = self.enable

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if url is not UNSET:
            field_dict["url"] = url
        if enable is not UNSET:
            field_dict["enable"] = enable

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        url = d.pop("url", UNSET)

        enable = d.pop("enable", UNSET)

        edit_sub_account_api_key_body_urls_item = cls(
            url=url,
            enable=enable,
        )

        edit_sub_account_api_key_body_urls_item.additional_properties = d
        return edit_sub_account_api_key_body_urls_item

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
