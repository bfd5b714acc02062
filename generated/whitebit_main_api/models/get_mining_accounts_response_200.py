from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.get_mining_accounts_response_200_data_item import (
        GetMiningAccountsResponse200DataItem,
    )


T = TypeVar("T", bound="GetMiningAccountsResponse200")


@_attrs_define
class GetMiningAccountsResponse200:
    """
    Attributes:
        data (list[GetMiningAccountsResponse200DataItem]):
        limit (int): Page size
        offset (int): Records skipped
    """

    data: list[GetMiningAccountsResponse200DataItem]
    limit: int
    offset: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        limit = self.limit

        offset = self.offset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "limit": limit,
                "offset": offset,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = GetMiningAccountsResponse200DataItem.from_dict(data_item_data)

            data.append(data_item)

        limit = d.pop("limit")

        offset = d.pop("offset")

        get_mining_accounts_response_200 = cls(
            data=data,
            limit=limit,
            offset=offset,
        )

        get_mining_accounts_response_200.additional_properties = d
        return get_mining_accounts_response_200

    @property
    def page_items(self) -> list[GetMiningAccountsResponse200DataItem]:
        """The items of this page, as ``paginate`` walks them (empty when the answer has none)."""
        return self.data

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


from ..models.get_mining_accounts_response_200_data_item import (
    GetMiningAccountsResponse200DataItem,
)
