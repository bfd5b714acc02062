from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sub_account import SubAccount


T = TypeVar("T", bound="ListSubAccountsResponse200")


@_attrs_define
class ListSubAccountsResponse200:
    """
    Attributes:
        offset (int | Unset): Records skipped
        limit (int | Unset): Page size
        data (list[SubAccount] | Unset):
    """

    offset: int | Unset = UNSET
    limit: int | Unset = UNSET
    data: list[SubAccount] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        offset = self.offset

        limit = self.limit

        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if offset is not UNSET:
            field_dict["offset"] = offset
        if limit is not UNSET:
            field_dict["limit"] = limit
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        offset = d.pop("offset", UNSET)

        limit = d.pop("limit", UNSET)

        _data = d.pop("data", UNSET)
        data: list[SubAccount] | Unset = UNSET
        if _data is not UNSET:
            data = []
            for data_item_data in _data:
                data_item = SubAccount.from_dict(data_item_data)

                data.append(data_item)

        list_sub_accounts_response_200 = cls(
            offset=offset,
            limit=limit,
            data=data,
        )

        list_sub_accounts_response_200.additional_properties = d
        return list_sub_accounts_response_200

    @property
    def page_items(self) -> list[SubAccount]:
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


from ..models.sub_account import SubAccount
