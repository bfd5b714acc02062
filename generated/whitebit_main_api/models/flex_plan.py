from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import decimal_from_json, decimal_to_json

T = TypeVar("T", bound="FlexPlan")


@_attrs_define
class FlexPlan:
    """
    Attributes:
        id (str): Flex plan identifier Example: 8f2e9d3c-1a4b-4c2d-9e5f-6a7b8c9d0e1f.
        ticker (str): Plan currency Example: USDT.
        min_investment (Decimal): Minimum amount of one investment Example: 10.
        max_investment (Decimal): Maximum amount of one investment Example: 50000.
        max_rate (Decimal): Maximum yearly interest rate, as a fraction (0.15 is 15%) Example: 0.15.
    """

    id: str
    ticker: str
    min_investment: Decimal
    max_investment: Decimal
    max_rate: Decimal
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        ticker = self.ticker

        min_investment = decimal_to_json(self.min_investment)

        max_investment = decimal_to_json(self.max_investment)

        max_rate = decimal_to_json(self.max_rate)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "ticker": ticker,
                "minInvestment": min_investment,
                "maxInvestment": max_investment,
                "maxRate": max_rate,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        ticker = d.pop("ticker")

        min_investment = decimal_from_json(
            d.pop("minInvestment"), "FlexPlan.minInvestment"
        )

        max_investment = decimal_from_json(
            d.pop("maxInvestment"), "FlexPlan.maxInvestment"
        )

        max_rate = decimal_from_json(d.pop("maxRate"), "FlexPlan.maxRate")

        flex_plan = cls(
            id=id,
            ticker=ticker,
            min_investment=min_investment,
            max_investment=max_investment,
            max_rate=max_rate,
        )

        flex_plan.additional_properties = d
        return flex_plan

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
