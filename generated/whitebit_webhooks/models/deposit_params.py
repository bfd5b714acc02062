from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.deposit_status import DepositStatus
from ..models.transaction_method import TransactionMethod
from ..types import UNSET, Unset, decimal_from_json, decimal_to_json, enum_to_json

if TYPE_CHECKING:
    from ..models.confirmations import Confirmations


T = TypeVar("T", bound="DepositParams")


@_attrs_define
class DepositParams:
    """A deposit as the history shows it, and the delivery's nonce.

    Attributes:
        amount (Decimal): What arrived.
        created_at (int): When it was detected (Unix seconds).
        method (TransactionMethod): 1 = deposit, 2 = withdrawal.
        status (DepositStatus): A deposit's status code (history and webhooks): 15 pending, 3 and 7 successful, 4 and 9
            canceled (a refund may be possible), 5 unconfirmed by the user, 21 frozen by AML, 22 uncredited, 27 frozen by
            the travel rule, 28 travel rule processing (27 and 28 send no webhook).
        ticker (str):
        nonce (int): Strictly greater than the last delivery's.
        address (str | Unset): Where it was sent.
        currency (str | Unset): The currency's display name.
        description (None | str | Unset):
        fee (Decimal | Unset): The deposit fee.
        memo (str | Unset):
        network (None | str | Unset): The network, for a currency with several.
        transaction_hash (None | str | Unset):
        unique_id (None | str | Unset): The id WhiteBIT gave the deposit (the refund endpoint's transactionId).
        confirmations (Confirmations | Unset):
    """

    amount: Decimal
    created_at: int
    method: TransactionMethod
    status: DepositStatus
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
    confirmations: Confirmations | Unset = UNSET
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

        confirmations: dict[str, Any] | Unset = UNSET
        if not isinstance(self.confirmations, Unset):
            confirmations = self.confirmations.to_dict()

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
        if confirmations is not UNSET:
            field_dict["confirmations"] = confirmations

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        amount = decimal_from_json(d.pop("amount"), "DepositParams.amount")

        created_at = d.pop("createdAt")

        method = TransactionMethod(d.pop("method"))

        status = DepositStatus(d.pop("status"))

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
            else decimal_from_json(_fee, "DepositParams.fee")
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

        _confirmations = d.pop("confirmations", UNSET)
        confirmations: Confirmations | Unset
        if isinstance(_confirmations, Unset):
            confirmations = UNSET
        else:
            confirmations = Confirmations.from_dict(_confirmations)

        deposit_params = cls(
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
            confirmations=confirmations,
        )

        deposit_params.additional_properties = d
        return deposit_params

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


from ..models.confirmations import Confirmations
