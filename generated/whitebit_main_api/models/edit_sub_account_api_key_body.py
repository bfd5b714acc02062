from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.edit_sub_account_api_key_body_urls_item import (
        EditSubAccountApiKeyBodyUrlsItem,
    )


T = TypeVar("T", bound="EditSubAccountApiKeyBody")


@_attrs_define
class EditSubAccountApiKeyBody:
    """
    Attributes:
        api_key_id (str): The key. Example: a1b2c3d4-e5f6-7890-abcd-ef1234567890.
        title (str): New label. Example: Trading Bot Key.
        urls (list[EditSubAccountApiKeyBodyUrlsItem]): Endpoints allowed or not.
    """

    api_key_id: str
    title: str
    urls: list[EditSubAccountApiKeyBodyUrlsItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_key_id = self.api_key_id

        title = self.title

        urls = []
        for urls_item_data in self.urls:
            urls_item = urls_item_data.to_dict()
            urls.append(urls_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "apiKeyId": api_key_id,
                "title": title,
                "urls": urls,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        api_key_id = d.pop("apiKeyId")

        title = d.pop("title")

        urls = []
        _urls = d.pop("urls")
        for urls_item_data in _urls:
            urls_item = EditSubAccountApiKeyBodyUrlsItem.from_dict(urls_item_data)

            urls.append(urls_item)

        edit_sub_account_api_key_body = cls(
            api_key_id=api_key_id,
            title=title,
            urls=urls,
        )

        edit_sub_account_api_key_body.additional_properties = d
        return edit_sub_account_api_key_body

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


from ..models.edit_sub_account_api_key_body_urls_item import (
    EditSubAccountApiKeyBodyUrlsItem,
)
