from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.get_sub_account_transfer_history_body_direction import (
    GetSubAccountTransferHistoryBodyDirection,
)
from ..types import UNSET, Unset, enum_to_json

T = TypeVar("T", bound="GetSubAccountTransferHistoryBody")


@_attrs_define
class GetSubAccountTransferHistoryBody:
    """
    Attributes:
        id (str): The sub-account. Example: 8e667b4a-0b71-4988-8af5-9474dbfaeb51.
        direction (GetSubAccountTransferHistoryBodyDirection | Unset): Only one direction. Example: main_to_sub.
        limit (int | Unset): Page size. Default: 100. Example: 100.
        offset (int | Unset): Records to skip. Default: 0. Example: 0.
    """

    id: str
    direction: GetSubAccountTransferHistoryBodyDirection | Unset = UNSET
    limit: int | Unset = 100
    offset: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        direction: str | Unset = UNSET
        if not isinstance(self.direction, Unset):
            direction = enum_to_json(self.direction)

        limit = self.limit

        offset = self.offset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if direction is not UNSET:
            field_dict["direction"] = direction
        if limit is not UNSET:
            field_dict["limit"] = limit
        if offset is not UNSET:
            field_dict["offset"] = offset

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        _direction = d.pop("direction", UNSET)
        direction: GetSubAccountTransferHistoryBodyDirection | Unset
        if isinstance(_direction, Unset):
            direction = UNSET
        else:
            direction = GetSubAccountTransferHistoryBodyDirection(_direction)

        limit = d.pop("limit", UNSET)

        offset = d.pop("offset", UNSET)

        get_sub_account_transfer_history_body = cls(
            id=id,
            direction=direction,
            limit=limit,
            offset=offset,
        )

        get_sub_account_transfer_history_body.additional_properties = d
        return get_sub_account_transfer_history_body

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
