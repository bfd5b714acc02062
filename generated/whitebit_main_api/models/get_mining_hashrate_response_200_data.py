from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_mining_hashrate_response_200_data_hashrate_item import (
        GetMiningHashrateResponse200DataHashrateItem,
    )


T = TypeVar("T", bound="GetMiningHashrateResponse200Data")


@_attrs_define
class GetMiningHashrateResponse200Data:
    """
    Attributes:
        account (str | Unset): The mining account
        hashrate (list[GetMiningHashrateResponse200DataHashrateItem] | Unset):
    """

    account: str | Unset = UNSET
    hashrate: list[GetMiningHashrateResponse200DataHashrateItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account = self.account

        hashrate: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.hashrate, Unset):
            hashrate = []
            for hashrate_item_data in self.hashrate:
                hashrate_item = hashrate_item_data.to_dict()
                hashrate.append(hashrate_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account is not UNSET:
            field_dict["account"] = account
        if hashrate is not UNSET:
            field_dict["hashrate"] = hashrate

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        account = d.pop("account", UNSET)

        _hashrate = d.pop("hashrate", UNSET)
        hashrate: list[GetMiningHashrateResponse200DataHashrateItem] | Unset = UNSET
        if _hashrate is not UNSET:
            hashrate = []
            for hashrate_item_data in _hashrate:
                hashrate_item = GetMiningHashrateResponse200DataHashrateItem.from_dict(
                    hashrate_item_data
                )

                hashrate.append(hashrate_item)

        get_mining_hashrate_response_200_data = cls(
            account=account,
            hashrate=hashrate,
        )

        get_mining_hashrate_response_200_data.additional_properties = d
        return get_mining_hashrate_response_200_data

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


from ..models.get_mining_hashrate_response_200_data_hashrate_item import (
    GetMiningHashrateResponse200DataHashrateItem,
)
