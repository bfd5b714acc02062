from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import decimal_from_json, decimal_to_json

T = TypeVar("T", bound="CreateExpressWithdrawTokenBody")


@_attrs_define
class CreateExpressWithdrawTokenBody:
    """
    Attributes:
        ticker (str): A crypto currency that can be withdrawn (fiat is refused). Example: USDT.
        amount (Decimal): Amount to charge, a decimal string; at most 10,000 USDT in value, else code 191. Example:
            25.50.
        external_id (str): Your order id, unique in your account. Example: order-100294.
    """

    ticker: str
    amount: Decimal
    external_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ticker = self.ticker

        amount = decimal_to_json(self.amount)

        external_id = self.external_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ticker": ticker,
                "amount": amount,
                "externalId": external_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        ticker = d.pop("ticker")

        amount = decimal_from_json(
            d.pop("amount"), "CreateExpressWithdrawTokenBody.amount"
        )

        external_id = d.pop("externalId")

        create_express_withdraw_token_body = cls(
            ticker=ticker,
            amount=amount,
            external_id=external_id,
        )

        create_express_withdraw_token_body.additional_properties = d
        return create_express_withdraw_token_body

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
