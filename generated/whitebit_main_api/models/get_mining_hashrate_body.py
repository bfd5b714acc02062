from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.get_mining_hashrate_body_interval import GetMiningHashrateBodyInterval
from ..types import UNSET, Unset, enum_to_json

T = TypeVar("T", bound="GetMiningHashrateBody")


@_attrs_define
class GetMiningHashrateBody:
    """
    Attributes:
        account (str): The mining account. Example: miner123.
        from_ (int | Unset): From this time (Unix seconds). Example: 1640995200.
        to (int | Unset): Up to this time (Unix seconds). Example: 1641081600.
        interval (GetMiningHashrateBodyInterval | Unset): Length of each point. Default:
            GetMiningHashrateBodyInterval.VALUE_1. Example: 1h.
    """

    account: str
    from_: int | Unset = UNSET
    to: int | Unset = UNSET
    interval: GetMiningHashrateBodyInterval | Unset = (
        GetMiningHashrateBodyInterval.VALUE_1
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account = self.account

        from_ = self.from_

        to = self.to

        interval: str | Unset = UNSET
        if not isinstance(self.interval, Unset):
            interval = enum_to_json(self.interval)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account": account,
            }
        )
        if from_ is not UNSET:
            field_dict["from"] = from_
        if to is not UNSET:
            field_dict["to"] = to
        if interval is not UNSET:
            field_dict["interval"] = interval

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        account = d.pop("account")

        from_ = d.pop("from", UNSET)

        to = d.pop("to", UNSET)

        _interval = d.pop("interval", UNSET)
        interval: GetMiningHashrateBodyInterval | Unset
        if isinstance(_interval, Unset):
            interval = UNSET
        else:
            interval = GetMiningHashrateBodyInterval(_interval)

        get_mining_hashrate_body = cls(
            account=account,
            from_=from_,
            to=to,
            interval=interval,
        )

        get_mining_hashrate_body.additional_properties = d
        return get_mining_hashrate_body

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
