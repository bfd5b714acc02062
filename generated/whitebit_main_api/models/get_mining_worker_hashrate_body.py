from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.get_mining_worker_hashrate_body_interval import (
    GetMiningWorkerHashrateBodyInterval,
)
from ..types import UNSET, Unset, enum_to_json

T = TypeVar("T", bound="GetMiningWorkerHashrateBody")


@_attrs_define
class GetMiningWorkerHashrateBody:
    """
    Attributes:
        account (str): The mining account. Example: my_miner_01.
        worker (str): The worker. Example: worker_001.
        interval (GetMiningWorkerHashrateBodyInterval | Unset): Length of each point. Default:
            GetMiningWorkerHashrateBodyInterval.VALUE_1. Example: 1h.
        from_ (int | Unset): From this time (Unix seconds), not later than now. Example: 1709290000.
        to (int | Unset): Up to this time (Unix seconds), not later than now. Example: 1709340000.
    """

    account: str
    worker: str
    interval: GetMiningWorkerHashrateBodyInterval | Unset = (
        GetMiningWorkerHashrateBodyInterval.VALUE_1
    )
    from_: int | Unset = UNSET
    to: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account = self.account

        worker = self.worker

        interval: str | Unset = UNSET
        if not isinstance(self.interval, Unset):
            interval = enum_to_json(self.interval)

        from_ = self.from_

        to = self.to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account": account,
                "worker": worker,
            }
        )
        if interval is not UNSET:
            field_dict["interval"] = interval
        if from_ is not UNSET:
            field_dict["from"] = from_
        if to is not UNSET:
            field_dict["to"] = to

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        account = d.pop("account")

        worker = d.pop("worker")

        _interval = d.pop("interval", UNSET)
        interval: GetMiningWorkerHashrateBodyInterval | Unset
        if isinstance(_interval, Unset):
            interval = UNSET
        else:
            interval = GetMiningWorkerHashrateBodyInterval(_interval)

        from_ = d.pop("from", UNSET)

        to = d.pop("to", UNSET)

        get_mining_worker_hashrate_body = cls(
            account=account,
            worker=worker,
            interval=interval,
            from_=from_,
            to=to,
        )

        get_mining_worker_hashrate_body.additional_properties = d
        return get_mining_worker_hashrate_body

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
