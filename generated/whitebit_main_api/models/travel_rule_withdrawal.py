from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.travel_rule_withdrawal_wallet_type import TravelRuleWithdrawalWalletType
from ..types import UNSET, Unset, enum_to_json

if TYPE_CHECKING:
    from ..models.travel_rule_beneficiary import TravelRuleBeneficiary
    from ..models.travel_rule_vasp import TravelRuleVasp


T = TypeVar("T", bound="TravelRuleWithdrawal")


@_attrs_define
class TravelRuleWithdrawal:
    """
    Attributes:
        wallet_type (TravelRuleWithdrawalWalletType): Whether the destination wallet is held by a VASP. Example: hosted.
        beneficiary (TravelRuleBeneficiary):
        vasp_data (TravelRuleVasp | Unset): The sending VASP: needed when walletType is hosted, with vaspId when the
            VASP is in the getTravelRuleVasps list, else vaspName.
    """

    wallet_type: TravelRuleWithdrawalWalletType
    beneficiary: TravelRuleBeneficiary
    vasp_data: TravelRuleVasp | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        wallet_type = enum_to_json(self.wallet_type)

        beneficiary = self.beneficiary.to_dict()

        vasp_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vasp_data, Unset):
            vasp_data = self.vasp_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "walletType": wallet_type,
                "beneficiary": beneficiary,
            }
        )
        if vasp_data is not UNSET:
            field_dict["vaspData"] = vasp_data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        wallet_type = TravelRuleWithdrawalWalletType(d.pop("walletType"))

        beneficiary = TravelRuleBeneficiary.from_dict(d.pop("beneficiary"))

        _vasp_data = d.pop("vaspData", UNSET)
        vasp_data: TravelRuleVasp | Unset
        if isinstance(_vasp_data, Unset):
            vasp_data = UNSET
        else:
            vasp_data = TravelRuleVasp.from_dict(_vasp_data)

        travel_rule_withdrawal = cls(
            wallet_type=wallet_type,
            beneficiary=beneficiary,
            vasp_data=vasp_data,
        )

        travel_rule_withdrawal.additional_properties = d
        return travel_rule_withdrawal

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


from ..models.travel_rule_beneficiary import TravelRuleBeneficiary
from ..models.travel_rule_vasp import TravelRuleVasp
