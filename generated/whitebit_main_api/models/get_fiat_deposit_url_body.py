from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, decimal_from_json, decimal_to_json

if TYPE_CHECKING:
    from ..models.get_fiat_deposit_url_body_customer import (
        GetFiatDepositUrlBodyCustomer,
    )


T = TypeVar("T", bound="GetFiatDepositUrlBody")


@_attrs_define
class GetFiatDepositUrlBody:
    """
    Attributes:
        ticker (str): A fiat currency whose can_deposit is true. Example: UAH.
        provider (str): The payment provider, as the asset status list gives it for the currency. Example: VISAMASTER.
        amount (Decimal): Amount to deposit. Example: 100.
        unique_id (str): Your own id for this deposit: up to 255 characters, not checked as a UUID, never used before.
            Example: qw22.
        customer (GetFiatDepositUrlBodyCustomer | Unset): The payer; required for USD and EUR with VISAMASTER.
        success_link (str | Unset): Where the payer goes after paying: https only, on a domain WhiteBIT support has
            allowed (support turns the feature on). Example: https://success.example.com.
        failure_link (str | Unset): Where the payer goes when the payment fails or is refused: https only, on a domain
            support has allowed. Example: https://failure.example.com.
        return_link (str | Unset): Target of the page's "back" button; without it there is none. Example:
            https://return.example.com.
    """

    ticker: str
    provider: str
    amount: Decimal
    unique_id: str
    customer: GetFiatDepositUrlBodyCustomer | Unset = UNSET
    success_link: str | Unset = UNSET
    failure_link: str | Unset = UNSET
    return_link: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ticker = self.ticker

        provider = self.provider

        amount = decimal_to_json(self.amount)

        unique_id = self.unique_id

        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()

        success_link = self.success_link

        failure_link = self.failure_link

        return_link = self.return_link

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ticker": ticker,
                "provider": provider,
                "amount": amount,
                "uniqueId": unique_id,
            }
        )
        if customer is not UNSET:
            field_dict["customer"] = customer
        if success_link is not UNSET:
            field_dict["successLink"] = success_link
        if failure_link is not UNSET:
            field_dict["failureLink"] = failure_link
        if return_link is not UNSET:
            field_dict["returnLink"] = return_link

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        ticker = d.pop("ticker")

        provider = d.pop("provider")

        amount = decimal_from_json(d.pop("amount"), "GetFiatDepositUrlBody.amount")

        unique_id = d.pop("uniqueId")

        _customer = d.pop("customer", UNSET)
        customer: GetFiatDepositUrlBodyCustomer | Unset
        if isinstance(_customer, Unset):
            customer = UNSET
        else:
            customer = GetFiatDepositUrlBodyCustomer.from_dict(_customer)

        success_link = d.pop("successLink", UNSET)

        failure_link = d.pop("failureLink", UNSET)

        return_link = d.pop("returnLink", UNSET)

        get_fiat_deposit_url_body = cls(
            ticker=ticker,
            provider=provider,
            amount=amount,
            unique_id=unique_id,
            customer=customer,
            success_link=success_link,
            failure_link=failure_link,
            return_link=return_link,
        )

        get_fiat_deposit_url_body.additional_properties = d
        return get_fiat_deposit_url_body

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


from ..models.get_fiat_deposit_url_body_customer import GetFiatDepositUrlBodyCustomer
