from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import decimal_from_json, decimal_to_json

T = TypeVar("T", bound="CreateFixedInvestmentBody")


@_attrs_define
class CreateFixedInvestmentBody:
    """
    Attributes:
        plan_id (str): The plan. Example: 8e667b4a-0b71-4988-8af5-9474dbfaeb51.
        amount (Decimal): Amount to invest, a decimal string. Example: 100.
    """

    plan_id: str
    amount: Decimal
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        plan_id = self.plan_id

        amount = decimal_to_json(self.amount)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "planId": plan_id,
                "amount": amount,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        plan_id = d.pop("planId")

        amount = decimal_from_json(d.pop("amount"), "CreateFixedInvestmentBody.amount")

        create_fixed_investment_body = cls(
            plan_id=plan_id,
            amount=amount,
        )

        create_fixed_investment_body.additional_properties = d
        return create_fixed_investment_body

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
