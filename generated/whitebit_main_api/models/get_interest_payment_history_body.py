from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetInterestPaymentHistoryBody")


@_attrs_define
class GetInterestPaymentHistoryBody:
    """
    Attributes:
        plan_id (str | Unset): One plan. Example: 8e667b4a-0b71-4988-8af5-9474dbfaeb51.
        ticker (str | Unset): Payments in this currency. Example: USDT.
        limit (int | Unset): Page size. Default: 100. Example: 100.
        offset (int | Unset): Records to skip. Default: 0. Example: 0.
    """

    plan_id: str | Unset = UNSET
    ticker: str | Unset = UNSET
    limit: int | Unset = 100
    offset: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        plan_id = self.plan_id

        ticker = self.ticker

        limit = self.limit

        offset = self.offset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if plan_id is not UNSET:
            field_dict["planId"] = plan_id
        if ticker is not UNSET:
            field_dict["ticker"] = ticker
        if limit is not UNSET:
            field_dict["limit"] = limit
        if offset is not UNSET:
            field_dict["offset"] = offset

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        plan_id = d.pop("planId", UNSET)

        ticker = d.pop("ticker", UNSET)

        limit = d.pop("limit", UNSET)

        offset = d.pop("offset", UNSET)

        get_interest_payment_history_body = cls(
            plan_id=plan_id,
            ticker=ticker,
            limit=limit,
            offset=offset,
        )

        get_interest_payment_history_body.additional_properties = d
        return get_interest_payment_history_body

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
