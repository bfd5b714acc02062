from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.flex_investment_history_action_type import FlexInvestmentHistoryActionType
from ..types import decimal_from_json, decimal_to_json, enum_to_json

T = TypeVar("T", bound="FlexInvestmentHistory")


@_attrs_define
class FlexInvestmentHistory:
    """
    Attributes:
        created_at (int): Transaction creation timestamp Example: 1588345560.
        plan_id (str): Flex plan identifier Example: 12.
        investment_id (str): Flex investment identifier Example: 2765.
        currency (str): Transaction currency Example: USDT.
        amount (Decimal): Transaction amount Example: 100.
        transaction_id (str): Transaction identifier Example: tx_123456.
        action_type (FlexInvestmentHistoryActionType): Action type: 1-INVEST, 2-REINVEST, 3-WITHDRAW_FROM_INVESTMENT,
            4-DAILY_EARNING, 5-CLOSE_INVESTMENT, 6-OPEN_INVESTMENT Example: 1.
    """

    created_at: int
    plan_id: str
    investment_id: str
    currency: str
    amount: Decimal
    transaction_id: str
    action_type: FlexInvestmentHistoryActionType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at

        plan_id = self.plan_id

        investment_id = self.investment_id

        currency = self.currency

        amount = decimal_to_json(self.amount)

        transaction_id = self.transaction_id

        action_type = enum_to_json(self.action_type)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "createdAt": created_at,
                "planId": plan_id,
                "investmentId": investment_id,
                "currency": currency,
                "amount": amount,
                "transaction_id": transaction_id,
                "actionType": action_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        created_at = d.pop("createdAt")

        plan_id = d.pop("planId")

        investment_id = d.pop("investmentId")

        currency = d.pop("currency")

        amount = decimal_from_json(d.pop("amount"), "FlexInvestmentHistory.amount")

        transaction_id = d.pop("transaction_id")

        action_type = FlexInvestmentHistoryActionType(d.pop("actionType"))

        flex_investment_history = cls(
            created_at=created_at,
            plan_id=plan_id,
            investment_id=investment_id,
            currency=currency,
            amount=amount,
            transaction_id=transaction_id,
            action_type=action_type,
        )

        flex_investment_history.additional_properties = d
        return flex_investment_history

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
