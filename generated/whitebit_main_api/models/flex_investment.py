from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FlexInvestment")


@_attrs_define
class FlexInvestment:
    """
    Attributes:
        id (str | Unset): Flex investment identifier Example: 2765.
        plan_id (str | Unset): Flex plan identifier Example: 12.
        currency (str | Unset): Investment currency Example: USDT.
        invested (str | Unset): Invested amount Example: 100.
        with_auto_reinvest (bool | Unset): Auto-reinvestment enabled Example: True.
        status (int | Unset): Investment status (1=ACTIVE, 0=CLOSED) Example: 1.
        created_at (int | Unset): Investment creation timestamp Example: 1588345560.
        updated_at (int | Unset): Investment last update timestamp Example: 1588345560.
    """

    id: str | Unset = UNSET
    plan_id: str | Unset = UNSET
    currency: str | Unset = UNSET
    invested: str | Unset = UNSET
    with_auto_reinvest: bool | Unset = UNSET
    status: int | Unset = UNSET
    created_at: int | Unset = UNSET
    updated_at: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        plan_id = self.plan_id

        currency = self.currency

        invested = self.invested

        with_auto_reinvest = self.with_auto_reinvest

        status = self.status

        created_at = self.created_at

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if plan_id is not UNSET:
            field_dict["planId"] = plan_id
        if currency is not UNSET:
            field_dict["currency"] = currency
        if invested is not UNSET:
            field_dict["invested"] = invested
        if with_auto_reinvest is not UNSET:
            field_dict["withAutoReinvest"] = with_auto_reinvest
        if status is not UNSET:
            field_dict["status"] = status
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        plan_id = d.pop("planId", UNSET)

        currency = d.pop("currency", UNSET)

        invested = d.pop("invested", UNSET)

        with_auto_reinvest = d.pop("withAutoReinvest", UNSET)

        status = d.pop("status", UNSET)

        created_at = d.pop("createdAt", UNSET)

        updated_at = d.pop("updatedAt", UNSET)

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
