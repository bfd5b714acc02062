from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.set_mining_payout_destination_body_destination import (
    SetMiningPayoutDestinationBodyDestination,
)
from ..types import UNSET, Unset, enum_to_json

T = TypeVar("T", bound="SetMiningPayoutDestinationBody")


@_attrs_define
class SetMiningPayoutDestinationBody:
    """
    Attributes:
        account_name (str): The mining account. Example: my_miner_01.
        destination (SetMiningPayoutDestinationBodyDestination): Where rewards go. Example: external_address.
        address (str | Unset): The external address: a valid BTC address; required when destination is external_address.
            Example: bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh.
    """

    account_name: str
    destination: SetMiningPayoutDestinationBodyDestination
    address: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_name = self.account_name

        destination = enum_to_json(self.destination)

        address = self.address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accountName": account_name,
                "destination": destination,
            }
        )
        if address is not UNSET:
            field_dict["address"] = address

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        account_name = d.pop("accountName")

        destination = SetMiningPayoutDestinationBodyDestination(d.pop("destination"))

        address = d.pop("address", UNSET)

        set_mining_payout_destination_body = cls(
            account_name=account_name,
            destination=destination,
            address=address,
        )

        set_mining_payout_destination_body.additional_properties = d
        return set_mining_payout_destination_body

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
