from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ListMiningWatcherLinksResponse200DataItem")


@_attrs_define
class ListMiningWatcherLinksResponse200DataItem:
    """
    Attributes:
        id (str): Link id
        accounts (list[str]):
        name (str): Its label
        link (str): The link
        permissions (list[str]):
        live_until (int | None): When it stops working (Unix seconds)
        created_at (int): When it was created (Unix seconds)
    """

    id: str
    accounts: list[str]
    name: str
    link: str
    permissions: list[str]
    live_until: int | None
    created_at: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        accounts = self.accounts

        name = self.name

        link = self.link

        permissions = self.permissions

        live_until: int | None
        live_until = self.live_until

        created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "accounts": accounts,
                "name": name,
                "link": link,
                "permissions": permissions,
                "liveUntil": live_until,
                "createdAt": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        accounts = cast(list[str], d.pop("accounts"))

        name = d.pop("name")

        link = d.pop("link")

        permissions = cast(list[str], d.pop("permissions"))

        def _parse_live_until(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        live_until = _parse_live_until(d.pop("liveUntil"))

        created_at = d.pop("createdAt")

        list_mining_watcher_links_response_200_data_item = cls(
            id=id,
            accounts=accounts,
            name=name,
            link=link,
            permissions=permissions,
            live_until=live_until,
            created_at=created_at,
        )

        list_mining_watcher_links_response_200_data_item.additional_properties = d
        return list_mining_watcher_links_response_200_data_item

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
