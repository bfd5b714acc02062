from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_mining_watcher_link_body_live_until import (
    CreateMiningWatcherLinkBodyLiveUntil,
)
from ..models.create_mining_watcher_link_body_permissions_item import (
    CreateMiningWatcherLinkBodyPermissionsItem,
)
from ..types import enum_to_json

T = TypeVar("T", bound="CreateMiningWatcherLinkBody")


@_attrs_define
class CreateMiningWatcherLinkBody:
    """
    Attributes:
        accounts (list[str]): The mining accounts it shows. Example: ['my_miner_01', 'my_miner_02'].
        name (str): Its label. Example: monitoring_link.
        permissions (list[CreateMiningWatcherLinkBodyPermissionsItem]): What it shows. Example: ['dashboard',
            'workers'].
        live_until (CreateMiningWatcherLinkBodyLiveUntil): How long it works. Example: 7d.
    """

    accounts: list[str]
    name: str
    permissions: list[CreateMiningWatcherLinkBodyPermissionsItem]
    live_until: CreateMiningWatcherLinkBodyLiveUntil
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        accounts = self.accounts

        name = self.name

        permissions = []
        for permissions_item_data in self.permissions:
            permissions_item = permissions_item_data.value
            permissions.append(permissions_item)

        live_until = enum_to_json(self.live_until)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accounts": accounts,
                "name": name,
                "permissions": permissions,
                "liveUntil": live_until,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        accounts = cast(list[str], d.pop("accounts"))

        name = d.pop("name")

        permissions = []
        _permissions = d.pop("permissions")
        for permissions_item_data in _permissions:
            permissions_item = CreateMiningWatcherLinkBodyPermissionsItem(
                permissions_item_data
            )

            permissions.append(permissions_item)

        live_until = CreateMiningWatcherLinkBodyLiveUntil(d.pop("liveUntil"))

        create_mining_watcher_link_body = cls(
            accounts=accounts,
            name=name,
            permissions=permissions,
            live_until=live_until,
        )

        create_mining_watcher_link_body.additional_properties = d
        return create_mining_watcher_link_body

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
