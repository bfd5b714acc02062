from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, decimal_from_json, decimal_to_json

if TYPE_CHECKING:
    from ..models.withdraw_request_beneficiary import WithdrawRequestBeneficiary
    from ..models.withdraw_request_travel_rule import WithdrawRequestTravelRule


T = TypeVar("T", bound="WithdrawRequest")


@_attrs_define
class WithdrawRequest:
    """
    Attributes:
        ticker (str): Currency to withdraw. Example: ETH.
        amount (Decimal): Amount the recipient gets (createWithdrawPay adds the fee on top). Example: 0.9.
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
        beneficiary (WithdrawRequestBeneficiary | Unset): The recipient; required for the tickers USD_VISAMASTER,
            EUR_VISAMASTER, USD and EUR. Its fields are those of createWithdraw.
        travel_rule (WithdrawRequestTravelRule | Unset): Travel-rule data; required for crypto withdrawals from EEA
            accounts. As in createWithdraw.
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
    beneficiary: WithdrawRequestBeneficiary | Unset = UNSET
    travel_rule: WithdrawRequestTravelRule | Unset = UNSET
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

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        ticker = d.pop("ticker")

        amount = decimal_from_json(d.pop("amount"), "WithdrawRequest.amount")

        address = d.pop("address")

        memo = d.pop("memo", UNSET)

        unique_id = d.pop("uniqueId", UNSET)

        provider = d.pop("provider", UNSET)

        network = d.pop("network", UNSET)

        partial_enable = d.pop("partialEnable", UNSET)

        customer_ip = d.pop("customerIp", UNSET)

        bank_bic = d.pop("bankBic", UNSET)

        _beneficiary = d.pop("beneficiary", UNSET)
        beneficiary: WithdrawRequestBeneficiary | Unset
        if isinstance(_beneficiary, Unset):
            beneficiary = UNSET
        else:
            beneficiary = WithdrawRequestBeneficiary.from_dict(_beneficiary)

        _travel_rule = d.pop("travelRule", UNSET)
        travel_rule: WithdrawRequestTravelRule | Unset
        if isinstance(_travel_rule, Unset):
            travel_rule = UNSET
        else:
            travel_rule = WithdrawRequestTravelRule.from_dict(_travel_rule)

        withdraw_request = cls(
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
        )

        withdraw_request.additional_properties = d
        return withdraw_request

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


from ..models.withdraw_request_beneficiary import WithdrawRequestBeneficiary
from ..models.withdraw_request_travel_rule import WithdrawRequestTravelRule
