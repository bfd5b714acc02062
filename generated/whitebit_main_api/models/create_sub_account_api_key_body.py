from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_sub_account_api_key_body_type import CreateSubAccountApiKeyBodyType
from ..types import enum_to_json

T = TypeVar("T", bound="CreateSubAccountApiKeyBody")


@_attrs_define
class CreateSubAccountApiKeyBody:
    """
    Attributes:
        type_ (CreateSubAccountApiKeyBodyType): 1 - information and trading; 2 - also deposits and withdrawals. Example:
            1.
        sub_account_id (str): The sub-account. Example: 8e667b4a-0b71-4988-8af5-9474dbfaeb51.
        title (str): Label of the key. Example: Trading Bot Key.
    """

    type_: CreateSubAccountApiKeyBodyType
    sub_account_id: str
    title: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = enum_to_json(self.type_)

        sub_account_id = self.sub_account_id

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "subAccountId": sub_account_id,
                "title": title,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = CreateSubAccountApiKeyBodyType(d.pop("type"))

        sub_account_id = d.pop("subAccountId")

        title = d.pop("title")

        create_sub_account_api_key_body = cls(
            type_=type_,
            sub_account_id=sub_account_id,
            title=title,
        )

        create_sub_account_api_key_body.additional_properties = d
        return create_sub_account_api_key_body

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
