from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import decimal_from_json, decimal_to_json

T = TypeVar("T", bound="InterestPayment")


@_attrs_define
class InterestPayment:
    """
    Attributes:
        plan_id (str): Plan id Example: 1.
        investment_id (str): Investment id Example: 1232.
        amount (Decimal): Interest paid Example: 0.01.
        ticker (str): Currency of the interest Example: BTC.
        timestamp (int): When it was paid (Unix seconds) Example: 1588345560.
    """

    plan_id: str
    investment_id: str
    amount: Decimal
    ticker: str
    timestamp: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        plan_id = self.plan_id

        investment_id = self.investment_id

        amount = decimal_to_json(self.amount)

        ticker = self.ticker

        timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "planId": plan_id,
                "investmentId": investment_id,
                "amount": amount,
                "ticker": ticker,
                "timestamp": timestamp,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        plan_id = d.pop("planId")

        investment_id = d.pop("investmentId")

        amount = decimal_from_json(d.pop("amount"), "InterestPayment.amount")

        ticker = d.pop("ticker")

        timestamp = d.pop("timestamp")

        interest_payment = cls(
            plan_id=plan_id,
            investment_id=investment_id,
            amount=amount,
            ticker=ticker,
            timestamp=timestamp,
        )

        interest_payment.additional_properties = d
        return interest_payment

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
