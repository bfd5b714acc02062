from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sub_account_api_key_type import SubAccountApiKeyType
from ..types import UNSET, Unset, enum_to_json

if TYPE_CHECKING:
    from ..models.sub_account_api_key_access_endpoints_item import (
        SubAccountApiKeyAccessEndpointsItem,
    )


T = TypeVar("T", bound="SubAccountApiKey")


@_attrs_define
class SubAccountApiKey:
    """
    Attributes:
        sub_account_id (str | Unset): The sub-account Example: 8e667b4a-0b71-4988-8af5-9474dbfaeb51.
        id (str | Unset): The key's id (apiKeyId) Example: a1b2c3d4-e5f6-7890-abcd-ef1234567890.
        title (str | Unset): Its label Example: Trading Bot Key.
        is_enabled (bool | Unset): Whether it works Example: True.
        api_key (str | Unset): The public key Example: pub-key-abc123.
        api_secret (str | Unset): The secret (shown only when the key is created) Example: secret-xyz789.
        type_ (SubAccountApiKeyType | Unset): 1 - information and trading; 2 - also deposits and withdrawals Example: 1.
        last_activity (int | Unset): When it was last used (Unix seconds) Example: 1641081600.
        restrict_access (bool | Unset): Whether it may call only the endpoints listed Example: False.
        access_endpoints (list[SubAccountApiKeyAccessEndpointsItem] | Unset): Endpoints it may call
    """

    sub_account_id: str | Unset = UNSET
    id: str | Unset = UNSET
    title: str | Unset = UNSET
    is_enabled: bool | Unset = UNSET
    api_key: str | Unset = UNSET
    api_secret: str | Unset = UNSET
    type_: SubAccountApiKeyType | Unset = UNSET
    last_activity: int | Unset = UNSET
    restrict_access: bool | Unset = UNSET
    access_endpoints: list[SubAccountApiKeyAccessEndpointsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sub_account_id = self.sub_account_id

        id = self.id

        title = self.title

        is_enabled = self.is_enabled

        api_key = self.api_key

        api_secret = self.api_secret

        type_: int | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = enum_to_json(self.type_)

        last_activity = self.last_activity

        restrict_access = self.restrict_access

        access_endpoints: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.access_endpoints, Unset):
            access_endpoints = []
            for access_endpoints_item_data in self.access_endpoints:
                access_endpoints_item = access_endpoints_item_data.to_dict()
                access_endpoints.append(access_endpoints_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sub_account_id is not UNSET:
            field_dict["subAccountId"] = sub_account_id
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if is_enabled is not UNSET:
            field_dict["isEnabled"] = is_enabled
        if api_key is not UNSET:
            field_dict["apiKey"] = api_key
        if api_secret is not UNSET:
            field_dict["apiSecret"] = api_secret
        if type_ is not UNSET:
            field_dict["type"] = type_
        if last_activity is not UNSET:
            field_dict["lastActivity"] = last_activity
        if restrict_access is not UNSET:
            field_dict["restrictAccess"] = restrict_access
        if access_endpoints is not UNSET:
            field_dict["accessEndpoints"] = access_endpoints

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        sub_account_id = d.pop("subAccountId", UNSET)

        id = d.pop("id", UNSET)

        title = d.pop("title", UNSET)

        is_enabled = d.pop("isEnabled", UNSET)

        api_key = d.pop("apiKey", UNSET)

        api_secret = d.pop("apiSecret", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: SubAccountApiKeyType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = SubAccountApiKeyType(_type_)

        last_activity = d.pop("lastActivity", UNSET)

        restrict_access = d.pop("restrictAccess", UNSET)

        _access_endpoints = d.pop("accessEndpoints", UNSET)
        access_endpoints: list[SubAccountApiKeyAccessEndpointsItem] | Unset = UNSET
        if _access_endpoints is not UNSET:
            access_endpoints = []
            for access_endpoints_item_data in _access_endpoints:
                access_endpoints_item = SubAccountApiKeyAccessEndpointsItem.from_dict(
                    access_endpoints_item_data
                )

                access_endpoints.append(access_endpoints_item)

        sub_account_api_key = cls(
            sub_account_id=sub_account_id,
            id=id,
            title=title,
            is_enabled=is_enabled,
            api_key=api_key,
            api_secret=api_secret,
            type_=type_,
            last_activity=last_activity,
            restrict_access=restrict_access,
            access_endpoints=access_endpoints,
        )

        sub_account_api_key.additional_properties = d
        return sub_account_api_key

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


from ..models.sub_account_api_key_access_endpoints_item import (
    SubAccountApiKeyAccessEndpointsItem,
)
