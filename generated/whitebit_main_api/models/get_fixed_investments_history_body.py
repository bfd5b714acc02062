from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.get_fixed_investments_history_body_status import (
    GetFixedInvestmentsHistoryBodyStatus,
)
from ..types import UNSET, Unset, enum_to_json

T = TypeVar("T", bound="GetFixedInvestmentsHistoryBody")


@_attrs_define
class GetFixedInvestmentsHistoryBody:
    """
    Attributes:
        id (str | Unset): One investment. Example: 0d7b66ff-1909-4938-ab7a-d16d9a64dcd5.
        ticker (str | Unset): Investments in plans of this currency. Example: USDT.
        status (GetFixedInvestmentsHistoryBodyStatus | Unset): 1 - active, 2 - closed. Example: 1.
        limit (int | Unset): Page size. Default: 100. Example: 100.
        offset (int | Unset): Records to skip. Default: 0. Example: 0.
    """

    id: str | Unset = UNSET
    ticker: str | Unset = UNSET
    status: GetFixedInvestmentsHistoryBodyStatus | Unset = UNSET
    limit: int | Unset = 100
    offset: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        ticker = self.ticker

        status: int | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = enum_to_json(self.status)

        limit = self.limit

        offset = self.offset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if ticker is not UNSET:
            field_dict["ticker"] = ticker
        if status is not UNSET:
            field_dict["status"] = status
        if limit is not UNSET:
            field_dict["limit"] = limit
        if offset is not UNSET:
            field_dict["offset"] = offset

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        ticker = d.pop("ticker", UNSET)

        _status = d.pop("status", UNSET)
        status: GetFixedInvestmentsHistoryBodyStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = GetFixedInvestmentsHistoryBodyStatus(_status)

        limit = d.pop("limit", UNSET)

        offset = d.pop("offset", UNSET)

        get_fixed_investments_history_body = cls(
            id=id,
            ticker=ticker,
            status=status,
            limit=limit,
            offset=offset,
        )

        get_fixed_investments_history_body.additional_properties = d
        return get_fixed_investments_history_body

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
