from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.refund_status import RefundStatus
from ..types import UNSET, Unset, decimal_from_json, decimal_to_json, enum_to_json

T = TypeVar("T", bound="RefundParams")


@_attrs_define
class RefundParams:
    """A refund of a canceled deposit, and the delivery's nonce.

    Attributes:
        transaction_id (str): The canceled deposit's id.
        status (RefundStatus):
        nonce (int): Strictly greater than the last delivery's.
        refund_address (str | Unset):
        deposit_amount (Decimal | Unset):
        currency (str | Unset):
        ticker (str | Unset):
        network (None | str | Unset):
        created_at (int | Unset):
        processed_at (int | Unset):
        refund_network_fee (Decimal | Unset):
        refund_amount (Decimal | Unset):
        refund_hash (str | Unset):
    """

    transaction_id: str
    status: RefundStatus
    nonce: int
    refund_address: str | Unset = UNSET
    deposit_amount: Decimal | Unset = UNSET
    currency: str | Unset = UNSET
    ticker: str | Unset = UNSET
    network: None | str | Unset = UNSET
    created_at: int | Unset = UNSET
    processed_at: int | Unset = UNSET
    refund_network_fee: Decimal | Unset = UNSET
    refund_amount: Decimal | Unset = UNSET
    refund_hash: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transaction_id = self.transaction_id

        status = enum_to_json(self.status)

        nonce = self.nonce

        refund_address = self.refund_address

        deposit_amount = decimal_to_json(self.deposit_amount)

        currency = self.currency

        ticker = self.ticker

        network: None | str | Unset
        if isinstance(self.network, Unset):
            network = UNSET
        else:
            network = self.network

        created_at = self.created_at

        processed_at = self.processed_at

        refund_network_fee = decimal_to_json(self.refund_network_fee)

        refund_amount = decimal_to_json(self.refund_amount)

        refund_hash = self.refund_hash

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "transactionId": transaction_id,
                "status": status,
                "nonce": nonce,
            }
        )
        if refund_address is not UNSET:
            field_dict["refundAddress"] = refund_address
        if deposit_amount is not UNSET:
            field_dict["depositAmount"] = deposit_amount
        if currency is not UNSET:
            field_dict["currency"] = currency
        if ticker is not UNSET:
            field_dict["ticker"] = ticker
        if network is not UNSET:
            field_dict["network"] = network
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if processed_at is not UNSET:
            field_dict["processedAt"] = processed_at
        if refund_network_fee is not UNSET:
            field_dict["refundNetworkFee"] = refund_network_fee
        if refund_amount is not UNSET:
            field_dict["refundAmount"] = refund_amount
        if refund_hash is not UNSET:
            field_dict["refundHash"] = refund_hash

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        transaction_id = d.pop("transactionId")

        status = RefundStatus(d.pop("status"))

        nonce = d.pop("nonce")

        refund_address = d.pop("refundAddress", UNSET)

        _deposit_amount = d.pop("depositAmount", UNSET)
        deposit_amount: Decimal | Unset = (
            UNSET
            if isinstance(_deposit_amount, Unset)
            else decimal_from_json(_deposit_amount, "RefundParams.depositAmount")
        )

        currency = d.pop("currency", UNSET)

        ticker = d.pop("ticker", UNSET)

        def _parse_network(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        network = _parse_network(d.pop("network", UNSET))

        created_at = d.pop("createdAt", UNSET)

        processed_at = d.pop("processedAt", UNSET)

        _refund_network_fee = d.pop("refundNetworkFee", UNSET)
        refund_network_fee: Decimal | Unset = (
            UNSET
            if isinstance(_refund_network_fee, Unset)
            else decimal_from_json(_refund_network_fee, "RefundParams.refundNetworkFee")
        )

        _refund_amount = d.pop("refundAmount", UNSET)
        refund_amount: Decimal | Unset = (
            UNSET
            if isinstance(_refund_amount, Unset)
            else decimal_from_json(_refund_amount, "RefundParams.refundAmount")
        )

        refund_hash = d.pop("refundHash", UNSET)

        refund_params = cls(
            transaction_id=transaction_id,
            status=status,
            nonce=nonce,
            refund_address=refund_address,
            deposit_amount=deposit_amount,
            currency=currency,
            ticker=ticker,
            network=network,
            created_at=created_at,
            processed_at=processed_at,
            refund_network_fee=refund_network_fee,
            refund_amount=refund_amount,
            refund_hash=refund_hash,
        )

        refund_params.additional_properties = d
        return refund_params

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
