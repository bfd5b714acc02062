from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import decimal_from_json, decimal_to_json

T = TypeVar("T", bound="CodeHistory")


@_attrs_define
class CodeHistory:
    """
    Attributes:
        amount (Decimal): The change, with a sign - minus when created, plus when applied Example: -100.
        code (str): The code Example: WBe50fbe4d5d...ee33.
        date (int): When it was applied, or created (Unix seconds) Example: 1598296132.
        status (str): The code's status now Example: applied.
        ticker (str): Currency Example: USDT.
        external_id (str): The code's id Example: id1.
    """

    amount: Decimal
    code: str
    date: int
    status: str
    ticker: str
    external_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = decimal_to_json(self.amount)

        code = self.code

        date = self.date

        status = self.status

        ticker = self.ticker

        external_id = self.external_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
                "code": code,
                "date": date,
                "status": status,
                "ticker": ticker,
                "external_id": external_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        amount = decimal_from_json(d.pop("amount"), "CodeHistory.amount")

        code = d.pop("code")

        date = d.pop("date")

        status = d.pop("status")

        ticker = d.pop("ticker")

        external_id = d.pop("external_id")

        code_history = cls(
            amount=amount,
            code=code,
            date=date,
            status=status,
            ticker=ticker,
            external_id=external_id,
        )

        code_history.additional_properties = d
        return code_history

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
