from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, decimal_from_json, decimal_to_json, number_from_json

T = TypeVar("T", bound="GetMiningHashrateResponse200DataHashrateItem")


@_attrs_define
class GetMiningHashrateResponse200DataHashrateItem:
    """
    Attributes:
        timestamp (int | Unset): Time of the point (Unix seconds)
        hashrate (Decimal | Unset): Hashrate
        reject_rate (float | Unset): Share of rejected shares (0.01 is 1 %)
    """

    timestamp: int | Unset = UNSET
    hashrate: Decimal | Unset = UNSET
    reject_rate: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        timestamp = self.timestamp

        hashrate = decimal_to_json(self.hashrate)

        reject_rate = self.reject_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if hashrate is not UNSET:
            field_dict["hashrate"] = hashrate
        if reject_rate is not UNSET:
            field_dict["rejectRate"] = reject_rate

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        timestamp = d.pop("timestamp", UNSET)

        _hashrate = d.pop("hashrate", UNSET)
        hashrate: Decimal | Unset = (
            UNSET
            if isinstance(_hashrate, Unset)
            else decimal_from_json(
                _hashrate, "GetMiningHashrateResponse200DataHashrateItem.hashrate"
            )
        )

        _reject_rate = d.pop("rejectRate", UNSET)
        reject_rate: float | Unset = (
            UNSET
            if isinstance(_reject_rate, Unset)
            else number_from_json(
                _reject_rate, "GetMiningHashrateResponse200DataHashrateItem.rejectRate"
            )
        )

        get_mining_hashrate_response_200_data_hashrate_item = cls(
            timestamp=timestamp,
            hashrate=hashrate,
            reject_rate=reject_rate,
        )

        get_mining_hashrate_response_200_data_hashrate_item.additional_properties = d
        return get_mining_hashrate_response_200_data_hashrate_item

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
