from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_new_address_body_type import CreateNewAddressBodyType
from ..types import UNSET, Unset, enum_to_json

T = TypeVar("T", bound="CreateNewAddressBody")


@_attrs_define
class CreateNewAddressBody:
    """
    Attributes:
        ticker (str): Currency. Example: XLM.
        network (str | Unset): Network, for a currency that has several (USDT defaults to ERC20). Example: ERC20.
        type_ (CreateNewAddressBodyType | Unset): Address format, for BTC and LTC (bech32 when left out). Example:
            bech32.
    """

    ticker: str
    network: str | Unset = UNSET
    type_: CreateNewAddressBodyType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ticker = self.ticker

        network = self.network

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = enum_to_json(self.type_)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ticker": ticker,
            }
        )
        if network is not UNSET:
            field_dict["network"] = network
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        ticker = d.pop("ticker")

        network = d.pop("network", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: CreateNewAddressBodyType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = CreateNewAddressBodyType(_type_)

        create_new_address_body = cls(
            ticker=ticker,
            network=network,
            type_=type_,
        )

        create_new_address_body.additional_properties = d
        return create_new_address_body

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
