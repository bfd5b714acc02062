from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import decimal_from_json, decimal_to_json

T = TypeVar("T", bound="CreditLine")


@_attrs_define
class CreditLine:
    """
    Attributes:
        asset (str):  Example: BTC.
        amount (Decimal):  Example: 1.5.
        total_funding (Decimal):  Example: 0.5.
        current_ltv (Decimal):  Example: 25.
        initial_ltv (Decimal):  Example: 60.
        margin_call_ltv (Decimal):  Example: 75.
        liquidation_ltv (Decimal):  Example: 85.
        created_at (int):  Example: 1715339355.
    """

    asset: str
    amount: Decimal
    total_funding: Decimal
    current_ltv: Decimal
    initial_ltv: Decimal
    margin_call_ltv: Decimal
    liquidation_ltv: Decimal
    created_at: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset = self.asset

        amount = decimal_to_json(self.amount)

        total_funding = decimal_to_json(self.total_funding)

        current_ltv = decimal_to_json(self.current_ltv)

        initial_ltv = decimal_to_json(self.initial_ltv)

        margin_call_ltv = decimal_to_json(self.margin_call_ltv)

        liquidation_ltv = decimal_to_json(self.liquidation_ltv)

        created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "asset": asset,
                "amount": amount,
                "totalFunding": total_funding,
                "currentLtv": current_ltv,
                "initialLtv": initial_ltv,
                "marginCallLtv": margin_call_ltv,
                "liquidationLtv": liquidation_ltv,
                "createdAt": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        asset = d.pop("asset")

        amount = decimal_from_json(d.pop("amount"), "CreditLine.amount")

        total_funding = decimal_from_json(
            d.pop("totalFunding"), "CreditLine.totalFunding"
        )

        current_ltv = decimal_from_json(d.pop("currentLtv"), "CreditLine.currentLtv")

        initial_ltv = decimal_from_json(d.pop("initialLtv"), "CreditLine.initialLtv")

        margin_call_ltv = decimal_from_json(
            d.pop("marginCallLtv"), "CreditLine.marginCallLtv"
        )

        liquidation_ltv = decimal_from_json(
            d.pop("liquidationLtv"), "CreditLine.liquidationLtv"
        )

        created_at = d.pop("createdAt")

        credit_line = cls(
            asset=asset,
            amount=amount,
            total_funding=total_funding,
            current_ltv=current_ltv,
            initial_ltv=initial_ltv,
            margin_call_ltv=margin_call_ltv,
            liquidation_ltv=liquidation_ltv,
            created_at=created_at,
        )

        credit_line.additional_properties = d
        return credit_line

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
