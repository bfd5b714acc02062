from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.transfer_between_balances_body_from import TransferBetweenBalancesBodyFrom
from ..models.transfer_between_balances_body_method import (
    TransferBetweenBalancesBodyMethod,
)
from ..models.transfer_between_balances_body_to import TransferBetweenBalancesBodyTo
from ..types import UNSET, Unset, decimal_from_json, decimal_to_json, enum_to_json

T = TypeVar("T", bound="TransferBetweenBalancesBody")


@_attrs_define
class TransferBetweenBalancesBody:
    """
    Attributes:
        ticker (str): Currency. Example: XLM.
        amount (Decimal): Amount: more than 0, at most 8 decimals, at most the available balance. Example: 0.9.
        method (TransferBetweenBalancesBodyMethod | Unset): The direction, the older way, to be deprecated; not needed
            when from and to are given. Example: deposit.
        from_ (TransferBetweenBalancesBodyFrom | Unset): Balance to take from; not needed when method is given. Example:
            main.
        to (TransferBetweenBalancesBodyTo | Unset): Balance to put into; not needed when method is given. Example: spot.
    """

    ticker: str
    amount: Decimal
    method: TransferBetweenBalancesBodyMethod | Unset = UNSET
    from_: TransferBetweenBalancesBodyFrom | Unset = UNSET
    to: TransferBetweenBalancesBodyTo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ticker = self.ticker

        amount = decimal_to_json(self.amount)

        method: str | Unset = UNSET
        if not isinstance(self.method, Unset):
            method = enum_to_json(self.method)

        from_: str | Unset = UNSET
        if not isinstance(self.from_, Unset):
            from_ = enum_to_json(self.from_)

        to: str | Unset = UNSET
        if not isinstance(self.to, Unset):
            to = enum_to_json(self.to)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ticker": ticker,
                "amount": amount,
            }
        )
        if method is not UNSET:
            field_dict["method"] = method
        if from_ is not UNSET:
            field_dict["from"] = from_
        if to is not UNSET:
            field_dict["to"] = to

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        ticker = d.pop("ticker")

        amount = decimal_from_json(
            d.pop("amount"), "TransferBetweenBalancesBody.amount"
        )

        _method = d.pop("method", UNSET)
        method: TransferBetweenBalancesBodyMethod | Unset
        if isinstance(_method, Unset):
            method = UNSET
        else:
            method = TransferBetweenBalancesBodyMethod(_method)

        _from_ = d.pop("from", UNSET)
        from_: TransferBetweenBalancesBodyFrom | Unset
        if isinstance(_from_, Unset):
            from_ = UNSET
        else:
            from_ = TransferBetweenBalancesBodyFrom(_from_)

        _to = d.pop("to", UNSET)
        to: TransferBetweenBalancesBodyTo | Unset
        if isinstance(_to, Unset):
            to = UNSET
        else:
            to = TransferBetweenBalancesBodyTo(_to)

        transfer_between_balances_body = cls(
            ticker=ticker,
            amount=amount,
            method=method,
            from_=from_,
            to=to,
        )

        transfer_between_balances_body.additional_properties = d
        return transfer_between_balances_body

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
