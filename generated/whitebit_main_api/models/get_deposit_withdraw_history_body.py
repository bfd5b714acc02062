from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.get_deposit_withdraw_history_body_transaction_method import (
    GetDepositWithdrawHistoryBodyTransactionMethod,
)
from ..types import UNSET, Unset, enum_to_json

T = TypeVar("T", bound="GetDepositWithdrawHistoryBody")


@_attrs_define
class GetDepositWithdrawHistoryBody:
    """
    Attributes:
        transaction_method (GetDepositWithdrawHistoryBodyTransactionMethod | Unset): 1 for deposits, 2 for withdrawals;
            leave out for both. Example: 1.
        ticker (str | Unset): One currency. Example: BTC.
        address (str | Unset): One address. Example: 3ApEASLcrQtZpg1TsssFgYF5V5YQJAKvuE.
        memo (str | Unset): One memo. Example: 48565488244493.
        addresses (list[str] | Unset): Several addresses. Example: ['3ApEASLcrQtZpg1TsssFgYF5V5YQJAKvuE'].
        unique_id (str | Unset): The uniqueId a withdrawal was created with. Example: 24529041.
        limit (int | Unset): Page size. Default: 50. Example: 100.
        offset (int | Unset): Records to skip. Default: 0. Example: 0.
        status (list[int] | Unset): Status codes, each valid for the chosen transactionMethod. Example: [3, 7].
    """

    transaction_method: GetDepositWithdrawHistoryBodyTransactionMethod | Unset = UNSET
    ticker: str | Unset = UNSET
    address: str | Unset = UNSET
    memo: str | Unset = UNSET
    addresses: list[str] | Unset = UNSET
    unique_id: str | Unset = UNSET
    limit: int | Unset = 50
    offset: int | Unset = 0
    status: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transaction_method: int | Unset = UNSET
        if not isinstance(self.transaction_method, Unset):
            transaction_method = enum_to_json(self.transaction_method)

        ticker = self.ticker

        address = self.address

        memo = self.memo

        addresses: list[str] | Unset = UNSET
        if not isinstance(self.addresses, Unset):
            addresses = self.addresses

        unique_id = self.unique_id

        limit = self.limit

        offset = self.offset

        status: list[int] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if transaction_method is not UNSET:
            field_dict["transactionMethod"] = transaction_method
        if ticker is not UNSET:
            field_dict["ticker"] = ticker
        if address is not UNSET:
            field_dict["address"] = address
        if memo is not UNSET:
            field_dict["memo"] = memo
        if addresses is not UNSET:
            field_dict["addresses"] = addresses
        if unique_id is not UNSET:
            field_dict["unique_id"] = unique_id
        if limit is not UNSET:
            field_dict["limit"] = limit
        if offset is not UNSET:
            field_dict["offset"] = offset
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _transaction_method = d.pop("transactionMethod", UNSET)
        transaction_method: GetDepositWithdrawHistoryBodyTransactionMethod | Unset
        if isinstance(_transaction_method, Unset):
            transaction_method = UNSET
        else:
            transaction_method = GetDepositWithdrawHistoryBodyTransactionMethod(
                _transaction_method
            )

        ticker = d.pop("ticker", UNSET)

        address = d.pop("address", UNSET)

        memo = d.pop("memo", UNSET)

        addresses = cast(list[str], d.pop("addresses", UNSET))

        unique_id = d.pop("unique_id", UNSET)

        limit = d.pop("limit", UNSET)

        offset = d.pop("offset", UNSET)

        status = cast(list[int], d.pop("status", UNSET))

        get_deposit_withdraw_history_body = cls(
            transaction_method=transaction_method,
            ticker=ticker,
            address=address,
            memo=memo,
            addresses=addresses,
            unique_id=unique_id,
            limit=limit,
            offset=offset,
            status=status,
        )

        get_deposit_withdraw_history_body.additional_properties = d
        return get_deposit_withdraw_history_body

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
