from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_withdraw_body_travel_rule_wallet_type import (
    CreateWithdrawBodyTravelRuleWalletType,
)
from ..types import UNSET, Unset, enum_to_json

if TYPE_CHECKING:
    from ..models.create_withdraw_body_travel_rule_beneficiary import (
        CreateWithdrawBodyTravelRuleBeneficiary,
    )
    from ..models.create_withdraw_body_travel_rule_vasp_data import (
        CreateWithdrawBodyTravelRuleVaspData,
    )


T = TypeVar("T", bound="CreateWithdrawBodyTravelRule")


@_attrs_define
class CreateWithdrawBodyTravelRule:
    """Travel-rule data; required for crypto withdrawals from EEA accounts.

    Attributes:
        wallet_type (CreateWithdrawBodyTravelRuleWalletType | Unset): Whether the destination wallet is held by a VASP.
            Example: hosted.
        beneficiary (CreateWithdrawBodyTravelRuleBeneficiary | Unset): Who receives the funds.
        vasp_data (CreateWithdrawBodyTravelRuleVaspData | Unset): The receiving VASP; required when walletType is
            hosted.
    """

    wallet_type: CreateWithdrawBodyTravelRuleWalletType | Unset = UNSET
    beneficiary: CreateWithdrawBodyTravelRuleBeneficiary | Unset = UNSET
    vasp_data: CreateWithdrawBodyTravelRuleVaspData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        wallet_type: str | Unset = UNSET
        if not isinstance(self.wallet_type, Unset):
            wallet_type = enum_to_json(self.wallet_type)

        beneficiary: dict[str, Any] | Unset = UNSET
        if not isinstance(self.beneficiary, Unset):
            beneficiary = self.beneficiary.to_dict()

        vasp_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vasp_data, Unset):
            vasp_data = self.vasp_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if wallet_type is not UNSET:
            field_dict["walletType"] = wallet_type
        if beneficiary is not UNSET:
            field_dict["beneficiary"] = beneficiary
        if vasp_data is not UNSET:
            field_dict["vaspData"] = vasp_data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _wallet_type = d.pop("walletType", UNSET)
        wallet_type: CreateWithdrawBodyTravelRuleWalletType | Unset
        if isinstance(_wallet_type, Unset):
            wallet_type = UNSET
        else:
            wallet_type = CreateWithdrawBodyTravelRuleWalletType(_wallet_type)

        _beneficiary = d.pop("beneficiary", UNSET)
        beneficiary: CreateWithdrawBodyTravelRuleBeneficiary | Unset
        if isinstance(_beneficiary, Unset):
            beneficiary = UNSET
        else:
            beneficiary = CreateWithdrawBodyTravelRuleBeneficiary.from_dict(
                _beneficiary
            )

        _vasp_data = d.pop("vaspData", UNSET)
        vasp_data: CreateWithdrawBodyTravelRuleVaspData | Unset
        if isinstance(_vasp_data, Unset):
            vasp_data = UNSET
        else:
            vasp_data = CreateWithdrawBodyTravelRuleVaspData.from_dict(_vasp_data)

        create_withdraw_body_travel_rule = cls(
            wallet_type=wallet_type,
            beneficiary=beneficiary,
            vasp_data=vasp_data,
        )

        create_withdraw_body_travel_rule.additional_properties = d
        return create_withdraw_body_travel_rule

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


from ..models.create_withdraw_body_travel_rule_beneficiary import (
    CreateWithdrawBodyTravelRuleBeneficiary,
)
from ..models.create_withdraw_body_travel_rule_vasp_data import (
    CreateWithdrawBodyTravelRuleVaspData,
)
