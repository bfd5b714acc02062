from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import decimal_from_json, decimal_to_json

T = TypeVar("T", bound="GetSubAccountBalancesResponse200AdditionalPropertyItem")


@_attrs_define
class GetSubAccountBalancesResponse200AdditionalPropertyItem:
    """
    Attributes:
        main (Decimal): Main balance
        spot (Decimal): Trade balance
        collateral (Decimal): Collateral balance
    """

    main: Decimal
    spot: Decimal
    collateral: Decimal
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        main = decimal_to_json(self.main)

        spot = decimal_to_json(self.spot)

        collateral = decimal_to_json(self.collateral)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "main": main,
                "spot": spot,
                "collateral": collateral,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        main = decimal_from_json(
            d.pop("main"), "GetSubAccountBalancesResponse200AdditionalPropertyItem.main"
        )

        spot = decimal_from_json(
            d.pop("spot"), "GetSubAccountBalancesResponse200AdditionalPropertyItem.spot"
        )

        collateral = decimal_from_json(
            d.pop("collateral"),
            "GetSubAccountBalancesResponse200AdditionalPropertyItem.collateral",
        )

        get_sub_account_balances_response_200_additional_property_item = cls(
            main=main,
            spot=spot,
            collateral=collateral,
        )

        get_sub_account_balances_response_200_additional_property_item.additional_properties = d
        return get_sub_account_balances_response_200_additional_property_item

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
