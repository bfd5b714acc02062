from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import decimal_from_json, decimal_to_json

T = TypeVar("T", bound="WithdrawFromFlexInvestmentBody")


@_attrs_define
class WithdrawFromFlexInvestmentBody:
    """
    Attributes:
        plan (str): Plan external ID (UUID). Example: 8f2e9d3c-1a4b-4c2d-9e5f-6a7b8c9d0e1f.
        amount (Decimal): Amount to withdraw. Example: 100.5.
    """

    plan: str
    amount: Decimal
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        plan = self.plan

        amount = decimal_to_json(self.amount)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "plan": plan,
                "amount": amount,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        plan = d.pop("plan")

        amount = decimal_from_json(
            d.pop("amount"), "WithdrawFromFlexInvestmentBody.amount"
        )

        withdraw_from_flex_investment_body = cls(
            plan=plan,
            amount=amount,
        )

        withdraw_from_flex_investment_body.additional_properties = d
        return withdraw_from_flex_investment_body

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
