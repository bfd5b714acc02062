from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import decimal_from_json, decimal_to_json

if TYPE_CHECKING:
    from ..models.get_mining_miner_info_response_200_data_stratum_item import (
        GetMiningMinerInfoResponse200DataStratumItem,
    )
    from ..models.get_mining_miner_info_response_200_data_workers import (
        GetMiningMinerInfoResponse200DataWorkers,
    )


T = TypeVar("T", bound="GetMiningMinerInfoResponse200Data")


@_attrs_define
class GetMiningMinerInfoResponse200Data:
    """
    Attributes:
        fee (Decimal): Pool fee, in percent
        workers (GetMiningMinerInfoResponse200DataWorkers):
        stratum (list[GetMiningMinerInfoResponse200DataStratumItem]):
    """

    fee: Decimal
    workers: GetMiningMinerInfoResponse200DataWorkers
    stratum: list[GetMiningMinerInfoResponse200DataStratumItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fee = decimal_to_json(self.fee)

        workers = self.workers.to_dict()

        stratum = []
        for stratum_item_data in self.stratum:
            stratum_item = stratum_item_data.to_dict()
            stratum.append(stratum_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fee": fee,
                "workers": workers,
                "stratum": stratum,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        fee = decimal_from_json(d.pop("fee"), "GetMiningMinerInfoResponse200Data.fee")

        workers = GetMiningMinerInfoResponse200DataWorkers.from_dict(d.pop("workers"))

        stratum = []
        _stratum = d.pop("stratum")
        for stratum_item_data in _stratum:
            stratum_item = GetMiningMinerInfoResponse200DataStratumItem.from_dict(
                stratum_item_data
            )

            stratum.append(stratum_item)

        get_mining_miner_info_response_200_data = cls(
            fee=fee,
            workers=workers,
            stratum=stratum,
        )

        get_mining_miner_info_response_200_data.additional_properties = d
        return get_mining_miner_info_response_200_data

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


from ..models.get_mining_miner_info_response_200_data_stratum_item import (
    GetMiningMinerInfoResponse200DataStratumItem,
)
from ..models.get_mining_miner_info_response_200_data_workers import (
    GetMiningMinerInfoResponse200DataWorkers,
)
