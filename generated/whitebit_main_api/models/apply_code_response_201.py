from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import decimal_from_json, decimal_to_json

T = TypeVar("T", bound="ApplyCodeResponse201")


@_attrs_define
class ApplyCodeResponse201:
    """
    Attributes:
        message (str): What happened
        ticker (str): Currency credited
        amount (Decimal): Amount credited
        external_id (str): The code's id in the code history
    """

    message: str
    ticker: str
    amount: Decimal
    external_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        ticker = self.ticker

        amount = decimal_to_json(self.amount)

        external_id = self.external_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
                "ticker": ticker,
                "amount": amount,
                "external_id": external_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        message = d.pop("message")

        ticker = d.pop("ticker")

        amount = decimal_from_json(d.pop("amount"), "ApplyCodeResponse201.amount")

        external_id = d.pop("external_id")

        apply_code_response_201 = cls(
            message=message,
            ticker=ticker,
            amount=amount,
            external_id=external_id,
        )

        apply_code_response_201.additional_properties = d
        return apply_code_response_201

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
