from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListSubAccountApiKeysBody")


@_attrs_define
class ListSubAccountApiKeysBody:
    """
    Attributes:
        sub_account_id (str | Unset): The sub-account. Example: 8e667b4a-0b71-4988-8af5-9474dbfaeb51.
        limit (int | Unset): Page size. Default: 100. Example: 100.
        offset (int | Unset): Records to skip. Default: 0. Example: 0.
    """

    sub_account_id: str | Unset = UNSET
    limit: int | Unset = 100
    offset: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sub_account_id = self.sub_account_id

        limit = self.limit

        offset = self.offset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sub_account_id is not UNSET:
            field_dict["subAccountId"] = sub_account_id
        if limit is not UNSET:
            field_dict["limit"] = limit
        if offset is not UNSET:
            field_dict["offset"] = offset

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        sub_account_id = d.pop("subAccountId", UNSET)

        limit = d.pop("limit", UNSET)

        offset = d.pop("offset", UNSET)

        list_sub_account_api_keys_body = cls(
            sub_account_id=sub_account_id,
            limit=limit,
            offset=offset,
        )

        list_sub_account_api_keys_body.additional_properties = d
        return list_sub_account_api_keys_body

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
