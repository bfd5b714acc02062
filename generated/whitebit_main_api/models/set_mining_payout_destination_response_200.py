from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.set_mining_payout_destination_response_200_payout_destination import (
    SetMiningPayoutDestinationResponse200PayoutDestination,
)
from ..types import enum_to_json

T = TypeVar("T", bound="SetMiningPayoutDestinationResponse200")


@_attrs_define
class SetMiningPayoutDestinationResponse200:
    """
    Attributes:
        payout_destination (SetMiningPayoutDestinationResponse200PayoutDestination): Where rewards go
        external_address (None | str): The external BTC address (null for the main balance)
    """

    payout_destination: SetMiningPayoutDestinationResponse200PayoutDestination
    external_address: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payout_destination = enum_to_json(self.payout_destination)

        external_address: None | str
        external_address = self.external_address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "payoutDestination": payout_destination,
                "externalAddress": external_address,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        payout_destination = SetMiningPayoutDestinationResponse200PayoutDestination(
            d.pop("payoutDestination")
        )

        def _parse_external_address(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        external_address = _parse_external_address(d.pop("externalAddress"))

        set_mining_payout_destination_response_200 = cls(
            payout_destination=payout_destination,
            external_address=external_address,
        )

        set_mining_payout_destination_response_200.additional_properties = d
        return set_mining_payout_destination_response_200

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
