from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.transaction_history_method import TransactionHistoryMethod
from ..types import UNSET, Unset, decimal_from_json, decimal_to_json, enum_to_json

if TYPE_CHECKING:
    from ..models.transaction_history_confirmations_type_0 import (
        TransactionHistoryConfirmationsType0,
    )
    from ..models.transaction_history_details_type_0 import (
        TransactionHistoryDetailsType0,
    )


T = TypeVar("T", bound="TransactionHistory")


@_attrs_define
class TransactionHistory:
    """
    Attributes:
        address (str): Deposit or withdrawal address Example: 3ApEASLcrQtZpg1TsssFgYF5V5YQJAKvuE.
        unique_id (None | str): The uniqueId the withdrawal was created with (unique per user)
        created_at (int): When it was created (Unix seconds) Example: 1593437922.
        currency (str): Currency name Example: Bitcoin.
        ticker (str): Currency ticker Example: BTC.
        method (TransactionHistoryMethod): 1 - deposit, 2 - withdrawal Example: 1.
        amount (Decimal): Amount Example: 0.0006.
        description (str): Free text
        fee (Decimal): Fee charged Example: 0.
        status (int): Status code (see getDepositWithdrawHistory) Example: 15.
        network (None | str): Network, for a currency that has several
        transaction_hash (str): Hash of the blockchain transaction (one hash may stand for several records) Example:
            3b49d7b8cf7a4d3c1234567890abcdef.
        transaction_id (str): WhiteBIT's id of the transaction (a UUID, unique across WhiteBIT, never reused) Example:
            5e112b38-9652-11ed-a1eb-0242ac120002.
        memo (str | Unset): Memo or destination tag
        details (None | TransactionHistoryDetailsType0 | Unset): More about it, e.g. a partly processed fiat withdrawal
        confirmations (None | TransactionHistoryConfirmationsType0 | Unset): Blockchain confirmations so far, and needed
    """

    address: str
    unique_id: None | str
    created_at: int
    currency: str
    ticker: str
    method: TransactionHistoryMethod
    amount: Decimal
    description: str
    fee: Decimal
    status: int
    network: None | str
    transaction_hash: str
    transaction_id: str
    memo: str | Unset = UNSET
    details: None | TransactionHistoryDetailsType0 | Unset = UNSET
    confirmations: None | TransactionHistoryConfirmationsType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address = self.address

        unique_id: None | str
        unique_id = self.unique_id

        created_at = self.created_at

        currency = self.currency

        ticker = self.ticker

        method = enum_to_json(self.method)

        amount = decimal_to_json(self.amount)

        description = self.description

        fee = decimal_to_json(self.fee)

        status = self.status

        network: None | str
        network = self.network

        transaction_hash = self.transaction_hash

        transaction_id = self.transaction_id

        memo = self.memo

        details: dict[str, Any] | None | Unset
        if isinstance(self.details, Unset):
            details = UNSET
        elif isinstance(self.details, TransactionHistoryDetailsType0):
            details = self.details.to_dict()
        else:
            details = self.details

        confirmations: dict[str, Any] | None | Unset
        if isinstance(self.confirmations, Unset):
            confirmations = UNSET
        elif isinstance(self.confirmations, TransactionHistoryConfirmationsType0):
            confirmations = self.confirmations.to_dict()
        else:
            confirmations = self.confirmations

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "address": address,
                "unique_id": unique_id,
                "createdAt": created_at,
                "currency": currency,
                "ticker": ticker,
                "method": method,
                "amount": amount,
                "description": description,
                "fee": fee,
                "status": status,
                "network": network,
                "transactionHash": transaction_hash,
                "transaction_id": transaction_id,
            }
        )
        if memo is not UNSET:
            field_dict["memo"] = memo
        if details is not UNSET:
            field_dict["details"] = details
        if confirmations is not UNSET:
            field_dict["confirmations"] = confirmations

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        address = d.pop("address")

        def _parse_unique_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        unique_id = _parse_unique_id(d.pop("unique_id"))

        created_at = d.pop("createdAt")

        currency = d.pop("currency")

        ticker = d.pop("ticker")

        method = TransactionHistoryMethod(d.pop("method"))

        amount = decimal_from_json(d.pop("amount"), "TransactionHistory.amount")

        description = d.pop("description")

        fee = decimal_from_json(d.pop("fee"), "TransactionHistory.fee")

        status = d.pop("status")

        def _parse_network(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        network = _parse_network(d.pop("network"))

        transaction_hash = d.pop("transactionHash")

        transaction_id = d.pop("transaction_id")

        memo = d.pop("memo", UNSET)

        def _parse_details(
            data: object,
        ) -> None | TransactionHistoryDetailsType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                details_type_0 = TransactionHistoryDetailsType0.from_dict(data)

                return details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TransactionHistoryDetailsType0 | Unset, data)

        details = _parse_details(d.pop("details", UNSET))

        def _parse_confirmations(
            data: object,
        ) -> None | TransactionHistoryConfirmationsType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                confirmations_type_0 = TransactionHistoryConfirmationsType0.from_dict(
                    data
                )

                return confirmations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TransactionHistoryConfirmationsType0 | Unset, data)

        confirmations = _parse_confirmations(d.pop("confirmations", UNSET))

        transaction_history = cls(
            address=address,
            unique_id=unique_id,
            created_at=created_at,
            currency=currency,
            ticker=ticker,
            method=method,
            amount=amount,
            description=description,
            fee=fee,
            status=status,
            network=network,
            transaction_hash=transaction_hash,
            transaction_id=transaction_id,
            memo=memo,
            details=details,
            confirmations=confirmations,
        )

        transaction_history.additional_properties = d
        return transaction_history

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


from ..models.transaction_history_confirmations_type_0 import (
    TransactionHistoryConfirmationsType0,
)
from ..models.transaction_history_details_type_0 import TransactionHistoryDetailsType0
