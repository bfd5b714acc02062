from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FlexPlan")


@_attrs_define
class FlexPlan:
    """
    Attributes:
        id (str | Unset): Flex plan identifier Example: 8f2e9d3c-1a4b-4c2d-9e5f-6a7b8c9d0e1f.
        ticker (str | Unset): Plan currency Example: USDT.
        min_investment (str | Unset): Minimum amount of one investment Example: 10.
        max_investment (str | Unset): Maximum amount of one investment Example: 50000.
        max_rate (str | Unset): Maximum yearly interest rate, as a fraction (0.15 is 15%) Example: 0.15.
    """

    id: str | Unset = UNSET
    ticker: str | Unset = UNSET
    min_investment: str | Unset = UNSET
    max_investment: str | Unset = UNSET
    max_rate: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        ticker = self.ticker

        min_investment = self.min_investment

        max_investment = self.max_investment

        max_rate = self.max_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if ticker is not UNSET:
            field_dict["ticker"] = ticker
        if min_investment is not UNSET:
            field_dict["minInvestment"] = min_investment
        if max_investment is not UNSET:
            field_dict["maxInvestment"] = max_investment
        if max_rate is not UNSET:
            field_dict["maxRate"] = max_rate

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        ticker = d.pop("ticker", UNSET)

        min_investment = d.pop("minInvestment", UNSET)

        max_investment = d.pop("maxInvestment", UNSET)

        max_rate = d.pop("maxRate", UNSET)

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
