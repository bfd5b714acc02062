from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.flex_investment_status import FlexInvestmentStatus
from ..types import decimal_from_json, decimal_to_json, enum_to_json

T = TypeVar("T", bound="FlexInvestment")


@_attrs_define
class FlexInvestment:
    """
    Attributes:
        id (str): Flex investment identifier Example: 2765.
        plan_id (str): Flex plan identifier Example: 12.
        currency (str): Investment currency Example: USDT.
        invested (Decimal): Invested amount Example: 100.
        with_auto_reinvest (bool): Auto-reinvestment enabled Example: True.
        status (FlexInvestmentStatus): Investment status (1=ACTIVE, 0=CLOSED) Example: 1.
        created_at (int): Investment creation timestamp Example: 1588345560.
        updated_at (int): Investment last update timestamp Example: 1588345560.
    """

    id: str
    plan_id: str
    currency: str
    invested: Decimal
    with_auto_reinvest: bool
    status: FlexInvestmentStatus
    created_at: int
    updated_at: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        plan_id = self.plan_id

        currency = self.currency

        invested = decimal_to_json(self.invested)

        with_auto_reinvest = self.with_auto_reinvest

        status = enum_to_json(self.status)

        created_at = self.created_at

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "planId": plan_id,
                "currency": currency,
                "invested": invested,
                "withAutoReinvest": with_auto_reinvest,
                "status": status,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        plan_id = d.pop("planId")

        currency = d.pop("currency")

        invested = decimal_from_json(d.pop("invested"), "FlexInvestment.invested")

        with_auto_reinvest = d.pop("withAutoReinvest")

        status = FlexInvestmentStatus(d.pop("status"))

        created_at = d.pop("createdAt")

        updated_at = d.pop("updatedAt")

        flex_investment = cls(
            id=id,
            plan_id=plan_id,
            currency=currency,
            invested=invested,
            with_auto_reinvest=with_auto_reinvest,
            status=status,
            created_at=created_at,
            updated_at=updated_at,
        )

        flex_investment.additional_properties = d
        return flex_investment

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
