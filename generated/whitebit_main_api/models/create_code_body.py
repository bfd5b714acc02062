from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, decimal_from_json, decimal_to_json

T = TypeVar("T", bound="CreateCodeBody")


@_attrs_define
class CreateCodeBody:
    """
    Attributes:
        ticker (str): Currency. Example: ETH.
        amount (Decimal): The code's value: more than 0, at most 18 decimals and 1e17, within the main balance, and at
            least the currency's minimum. Example: 0.002.
        passphrase (str | Unset): A secret the applier must give too: latin letters, digits and symbols, no white space.
            Example: some passphrase.
        description (str | Unset): A note only you see. Example: some description.
    """

    ticker: str
    amount: Decimal
    passphrase: str | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ticker = self.ticker

        amount = decimal_to_json(self.amount)

        passphrase = self.passphrase

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ticker": ticker,
                "amount": amount,
            }
        )
        if passphrase is not UNSET:
            field_dict["passphrase"] = passphrase
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        ticker = d.pop("ticker")

        amount = decimal_from_json(d.pop("amount"), "CreateCodeBody.amount")

        passphrase = d.pop("passphrase", UNSET)

        description = d.pop("description", UNSET)

        create_code_body = cls(
            ticker=ticker,
            amount=amount,
            passphrase=passphrase,
            description=description,
        )

        create_code_body.additional_properties = d
        return create_code_body

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
