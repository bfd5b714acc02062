from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fixed_plan_status import FixedPlanStatus
from ..types import decimal_from_json, decimal_to_json, enum_to_json

T = TypeVar("T", bound="FixedPlan")


@_attrs_define
class FixedPlan:
    """
    Attributes:
        id (str): Plan id Example: 1.
        ticker (str): Currency invested Example: BTC.
        status (FixedPlanStatus): 1 - active, 2 - no coins left, 3 - inactive, 4 - paused Example: 1.
        percent (Decimal): Interest rate, in percent Example: 0.01.
        duration (int): Term, in minutes Example: 40320.
        interest_ticker (str): Currency the interest is paid in Example: BTC.
        interest_ratio (Decimal): How many units of ticker one unit of interestTicker is worth Example: 1.
        min_investment (Decimal): Smallest investment Example: 100.
        max_investment (Decimal): Largest investment Example: 10000.
        max_possible_investment (Decimal): Largest investment the plan has room for now Example: 3000.
    """

    id: str
    ticker: str
    status: FixedPlanStatus
    percent: Decimal
    duration: int
    interest_ticker: str
    interest_ratio: Decimal
    min_investment: Decimal
    max_investment: Decimal
    max_possible_investment: Decimal
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        ticker = self.ticker

        status = enum_to_json(self.status)

        percent = decimal_to_json(self.percent)

        duration = self.duration

        interest_ticker = self.interest_ticker

        interest_ratio = decimal_to_json(self.interest_ratio)

        min_investment = decimal_to_json(self.min_investment)

        max_investment = decimal_to_json(self.max_investment)

        max_possible_investment = decimal_to_json(self.max_possible_investment)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "ticker": ticker,
                "status": status,
                "percent": percent,
                "duration": duration,
                "interestTicker": interest_ticker,
                "interestRatio": interest_ratio,
                "minInvestment": min_investment,
                "maxInvestment": max_investment,
                "maxPossibleInvestment": max_possible_investment,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        ticker = d.pop("ticker")

        status = FixedPlanStatus(d.pop("status"))

        percent = decimal_from_json(d.pop("percent"), "FixedPlan.percent")

        duration = d.pop("duration")

        interest_ticker = d.pop("interestTicker")

        interest_ratio = decimal_from_json(
            d.pop("interestRatio"), "FixedPlan.interestRatio"
        )

        min_investment = decimal_from_json(
            d.pop("minInvestment"), "FixedPlan.minInvestment"
        )

        max_investment = decimal_from_json(
            d.pop("maxInvestment"), "FixedPlan.maxInvestment"
        )

        max_possible_investment = decimal_from_json(
            d.pop("maxPossibleInvestment"), "FixedPlan.maxPossibleInvestment"
        )

        fixed_plan = cls(
            id=id,
            ticker=ticker,
            status=status,
            percent=percent,
            duration=duration,
            interest_ticker=interest_ticker,
            interest_ratio=interest_ratio,
            min_investment=min_investment,
            max_investment=max_investment,
            max_possible_investment=max_possible_investment,
        )

        fixed_plan.additional_properties = d
        return fixed_plan

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
