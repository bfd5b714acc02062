from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FlexInvestmentHistory")


@_attrs_define
class FlexInvestmentHistory:
    """
    Attributes:
        created_at (int | Unset): Transaction creation timestamp Example: 1588345560.
        plan_id (str | Unset): Flex plan identifier Example: 12.
        investment_id (str | Unset): Flex investment identifier Example: 2765.
        currency (str | Unset): Transaction currency Example: USDT.
        amount (str | Unset): Transaction amount Example: 100.
        transaction_id (str | Unset): Transaction identifier Example: tx_123456.
        action_type (int | Unset): Action type: 1-INVEST, 2-REINVEST, 3-WITHDRAW_FROM_INVESTMENT, 4-DAILY_EARNING,
            5-CLOSE_INVESTMENT, 6-OPEN_INVESTMENT Example: 1.
    """

    created_at: int | Unset = UNSET
    plan_id: str | Unset = UNSET
    investment_id: str | Unset = UNSET
    currency: str | Unset = UNSET
    amount: str | Unset = UNSET
    transaction_id: str | Unset = UNSET
    action_type: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at

        plan_id = self.plan_id

        investment_id = self.investment_id

        currency = self.currency

        amount = self.amount

        transaction_id = self.transaction_id

        action_type = self.action_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if plan_id is not UNSET:
            field_dict["planId"] = plan_id
        if investment_id is not UNSET:
            field_dict["investmentId"] = investment_id
        if currency is not UNSET:
            field_dict["currency"] = currency
        if amount is not UNSET:
            field_dict["amount"] = amount
        if transaction_id is not UNSET:
            field_dict["transaction_id"] = transaction_id
        if action_type is not UNSET:
            field_dict["actionType"] = action_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        created_at = d.pop("createdAt", UNSET)

        plan_id = d.pop("planId", UNSET)

        investment_id = d.pop("investmentId", UNSET)

        currency = d.pop("currency", UNSET)

        amount = d.pop("amount", UNSET)

        transaction_id = d.pop("transaction_id", UNSET)

        action_type = d.pop("actionType", UNSET)

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
