from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.investment_status import InvestmentStatus
from ..types import UNSET, Unset, enum_to_json

T = TypeVar("T", bound="GetUserFlexInvestmentsBody")


@_attrs_define
class GetUserFlexInvestmentsBody:
    """
    Attributes:
        limit (int | Unset): Pagination limit. Default: 100. Default: 100. Example: 100.
        offset (int | Unset): Pagination offset. Default: 0. Default: 0. Example: 0.
        ticker (str | Unset): Filter by currency [ticker](/glossary#ticker). Example: USDT. Example: USDT.
        plan (str | Unset): Filter by plan ID (UUID). Example: 8f2e9d3c-1a4b-4c2d-9e5f-6a7b8c9d0e1f.
        investment (str | Unset): Filter by investment ID. Example: inv_7e2d9c3b-1a4b-4c2d-9e5f-6a7b8c9d0e1f.
        investment_status (InvestmentStatus | Unset): Filter by status (1=ACTIVE, 0=CLOSED). Example: 1.
    """

    limit: int | Unset = 100
    offset: int | Unset = 0
    ticker: str | Unset = UNSET
    plan: str | Unset = UNSET
    investment: str | Unset = UNSET
    investment_status: InvestmentStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        limit = self.limit

        offset = self.offset

        ticker = self.ticker

        plan = self.plan

        investment = self.investment

        investment_status: int | Unset = UNSET
        if not isinstance(self.investment_status, Unset):
            investment_status = enum_to_json(self.investment_status)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if limit is not UNSET:
            field_dict["limit"] = limit
        if offset is not UNSET:
            field_dict["offset"] = offset
        if ticker is not UNSET:
            field_dict["ticker"] = ticker
        if plan is not UNSET:
            field_dict["plan"] = plan
        if investment is not UNSET:
            field_dict["investment"] = investment
        if investment_status is not UNSET:
            field_dict["investmentStatus"] = investment_status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        limit = d.pop("limit", UNSET)

        offset = d.pop("offset", UNSET)

        ticker = d.pop("ticker", UNSET)

        plan = d.pop("plan", UNSET)

        investment = d.pop("investment", UNSET)

        _investment_status = d.pop("investmentStatus", UNSET)
        investment_status: InvestmentStatus | Unset
        if isinstance(_investment_status, Unset):
            investment_status = UNSET
        else:
            investment_status = InvestmentStatus(_investment_status)

        get_user_flex_investments_body = cls(
            limit=limit,
            offset=offset,
            ticker=ticker,
            plan=plan,
            investment=investment,
            investment_status=investment_status,
        )

        get_user_flex_investments_body.additional_properties = d
        return get_user_flex_investments_body

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
