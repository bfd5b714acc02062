from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.transaction_method import TransactionMethod
from ..models.withdraw_status import WithdrawStatus
from ..types import UNSET, Unset, decimal_from_json, decimal_to_json, enum_to_json

T = TypeVar("T", bound="WithdrawParams")


@_attrs_define
class WithdrawParams:
    """A withdrawal as the history shows it, and the delivery's nonce.

    Attributes:
        amount (Decimal): What the balance gave.
        created_at (int): When it was created (Unix seconds).
        method (TransactionMethod): 1 = deposit, 2 = withdrawal.
        status (WithdrawStatus): A withdrawal's status code (history and webhooks): 1, 2, 6 and 10-17 pending, 3 and 7
            successful, 4 canceled, 5 unconfirmed by the user, 18 partially successful, 21 frozen by AML.
        ticker (str):
        nonce (int): Strictly greater than the last delivery's.
        address (str | Unset): The destination.
        currency (str | Unset): The currency's display name.
        description (None | str | Unset):
        fee (Decimal | Unset): The withdrawal fee.
        memo (str | Unset):
        network (None | str | Unset): The network, for a currency with several.
        transaction_hash (None | str | Unset):
        unique_id (None | str | Unset): The uniqueId the withdrawal was created with.
        request_amount (Decimal | Unset): Asked for (a partly successful fiat withdrawal).
        processed_amount (Decimal | Unset): Paid out (a partly successful fiat withdrawal).
    """

    amount: Decimal
    created_at: int
    method: TransactionMethod
    status: WithdrawStatus
    ticker: str
    nonce: int
    address: str | Unset = UNSET
    currency: str | Unset = UNSET
    description: None | str | Unset = UNSET
    fee: Decimal | Unset = UNSET
    memo: str | Unset = UNSET
    network: None | str | Unset = UNSET
    transaction_hash: None | str | Unset = UNSET
    unique_id: None | str | Unset = UNSET
    request_amount: Decimal | Unset = UNSET
    processed_amount: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = decimal_to_json(self.amount)

        created_at = self.created_at

        method = enum_to_json(self.method)

        status = enum_to_json(self.status)

        ticker = self.ticker

        nonce = self.nonce

        address = self.address

        currency = self.currency

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        fee = decimal_to_json(self.fee)

        memo = self.memo

        network: None | str | Unset
        if isinstance(self.network, Unset):
            network = UNSET
        else:
            network = self.network

        transaction_hash: None | str | Unset
        if isinstance(self.transaction_hash, Unset):
            transaction_hash = UNSET
        else:
            transaction_hash = self.transaction_hash

        unique_id: None | str | Unset
        if isinstance(self.unique_id, Unset):
            unique_id = UNSET
        else:
            unique_id = self.unique_id

        request_amount = decimal_to_json(self.request_amount)

        processed_amount = decimal_to_json(self.processed_amount)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
                "createdAt": created_at,
                "method": method,
                "status": status,
                "ticker": ticker,
                "nonce": nonce,
            }
        )
        if address is not UNSET:
            field_dict["address"] = address
        if currency is not UNSET:
            field_dict["currency"] = currency
        if description is not UNSET:
            field_dict["description"] = description
        if fee is not UNSET:
            field_dict["fee"] = fee
        if memo is not UNSET:
            field_dict["memo"] = memo
        if network is not UNSET:
            field_dict["network"] = network
        if transaction_hash is not UNSET:
            field_dict["transactionHash"] = transaction_hash
        if unique_id is not UNSET:
            field_dict["uniqueId"] = unique_id
        if request_amount is not UNSET:
            field_dict["requestAmount"] = request_amount
        if processed_amount is not UNSET:
            field_dict["processedAmount"] = processed_amount

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        amount = decimal_from_json(d.pop("amount"), "WithdrawParams.amount")

        created_at = d.pop("createdAt")

        method = TransactionMethod(d.pop("method"))

        status = WithdrawStatus(d.pop("status"))

        ticker = d.pop("ticker")

        nonce = d.pop("nonce")

        address = d.pop("address", UNSET)

        currency = d.pop("currency", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        _fee = d.pop("fee", UNSET)
        fee: Decimal | Unset = (
            UNSET
            if isinstance(_fee, Unset)
            else decimal_from_json(_fee, "WithdrawParams.fee")
        )

        memo = d.pop("memo", UNSET)

        def _parse_network(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        network = _parse_network(d.pop("network", UNSET))

        def _parse_transaction_hash(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        transaction_hash = _parse_transaction_hash(d.pop("transactionHash", UNSET))

        def _parse_unique_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        unique_id = _parse_unique_id(d.pop("uniqueId", UNSET))

        _request_amount = d.pop("requestAmount", UNSET)
        request_amount: Decimal | Unset = (
            UNSET
            if isinstance(_request_amount, Unset)
            else decimal_from_json(_request_amount, "WithdrawParams.requestAmount")
        )

        _processed_amount = d.pop("processedAmount", UNSET)
        processed_amount: Decimal | Unset = (
            UNSET
            if isinstance(_processed_amount, Unset)
            else decimal_from_json(_processed_amount, "WithdrawParams.processedAmount")
        )

        withdraw_params = cls(
            amount=amount,
            created_at=created_at,
            method=method,
            status=status,
            ticker=ticker,
            nonce=nonce,
            address=address,
            currency=currency,
            description=description,
            fee=fee,
            memo=memo,
            network=network,
            transaction_hash=transaction_hash,
            unique_id=unique_id,
            request_amount=request_amount,
            processed_amount=processed_amount,
        )

        withdraw_params.additional_properties = d
        return withdraw_params

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
