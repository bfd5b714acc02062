from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetFlexPaymentHistoryBody")


@_attrs_define
class GetFlexPaymentHistoryBody:
    """
    Attributes:
        limit (int | Unset): Pagination limit. Default: 50. Example: 50.
        offset (int | Unset): Pagination offset. Default: 0. Example: 0.
        plan (str | Unset): Filter by plan ID (UUID). Example: 8f2e9d3c-1a4b-4c2d-9e5f-6a7b8c9d0e1f.
        investment (str | Unset): Filter by investment ID. Example: inv_7e2d9c3b-1a4b-4c2d-9e5f-6a7b8c9d0e1f.
        transaction (str | Unset): Filter by transaction ID. Example: tx_9f3e0d4c-2b5c-4d3e-8f6g-7a8b9c0d1e2f.
        date_from (int | Unset): Filter from date (timestamp). Example: 1640995200.
        date_to (int | Unset): Filter to date (timestamp). Example: 1641081600.
    """

    limit: int | Unset = 50
    offset: int | Unset = 0
    plan: str | Unset = UNSET
    investment: str | Unset = UNSET
    transaction: str | Unset = UNSET
    date_from: int | Unset = UNSET
    date_to: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        limit = self.limit

        offset = self.offset

        plan = self.plan

        investment = self.investment

        transaction = self.transaction

        date_from = self.date_from

        date_to = self.date_to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if limit is not UNSET:
            field_dict["limit"] = limit
        if offset is not UNSET:
            field_dict["offset"] = offset
        if plan is not UNSET:
            field_dict["plan"] = plan
        if investment is not UNSET:
            field_dict["investment"] = investment
        if transaction is not UNSET:
            field_dict["transaction"] = transaction
        if date_from is not UNSET:
            field_dict["dateFrom"] = date_from
        if date_to is not UNSET:
            field_dict["dateTo"] = date_to

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        limit = d.pop("limit", UNSET)

        offset = d.pop("offset", UNSET)

        plan = d.pop("plan", UNSET)

        investment = d.pop("investment", UNSET)

        transaction = d.pop("transaction", UNSET)

        date_from = d.pop("dateFrom", UNSET)

        date_to = d.pop("dateTo", UNSET)

        get_flex_payment_history_body = cls(
            limit=limit,
            offset=offset,
            plan=plan,
            investment=investment,
            transaction=transaction,
            date_from=date_from,
            date_to=date_to,
        )

        get_flex_payment_history_body.additional_properties = d
        return get_flex_payment_history_body

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
