from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, decimal_from_json, decimal_to_json

if TYPE_CHECKING:
    from ..models.create_withdraw_body_beneficiary import CreateWithdrawBodyBeneficiary
    from ..models.create_withdraw_body_travel_rule import CreateWithdrawBodyTravelRule


T = TypeVar("T", bound="CreateWithdrawBody")


@_attrs_define
class CreateWithdrawBody:
    """
    Attributes:
        ticker (str): Currency to withdraw; its can_deposit must be true (as WhiteBIT writes it). Example: ETH.
        amount (Decimal): Amount taken from the balance, fee included. Example: 0.9.
        address (str): Wallet address, or for fiat the account or card token. Example:
            0x0964A6B8F794A4B8d61b62652dB27ddC9844FB4c.
        memo (str | Unset): Memo or destination tag; required for a currency that uses one. Example: 48565488244493.
        unique_id (str | Unset): Your own id for this withdrawal: up to 255 characters, not checked as a UUID, never
            used before. Example: 24529041.
        provider (str | Unset): Payment provider; required for fiat. Example: VISAMASTER.
        network (str | Unset): Network, for a currency that has several (USDT defaults to ERC20). Example: ERC20.
        partial_enable (bool | Unset): Fiat only - allow a partly successful withdrawal. Example: False.
        customer_ip (str | Unset): The end customer's IP; required for USD and EUR with VISAMASTER. Example:
            203.0.113.42.
        bank_bic (str | Unset): The beneficiary bank's BIC; required for the providers SEPA, SEPA_CLEAR_JUNCTION,
            SEPA_BCB_GROUP, FINCI, ZEN and BANKING_CIRCLE. Example: DEUTDEFF.
        beneficiary (CreateWithdrawBodyBeneficiary | Unset): The recipient; required for the tickers USD_VISAMASTER,
            EUR_VISAMASTER, USD and EUR.
        travel_rule (CreateWithdrawBodyTravelRule | Unset): Travel-rule data; required for crypto withdrawals from EEA
            accounts.
        payment_description (str | Unset): Purpose of the payment; required for crypto withdrawals from whitebit-tr.com.
            Example: Payment description.
    """

    ticker: str
    amount: Decimal
    address: str
    memo: str | Unset = UNSET
    unique_id: str | Unset = UNSET
    provider: str | Unset = UNSET
    network: str | Unset = UNSET
    partial_enable: bool | Unset = UNSET
    customer_ip: str | Unset = UNSET
    bank_bic: str | Unset = UNSET
    beneficiary: CreateWithdrawBodyBeneficiary | Unset = UNSET
    travel_rule: CreateWithdrawBodyTravelRule | Unset = UNSET
    payment_description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ticker = self.ticker

        amount = decimal_to_json(self.amount)

        address = self.address

        memo = self.memo

        unique_id = self.unique_id

        provider = self.provider

        network = self.network

        partial_enable = self.partial_enable

        customer_ip = self.customer_ip

        bank_bic = self.bank_bic

        beneficiary: dict[str, Any] | Unset = UNSET
        if not isinstance(self.beneficiary, Unset):
            beneficiary = self.beneficiary.to_dict()

        travel_rule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.travel_rule, Unset):
            travel_rule = self.travel_rule.to_dict()

        payment_description = self.payment_description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ticker": ticker,
                "amount": amount,
                "address": address,
            }
        )
        if memo is not UNSET:
            field_dict["memo"] = memo
        if unique_id is not UNSET:
            field_dict["uniqueId"] = unique_id
        if provider is not UNSET:
            field_dict["provider"] = provider
        if network is not UNSET:
            field_dict["network"] = network
        if partial_enable is not UNSET:
            field_dict["partialEnable"] = partial_enable
        if customer_ip is not UNSET:
            field_dict["customerIp"] = customer_ip
        if bank_bic is not UNSET:
            field_dict["bankBic"] = bank_bic
        if beneficiary is not UNSET:
            field_dict["beneficiary"] = beneficiary
        if travel_rule is not UNSET:
            field_dict["travelRule"] = travel_rule
        if payment_description is not UNSET:
            field_dict["paymentDescription"] = payment_description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        ticker = d.pop("ticker")

        amount = decimal_from_json(d.pop("amount"), "CreateWithdrawBody.amount")

        address = d.pop("address")

        memo = d.pop("memo", UNSET)

        unique_id = d.pop("uniqueId", UNSET)

        provider = d.pop("provider", UNSET)

        network = d.pop("network", UNSET)

        partial_enable = d.pop("partialEnable", UNSET)

        customer_ip = d.pop("customerIp", UNSET)

        bank_bic = d.pop("bankBic", UNSET)

        _beneficiary = d.pop("beneficiary", UNSET)
        beneficiary: CreateWithdrawBodyBeneficiary | Unset
        if isinstance(_beneficiary, Unset):
            beneficiary = UNSET
        else:
            beneficiary = CreateWithdrawBodyBeneficiary.from_dict(_beneficiary)

        _travel_rule = d.pop("travelRule", UNSET)
        travel_rule: CreateWithdrawBodyTravelRule | Unset
        if isinstance(_travel_rule, Unset):
            travel_rule = UNSET
        else:
            travel_rule = CreateWithdrawBodyTravelRule.from_dict(_travel_rule)

        payment_description = d.pop("paymentDescription", UNSET)

        create_withdraw_body = cls(
            ticker=ticker,
            amount=amount,
            address=address,
            memo=memo,
            unique_id=unique_id,
            provider=provider,
            network=network,
            partial_enable=partial_enable,
            customer_ip=customer_ip,
            bank_bic=bank_bic,
            beneficiary=beneficiary,
            travel_rule=travel_rule,
            payment_description=payment_description,
        )

        create_withdraw_body.additional_properties = d
        return create_withdraw_body

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


from ..models.create_withdraw_body_beneficiary import CreateWithdrawBodyBeneficiary
from ..models.create_withdraw_body_travel_rule import CreateWithdrawBodyTravelRule
